/**
 * Feeds as inputs: RSS 2.0, RSS 1.0 (RDF) and Atom, from files or fetched from http(s) URLs.
 * Owns feed detection, XML parsing (fast-xml-parser) and the turning of feed items into raw
 * records: the item's link is its URL, its full content (`content:encoded`, Atom `content`) or
 * else its description/summary is its text. When link fetching is on, an item with no text or
 * only a teaser becomes the page it links to instead (fetched by links.ts, in feed order), with
 * the teaser as the fallback. Network access goes through http.ts. It also expands the command
 * line's input specs for corpus ingest, where a directory may mix feed files with the article
 * files `readInputs` knows (src/ingest/inputs.ts), which stays the one reader of those.
 *
 * Feed content is an HTML fragment, not a page: it has no navigation or boilerplate to remove,
 * and page-level extraction (which wants a whole document and a minimum length) would drop short
 * items, so fragments are turned into paragraphs here and handed on as text records.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Parser } from 'htmlparser2';
import { UserError, oneLine } from '../core/errors.js';
import type { InputError } from '../core/schema.js';
import { decodeText, gunzipBounded, isGzip, MAX_INPUT_BYTES, mb } from './decode.js';
import { fetchBytes, httpUrl, MAX_FETCH_BYTES, type FetchOptions } from './http.js';
import { kindFromName, listDirectory, readInputs, type RawMeta, type RawRecord } from './inputs.js';
import { absolute, looksLikeJson, parseJsonFeed, sitemapFeed, sitemapIndexChildren } from './feed-formats.js';
import { countWords, isTeaser, type LinkFetcher, type LinkRequest } from './links.js';
import type { FeedPoller } from './poll.js';

// ---- feed model ------------------------------------------------------------------------------

export interface FeedItem {
  title: string | null;
  link: string | null;
  published: string | null;
  /** The item's text (HTML fragments already turned into paragraphs), or '' when it has none. */
  text: string;
}

export interface Feed {
  format: 'rss' | 'rdf' | 'atom' | 'json' | 'sitemap';
  title: string | null;
  items: FeedItem[];
  /** A sitemap index: the sitemaps it lists (feed-formats.ts), read in its place. */
  children?: string[];
}

const FORMAT_NAME: Record<Feed['format'], string> = { rss: 'RSS feed', rdf: 'RSS feed', atom: 'Atom feed', json: 'JSON Feed', sitemap: 'sitemap' };

export const FEED_EXTENSIONS = ['.rss', '.atom', '.xml', '.rdf'];

export function isFeedUrl(spec: string): boolean {
  return /^https?:\/\//i.test(spec);
}

/** A path whose name says feed (a trailing `.gz` is looked through). */
export function isFeedName(p: string): boolean {
  return FEED_EXTENSIONS.includes(path.extname(p.toLowerCase().replace(/\.gz$/, '')));
}

/** True when `head` (the first KB of a file) opens with an RSS, RDF or Atom root element. */
export function looksLikeFeed(head: string): boolean {
  return /^<(rss|feed|([\w-]+:)?RDF)[\s>]/i.test(head.slice(prologEnd(head)));
}

/**
 * Where the document's root element starts: after a BOM, white space, the XML declaration and
 * other processing instructions, comments and a DOCTYPE (or up to the DOCTYPE). A scan with indexOf, linear in the
 * prolog: a regex with a repeated group of lazy comments here backtracks exponentially on a run
 * of comments (`<!-- -->` × 30 took minutes), and feeds come from anyone.
 */
export function prologEnd(s: string, stopAtDoctype = false): number {
  let i = s.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < s.length && /\s/.test(s[i]!)) i++;
    let close: string | null = null;
    if (s.startsWith('<?', i)) close = '?>';
    else if (s.startsWith('<!--', i)) close = '-->';
    else if (!stopAtDoctype && s.slice(i, i + 9).toUpperCase() === '<!DOCTYPE') close = '>';
    if (close === null) return i;
    const end = s.indexOf(close, i + 2);
    if (end < 0) return i;
    i = end + close.length;
  }
}

// ---- parsing ---------------------------------------------------------------------------------

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Titles like "2025" must stay strings.
  parseTagValue: false,
  trimValues: true,
  // Atom content/summary may be inline XHTML: keep it raw so it is read as HTML, not as a tree.
  stopNodes: ['feed.entry.content', 'feed.entry.summary'],
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link' || name === 'url' || name === 'sitemap',
});

