/**
 * `parallax export`: the corpus as flat tables for researchers — stories, articles, facts,
 * conflicts or quotes, one row per item, as CSV or NDJSON (row shapes: src/render/export.ts,
 * docs/corpus.md). Rows are written as they are made, story by story, so an export of a large
 * corpus streams in bounded memory; facts and conflicts come from each story's dossier, built as
 * `parallax story` builds it (wire copies left out, at most --max-articles articles).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Option, type Command } from 'commander';
import type { annotate } from '../../annotate/index.js';
import type { buildDossier } from '../../compare/dossier.js';
import { UserError } from '../../core/errors.js';
import { EXPORT_KINDS, articleRow, conflictRows, csvHeader, encodeRow, factRows, quoteRows, storyRow, type ExportFormat, type ExportKind, type Row } from '../../render/export.js';
import type { CorpusFilter, Store } from '../../store/store.js';
import { addDbOption, addFilterOptions, filterOf, intOption, openCorpus } from './corpus-db.js';
import { dossierArticles } from './story.js';

/** The annotator and the dossier builder, loaded by the action only: `--help` does not pay for them. */
interface Analysis {
  annotate: typeof annotate;
  buildDossier: typeof buildDossier;
}

/** Every row of one table, lazily, in a stable order (stories latest first; articles by ingest). */
export async function* exportRows(store: Store, what: ExportKind, filter: CorpusFilter, opts: { minArticles: number; maxArticles: number }, lib: Analysis): AsyncGenerator<Row> {
  if (what === 'articles') {
    for await (const m of store.eachArticle(filter)) yield articleRow(m);
    return;
  }
  const stories = await store.listStories({ minArticles: opts.minArticles, ...filter });
  for (const s of stories) {
    if (what === 'stories') yield storyRow(s);
    else if (what === 'quotes') {
      for (const m of await store.storyMembers(s.id)) if (m.duplicateOf === null) yield* quoteRows(s.id, lib.annotate(m.article));
    } else {
      const { dossier } = lib.buildDossier(await dossierArticles(store, s.id, opts.maxArticles));
      yield* what === 'facts' ? factRows(s.id, dossier) : conflictRows(s.id, dossier);
    }
  }
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

export function registerExport(program: Command): void {
  const cmd = program
    .command('export')
    .description('write the corpus as a table, one row per item: stories, articles, facts, conflicts or quotes (CSV or NDJSON)')
    .addOption(new Option('-w, --what <table>', 'what to export').choices([...EXPORT_KINDS]).makeOptionMandatory())
    .addOption(new Option('-f, --format <format>', 'csv (lists as JSON arrays in a cell) or ndjson (one JSON object a line)').choices(['csv', 'ndjson']).default('csv'))
    .option('-o, --out <file>', 'write to FILE instead of standard output')
    .option('--min-articles <n>', 'only stories with at least N articles', intOption('--min-articles', 1), 1)
    .option('--max-articles <n>', 'facts and conflicts: compare at most N articles per story, as `parallax story` does', intOption('--max-articles', 1), 40);
  addFilterOptions(cmd);
  addDbOption(cmd);
  cmd.action(async (opts: { what: ExportKind; format: ExportFormat; out?: string; minArticles: number; maxArticles: number; since?: string; until?: string; outlet?: string; db?: string }) => {
    const [{ annotate }, { buildDossier }] = await Promise.all([import('../../annotate/index.js'), import('../../compare/dossier.js')]);
    const store = await openCorpus(opts.db, true);
    const toFile = opts.out && opts.out !== '-';
    const out: Writable = toFile ? createWriteStream(opts.out as string) : process.stdout;
    if (toFile) {
      try {
        await once(out, 'open');
      } catch (e) {
        await store.close();
        throw new UserError(opts.out as string, `cannot write output (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 1);
      }
    }
    try {
      if (opts.format === 'csv') await write(out, csvHeader(opts.what));
      for await (const row of exportRows(store, opts.what, filterOf(opts), opts, { annotate, buildDossier })) await write(out, encodeRow(opts.what, row, opts.format));
    } finally {
      await store.close();
      if (toFile) {
        out.end();
        await once(out, 'finish');
      }
    }
  });
}
