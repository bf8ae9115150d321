/**
 * `parallax stats`: how many articles the corpus holds per publication day and outlet, with the
 * totals, optionally within dates or for one outlet — the counts a researcher checks first
 * (coverage gaps, an outlet's volume). Text prints a day × count table; JSON is `StatsResult`.
 */
import type { Command } from 'commander';
import type { StatsResult } from '../../core/corpus-schema.js';
import { FORMAT_VERSION } from '../../core/version.js';
import { renderStats } from '../../render/corpus.js';
import { addOutputOptions, writeOutput, type Format } from '../options.js';
import { addDbOption, addFilterOptions, filterOf, openCorpus } from './corpus-db.js';

export function registerStats(program: Command): void {
  const cmd = program.command('stats').description('count the articles per day and outlet (and the stories), optionally within dates or for one outlet');
  addFilterOptions(cmd);
  addDbOption(cmd);
  addOutputOptions(cmd);
  cmd.action(async (opts: { since?: string; until?: string; outlet?: string; db?: string; format: Format; out?: string }) => {
    const store = await openCorpus(opts.db, true);
    try {
      const filter = filterOf(opts);
      const totals = await store.stats(filter);
      const result: StatsResult = { version: FORMAT_VERSION, filter: { since: opts.since ?? null, until: opts.until ?? null, outlet: opts.outlet ?? null }, ...totals, counts: await store.counts(filter) };
      await writeOutput(renderStats(result, opts.format), opts.out);
    } finally {
      await store.close();
    }
  });
}
