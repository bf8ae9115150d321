/**
 * The PostgreSQL corpus store (the `pg` driver): the same tables, transactions and answers as the
 * SQLite store (store/sqlite.ts) for deployments that outgrow one machine — several ingest
 * workers and web servers on one database. Implements `Store` and `CorpusWriter` of store.ts.
 *
 * - One transaction per article, as in SQLite; inside it an advisory transaction lock serialises
 *   the duplicate check, the next seq and the insert across processes, and the clusterer's
 *   answer (and every N articles its snapshot) is stored with the article.
 * - The writer lock is a session-level advisory lock: PostgreSQL frees it when the holder's
 *   connection ends, so a killed ingest or worker never leaves a stale lock.
 * - Full-text search is PostgreSQL's: a tsvector per article (title weight A, text weight B) under
 *   a GIN index, filled in batches like FTS5's; queries in the FTS5 syntax (search-query.ts) are
 *   compiled into tsquery tests; snippets come from ts_headline.
 * - A database that is neither empty nor Parallax's is refused before anything is written; a
 *   schema newer than this program is refused; an unreachable server is one line naming the host
 *   and what failed (exit 2).
 */
import pg from 'pg';
import { joinCheckpoint, splitSnapshot, type CheckpointMark, type CheckpointParts } from '../cluster/clusterer.js';
import { EXIT, UserError } from '../core/errors.js';
import type { Article } from '../core/schema.js';
import { LOCK_ARTICLE, LOCK_INDEX, LOCK_MIGRATE, LOCK_WRITER, PG_MIGRATIONS, PG_SCHEMA_VERSION } from './pg-migrations.js';
import { parseSearchQuery, type QueryNode } from './search-query.js';
import type {
  AddHooks, AddResult, ArticleKeys, CorpusFilter, CorpusStore, DayOutletCount, OpenOptions, SearchHit, StoreStats,
  StoredArticle, StoredToken, StoryAssignment, StorySummary,
} from './store.js';
import { MARK_CLOSE, MARK_OPEN, hasFilter, storySummaries, toArticle, tokenOf, unmark, type ArticleRow, type StoryRow, type TitleRow, type TokenRow } from './rows.js';

/** postgres:// or postgresql:// — what `--db` and PARALLAX_DB take for this backend. */
export function isPostgresUrl(s: string): boolean {
  return /^postgres(ql)?:\/\//i.test(s.trim());
}

/** The URL as shown to the user: the password never appears in output or logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

const APP = 'parallax';
/** Search configuration made by the first migration (pg-migrations.ts). */
const CFG = 'parallax_search';

// BIGINT and COUNT(*) come back as numbers (a corpus stays far below 2^53 rows).
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** One line for a connection that failed: which host, what failed. */
function connectError(url: string, e: unknown): UserError {
  let host = 'localhost:5432';
  let db = '';
  try {
    const u = new URL(url);
    host = `${u.hostname || 'localhost'}:${u.port || '5432'}`;
    db = decodeURIComponent(u.pathname.slice(1));
  } catch {
    /* shown as given */
  }
  const err = e as { code?: string; message?: string };
  const why =
    err.code === 'ECONNREFUSED' ? 'connection refused (is PostgreSQL running there?)'
    : err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN' ? 'cannot resolve the host name'
    : err.code === 'ETIMEDOUT' || /timeout/i.test(err.message ?? '') ? 'no answer within 10 s'
    : err.code === 'EHOSTUNREACH' || err.code === 'ENETUNREACH' ? 'host unreachable'
    : err.code === '28P01' ? 'password authentication failed'
    : err.code === '28000' ? `access refused (${err.message})`
    : err.code === '3D000' ? `database "${db}" does not exist (create it with createdb)`
    : err.message ?? String(e);
  return new UserError(redactUrl(url), `cannot connect to PostgreSQL at ${host}: ${why}`, EXIT.USAGE);
}

/** Errors of a lost connection during work are the user's to fix (server down), not a bug. */
function isConnectionLoss(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? '';
  return code.startsWith('08') || code === '57P01' || code === 'ECONNRESET' || code === 'EPIPE' || /Connection terminated/i.test((e as Error).message ?? '');
}

/**
 * One prepared article waiting in the queue's `staged` table (store/queue.ts), as the assigner
 * stores it: where it is staged, its publication date (for the story's dates) and identity keys.
 * Its text and document stay in the database: they are copied from `staged` by the INSERT.
 */
export interface StagedItem {
  job: number;
  idx: number;
  published: string | null;
  keys: ArticleKeys;
}

/**
 * The hooks of `addStaged`: the clusterer's answer for the article given this id (and its place
 * in the batch); and, after it, a checkpoint to store with the batch, or null: a whole snapshot,
 * or the parts after `stored` (what the stored checkpoint holds: see saveState).
 */
export interface BatchHooks {
  assign(id: string, seq: number, index: number): StoryAssignment;
  checkpoint?(seq: number, stored: CheckpointMark | null): Buffer | CheckpointParts | null;
}

/**
 * A checkpoint to save: a whole snapshot, or what gives the parts after the stored checkpoint
 * (a clusterer's checkpointParts), asked once the stored one is known.
 */
export type CheckpointSource = Buffer | ((stored: CheckpointMark | null) => CheckpointParts);

export class PgStore implements CorpusStore {
  readonly file: string;
  private readonly pool: pg.Pool;
  private lockClient: pg.Client | null = null;
  private lockHeld = false;
  private closed = false;

  private constructor(private readonly url: string, pool: pg.Pool) {
    this.file = redactUrl(url);
    this.pool = pool;
  }

