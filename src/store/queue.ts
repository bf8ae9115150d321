/**
 * Ingest workers on a PostgreSQL corpus: a job queue in the database (`jobs`, `staged`), taken
 * with `SELECT … FOR UPDATE SKIP LOCKED`, and one story assigner at a time.
 *
 * - `enqueueInputs` (`parallax ingest --enqueue`) turns inputs into jobs in input order: a feed URL
 *   is one job (the worker fetches it and its linked pages), a local feed file one job (its XML in
 *   the job), other local inputs are read and queued 50 records a job. Jobs are inserted in one
 *   transaction, so workers see all of a run's jobs or none.
 * - Preparing a job (any worker, in parallel): fetch, extract, clean, find the language. A worker
 *   claims a job with a row lock and keeps its transaction open while it works; the prepared
 *   articles and the job's new state commit together. A worker killed mid-job (kill -9, a lost
 *   machine) ends its connection, PostgreSQL rolls the transaction back and frees the row, and
 *   the next worker takes the job again: nothing is lost, nothing half-done is left.
 * - Assigning (one worker at a time: the holder of the writer lock, a session advisory lock that
 *   PostgreSQL frees when its holder dies): the clusterer is resumed from its checkpoint (and the
 *   articles stored after it replayed), then the prepared jobs are stored **in job order**, one
 *   or a few jobs per transaction with their bookkeeping (store/pg.ts addStaged: the server
 *   copies the staged rows; the assigner only places each article with the features the worker
 *   computed). Job order is input order, so the stories are those of a single `parallax ingest`
 *   of the same inputs. An assigner killed mid-transaction is replaced by the next worker that
 *   takes the lock: it replays, then stores the interrupted jobs again, whole; each article is
 *   stored once (and would be even without the shared transaction: the URL and text-hash check).
 * - When no job is left (queued or prepared), the assigner runs the clusterer's settling pass,
 *   checkpoints and indexes, as a single ingest does at its end.
 *
 * Why SKIP LOCKED and not pg-boss or graphile-worker: the queue needs exactly one property — a
 * job belongs to the live worker that holds its row lock — which a row lock gives with no
 * schema, daemon, polling of timeouts or dependency of its own; the crash test shows it.
 */
import { UserError } from '../core/errors.js';
import type { Article, InputError } from '../core/schema.js';
import type { QueueStatus } from '../core/corpus-schema.js';
import { buildArticle, type IngestOptions } from '../ingest/article.js';
import { decodeFeed, expandSpecs, feedRecords, feedTextRecords, parseFeed, readSource, type SourceItem } from '../ingest/feeds.js';
import type { RawRecord } from '../ingest/inputs.js';
import { withLanguage } from '../ingest/language.js';
import { LinkFetcher } from '../ingest/links.js';
import { canonicalUrl } from '../ingest/metadata.js';
import { clusterDocOf, prepareDoc, type PreparedDoc } from '../cluster/index.js';
import { readFile } from 'node:fs/promises';
import { CHECKPOINT_EVERY, resumeClusterer, storyClusterer, type Clusterer, type ClustererFactory } from './corpus.js';
import { textHash, urlKey } from './identity.js';
import type { CheckpointSource, PgStore } from './pg.js';
import type { CheckpointMark, CheckpointParts } from '../cluster/clusterer.js';
import { pollDueFeed, type PolledFeedJob } from './schedule.js';
import { Politeness } from '../ingest/politeness.js';
import { hostname } from 'node:os';
import { sleep } from '../core/sleep.js';
import { BackgroundIndexer, INDEX_EVERY } from './pg-indexer.js';

/** Records per job for local inputs: large enough to amortise a claim, small enough to spread. */
export const RECORDS_PER_JOB = 50;
/**
 * A job is claimed at most this many times. A claim whose worker died (SIGKILL, out of memory, a
 * lost machine) leaves the job queued with its count raised; at the limit the next worker marks
 * it failed with the story of its attempts instead of handing it to one more worker to crash.
 * Three: one death is most often the machine's (a deploy, a reboot), two in a row may still be
 * (the same overloaded host), three is the job.
 */
export const MAX_ATTEMPTS = 3;
/**
 * Back-off after the second death, doubled after each further one (the first retry is at once).
 * Short, because the assigner stores jobs in order and waits for this one meanwhile.
 */