/** Parse a feed document. Throws a UserError naming `source` when it is not a feed. */
export function parseFeed(source: string, xml: string, baseUrl?: string | null): Feed {
  const body = xml.replace(/^\uFEFF/, '').trimStart();
  if (!body.startsWith('<')) throw new UserError(source, 'not an RSS or Atom feed (not XML)');
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(body) as Record<string, unknown>;
  } catch (e) {
    throw new UserError(source, `not an RSS or Atom feed (malformed XML: ${oneLine((e as Error).message)})`);
  }
  const rootName = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#') && !k.startsWith('!'));
  const root = rootName ? doc[rootName] : undefined;
  if (rootName === 'rss' && isObject(root)) return rssFeed(root, baseUrl);
  if (rootName === 'feed' && isObject(root)) return atomFeed(root, baseUrl);
  if (rootName && /(^|:)RDF$/.test(rootName) && isObject(root)) return rdfFeed(root, baseUrl);
  if (rootName === 'urlset' && isObject(root)) return sitemapFeed(root, baseUrl);
  if (rootName === 'sitemapindex' && isObject(root)) return { format: 'sitemap', title: null, items: [], children: sitemapIndexChildren(root, baseUrl) };
  // Not a feed root: say what it is instead. An HTML page is the usual answer of a wrong feed
  // URL (an error page, the site's home page); otherwise broken XML or another XML document.
  const at = prologEnd(body, true);
  if (/^<(!doctype\s+html|html)[\s>]/i.test(body.slice(at, at + 32))) {
    throw new UserError(source, 'not an RSS or Atom feed (an HTML page)');
  }
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new UserError(source, `not an RSS or Atom feed (not well-formed XML: line ${valid.err.line}: ${oneLine(valid.err.msg)})`);
  throw new UserError(source, `not an RSS or Atom feed (the document's root element is <${rootName ?? '?'}>)`);
}

type Node = Record<string, unknown>;

function isObject(v: unknown): v is Node {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function list(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

/** The text of an element parsed by fast-xml-parser: a string, or `#text` beside attributes. */
function textOf(v: unknown): string | null {
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first === 'string') return first.trim() || null;
  if (typeof first === 'number' || typeof first === 'boolean') return String(first);
  if (isObject(first)) {
    if ('#text' in first) return textOf(first['#text']);
    // Nested markup (an XHTML title): join the text of the children in document order.
    const parts = Object.entries(first).filter(([k]) => !k.startsWith('@_')).map(([, c]) => textOf(c)).filter((s): s is string => !!s);
    return parts.join(' ') || null;
  }
  return null;
}

/** Titles may carry markup or HTML entities (`&rsquo;`) even in RSS: read them as HTML. */
function titleOf(v: unknown): string | null {
  const t = textOf(v);
  return t === null ? null : htmlToText(t).replace(/\s+/g, ' ').trim() || null;
}

function rssItem(item: Node, base: string | null | undefined): FeedItem {
  let link = textOf(item.link);
  const guid = item.guid;
  // A permalink guid is the item's address when the feed gives no <link>.
  if (!link && guid !== undefined && !(isObject(guid) && guid['@_isPermaLink'] === 'false')) {
    const g = textOf(guid);
    if (g && /^https?:\/\//i.test(g)) link = g;
  }
  const html = textOf(item['content:encoded']) ?? textOf(item.description);
  return {
    title: titleOf(item.title),
    link: absolute(link, base),
    published: feedDate(textOf(item.pubDate) ?? textOf(item['dc:date'])),
    // RSS descriptions are HTML by definition (escaped or in CDATA).
    text: html ? htmlToText(html) : '',
  };
}

/**
 * The base for an item's relative link: the channel's own link (the site the items belong to;
 * a feed is often served from another host, e.g. a feed proxy) resolved against the feed's URL.
 */
function siteBase(channel: Node, feedUrl: string | null | undefined): string | null {
  return absolute(textOf(channel.link), feedUrl) ?? feedUrl ?? null;
}

function rssFeed(root: Node, base: string | null | undefined): Feed {
  const channel = list(root.channel).find(isObject) ?? {};
  const items = list(channel.item).filter(isObject).map((i) => rssItem(i, siteBase(channel, base)));
  return { format: 'rss', title: titleOf(channel.title), items };
}

function rdfFeed(root: Node, base: string | null | undefined): Feed {
  const channel = list(root.channel).find(isObject) ?? {};
  // RSS 1.0 puts items beside the channel, not inside it.
  const items = list(root.item).filter(isObject).map((i) => rssItem(i, siteBase(channel, base)));
  return { format: 'rdf', title: titleOf(channel.title), items };
}

function atomLink(links: unknown, base: string | null | undefined): string | null {
  const all = list(links).filter(isObject);
  const alt = all.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate') ?? null;
  const href = alt && typeof alt['@_href'] === 'string' ? alt['@_href'] : null;
  return absolute(href, base);
}

/** Atom text constructs: type="text" (default), "html" (escaped HTML) or "xhtml" (inline XHTML). */
function atomText(v: unknown): string {
  if (v === undefined || v === null) return '';
  const node = isObject(v) ? v : { '#text': v };
  if (typeof node['@_src'] === 'string') return ''; // out-of-line content: nothing to read here
  const raw = typeof node['#text'] === 'string' ? node['#text'] : '';
  const type = typeof node['@_type'] === 'string' ? node['@_type'].toLowerCase() : 'text';
  if (type === 'xhtml' || type === 'application/xhtml+xml') return htmlToText(raw);
  const unescaped = xmlUnescape(raw);
  // Many feeds put HTML in content without declaring type="html"; a tag in "text" gives it away.
  if (type === 'html' || type === 'text/html' || /<\/?(p|div|br|a|b|i|em|strong|span|img|ul|ol|li|h[1-6]|blockquote)\b[^>]*>/i.test(unescaped)) {
    return htmlToText(unescaped);
  }
  return paragraphs(unescaped.split(/\n\s*\n/));
}

function atomFeed(root: Node, base: string | null | undefined): Feed {
  const feedBase = atomLink(root.link, base) ?? base;
  const items = list(root.entry).filter(isObject).map((e): FeedItem => ({
    title: titleOf(e.title),
    link: atomLink(e.link, feedBase),
    published: feedDate(textOf(e.published) ?? textOf(e.updated)),
    text: atomText(e.content) || atomText(e.summary),
  }));
  return { format: 'atom', title: titleOf(root.title), items };
}

/** Undo XML escaping of a raw (stop-node) string; CDATA sections are taken verbatim. */
function xmlUnescape(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) =>
      part.startsWith('<![CDATA[')
        ? part.slice(9, -3)
        : part.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (m, e: string) => {
            const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
            if (e[0] !== '#') return named[e.toLowerCase()] ?? m;
            const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
            return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
          }),
    )
    .join('');
}

