/** `parallax analyze <inputs...>`: ingest several reports of one story and print its dossier. */
import type { Command } from 'commander';
import { EXIT } from '../../core/errors.js';
import { intOption } from './corpus-db.js';
import { inputCommand, readArticles, type InputCommandOptions } from '../inputs.js';
import { warn, writeOutput } from '../options.js';
import { groupCoverage } from './group-by.js';

export function registerAnalyze(program: Command): void {
  const cmd = inputCommand(program, 'analyze', 'compare several reports of one story: agreement, exclusives, conflicts, quotes, labels, timeline', ['text', 'json', 'markdown', 'html']);
  cmd.option('--summary-words <n>', 'length of the summary in words (whole sentences; default: 100)', intOption('--summary-words', 1));
  cmd.option('--group-by <key>', 'also group coverage by "outlet" or an outlet attribute the config gives (country, kind, owner, …)');
  cmd.action(async (inputs: string[], opts: InputCommandOptions & { summaryWords?: number; groupBy?: string }) => {
    // Loaded here, not at start-up: `--help` and other commands do not pay for them.
    const [{ buildDossier }, { renderDossier }, { renderHtmlReport }] = await Promise.all([
      import('../../compare/dossier.js'),
      import('../../render/dossier.js'),
      opts.format === 'html' ? import('../../render/html/report.js') : { renderHtmlReport: null },
    ]);
    const { articles, errors, config } = await readArticles(inputs, opts);
    const built = buildDossier(articles, { summaryWords: opts.summaryWords, outlets: config.outletInfo });
    const { warnings } = built;
    const dossier = await groupCoverage(built.dossier, opts.groupBy);
    // The reports show warnings at the top; JSON carries them in `warnings`, and they also go to
    // standard error so someone piping the JSON still sees them.
    if (opts.format === 'json') for (const w of warnings) warn(`parallax: warning: ${w}`);
    await writeOutput(renderHtmlReport ? renderHtmlReport(dossier) : renderDossier(dossier, opts.format), opts.out);
    process.exitCode = errors.length > 0 ? EXIT.FAILURE : EXIT.OK;
  });
}
