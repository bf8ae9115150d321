/**
 * An article's metadata from every source we have, with a fixed precedence (docs/ingest.md):
 *   1. the input record (JSON fields) — the user or their scraper stated it;
 *   2. the page's own metadata (HTML: canonical link, og:/JSON-LD fields) when the input is HTML;
 *   3. what the text's furniture says (dateline, byline, credit lines, "Original url:",
 *      copyright line, the outlet's self-references), read by cleaning;
 *   4. the outlet table, keyed by the domain of the article's URL or of an author's e-mail.
 * Nothing is guessed: a field no source states stays null (or empty).
 */
import { agencyName, uniq } from './credits.js';
import type { CleanFacts } from './clean.js';
import { findDate } from './dates.js';
import { hostOf, type OutletTable } from './outlets.js';

/** Metadata a page states about itself (the HTML extractor's output, minus the text). */
export interface PageMeta {
  title: string | null;
  published: string | null;
  authors: string[];
  outlet: string | null;
  url: string | null;
  language: string | null;
}

/** Metadata an input record states (JSON fields). */
export interface RecordMeta {
  url?: string | null;
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
  authors?: string[] | null;
  language?: string | null;
}

export interface Metadata {
  outlet: string | null;
  url: string | null;
  title: string | null;
  published: string | null;
  authors: string[];
  agencies: string[];
  photoCredits: string[];
  language: string | null;
}

/** A date as ISO 8601, if the value is one (already ISO, or a written date); else null. */
export function normaliseDate(v: string | null | undefined): string | null {
  if (!v) return null;
  const s = v.trim();
  if (/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(s)) {
    return findDate(s) ? s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2') : null;
  }
  return findDate(s)?.iso ?? null;
}

const first = <T>(...xs: Array<T | null | undefined>): T | null => {
  for (const x of xs) if (x !== null && x !== undefined && (typeof x !== 'string' || x.trim() !== '')) return x;
  return null;
};

export function resolveMetadata(facts: CleanFacts, table: OutletTable, record: RecordMeta = {}, page: PageMeta | null = null): Metadata {
  const url = first(record.url, page?.url, facts.urls[0]);

  // Authors: the most explicit source that names any. An agency in an author list is a credit.
  const stated = first(record.authors && record.authors.length ? record.authors : null, page && page.authors.length ? page.authors : null, facts.authors) ?? [];
  const authors: string[] = [];
  const agencies: string[] = [];
  for (const a of stated) {
    const ag = agencyName(a);
    if (ag) agencies.push(ag);
    else if (a.trim()) authors.push(a.trim());
  }
  agencies.push(...facts.agencies);
  // A photographer credited under a picture is not an author of the text.
  const photoNames = new Set(facts.photoCredits.flatMap((c) => c.split(/\s*\/\s*/)).map((x) => x.trim().toLowerCase()));
  const textAuthors = authors.filter((a) => !photoNames.has(a.toLowerCase()));

  return {
    outlet: resolveOutlet(facts, table, url, record.outlet ?? null, page?.outlet ?? null),
    url,
    title: first(record.title, page?.title, facts.title),
    published: first(normaliseDate(record.published), normaliseDate(page?.published), facts.published, facts.updated),
    authors: uniq(textAuthors),
    agencies: uniq(agencies),
    photoCredits: facts.photoCredits,
    language: first(record.language, page?.language),
  };
}

function resolveOutlet(facts: CleanFacts, table: OutletTable, url: string | null, recordOutlet: string | null, pageOutlet: string | null): string | null {
  if (recordOutlet?.trim()) return recordOutlet.trim();
  if (pageOutlet?.trim()) return table.canonicalName(pageOutlet);
  if (url) {
    const known = table.byHost(url);
    if (known) return known;
  }
  for (const d of facts.emailDomains) {
    const known = table.byHost(d);
    if (known) return known;
  }
  const clues = [...facts.outletClues].sort((a, b) => a.rank - b.rank);
  if (clues.length) return table.canonicalName(clues[0].name);
  // The host itself is a fact about the source (not a guessed name), better than nothing.
  return url ? hostOf(url) : null;
}
