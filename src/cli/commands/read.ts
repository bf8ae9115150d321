/** `parallax read <inputs...>`: ingest and annotate each article, print text/JSON/Markdown. */
import type { Command } from 'commander';
import { annotate } from '../../annotate/index.js';
import { EXIT, UserError, formatInputError } from '../../core/errors.js';
import { FORMAT_VERSION, type ReadResult } from '../../core/schema.js';
import { ingestAll } from '../../ingest/index.js';
import { loadConfig } from '../config.js';
import { renderRead } from '../../render/read.js';
import { addOutputOptions, addStrictOption, warn, writeOutput, type Format } from '../options.js';

export function registerRead(program: Command): void {
  const cmd = program
    .command('read')
    .description('clean and annotate each article: sentences, names, dates, numbers, quotes')
    .argument('<inputs...>', 'text/Markdown, HTML, JSON or JSON Lines files, directories, or - for standard input')
    .option('--config <file>', 'config file (JSON) with extra outlets: {"outlets": {"example.com": "Example News"}}');
  addOutputOptions(cmd);
  addStrictOption(cmd);
  cmd.action(async (inputs: string[], opts: { format: Format; out?: string; strict?: boolean; config?: string }) => {
    const config = await loadConfig(opts.config);
    const { articles, errors } = await ingestAll(inputs, {
      strict: opts.strict,
      outlets: config.outlets,
      onError: (e) => warn(formatInputError(e.input, e.reason)),
    });
    if (articles.length === 0) throw new UserError(null, 'no article could be read', EXIT.USAGE);
    const result: ReadResult = { version: FORMAT_VERSION, articles: articles.map(annotate), errors };
    await writeOutput(renderRead(result, opts.format), opts.out);
    process.exitCode = errors.length > 0 ? EXIT.FAILURE : EXIT.OK;
  });
}
