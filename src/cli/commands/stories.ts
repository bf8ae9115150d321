/** `parallax stories`: the corpus's stories (headline, date span, articles, outlets), newest first. */
import type { Command } from 'commander';
import { threadsOfSnapshot } from '../../cluster/index.js';
import { StoriesResult } from '../../core/corpus-schema.js';
import { FORMAT_VERSION } from '../../core/schema.js';
import { renderStories } from '../../render/corpus.js';
import { addOutputOptions, writeOutput, type Format } from '../options.js';
import { addDbOption, intOption, openCorpus } from './corpus-db.js';

export function registerStories(program: Command): void {
  const cmd = program
    .command('stories')
    .description('list the stories of the corpus: headline, date span, number of articles, outlets (latest first)')
    .option('-n, --limit <n>', 'show at most N stories', intOption('--limit', 1), 50)
    .option('--offset <n>', 'skip the first N stories', intOption('--offset', 0), 0)
    .option('--min-articles <n>', 'only stories with at least N articles', intOption('--min-articles', 1), 1);
  addDbOption(cmd);
  addOutputOptions(cmd);
  cmd.action(async (opts: { limit: number; offset: number; minArticles: number; db?: string; format: Format; out?: string }) => {
    const store = openCorpus(opts.db, true);
    try {
      const stories = store.listStories({ limit: opts.limit, offset: opts.offset, minArticles: opts.minArticles });
      // Threads (follow-ups linked by rare shared names) come from the clusterer's saved state.
      const state = store.loadClusterState();
      if (state && stories.length) {
        const threads = threadsOfSnapshot(state.snapshot);
        for (const s of stories) {
          const t = threads.get(s.id);
          if (t) s.thread = t;
        }
      }
      const result: StoriesResult = {
        version: FORMAT_VERSION,
        total: store.stats({ minArticles: opts.minArticles }).stories,
        stories,
      };
      await writeOutput(renderStories(result, opts.format), opts.out);
    } finally {
      store.close();
    }
  });
}
