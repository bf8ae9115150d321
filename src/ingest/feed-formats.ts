/**
 * Feed formats beside RSS and Atom (feeds.ts): JSON Feed 1.0/1.1 (jsonfeed.org) and XML
 * sitemaps, including Google News sitemaps and sitemap indexes. Both become the same `Feed` of
 * items, so feeds.ts turns them into records the same way: an item with text is an article; an
 * item with only a link (every sitemap entry) gets its page fetched when link fetching is on.
 *
 * A sitemap can list tens of thousands of pages, most of them old: only the `SITEMAP_MAX_ITEMS`
 * newest entries (by news publication date, else lastmod, else document order) are taken, and of
 * a sitemap index only the `SITEMAP_MAX_CHILDREN` most recently modified sitemaps.
 */
import { UserError, oneLine } from '../core/errors.js';
import type { Feed, FeedItem } from './feeds.js';

export const SITEMAP_MAX_ITEMS = 200;
export const SITEMAP_MAX_CHILDREN = 10;

type Node = Record<string, unknown>;
const isObject = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : null);

/** True when a fetched body is a JSON document (JSON Feed) rather than XML. */
export function looksLikeJson(text: string): boolean {
  return /^\uFEFF?\s*\{/.test(text);
}

/** A feed's link made absolute against its base (a link that is no URL stays as written). */
export function absolute(link: string | null, base: string | null | undefined): string | null {
  if (!link) return null;
  try {
    return new URL(link, base ?? undefined).href;
  } catch {
    return link;
  }
}

/**
 * A JSON Feed document → Feed. An item's text is `content_text`, else `content_html` (as HTML
 * fragment paragraphs, by `htmlToText`), else `summary`; its link is `url`, else `external_url`.
 */
export function parseJsonFeed(source: string, text: string, baseUrl: string | null | undefined, htmlToText: (html: string) => string): Feed {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UserError(source, `not an RSS, Atom or JSON feed (invalid JSON: ${oneLine((e as Error).message)})`);
  }
  if (!isObject(doc) || typeof doc.version !== 'string' || !/^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?$/.test(doc.version) || !Array.isArray(doc.items)) {
    throw new UserError(source, 'not an RSS, Atom or JSON feed (JSON, but no jsonfeed.org "version" with an "items" list)');
  }
  const base = str(doc.home_page_url) ?? str(doc.feed_url) ?? baseUrl;
  const items: FeedItem[] = doc.items.filter(isObject).map((it) => ({
    title: str(it.title),
    link: absolute(str(it.url) ?? str(it.external_url), base),
    published: str(it.date_published) ?? str(it.date_modified),
    text: str(it.content_text) ?? (str(it.content_html) ? htmlToText(it.content_html as string) : null) ?? str(it.summary) ?? '',
  }));
  return { format: 'json', title: str(doc.title), items };
}

/** The date a sitemap entry is known by, for choosing the newest (ISO strings compare as text). */
function entryDate(e: Node): string {
  const news = isObject(e['news:news']) ? e['news:news'] : null;
  return str(news?.['news:publication_date']) ?? str(e.lastmod) ?? '';
}

/**
 * A parsed `<urlset>` → Feed of link-only items (titles and dates from `<news:news>` where the
 * sitemap is a news sitemap), the newest SITEMAP_MAX_ITEMS of them, newest last (feed order:
 * the story clusterer sees them in the order they were published).
 */
export function sitemapFeed(root: Node, baseUrl: string | null | undefined): Feed {
  const entries = list(root.url).filter(isObject).map((e, i) => ({ e, i, date: entryDate(e) }));
  entries.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.i - b.i));
  const chosen = entries.slice(0, SITEMAP_MAX_ITEMS).reverse();
  const items: FeedItem[] = chosen.map(({ e, date }) => {
    const news = isObject(e['news:news']) ? e['news:news'] : null;
    return { title: str(news?.['news:title']), link: absolute(str(e.loc), baseUrl), published: date || null, text: '' };
  });
  // A news sitemap names its publication in each entry; that is the outlet of its items.
  const outlet = chosen.map(({ e }) => {
    const news = isObject(e['news:news']) ? e['news:news'] : null;
    const pub = news && isObject(news['news:publication']) ? news['news:publication'] : null;
    return str(pub?.['news:name']);
  }).find((o) => o) ?? null;
  return { format: 'sitemap', title: outlet, items };
}

/** A parsed `<sitemapindex>` → the URLs of its SITEMAP_MAX_CHILDREN most recently modified sitemaps. */
export function sitemapIndexChildren(root: Node, baseUrl: string | null | undefined): string[] {
  const entries = list(root.sitemap).filter(isObject).map((e, i) => ({ loc: absolute(str(e.loc), baseUrl), date: str(e.lastmod) ?? '', i }));
  entries.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.i - b.i));
  return entries.slice(0, SITEMAP_MAX_CHILDREN).map((e) => e.loc).filter((u): u is string => !!u && /^https?:\/\//i.test(u));
}
