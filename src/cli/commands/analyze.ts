/** `parallax analyze <inputs...>`: ingest several reports of one story and print its dossier. */
import type { Command } from 'commander';
import { buildDossier } from '../../compare/dossier.js';
import { EXIT, UserError, formatInputError } from '../../core/errors.js';
import { ingestAll } from '../../ingest/index.js';
import { renderDossier } from '../../render/dossier.js';
import { renderHtmlReport } from '../../render/html/report.js';
import { loadConfig } from '../config.js';
import { addOutputOptions, addStrictOption, warn, writeOutput, type Format } from '../options.js';

export function registerAnalyze(program: Command): void {
  const cmd = program
    .command('analyze')
    .description('compare several reports of one story: agreement, exclusives, conflicts, quotes, labels, timeline')
    .argument('<inputs...>', 'text/Markdown, HTML, JSON or JSON Lines files, directories, or - for standard input')
    .option('--config <file>', 'config file (JSON) with extra outlets: {"outlets": {"example.com": "Example News"}}');
  addOutputOptions(cmd, ['text', 'json', 'markdown', 'html']);
  addStrictOption(cmd);
  cmd.action(async (inputs: string[], opts: { format: Format; out?: string; strict?: boolean; config?: string }) => {
    const config = await loadConfig(opts.config);
    const { articles, errors } = await ingestAll(inputs, {
      strict: opts.strict,
      outlets: config.outlets,
      onError: (e) => warn(formatInputError(e.input, e.reason)),
    });
    if (articles.length === 0) throw new UserError(null, 'no article could be read', EXIT.USAGE);
    const { dossier, warnings } = buildDossier(articles);
    // The reports show warnings at the top; JSON carries them in `warnings`, and they also go to
    // standard error so someone piping the JSON still sees them.
    if (opts.format === 'json') for (const w of warnings) warn(`parallax: warning: ${w}`);
    await writeOutput(opts.format === 'html' ? renderHtmlReport(dossier) : renderDossier(dossier, opts.format), opts.out);
    process.exitCode = errors.length > 0 ? EXIT.FAILURE : EXIT.OK;
  });
}
