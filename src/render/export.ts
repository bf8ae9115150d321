/**
 * Exports for researchers (`parallax export`): the flat tables a spreadsheet, R or pandas reads —
 * stories, articles, facts, conflicts and quotes, one row per item — and their two encodings,
 * NDJSON (one JSON object a line) and CSV (RFC 4180, with a header). This module owns the row
 * shapes (`EXPORT_COLUMNS`, documented in docs/corpus.md) and the encoding; what is exported is
 * chosen by the command.
 *
 * CSV conventions, chosen so that a CSV file parses back to exactly the NDJSON rows
 * (`parseExportCsv`): a list (outlets, article ids, spans) is one cell holding a JSON array; a
 * missing value (null) is an empty cell, an empty string is `""`; numbers and booleans are written
 * as JSON writes them. Spans are written "article:start-end" (UTF-16 offsets into the article's
 * cleaned text, end exclusive), as everywhere else in Parallax.
 */
import type { Dossier } from '../core/dossier-schema.js';
import type { AnnotatedArticle } from '../core/schema.js';
import type { StorySummary, StoredArticle } from '../store/store.js';

export type ExportKind = 'stories' | 'articles' | 'facts' | 'conflicts' | 'quotes';
export const EXPORT_KINDS: readonly ExportKind[] = ['stories', 'articles', 'facts', 'conflicts', 'quotes'];
export type ExportFormat = 'csv' | 'ndjson';

type ColumnType = 'string' | 'number' | 'boolean' | 'list';
export type Cell = string | number | boolean | null | string[];
export type Row = Record<string, Cell>;

/** The columns of each table, in order, with their types (a string column may be null). */
export const EXPORT_COLUMNS: Record<ExportKind, ReadonlyArray<readonly [name: string, type: ColumnType]>> = {
  stories: [['story', 'string'], ['headline', 'string'], ['first', 'string'], ['last', 'string'], ['articles', 'number'], ['outlets', 'list'], ['copies', 'number']],
  articles: [['article', 'string'], ['story', 'string'], ['duplicate_of', 'string'], ['outlet', 'string'], ['published', 'string'], ['title', 'string'], ['url', 'string'], ['authors', 'list'], ['words', 'number']],
  facts: [['story', 'string'], ['fact', 'string'], ['text', 'string'], ['outlets', 'list'], ['articles', 'list'], ['spans', 'list']],
  conflicts: [['story', 'string'], ['conflict', 'string'], ['kind', 'string'], ['about', 'string'], ['value', 'string'], ['normalized', 'string'], ['outlier', 'boolean'], ['outlets', 'list'], ['articles', 'list'], ['spans', 'list']],
  quotes: [['story', 'string'], ['article', 'string'], ['outlet', 'string'], ['speaker', 'string'], ['speaker_name', 'string'], ['cue', 'string'], ['text', 'string'], ['span', 'string']],
};

const span = (s: { article: string; start: number; end: number }): string => `${s.article}:${s.start}-${s.end}`;
const words = (text: string): number => (text.match(/\S+/g) ?? []).length;

export function storyRow(s: StorySummary): Row {
  return { story: s.id, headline: s.headline, first: s.first, last: s.last, articles: s.articles, outlets: s.outlets, copies: s.copies };
}

export function articleRow(m: StoredArticle): Row {
  const a = m.article;
  return { article: a.id, story: m.story, duplicate_of: m.duplicateOf, outlet: a.outlet, published: a.published, title: a.title, url: a.url, authors: a.authors, words: words(a.text) };
}

/** The outlet of each article id of a dossier ("unknown outlet (a5)" when the source does not say). */
function outletNames(d: Dossier): (ids: readonly string[]) => string[] {
  const of = new Map(d.articles.map((a) => [a.id, a.outlet ?? `unknown outlet (${a.id})`]));
  return (ids) => [...new Set(ids.map((id) => of.get(id) ?? id))];
}

export function factRows(story: string, d: Dossier): Row[] {
  const outlets = outletNames(d);
  return d.facts.map((f) => ({ story, fact: f.id, text: f.text, outlets: outlets(f.support), articles: f.support, spans: f.sentences.map(span) }));
}

