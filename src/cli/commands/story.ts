/** `parallax story <id>`: one story of the corpus — its articles, with their dates, outlets and links. */
import type { Command } from 'commander';
import { UserError } from '../../core/errors.js';
import { renderStoryArticles } from '../../render/corpus.js';
import { addOutputOptions, writeOutput, type Format } from '../options.js';
import { addDbOption, openCorpus } from './corpus-db.js';

export function registerStory(program: Command): void {
  const cmd = program
    .command('story')
    .description('print one story of the corpus (ids come from `parallax stories`)')
    .argument('<id>', 'story id');
  addDbOption(cmd);
  addOutputOptions(cmd);
  cmd.action(async (id: string, opts: { db?: string; format: Format; out?: string }) => {
    const store = openCorpus(opts.db, true);
    try {
      const summary = store.getStory(id);
      if (!summary) throw new UserError(id, 'no such story in the corpus (`parallax stories` lists them)');
      await writeOutput(renderStoryArticles(summary, store.storyMembers(id), opts.format), opts.out);
    } finally {
      store.close();
    }
  });
}