export const RETRY_DELAY_MS = 30_000;
const CHECKPOINT_FRACTION = 0.05;
const SETTLED_KEY = 'worker.settled-seq';
/** Prepared jobs stored in one transaction at most (≤ 500 articles of local inputs; see storeJobs). */
const JOBS_PER_TRANSACTION = 10;

type Job =
  | { kind: 'records'; records: RawRecord[] }
  | { kind: 'feed'; spec: string }
  | { kind: 'feedxml'; source: string; xml: string }
  | PolledFeedJob;

export interface EnqueueSummary {
  jobs: number;
  records: number;
  feeds: number;
  failed: number;
  errors: InputError[];
}

/** Queue `specs` as jobs (one transaction). Local inputs are read here; URLs by the workers. */
export async function enqueueInputs(store: PgStore, specs: string[], opts: { onError?: (e: InputError) => void } = {}): Promise<EnqueueSummary> {
  const jobs: Job[] = [];
  const errors: InputError[] = [];
  let records = 0;
  let feeds = 0;
  let batch: RawRecord[] = [];
  const flush = (): void => {
    if (batch.length) jobs.push({ kind: 'records', records: batch });
    batch = [];
  };
  const fail = (e: InputError): void => {
    errors.push(e);
    opts.onError?.(e);
  };
  for (const src of await expandSpecs(specs)) {
    if (src.kind === 'url') {
      flush();
      jobs.push({ kind: 'feed', spec: src.spec });
      feeds++;
    } else if (src.kind === 'feed') {
      flush();
      try {
        jobs.push({ kind: 'feedxml', source: src.spec, xml: decodeFeed(src.spec, await readFile(src.spec)) });
        feeds++;
      } catch (e) {
        fail({ input: src.spec, reason: e instanceof UserError ? e.reason : (e as Error).message });
      }
    } else {
      for await (const item of readSource(src)) {
        if (item.ok === true) {
          const { extracted: _ignored, ...record } = item.record;
          batch.push(record);
          records++;
          if (batch.length >= RECORDS_PER_JOB) flush();
        } else if (item.ok === false) fail(item.error);
      }
    }
  }
  flush();
  const c = await store.client();
  try {
    await c.query('BEGIN');
    for (const j of jobs) await c.query('INSERT INTO jobs (kind, payload) VALUES ($1, $2)', [j.kind, JSON.stringify(j)]);
    await c.query('COMMIT');
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    c.release();
  }
  return { jobs: jobs.length, records, feeds, failed: errors.length, errors };
}

export interface WorkerOptions extends IngestOptions {
  /** Fetch linked pages of headline-only feed items (as `parallax ingest`; default on in the CLI). */
  fetchLinks?: boolean;
  timeoutMs?: number;
  clusterer?: ClustererFactory;
  checkpointEvery?: number;
  /** Stop when no job is left to prepare or assign (batch runs, tests); default: keep polling. */
  exitWhenDrained?: boolean;
  /** Pause between polls of an empty queue (ms, default 1000). */
  pollMs?: number;
  /** Stored articles waiting for the full-text index before a worker starts a batch (default 500; store/pg-indexer.ts). */
  indexEvery?: number;
  /**
   * Never take the assigner role: only prepare jobs (and poll feeds, index). For machines that
   * should not hold the clusterer's state in memory, and for measuring the two stages apart.
   */
  noAssign?: boolean;
  /**
   * Take the writer lock even when another connection holds it (`worker --break-lock`): end that
   * connection (store/pg.ts lockWriter) and become the assigner. For a holder whose machine
   * vanished without closing its connection; a live holder stops at its next write.
   */
  breakLock?: boolean;
  /** Claims of a job before it is marked failed (each claim whose worker died counts; default MAX_ATTEMPTS). */
  maxAttempts?: number;
  /** Back-off before the third claim of a job whose worker died twice, doubled after each further death (ms; default RETRY_DELAY_MS). */
  retryDelayMs?: number;
  /** Delay between two requests to one host when its robots.txt names none (scheduled feeds; politeness.ts default). */
  hostDelayMs?: number;
  signal?: AbortSignal;
  onError?(e: InputError): void;
  onWarning?(message: string): void;
  /** A line about what the worker did (a job prepared, stored, the assigner role taken). */
  onEvent?(message: string): void;
}

