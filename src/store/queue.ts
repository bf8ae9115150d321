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
 *   articles stored after it replayed), then the prepared jobs are stored **in job order**, item
 *   by item, each article in its own transaction with its story (store/pg.ts addArticle). Job
 *   order is input order, so the stories are those of a single `parallax ingest` of the same
 *   inputs. An assigner killed mid-job is replaced by the next worker that takes the lock: it
 *   replays, then stores the job again from its first item; what was stored is recognised by its
 *   URL or text hash and skipped, so each article is stored once.
 * - When no job is left (queued or prepared), the assigner runs the clusterer's settling pass,
 *   checkpoints and indexes, as a single ingest does at its end.
 *
 * Why SKIP LOCKED and not pg-boss or graphile-worker: the queue needs exactly one property — a
 * job belongs to the live worker that holds its row lock — which a row lock gives with no
 * schema, daemon, polling of timeouts or dependency of its own; the crash test shows it.
 */
import { UserError } from '../core/errors.js';
import type { Article, InputError } from '../core/schema.js';
import { buildArticle, type IngestOptions } from '../ingest/article.js';
import { decodeFeed, expandSpecs, feedRecords, parseFeed, readSource, type SourceItem } from '../ingest/feeds.js';
import type { RawRecord } from '../ingest/inputs.js';
import { withLanguage } from '../ingest/language.js';
import { LinkFetcher } from '../ingest/links.js';
import { canonicalUrl } from '../ingest/metadata.js';
import { clusterDocOf, prepareDoc, type PreparedDoc } from '../cluster/index.js';
import { readFile } from 'node:fs/promises';
import { CHECKPOINT_EVERY, resumeClusterer, storyClusterer, type Clusterer, type ClustererFactory } from './corpus.js';
import { textHash, urlKey } from './identity.js';
import type { PgStore } from './pg.js';
import { sleep } from '../core/sleep.js';

/** Records per job for local inputs: large enough to amortise a claim, small enough to spread. */
export const RECORDS_PER_JOB = 50;
const CHECKPOINT_FRACTION = 0.05;
const INDEX_EVERY = 500;
const SETTLED_KEY = 'worker.settled-seq';

type Job =
  | { kind: 'records'; records: RawRecord[] }
  | { kind: 'feed'; spec: string }
  | { kind: 'feedxml'; source: string; xml: string };

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
}

interface PreparedReport {
  duplicate: number;
  errors: InputError[];
}

/** Run one worker until the signal (or, with exitWhenDrained, until the queue is empty). */
export async function runWorker(store: PgStore, opts: WorkerOptions = {}): Promise<WorkerTally> {
  const tally: WorkerTally = { prepared: 0, assignedJobs: 0, new: 0, duplicate: 0, failed: 0, prepareSeconds: 0, assignSeconds: 0, placeSeconds: 0, settleSeconds: 0 };
  const factory = opts.clusterer ?? storyClusterer();
  let assigner: Assigner | null = null;
  const links = opts.fetchLinks
    ? new LinkFetcher({
        ...opts,
        knownUrl: (u) => {
          const key = urlKey(canonicalUrl(u));
          return key ? store.articleByUrlKey(key) : null;
        },
      })
    : null;
  try {
    while (!opts.signal?.aborted) {
      let state: 'drained' | 'waiting' | 'busy' | 'none' = 'none';
      if (!assigner && (await store.tryLockWriter())) {
        const { clusterer, replayed } = await resumeClusterer(store, factory, opts.onWarning);
        await store.indexPending();
        assigner = new Assigner(store, clusterer, opts, tally);
        opts.onEvent?.(`took the assigner role${replayed ? ` (replayed ${replayed} articles after the last checkpoint)` : ''}`);
      }
      const t0 = performance.now();
      if (assigner) state = await assigner.run();
      const t1 = performance.now();
      tally.assignSeconds += (t1 - t0) / 1000;
      if (opts.signal?.aborted) break;
      // The assigner prepares only when it waits for a job another worker has not finished.
      const claimed = state === 'busy' ? true : await prepareOne(store, links, opts, tally);
      tally.prepareSeconds += (performance.now() - t1) / 1000;
      if (claimed) continue;
      if (opts.exitWhenDrained) {
        if (assigner ? state === 'drained' : (await openJobs(store)) === 0) break;
      }
      await sleep(opts.pollMs ?? 1000, opts.signal);
    }
    if (assigner) await assigner.finish();
  } finally {
    await store.unlockWriter();
  }
  return tally;
}

