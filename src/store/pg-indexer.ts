/**
 * The full-text index of a PostgreSQL corpus, filled in the background of a worker's loop
 * (store/queue.ts runWorker; docs/scale.md).
 *
 * Filling the index (`article_fts`: parsing each stored article into a tsvector and maintaining
 * the GIN index) is the database server's largest cost in a worker run: about three quarters of its
 * statement time at 100,000 articles (48.5 of 66.0 s with 2 workers, docs/scale.md). It was a statement the worker awaited, so a worker was
 * stopped while the server indexed a batch: the preparing worker, and the assigner after each job
 * it prepared itself while waiting (with one worker, every batch was on the one process's path,
 * in turn with preparing and storing). The work is the server's, not the worker's: the worker only
 * has to issue it. So each worker now issues it on a connection of its own and goes on (preparing,
 * storing) while the server indexes, at most one batch in flight per process, and across processes
 * one indexer at a time (the index lock: a second one finds it taken and does nothing). With one
 * worker on two cores the server indexes on the other core while the worker prepares and stores;
 * with more, no worker waits for a batch, the assigner included.
 *
 * Correctness is unchanged: a batch is one transaction (the index rows and the `fts_seq`
 * watermark commit together, store/pg.ts indexIn), so a process killed mid-batch rolls it back and
 * the next batch indexes the same articles; whatever is left when the queue drains the assigner
 * indexes itself (Assigner.settle), so a drained corpus is fully indexed, as before.
 */
import type { PgStore } from './pg.js';

/** Articles waiting for the index before a batch is started (large enough to amortise the statement). */
export const INDEX_EVERY = 500;

export class BackgroundIndexer {
  private inFlight: Promise<void> | null = null;
  private failure: unknown = null;

  constructor(
    private readonly store: PgStore,
    private readonly every = INDEX_EVERY,
  ) {}

  /**
   * Start a batch if `every` stored articles wait for the index and none of this process's is in
   * flight; returns at once. A failure of an earlier batch is thrown here (the database is what
   * failed: the worker's own next statement would fail too).
   */
  kick(): void {
    this.rethrow();
    if (this.inFlight) return;
    this.inFlight = this.indexIfDue()
      .catch((e: unknown) => {
        this.failure = e;
      })
      .finally(() => {
        this.inFlight = null;
      });
  }

  /** Wait for the batch in flight (before the process closes its store), then throw its failure if any. */
  async drain(): Promise<void> {
    await this.inFlight;
    this.rethrow();
  }

  private rethrow(): void {
    if (this.failure === null) return;
    const e = this.failure;
    this.failure = null;
    throw e;
  }

  /** One cheap query, then a batch only if one is due (and no other process is indexing). */
  private async indexIfDue(): Promise<void> {
    const c = await this.store.client();
    let lag: number;
    try {
      lag = Number((await c.query<{ n: string }>(
        "SELECT COALESCE((SELECT MAX(seq) FROM articles), 0) - COALESCE((SELECT value::bigint FROM meta WHERE key = 'fts_seq'), 0) AS n",
      )).rows[0].n);
    } finally {
      c.release();
    }
    if (lag >= this.every) await this.store.indexPendingIfFree();
  }
}