export interface WorkerTally {
  prepared: number;
  assignedJobs: number;
  new: number;
  duplicate: number;
  failed: number;
  /** Wall seconds spent preparing jobs, and storing them as the assigner (where the time goes). */
  prepareSeconds: number;
  assignSeconds: number;
  /** Of assignSeconds: placing articles among the stories (the clusterer), and its settling passes. */
  placeSeconds: number;
  settleSeconds: number;
  /** CPU seconds of this process spent as the assigner (placing, settling, building statements). */
  assignCpuSeconds: number;
}

interface PreparedReport {
  duplicate: number;
  errors: InputError[];
}

/** Run one worker until the signal (or, with exitWhenDrained, until the queue is empty). */
export async function runWorker(store: PgStore, opts: WorkerOptions = {}): Promise<WorkerTally> {
  const tally: WorkerTally = { prepared: 0, assignedJobs: 0, new: 0, duplicate: 0, failed: 0, prepareSeconds: 0, assignSeconds: 0, placeSeconds: 0, settleSeconds: 0, assignCpuSeconds: 0 };
  const factory = opts.clusterer ?? storyClusterer();
  let assigner: Assigner | null = null;
  // Scheduled feeds are continuous ingest: robots.txt and per-host spacing for the feeds and for
  // the pages their items link to (one-off queued inputs are fetched as `parallax ingest` does).
  // The per-host spacing is shared by every worker of the database (store/pg.ts reserveHostSlot).
  const politeness = new Politeness({ timeoutMs: opts.timeoutMs, hostDelayMs: opts.hostDelayMs, slots: { take: (origin, ms) => store.reserveHostSlot(origin, ms) } });
  const linkFetcher = (polite: boolean): LinkFetcher =>
    new LinkFetcher({
      ...opts,
      knownUrl: (u) => {
        const key = urlKey(canonicalUrl(u));
        return key ? store.articleByUrlKey(key) : null;
      },
      gate: polite ? (u, signal) => politeness.gate(u, signal) : undefined,
    });
  const links = opts.fetchLinks ? { plain: linkFetcher(false), polite: linkFetcher(true) } : null;
  // --break-lock acts once, at the start; afterwards the lock is asked for as usual.
  let breakOnce = !!opts.breakLock && !opts.noAssign;
  const takeLock = async (): Promise<boolean> => {
    if (!breakOnce) return store.tryLockWriter();
    breakOnce = false;
    await store.lockWriter(true);
    return true;
  };
  // The full-text index, off every worker's path: batches run on a connection of their own while
  // this worker prepares and stores (store/pg-indexer.ts).
  const indexer = new BackgroundIndexer(store, opts.indexEvery ?? INDEX_EVERY);
  // The first line of a verbose worker: it is up and connected (a silent worker is not started yet).
  opts.onEvent?.(`connected (${opts.noAssign ? 'preparing only' : 'may assign'}); looking for jobs`);
  try {
    while (!opts.signal?.aborted) {
      let state: 'drained' | 'waiting' | 'busy' | 'none' = 'none';
      if (!assigner && !opts.noAssign && (await takeLock())) {
        const { clusterer, replayed } = await resumeClusterer(store, factory, opts.onWarning);
        await store.indexPending();
        assigner = new Assigner(store, clusterer, opts, tally);
        opts.onEvent?.(`took the assigner role${replayed ? ` (replayed ${replayed} articles after the last checkpoint)` : ''}`);
      }
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      if (assigner) state = await assigner.run();
      const c1 = process.cpuUsage(c0);
      const t1 = performance.now();
      tally.assignSeconds += (t1 - t0) / 1000;
      tally.assignCpuSeconds += (c1.user + c1.system) / 1e6;
      if (opts.signal?.aborted) break;
      // The assigner prepares only when it waits for a job another worker has not finished.
      const prepared = state === 'busy' ? false : await prepareOne(store, links, opts, tally);
      const claimed = prepared || state === 'busy';
      tally.prepareSeconds += (performance.now() - t1) / 1000;
      if (opts.signal?.aborted) break;
      // A due scheduled feed, one per turn: polled, its new body queued as a job.
      const polled = await pollDueFeed(store, { politeness, timeoutMs: opts.timeoutMs, signal: opts.signal, onEvent: opts.onEvent });
      // The full-text index: every worker, the assigner too, starts a batch when one is due and
      // goes on without waiting for it (store/pg-indexer.ts). Before, a worker awaited the batch:
      // the assigner after each job it prepared itself, and with one worker every batch, in turn
      // with preparing and storing. An idle worker that is not the assigner keeps indexing, so
      // the articles stored after the last job was prepared do not all wait for the drain.
      indexer.kick();
      if (claimed || polled) continue;
      if (opts.exitWhenDrained) {
        // A worker that may assign waits until everything is stored (it takes over if the
        // assigner dies); a prepare-only one until nothing is left to prepare.
        if (assigner ? state === 'drained' : (await openJobs(store, opts.noAssign ? ['queued'] : ['queued', 'ready'])) === 0) break;
      }
      await sleep(opts.pollMs ?? 1000, opts.signal);
    }
    await indexer.drain();
    if (assigner) await assigner.finish();
  } finally {
    // The batch in flight, if any, ends before the store is closed (its failure, after a failure
    // of the loop, is not the one to report).
    await indexer.drain().catch(() => {});
    await store.unlockWriter();
  }
  return tally;
}

