/**
 * Page metadata → headline, publication date, authors, outlet, canonical URL and language.
 * Sources in order of trust: JSON-LD (`NewsArticle` and friends; publishers fill it for search
 * engines, so it is the most carefully kept), Open Graph / `article:*`, Twitter cards, plain
 * `<meta name=…>` conventions (Dublin Core, Parse.ly, Sailthru), then the DOM (`<time datetime>`,
 * `<link rel=canonical>`, `<html lang>`, `<title>`). The outlet is only what the page says about
 * itself (og:site_name, JSON-LD publisher); mapping domains to outlets is done elsewhere.
 */
import type { ParsedPage } from './tree.js';

export interface PageMeta {
  title: string | null;
  published: string | null;
  authors: string[];
  outlet: string | null;
  url: string | null;
  language: string | null;
}

type Json = Record<string, unknown>;

/** JSON-LD types that describe the article itself (schema.org Article subtypes and postings). */
const ARTICLE_TYPE = /(^|[^a-z])(article|newsarticle|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|backgroundnewsarticle|reviewnewsarticle|blogposting|liveblogposting|socialmediaposting|report|scholarlyarticle|techarticle)$/i;

const clean = (s: unknown): string | null => {
  if (typeof s !== 'string') return null;
  const t = decodeLeftoverEntities(s).replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
};

/** JSON-LD and some meta contents carry HTML entities that the HTML parser does not decode. */
function decodeLeftoverEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt|nbsp);/gi, (m, e: string) => {
    const l = e.toLowerCase();
    if (l[0] === '#') {
      const cp = l[1] === 'x' ? parseInt(l.slice(2), 16) : parseInt(l.slice(1), 10);
      return cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : m;
    }
    return ({ amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' } as Record<string, string>)[l] ?? m;
  });
}

/** Every object in the JSON-LD blocks (top level, arrays and `@graph`), breadth-first, bounded. */
function jsonLdObjects(blocks: string[]): Json[] {
  const out: Json[] = [];
  for (const raw of blocks) {
    let v: unknown;
    try {
      v = JSON.parse(raw.trim().replace(/^<!--|-->$/g, ''));
    } catch {
      try {
        // Raw control characters inside strings are a common publisher mistake.
        v = JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' '));
      } catch {
        continue;
      }
    }
    const queue: unknown[] = [v];
    while (queue.length > 0 && out.length < 200) {
      const x = queue.shift();
      if (Array.isArray(x)) queue.push(...x);
      else if (x && typeof x === 'object') {
        out.push(x as Json);
        const g = (x as Json)['@graph'];
        if (g) queue.push(g);
      }
    }
  }
  return out;
}

function types(o: Json): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function names(v: unknown): string[] {
  const out: string[] = [];
  for (const x of Array.isArray(v) ? v : [v]) {
    if (typeof x === 'string') out.push(...splitAuthors(x));
    else if (x && typeof x === 'object') out.push(...splitAuthors((x as Json).name));
  }
  return out;
}

/** Words of a job title or desk, not of a name ("AP National Political Writer", "Staff Reporter"). */
const ROLE = /\b(writer|editor|correspondent|reporter|staff|contributor|columnist|journalist|desk|bureau|producer|photographer|news service)s?\b/i;

/**
 * "By Ann Lee and Bo Chen" / "Ann Lee; Bo Chen" / "Ann Lee, Bo Chen" → names. A comma separates
 * names only when every part is a name of two or more words: "Ann Lee, MS, RDN" keeps the name and
 * drops the credentials, "Ann Lee, Staff Writer" drops the job title. URLs and handles are not names.
 */
function splitAuthors(s: unknown): string[] {
  const t = clean(s);
  if (!t || /^https?:|^www\.|^@/i.test(t)) return [];
  const out: string[] = [];
  for (const chunk of t.replace(/^by\s+/i, '').split(/\s*(?:;|\||\band\b|&|\bund\b|\bet\b|\by\b)\s*/i)) {
    const parts = chunk.split(/\s*,\s*/).map((x) => x.replace(/^by\s+/i, '').trim()).filter((x) => x !== '');
    const names = parts.filter((x) => !ROLE.test(x));
    if (names.length > 1 && names.every((x) => x.split(/\s+/).length >= 2)) out.push(...names);
    else if (names.length > 0) out.push(names[0]);
  }
  return out.filter((x) => x.length > 1 && x.length < 80 && !/^https?:|^@/i.test(x));
}

