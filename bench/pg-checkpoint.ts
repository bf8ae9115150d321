/**
 * A developer script, not a benchmark: what one clusterer checkpoint costs the PostgreSQL server
 * under each way of storing the snapshot column. Takes a real snapshot from a SQLite corpus
 * (`node dist/bench/pg-checkpoint.js CORPUS.db`, e.g. one `parallax ingest` of pg-scale's
 * synthetic corpus), starts a throw-away cluster (test/helpers/postgres.ts) and upserts the
 * snapshot five times into `cluster_state` stored with pglz (PostgreSQL's default), uncompressed
 * (STORAGE EXTERNAL) and LZ4, printing the server's CPU and the wall time per upsert and the
 * table's size. Why migration 5 chose LZ4: docs/scale.md ("100,000 articles measured").
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { SKIP_NO_POSTGRES, findPostgres, startPostgres } from '../test/helpers/postgres.js';
import { serverCpu } from './pg-scale.js';

const ROUNDS = 5;

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node dist/bench/pg-checkpoint.js CORPUS.db');
    process.exit(2);
  }
  const bin = findPostgres();
  if (!bin) {
    console.log(SKIP_NO_POSTGRES);
    return;
  }
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const row = db.prepare('SELECT snapshot FROM cluster_state WHERE id = 1').get() as { snapshot: Buffer } | undefined;
  db.close();
  if (!row) {
    console.error(`${file}: no clusterer checkpoint in this corpus`);
    process.exit(2);
  }
  const snap = row.snapshot;
  console.log(`snapshot: ${(snap.length / 1e6).toFixed(1)} MB; ${ROUNDS} upserts per setting`);
  const cluster = await startPostgres(bin);
  try {
    for (const setting of ['pglz (default)', 'uncompressed', 'lz4'] as const) {
      const url = await cluster.createDb();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query('CREATE TABLE cluster_state (id INTEGER PRIMARY KEY CHECK (id = 1), watermark BIGINT NOT NULL, snapshot BYTEA NOT NULL, saved_at TEXT NOT NULL)');
        if (setting === 'uncompressed') await c.query('ALTER TABLE cluster_state ALTER COLUMN snapshot SET STORAGE EXTERNAL');
        if (setting === 'lz4') await c.query('ALTER TABLE cluster_state ALTER COLUMN snapshot SET COMPRESSION lz4');
        const cpu0 = serverCpu(cluster.dataDir);
        const t0 = process.hrtime.bigint();
        for (let i = 0; i < ROUNDS; i++) {
          await c.query(
            `INSERT INTO cluster_state (id, watermark, snapshot, saved_at) VALUES (1, $1, $2, $3)
             ON CONFLICT (id) DO UPDATE SET watermark = excluded.watermark, snapshot = excluded.snapshot, saved_at = excluded.saved_at`,
            [i, snap, new Date(0).toISOString()],
          );
        }
        const wall = Number(process.hrtime.bigint() - t0) / 1e6 / ROUNDS;
        const cpu = ((serverCpu(cluster.dataDir) - cpu0) * 1000) / ROUNDS;
        const size = Number((await c.query<{ s: string }>("SELECT pg_total_relation_size('cluster_state') AS s")).rows[0].s);
        console.log(`${setting.padEnd(15)} per upsert: server CPU ${cpu.toFixed(0)} ms, wall ${wall.toFixed(0)} ms; table ${(size / 1e6).toFixed(0)} MB`);
      } finally {
        await c.end();
      }
    }
  } finally {
    cluster.stop();
  }
}

await main();
