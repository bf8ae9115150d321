/**
 * Politeness towards the sites Parallax reads, for continuous ingest (`ingest --watch`): it asks
 * each site's robots.txt whether a URL may be fetched (robots-parser, for our User-Agent), and
 * spaces requests to one host by at least its Crawl-delay, else a default delay. Feed fetches
 * and linked-page fetches both pass through `gate` before they go out. The spacing is per
 * process, or shared by several through `slots` (the workers of a PostgreSQL corpus); the
 * robots.txt cache is always per process.
 *
 * robots.txt as the major crawlers read it (RFC 9309): a 4xx answer (none published) allows
 * everything; a 5xx answer or no answer at all means "do not crawl now", so the host is skipped
 * until the next check. A robots.txt is re-read after `ROBOTS_TTL_MS`.
 */
import { createRequire } from 'node:module';
import { FetchError, USER_AGENT, fetchBytes } from './http.js';
import type { FetchOptions } from './http.js';
import { sleep } from '../core/sleep.js';

/** How long a robots.txt is trusted before it is fetched again (a day, as RFC 9309 suggests at most). */
export const ROBOTS_TTL_MS = 24 * 3600_000;
/** Delay between two requests to one host when its robots.txt names none: one request a second. */
export const DEFAULT_HOST_DELAY_MS = 1000;
/** A Crawl-delay larger than this is capped (a site asking for an hour between pages would stall a cycle). */
export const MAX_HOST_DELAY_MS = 60_000;

/** The parsed robots.txt (robots-parser's object; its bundled typings do not type the CommonJS export). */
interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, contents: string) => Robots;

interface HostState {
  /** The parsed robots.txt; null: none published (allow all). */
  robots: Robots | null;
  /** Why the host may not be crawled now (robots.txt unreachable or failing), or null. */
  blocked: string | null;
  checkedAt: number;
  /** When the next request to this host may go out (ms since epoch). */
  nextSlot: number;
}

/**
 * Where the host slots live when several processes share them (the workers of a PostgreSQL
 * corpus: store/pg.ts reserveHostSlot): `take` reserves the next free slot of `origin`, the next
 * one `delayMs` later, and says how many ms to wait for it. Without it, slots are this process's.
 */
export interface HostSlots {
  take(origin: string, delayMs: number): Promise<number>;
}

export interface PolitenessOptions extends FetchOptions {
  /** Delay between requests to one host without a Crawl-delay (default DEFAULT_HOST_DELAY_MS). */
  hostDelayMs?: number;
  /** Host slots shared with other processes (default: this process's own). */
  slots?: HostSlots;
  /** The clock and the wait (tests replace them). */
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export class Politeness {
  private readonly hosts = new Map<string, HostState>();
  /** One robots.txt request per origin at a time, shared by the requests waiting for it. */
  private readonly pending = new Map<string, Promise<HostState>>();
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  constructor(private readonly opts: PolitenessOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.sleep = opts.sleep ?? sleep;
  }

  /**
   * Wait for `url`'s host to be free, then say whether it may be fetched: null when it may (the
   * host's slot is taken), else the reason it may not (robots.txt disallows it, or could not be
   * read). Resolves early, with null, when `signal` aborts (the caller checks it).
   */
  async gate(url: URL, signal?: AbortSignal): Promise<string | null> {
    const host = await this.host(url, signal);
    if (host.blocked) return host.blocked;
    if (host.robots && host.robots.isAllowed(url.href, USER_AGENT) === false) return `robots.txt of ${url.host} disallows it`;
    const delay = this.delayOf(host);
    if (this.opts.slots) {
      await this.sleep(await this.opts.slots.take(url.origin, delay), signal);
      return null;
    }
    // Take the next free slot of the host, then wait for it: concurrent callers queue in order.
    const at = Math.max(this.now(), host.nextSlot);
    host.nextSlot = at + delay;
    await this.sleep(at - this.now(), signal);
    return null;
  }

  private delayOf(host: HostState): number {
    const crawlDelay = host.robots?.getCrawlDelay(USER_AGENT);
    if (typeof crawlDelay === 'number' && Number.isFinite(crawlDelay) && crawlDelay >= 0) return Math.min(MAX_HOST_DELAY_MS, crawlDelay * 1000);
    return this.opts.hostDelayMs ?? DEFAULT_HOST_DELAY_MS;
  }

  private async host(url: URL, signal?: AbortSignal): Promise<HostState> {
    const key = url.origin;
    const known = this.hosts.get(key);
    if (known && this.now() - known.checkedAt < ROBOTS_TTL_MS && !known.blocked) return known;
    let p = this.pending.get(key);
    if (!p) {
      p = this.readRobots(url, known?.nextSlot ?? 0, signal).finally(() => this.pending.delete(key));
      this.pending.set(key, p);
    }
    const state = await p;
    this.hosts.set(key, state);
    return state;
  }

  private async readRobots(url: URL, nextSlot: number, signal?: AbortSignal): Promise<HostState> {
    const robotsUrl = new URL('/robots.txt', url.origin);
    const base = { checkedAt: this.now(), nextSlot: Math.max(nextSlot, this.now() + (this.opts.hostDelayMs ?? DEFAULT_HOST_DELAY_MS)) };
    try {
      const got = await fetchBytes(robotsUrl, { accept: 'text/plain, */*;q=0.1', what: 'robots.txt', signal }, { timeoutMs: this.opts.timeoutMs, maxBytes: 512 * 1024 });
      return { ...base, robots: robotsParser(robotsUrl.href, got.body.toString('utf8')), blocked: null };
    } catch (e) {
      if (!(e instanceof FetchError)) throw e;
      const status = /^HTTP (\d{3})/.exec(e.reason)?.[1];
      // No robots.txt published (4xx), or an empty one: everything is allowed.
      if ((status && status.startsWith('4')) || e.reason === 'empty response') return { ...base, robots: null, blocked: null };
      return { ...base, robots: null, blocked: `robots.txt of ${url.host} could not be read (${e.reason}); the host is skipped until it can` };
    }
  }
}