async function openJobs(store: PgStore, states: string[]): Promise<number> {
  const c = await store.client();
  try {
    return Number((await c.query<{ n: string }>('SELECT COUNT(*) AS n FROM jobs WHERE state = ANY($1::text[])', [states])).rows[0].n);
  } finally {
    c.release();
  }
}

const WORKER_ID = `${hostname()}:${process.pid}`;

/**
 * Claim the first queued job nobody holds (and not backing off) and prepare it; false when there
 * is none. The claim is a row lock held by an open transaction, so a worker that dies frees the
 * job at once; the attempt is counted in `job_attempts` on another connection, outside that
 * transaction, so the count survives the death (pg-migrations.ts, migration 3).
 */
async function prepareOne(store: PgStore, links: { plain: LinkFetcher; polite: LinkFetcher } | null, opts: WorkerOptions, tally: WorkerTally): Promise<boolean> {
  const maxAttempts = opts.maxAttempts ?? MAX_ATTEMPTS;
  const c = await store.client();
  let jobId: number | null = null;
  let attempt = 0;
  try {
    await c.query('BEGIN');
    const row = (await c.query<{ id: number; kind: string; payload: string; attempts: number; worker: string | null; started: string | null }>(
      `SELECT j.id, j.kind, j.payload, COALESCE(a.attempts, 0) AS attempts, a.worker,
              to_char(a.started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS"Z"') AS started
       FROM jobs j LEFT JOIN job_attempts a ON a.job = j.id
       WHERE j.state = 'queued' AND (a.not_before IS NULL OR a.not_before <= now())
       ORDER BY j.id LIMIT 1 FOR UPDATE OF j SKIP LOCKED`,
    )).rows[0];
    if (!row) {
      await c.query('COMMIT');
      return false;
    }
    jobId = row.id;
    if (row.attempts >= maxAttempts) {
      // Every earlier claim ended with its worker gone and nothing committed: the job kills its
      // workers (or their machines keep dying under it). Failed, with why, so that it stops
      // holding up the assigner; `parallax worker --status` lists it.
      const reason = `its worker died during each of ${row.attempts} attempts to prepare it (the last by ${row.worker} at ${row.started}); not retried`;
      await c.query("UPDATE jobs SET state = 'failed', attempts = $2, error = $3, done_at = now() WHERE id = $1", [row.id, row.attempts, reason]);
      await c.query('COMMIT');
      tally.failed++;
      opts.onError?.({ input: `job ${row.id} (${row.kind})`, reason });
      return true;
    }
    const retryMs = opts.retryDelayMs ?? RETRY_DELAY_MS;
    const b = await store.client();
    try {
      // not_before: when a claim after this one may start if this worker dies (first retry at once).
      attempt = (await b.query<{ attempts: number }>(
        `INSERT INTO job_attempts (job, attempts, not_before, worker, started_at) VALUES ($1, 1, now(), $2, now())
         ON CONFLICT (job) DO UPDATE SET attempts = job_attempts.attempts + 1, worker = excluded.worker, started_at = excluded.started_at,
           not_before = now() + make_interval(secs => $3::float8 / 1000 * power(2, job_attempts.attempts - 1))
         RETURNING attempts`,
        [row.id, WORKER_ID, retryMs],
      )).rows[0].attempts;
    } finally {
      b.release();
    }
    opts.onEvent?.(`preparing job ${row.id} (attempt ${attempt})`);
    const job = JSON.parse(row.payload) as Job;
    const { articles, report } = await prepareJob(job, links ? (job.kind === 'polled' ? links.polite : links.plain) : null, opts);
    if (opts.signal?.aborted) throw new Error('stopped');
    // The clustering features too: the costliest part of clustering an article that does not
    // depend on the other articles, so it runs here, in parallel, and not in the one assigner.
    // And the identity keys (canonical URL key, text hash) the assigner's duplicate check needs.
    if (articles.length) {
      const w = 12;
      const values = articles.map((_, r) => `(${Array.from({ length: w }, (_, k) => `$${r * w + k + 1}`).join(', ')})`);
      await c.query(
        `INSERT INTO staged (job, idx, source, title, outlet, published, doc_head, doc_tail, text, features, url_key, text_hash) VALUES ${values.join(', ')}`,
        articles.flatMap(({ source, article: a }, i) => [
          row.id, i, source, a.title, a.outlet, a.published, ...docParts(a), a.text,
          encodeFeatures(prepareDoc(clusterDocOf(a))), urlKey(a.url), textHash(a.text),
        ]),
      );
    }
    await c.query("UPDATE jobs SET state = 'ready', attempts = $3, report = $2 WHERE id = $1", [row.id, JSON.stringify(report), attempt]);
    await c.query('COMMIT');
    tally.prepared++;
    opts.onEvent?.(`prepared job ${row.id}: ${articles.length} articles`);
    return true;
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    if (jobId !== null && opts.signal?.aborted) {
      // A clean stop is not a failed attempt: the next worker may claim the job at once.
      await c.query('UPDATE job_attempts SET attempts = attempts - 1, not_before = now() WHERE job = $1 AND attempts > 0', [jobId]).catch(() => {});
      return false;
    }
    // A job that throws (not a crash: that rolls back and is retried) is marked failed, so it
    // cannot hold the assigner, which stores jobs in order, forever.
    if (jobId !== null) {
      await c.query("UPDATE jobs SET state = 'failed', attempts = $3, error = $2, done_at = now() WHERE id = $1", [jobId, (e as Error).message, attempt]).catch(() => {});
      tally.failed++;
      opts.onError?.({ input: `job ${jobId}`, reason: (e as Error).message });
      return true;
    }
    throw e;
  } finally {
    c.release();
  }
}

