/**
 * Scheduled feeds of a PostgreSQL corpus (`parallax feed add|list|remove`, polled by
 * `parallax worker`): a feed list with intervals in the database, polled by whichever worker is
 * free, on any machine. Owns the `feeds` table's SQL and the claim of a due feed.
 *
 * The polling itself is continuous ingest's (`ingest --watch`): `FeedPoller` (ingest/poll.ts) asks
 * with the ETag/Last-Modified of the last copy, skips a body identical to the last one and backs
 * off a failing feed; `Politeness` (ingest/politeness.ts) reads robots.txt and spaces requests to
 * a host. What this module adds is the part that must hold across machines:
 *
 * - **Once per interval, by one worker.** A worker claims the due feed with the earliest due time
 *   that nobody holds (`FOR UPDATE SKIP LOCKED`), polls it while it holds the row, then queues
 *   the new body as a job, saves the poller's state and sets the next due time (the moment the
 *   poll ended + the interval, later if the poller backs off) — all in the claim's transaction.
 *   Another worker skips the held row and, once it is committed, sees it due only an interval
 *   later. A worker that dies mid-poll rolls the transaction back: the feed stays due and the
 *   next free worker polls it; nothing is queued twice.
 * - **The state travels with the feed**, not with the process: validators, last body hash and
 *   failures are in the row, so whichever worker polls next sends the conditional request.
 *
 * Per-host spacing and robots.txt caching are per worker process (Politeness is in memory): N
 * workers may each ask one host once per its delay. The feed's own interval is global.
 */
import type pg from 'pg';
import { UserError } from '../core/errors.js';
import { FetchError, httpUrl } from '../ingest/http.js';
import { decodeFeed } from '../ingest/feeds.js';
import { FeedPoller, type FeedState } from '../ingest/poll.js';
import type { Politeness } from '../ingest/politeness.js';
import { redactUrl, type PgStore } from './pg.js';

/** One scheduled feed as `feed list` shows it. */
export interface ScheduledFeed {
  url: string;
  everySeconds: number;
  /** ISO time the feed is next due (in the past: due now). */
  nextDue: string;
  addedAt: string;
  polls: number;
  lastPolledAt: string | null;
  /** What the last poll did: "queued job 12 (new items)", "not modified", "failed: …", … */
  lastResult: string | null;
  /** Failed polls in a row (the poller backs off 1, 2, 4 … intervals after each). */
  failures: number;
}

/** The job a polled feed becomes: its decoded body, read by a worker like a fetched feed URL. */
export interface PolledFeedJob {
  kind: 'polled';
  /** The feed as scheduled (the URL errors and items are reported under). */
  spec: string;
  /** Where the body came from after redirects (relative links resolve against it). */
  url: string;
  text: string;
}

async function withClient<T>(store: PgStore, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await store.client();
  try {
    return await fn(c);
  } finally {
    c.release();
  }
}

/** Schedule `urls` every `everySeconds` (due at once when new; an existing feed gets the new interval). */
export async function addFeeds(store: PgStore, urls: string[], everySeconds: number): Promise<{ added: string[]; updated: string[] }> {
  for (const u of urls) httpUrl(u, 'feed'); // http(s) only: a UserError naming the URL otherwise
  if (!Number.isInteger(everySeconds) || everySeconds < 1) throw new UserError(null, 'a feed interval is at least 1 second');
  return withClient(store, async (c) => {
    const added: string[] = [];
    const updated: string[] = [];
    await c.query('BEGIN');
    try {
      for (const url of urls) {
        const r = await c.query<{ inserted: boolean }>(
          `INSERT INTO feeds (url, interval_s, next_due) VALUES ($1, $2, now())
           ON CONFLICT (url) DO UPDATE SET interval_s = excluded.interval_s
           RETURNING (xmax = 0) AS inserted`,
          [url, everySeconds],
        );
        (r.rows[0].inserted ? added : updated).push(url);
      }
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    }
    return { added, updated };
  });
}

