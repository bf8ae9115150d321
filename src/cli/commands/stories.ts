/** `parallax stories`: the corpus's stories (headline, date span, articles, outlets), newest first. */
import type { Command } from 'commander';
import type { StoriesResult } from '../../core/corpus-schema.js';
import { FORMAT_VERSION } from '../../core/version.js';
import { addOutputOptions, writeOutput, type Format } from '../options.js';
import { addDbOption, addFilterOptions, filterOf, intOption, openCorpus } from './corpus-db.js';

export function registerStories(program: Command): void {
  const cmd = program
    .command('stories')
    .description('list the stories of the corpus: headline, date span, number of articles, outlets (latest first)')
    .option('-n, --limit <n>', 'show at most N stories', intOption('--limit', 1), 50)
    .option('--offset <n>', 'skip the first N stories', intOption('--offset', 0), 0)
    .option('--min-articles <n>', 'only stories with at least N articles', intOption('--min-articles', 1), 1);
  addFilterOptions(cmd);
  addDbOption(cmd);
  addOutputOptions(cmd);
  cmd.action(async (opts: { limit: number; offset: number; minArticles: number; since?: string; until?: string; outlet?: string; db?: string; format: Format; out?: string }) => {
    const { renderStories } = await import('../../render/corpus.js');
    const store = await openCorpus(opts.db, true);
    try {
      const filter = filterOf(opts);
      const stories = await store.listStories({ limit: opts.limit, offset: opts.offset, minArticles: opts.minArticles, ...filter });
      // Threads (follow-ups linked by rare shared names) come from the clusterer's saved state.
      const state = await store.loadClusterState();
      if (state && stories.length) {
        const { threadsOfSnapshot } = await import('../../cluster/index.js');
        const threads = threadsOfSnapshot(state.snapshot);
        for (const s of stories) {
          const t = threads.get(s.id);
          if (t) s.thread = t;
        }
      }
      const result: StoriesResult = {
        version: FORMAT_VERSION,
        total: (await store.stats({ minArticles: opts.minArticles, ...filter })).stories,
        stories,
      };
      await writeOutput(renderStories(result, opts.format, !!(filter.since || filter.until || filter.outlet)), opts.out);
    } finally {
      await store.close();
    }
  });
}
