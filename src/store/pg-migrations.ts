/**
 * Schema migrations of the PostgreSQL corpus store. The table `parallax_schema` holds the name of
 * the application and the number of migrations applied; opening a store applies the missing ones
 * in order, each in its own transaction under an advisory lock, so several workers starting at
 * once migrate once and an interrupted upgrade leaves the previous version intact. Migrations are
 * append-only: never edit one that has shipped, add the next.
 *
 * Text columns use the "C" collation: comparisons and ORDER BY are by code point, as in SQLite,
 * so dates, ids and titles sort the same on both backends.
 */

/** Advisory lock keys (one 64-bit namespace per database): arbitrary constants, "PRLX" + n. */
export const LOCK_MIGRATE = 0x50524c58_0001n;
export const LOCK_WRITER = 0x50524c58_0002n;
export const LOCK_ARTICLE = 0x50524c58_0003n;
export const LOCK_INDEX = 0x50524c58_0004n;

export const PG_MIGRATIONS: readonly string[] = [
  // 1: the same tables as SQLite's first migration; the full-text index is a tsvector table with
  //    a GIN index, filled in batches like FTS5's (store/pg.ts indexPending).
  `
  CREATE EXTENSION IF NOT EXISTS unaccent;
  -- Words as SQLite's unicode61 tokenizer with remove_diacritics sees them: lower case, accents
  -- folded, no stemming and no stop words (the 'simple' dictionary).
  CREATE TEXT SEARCH CONFIGURATION parallax_search (COPY = simple);
  ALTER TEXT SEARCH CONFIGURATION parallax_search ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

  CREATE TABLE meta (key TEXT COLLATE "C" PRIMARY KEY, value TEXT NOT NULL);

  CREATE TABLE articles (
    seq          BIGINT PRIMARY KEY,              -- ingest order; the clusterer checkpoint's watermark counts it
    id           TEXT COLLATE "C" NOT NULL UNIQUE,
    url_key      TEXT COLLATE "C" UNIQUE,
    text_hash    TEXT COLLATE "C" NOT NULL UNIQUE,
    title        TEXT COLLATE "C",
    outlet       TEXT COLLATE "C",
    published    TEXT COLLATE "C",
    doc          TEXT NOT NULL,
    text         TEXT NOT NULL,
    story        TEXT COLLATE "C",
    duplicate_of TEXT COLLATE "C",
    ingested_at  TEXT NOT NULL
  );
  CREATE INDEX articles_story ON articles(story, published);
  CREATE INDEX articles_story_title ON articles(story, title, published);
  CREATE INDEX articles_story_outlet ON articles(story, outlet);

  CREATE TABLE stories (
    id       TEXT COLLATE "C" PRIMARY KEY,
    articles INTEGER NOT NULL,
    first    TEXT COLLATE "C",
    last     TEXT COLLATE "C",
    copies   INTEGER NOT NULL
  );
  CREATE INDEX stories_latest ON stories(last DESC NULLS LAST, articles DESC, id);

  -- Title (weight A) and text (weight B) of each article, as the search configuration reads them.
  CREATE TABLE article_fts (
    seq BIGINT PRIMARY KEY REFERENCES articles(seq),
    fts TSVECTOR NOT NULL
  );
  CREATE INDEX article_fts_gin ON article_fts USING GIN (fts);

  CREATE TABLE cluster_state (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    watermark BIGINT NOT NULL,
    snapshot  BYTEA NOT NULL,
    saved_at  TEXT NOT NULL
  );

  -- Bumped by every write transaction: readers cache answers per value (dataVersion).
  CREATE SEQUENCE data_version;

  -- Ingest jobs for workers (store/queue.ts): enqueue order is assignment order.
  CREATE TABLE jobs (
    id          BIGSERIAL PRIMARY KEY,
    kind        TEXT NOT NULL,                 -- 'records' | 'feed'
    payload     TEXT NOT NULL,                 -- JSON
    state       TEXT NOT NULL DEFAULT 'queued', -- queued → ready (prepared) → done; or failed
    attempts    INTEGER NOT NULL DEFAULT 0,
    error       TEXT,
    report      TEXT,                          -- JSON: counts and errors of the prepared job
    enqueued_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    done_at     TIMESTAMPTZ
  );
  CREATE INDEX jobs_open ON jobs(id) WHERE state IN ('queued', 'ready');

  -- Articles a worker prepared (read, extracted, cleaned, language found, clustering features
  -- computed), waiting for the
  -- assigner; deleted once stored.
  CREATE TABLE staged (
    job     BIGINT NOT NULL REFERENCES jobs(id),
    idx     INTEGER NOT NULL,
    source  TEXT NOT NULL,
    article TEXT NOT NULL,                     -- the Article as JSON
    features TEXT,                             -- its clustering features (src/cluster prepareDoc), JSON
    PRIMARY KEY (job, idx)
  );
  `,
  // 2: API tokens of the team server (src/store/tokens.ts), as SQLite's second migration: only a
  //    SHA-256 hash of each secret is kept, never the secret itself.
  `
  CREATE TABLE tokens (
    id         TEXT COLLATE "C" PRIMARY KEY,
    hash       TEXT NOT NULL UNIQUE,
    name       TEXT,
    read_only  INTEGER NOT NULL,
    created_at TEXT COLLATE "C" NOT NULL
  );
  `,
  // 3: robust jobs and scheduled feeds (store/queue.ts, store/schedule.ts).
  `
  -- How often each job was claimed, counted OUTSIDE the claiming transaction: a worker that dies
  -- while preparing rolls its transaction back, so a counter inside it would never move and a
  -- job that kills every worker would be retried forever. No foreign key to jobs on purpose: its
  -- check would take a key-share lock on the job's row, which the claimer holds FOR UPDATE.
  CREATE TABLE job_attempts (
    job        BIGINT PRIMARY KEY,
    attempts   INTEGER NOT NULL,
    not_before TIMESTAMPTZ NOT NULL,           -- no new claim before this (back-off after a crash)
    worker     TEXT NOT NULL,                  -- host:pid of the last claimer
    started_at TIMESTAMPTZ NOT NULL
  );
  CREATE INDEX jobs_failed ON jobs(id) WHERE state = 'failed';
  -- Staged rows live for seconds: compressing them (the default for long values) only costs the
  -- server CPU on the way in and out.
  ALTER TABLE staged ALTER COLUMN article SET STORAGE EXTERNAL, ALTER COLUMN features SET STORAGE EXTERNAL;
  -- The identity keys of each staged article (store/identity.ts), computed by the worker that
  -- prepared it rather than by the one assigner.
  ALTER TABLE staged ADD COLUMN url_key TEXT, ADD COLUMN text_hash TEXT;

  -- Feeds polled by whichever worker is free: a due feed is claimed with SKIP LOCKED, polled
  -- (ingest/poll.ts: conditional GET, robots.txt, back-off) and its new body queued as a job, and
  -- its next due time is set, all in one transaction.
  CREATE TABLE feeds (
    url            TEXT COLLATE "C" PRIMARY KEY,
    interval_s     INTEGER NOT NULL CHECK (interval_s >= 1),
    next_due       TIMESTAMPTZ NOT NULL,
    state          TEXT,                       -- the poller's FeedState (validators, hash, failures), JSON
    added_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    polls          INTEGER NOT NULL DEFAULT 0,
    last_polled_at TIMESTAMPTZ,
    last_result    TEXT
  );
  CREATE INDEX feeds_due ON feeds(next_due);
  `,
  // 4: staged articles in the form the assigner stores them (store/queue.ts, store/pg.ts
  //    addStaged): the columns of an article row, so that the server copies them into `articles`
  //    and the texts never travel through the one assigner, and the clustering features in a
  //    compact binary form (queue.ts encodeFeatures) that it decodes several times faster than
  //    JSON. Jobs prepared by an older worker are simply prepared again (preparing is
  //    deterministic): upgrade with the workers stopped. And the host slots shared by workers.
  `
  DELETE FROM staged;
  UPDATE jobs SET state = 'queued' WHERE state = 'ready';
  ALTER TABLE staged DROP COLUMN article, DROP COLUMN features,
    ADD COLUMN title TEXT, ADD COLUMN outlet TEXT, ADD COLUMN published TEXT,
    ADD COLUMN doc_head TEXT NOT NULL,                 -- the article's JSON without its text, up to its id's value
    ADD COLUMN doc_tail TEXT NOT NULL,                 -- and after it (the assigner puts the id between)
    ADD COLUMN text TEXT NOT NULL,
    ADD COLUMN features BYTEA NOT NULL;
  ALTER TABLE staged ALTER COLUMN text SET STORAGE EXTERNAL, ALTER COLUMN features SET STORAGE EXTERNAL,
    ALTER COLUMN doc_tail SET STORAGE EXTERNAL;

  -- Per-host spacing of the requests that scheduled feeds make, shared by every worker
  -- (ingest/politeness.ts HostSlots, store/pg.ts reserveHostSlot): when the next request to a
  -- site (an origin) may go out, whichever worker makes it.
  CREATE TABLE host_slots (
    host    TEXT COLLATE "C" PRIMARY KEY,
    next_at TIMESTAMPTZ NOT NULL
  );
  `,
  // 5: the clusterer's checkpoint compressed with LZ4 instead of PostgreSQL's default pglz. The
  //    snapshot is tens of megabytes at 100,000 articles (the articles' feature arrays) and is
  //    rewritten whole at every checkpoint, in the one assigner's transaction: measured on a real
  //    snapshot of 54 MB (30,000 articles), an upsert costs the server 1.17 s of CPU with pglz and
  //    0.39 s with LZ4, for the same stored size (docs/scale.md). LZ4 needs PostgreSQL 14 built
  //    with it (Debian's is); on a server without it the statement fails, and the column simply
  //    keeps pglz (dynamic SQL, so that an older server's parser error is caught too).
  `
  DO $$
  BEGIN
    EXECUTE 'ALTER TABLE cluster_state ALTER COLUMN snapshot SET COMPRESSION lz4';
  EXCEPTION WHEN OTHERS THEN
    NULL;
  END
  $$;
  `,
  // 6: incremental checkpoints (store/pg.ts saveState, cluster/clusterer.ts checkpointParts). The
  //    articles' part of the clusterer's state (their feature arrays, signatures, ids; 85% of a
  //    snapshot) is only ever appended to: each checkpoint adds the articles since the last one
  //    as one row of `cluster_segments` and replaces only the state that changes (`cluster_state`
  //    .snapshot, now a checkpoint base, with how many articles and feature keys the segments
  //    hold). A whole snapshot (docs NULL), as written before, is still read; the next checkpoint
  //    writes every segment from the first article on. LZ4 as in migration 5, where available.
  `
  ALTER TABLE cluster_state ADD COLUMN docs INTEGER, ADD COLUMN keys INTEGER;
  CREATE TABLE cluster_segments (
    docs_from INTEGER NOT NULL,
    docs_to   INTEGER NOT NULL,
    keys_from INTEGER NOT NULL,
    keys_to   INTEGER NOT NULL,
    data      BYTEA NOT NULL,
    PRIMARY KEY (docs_from, keys_from)
  );
  DO $$
  BEGIN
    EXECUTE 'ALTER TABLE cluster_segments ALTER COLUMN data SET COMPRESSION lz4';
  EXCEPTION WHEN OTHERS THEN
    NULL;
  END
  $$;
  `,
];

export const PG_SCHEMA_VERSION = PG_MIGRATIONS.length;
