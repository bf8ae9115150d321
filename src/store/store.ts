/**
 * The corpus store behind a narrow interface: what the commands, the web server and corpus
 * ingest may ask of it, and nothing about SQL. The SQLite implementation (store/sqlite.ts) is the
 * default; a PostgreSQL backend for deployments that outgrow one machine implements the same two
 * interfaces (`Store` to read, `CorpusWriter` to ingest). Every method returns a promise, so a
 * networked backend fits behind them; the SQLite backend answers synchronously inside them
 * (better-sqlite3), so one article's transaction still runs without a turn of the event loop.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import envPaths from 'env-paths';
import { UserError } from '../core/errors.js';
import type { Article } from '../core/schema.js';
import { SqliteStore } from './sqlite.js';

export interface StorySummary {
  id: string;
  /** The story's most common title (ties: the earliest), or null when no article has one. */
  headline: string | null;
  /** Earliest and latest publication date of its articles (ISO, as the sources give them). */
  first: string | null;
  last: string | null;
  articles: number;
  /** Outlets, most articles first, then by name. */
  outlets: string[];
  /** How many of its articles the clusterer found to be near-verbatim copies of another (wire copies). */
  copies: number;
  /** The story's thread (set by `parallax stories` from the clusterer's state, not by the store). */
  thread?: { id: string; stories: number };
}

export interface SearchHit {
  article: string;
  story: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** A short excerpt around the matches, plain text (no markup). */
  snippet: string;
  /** The matched terms in `snippet`, as [start, end) offsets into it, for highlighting. */
  matches: Array<{ start: number; end: number }>;
}

/** One stored article with what the clusterer said about it. */
export interface StoredArticle {
  article: Article;
  story: string | null;
  duplicateOf: string | null;
}

export interface StoreStats {
  articles: number;
  stories: number;
}

/**
 * Which part of the corpus a query covers. Dates are ISO prefixes compared as text, so a year
 * ("2024") or a month ("2024-03") works as well as a day: `since` keeps what was published on or
 * after it, `until` what was published on or before it (the whole month for "2024-03"). An
 * article without a date is outside any date filter. `outlet` is compared without case.
 */
export interface CorpusFilter {
  since?: string;
  until?: string;
  outlet?: string;
}

/** Articles per publication day and outlet (`day` and `outlet` null where the source has none). */
export interface DayOutletCount {
  day: string | null;
  outlet: string | null;
  articles: number;
}

/** The read side: what commands and the web server use. */
export interface Store {
  /** Latest first. With a filter: stories with an article in the dates and from the outlet. */
  listStories(opts?: { limit?: number; offset?: number; minArticles?: number } & CorpusFilter): Promise<StorySummary[]>;
  getStory(id: string): Promise<StorySummary | null>;
  /** Articles as ingested (cleaned text + metadata), in date order (undated last, then ingest order). */
  storyArticles(id: string): Promise<Article[]>;
  /** The same, with each article's story and wire-copy link. */
  storyMembers(id: string): Promise<StoredArticle[]>;
  getArticle(id: string): Promise<Article | null>;
  /** The story an article belongs to, or null (unknown article, or not clustered yet). */
  storyOfArticle(id: string): Promise<string | null>;
  /**
   * Full-text search (SQLite FTS5 query syntax); a malformed query is a UserError. Covers every
   * article once an ingest has finished; during one, the newest few hundred may not be found yet.
   */
  search(query: string, limit?: number, filter?: CorpusFilter): Promise<SearchHit[]>;
  /** Totals; with a filter, of the articles (and stories holding one) that it keeps. */
  stats(opts?: { minArticles?: number } & CorpusFilter): Promise<StoreStats>;
  /** Articles per day and outlet, days in order, then outlets by name. */
  counts(filter?: CorpusFilter): Promise<DayOutletCount[]>;
  /** Every stored article with its story, in ingest order, page by page (exports). */
  eachArticle(filter?: CorpusFilter): AsyncIterable<StoredArticle>;
  close(): Promise<void>;
}

/** How an article is told apart from the ones already stored (store/identity.ts). */
export interface ArticleKeys {
  urlKey: string | null;
  textHash: string;
}

/** What the clusterer said about one article (the `Assignment` of src/cluster). */
export interface StoryAssignment {
  story: string;
  merged: string[];
  duplicateOf: string | null;
  /** Earlier articles the clusterer moved to another story (a split or a better fit). */
  moved?: Array<{ article: string; story: string }>;
}

export type AddResult =
  | { status: 'new'; id: string; seq: number; story: string }
  | { status: 'duplicate'; of: string; by: 'url' | 'text' };

export interface AddHooks {
  /** Called inside the article's transaction with its final id; its answer is stored with it. */
  assign(article: Article, seq: number): StoryAssignment;
  /** Called inside the same transaction after `assign`: a clusterer snapshot to persist now, or null. */
  checkpoint?(seq: number): Buffer | null;
}

/**
 * The ingest side. One transaction per article, so a crash loses at most the article in flight.
 * The hooks of `addArticle` are synchronous: they run inside the article's transaction.
 */
