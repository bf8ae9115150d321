/**
 * What the SQLite and PostgreSQL corpus stores share below the Store interface: the shapes of
 * their article, story and token rows (the two schemas keep the same columns), the match markers
 * of search snippets, and the small conversions between rows and the library's types.
 */
import type { Article } from '../core/schema.js';
import type { CorpusFilter, StoredToken, StorySummary } from './store.js';

export interface ArticleRow {
  seq: number;
  id: string;
  doc: string;
  text: string;
  story: string | null;
  duplicate_of: string | null;
}

export interface StoryRow {
  id: string;
  n: number;
  first: string | null;
  last: string | null;
  copies: number;
}

export interface TokenRow {
  id: string;
  hash: string;
  name: string | null;
  read_only: number;
  created_at: string;
}

// Private-use characters mark matches in search snippets (FTS5's snippet(), PostgreSQL's
// ts_headline); they never occur in cleaned news text, so they can be turned into offsets and
// removed, and the snippet handed out is plain text.
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';

export const tokenOf = (r: TokenRow): StoredToken => ({ id: r.id, hash: r.hash, name: r.name, readOnly: Number(r.read_only) === 1, createdAt: r.created_at });

export function toArticle(row: ArticleRow): Article {
  return { ...(JSON.parse(row.doc) as Omit<Article, 'text'>), id: row.id, text: row.text };
}

/** ISO dates compare as strings; a missing date sorts after every real one. */
export function cmpDate(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** A marked snippet as plain text and the offsets of its matches. */
export function unmark(snip: string): { text: string; matches: Array<{ start: number; end: number }> } {
  const matches: Array<{ start: number; end: number }> = [];
  let text = '';
  let open = -1;
  for (const ch of snip) {
    if (ch === MARK_OPEN) open = text.length;
    else if (ch === MARK_CLOSE) {
      if (open >= 0) matches.push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  return { text, matches };
}

export function hasFilter(f: CorpusFilter): boolean {
  return !!(f.since || f.until || f.outlet);
}

/** One (story, title) group: how many articles carry the title, the earliest published, the first ingested. */
export interface TitleRow {
  story: string;
  title: string;
  n: number;
  p: string | null;
  s: number;
}

/**
 * A page of stories with their headline and outlets, from two grouped queries' rows (both stores):
 * the headline is the most common title (ties: the earliest published, then the first ingested);
 * outlets are listed by how many articles each has, then by name.
 */
export function storySummaries(rows: StoryRow[], titles: Iterable<TitleRow>, outletRows: Iterable<{ story: string; outlet: string; n: number }>): StorySummary[] {
  const best = new Map<string, TitleRow>();
  for (const t of titles) {
    const cur = best.get(t.story);
    if (!cur || t.n > cur.n || (t.n === cur.n && (cmpDate(t.p, cur.p) < 0 || (cmpDate(t.p, cur.p) === 0 && t.s < cur.s)))) best.set(t.story, t);
  }
  const outlets = new Map<string, Array<{ outlet: string; n: number }>>();
  for (const o of outletRows) {
    const list = outlets.get(o.story) ?? [];
    list.push(o);
    outlets.set(o.story, list);
  }
  return rows.map((r) => ({
    id: r.id,
    headline: best.get(r.id)?.title ?? null,
    first: r.first,
    last: r.last,
    articles: r.n,
    outlets: (outlets.get(r.id) ?? [])
      .sort((a, b) => b.n - a.n || (a.outlet < b.outlet ? -1 : a.outlet > b.outlet ? 1 : 0))
      .map((o) => o.outlet),
    copies: r.copies,
  }));
}