/** Read, extract, clean and identify the language of a job's articles, in input order. */
async function prepareJob(job: Job, links: LinkFetcher | null, opts: WorkerOptions): Promise<{ articles: Array<{ source: string; article: Article }>; report: PreparedReport }> {
  const report: PreparedReport = { duplicate: 0, errors: [] };
  const articles: Array<{ source: string; article: Article }> = [];
  const items: AsyncIterable<SourceItem> | Iterable<SourceItem> =
    job.kind === 'records' ? job.records.map((record) => ({ ok: true as const, record }))
    : job.kind === 'feed' ? readSource({ kind: 'url', spec: job.spec }, { ...opts, links })
    : job.kind === 'polled' ? feedTextRecords(job.spec, job.text, job.url, { ...opts, links })
    : feedRecords(job.source, parseFeed(job.source, job.xml), { ...opts, links });
  for await (const item of items) {
    if (item.ok === 'known') {
      report.duplicate++;
      continue;
    }
    if (!item.ok) {
      report.errors.push(item.error);
      continue;
    }
    try {
      const a = buildArticle(item.record, 'new', opts);
      if (a.text.trim() === '') report.errors.push({ input: item.record.source, reason: 'no article text left after cleaning' });
      else articles.push({ source: item.record.source, article: await withLanguage(a) });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      report.errors.push({ input: e.input ?? item.record.source, reason: e.reason });
    }
  }
  return { articles, report };
}

/** The one story assigner: stores prepared jobs in job order with their stories. */
class Assigner {
  private sinceCheckpoint = 0;

  constructor(
    private readonly store: PgStore,
    private readonly clusterer: Clusterer,
    private readonly opts: WorkerOptions,
    private readonly tally: WorkerTally,
  ) {}

  private every(seq: number): number {
    return this.opts.checkpointEvery !== undefined ? Math.max(1, this.opts.checkpointEvery) : Math.max(CHECKPOINT_EVERY, Math.floor(seq * CHECKPOINT_FRACTION));
  }

