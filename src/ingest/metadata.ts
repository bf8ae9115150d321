/**
 * An article's metadata from every source we have, with a fixed precedence (docs/ingest.md):
 *   1. the input record (JSON fields) — the user or their scraper stated it;
 *   2. the page's own metadata (HTML: canonical link, og:/JSON-LD fields) when the input is HTML;
 *   3. what the text's furniture says (dateline, byline, credit lines, "Original url:",
 *      copyright line, the outlet's self-references), read by cleaning;
 *   4. the outlet table, keyed by the domain of the article's URL or of an author's e-mail.
 * Nothing is guessed: a field no source states stays null (or empty).
 */
import type { PageMeta } from './html/metadata.js';
import { agencyName, uniq } from './credits.js';
import type { CleanFacts } from './clean.js';
import { findDate } from './dates.js';
import type { RawMeta } from './inputs.js';
import { hostOf, type OutletTable } from './outlets.js';

/** Metadata a page states about itself (the HTML extractor's output, minus the text). */
/** What a web page says about itself (src/ingest/html/metadata.ts). */
export type { PageMeta };

/** Metadata an input record states (JSON fields). */
export type RecordMeta = Omit<RawMeta, 'id'>;

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

/** Query parameters that only track the reader (campaigns, click ids): not part of the address. */
const TRACKING_PARAM = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|cmpid|icid|at_\w+|__twitter_impression|smid|sref|ito|ns_\w+)$/i;

/**
 * The article's address without what varies between shares of it: the fragment and tracking
 * parameters. A value that is not an http(s) URL is kept as given (it is the user's data).
 */
export function canonicalUrl(v: string | null): string | null {
  if (!v) return null;
  const s = v.trim();
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return s;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return s;
  u.hash = '';
  for (const k of [...u.searchParams.keys()]) if (TRACKING_PARAM.test(k)) u.searchParams.delete(k);
  return u.toString();
}

const first = <T>(...xs: Array<T | null | undefined>): T | null => {
  for (const x of xs) if (x !== null && x !== undefined && (typeof x !== 'string' || x.trim() !== '')) return x;
  return null;
};

export function resolveMetadata(facts: CleanFacts, table: OutletTable, record: RecordMeta = {}, page: PageMeta | null = null): Metadata {
  const url = canonicalUrl(first(record.url, page?.url, facts.urls[0]));

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
    // An "Updated" date is not the publication date: without a published date the field stays null.
    published: first(normaliseDate(record.published), normaliseDate(page?.published), facts.published),
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
