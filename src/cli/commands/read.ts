/** `parallax read <inputs...>`: ingest and annotate each article, print text/JSON/Markdown. */
import type { Command } from 'commander';
import { EXIT } from '../../core/errors.js';
import type { ReadResult } from '../../core/schema.js';
import { FORMAT_VERSION } from '../../core/version.js';
import { inputCommand, readArticles, type InputCommandOptions } from '../inputs.js';
import { writeOutput } from '../options.js';

export function registerRead(program: Command): void {
  const cmd = inputCommand(program, 'read', 'clean and annotate each article: sentences, names, dates, numbers, quotes');
  cmd.action(async (inputs: string[], opts: InputCommandOptions) => {
    const [{ annotate }, { renderRead }] = await Promise.all([import('../../annotate/index.js'), import('../../render/read.js')]);
    const { articles, errors } = await readArticles(inputs, opts);
    const result: ReadResult = { version: FORMAT_VERSION, articles: articles.map(annotate), errors };
    await writeOutput(renderRead(result, opts.format), opts.out);
    process.exitCode = errors.length > 0 ? EXIT.FAILURE : EXIT.OK;
  });
}