  /**
   * The clusterer's incremental checkpoint (only what changed since the stored one: store/pg.ts
   * saveState), or null for a clusterer that only makes whole snapshots.
   */
  private parts(): ((stored: CheckpointMark | null) => CheckpointParts) | null {
    const c = this.clusterer as Clusterer & { checkpointParts?: (stored: CheckpointMark | null) => CheckpointParts };
    return c.checkpointParts ? (stored) => c.checkpointParts!(stored) : null;
  }

  /** A checkpoint of the clusterer as it is now, for the store to save. */
  private checkpointNow(): CheckpointSource {
    return this.parts() ?? this.clusterer.snapshot();
  }

  /** Store every prepared job that is next in order; 'waiting' when the next is still being prepared. */
  async run(): Promise<'drained' | 'waiting' | 'busy'> {
    let stored = 0;
    for (;;) {
      if (this.opts.signal?.aborted) return 'busy';
      const c = await this.store.client();
      let next: Array<{ id: number; state: string; report: string | null }>;
      try {
        next = (await c.query<{ id: number; state: string; report: string | null }>(
          "SELECT id, state, report FROM jobs WHERE state IN ('queued', 'ready') ORDER BY id LIMIT $1",
          [JOBS_PER_TRANSACTION],
        )).rows;
      } finally {
        c.release();
      }
      if (next.length === 0) {
        await this.settle();
        return 'drained';
      }
      // The prepared jobs that come next, up to the first one still being prepared.
      const ready = next.findIndex((j) => j.state !== 'ready');
      const batch = ready < 0 ? next : next.slice(0, ready);
      if (batch.length === 0) return stored > 0 ? 'busy' : 'waiting';
      await this.storeJobs(batch);
      stored += batch.length;
      // Give other work a turn now and then (and the signal a chance).
      if (stored >= 20) return 'busy';
    }
  }

  /**
   * Store consecutive prepared jobs in one transaction: their articles in job order, then their
   * bookkeeping (staged rows deleted, jobs done). When the assigner keeps up, that is one job at
   * a time; when it falls behind, its round trips and commits are shared by up to
   * JOBS_PER_TRANSACTION jobs — more work per trip exactly when it is the bottleneck.
   */
  private async storeJobs(jobs: Array<{ id: number; report: string | null }>): Promise<void> {
    const ids = jobs.map((j) => Number(j.id));
    const c = await this.store.client();
    // What the assigner needs of each staged article: not its text or document (the server
    // copies those into `articles`), only its place, date, identity keys and features.
    type Row = { job: number; idx: number; published: string | null; features: Buffer; url_key: string | null; text_hash: string };
    let rows: Row[];
    try {
      rows = (await c.query<Row>('SELECT job, idx, published, features, url_key, text_hash FROM staged WHERE job = ANY($1::bigint[]) ORDER BY job, idx', [ids])).rows;
    } finally {
      c.release();
    }
    for (const job of jobs) {
      const report = job.report ? (JSON.parse(job.report) as PreparedReport) : { duplicate: 0, errors: [] };
      for (const e of report.errors) this.opts.onError?.(e);
      this.tally.failed += report.errors.length;
      this.tally.duplicate += report.duplicate;
    }
    const clusterer = this.clusterer as Clusterer & { addPrepared?: (d: PreparedDoc) => ReturnType<Clusterer['add']> };
    if (!clusterer.addPrepared) throw new Error('the assigner needs a clusterer that takes prepared features (addPrepared)');
    const hooks = {
      // The features the worker computed, under the id the store gives (prepareDoc reads no id);
      // the hook is called in order, once per new article.
      assign: (id: string, _seq: number, index: number) => {
        const t0 = performance.now();
        const res = clusterer.addPrepared!({ ...decodeFeatures(rows[index].features), id });
        this.tally.placeSeconds += (performance.now() - t0) / 1000;
        return res;
      },
      checkpoint: (seq: number, stored: CheckpointMark | null) => {
        if (++this.sinceCheckpoint < this.every(seq)) return null;
        this.sinceCheckpoint = 0;
        const parts = this.parts();
        return parts ? parts(stored) : this.clusterer.snapshot();
      },
    };
    // The jobs' articles and their bookkeeping in one transaction: a job is stored, or not at all.
    const results = await this.store.addStaged(
      rows.map((r) => ({ job: Number(r.job), idx: r.idx, published: r.published, keys: { urlKey: r.url_key, textHash: r.text_hash } })),
      hooks,
      async (d) => {
        // Numbers: safe to inline, so both statements go in one round trip.
        const list = ids.join(', ');
        await d.query(`DELETE FROM staged WHERE job IN (${list}); UPDATE jobs SET state = 'done', done_at = now() WHERE id IN (${list})`);
      },
    );
    const newOf = new Map<number, number>();
    results.forEach((res, k) => {
      if (res.status === 'new') {
        this.tally.new++;
        newOf.set(Number(rows[k].job), (newOf.get(Number(rows[k].job)) ?? 0) + 1);
      } else this.tally.duplicate++;
    });
    this.tally.assignedJobs += ids.length;
    for (const id of ids) this.opts.onEvent?.(`stored job ${id}: ${newOf.get(id) ?? 0} new`);
  }

