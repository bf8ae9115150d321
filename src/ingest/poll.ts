/**
 * Polling feed URLs again and again (`ingest --watch`) without wasting the sites' bandwidth or
 * our time: a conditional GET with the ETag and Last-Modified of the last copy (a 304 answer is
 * "nothing new"), a hash of the last body for servers that send no validators (the same bytes are
 * not parsed again), robots.txt and per-host spacing through `Politeness`, and exponential
 * back-off for a feed that fails (1, 2, 4 … intervals, at most a day), so a dead feed is not
 * hammered every cycle. Its state is plain JSON, saved in the corpus between runs.
 */
import { createHash } from 'node:crypto';
import { FetchError, fetchBytes, httpUrl, type FetchOptions } from './http.js';
import type { Politeness } from './politeness.js';

/** What is remembered of one feed URL between polls. */
export interface FeedState {
  etag: string | null;
  lastModified: string | null;
  /** sha256 of the last body parsed. */
  hash: string | null;
  /** Failures in a row (0 after a success). */
  failures: number;
  /** No poll before this time (ms since epoch) after failures; null: poll every cycle. */
  retryAt: number | null;
}

export type PollOutcome =
  /**
   * A new body to parse. `commit()` once every item of it was taken: only then are its validators
   * and hash remembered, so a cycle stopped half-way (Ctrl-C) reads the feed again next time.
   */
  | { kind: 'body'; body: Buffer; url: string; commit: () => void }
  /** The server said 304 Not Modified. */
  | { kind: 'not-modified' }
  /** Fetched, but byte for byte the body parsed last time. */
  | { kind: 'unchanged' }
  /** Failing lately: not polled before `retryAt`. */
  | { kind: 'backoff'; retryAt: number }
  /** robots.txt forbids it, or the host may not be crawled now. */
  | { kind: 'disallowed'; reason: string };

/** Per cycle: how the feeds answered. */
export interface PollTally {
  fetched: number;
  notModified: number;
  unchanged: number;
  failed: number;
  backoff: number;
  disallowed: number;
}

export const MAX_BACKOFF_MS = 24 * 3600_000;

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

export interface PollerOptions {
  /** The watch interval: back-off is counted in intervals. */
  intervalMs: number;
  politeness?: Politeness;
  /** State saved by an earlier run (`snapshot()`). */
  state?: Record<string, FeedState>;
  now?: () => number;
}

export class FeedPoller {
  private readonly states: Map<string, FeedState>;
  private readonly now: () => number;
  tally: PollTally = FeedPoller.emptyTally();

  constructor(private readonly opts: PollerOptions) {
    this.states = new Map(Object.entries(opts.state ?? {}));
    this.now = opts.now ?? Date.now;
  }

  static emptyTally(): PollTally {
    return { fetched: 0, notModified: 0, unchanged: 0, failed: 0, backoff: 0, disallowed: 0 };
  }

  /** The tally of the cycle that ends, and a fresh one for the next. */
  takeTally(): PollTally {
    const t = this.tally;
    this.tally = FeedPoller.emptyTally();
    return t;
  }

  /** The state to save (plain JSON), feeds in name order so the saved bytes are stable. */
  snapshot(): Record<string, FeedState> {
    return Object.fromEntries([...this.states].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  /** Poll `url` once. Fetch failures are thrown (a FetchError naming the URL) after being counted. */
  async poll(url: string, opts: FetchOptions & { signal?: AbortSignal } = {}): Promise<PollOutcome> {
    const u = httpUrl(url, 'feed');
    const st: FeedState = this.states.get(url) ?? { etag: null, lastModified: null, hash: null, failures: 0, retryAt: null };
    this.states.set(url, st);
    if (st.retryAt !== null && this.now() < st.retryAt) {
      this.tally.backoff++;
      return { kind: 'backoff', retryAt: st.retryAt };
    }
    const denied = (await this.opts.politeness?.gate(u, opts.signal)) ?? null;
    if (denied) {
      this.tally.disallowed++;
      return { kind: 'disallowed', reason: denied };
    }
    let got;
    try {
      got = await fetchBytes(u, { accept: FEED_ACCEPT, what: 'feed', signal: opts.signal, validators: { etag: st.etag, lastModified: st.lastModified } }, opts);
    } catch (e) {
      if (e instanceof FetchError && !opts.signal?.aborted) {
        st.failures++;
        // Back off 1, 2, 4 … intervals after consecutive failures, at most a day: a feed that is
        // down for hours is then asked a handful of times, not every cycle.
        st.retryAt = this.now() + Math.min(MAX_BACKOFF_MS, this.opts.intervalMs * 2 ** (st.failures - 1));
        this.tally.failed++;
      }
      throw e;
    }
    st.failures = 0;
    st.retryAt = null;
    if (got.status === 304) {
      this.tally.notModified++;
      return { kind: 'not-modified' };
    }
    const hash = createHash('sha256').update(got.body).digest('hex');
    if (hash === st.hash) {
      st.etag = got.etag;
      st.lastModified = got.lastModified;
      this.tally.unchanged++;
      return { kind: 'unchanged' };
    }
    this.tally.fetched++;
    const commit = (): void => {
      st.hash = hash;
      st.etag = got.etag;
      st.lastModified = got.lastModified;
    };
    return { kind: 'body', body: got.body, url: got.url, commit };
  }
}
