/**
 * The linked articles of feed items. Real news feeds often carry only a headline, a one-line
 * teaser and a link; the article is the page behind the link. Owns the rule that says when an
 * item's own text is not the article (`isTeaser`), the fetching of linked pages (through
 * http.ts: time limit, size cap, redirects) a few at a time with results in feed order, the
 * check that a fetched page holds more text than the teaser it replaces, and the circuit
 * breakers that stop a run from trying 200 links on a host, or a network, that is down.
 * feeds.ts decides what each item becomes; this module only answers "what is behind this link".
 */
import { pMapIterable } from 'p-map';
import { UserError } from '../core/errors.js';
import type { ExtractedPage } from './article.js';
import { decodeHtml } from './decode.js';
import { extractArticle } from './html/extract.js';
import { FetchError, fetchBytes, headerCharset, httpUrl, type FetchOptions } from './http.js';
import { sniffKind } from './inputs.js';

// ---- the teaser rule -------------------------------------------------------------------------

/**
 * Fewer words than this and a feed item's text is a teaser, not the article. Feeds that carry
 * only a summary give a standfirst or the first sentence: 15-35 words. The shortest news items
 * that stand alone (agency briefs) run to 60 words and more. Under 40 words a text also gives
 * the dossier too little to compare, so fetching the full page is worth a request even when the
 * short text was the whole item: the page then holds the same text and nothing is lost.
 */
export const TEASER_MAX_WORDS = 40;

/**
 * Endings that mark a cut-off text whatever its length: an ellipsis, bare or in brackets
 * (WordPress ends its 55-word excerpts with "[…]"), or a link inviting the reader to the page
 * ("Read more", "Continue reading", "Full story »", "(more)"). A bare "more" or "full story"
 * is not enough: a finished sentence may end with those words; the arrow or bracket is the tell.
 * After "Read more" only a link's tail may follow: "at/on <site>", or any words up to an arrow
 * ("Continue reading <title> →"); "read more about it in the report, she said." is prose.
 */
const LINK_TAIL = String.raw`(?:\s+(?:at|on)\s+[^\n]{1,40}|[^\n]{0,60}[\u00bb\u203a\u2192>])?`;
const TRUNCATED = new RegExp(
  '(?:' +
  [
    String.raw`(?:\u2026|\.\.\.)\s*[\])]?`,
    String.raw`\b(?:(?:read|see) (?:more|(?:the )?(?:full|whole|rest of the) (?:story|article|report))|continue reading)\b${LINK_TAIL}`,
    String.raw`\b(?:full (?:story|article)|more)\s*[\u00bb\u203a\u2192>:]`,
    String.raw`[\[(]more[\])]`,
  ].join('|') +
  String.raw`)\s*[\u00bb\u203a\u2192>.:\])]*$`,
  'i',
);

/** WordPress appends "The post <title> appeared first on <site>." to excerpts: not the text. */
const WP_TRAILER = /^The post .+ appeared first on .+\.?$/;

// Built on first use: constructing a Segmenter costs milliseconds every start-up otherwise.
let words: Intl.Segmenter | null = null;

/**
 * Words in `text` (up to `limit`): Intl.Segmenter counts words in scripts written without
 * spaces (Chinese, Japanese, Thai) too, where splitting on white space would see one word.
 */
export function countWords(text: string, limit = Infinity): number {
  let n = 0;
  for (const seg of (words ??= new Intl.Segmenter('en', { granularity: 'word' })).segment(text)) {
    if (seg.isWordLike && ++n >= limit) break;
  }
  return n;
}

/** True when a feed item's (non-empty) text is only a teaser of the linked article. */
export function isTeaser(text: string): boolean {
  const paras = text.split(/\n\n/).map((p) => p.trim()).filter((p) => p !== '');
  while (paras.length > 1 && WP_TRAILER.test(paras[paras.length - 1])) paras.pop();
  const body = paras.join('\n\n');
  if (countWords(body, TEASER_MAX_WORDS) < TEASER_MAX_WORDS) return true;
  return TRUNCATED.test(body);
}

// ---- fetching --------------------------------------------------------------------------------