async function openJobs(store: PgStore): Promise<number> {
  const c = await store.client();
  try {
    return Number((await c.query<{ n: string }>("SELECT COUNT(*) AS n FROM jobs WHERE state IN ('queued', 'ready')")).rows[0].n);
  } finally {
    c.release();
  }
}

/** Claim the first queued job nobody holds and prepare it; false when there is none. */
async function prepareOne(store: PgStore, links: LinkFetcher | null, opts: WorkerOptions, tally: WorkerTally): Promise<boolean> {
  const c = await store.client();
  let jobId: number | null = null;
  try {
    await c.query('BEGIN');
    const row = (await c.query<{ id: number; payload: string }>(
      "SELECT id, payload FROM jobs WHERE state = 'queued' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED",
    )).rows[0];
    if (!row) {
      await c.query('COMMIT');
      return false;
    }
    jobId = row.id;
    const job = JSON.parse(row.payload) as Job;
    const { articles, report } = await prepareJob(job, links, opts);
    let idx = 0;
    for (const a of articles) {
      // The clustering features too: the costliest part of clustering an article that does not
      // depend on the other articles, so it runs here, in parallel, and not in the one assigner.
      const features = encodeFeatures(prepareDoc(clusterDocOf(a.article)));
      await c.query('INSERT INTO staged (job, idx, source, article, features) VALUES ($1, $2, $3, $4, $5)', [row.id, idx++, a.source, JSON.stringify(a.article), features]);
    }
    await c.query("UPDATE jobs SET state = 'ready', attempts = attempts + 1, report = $2 WHERE id = $1", [row.id, JSON.stringify(report)]);
    await c.query('COMMIT');
    tally.prepared++;
    opts.onEvent?.(`prepared job ${row.id}: ${articles.length} articles`);
    return true;
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    // A job that throws (not a crash: that rolls back and is retried) is marked failed, so it
    // cannot hold the assigner, which stores jobs in order, forever.
    if (jobId !== null && !(opts.signal?.aborted)) {
      await c.query("UPDATE jobs SET state = 'failed', attempts = attempts + 1, error = $2, done_at = now() WHERE id = $1", [jobId, (e as Error).message]).catch(() => {});
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
  private newSinceIndex = 0;

  constructor(
    private readonly store: PgStore,
    private readonly clusterer: Clusterer,
    private readonly opts: WorkerOptions,
    private readonly tally: WorkerTally,
  ) {}

  private every(seq: number): number {
    return this.opts.checkpointEvery !== undefined ? Math.max(1, this.opts.checkpointEvery) : Math.max(CHECKPOINT_EVERY, Math.floor(seq * CHECKPOINT_FRACTION));
  }

  /** Store every prepared job that is next in order; 'waiting' when the next is still being prepared. */
  async run(): Promise<'drained' | 'waiting' | 'busy'> {
    let stored = 0;
    for (;;) {
      if (this.opts.signal?.aborted) return 'busy';
      const c = await this.store.client();
      let next: { id: number; state: string; report: string | null } | undefined;
      try {
        next = (await c.query<{ id: number; state: string; report: string | null }>(
          "SELECT id, state, report FROM jobs WHERE state IN ('queued', 'ready') ORDER BY id LIMIT 1",
        )).rows[0];
      } finally {
        c.release();
      }
      if (!next) {
        await this.settle();
        return 'drained';
      }
      if (next.state === 'queued') return stored > 0 ? 'busy' : 'waiting';
      await this.storeJob(next.id, next.report);
      stored++;
      // Give other work a turn now and then (and the signal a chance).
      if (stored >= 20) return 'busy';
    }
  }

  private async storeJob(id: number, reportJson: string | null): Promise<void> {
    const c = await this.store.client();
    let rows: Array<{ source: string; article: string; features: string | null }>;
    try {
      rows = (await c.query<{ source: string; article: string; features: string | null }>('SELECT source, article, features FROM staged WHERE job = $1 ORDER BY idx', [id])).rows;
    } finally {
      c.release();
    }
    const report = reportJson ? (JSON.parse(reportJson) as PreparedReport) : { duplicate: 0, errors: [] };
    for (const e of report.errors) this.opts.onError?.(e);
    this.tally.failed += report.errors.length;
    this.tally.duplicate += report.duplicate;
    let features: PreparedDoc | null = null;
    const withFeatures = this.clusterer as Clusterer & { addPrepared?: (d: PreparedDoc) => ReturnType<Clusterer['add']> };
    const hooks = {
      // The features the worker computed, under the id the store gave (prepareDoc reads no id).
      assign: (a: Article) => {
        const t0 = performance.now();
        const res = features && withFeatures.addPrepared ? withFeatures.addPrepared({ ...features, id: a.id }) : this.clusterer.add(clusterDocOf(a));
        this.tally.placeSeconds += (performance.now() - t0) / 1000;
        return res;
      },
      checkpoint: (seq: number) => {
        if (++this.sinceCheckpoint < this.every(seq)) return null;
        this.sinceCheckpoint = 0;
        return this.clusterer.snapshot();
      },
    };
    // The job's articles in one transaction (store/pg.ts addArticles); the features of each
    // are handed to the clusterer by the hook, which is called in order.
    const parsed = rows.map((r) => ({ article: JSON.parse(r.article) as Article, features: r.features }));
    const batchHooks = {
      assign: (a: Article, _seq: number, index: number) => {
        const f = parsed[index].features;
        features = f ? decodeFeatures(f) : null;
        return hooks.assign(a);
      },
      checkpoint: hooks.checkpoint,
    };
    const results = await this.store.addArticles(parsed.map((p) => ({ article: p.article, keys: { urlKey: urlKey(p.article.url), textHash: textHash(p.article.text) } })), batchHooks);
    let n = 0;
    for (const res of results) {
      if (res.status === 'new') {
        n++;
        this.tally.new++;
        this.newSinceIndex++;
      } else this.tally.duplicate++;
    }
    if (this.newSinceIndex >= INDEX_EVERY) {
      await this.store.indexPending();
      this.newSinceIndex = 0;
    }
    const d = await this.store.client();
    try {
      await d.query('BEGIN');
      await d.query('DELETE FROM staged WHERE job = $1', [id]);
      await d.query("UPDATE jobs SET state = 'done', done_at = now() WHERE id = $1", [id]);
      await d.query('COMMIT');
    } catch (e) {
      await d.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      d.release();
    }
    this.tally.assignedJobs++;
    this.opts.onEvent?.(`stored job ${id}: ${n} new`);
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
    await this.store.settleStories(moves, this.clusterer.snapshot(), last);
    await this.store.writeSetting(SETTLED_KEY, String(last));
    await this.store.indexPending();
    this.sinceCheckpoint = 0;
    this.newSinceIndex = 0;
    this.opts.onEvent?.(`queue drained: settled (${moves.length} articles moved), checkpointed, indexed`);
  }

  /** On stop: checkpoint what was stored so the next assigner replays little. */
  async finish(): Promise<void> {
    if (this.sinceCheckpoint > 0) {
      await this.store.saveClusterState(this.clusterer.snapshot(), await this.store.lastSeq());
      this.sinceCheckpoint = 0;
    }
    await this.store.indexPending();
  }
}

/** PreparedDoc as JSON: terms as pairs, shingles as base64 of their bytes. */
export function encodeFeatures(d: PreparedDoc): string {
  return JSON.stringify({ terms: [...d.terms], day: d.day, year: d.year, shingles: Buffer.from(d.shingles.buffer, d.shingles.byteOffset, d.shingles.byteLength).toString('base64') });
}

export function decodeFeatures(s: string): PreparedDoc {
  const o = JSON.parse(s) as { terms: Array<[string, number]>; day: number | null; year: number | null; shingles: string };
  const b = Buffer.from(o.shingles, 'base64');
  const shingles = new Uint32Array(b.byteLength / 4);
  new Uint8Array(shingles.buffer).set(b);
  return { id: '', terms: new Map(o.terms), day: o.day, year: o.year, shingles };
}