// Elements that end a paragraph, and elements whose content is never article text.
const BLOCK = new Set(['p', 'div', 'br', 'hr', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'pre', 'table', 'tr', 'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'aside']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'object', 'head']);

/** An HTML fragment → paragraphs separated by a blank line, entities decoded, markup dropped. */
export function htmlToText(html: string): string {
  const paras: string[] = [];
  let cur = '';
  let skip = 0;
  const flush = (): void => {
    paras.push(cur);
    cur = '';
  };
  const p = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skip++;
        else if (BLOCK.has(name)) flush();
      },
      ontext(t) {
        if (skip === 0) cur += t;
      },
      onclosetag(name) {
        if (SKIP.has(name)) skip = Math.max(0, skip - 1);
        else if (BLOCK.has(name)) flush();
      },
    },
    { decodeEntities: true },
  );
  p.write(html);
  p.end();
  flush();
  return paragraphs(paras);
}

function paragraphs(parts: string[]): string {
  return parts.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s !== '').join('\n\n');
}

const ZONES: Record<string, number> = { UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };

/**
 * A feed date (RFC 822 in RSS, ISO 8601 in Atom and Dublin Core) → ISO 8601, keeping the
 * publisher's UTC offset: converting to UTC could move a late-evening story to the next day.
 */
export function feedDate(s: string | null): string | null {
  if (!s) return null;
  const v = s.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return Number.isNaN(Date.parse(v)) ? null : v;
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) return null;
  let off: number | null = null;
  const num = /([+-])(\d{2}):?(\d{2})\s*$/.exec(v);
  if (num) off = (num[1] === '-' ? -1 : 1) * (Number(num[2]) * 60 + Number(num[3]));
  else {
    const z = /\b([A-Z]{1,3})\s*$/.exec(v);
    if (z && z[1] in ZONES) off = ZONES[z[1]];
  }
  if (off === null) return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
  const local = new Date(ms + off * 60_000).toISOString().slice(0, 19);
  if (off === 0) return `${local}Z`;
  const a = Math.abs(off);
  return `${local}${off < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/**
 * What reading a source yields: input items, an error that is counted and listed but not printed
 * on its own line (`quiet`: one of many with the same cause, summarised in a warning), and a feed
 * item whose link names an article the store already holds (its page is not fetched again).
 */
export type SourceItem =
  | { ok: true; record: RawRecord }
  | { ok: false; error: InputError; quiet?: boolean }
  | { ok: 'known'; source: string; of: string };

export interface FeedOptions extends FetchOptions {
  /** Fetches the linked page of items that have no text or only a teaser; null/absent: never. */
  links?: LinkFetcher | null;
  /** Continuous ingest: feed URLs are polled through it (conditional GET, robots.txt, back-off). */
  poller?: FeedPoller | null;
  /** Ends the fetches under way (Ctrl-C). */
  signal?: AbortSignal;
  /** A warning line (a teaser kept instead of the page, a summary of repeated failures). */
  onWarning?: (message: string) => void;
}

/** Failures of one feed not printed one by one, by cause, for the summary line at its end. */
class QuietTally {
  private readonly byCause = new Map<string, { failed: number; teaser: number }>();

  add(cause: string, teaser: boolean): void {
    const t = this.byCause.get(cause) ?? { failed: 0, teaser: 0 };
    if (teaser) t.teaser++;
    else t.failed++;
    this.byCause.set(cause, t);
  }

  lines(source: string): string[] {
    return [...this.byCause].map(([cause, t]) => {
      const n = t.failed + t.teaser;
      const parts = [t.failed ? `${t.failed} failed` : '', t.teaser ? `${t.teaser} kept the feed's teaser text` : ''].filter(Boolean).join(', ');
      return `${source}: ${n} more linked ${n === 1 ? 'article was' : 'articles were'} not fetched (${cause}): ${parts}`;
    });
  }
}