export async function removeFeeds(store: PgStore, urls: string[]): Promise<{ removed: string[]; unknown: string[] }> {
  return withClient(store, async (c) => {
    const removed = (await c.query<{ url: string }>('DELETE FROM feeds WHERE url = ANY($1::text[]) RETURNING url', [urls])).rows.map((r) => r.url);
    const gone = new Set(removed);
    return { removed: urls.filter((u) => gone.has(u)), unknown: urls.filter((u) => !gone.has(u)) };
  });
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export async function listFeeds(store: PgStore): Promise<ScheduledFeed[]> {
  return withClient(store, async (c) => {
    const rows = (await c.query<{ url: string; interval_s: number; next_due: Date; added_at: Date; polls: number; last_polled_at: Date | null; last_result: string | null; state: string | null }>(
      'SELECT url, interval_s, next_due, added_at, polls, last_polled_at, last_result, state FROM feeds ORDER BY url',
    )).rows;
    return rows.map((r) => ({
      url: r.url,
      everySeconds: r.interval_s,
      nextDue: r.next_due.toISOString(),
      addedAt: r.added_at.toISOString(),
      polls: r.polls,
      lastPolledAt: iso(r.last_polled_at),
      lastResult: r.last_result,
      failures: r.state ? ((JSON.parse(r.state) as FeedState).failures ?? 0) : 0,
    }));
  });
}

export interface PollDueOptions {
  politeness: Politeness;
  timeoutMs?: number;
  signal?: AbortSignal;
  onEvent?(message: string): void;
}

/**
 * Claim the most overdue feed nobody holds, poll it, queue its new body as a job and set its next
 * due time, in one transaction. False when no feed is due (or all due ones are held).
 */
export async function pollDueFeed(store: PgStore, opts: PollDueOptions): Promise<boolean> {
  return withClient(store, async (c) => {
    await c.query('BEGIN');
    try {
      const row = (await c.query<{ url: string; interval_s: number; state: string | null }>(
        'SELECT url, interval_s, state FROM feeds WHERE next_due <= now() ORDER BY next_due, url LIMIT 1 FOR UPDATE SKIP LOCKED',
      )).rows[0];
      if (!row) {
        await c.query('COMMIT');
        return false;
      }
      const intervalMs = row.interval_s * 1000;
      const saved = row.state ? { [row.url]: JSON.parse(row.state) as FeedState } : {};
      const poller = new FeedPoller({ intervalMs, politeness: opts.politeness, state: saved });
      let result: string;
      try {
        const out = await poller.poll(row.url, { timeoutMs: opts.timeoutMs, signal: opts.signal });
        if (opts.signal?.aborted) throw new Error('stopped'); // rolled back: the feed stays due
        if (out.kind === 'body') {
          const job: PolledFeedJob = { kind: 'polled', spec: row.url, url: out.url, text: decodeFeed(row.url, out.body) };
          const id = (await c.query<{ id: number }>("INSERT INTO jobs (kind, payload) VALUES ('polled', $1) RETURNING id", [JSON.stringify(job)])).rows[0].id;
          // The validators are kept from now on: the job holding this body commits with them.
          out.commit();
          result = `queued job ${id}`;
        } else if (out.kind === 'not-modified') result = 'not modified';
        else if (out.kind === 'unchanged') result = 'unchanged (the same body as last time)';
        else if (out.kind === 'backoff') result = 'backing off after failures';
        else result = `disallowed: ${out.reason}`;
      } catch (e) {
        if (!(e instanceof FetchError) || opts.signal?.aborted) throw e;
        result = `failed: ${e.reason}`;
      }
      const state = poller.snapshot()[row.url];
      // Due again an interval after this poll ended (clock_timestamp, not the claim's now()), so
      // two polls are never closer than the interval; later when the poller backs off.
      await c.query(
        `UPDATE feeds SET state = $2, polls = polls + 1, last_polled_at = clock_timestamp(), last_result = $3,
           next_due = GREATEST(clock_timestamp() + make_interval(secs => interval_s), COALESCE(to_timestamp($4::float8 / 1000), '-infinity'))
         WHERE url = $1`,
        [row.url, JSON.stringify(state), result, state.retryAt],
      );
      await c.query('COMMIT');
      opts.onEvent?.(`polled feed ${redactUrl(row.url)}: ${result}`);
      return true;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      if (opts.signal?.aborted) return false;
      throw e;
    }
  });
}