export interface CorpusWriter {
  /** The id of the stored article with this URL key (identity.ts), or null: a cheap indexed look-up. */
  articleByUrlKey(urlKey: string): Promise<string | null>;
  /** Store `article` (its `id` is replaced by the store's) unless it duplicates a stored one. */
  addArticle(article: Article, keys: ArticleKeys, hooks: AddHooks): Promise<AddResult>;
  /** Re-apply an assignment (when the clusterer replays articles after a crash). */
  applyAssignment(articleId: string, a: StoryAssignment): Promise<void>;
  /**
   * The stored checkpoint; `unreadable` says why a stored one cannot be put together (a store
   * that keeps it in parts: pg.ts), which the resume treats as a snapshot it cannot restore.
   */
  loadClusterState(): Promise<{ snapshot: Buffer; watermark: number; unreadable?: string } | null>;
  /** Move articles to the stories the clusterer settled on and save its checkpoint, in one transaction. */
  settleStories(moved: Array<{ article: string; story: string }>, snapshot: Buffer, watermark: number): Promise<void>;
  /**
   * Save a whole snapshot. `replace`: it does not continue the stored checkpoint (the articles
   * were clustered anew), so a store that keeps checkpoints in parts must drop every stored part.
   */
  saveClusterState(snapshot: Buffer, watermark: number, replace?: boolean): Promise<void>;
  /** Up to `limit` articles with seq > `after`, in ingest order (for replay, page by page). */
  articlesAfter(after: number, limit: number): Promise<Array<{ seq: number; article: Article }>>;
  /** Highest seq stored (0 when empty). */
  lastSeq(): Promise<number>;
  /** Add the articles stored since the last call to the full-text index; returns how many. */
  indexPending(): Promise<number>;
  /** A value the ingest side keeps between runs (e.g. the feed poller's state), or null. */
  readSetting(key: string): Promise<string | null>;
  writeSetting(key: string, value: string): Promise<void>;
  /** Take the writer lock; throws a UserError when a live ingest holds it; `force` takes over a lock whose holder looks alive (see --break-lock). */
  lockWriter(force?: boolean): Promise<void>;
  unlockWriter(): Promise<void>;
}

/** An API token as stored: never the secret, only its hash (src/store/tokens.ts makes and checks them). */
export interface StoredToken {
  /** Public identifier (the token's prefix), for listing and revoking. */
  id: string;
  /** Hex SHA-256 of the whole token. */
  hash: string;
  name: string | null;
  /** A read-only token may read (GET) but not paste articles for analysis or ingest. */
  readOnly: boolean;
  createdAt: string;
}

/** The team server's token table (a migration creates it); every backend implements it. */
export interface TokenStore {
  addToken(token: StoredToken): Promise<void>;
  /** The token with this hash, or null (unknown or revoked). */
  tokenByHash(hash: string): Promise<StoredToken | null>;
  /** Every token, oldest first. */
  listTokens(): Promise<StoredToken[]>;
  /** Revoke (delete) a token by id; false when there is none. */
  revokeToken(id: string): Promise<boolean>;
}

/** An open corpus database: both sides, plus what commands and tests ask of the database itself. */
export interface CorpusStore extends Store, CorpusWriter, TokenStore {
  /** The database as shown to the user (a file path). */
  readonly file: string;
  /**
   * A number that changes whenever the database may have changed (another process's commit
   * included): readers cache answers per version (the web server's stories list).
   */
  dataVersion(): Promise<number>;
  /** The database's own consistency checks plus the story totals and full-text index; [] when sound. */
  integrityCheck(): Promise<string[]>;
}

export interface OpenOptions {
  /** Open an existing database only (read commands): a missing file is a UserError, not a new corpus. */
  mustExist?: boolean;
}

/** The default database: PARALLAX_DB, else `parallax.db` in the user's data directory. */
export function defaultDbPath(): string {
  const env = process.env.PARALLAX_DB;
  if (env && env.trim() !== '') return env;
  return path.join(envPaths('parallax', { suffix: '' }).data, 'parallax.db');
}

/** Open (and migrate) the corpus database `file` (default: defaultDbPath()). */
export async function openStore(file?: string, opts: OpenOptions = {}): Promise<CorpusStore> {
  const db = file ?? defaultDbPath();
  // A database URL is PostgreSQL (never a file path: `postgres:` must not become a directory).
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(db.trim())) {
    if (!/^postgres(ql)?:\/\//i.test(db.trim())) {
      throw new UserError(db.replace(/:[^:@/]*@/, ':***@'), 'not a corpus database: --db takes a file path or a postgres:// URL');
    }
    // The driver loads only for a PostgreSQL corpus.
    const { PgStore } = await import('./pg.js');
    return PgStore.open(db.trim(), opts);
  }
  if (opts.mustExist && !existsSync(db)) {
    throw new UserError(db, 'no corpus database here (run `parallax ingest` first, or pass --db PATH)');
  }
  if (!opts.mustExist) mkdirSync(path.dirname(path.resolve(db)), { recursive: true });
  return new SqliteStore(db, opts);
}