  /**
   * The queue is empty: the settling pass, a checkpoint and the full-text index, as at the end of
   * an ingest — once per article stored since the last settling, whichever assigner stored it (a
   * setting records the last seq settled, so a takeover after a crash settles too).
   */
  private async settle(): Promise<void> {
    const last = await this.store.lastSeq();
    if (last <= Number((await this.store.readSetting(SETTLED_KEY)) ?? 0)) return;
    const t0 = performance.now();
    const moves = this.clusterer.settle();
    this.tally.settleSeconds += (performance.now() - t0) / 1000;
    await this.store.settleStories(moves, this.checkpointNow(), last);
    await this.store.writeSetting(SETTLED_KEY, String(last));
    await this.store.indexPending();
    this.sinceCheckpoint = 0;
    this.opts.onEvent?.(`queue drained: settled (${moves.length} articles moved), checkpointed, indexed`);
  }

  /** On stop: checkpoint what was stored so the next assigner replays little. */
  async finish(): Promise<void> {
    if (this.sinceCheckpoint > 0) {
      await this.store.saveClusterState(this.checkpointNow(), await this.store.lastSeq());
      this.sinceCheckpoint = 0;
    }
    await this.store.indexPending();
  }
}

/**
 * An article's JSON document (the stored article without its text) in two parts, before and
 * after its id's value: the assigner gives the id, the server joins the three (store/pg.ts
 * addStaged). The split is found by stringifying with two different ids, so it is exact whatever
 * the article holds: head + id + tail is JSON.stringify of the article with that id (any id that
 * JSON leaves unescaped, as the store's `a<seq>`).
 */