/** A date string as ISO 8601: kept when already ISO-like (keeps its offset), else parsed. */
export function toIsoDate(s: string | null | undefined): string | null {
  const t = clean(s);
  if (!t) return null;
  const iso = /^(\d{4})-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  if (iso) {
    // Placeholder dates ("0001-01-01") mean "unknown": fall through to the next source.
    if (!plausibleYear(Number(iso[1]))) return null;
    return t.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  }
  if (/^\d{8}$/.test(t)) return `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}`;
  const ms = Date.parse(t);
  if (Number.isNaN(ms)) return null;
  return plausibleYear(new Date(ms).getUTCFullYear()) ? new Date(ms).toISOString() : null;
}

/** News on the web: nothing before 1990 or after 2100 is a real publication date. */
const plausibleYear = (y: number): boolean => y >= 1990 && y <= 2100;

function normLang(s: string | null): string | null {
  const t = clean(s);
  if (!t || !/^[a-z]{2,3}([_-][a-z0-9]{2,8})*$/i.test(t)) return null;
  const [base, ...rest] = t.split(/[_-]/);
  return [base.toLowerCase(), ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r))].join('-');
}

function resolveUrl(href: string | null, base: string | null | undefined): string | null {
  const h = clean(href);
  if (!h) return null;
  try {
    return new URL(h, base ?? undefined).href;
  } catch {
    return /^https?:\/\//i.test(h) ? h : null;
  }
}

/** `<title>` minus a trailing or leading " | Outlet" / " - Outlet" part. */
function cleanTitle(t: string | null, outlet: string | null): string | null {
  const s = clean(t);
  if (!s) return null;
  const parts = s.split(/\s+[|–—-]\s+|\s+[|»·:]\s+|\s+::\s+/);
  if (parts.length < 2) return s;
  if (outlet) {
    const o = outlet.toLowerCase();
    const kept = parts.filter((p) => p.toLowerCase() !== o);
    if (kept.length < parts.length) return kept.join(' - ');
  }
  // Without a known outlet, keep the longest part: headlines are longer than site names.
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

export function pageMetadata(page: ParsedPage, baseUrl?: string | null): PageMeta {
  const meta = new Map<string, string>();
  for (const m of page.metas) {
    const v = clean(m.content);
    if (v && !meta.has(m.key)) meta.set(m.key, v);
  }
  const get = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v) return v;
    }
    return null;
  };

  const objs = jsonLdObjects(page.jsonLd);
  const art = objs.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t))) ?? objs.find((o) => types(o).some((t) => /webpage$/i.test(t))) ?? null;

  let outlet = get('og:site_name');
  if (!outlet && art && art.publisher) {
    const pubs = names(art.publisher);
    outlet = pubs[0] ?? null;
  }
  if (!outlet) outlet = get('application-name');

  const title =
    clean(art?.headline) ?? get('og:title', 'twitter:title', 'title', 'dc.title', 'headline') ?? cleanTitle(page.title, outlet);

  const published =
    toIsoDate(art?.datePublished as string) ??
    toIsoDate(get('article:published_time', 'og:published_time', 'datepublished', 'publishdate', 'publish-date', 'pubdate',
      'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'date', 'article.published', 'article_date_original')) ??
    toIsoDate(art?.dateCreated as string) ??
    toIsoDate(page.times[0]);

  let authors = art ? names(art.author ?? art.creator) : [];
  if (authors.length === 0) {
    const m = get('author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl', 'twitter:creator');
    if (m) authors = splitAuthors(m);
  }
  authors = [...new Set(authors)];

  const canonical = page.links.find((l) => l.rel.split(/\s+/).includes('canonical'))?.href ?? null;
  const ldUrl = art ? (typeof art.url === 'string' ? art.url : typeof art.mainEntityOfPage === 'string' ? art.mainEntityOfPage : null) : null;
  const url = resolveUrl(canonical, baseUrl) ?? resolveUrl(get('og:url'), baseUrl) ?? resolveUrl(ldUrl, baseUrl) ?? (baseUrl ?? null);

  const language =
    normLang(page.htmlLang) ?? normLang(get('og:locale')) ?? normLang(get('content-language', 'language', 'dc.language')) ?? normLang((art?.inLanguage as string) ?? null);

  return { title, published, authors, outlet, url, language };
}