/** One row per side of a conflict: its value, who says it, where, and whether it is the outlier side. */
export function conflictRows(story: string, d: Dossier): Row[] {
  const outlets = outletNames(d);
  return d.conflicts.flatMap((c) =>
    c.claims.map((k) => ({
      story,
      conflict: c.id,
      kind: c.kind,
      about: c.about,
      value: k.value,
      normalized: k.normalized,
      outlier: k.articles.length > 0 && k.articles.every((a) => c.outliers.includes(a)),
      outlets: outlets(k.articles),
      articles: k.articles,
      spans: k.spans.map(span),
    })),
  );
}

export function quoteRows(story: string | null, a: AnnotatedArticle): Row[] {
  // Scare quotes ("the so-called “deal”", Quote.scare) are nobody's speech: no quote rows.
  return a.quotes.filter((q) => !q.scare).map((q) => ({
    story,
    article: a.id,
    outlet: a.outlet,
    speaker: q.speaker ? a.text.slice(q.speaker.start, q.speaker.end) : null,
    speaker_name: q.speakerName,
    cue: q.cue,
    text: a.text.slice(q.start, q.end),
    span: span({ article: a.id, start: q.start, end: q.end }),
  }));
}

// ---- encoding ---------------------------------------------------------------------------------

/** The header line of a CSV export (NDJSON has none). */
export function csvHeader(kind: ExportKind): string {
  return EXPORT_COLUMNS[kind].map(([name]) => name).join(',') + '\r\n';
}

function csvCell(v: Cell): string {
  if (v === null) return '';
  const s = Array.isArray(v) ? JSON.stringify(v) : typeof v === 'string' ? v : JSON.stringify(v);
  // Quote what needs it, and every string, so that "" (empty) and null (bare empty cell) differ.
  return typeof v === 'string' || /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row in the chosen encoding, with its line end, columns in the table's order. */
export function encodeRow(kind: ExportKind, row: Row, format: ExportFormat): string {
  const cols = EXPORT_COLUMNS[kind];
  if (format === 'ndjson') {
    const o: Row = {};
    for (const [name] of cols) o[name] = row[name] ?? null;
    return JSON.stringify(o) + '\n';
  }
  return cols.map(([name]) => csvCell(row[name] ?? null)).join(',') + '\r\n';
}

/**
 * Parse a CSV export back into rows (for round trips and for users who want the typed values
 * back): quoted cells per RFC 4180, unquoted empty cells are null, list cells JSON arrays.
 * Linear in the input. Throws on a header that is not the table's.
 */
export function parseExportCsv(kind: ExportKind, csv: string): Row[] {
  const records: Array<Array<{ text: string; quoted: boolean }>> = [];
  let rec: Array<{ text: string; quoted: boolean }> = [];
  let i = 0;
  const n = csv.length;
  while (i < n) {
    let text = '';
    let quoted = false;
    if (csv[i] === '"') {
      quoted = true;
      i++;
      for (;;) {
        const q = csv.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quoted cell');
        text += csv.slice(i, q);
        if (csv[q + 1] === '"') {
          text += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      let j = i;
      while (j < n && csv[j] !== ',' && csv[j] !== '\r' && csv[j] !== '\n') j++;
      text = csv.slice(i, j);
      i = j;
    }
    rec.push({ text, quoted });
    if (csv[i] === ',') {
      i++;
      continue;
    }
    if (csv[i] === '\r') i++;
    if (csv[i] === '\n') i++;
    records.push(rec);
    rec = [];
  }
  const cols = EXPORT_COLUMNS[kind];
  const header = records.shift()?.map((c) => c.text) ?? [];
  if (header.join(',') !== cols.map(([name]) => name).join(',')) throw new Error(`not a ${kind} export (header: ${header.join(',')})`);
  return records.map((cells) => {
    const row: Row = {};
    cols.forEach(([name, type], k) => {
      const c = cells[k] ?? { text: '', quoted: false };
      if (!c.quoted && c.text === '') row[name] = null;
      else if (type === 'string') row[name] = c.text;
      else if (type === 'number') row[name] = Number(c.text);
      else if (type === 'boolean') row[name] = c.text === 'true';
      else row[name] = JSON.parse(c.text) as string[];
    });
    return row;
  });
}