  /** Connect, check what the database holds, migrate. */
  static async open(url: string, opts: OpenOptions = {}): Promise<PgStore> {
    const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000, types, application_name: 'parallax' });
    // An idle connection that dies (server restart) must not crash the process: the next query fails instead.
    pool.on('error', () => {});
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (e) {
      await pool.end().catch(() => {});
      throw connectError(url, e);
    }
    const store = new PgStore(url, pool);
    try {
      await store.checkAndMigrate(client, !!opts.mustExist);
    } catch (e) {
      client.release();
      await pool.end().catch(() => {});
      throw e;
    }
    client.release();
    return store;
  }

  /**
   * Refuse a database of another application (any table of ours missing, or tables we do not
   * know in an unmarked database) without writing to it; refuse a newer schema; else migrate.
   */
  private async checkAndMigrate(c: pg.PoolClient, mustExist: boolean): Promise<void> {
    const inspect = async (): Promise<{ version: number | null; tables: string[] }> => {
      const tables = (await c.query<{ name: string }>(
        `SELECT table_schema || '.' || table_name AS name FROM information_schema.tables
         WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_schema NOT LIKE 'pg_toast%'
         ORDER BY 1`,
      )).rows.map((r) => r.name);
      if (!tables.includes('public.parallax_schema')) return { version: null, tables };
      const row = (await c.query<{ app: string; version: number }>('SELECT app, version FROM parallax_schema WHERE id = 1')).rows[0];
      if (!row || row.app !== APP) return { version: null, tables };
      return { version: row.version, tables };
    };
    let { version, tables } = await inspect();
    if (version === null && tables.length > 0) {
      const shown = tables.slice(0, 5).join(', ') + (tables.length > 5 ? ', …' : '');
      throw new UserError(this.file, `not a Parallax database (it holds other tables: ${shown}); nothing was changed — pass an empty database or one made by parallax ingest`);
    }
    if (version === null && mustExist) {
      throw new UserError(this.file, 'no corpus in this database yet (run `parallax ingest --db …` first)');
    }
    if (version !== null && version > PG_SCHEMA_VERSION) {
      throw new UserError(this.file, `database schema version ${version} is newer than this Parallax understands (${PG_SCHEMA_VERSION}); upgrade Parallax`);
    }
    if (version === PG_SCHEMA_VERSION) return;
    // Several workers may start at once: one migrates, the others wait and find it done.
    await c.query('SELECT pg_advisory_lock($1)', [LOCK_MIGRATE.toString()]);
    try {
      ({ version, tables } = await inspect());
      if (version === null && tables.length > 0) throw new UserError(this.file, 'not a Parallax database (another program created tables in it just now); nothing was changed');
      if (version === null) {
        await c.query('BEGIN');
        await c.query(`CREATE TABLE parallax_schema (id INTEGER PRIMARY KEY CHECK (id = 1), app TEXT NOT NULL, version INTEGER NOT NULL)`);
        await c.query('INSERT INTO parallax_schema (id, app, version) VALUES (1, $1, 0)', [APP]);
        await c.query('COMMIT');
        version = 0;
      }
      if (version > PG_SCHEMA_VERSION) throw new UserError(this.file, `database schema version ${version} is newer than this Parallax understands (${PG_SCHEMA_VERSION}); upgrade Parallax`);
      for (let v = version; v < PG_SCHEMA_VERSION; v++) {
        await c.query('BEGIN');
        try {
          await c.query(PG_MIGRATIONS[v]);
          await c.query('UPDATE parallax_schema SET version = $1 WHERE id = 1', [v + 1]);
          await c.query('COMMIT');
        } catch (e) {
          await c.query('ROLLBACK').catch(() => {});
          const err = e as { code?: string; message?: string };
          if (err.code === '42501') throw new UserError(this.file, `cannot create the corpus tables: permission denied (${err.message}); the role needs CREATE on the database (and the unaccent extension, trusted since PostgreSQL 13)`);
          if (err.code === '58P01' || /unaccent/.test(err.message ?? '')) throw new UserError(this.file, `the server lacks the unaccent extension (${err.message}); install PostgreSQL's contrib modules`);
          throw e;
        }
      }
    } finally {
      await c.query('SELECT pg_advisory_unlock($1)', [LOCK_MIGRATE.toString()]).catch(() => {});
    }
  }

  /**
   * A SQL condition: this process still holds the writer lock (its lock connection has it), or
   * TRUE when it does not claim to. Evaluated inside a store transaction, after the article lock,
   * it stops a writer whose lock was broken (`--break-lock` ended its lock connection, another
   * process took the lock) before it writes again: see tryLockWriter.
   */
  private writerCheck(): string {
    const pid = this.lockHeld ? (this.lockClient as (pg.Client & { processID?: number }) | null)?.processID : null;
    if (!pid) return 'TRUE';
    const key = LOCK_WRITER;
    return `EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid = ${Number(pid)} AND objsubid = 1
      AND classid = ${(key >> 32n).toString()}::bigint::oid AND objid = ${(key & 0xffffffffn).toString()}::bigint::oid
      AND database = (SELECT oid FROM pg_database WHERE datname = current_database()))`;
  }

  private lostWriterLock(): UserError {
    this.lockHeld = false;
    return new UserError(this.file, 'lost the writer lock: another process ended its connection (--break-lock) and assigns stories now; this process stopped before writing again', EXIT.FAILURE);
  }

  /** Run `fn` in one transaction on one connection, first taking the advisory lock `lock` if given. */
  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>, lock?: bigint): Promise<T> {
    const c = await this.connect();
    try {
      // One round trip for both (a constant key, no parameter): the assigner's cost is per article.
      await c.query(lock === undefined ? 'BEGIN' : `BEGIN; SELECT pg_advisory_xact_lock(${lock.toString()})`);
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw this.wrap(e);
    } finally {
      c.release();
    }
  }

  private async connect(): Promise<pg.PoolClient> {
    try {
      return await this.pool.connect();
    } catch (e) {
      throw connectError(this.url, e);
    }
  }

  private wrap(e: unknown): unknown {
    if (e instanceof UserError) return e;
    if (isConnectionLoss(e)) return new UserError(this.file, `lost the connection to PostgreSQL (${(e as Error).message})`, EXIT.FAILURE);
    return e;
  }

  private async q<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
    try {
      return (await this.pool.query<R>(sql, params)).rows;
    } catch (e) {
      // The pool connects on demand: a server gone since the start is a connection error.
      if ((e as { code?: string }).code === 'ECONNREFUSED') throw connectError(this.url, e);
      throw this.wrap(e);
    }
  }

  // ---- ingest side -------------------------------------------------------------------------

  async articleByUrlKey(urlKey: string): Promise<string | null> {
    return (await this.q<{ id: string }>('SELECT id FROM articles WHERE url_key = $1', [urlKey]))[0]?.id ?? null;
  }

  async addArticle(article: Article, keys: ArticleKeys, hooks: AddHooks): Promise<AddResult> {
    // The lock serialises the duplicate check, the next seq and the insert across processes.
    return this.tx(async (c) => {
      // The data version is bumped here too (a duplicate bumping it only costs a reader's cache).
      const probe = (await c.query<{ u: string | null; h: string | null; s: number }>(
        `SELECT (SELECT id FROM articles WHERE url_key = $1) AS u, (SELECT id FROM articles WHERE text_hash = $2) AS h,
                (SELECT COALESCE(MAX(seq), 0) FROM articles) AS s, nextval('data_version') AS v, ${this.writerCheck()} AS held`,
        [keys.urlKey, keys.textHash],
      )).rows[0] as { u: string | null; h: string | null; s: number; held: boolean };
      if (!probe.held) throw this.lostWriterLock();
      if (keys.urlKey !== null && probe.u) return { status: 'duplicate', of: probe.u, by: 'url' } as AddResult;
      if (probe.h) return { status: 'duplicate', of: probe.h, by: 'text' } as AddResult;
      const seq = probe.s + 1;
      const id = `a${seq}`;
      const stored: Article = { ...article, id };
      const a = hooks.assign(stored, seq);
      const { text, ...rest } = stored;
      await c.query(
        `INSERT INTO articles (seq, id, url_key, text_hash, title, outlet, published, doc, text, story, duplicate_of, ingested_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [seq, id, keys.urlKey, keys.textHash, stored.title, stored.outlet, stored.published, JSON.stringify(rest), text, a.story, a.duplicateOf, new Date().toISOString()],
      );
      await c.query(
        `INSERT INTO stories (id, articles, first, last, copies) VALUES ($1, 1, $2, $2, $3)
         ON CONFLICT (id) DO UPDATE SET
           articles = stories.articles + 1,
           first = CASE WHEN excluded.first IS NOT NULL AND (stories.first IS NULL OR excluded.first < stories.first) THEN excluded.first ELSE stories.first END,
           last = CASE WHEN excluded.last IS NOT NULL AND (stories.last IS NULL OR excluded.last > stories.last) THEN excluded.last ELSE stories.last END,
           copies = stories.copies + excluded.copies`,
        [a.story, stored.published, a.duplicateOf === null ? 0 : 1],
      );
      if (a.merged.length) await this.merge(c, a.story, a.merged);
      if (a.moved?.length) await this.move(c, a.moved);
      const snap = hooks.checkpoint?.(seq) ?? null;
      if (snap) await this.saveState(c, snap, seq);
      return { status: 'new', id, seq, story: a.story } as AddResult;
    }, LOCK_ARTICLE);
  }

  /**
   * Store a batch of staged articles in order, in ONE transaction (the workers' assigner: one or
   * a few jobs at a time). The same decisions as `addArticle` one by one — duplicates by URL key
   * then text hash, against the stored articles and the batch's earlier ones; the hooks called in
   * order — but a handful of statements for the whole batch instead of five round trips per
   * article. The rows are copied from `staged` by the server in one INSERT … SELECT at the end:
   * the texts never travel through the assigner, which sends only each article's seq, id and
   * final story (merges and moves that reach this batch's own articles are applied to them in
   * memory; a statement runs only for those that reach stored rows). A crash loses the whole
   * batch, which is then stored again from its first article: still each article once.
   */
  async addStaged(items: StagedItem[], hooks: BatchHooks, alsoInTransaction?: (c: pg.PoolClient) => Promise<void>): Promise<AddResult[]> {
    return this.tx(async (c) => {
      const out = items.length ? await this.addBatch(c, items, hooks) : [];
      // The queue's bookkeeping (the job done, its staged rows gone) commits with its articles.
      if (alsoInTransaction) await alsoInTransaction(c);
      return out;
    }, LOCK_ARTICLE);
  }

  private async addBatch(c: pg.PoolClient, items: StagedItem[], hooks: BatchHooks): Promise<AddResult[]> {
    {
      const urlKeys = items.map((i) => i.keys.urlKey).filter((k): k is string => k !== null);
      const hashes = items.map((i) => i.keys.textHash);
      const byUrl = new Map<string, string>();
      const byHash = new Map<string, string>();
      for (const r of (await c.query<{ id: string; url_key: string | null; text_hash: string }>(
        'SELECT id, url_key, text_hash FROM articles WHERE url_key = ANY($1::text[]) OR text_hash = ANY($2::text[])',
        [urlKeys, hashes],
      )).rows) {
        if (r.url_key !== null) byUrl.set(r.url_key, r.id);
        byHash.set(r.text_hash, r.id);
      }
      // With the next seq: how much the stored checkpoint holds (what a checkpoint of this batch adds to).
      const head = (await c.query<{ s: number; held: boolean; docs: number | null; keys: number | null }>(
        `SELECT COALESCE(MAX(seq), 0) AS s, nextval('data_version') AS v, ${this.writerCheck()} AS held,
                (SELECT docs FROM cluster_state WHERE id = 1) AS docs, (SELECT keys FROM cluster_state WHERE id = 1) AS keys FROM articles`,
      )).rows[0];
      if (!head.held) throw this.lostWriterLock();
      const stored: CheckpointMark | null = head.docs === null || head.keys === null ? null : { docs: head.docs, keys: head.keys };
      let seq = head.s;
      const now = new Date().toISOString();
      // Stories whose totals are recounted (merges, moves), and the others' per-batch deltas.
      const touched = new Set<string>();
      const deltas = new Map<string, { n: number; first: string | null; last: string | null; copies: number }>();
      let pending: Array<{ seq: number; id: string; job: number; idx: number; story: string; dup: string | null }> = [];
      const pendingOf = new Map<string, (typeof pending)[number]>();
      // Stories that may hold stored rows (not only this batch's): every story that existed
      // before the batch (its id is the id of a stored article), and those that a merge or move
      // of stored rows has reached since. A merge of stories none of which is among them, or a
      // move of this batch's article, needs no statement.
      const base = seq;
      const withDb = new Set<string>();
      const inDb = (story: string): boolean => {
        if (withDb.has(story)) return true;
        const m = /^a(\d+)$/.exec(story);
        return !m || Number(m[1]) <= base;
      };
      let snapshot: { snap: Buffer | CheckpointParts; seq: number } | null = null;
      const flush = async (): Promise<void> => {
        if (!pending.length) return;
        // The document is the worker's JSON with the id put in its place (queue.ts docParts):
        // the bytes that JSON.stringify of the stored article without its text gives.
        await c.query(
          `INSERT INTO articles (seq, id, url_key, text_hash, title, outlet, published, doc, text, story, duplicate_of, ingested_at)
           SELECT v.seq, v.id, s.url_key, s.text_hash, s.title, s.outlet, s.published, s.doc_head || v.id || s.doc_tail, s.text, v.story, v.dup, $7
           FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::int[], $5::text[], $6::text[]) AS v(seq, id, job, idx, story, dup)
           JOIN staged s ON s.job = v.job AND s.idx = v.idx
           ORDER BY v.seq`,
          [pending.map((p) => p.seq), pending.map((p) => p.id), pending.map((p) => p.job), pending.map((p) => p.idx), pending.map((p) => p.story), pending.map((p) => p.dup), now],
        );
        pending = [];
      };
      const out: AddResult[] = [];
      for (const [index, { job, idx, published, keys }] of items.entries()) {
        const u = keys.urlKey !== null ? byUrl.get(keys.urlKey) : undefined;
        if (u) {
          out.push({ status: 'duplicate', of: u, by: 'url' });
          continue;
        }
        const h = byHash.get(keys.textHash);
        if (h) {
          out.push({ status: 'duplicate', of: h, by: 'text' });
          continue;
        }
        seq++;
        const id = `a${seq}`;
        const a = hooks.assign(id, seq, index);
        const row = { seq, id, job, idx, story: a.story, dup: a.duplicateOf };
        pending.push(row);
        pendingOf.set(id, row);
        if (keys.urlKey !== null) byUrl.set(keys.urlKey, id);
        byHash.set(keys.textHash, id);
        const d = deltas.get(a.story) ?? { n: 0, first: null, last: null, copies: 0 };
        d.n++;
        if (published !== null && (d.first === null || published < d.first)) d.first = published;
        if (published !== null && (d.last === null || published > d.last)) d.last = published;
        if (a.duplicateOf !== null) d.copies++;
        deltas.set(a.story, d);
        if (a.merged.length) {
          // Merges and moves apply to this batch's rows in memory (they are inserted at the end,
          // with their last story) and by statement only to the stored rows they can reach.
          const into = a.story;
          const merged = new Set(a.merged);
          for (const p of pending) if (merged.has(p.story)) p.story = into;
          const reachesDb = a.merged.some(inDb);
          if (reachesDb) {
            await c.query('UPDATE articles SET story = $1 WHERE story = ANY($2::text[])', [into, a.merged]);
            withDb.add(into);
          }
          touched.add(into);
          for (const m of a.merged) touched.add(m);
        }
        if (a.moved?.length) {
          const stored: Array<{ article: string; story: string }> = [];
          for (const mv of a.moved) {
            const p = pendingOf.get(mv.article);
            if (p) {
              touched.add(p.story);
              touched.add(mv.story);
              p.story = mv.story;
            } else {
              stored.push(mv);
              withDb.add(mv.story);
            }
          }
          if (stored.length) for (const t of await this.applyMoves(c, stored)) touched.add(t);
        }
        // Taken now (the clusterer moves on with the batch's next articles), stored at the end.
        const snap = hooks.checkpoint?.(seq, stored) ?? null;
        if (snap) snapshot = { snap, seq };
        out.push({ status: 'new', id, seq, story: a.story });
      }
      await flush();
      // Story totals. A story that a merge or a move touched is recounted from its articles; the
      // others (nearly all) only gain this batch's articles, added as deltas — recounting them
      // would read every article of every touched story per batch, which grows with the stories.
      const recount = [...touched].sort();
      const delta = [...deltas].filter(([id]) => !touched.has(id)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      if (delta.length) {
        await c.query(
          `INSERT INTO stories (id, articles, first, last, copies)
           SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::int[])
           ON CONFLICT (id) DO UPDATE SET
             articles = stories.articles + excluded.articles,
             first = LEAST(stories.first, excluded.first),
             last = GREATEST(stories.last, excluded.last),
             copies = stories.copies + excluded.copies`,
          [delta.map(([id]) => id), delta.map(([, d]) => d.n), delta.map(([, d]) => d.first), delta.map(([, d]) => d.last), delta.map(([, d]) => d.copies)],
        );
      }
      if (recount.length) {
        await this.recountAll(c, recount);
        await this.dropEmpty(c, recount);
      }
      if (snapshot) await this.saveState(c, snapshot.snap, snapshot.seq);
      return out;
    }
  }

  private async recount(c: pg.PoolClient, story: string): Promise<void> {
    await c.query(
      `INSERT INTO stories (id, articles, first, last, copies)
       SELECT story, COUNT(*), MIN(published), MAX(published), COUNT(duplicate_of) FROM articles WHERE story = $1 GROUP BY story
       ON CONFLICT (id) DO UPDATE SET articles = excluded.articles, first = excluded.first, last = excluded.last, copies = excluded.copies`,
      [story],
    );
  }

  private async dropEmpty(c: pg.PoolClient, ids: string[]): Promise<void> {
    await c.query('DELETE FROM stories s WHERE s.id = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.story = s.id)', [ids]);
  }

  private async merge(c: pg.PoolClient, story: string, merged: string[]): Promise<void> {
    await c.query('UPDATE articles SET story = $1 WHERE story = ANY($2::text[])', [story, merged]);
    await this.recount(c, story);
    await this.dropEmpty(c, merged);
  }

  /**
   * Move articles to other stories: two statements for the whole list (the stories they leave,
   * then one UPDATE), not two per article. Returns every story touched (left or joined).
   */
  private async applyMoves(c: pg.PoolClient, moved: Array<{ article: string; story: string }>): Promise<Set<string>> {
    // An article moved twice in one list ends in its last story, as moving one by one would.
    const last = new Map<string, string>();
    for (const m of moved) last.set(m.article, m.story);
    const ids = [...last.keys()];
    const touched = new Set<string>(last.values());
    // One round trip: the CTE's SELECT sees the rows as they were before its UPDATE (one snapshot).
    for (const r of (await c.query<{ story: string | null }>(
      `WITH old AS (SELECT story FROM articles WHERE id = ANY($1::text[])),
            upd AS (UPDATE articles a SET story = m.story FROM unnest($1::text[], $2::text[]) AS m(id, story) WHERE a.id = m.id COLLATE "C")
       SELECT story FROM old`,
      [ids, ids.map((id) => last.get(id))],
    )).rows) {
      if (r.story !== null) touched.add(r.story);
    }
    return touched;
  }

  private async move(c: pg.PoolClient, moved: Array<{ article: string; story: string }>): Promise<void> {
    const ids = [...(await this.applyMoves(c, moved))].sort();
    await this.recountAll(c, ids);
    await this.dropEmpty(c, ids);
  }

  /** Recount the totals of these stories from their articles, in one statement. */
  private async recountAll(c: pg.PoolClient, ids: string[]): Promise<void> {
    await c.query(
      `INSERT INTO stories (id, articles, first, last, copies)
       SELECT story, COUNT(*), MIN(published), MAX(published), COUNT(duplicate_of) FROM articles WHERE story = ANY($1::text[]) GROUP BY story
       ON CONFLICT (id) DO UPDATE SET articles = excluded.articles, first = excluded.first, last = excluded.last, copies = excluded.copies`,
      [ids],
    );
  }

  /**
   * Save a checkpoint incrementally (migration 6): the articles' part of the clusterer's state is
   * only appended to, so only what was appended since the stored checkpoint is written (one new
   * row of `cluster_segments`), with the state that changes (the base) replacing the stored one
   * — instead of the whole state at every checkpoint (about 1.9 KB per article, rewritten about
   * twenty times over a run: docs/scale.md). A whole snapshot given is split here. Parts that
   * start at article 0 (the first checkpoint, or after a whole snapshot of an older version)
   * replace every stored segment. Inside the caller's transaction when it has one, so the base,
   * its segments and the watermark commit together, with the articles they count.
   */
  private async saveState(c: pg.PoolClient, source: CheckpointSource | CheckpointParts, watermark: number, replace = false): Promise<void> {
    const row = (await c.query<{ docs: number | null; keys: number | null }>('SELECT docs, keys FROM cluster_state WHERE id = 1')).rows[0];
    // (`replace`: a snapshot of articles clustered anew, which shares no part with the stored
    // checkpoint even when it holds as many articles: split from the first article.)
    const stored: CheckpointMark | null = !replace && row && row.docs !== null && row.keys !== null ? { docs: row.docs, keys: row.keys } : null;
    const parts = Buffer.isBuffer(source) ? splitSnapshot(source, stored) : typeof source === 'function' ? source(stored) : source;
    const fresh = parts.from.docs === 0 && parts.from.keys === 0;
    if (!fresh && (stored === null || parts.from.docs !== stored.docs || parts.from.keys !== stored.keys)) {
      // Parts made against another stored checkpoint cannot be joined to this one.
      throw new Error(`checkpoint parts after article ${parts.from.docs}, but the stored checkpoint holds ${stored ? stored.docs : 'no'} articles`);
    }
    // Segments past the stored base (none unless a write outside this store left them) and,
    // for fresh parts, every segment.
    await c.query('DELETE FROM cluster_segments WHERE (docs_from, keys_from) >= ($1, $2)', fresh ? [0, 0] : [parts.from.docs, parts.from.keys]);
    if (fresh || parts.to.docs > parts.from.docs || parts.to.keys > parts.from.keys) {
      await c.query('INSERT INTO cluster_segments (docs_from, docs_to, keys_from, keys_to, data) VALUES ($1, $2, $3, $4, $5)', [
        parts.from.docs, parts.to.docs, parts.from.keys, parts.to.keys, parts.tail,
      ]);
    }
    await c.query(
      `INSERT INTO cluster_state (id, watermark, snapshot, saved_at, docs, keys) VALUES (1, $1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET watermark = excluded.watermark, snapshot = excluded.snapshot, saved_at = excluded.saved_at, docs = excluded.docs, keys = excluded.keys`,
      [watermark, parts.base, new Date().toISOString(), parts.to.docs, parts.to.keys],
    );
  }

  async settleStories(moved: Array<{ article: string; story: string }>, snapshot: CheckpointSource, watermark: number): Promise<void> {
    await this.tx(async (c) => {
      if (moved.length) await this.move(c, moved);
      await this.saveState(c, snapshot, watermark);
      await c.query("SELECT nextval('data_version')");
    });
  }

  async applyAssignment(articleId: string, a: StoryAssignment): Promise<void> {
    await this.tx(async (c) => {
      const before = (await c.query<{ story: string | null }>('SELECT story FROM articles WHERE id = $1', [articleId])).rows[0]?.story ?? null;
      await c.query('UPDATE articles SET story = $1, duplicate_of = $2 WHERE id = $3', [a.story, a.duplicateOf, articleId]);
      if (a.merged.length) await this.merge(c, a.story, a.merged);
      if (a.moved?.length) await this.move(c, a.moved);
      await this.recount(c, a.story);
      if (before !== null && before !== a.story) {
        await this.recount(c, before);
        await this.dropEmpty(c, [before]);
      }
      await c.query("SELECT nextval('data_version')");
    });
  }

  /**
   * The stored checkpoint as one whole snapshot: the base joined with its segments (or a whole
   * snapshot as written before migration 6). Read in one snapshot of the database, so that a
   * checkpoint committed meanwhile cannot mix with the one being read.
   */
  async loadClusterState(): Promise<{ snapshot: Buffer; watermark: number; unreadable?: string } | null> {
    const c = await this.connect();
    try {
      await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const row = (await c.query<{ snapshot: Buffer; watermark: number; docs: number | null; keys: number | null }>('SELECT watermark, snapshot, docs, keys FROM cluster_state WHERE id = 1')).rows[0];
      if (!row) return null;
      if (row.docs === null || row.keys === null) return { snapshot: row.snapshot, watermark: row.watermark };
      const tails = (await c.query<{ data: Buffer }>(
        'SELECT data FROM cluster_segments WHERE (docs_from, keys_from) < ($1, $2) OR (docs_from, keys_from) = (0, 0) ORDER BY docs_from, keys_from',
        [row.docs, row.keys],
      )).rows.map((r) => r.data);
      // Parts that do not join (a segment lost or damaged) are a checkpoint that cannot be
      // restored, as a damaged whole snapshot is: the resume re-clusters every stored article and
      // replaces all of it (corpus.ts resumeClusterer), instead of the worker failing to start.
      try {
        return { snapshot: joinCheckpoint(row.snapshot, tails), watermark: row.watermark };
      } catch (e) {
        return { snapshot: row.snapshot, watermark: row.watermark, unreadable: (e as Error).message };
      }
    } catch (e) {
      throw this.wrap(e);
    } finally {
      await c.query('ROLLBACK').catch(() => {});
      c.release();
    }
  }

  async saveClusterState(snapshot: CheckpointSource, watermark: number, replace = false): Promise<void> {
    await this.tx((c) => this.saveState(c, snapshot, watermark, replace));
  }

  async articlesAfter(after: number, limit: number): Promise<Array<{ seq: number; article: Article }>> {
    const rows = await this.q<ArticleRow>('SELECT seq, id, doc, text, story, duplicate_of FROM articles WHERE seq > $1 ORDER BY seq LIMIT $2', [after, limit]);
    return rows.map((r) => ({ seq: r.seq, article: toArticle(r) }));
  }

  async lastSeq(): Promise<number> {
    return (await this.q<{ s: number }>('SELECT COALESCE(MAX(seq), 0) AS s FROM articles'))[0].s;
  }

  async indexPending(): Promise<number> {
    // One indexer at a time (the lock); a second one waits and then finds nothing left.
    return this.tx((c) => this.indexIn(c), LOCK_INDEX);
  }

  /**
   * As indexPending, but only if no other process is indexing now (then 0 at once): the workers'
   * opportunistic indexing must not make a preparing worker wait for another's batch.
   */
  async indexPendingIfFree(): Promise<number> {
    return this.tx(async (c) => {
      const free = (await c.query<{ ok: boolean }>(`SELECT pg_try_advisory_xact_lock(${LOCK_INDEX.toString()}) AS ok`)).rows[0].ok;
      return free ? this.indexIn(c) : 0;
    });
  }

  private async indexIn(c: pg.PoolClient): Promise<number> {
    {
      const from = Number((await c.query<{ value: string }>("SELECT value FROM meta WHERE key = 'fts_seq'")).rows[0]?.value ?? 0);
      const to = (await c.query<{ s: number }>('SELECT COALESCE(MAX(seq), 0) AS s FROM articles')).rows[0].s;
      if (to <= from) return 0;
      await c.query(
        `INSERT INTO article_fts (seq, fts)
         SELECT seq, setweight(to_tsvector('${CFG}', COALESCE(title, '')), 'A') || setweight(to_tsvector('${CFG}', text), 'B')
         FROM articles WHERE seq > $1 AND seq <= $2 ON CONFLICT (seq) DO NOTHING`,
        [from, to],
      );
      await c.query(`INSERT INTO meta (key, value) VALUES ('fts_seq', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [String(to)]);
      await c.query("SELECT nextval('data_version')");
      return to - from;
    }
  }

  async addToken(t: StoredToken): Promise<void> {
    await this.q('INSERT INTO tokens (id, hash, name, read_only, created_at) VALUES ($1, $2, $3, $4, $5)', [t.id, t.hash, t.name, t.readOnly ? 1 : 0, t.createdAt]);
  }

  async tokenByHash(hash: string): Promise<StoredToken | null> {
    const r = (await this.q<TokenRow>('SELECT id, hash, name, read_only, created_at FROM tokens WHERE hash = $1', [hash]))[0];
    return r ? tokenOf(r) : null;
  }

  async listTokens(): Promise<StoredToken[]> {
    return (await this.q<TokenRow>('SELECT id, hash, name, read_only, created_at FROM tokens ORDER BY created_at, id')).map(tokenOf);
  }

  async revokeToken(id: string): Promise<boolean> {
    return (await this.q<{ id: string }>('DELETE FROM tokens WHERE id = $1 RETURNING id', [id])).length > 0;
  }

  /**
   * Reserve the next request slot of a site for every worker of this database (scheduled feeds'
   * politeness, ingest/politeness.ts HostSlots): one statement takes the later of now and the
   * host's next free time, moves that `delayMs` on, and returns how many ms to wait — measured
   * on the server's clock, so workers' clocks need not agree.
   */
  async reserveHostSlot(origin: string, delayMs: number): Promise<number> {
    const row = (await this.q<{ wait: number }>(
      `INSERT INTO host_slots AS h (host, next_at) VALUES ($1, clock_timestamp() + make_interval(secs => $2::float8 / 1000))
       ON CONFLICT (host) DO UPDATE SET next_at = GREATEST(h.next_at, clock_timestamp()) + make_interval(secs => $2::float8 / 1000)
       RETURNING GREATEST(0, extract(epoch FROM h.next_at - clock_timestamp()) * 1000 - $2::float8)::float8 AS wait`,
      [origin, delayMs],
    ))[0];
    return Math.ceil(row.wait);
  }

  async readSetting(key: string): Promise<string | null> {
    return (await this.q<{ value: string }>('SELECT value FROM meta WHERE key = $1', [`setting:${key}`]))[0]?.value ?? null;
  }

  async writeSetting(key: string, value: string): Promise<void> {
    await this.q('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [`setting:${key}`, value]);
  }

  /**
   * The writer lock: a session-level advisory lock on a connection of its own. PostgreSQL drops it
   * when that connection ends (a killed process included), so a dead ingest never leaves it
   * behind. What can hold it too long is a connection whose machine vanished without closing it
   * (power loss: the server keeps it until TCP keepalive notices). `force` (--break-lock) ends
   * that connection with pg_terminate_backend — its transaction rolls back, its process, if it
   * still runs, loses the connection and stops — and then takes the lock; a role that may not end
   * it is refused with why.
   */
  async lockWriter(force = false): Promise<void> {
    if (await this.tryLockWriter()) return;
    const holder = await this.writerHolder();
    const who = holder
      ? `connection pid ${holder.pid}${holder.app ? ` (${holder.app})` : ''}${holder.client ? ` from ${holder.client}` : ''}${holder.since ? `, connected since ${holder.since}` : ''}`
      : 'a connection that has just ended';
    if (!force || !holder) {
      await this.unlockWriter();
      throw new UserError(this.file, `another parallax ingest or worker holds the writer lock (${who}): it is assigning stories in this database; wait for it to finish, or queue the inputs with --enqueue for the workers${holder ? '. If its machine is gone but the server still keeps its connection, --break-lock ends that connection' : ''}`);
    }
    try {
      await this.q('SELECT pg_terminate_backend($1)', [holder.pid]);
    } catch (e) {
      await this.unlockWriter();
      if ((e as { code?: string }).code === '42501') {
        throw new UserError(this.file, `cannot break the writer lock: this role may not end the ${who} (it needs to be the same role, a member of pg_signal_backend or a superuser); ask the database's administrator to run SELECT pg_terminate_backend(${holder.pid})`);
      }
      throw e;
    }
    // The server frees the lock once the ended backend has rolled back: a moment.
    for (let i = 0; i < 50; i++) {
      if (await this.tryLockWriter()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    await this.unlockWriter();
    throw new UserError(this.file, `ended the ${who}, but the writer lock is still held (another process took it first?); try again`);
  }

  /** The backend holding the writer lock, as pg_locks and pg_stat_activity name it, or null. */
  async writerHolder(): Promise<{ pid: number; app: string | null; client: string | null; since: string | null } | null> {
    const key = LOCK_WRITER;
    const rows = await this.q<{ pid: number; app: string | null; client: string | null; since: string | null }>(
      `SELECT l.pid, a.application_name AS app, COALESCE(a.client_hostname, host(a.client_addr)) AS client,
              to_char(a.backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS"Z"') AS since
       FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
       WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
         AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
         AND l.classid = $1::bigint::oid AND l.objid = $2::bigint::oid`,
      [(key >> 32n).toString(), (key & 0xffffffffn).toString()],
    );
    return rows[0] ?? null;
  }

  /** Take the writer lock if it is free; false when another process holds it (workers ask again later on the same connection). */
  async tryLockWriter(): Promise<boolean> {
    if (this.lockHeld) return true;
    if (!this.lockClient) {
      const c = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 10_000, application_name: 'parallax writer' });
      c.on('error', () => {});
      try {
        await c.connect();
      } catch (e) {
        throw connectError(this.url, e);
      }
      this.lockClient = c;
    }
    this.lockHeld = (await this.lockClient.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [LOCK_WRITER.toString()])).rows[0].ok;
    if (this.lockHeld) {
      // A holder whose lock connection was ended (--break-lock) may still be inside a store
      // transaction, which holds the article lock: wait until it has committed or rolled back, so
      // that what this process resumes from includes it. That holder's next transaction finds its
      // writer lock gone and stops (writerCheck).
      await this.lockClient.query(`SELECT pg_advisory_lock(${LOCK_ARTICLE.toString()})`);
      await this.lockClient.query(`SELECT pg_advisory_unlock(${LOCK_ARTICLE.toString()})`);
    }
    return this.lockHeld;
  }

  async unlockWriter(): Promise<void> {
    const c = this.lockClient;
    if (!c) return;
    this.lockClient = null;
    if (this.lockHeld) await c.query('SELECT pg_advisory_unlock($1)', [LOCK_WRITER.toString()]).catch(() => {});
    this.lockHeld = false;
    await c.end().catch(() => {});
  }

  // ---- read side ---------------------------------------------------------------------------

  async storyOfArticle(id: string): Promise<string | null> {
    return (await this.q<{ story: string | null }>('SELECT story FROM articles WHERE id = $1', [id]))[0]?.story ?? null;
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = (await this.q<ArticleRow>('SELECT seq, id, doc, text, story, duplicate_of FROM articles WHERE id = $1', [id]))[0];
    return row ? toArticle(row) : null;
  }

  private async members(id: string): Promise<ArticleRow[]> {
    return this.q<ArticleRow>(
      'SELECT seq, id, doc, text, story, duplicate_of FROM articles WHERE story = $1 ORDER BY published IS NULL, published, seq',
      [id],
    );
  }

  async storyArticles(id: string): Promise<Article[]> {
    return (await this.members(id)).map(toArticle);
  }

  async storyMembers(id: string): Promise<StoredArticle[]> {
    return (await this.members(id)).map((r) => ({ article: toArticle(r), story: r.story, duplicateOf: r.duplicate_of }));
  }

  async getStory(id: string): Promise<StorySummary | null> {
    const rows = await this.q<StoryRow>('SELECT id, articles AS n, first, last, copies FROM stories WHERE id = $1', [id]);
    return rows.length ? (await this.summaries(rows))[0] : null;
  }

  async dataVersion(): Promise<number> {
    return (await this.q<{ v: number }>('SELECT last_value AS v FROM data_version'))[0].v;
  }

  async listStories(opts: { limit?: number; offset?: number; minArticles?: number } & CorpusFilter = {}): Promise<StorySummary[]> {
    const min = Math.max(1, opts.minArticles ?? 1);
    const filtered = hasFilter(opts);
    const f = articleFilterSql(opts, 'f', 2);
    const params: unknown[] = [min, ...(filtered ? f.params : [])];
    const exists = filtered ? `AND EXISTS (SELECT 1 FROM articles f WHERE f.story = s.id AND ${f.where})` : '';
    params.push(opts.limit ?? null, opts.offset ?? 0);
    const rows = await this.q<StoryRow>(
      `SELECT id, articles AS n, first, last, copies FROM stories s WHERE articles >= $1 ${exists}
       ORDER BY last IS NULL, last DESC, articles DESC, id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return this.summaries(rows);
  }

  async stats(opts: { minArticles?: number } & CorpusFilter = {}): Promise<StoreStats> {
    const min = Math.max(1, opts.minArticles ?? 1);
    if (!hasFilter(opts)) {
      const r = (await this.q<{ a: number; s: number }>(
        'SELECT (SELECT COUNT(*) FROM articles) AS a, (SELECT COUNT(*) FROM stories WHERE articles >= $1) AS s',
        [min],
      ))[0];
      return { articles: r.a, stories: r.s };
    }
    const f = articleFilterSql(opts, 'f', 1);
    const articles = (await this.q<{ n: number }>(`SELECT COUNT(*) AS n FROM articles f WHERE ${f.where}`, f.params))[0].n;
    const g = articleFilterSql(opts, 'f', 2);
    const stories = (await this.q<{ n: number }>(
      `SELECT COUNT(*) AS n FROM stories s WHERE articles >= $1 AND EXISTS (SELECT 1 FROM articles f WHERE f.story = s.id AND ${g.where})`,
      [min, ...g.params],
    ))[0].n;
    return { articles, stories };
  }

  async counts(filter: CorpusFilter = {}): Promise<DayOutletCount[]> {
    const f = articleFilterSql(filter, 'f', 1);
    return this.q<DayOutletCount>(
      `SELECT day, outlet, articles FROM (
         SELECT substr(published, 1, 10) AS day, outlet, COUNT(*)::int AS articles FROM articles f WHERE ${f.where} GROUP BY 1, 2) c
       ORDER BY day IS NULL, day, outlet IS NULL, lower(outlet), outlet`,
      f.params,
    );
  }

  async *eachArticle(filter: CorpusFilter = {}): AsyncIterable<StoredArticle> {
    const f = articleFilterSql(filter, 'f', 2);
    for (let after = 0; ; ) {
      const rows = await this.q<ArticleRow>(
        `SELECT seq, id, doc, text, story, duplicate_of FROM articles f WHERE seq > $1 AND ${f.where} ORDER BY seq LIMIT 500`,
        [after, ...f.params],
      );
      if (rows.length === 0) return;
      for (const r of rows) yield { article: toArticle(r), story: r.story, duplicateOf: r.duplicate_of };
      after = rows[rows.length - 1].seq;
    }
  }

  /** Headlines and outlets for a page of stories, in two grouped queries (as the SQLite store). */
  private async summaries(rows: StoryRow[]): Promise<StorySummary[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const titles = await this.q<TitleRow>(
      `SELECT story, title, COUNT(*) AS n, MIN(published) AS p, MIN(seq) AS s FROM articles
       WHERE story = ANY($1::text[]) AND title IS NOT NULL GROUP BY story, title`,
      [ids],
    );
    const outlets = await this.q<{ story: string; outlet: string; n: number }>(
      `SELECT story, outlet, COUNT(*) AS n FROM articles WHERE story = ANY($1::text[]) AND outlet IS NOT NULL GROUP BY story, outlet`,
      [ids],
    );
    return storySummaries(rows, titles, outlets);
  }

  async search(query: string, limit = 20, filter: CorpusFilter = {}): Promise<SearchHit[]> {
    const tree = parseSearchQuery(query);
    const params: unknown[] = [];
    const where = compileQuery(tree, params);
    const positive = positiveTsquery(tree, params);
    const f = articleFilterSql(filter, 'a', params.length + 1);
    params.push(...f.params);
    params.push(limit);
    // Ranking: ts_rank with title (A) counting twice the text (B), as SQLite's bm25 weights do.
    const rows = await this.q<{ id: string; story: string | null; title: string | null; outlet: string | null; published: string | null; snip: string; head: boolean; tail: boolean }>(
      `WITH hits AS (
         SELECT a.seq, a.id, a.story, a.title, a.outlet, a.published, a.text, ts_rank('{0, 0, 0.5, 1}', x.fts, ${positive}) AS rank
         FROM article_fts x JOIN articles a ON a.seq = x.seq
         WHERE ${where} AND ${f.where}
         ORDER BY rank DESC, a.seq LIMIT $${params.length}
       ), snips AS (
         SELECT *, ts_headline('${CFG}', text, ${positive}, 'StartSel=${MARK_OPEN}, StopSel=${MARK_CLOSE}, MaxWords=24, MinWords=12, ShortWord=0, MaxFragments=1') AS snip FROM hits
       )
       SELECT id, story, title, outlet, published, snip,
              starts_with(text, replace(replace(snip, '${MARK_OPEN}', ''), '${MARK_CLOSE}', '')) AS head,
              right(text, length(replace(replace(snip, '${MARK_OPEN}', ''), '${MARK_CLOSE}', ''))) = replace(replace(snip, '${MARK_OPEN}', ''), '${MARK_CLOSE}', '') AS tail
       FROM snips ORDER BY rank DESC, seq`,
      params,
    );
    return rows.map((r) => {
      // As FTS5's snippet: an ellipsis where the excerpt cuts the text.
      const marked = `${r.head ? '' : '…'}${r.snip}${r.tail ? '' : '…'}`;
      const { text, matches } = unmark(marked);
      return { article: r.id, story: r.story, title: r.title, outlet: r.outlet, published: r.published, snippet: text, matches };
    });
  }

  async integrityCheck(): Promise<string[]> {
    const problems: string[] = [];
    const drift = (await this.q<{ n: number }>(
      `SELECT COUNT(*) AS n FROM (
         (SELECT story, COUNT(*)::int, MIN(published), MAX(published), COUNT(duplicate_of)::int FROM articles GROUP BY story
          EXCEPT SELECT id, articles, first, last, copies FROM stories)
         UNION ALL
         (SELECT id, articles, first, last, copies FROM stories
          EXCEPT SELECT story, COUNT(*)::int, MIN(published), MAX(published), COUNT(duplicate_of)::int FROM articles GROUP BY story)) d`,
    ))[0].n;
    if (drift > 0) problems.push(`story totals: ${drift} stories disagree with their articles`);
    const lag = (await this.q<{ n: number }>('SELECT COUNT(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_fts x WHERE x.seq = a.seq)'))[0].n;
    if (lag > 0) problems.push(`full-text index: ${lag} articles not indexed yet`);
    const orphans = (await this.q<{ n: number }>('SELECT COUNT(*) AS n FROM articles WHERE story IS NULL'))[0].n;
    if (orphans > 0) problems.push(`${orphans} articles without a story`);
    return problems;
  }

  /** A connection of the pool for the worker queue (store/queue.ts), released by the caller. */
  async client(): Promise<pg.PoolClient> {
    return this.connect();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.unlockWriter();
    await this.pool.end().catch(() => {});
  }
}

/** The corpus filter over table alias `t`, parameters numbered from `$first` (as store/sqlite.ts). */
function articleFilterSql(f: CorpusFilter, t: string, first: number): { where: string; params: string[] } {
  const where: string[] = ['TRUE'];
  const params: string[] = [];
  let n = first;
  if (f.since) {
    where.push(`${t}.published IS NOT NULL AND ${t}.published >= $${n++}`);
    params.push(f.since);
  }
  if (f.until) {
    where.push(`${t}.published IS NOT NULL AND substr(${t}.published, 1, ${f.until.length}) <= $${n++}`);
    params.push(f.until);
  }
  if (f.outlet) {
    // SQLite's NOCASE folds ASCII letters only; lower() under the "C" collation does the same.
    where.push(`lower(${t}.outlet) = lower($${n++})`);
    params.push(f.outlet);
  }
  return { where: where.join(' AND '), params };
}

/** A term as a tsquery expression: phrases through phraseto_tsquery, prefixes through to_tsquery. */
function termTsquery(n: Extract<QueryNode, { kind: 'term' }>, params: unknown[]): string {
  if (!n.prefix) {
    params.push(n.text);
    return `phraseto_tsquery('${CFG}', $${params.length})`;
  }
  // "air ba"* : the last word is a prefix. Words are split as the search configuration would see
  // them at its simplest (letters and digits); each is quoted for to_tsquery.
  const words = n.text.split(/[^\p{L}\p{N}_]+/u).filter(Boolean);
  if (words.length === 0) {
    params.push(n.text);
    return `phraseto_tsquery('${CFG}', $${params.length})`;
  }
  const q = words.map((w, i) => `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'${i === words.length - 1 ? ':*' : ''}`).join(' <-> ');
  params.push(q);
  return `to_tsquery('${CFG}', $${params.length})`;
}

/** The query tree as a SQL condition over `x.fts`; a column filter keeps the title's (A) or the text's (B) words. */
function compileQuery(n: QueryNode, params: unknown[]): string {
  if (n.kind === 'term') {
    const q = termTsquery(n, params);
    if (n.column === null) return `(x.fts @@ ${q})`;
    return `(x.fts @@ ${q} AND ts_filter(x.fts, '{${n.column === 'title' ? 'a' : 'b'}}') @@ ${q})`;
  }
  const l = compileQuery(n.left, params);
  const r = compileQuery(n.right, params);
  if (n.kind === 'and') return `(${l} AND ${r})`;
  if (n.kind === 'or') return `(${l} OR ${r})`;
  return `(${l} AND NOT ${r})`;
}

/** Every term that must or may match (not the NOT side), OR-ed: what ranking and snippets look for. */
function positiveTsquery(n: QueryNode, params: unknown[]): string {
  const terms: string[] = [];
  const walk = (m: QueryNode): void => {
    if (m.kind === 'term') terms.push(termTsquery(m, params));
    else if (m.kind === 'not') walk(m.left);
    else {
      walk(m.left);
      walk(m.right);
    }
  };
  walk(n);
  return `(${terms.join(' || ')})`;
}

