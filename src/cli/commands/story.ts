/**
 * `parallax story <id>`: one story of the corpus — its articles (dates, outlets, links, wire
 * copies), and `dossierArticles`, the choice of articles a story dossier compares.
 */
import type { Command } from 'commander';
import type { Article } from '../../core/schema.js';
import { UserError } from '../../core/errors.js';
import { renderStoryArticles } from '../../render/corpus.js';
import type { Store } from '../../store/store.js';
import { addOutputOptions, writeOutput, type Format } from '../options.js';
import { addDbOption, openCorpus } from './corpus-db.js';

/**
 * The articles a dossier of story `id` compares: wire copies left out (a copy adds an outlet,
 * not a report: the dossier would count the same words twice), and when more than `max` remain,
 * the earliest article of each outlet first (a dossier is about how outlets differ), then the
 * earliest of the rest, in date order. Comparing is superlinear in articles, so a story of
 * thousands is summarised through a bounded, deterministic sample.
 */
export function dossierArticles(store: Store, id: string, max: number): Article[] {
  const originals = store.storyMembers(id).filter((m) => m.duplicateOf === null).map((m) => m.article);
  if (originals.length <= max) return originals;
  const chosen = new Set<Article>();
  const seenOutlet = new Set<string>();
  for (const a of originals) {
    if (chosen.size >= max) break;
    const key = a.outlet ?? `(unknown) ${a.id}`;
    if (seenOutlet.has(key)) continue;
    seenOutlet.add(key);
    chosen.add(a);
  }
  for (const a of originals) {
    if (chosen.size >= max) break;
    chosen.add(a);
  }
  return originals.filter((a) => chosen.has(a));
}

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
      if (!summary) {
        // Story ids are the ids of their first articles, so an article id is an easy mistake.
        const of = store.storyOfArticle(id);
        if (of) throw new UserError(id, `is an article of story ${of}, not a story (try \`parallax story ${of}\`)`);
        throw new UserError(id, 'no such story in the corpus (`parallax stories` lists them)');
      }
      await writeOutput(renderStoryArticles(summary, store.storyMembers(id), opts.format), opts.out);
    } finally {
      store.close();
    }
  });
}