/**
 * Feed items → raw records, in feed order. An item's own text is its article unless it has none
 * or is only a teaser (links.ts: `isTeaser`) and link fetching is on: then the linked page is
 * fetched and becomes an HTML record with the item's metadata. A page that cannot be had falls
 * back to the teaser (with a warning) or, without one, fails naming the link; the rest go on.
 */
export async function* feedRecords(source: string, feed: Feed, opts: FeedOptions = {}): AsyncGenerator<SourceItem> {
  if (feed.items.length === 0) {
    yield { ok: false, error: { input: source, reason: `${FORMAT_NAME[feed.format]} holds no items` } };
    return;
  }
  const links = opts.links ?? null;
  const warn = opts.onWarning ?? ((): void => undefined);
  // Which items want their page: only those with an http(s) link whose text is missing or a teaser.
  const requests = feed.items.map((it): LinkRequest | null =>
    links && it.link && /^https?:\/\//i.test(it.link) && (it.text.trim() === '' || isTeaser(it.text))
      ? { link: it.link, teaserWords: it.text.trim() === '' ? 0 : countWords(it.text) }
      : null,
  );
  const outcomes = links && requests.some((r) => r !== null) ? links.fetchAll(requests) : null;
  const quiet = new QuietTally();
  try {
    for (let i = 0; i < feed.items.length; i++) {
      const it = feed.items[i];
      const label = `${source}#${i + 1}`;
      const meta: RawMeta = { url: it.link, title: it.title, outlet: feed.title, published: it.published };
      const teaser: SourceItem | null = it.text.trim() === '' ? null : { ok: true, record: { source: label, format: 'text', content: it.text, meta } };
      const outcome = outcomes ? (await outcomes.next()).value ?? null : null;
      if (!outcome) {
        if (teaser) yield teaser;
        else {
          const what = it.title ? ` ("${it.title.slice(0, 60)}")` : '';
          const why = links ? 'has no text and no http(s) link to fetch' : 'has no text (only a title or link)';
          yield { ok: false, error: { input: label, reason: `feed item${what} ${why}` } };
        }
        continue;
      }
      const link = it.link as string;
      switch (outcome.kind) {
        case 'cancelled':
          return; // the run is being stopped: nothing more from this feed
        case 'page':
          // The final URL after redirects: a feed's link often goes through a redirector or
          // click tracker, and the page's own address is what the same article has elsewhere.
          yield { ok: true, record: { source: label, format: 'html', content: outcome.html, meta: { ...meta, url: outcome.url }, extracted: outcome.extracted } };
          break;
        case 'known':
          yield { ok: 'known', source: label, of: outcome.of };
          break;
        case 'failed':
          if (teaser) {
            warn(`${link}: could not fetch the linked article: ${outcome.cause}; kept the feed's teaser text`);
            yield teaser;
          } else {
            yield { ok: false, error: { input: link, reason: `could not fetch the linked article: ${outcome.cause}` } };
          }
          break;
        case 'skipped': {
          // The first item a breaker stops is reported in full; the others are tallied for one
          // summary line per feed, so an offline run does not print 200 lines with one cause.
          const loud = links!.breakers.announce(outcome.key);
          const reason = `linked article not fetched: ${outcome.cause}`;
          if (!loud) quiet.add(outcome.cause, !!teaser);
          if (teaser) {
            if (loud) warn(`${link}: ${reason}; kept the feed's teaser text (${outcome.note})`);
            yield teaser;
          } else {
            yield { ok: false, error: { input: link, reason: loud ? `${reason} (${outcome.note})` : reason }, quiet: !loud };
          }
        }
      }
    }
  } finally {
    await outcomes?.return(null);
    for (const line of quiet.lines(source)) warn(line);
  }
}

