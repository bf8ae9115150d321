/**
 * The SQLite corpus store (better-sqlite3): articles, story assignments, an FTS5 full-text index
 * and the clusterer's checkpoints in one file. Crash safety comes from SQLite itself: WAL
 * journal, one transaction per article (the clusterer's answer and, every N articles, its
 * snapshot inside the same transaction), so `kill -9` loses at most the article in flight.
 * Duplicates are refused by UNIQUE keys (canonical URL, text hash), checked inside the
 * transaction. Implements the `Store` and `CorpusWriter` interfaces of store/store.ts; their
 * methods return promises, but every one does its work synchronously (better-sqlite3), so an
 * article's transaction never yields to the event loop half-way.
 */
import { hostname } from 'node:os';
import { readFileSync } from 'node:fs';
import Database, { type Statement } from 'better-sqlite3';
import { UserError } from '../core/errors.js';
import type { Article } from '../core/schema.js';
import { migrate } from './migrations.js';
import type {
  CorpusFilter,
  DayOutletCount,
  AddHooks, AddResult, ArticleKeys, CorpusWriter, OpenOptions, SearchHit, Store, StoreStats,
  StoredArticle, StoryAssignment, StorySummary, CorpusStore, StoredToken,
} from './store.js';
import { MARK_CLOSE, MARK_OPEN, hasFilter, storySummaries, toArticle, tokenOf, unmark, type ArticleRow, type StoryRow, type TokenRow } from './rows.js';


/**
 * Null when `db` is empty (a new corpus) or Parallax's own (its schema version set and its
 * tables there, `articles` with our columns); else a short description of what it holds.
 * Reads only sqlite_master and pragmas: nothing is written.
 */
function foreignTables(db: Database.Database): string | null {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (tables.length === 0 && version === 0) return null;
  const ours =
    version >= 1 &&
    tables.includes('meta') &&
    tables.includes('articles') &&
    db.prepare("SELECT 1 FROM pragma_table_info('articles') WHERE name = 'text_hash'").get() !== undefined;
  if (ours) return null;
  const shown = tables.slice(0, 5).join(', ') + (tables.length > 5 ? ', …' : '');
  return tables.length ? `other tables: ${shown}` : `schema version ${version} and no tables`;
}

export class SqliteStore implements Store, CorpusWriter, CorpusStore {
  readonly file: string;
  private readonly db: Database.Database;
  private readonly stmts: ReturnType<SqliteStore['prepare']>;
  private locked = false;
  private versionStmt: Database.Statement | null = null;

  constructor(file: string, opts: OpenOptions = {}) {
    this.file = file;
    try {
      this.db = new Database(file, { fileMustExist: !!opts.mustExist });
      // Before anything writes (WAL, migrations): a database that is not Parallax's is refused
      // untouched — another application's file must not gain our tables or a journal mode.
      const foreign = foreignTables(this.db);
      if (foreign) {
        this.db.close();
        throw new UserError(file, `not a Parallax database (it holds ${foreign}); nothing was changed — pass a new file or a database made by parallax ingest`);
      }
      // WAL: readers (the web server, `parallax search`) never block the ingest writer, and a
      // commit is one append. synchronous=NORMAL keeps every committed transaction across a
      // process crash (only an OS crash or power cut can lose the last commits).
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('busy_timeout = 5000');
      // 64 MB page cache: the unique-key indexes and the FTS index stay in memory during ingest.
      this.db.pragma('cache_size = -65536');
      this.db.pragma('foreign_keys = ON');
      migrate(this.db, file);
    } catch (e) {
      if (e instanceof UserError) throw e;
      const code = (e as { code?: string }).code;
      if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw new UserError(file, 'not a Parallax database (or a damaged one)');
      if (code === 'SQLITE_CANTOPEN') throw new UserError(file, 'cannot open the database file');
      throw e;
    }
    this.stmts = this.prepare();
  }

