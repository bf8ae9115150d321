/**
 * The JSON documents of corpus mode: `parallax stories`, `parallax search` and `parallax ingest`
 * with `--format json`, and the article list `parallax story` prints. Like core/schema.ts, the
 * schema is the contract; the store's TypeScript types match it field for field.
 */
import { z } from 'zod';

export const StorySummary = z.object({
  id: z.string(),
  headline: z.string().nullable(),
  first: z.string().nullable(),
  last: z.string().nullable(),
  articles: z.number().int().positive(),
  outlets: z.array(z.string()),
  copies: z.number().int().nonnegative(),
  /**
   * The thread the story belongs to (follow-ups of one another, linked by rare shared names:
   * docs/clustering.md), named after its first story, with its number of stories; absent when
   * the story is in no thread.
   */
  thread: z.object({ id: z.string(), stories: z.number().int().min(2) }).optional(),
});

export const StoriesResult = z.object({
  version: z.string(),
  /** Stories in the corpus with at least `minArticles` articles (the list may be one page of them). */
  total: z.number().int().nonnegative(),
  stories: z.array(StorySummary),
});
export type StoriesResult = z.infer<typeof StoriesResult>;

export const SearchHit = z.object({
  article: z.string(),
  story: z.string().nullable(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  snippet: z.string(),
  matches: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })),
});

export const SearchResult = z.object({
  version: z.string(),
  query: z.string(),
  hits: z.array(SearchHit),
});
export type SearchResult = z.infer<typeof SearchResult>;

/** `parallax stats --format json` and `GET /api/stats`: articles per publication day and outlet. */
export const StatsResult = z.object({
  version: z.string(),
  /** The filter applied (null: none). */
  filter: z.object({ since: z.string().nullable(), until: z.string().nullable(), outlet: z.string().nullable() }),
  /** Articles the filter keeps, and stories holding at least one of them. */
  articles: z.number().int().nonnegative(),
  stories: z.number().int().nonnegative(),
  /** Days in order (undated last), then outlets by name; null where the source gives none. */
  counts: z.array(z.object({ day: z.string().nullable(), outlet: z.string().nullable(), articles: z.number().int().positive() })),
});
export type StatsResult = z.infer<typeof StatsResult>;

export const IngestReport = z.object({
  version: z.string(),
  database: z.string(),
  new: z.number().int().nonnegative(),
  duplicate: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  errors: z.array(z.object({ input: z.string(), reason: z.string() })),
  /** Records and files that hold no article text (an empty record, an empty file): skipped, not failed. */
  skipped: z.number().int().nonnegative(),
  skippedInputs: z.array(z.object({ input: z.string(), reason: z.string() })),
  /** Stopped early by Ctrl-C: the counts cover what was done; ingest the same inputs again to finish. */
  interrupted: z.boolean(),
  replayed: z.number().int().nonnegative(),
  articles: z.number().int().nonnegative(),
  stories: z.number().int().nonnegative(),
  seconds: z.number().nonnegative(),
});
export type IngestReport = z.infer<typeof IngestReport>;

/** `parallax ingest --enqueue --format json` (PostgreSQL): what was queued for the workers. */
export const EnqueueReport = z.object({
  version: z.string(),
  database: z.string(),
  /** Jobs queued: 50 records each for local inputs, one per feed URL or local feed file. */
  jobs: z.number().int().nonnegative(),
  records: z.number().int().nonnegative(),
  feeds: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  errors: z.array(z.object({ input: z.string(), reason: z.string() })),
});
export type EnqueueReport = z.infer<typeof EnqueueReport>;

/** `parallax worker --format json`: what one worker did before it stopped. */
export const WorkerReport = z.object({
  /** Jobs this worker prepared, and stored as the assigner. */
  prepared: z.number().int().nonnegative(),
  assignedJobs: z.number().int().nonnegative(),
  new: z.number().int().nonnegative(),
  duplicate: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  /** Wall seconds preparing, assigning (of which placing articles and settling), in all. */
  prepareSeconds: z.number().nonnegative(),
  assignSeconds: z.number().nonnegative(),
  placeSeconds: z.number().nonnegative(),
  settleSeconds: z.number().nonnegative(),
  /** CPU seconds this process spent as the assigner (the serial part of the work). */
  assignCpuSeconds: z.number().nonnegative(),
  seconds: z.number().nonnegative(),
  /** CPU seconds of the worker process (user + system): its share of the machine, whatever the load. */
  cpuSeconds: z.number().nonnegative(),
});
export type WorkerReport = z.infer<typeof WorkerReport>;

/** `parallax worker --status --format json`: the queue of a PostgreSQL corpus at a glance. */
export const QueueStatus = z.object({
  /** Jobs by state; `retrying`: queued jobs whose worker died while preparing them (counted in `queued`). */
  jobs: z.object({
    queued: z.number().int().nonnegative(),
    ready: z.number().int().nonnegative(),
    done: z.number().int().nonnegative(),
    failed: z.number().int().nonnegative(),
    retrying: z.number().int().nonnegative(),
  }),
  /** The process storing articles (the holder of the writer lock), or null. */
  assigner: z.object({ pid: z.number().int(), app: z.string().nullable(), client: z.string().nullable(), since: z.string().nullable() }).nullable(),
  /** Failed jobs, latest first (at most 20), with why. */
  failed: z.array(z.object({ id: z.number().int(), kind: z.string(), attempts: z.number().int(), error: z.string().nullable(), at: z.string().nullable() })),
  /** Queued jobs claimed before by a worker that died, with when they may be claimed again. */
  retrying: z.array(z.object({ id: z.number().int(), kind: z.string(), attempts: z.number().int(), lastWorker: z.string(), notBefore: z.string() })),
  /** Scheduled feeds (`parallax feed`): how many, due now, failing. */
  feeds: z.object({ scheduled: z.number().int().nonnegative(), due: z.number().int().nonnegative(), failing: z.number().int().nonnegative() }),
});
export type QueueStatus = z.infer<typeof QueueStatus>;

/** `parallax cluster --format json`: stories of a batch, with the wire copies each one holds. */
export const ClusterResult = z.object({
  stories: z.array(
    z.object({
      /** The id of the story's first article. */
      id: z.string(),
      articles: z.array(z.string()).min(1),
      /** Articles that are (near-)verbatim copies of another article of the story. */
      duplicates: z.array(z.object({ article: z.string(), of: z.string() })),
    }),
  ),
});
export type ClusterResult = z.infer<typeof ClusterResult>;