// ---- reading and fetching --------------------------------------------------------------------

/** Bytes of a feed → text: gzip, a BOM, the XML declaration's encoding, else UTF-8. */
export function decodeFeed(source: string, raw: Uint8Array): string {
  const buf = isGzip(raw) ? gunzipBounded(source, raw) : raw;
  const head = Buffer.from(buf.subarray(0, 200)).toString('latin1');
  const enc = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  if (enc && !/^utf-?8$/i.test(enc) && !/^utf-?16/i.test(enc)) {
    try {
      return new TextDecoder(enc).decode(buf);
    } catch {
      /* unknown label: decode as UTF-8 below, which names the bad byte if it is not */
    }
  }
  return decodeText(source, buf);
}

export { FETCH_TIMEOUT_MS, type FetchOptions } from './http.js';
/** The feed size cap (the cap of every download, http.ts). */
export const MAX_FEED_BYTES = MAX_FETCH_BYTES;

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

/** Fetch a feed URL: http(s) only, time-limited, size-capped. Failures are UserErrors naming it. */
export async function fetchFeed(url: string, opts: FetchOptions = {}): Promise<{ body: Buffer; url: string }> {
  const got = await fetchBytes(httpUrl(url, 'feed'), { accept: FEED_ACCEPT, what: 'feed' }, opts);
  return { body: got.body, url: got.url };
}

// ---- corpus inputs ---------------------------------------------------------------------------

/** One unit of corpus input after expanding directories. */
export type Source =
  | { kind: 'url'; spec: string }
  | { kind: 'feed'; spec: string }
  /** Read by `readInputs` (article files, JSON Lines, `-`, or a path whose error it reports). */
  | { kind: 'input'; spec: string }
  | { kind: 'error'; error: InputError };

async function fileSource(file: string): Promise<Source> {
  if (isFeedName(file)) return { kind: 'feed', spec: file };
  if (kindFromName(file) !== null) return { kind: 'input', spec: file };
  // No telling extension: a feed saved without one is recognised by its root element.
  try {
    const fh = await fs.open(file, 'r');
    try {
      const buf = Buffer.alloc(1024);
      const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
      if (looksLikeFeed(buf.subarray(0, bytesRead).toString('utf8'))) return { kind: 'feed', spec: file };
    } finally {
      await fh.close();
    }
  } catch {
    /* unreadable: readInputs reports why */
  }
  return { kind: 'input', spec: file };
}

/** Files below `dir` that are articles or feeds: the same walk as every other command's. */
function walk(dir: string, onError: (input: string, e: unknown) => void): Promise<string[]> {
  return listDirectory(dir, (p) => kindFromName(p) !== null || isFeedName(p), onError);
}

/** An unreadable path as an error source: one line naming it, the other inputs go on. */
function errorSource(input: string, e: unknown): Source {
  const code = (e as NodeJS.ErrnoException)?.code;
  const reason =
    e instanceof UserError ? e.reason : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'no such file or directory' : oneLine((e as Error)?.message ?? String(e));
  return { kind: 'error', error: { input: e instanceof UserError ? e.input ?? input : input, reason } };
}