export const LINK_CONCURRENCY = 4;
/** A host that failed to connect this many times in a row (no success between) is not tried again. */
export const HOST_TRIP = 3;
/** This many different hosts failing as an offline machine fails, with no success between: the network is down. */
export const NETWORK_TRIP = 3;

export interface LinkOptions extends FetchOptions {
  /** Pages fetched at once (default 4): polite to sites, and enough to hide the latency. */
  linkConcurrency?: number;
  /** The id of a stored article with this URL, or null. Its page is not fetched again. */
  knownUrl?: (url: string) => string | null | Promise<string | null>;
  /** The extractor buildArticle uses (default: src/ingest/html/), to check the page has the article. */
  extractHtml?: (html: string, opts: { url?: string | null }) => ExtractedPage;
  /** Aborts the requests under way (Ctrl-C during ingest). */
  signal?: AbortSignal;
  /** Asked before each page request (continuous ingest: robots.txt and per-host spacing); a reason = do not fetch. */
  gate?: (url: URL, signal: AbortSignal) => Promise<string | null>;
}

/** What one feed item asks for. */
export interface LinkRequest {
  link: string;
  /** Words of the item's own teaser text (0 when it has none). */
  teaserWords: number;
}

export type LinkOutcome =
  /** The page: its HTML, its final URL after redirects, and its extraction. */
  | { kind: 'page'; html: string; url: string; extracted: ExtractedPage }
  /** The store already holds an article with this URL (id `of`): not fetched. */
  | { kind: 'known'; of: string }
  /** Tried and failed (or the page holds no article): `cause` says why. */
  | { kind: 'failed'; cause: string }
  /** Not tried: the breaker `key` (a host, or "network") is open; `note` says what else it stops. */
  | { kind: 'skipped'; cause: string; key: string; note: string }
  /** The run was stopped (`signal`) while this page was being fetched. */
  | { kind: 'cancelled' };

const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1';

/**
 * Circuit breakers of one ingest run. A host that could not be reached (or did not answer)
 * HOST_TRIP times in a row is not tried again; when NETWORK_TRIP different hosts in a row fail
 * the way every host fails on an offline machine (no DNS, no route), nothing more is tried. Any
 * successful fetch resets the count of its host and the offline count. Each breaker is
 * announced once per run (`announce`), so the items it stops can be summarised, not listed.
 */
export class Breakers {
  /** Connection failures in a row per host, since its last success. */
  private readonly fails = new Map<string, number>();
  /** Hosts that failed as an offline machine fails, since the last successful fetch. */
  private readonly offlineHosts = new Set<string>();
  private networkDown: string | null = null;
  private readonly announced = new Set<string>();

  /** Why a request to `host` should not be made now, or null. */
  blocked(host: string): { key: string; cause: string; note: string } | null {
    if (this.networkDown) return { key: 'network', cause: this.networkDown, note: 'no more links are fetched in this run' };
    const n = this.fails.get(host) ?? 0;
    // The words name the trip count, not the running count (requests under way when the breaker
    // tripped still add to it), so that every item it stops has the same cause.
    if (n >= HOST_TRIP) return { key: host, cause: `${host} failed ${HOST_TRIP} times in a row`, note: `no more links to ${host} are fetched in this run` };
    return null;
  }

  succeeded(host: string): void {
    this.fails.delete(host);
    this.offlineHosts.clear();
  }

  failed(host: string, e: FetchError): void {
    // Only failures that say the host cannot be reached at all (or does not answer) predict the
    // next request to it; an HTTP 404 or a page that is not HTML says nothing about the others.
    if (!e.hostDown) return;
    this.fails.set(host, (this.fails.get(host) ?? 0) + 1);
    if (e.offline) {
      this.offlineHosts.add(host);
      if (this.offlineHosts.size >= NETWORK_TRIP && !this.networkDown) {
        this.networkDown = `this machine looks offline: ${this.offlineHosts.size} hosts in a row could not be resolved or reached`;
      }
    }
  }

