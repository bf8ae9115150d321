/** `parallax search <query>`: full-text search over the corpus's articles (SQLite FTS5 syntax). */
import type { Command } from 'commander';
import type { SearchResult } from '../../core/corpus-schema.js';
import { FORMAT_VERSION } from '../../core/version.js';
import { addOutputOptions, writeOutput, type Format } from '../options.js';
import { addDbOption, addFilterOptions, filterOf, intOption, openCorpus } from './corpus-db.js';

export function registerSearch(program: Command): void {
  const cmd = program
    .command('search')
    .description('search the articles\' text: words (all must occur), "exact phrases", OR, NOT, prefix*')
    .argument('<query...>', 'the query; several words are joined with spaces')
    .option('-n, --limit <n>', 'show at most N articles', intOption('--limit', 1), 20);
  addFilterOptions(cmd);
  addDbOption(cmd);
  addOutputOptions(cmd);
  cmd.action(async (words: string[], opts: { limit: number; since?: string; until?: string; outlet?: string; db?: string; format: Format; out?: string }) => {
    const query = words.join(' ');
    const { renderSearch } = await import('../../render/corpus.js');
    const store = await openCorpus(opts.db, true);
    try {
      const result: SearchResult = { version: FORMAT_VERSION, query, hits: await store.search(query, opts.limit, filterOf(opts)) };
      await writeOutput(renderSearch(result, opts.format), opts.out);
    } finally {
      await store.close();
    }
  });
}
