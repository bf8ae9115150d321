/**
 * Schema migrations of the SQLite corpus store. The database's `PRAGMA user_version` is the
 * number of migrations applied; opening a store applies the missing ones in order, each in its
 * own transaction, so an interrupted upgrade leaves the previous version intact. Migrations are
 * append-only: never edit one that has shipped, add the next.
 */
import type { Database } from 'better-sqlite3';
import { UserError } from '../core/errors.js';

export const MIGRATIONS: readonly string[] = [
  // 1: articles with their story assignment, full-text index, clusterer checkpoints, metadata.
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

  CREATE TABLE articles (
    seq          INTEGER PRIMARY KEY,   -- ingest order; the clusterer checkpoint's watermark counts it
    id           TEXT NOT NULL UNIQUE,  -- 'a' || seq, stable for the life of the database
    url_key      TEXT UNIQUE,           -- canonical URL key (store/identity.ts), null when unknown
    text_hash    TEXT NOT NULL UNIQUE,  -- hash of the normalised text: the same text is stored once
    title        TEXT,
    outlet       TEXT,
    published    TEXT,
    doc          TEXT NOT NULL,         -- the Article as JSON without its text (forward-compatible)
    text         TEXT NOT NULL,         -- cleaned text, never changed after ingest
    story        TEXT,                  -- story id from the clusterer
    duplicate_of TEXT,                  -- earlier article this one is a near-verbatim (wire) copy of
    ingested_at  TEXT NOT NULL
  );
  CREATE INDEX articles_story ON articles(story, published);
  -- Covering indexes for a page of story summaries (headline = most common title, outlets).
  CREATE INDEX articles_story_title ON articles(story, title, published);
  CREATE INDEX articles_story_outlet ON articles(story, outlet);

  -- Per-story totals, kept up to date in each article's transaction, so that listing stories
  -- does not aggregate the whole articles table on every request.
  CREATE TABLE stories (
    id       TEXT PRIMARY KEY,
    articles INTEGER NOT NULL,
    first    TEXT,
    last     TEXT,
    copies   INTEGER NOT NULL
  ) WITHOUT ROWID;

  -- Full-text index over the articles table (external content: the text is stored once). It is
  -- filled in batches up to meta 'fts_seq' (store/sqlite.ts indexPending), not by a trigger:
  -- FTS5 writes a new index segment at every commit, so indexing article by article in its own
  -- transaction costs twice the CPU and many times the I/O of indexing 500 at once.
  CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
  );

  -- The clusterer's state after the article with seq = watermark; newer articles are replayed.
  CREATE TABLE cluster_state (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    watermark INTEGER NOT NULL,
    snapshot  BLOB NOT NULL,
    saved_at  TEXT NOT NULL
  );
  `,
  // 2: API tokens of the team server (src/store/tokens.ts): only a SHA-256 hash of each secret
  // is kept, never the secret itself. Plain SQL that PostgreSQL runs as well.
  `
  CREATE TABLE tokens (
    id         TEXT PRIMARY KEY,       -- public part, shown by \`parallax token list\`
    hash       TEXT NOT NULL UNIQUE,   -- hex SHA-256 of the whole token
    name       TEXT,
    read_only  INTEGER NOT NULL,       -- 1: GET only (no paste, no ingest)
    created_at TEXT NOT NULL
  );
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Bring `db` to the current schema. Refuses a database written by a newer Parallax. */
export function migrate(db: Database, file: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new UserError(file, `database schema version ${current} is newer than this Parallax understands (${SCHEMA_VERSION}); upgrade Parallax`);
  }
  for (let v = current; v < SCHEMA_VERSION; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}