  private prepare() {
    const db = this.db;
    return {
      byUrl: db.prepare<[string], { id: string }>('SELECT id FROM articles WHERE url_key = ?'),
      byHash: db.prepare<[string], { id: string }>('SELECT id FROM articles WHERE text_hash = ?'),
      maxSeq: db.prepare<[], { s: number | null }>('SELECT MAX(seq) AS s FROM articles'),
      insert: db.prepare(
        `INSERT INTO articles (seq, id, url_key, text_hash, title, outlet, published, doc, text, story, duplicate_of, ingested_at)
         VALUES (@seq, @id, @url_key, @text_hash, @title, @outlet, @published, @doc, @text, @story, @duplicate_of, @ingested_at)`,
      ),
      setStory: db.prepare<[string | null, string | null, string]>('UPDATE articles SET story = ?, duplicate_of = ? WHERE id = ?'),
      moveArticle: db.prepare<[string, string]>('UPDATE articles SET story = ? WHERE id = ?'),
      storyOf: db.prepare<[string], { story: string | null }>('SELECT story FROM articles WHERE id = ?'),
      mergeStories: db.prepare<[string, string]>('UPDATE articles SET story = ? WHERE story IN (SELECT value FROM json_each(?))'),
      countInto: db.prepare(
        `INSERT INTO stories (id, articles, first, last, copies) VALUES (@story, 1, @published, @published, @copy)
         ON CONFLICT(id) DO UPDATE SET
           articles = articles + 1,
           first = CASE WHEN excluded.first IS NOT NULL AND (first IS NULL OR excluded.first < first) THEN excluded.first ELSE first END,
           last = CASE WHEN excluded.last IS NOT NULL AND (last IS NULL OR excluded.last > last) THEN excluded.last ELSE last END,
           copies = copies + excluded.copies`,
      ),
      recount: db.prepare<[string]>(
        `INSERT OR REPLACE INTO stories (id, articles, first, last, copies)
         SELECT story, COUNT(*), MIN(published), MAX(published), SUM(duplicate_of IS NOT NULL) FROM articles WHERE story = ? GROUP BY story`,
      ),
      // Stories left without articles (merged away): their ids, as JSON, twice.
      dropStories: db.prepare<[string, string]>(
        'DELETE FROM stories WHERE id IN (SELECT value FROM json_each(?)) AND id NOT IN (SELECT story FROM articles WHERE story IN (SELECT value FROM json_each(?)))',
      ),
      getArticle: db.prepare<[string], ArticleRow>('SELECT seq, id, doc, text, story, duplicate_of FROM articles WHERE id = ?'),
      storyArticles: db.prepare<[string], ArticleRow>(
        'SELECT seq, id, doc, text, story, duplicate_of FROM articles WHERE story = ? ORDER BY published IS NULL, published, seq',
      ),
      after: db.prepare<[number, number], ArticleRow>('SELECT seq, id, doc, text, story, duplicate_of FROM articles WHERE seq > ? ORDER BY seq LIMIT ?'),
      loadState: db.prepare<[], { watermark: number; snapshot: Buffer }>('SELECT watermark, snapshot FROM cluster_state WHERE id = 1'),
      saveState: db.prepare<[number, Buffer, string]>(
        `INSERT INTO cluster_state (id, watermark, snapshot, saved_at) VALUES (1, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET watermark = excluded.watermark, snapshot = excluded.snapshot, saved_at = excluded.saved_at`,
      ),
      getMeta: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
      setMeta: db.prepare<[string, string]>('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
      delMeta: db.prepare<[string]>('DELETE FROM meta WHERE key = ?'),
      storyRow: db.prepare<[string], StoryRow>('SELECT id, articles AS n, first, last, copies FROM stories WHERE id = ?'),
      storyRows: db.prepare<[number, number, number], StoryRow>(
        `SELECT id, articles AS n, first, last, copies FROM stories WHERE articles >= ?
         ORDER BY last IS NULL, last DESC, articles DESC, id LIMIT ? OFFSET ?`,
      ),
      titles: db.prepare<[string], { story: string; title: string; n: number; p: string | null; s: number }>(
        `SELECT story, title, COUNT(*) AS n, MIN(published) AS p, MIN(seq) AS s FROM articles
         WHERE story IN (SELECT value FROM json_each(?)) AND title IS NOT NULL GROUP BY story, title`,
      ),
      outlets: db.prepare<[string], { story: string; outlet: string; n: number }>(
        `SELECT story, outlet, COUNT(*) AS n FROM articles
         WHERE story IN (SELECT value FROM json_each(?)) AND outlet IS NOT NULL GROUP BY story, outlet`,
      ),
      ftsIndex: db.prepare<[number]>('INSERT INTO articles_fts (rowid, title, text) SELECT seq, title, text FROM articles WHERE seq > ? ORDER BY seq'),
      countArticles: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM articles'),
      countStories: db.prepare<[number], { n: number }>('SELECT COUNT(*) AS n FROM stories WHERE articles >= ?'),
      search: db.prepare<[string, string, string, number], { id: string; story: string | null; title: string | null; outlet: string | null; published: string | null; snip: string }>(
        `SELECT a.id, a.story, a.title, a.outlet, a.published, snippet(articles_fts, 1, ?, ?, '…', 24) AS snip
         FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
         WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 2.0, 1.0), a.seq LIMIT ?`,
      ),
    };
  }

  // ---- ingest side -------------------------------------------------------------------------

  async articleByUrlKey(urlKey: string): Promise<string | null> {
    return this.stmts.byUrl.get(urlKey)?.id ?? null;
  }

  async addArticle(article: Article, keys: ArticleKeys, hooks: AddHooks): Promise<AddResult> {
    const s = this.stmts;
    // IMMEDIATE: take the write lock before reading, so the duplicate check and the insert see
    // the same database even if another process writes in between.
    return this.db.transaction((): AddResult => {
      if (keys.urlKey !== null) {
        const hit = s.byUrl.get(keys.urlKey);
        if (hit) return { status: 'duplicate', of: hit.id, by: 'url' };
      }
      const same = s.byHash.get(keys.textHash);
      if (same) return { status: 'duplicate', of: same.id, by: 'text' };
      const seq = (s.maxSeq.get()?.s ?? 0) + 1;
      const id = `a${seq}`;
      const stored: Article = { ...article, id };
      const a = hooks.assign(stored, seq);
      const { text, ...rest } = stored;
      s.insert.run({
        seq, id, url_key: keys.urlKey, text_hash: keys.textHash,
        title: stored.title, outlet: stored.outlet, published: stored.published,
        doc: JSON.stringify(rest), text, story: a.story, duplicate_of: a.duplicateOf,
        ingested_at: new Date().toISOString(),
      });
      s.countInto.run({ story: a.story, published: stored.published, copy: a.duplicateOf === null ? 0 : 1 });
      if (a.merged.length) this.merge(a.story, a.merged);
      if (a.moved?.length) this.move(a.moved);
      const snap = hooks.checkpoint?.(seq) ?? null;
      if (snap) s.saveState.run(seq, snap, new Date().toISOString());
      return { status: 'new', id, seq, story: a.story };
    }).immediate();
  }

  /** Move the articles of the `merged` stories into `story` and fix the totals. */
  private merge(story: string, merged: string[]): void {
    const ids = JSON.stringify(merged);
    this.stmts.mergeStories.run(story, ids);
    this.stmts.recount.run(story);
    this.stmts.dropStories.run(ids, ids);
  }

  /**
   * Move earlier articles to the stories the clusterer now puts them in (it re-clusters locally,
   * so a story can split); totals of both sides are recounted and emptied stories dropped.
   */
  async settleStories(moved: Array<{ article: string; story: string }>, snapshot: Buffer, watermark: number): Promise<void> {
    this.db.transaction(() => {
      if (moved.length) this.move(moved);
      this.stmts.saveState.run(watermark, snapshot, new Date().toISOString());
    }).immediate();
  }

  private move(moved: Array<{ article: string; story: string }>): void {
    const touched = new Set<string>();
    for (const m of moved) {
      const before = this.stmts.storyOf.get(m.article)?.story ?? null;
      this.stmts.moveArticle.run(m.story, m.article);
      if (before !== null) touched.add(before);
      touched.add(m.story);
    }
    const ids = [...touched].sort();
    for (const id of ids) this.stmts.recount.run(id);
    const all = JSON.stringify(ids);
    this.stmts.dropStories.run(all, all);
  }

  async applyAssignment(articleId: string, a: StoryAssignment): Promise<void> {
    this.db.transaction(() => {
      const before = this.stmts.storyOf.get(articleId)?.story ?? null;
      this.stmts.setStory.run(a.story, a.duplicateOf, articleId);
      if (a.merged.length) this.merge(a.story, a.merged);
      if (a.moved?.length) this.move(a.moved);
      // Replay normally re-derives the stored answer; if not, both stories' totals change.
      this.stmts.recount.run(a.story);
      if (before !== null && before !== a.story) {
        this.stmts.recount.run(before);
        const gone = JSON.stringify([before]);
        this.stmts.dropStories.run(gone, gone);
      }
    }).immediate();
  }

  async loadClusterState(): Promise<{ snapshot: Buffer; watermark: number } | null> {
    return this.stmts.loadState.get() ?? null;
  }

  async saveClusterState(snapshot: Buffer, watermark: number): Promise<void> {
    this.stmts.saveState.run(watermark, snapshot, new Date().toISOString());
  }

  async articlesAfter(after: number, limit: number): Promise<Array<{ seq: number; article: Article }>> {
    return this.stmts.after.all(after, limit).map((row) => ({ seq: row.seq, article: toArticle(row) }));
  }

  async lastSeq(): Promise<number> {
    return this.maxSeq();
  }

  private maxSeq(): number {
    return this.stmts.maxSeq.get()?.s ?? 0;
  }

  /** Highest seq in the full-text index. */
  private indexedSeq(): number {
    return Number(this.stmts.getMeta.get('fts_seq')?.value ?? 0);
  }

  async indexPending(): Promise<number> {
    return this.db.transaction(() => {
      const from = this.indexedSeq();
      const to = this.maxSeq();
      if (to <= from) return 0;
      this.stmts.ftsIndex.run(from);
      this.stmts.setMeta.run('fts_seq', String(to));
      return to - from;
    }).immediate();
  }

  async lockWriter(force = false): Promise<void> {
    const me = { pid: process.pid, host: hostname() };
    this.db.transaction(() => {
      const held = this.stmts.getMeta.get('writer');
      if (held) {
        const other = JSON.parse(held.value) as { pid: number; host: string };
        // A lock left by a process that died (kill -9, power cut) is stale and taken over; a
        // live one on this machine means two ingests would interleave their clustering.
        if (!force && other.host === me.host && other.pid !== me.pid && pidAlive(other.pid)) {
          throw new UserError(
            this.file,
            `another parallax ingest (pid ${other.pid}) is writing to this database; wait for it to finish (if no ingest is running, that pid now belongs to another program: run ingest with --break-lock)`,
          );
        }
      }
      this.stmts.setMeta.run('writer', JSON.stringify(me));
    }).immediate();
    this.locked = true;
  }

  async unlockWriter(): Promise<void> {
    this.releaseWriter();
  }

  private releaseWriter(): void {
    if (!this.locked) return;
    this.stmts.delMeta.run('writer');
    this.locked = false;
  }

  // ---- read side ---------------------------------------------------------------------------

  async storyOfArticle(id: string): Promise<string | null> {
    return this.stmts.storyOf.get(id)?.story ?? null;
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = this.stmts.getArticle.get(id);
    return row ? toArticle(row) : null;
  }

  async storyArticles(id: string): Promise<Article[]> {
    return this.stmts.storyArticles.all(id).map(toArticle);
  }

  async storyMembers(id: string): Promise<StoredArticle[]> {
    return this.stmts.storyArticles.all(id).map((r) => ({ article: toArticle(r), story: r.story, duplicateOf: r.duplicate_of }));
  }

  async getStory(id: string): Promise<StorySummary | null> {
    const row = this.stmts.storyRow.get(id);
    return row ? this.summaries([row])[0] : null;
  }

  /**
   * A number that changes whenever the database may have changed: SQLite's data_version (bumped
   * by another connection's commit, e.g. a running ingest) plus this connection's own writes.
   * Readers cache answers per version (the web server's stories list).
   */
  async dataVersion(): Promise<number> {
    this.versionStmt ??= this.db.prepare('SELECT (SELECT data_version FROM pragma_data_version()) * 1000003 + total_changes()').pluck();
    return this.versionStmt.get() as number;
  }

  async listStories(opts: { limit?: number; offset?: number; minArticles?: number } & CorpusFilter = {}): Promise<StorySummary[]> {
    const min = Math.max(1, opts.minArticles ?? 1);
    if (!hasFilter(opts)) return this.summaries(this.stmts.storyRows.all(min, opts.limit ?? -1, opts.offset ?? 0));
    const f = articleFilterSql(opts, 'f');
    const rows = this.cached<StoryRow>(
      `SELECT id, articles AS n, first, last, copies FROM stories s WHERE articles >= ?
       AND EXISTS (SELECT 1 FROM articles f WHERE f.story = s.id AND ${f.where})
       ORDER BY last IS NULL, last DESC, articles DESC, id LIMIT ? OFFSET ?`,
    ).all(min, ...f.params, opts.limit ?? -1, opts.offset ?? 0);
    return this.summaries(rows);
  }

  async stats(opts: { minArticles?: number } & CorpusFilter = {}): Promise<StoreStats> {
    const min = Math.max(1, opts.minArticles ?? 1);
    if (!hasFilter(opts)) {
      return { articles: this.stmts.countArticles.get()?.n ?? 0, stories: this.stmts.countStories.get(min)?.n ?? 0 };
    }
    const f = articleFilterSql(opts, 'f');
    const articles = this.cached<{ n: number }>(`SELECT COUNT(*) AS n FROM articles f WHERE ${f.where}`).get(...f.params)?.n ?? 0;
    const stories = this.cached<{ n: number }>(
      `SELECT COUNT(*) AS n FROM stories s WHERE articles >= ? AND EXISTS (SELECT 1 FROM articles f WHERE f.story = s.id AND ${f.where})`,
    ).get(min, ...f.params)?.n ?? 0;
    return { articles, stories };
  }

  async counts(filter: CorpusFilter = {}): Promise<DayOutletCount[]> {
    const f = articleFilterSql(filter, 'f');
    return this.cached<DayOutletCount>(
      `SELECT substr(published, 1, 10) AS day, outlet, COUNT(*) AS articles FROM articles f WHERE ${f.where}
       GROUP BY day, outlet ORDER BY day IS NULL, day, outlet IS NULL, outlet COLLATE NOCASE, outlet`,
    ).all(...f.params);
  }

  async *eachArticle(filter: CorpusFilter = {}): AsyncIterable<StoredArticle> {
    const f = articleFilterSql(filter, 'f');
    const page = this.cached<ArticleRow>(
      `SELECT seq, id, doc, text, story, duplicate_of FROM articles f WHERE seq > ? AND ${f.where} ORDER BY seq LIMIT 500`,
    );
    // Page by page on the primary key, so that an export of a large corpus streams in constant memory.
    for (let after = 0; ; ) {
      const rows = page.all(after, ...f.params);
      if (rows.length === 0) return;
      for (const r of rows) yield { article: toArticle(r), story: r.story, duplicateOf: r.duplicate_of };
      after = rows[rows.length - 1].seq;
    }
  }

  async addToken(t: StoredToken): Promise<void> {
    this.db
      .prepare('INSERT INTO tokens (id, hash, name, read_only, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(t.id, t.hash, t.name, t.readOnly ? 1 : 0, t.createdAt);
  }

  async tokenByHash(hash: string): Promise<StoredToken | null> {
    const r = this.cached<TokenRow>('SELECT id, hash, name, read_only, created_at FROM tokens WHERE hash = ?').get(hash);
    return r ? tokenOf(r) : null;
  }

  async listTokens(): Promise<StoredToken[]> {
    return this.cached<TokenRow>('SELECT id, hash, name, read_only, created_at FROM tokens ORDER BY created_at, id').all().map(tokenOf);
  }

  async revokeToken(id: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM tokens WHERE id = ?').run(id).changes > 0;
  }

  async readSetting(key: string): Promise<string | null> {
    return this.stmts.getMeta.get(`setting:${key}`)?.value ?? null;
  }

  async writeSetting(key: string, value: string): Promise<void> {
    this.stmts.setMeta.run(`setting:${key}`, value);
  }

  /** Prepared statements for the filtered queries, one per SQL text (a handful of shapes). */
  private readonly statements = new Map<string, Statement>();
  private cached<R>(sql: string): { all(...p: unknown[]): R[]; get(...p: unknown[]): R | undefined } {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st as unknown as { all(...p: unknown[]): R[]; get(...p: unknown[]): R | undefined };
  }

  /** Headlines and outlets for a page of stories, in two grouped queries (not one per story). */
  private summaries(rows: StoryRow[]): StorySummary[] {
    if (rows.length === 0) return [];
    const ids = JSON.stringify(rows.map((r) => r.id));
    return storySummaries(rows, this.stmts.titles.all(ids), this.stmts.outlets.all(ids));
  }

  async search(query: string, limit = 20, filter: CorpusFilter = {}): Promise<SearchHit[]> {
    if (query.trim() === '') throw new UserError(null, 'empty search query');
    let rows;
    try {
      if (!hasFilter(filter)) rows = this.stmts.search.all(MARK_OPEN, MARK_CLOSE, query, limit);
      else {
        const f = articleFilterSql(filter, 'a');
        rows = this.cached<{ id: string; story: string | null; title: string | null; outlet: string | null; published: string | null; snip: string }>(
          `SELECT a.id, a.story, a.title, a.outlet, a.published, snippet(articles_fts, 1, ?, ?, '…', 24) AS snip
           FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
           WHERE articles_fts MATCH ? AND ${f.where} ORDER BY bm25(articles_fts, 2.0, 1.0), a.seq LIMIT ?`,
        ).all(MARK_OPEN, MARK_CLOSE, query, ...f.params, limit);
      }
    } catch (e) {
      if ((e as { code?: string }).code?.startsWith('SQLITE_ERROR')) {
        throw new UserError(null, `invalid search query '${query}' (${(e as Error).message}; the syntax: https://sqlite.org/fts5.html#full_text_query_syntax)`);
      }
      throw e;
    }
    return rows.map((r) => {
      const { text, matches } = unmark(r.snip);
      return { article: r.id, story: r.story, title: r.title, outlet: r.outlet, published: r.published, snippet: text, matches };
    });
  }

  /** SQLite's own consistency checks plus the FTS index against its content table. */
  async integrityCheck(): Promise<string[]> {
    const lag = this.maxSeq() - this.indexedSeq();
    const problems = (this.db.pragma('integrity_check') as Array<{ integrity_check: string }>)
      .map((r) => r.integrity_check)
      .filter((m) => m !== 'ok');
    const drift = this.db
      .prepare(
        `SELECT COUNT(*) AS n FROM (
           SELECT * FROM (SELECT story, COUNT(*), MIN(published), MAX(published), SUM(duplicate_of IS NOT NULL) FROM articles GROUP BY story
                          EXCEPT SELECT id, articles, first, last, copies FROM stories)
           UNION ALL
           SELECT * FROM (SELECT id, articles, first, last, copies FROM stories
                          EXCEPT SELECT story, COUNT(*), MIN(published), MAX(published), SUM(duplicate_of IS NOT NULL) FROM articles GROUP BY story))`,
      )
      .get() as { n: number };
    if (drift.n > 0) problems.push(`story totals: ${drift.n} stories disagree with their articles`);
    if (lag > 0) problems.push(`full-text index: ${lag} articles not indexed yet`);
    else {
      try {
        this.db.exec(`INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)`);
      } catch (e) {
        problems.push(`full-text index: ${(e as Error).message}`);
      }
    }
    return problems;
  }

  /** Closing the last connection checkpoints the WAL into the main file and removes it. */
  async close(): Promise<void> {
    if (!this.db.open) return;
    this.releaseWriter();
    this.db.close();
  }
}

/**
 * The WHERE clause of a corpus filter over the articles table aliased `t`. Dates are ISO prefixes
 * compared as text: `until` compares the same number of leading characters, so "2024-03" keeps
 * all of March. Parameters only, never interpolated values.
 */
function articleFilterSql(f: CorpusFilter, t: string): { where: string; params: string[] } {
  const where: string[] = ['1'];
  const params: string[] = [];
  if (f.since) {
    where.push(`${t}.published IS NOT NULL AND ${t}.published >= ?`);
    params.push(f.since);
  }
  if (f.until) {
    where.push(`${t}.published IS NOT NULL AND substr(${t}.published, 1, ${f.until.length}) <= ?`);
    params.push(f.until);
  }
  if (f.outlet) {
    where.push(`${t}.outlet = ? COLLATE NOCASE`);
    params.push(f.outlet);
  }
  return { where: where.join(' AND '), params };
}


function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // The pid may have been reused by another program since the ingest died: where the process
  // table can be read (Linux), only a Node process can be a parallax ingest.
  try {
    return /node|parallax/i.test(readFileSync(`/proc/${pid}/cmdline`, 'latin1'));
  } catch {
    return true;
  }
}