/** Expand input specs (files, directories, feed URLs, `-`) into sources, in order. */
export async function expandSpecs(specs: string[]): Promise<Source[]> {
  const out: Source[] = [];
  for (const spec of specs) {
    if (isFeedUrl(spec)) {
      out.push({ kind: 'url', spec });
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
      out.push({ kind: 'error', error: { input: spec, reason: 'only http:// and https:// feed URLs can be fetched' } });
      continue;
    }
    if (spec === '-') {
      out.push({ kind: 'input', spec });
      continue;
    }
    let isDir = false;
    try {
      isDir = (await fs.stat(spec)).isDirectory();
    } catch {
      out.push({ kind: 'input', spec }); // readInputs names the problem (missing, permission …)
      continue;
    }
    if (!isDir) {
      out.push(await fileSource(spec));
      continue;
    }
    const problems: Source[] = [];
    const files = await walk(spec, (p, e) => problems.push(errorSource(p, e)));
    out.push(...problems);
    if (files.length === 0 && problems.length === 0) out.push({ kind: 'error', error: { input: spec, reason: 'directory holds no readable files (.txt .md .html .json .jsonl .rss .atom .xml)' } });
    for (const f of files) out.push(await fileSource(f));
  }
  return out;
}

/** A fetched feed's decoded body (RSS, Atom, RDF, a sitemap or a JSON Feed) read at `url` (after redirects). */
export function parseFeedText(spec: string, text: string, url: string): Feed {
  return looksLikeJson(text) ? parseJsonFeed(spec, text, url, htmlToText) : parseFeed(spec, text, url);
}

/**
 * The items of a feed body fetched earlier (the workers' scheduled feeds poll a feed in one step
 * and read its items in another): as `readSource` reads a feed URL once it has its body — a
 * sitemap index followed to its sitemaps, headline-only items' pages fetched through `opts.links`.
 */
export async function* feedTextRecords(spec: string, text: string, url: string, opts: FeedOptions = {}): AsyncGenerator<SourceItem> {
  let feed: Feed;
  try {
    feed = parseFeedText(spec, text, url);
  } catch (e) {
    yield { ok: false, error: { input: spec, reason: oneLine(e instanceof UserError ? e.reason : (e as Error).message) } };
    return;
  }
  if (feed.children) for (const child of feed.children) yield* readSource({ kind: 'url', spec: child }, { ...opts, poller: null }, 1);
  else yield* feedRecords(spec, feed, opts);
}

/** How deep sitemap indexes are followed (an index of indexes, and no further). */
const MAX_SITEMAP_DEPTH = 2;

/** Read one source as raw records; never throws for bad input (errors are items). */
export async function* readSource(src: Source, opts: FeedOptions = {}, depth = 0): AsyncGenerator<SourceItem> {
  switch (src.kind) {
    case 'error':
      yield { ok: false, error: src.error };
      return;
    case 'input':
      yield* readInputs([src.spec]);
      return;
    case 'feed':
    case 'url': {
      let feed: Feed;
      let commit: (() => void) | null = null;
      try {
        if (src.kind === 'feed') {
          const stat = await fs.stat(src.spec);
          if (stat.size > MAX_INPUT_BYTES) throw new UserError(src.spec, `too large (${mb(stat.size)}; the limit is ${mb(MAX_INPUT_BYTES)})`);
          feed = parseFeed(src.spec, decodeFeed(src.spec, await fs.readFile(src.spec)));
        } else {
          let got: { body: Buffer; url: string };
          if (opts.poller) {
            const polled = await opts.poller.poll(src.spec, opts);
            if (polled.kind === 'disallowed') {
              yield { ok: false, error: { input: src.spec, reason: polled.reason } };
              return;
            }
            if (polled.kind !== 'body') return; // nothing new: not modified, unchanged, or backing off
            got = polled;
            commit = polled.commit;
          } else got = await fetchFeed(src.spec, opts);
          feed = parseFeedText(src.spec, decodeFeed(src.spec, got.body), got.url);
        }
      } catch (e) {
        const input = e instanceof UserError ? e.input ?? src.spec : src.spec;
        const code = (e as NodeJS.ErrnoException).code;
        const reason = e instanceof UserError ? e.reason : code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
        yield { ok: false, error: { input, reason: oneLine(reason) } };
        return;
      }
      if (feed.children) {
        // A sitemap index: its sitemaps are read in its place (the newest few, feed-formats.ts).
        if (depth >= MAX_SITEMAP_DEPTH) yield { ok: false, error: { input: src.spec, reason: 'sitemap index nested too deep' } };
        else for (const child of feed.children) yield* readSource({ kind: 'url', spec: child }, opts, depth + 1);
      } else yield* feedRecords(src.spec, feed, opts);
      if (!opts.signal?.aborted) commit?.();
    }
  }
}
