/**
 * `parallax story <id>`: one story of the corpus as a dossier, in the same formats as `analyze`
 * (or, with `--articles`, its list of articles: dates, outlets, links, wire copies), and
 * `dossierArticles`, the choice of articles a story dossier compares.
 */
import type { Command } from 'commander';
import type { Article } from '../../core/schema.js';
import { UserError } from '../../core/errors.js';
import type { Store } from '../../store/store.js';
import { addOutputOptions, warn, writeOutput, type Format } from '../options.js';
import { addDbOption, intOption, openCorpus } from './corpus-db.js';

/**
 * The articles a dossier of story `id` compares: wire copies left out (a copy adds an outlet,
 * not a report: the dossier would count the same words twice), and when more than `max` remain,
 * the earliest article of each outlet first (a dossier is about how outlets differ), then the
 * earliest of the rest, in date order. Comparing is superlinear in articles, so a story of
 * thousands is summarised through a bounded, deterministic sample.
 */
export async function dossierArticles(store: Store, id: string, max: number): Promise<Article[]> {
  const originals = (await store.storyMembers(id)).filter((m) => m.duplicateOf === null).map((m) => m.article);
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
    .argument('<id>', 'story id')
    .option('--articles', "list the story's articles instead of comparing them")
    .option('--max-articles <n>', 'compare at most N articles (wire copies left out, one per outlet first)', intOption('--max-articles', 1), 40);
  addDbOption(cmd);
  addOutputOptions(cmd);
  cmd.action(async (id: string, opts: { db?: string; articles?: boolean; maxArticles: number; format: Format; out?: string }) => {
    const [{ buildDossier }, { renderStoryArticles }, { renderDossier }] = await Promise.all([
      import('../../compare/dossier.js'),
      import('../../render/corpus.js'),
      import('../../render/dossier.js'),
    ]);
    const store = await openCorpus(opts.db, true);
    try {
      const summary = await store.getStory(id);
      if (!summary) {
        // Story ids are the ids of their first articles, so an article id is an easy mistake.
        const of = await store.storyOfArticle(id);
        if (of) throw new UserError(id, `is an article of story ${of}, not a story (try \`parallax story ${of}\`)`);
        throw new UserError(id, 'no such story in the corpus (`parallax stories` lists them)');
      }
      if (opts.articles) {
        await writeOutput(renderStoryArticles(summary, await store.storyMembers(id), opts.format), opts.out);
        return;
      }
      const { dossier, warnings } = buildDossier(await dossierArticles(store, id, opts.maxArticles));
      // As `analyze`: the reports show warnings at the top, JSON also sends them to stderr.
      if (opts.format === 'json') for (const w of warnings) warn(`parallax: warning: ${w}`);
      await writeOutput(renderDossier(dossier, opts.format), opts.out);
    } finally {
      await store.close();
    }
  });
}