  /** True the first time a breaker's skip is reported in this run (later ones are summarised). */
  announce(key: string): boolean {
    if (this.announced.has(key)) return false;
    this.announced.add(key);
    return true;
  }
}

/**
 * Fetches the linked pages of one ingest run. One instance per run: its breakers remember,
 * across feeds, which hosts are down, so the second feed of a dead site is not tried again.
 */
export class LinkFetcher {
  readonly breakers = new Breakers();

  constructor(private readonly opts: LinkOptions = {}) {}

  /**
   * Fetch the link of every request (null: nothing to fetch), at most `linkConcurrency` at a
   * time; outcomes come out in request order. Stopping the iteration cancels what is in flight.
   */
  async *fetchAll(requests: Array<LinkRequest | null>): AsyncGenerator<LinkOutcome | null> {
    const stop = new AbortController();
    const signal = this.opts.signal ? AbortSignal.any([stop.signal, this.opts.signal]) : stop.signal;
    const concurrency = Math.max(1, this.opts.linkConcurrency ?? LINK_CONCURRENCY);
    try {
      // Backpressure: read a little ahead so a slow page does not idle the other slots, but
      // never hold more than a few dozen fetched pages that the consumer has not taken yet.
      yield* pMapIterable(requests, (r) => (r ? this.fetchOne(r, signal) : null), { concurrency, backpressure: concurrency * 8 });
    } finally {
      stop.abort();
    }
  }

  private async fetchOne(r: LinkRequest, signal: AbortSignal): Promise<LinkOutcome> {
    let u: URL;
    try {
      u = httpUrl(r.link, 'article');
    } catch (e) {
      return { kind: 'failed', cause: (e as FetchError).reason };
    }
    const of = (await this.opts.knownUrl?.(u.href)) ?? null;
    if (of !== null) return { kind: 'known', of };
    if (signal.aborted) return { kind: 'cancelled' };
    const block = this.breakers.blocked(u.host);
    if (block) return { kind: 'skipped', ...block };
    const denied = this.opts.gate ? await this.opts.gate(u, signal) : null;
    if (signal.aborted) return { kind: 'cancelled' };
    if (denied) return { kind: 'failed', cause: denied };
    let got;
    try {
      got = await fetchBytes(u, { accept: PAGE_ACCEPT, what: 'page', signal }, this.opts);
    } catch (e) {
      if (!(e instanceof FetchError)) throw e;
      if (signal.aborted) return { kind: 'cancelled' };
      this.breakers.failed(u.host, e);
      return { kind: 'failed', cause: e.reason };
    }
    this.breakers.succeeded(u.host);
    return this.page(r, got.body, got.contentType, got.url);
  }

  /** The fetched bytes as a page holding the article, or why not. */
  private page(r: LinkRequest, body: Buffer, contentType: string | null, url: string): LinkOutcome {
    const mime = contentType?.split(';')[0].trim() ?? null;
    if (mime && mime !== 'text/html' && mime !== 'application/xhtml+xml') return { kind: 'failed', cause: `not a web page (${mime})` };
    let html: string;
    try {
      html = decodeHtml(url, body, headerCharset(contentType));
    } catch (e) {
      return { kind: 'failed', cause: `not a web page (${e instanceof UserError ? e.reason : String(e)})` };
    }
    // Without a Content-Type the bytes must look like a page themselves.
    if (!mime && sniffKind(html) !== 'html') return { kind: 'failed', cause: 'not a web page' };
    // A page whose main text is not longer than the teaser is not the article: a paywall, a
    // consent page or a shell filled by JavaScript. Checked here, so the item can fall back to
    // its teaser instead; the extraction goes on with the record (buildArticle does not redo it).
    const extracted = (this.opts.extractHtml ?? extractArticle)(html, { url });
    const n = countWords(extracted.text, r.teaserWords + 1);
    if (n === 0) return { kind: 'failed', cause: 'no article text on the linked page (a paywall, a consent page or a page built by JavaScript?)' };
    if (n <= r.teaserWords) return { kind: 'failed', cause: 'the linked page holds no more text than the teaser (a paywall or a consent page?)' };
    return { kind: 'page', html, url, extracted };
  }
}