export function docParts(article: Article): [string, string] {
  const { text: _text, ...rest } = article;
  const a = JSON.stringify({ ...rest, id: '0' });
  const b = JSON.stringify({ ...rest, id: '1' });
  let p = 0;
  while (a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return [a.slice(0, p), a.slice(p + 1)];
}

/**
 * PreparedDoc in a compact binary form (the staged `features` column), because the one assigner
 * decodes every article's and JSON (pairs of key and count, base64 shingles) cost it about as
 * much as placing the article: little-endian day (f64, NaN for none), year (i32, 0 for none),
 * the number of terms and of shingles (u32), a flag for how the keys are joined, the counts
 * (u32 each), the shingles (u32 each), then the keys as UTF-8, joined by newlines — or, for a
 * key holding a newline (the features never make one), as a JSON array.
 */
export function encodeFeatures(d: PreparedDoc): Buffer {
  const keys = [...d.terms.keys()];
  const json = keys.some((k) => k.includes('\n'));
  const tail = Buffer.from(json ? JSON.stringify(keys) : keys.join('\n'), 'utf8');
  const n = keys.length;
  const m = d.shingles.length;
  const b = Buffer.alloc(HEAD + 4 * n + 4 * m + tail.length);
  b.writeDoubleLE(d.day ?? Number.NaN, 0);
  b.writeDoubleLE(d.year ?? Number.NaN, 8);
  b.writeUInt32LE(n, 16);
  b.writeUInt32LE(m, 20);
  b.writeUInt32LE(json ? 1 : 0, 24);
  let o = HEAD;
  for (const count of d.terms.values()) o = b.writeUInt32LE(count, o);
  for (let i = 0; i < m; i++) o = b.writeUInt32LE(d.shingles[i], o);
  tail.copy(b, o);
  return b;
}

/** Bytes before the counts in encodeFeatures' form. */
const HEAD = 28;

export function decodeFeatures(b: Buffer): PreparedDoc {
  const day = b.readDoubleLE(0);
  const year = b.readDoubleLE(8);
  const n = b.readUInt32LE(16);
  const m = b.readUInt32LE(20);
  const text = b.toString('utf8', HEAD + 4 * n + 4 * m);
  const keys: string[] = b.readUInt32LE(24) === 1 ? (JSON.parse(text) as string[]) : n ? text.split('\n') : [];
  const terms = new Map<string, number>();
  for (let i = 0; i < n; i++) terms.set(keys[i], b.readUInt32LE(HEAD + 4 * i));
  const shingles = new Uint32Array(m);
  const at = HEAD + 4 * n;
  for (let i = 0; i < m; i++) shingles[i] = b.readUInt32LE(at + 4 * i);
  return { id: '', terms, day: Number.isNaN(day) ? null : day, year: Number.isNaN(year) ? null : year, shingles };
}

/**
 * Queue failed jobs again (`parallax worker --retry-failed`), all of them or those of `ids`: each
 * goes back to 'queued' with its error cleared and its claim count reset, in one transaction, so
 * the next free worker prepares it afresh (after the cause — a page that crashed the parser, a
 * host that was down — is fixed). Its articles are then stored when the assigner reaches it: job
 * order is enqueue order, so a job retried after later jobs were stored is stored after them,
 * and its stories may differ from those a single ingest in input order would give. Returns the
 * jobs queued again.
 */
export async function retryFailed(store: PgStore, ids: number[] | null = null): Promise<Array<{ id: number; kind: string; error: string | null }>> {
  const c = await store.client();
  try {
    await c.query('BEGIN');
    const rows = (await c.query<{ id: number; kind: string; error: string | null }>(
      `WITH f AS (SELECT id, error FROM jobs WHERE state = 'failed' AND ($1::bigint[] IS NULL OR id = ANY($1::bigint[])))
       UPDATE jobs j SET state = 'queued', error = NULL, attempts = 0, done_at = NULL, report = NULL
       FROM f WHERE j.id = f.id AND j.state = 'failed' RETURNING j.id, j.kind, f.error`,
      [ids],
    )).rows;
    if (rows.length) {
      await c.query('DELETE FROM job_attempts WHERE job = ANY($1::bigint[])', [rows.map((r) => r.id)]);
      await c.query("SELECT nextval('data_version')");
    }
    await c.query('COMMIT');
    return rows.sort((a, b) => a.id - b.id);
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    c.release();
  }
}

/** The queue at a glance (`parallax worker --status`): jobs by state, failed and retrying jobs, the assigner, feeds. */
export async function queueStatus(store: PgStore): Promise<QueueStatus> {
  const c = await store.client();
  try {
    const counts = (await c.query<{ state: string; n: number }>('SELECT state, COUNT(*)::int AS n FROM jobs GROUP BY state')).rows;
    const by = (st: string): number => counts.find((r) => r.state === st)?.n ?? 0;
    const ts = (col: string): string => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS"Z"')`;
    const failed = (await c.query<{ id: number; kind: string; attempts: number; error: string | null; at: string | null }>(
      `SELECT id, kind, attempts, error, ${ts('done_at')} AS at FROM jobs WHERE state = 'failed' ORDER BY id DESC LIMIT 20`,
    )).rows;
    // Claimed before and held by no live worker now (SKIP LOCKED leaves out the jobs being
    // prepared): their last worker died. A share lock for the moment of the look, then released.
    await c.query('BEGIN');
    const retrying = (await c.query<{ id: number; kind: string; attempts: number; lastWorker: string; notBefore: string }>(
      `SELECT j.id, j.kind, a.attempts, a.worker AS "lastWorker", ${ts('a.not_before')} AS "notBefore"
       FROM jobs j JOIN job_attempts a ON a.job = j.id
       WHERE j.state = 'queued' AND a.attempts > 0
       ORDER BY j.id LIMIT 20 FOR SHARE OF j SKIP LOCKED`,
    )).rows;
    await c.query('ROLLBACK');
    const feeds = (await c.query<{ scheduled: number; due: number; failing: number }>(
      `SELECT COUNT(*)::int AS scheduled, COUNT(*) FILTER (WHERE next_due <= now())::int AS due,
              COUNT(*) FILTER (WHERE last_result LIKE 'failed:%')::int AS failing FROM feeds`,
    )).rows[0];
    return {
      jobs: { queued: by('queued'), ready: by('ready'), done: by('done'), failed: by('failed'), retrying: retrying.length },
      assigner: await store.writerHolder(),
      failed,
      retrying,
      feeds,
    };
  } finally {
    c.release();
  }
}
