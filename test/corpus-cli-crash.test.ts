import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { IngestReport } from '../src/core/corpus-schema.js';
import { openStore } from '../src/store/store.js';
import { jsonlCorpus, tempDir } from './helpers/corpus.js';

const BIN = path.resolve('bin/parallax.js');
const N = 1000;

function ingest(file: string, db: string, extra: string[] = []): Promise<{ status: number; report: IngestReport; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [BIN, 'ingest', file, '--db', db, '--format', 'json', ...extra], { encoding: 'utf8' }, (err, stdout, stderr) => {
      try {
        resolve({ status: err ? ((err as { code?: number }).code ?? 1) : 0, report: IngestReport.parse(JSON.parse(stdout)), stderr });
      } catch (e) {
        reject(new Error(`ingest failed: ${stderr}\n${(e as Error).message}`));
      }
    });
  });
}

function count(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

/** (id, story, wire copy) of every article: what a crash must not change. */
function assignments(db: string): string[] {
  const d = new Database(db, { readonly: true });
  const rows = d.prepare('SELECT id, story, duplicate_of FROM articles ORDER BY seq').all() as Array<{ id: string; story: string; duplicate_of: string | null }>;
  d.close();
  return rows.map((r) => `${r.id} ${r.story} ${r.duplicate_of ?? '-'}`);
}

test('kill -9 during ingest loses at most the article in flight; re-running completes the same corpus', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'big.jsonl');
  writeFileSync(file, jsonlCorpus(N, 60));
  const db = path.join(dir, 'killed.db');

  const child = spawn(process.execPath, [BIN, 'ingest', file, '--db', db, '--checkpoint-every', '100'], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let stored = 0;
  const deadline = Date.now() + 60_000;
  // Kill once a checkpoint has been written and articles after it are stored.
  while ((stored = count(db)) < 250 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  child.kill('SIGKILL');
  await exited;
  assert.ok(stored >= 250, 'the ingest got going before it was killed');

  const after = count(db);
  assert.ok(after < N, `killed mid-way (${after} of ${N} stored)`);
  const d = new Database(db);
  assert.equal(d.pragma('integrity_check', { simple: true }), 'ok');
  const orphan = d.prepare('SELECT COUNT(*) AS n FROM articles WHERE story IS NULL').get() as { n: number };
  assert.equal(orphan.n, 0, 'every stored article has its story');
  d.close();

  const resumed = await ingest(file, db);
  assert.equal(resumed.status, 0, resumed.stderr);
  assert.equal(resumed.report.duplicate, after, 'what was stored before the kill is recognised');
  assert.equal(resumed.report.new, N - after, 'and everything else is added: only the article in flight was lost');
  assert.ok(resumed.report.replayed > 0 && resumed.report.replayed <= 100 + 1, `replayed ${resumed.report.replayed} articles after the last checkpoint`);
  assert.equal(resumed.report.articles, N);

  const store = await openStore(db);
  assert.deepEqual(await store.integrityCheck(), []);
  assert.equal((await store.search('officials')).length, 20, 'the full-text index covers the articles');
  await store.close();

  // The crash changed nothing: the same stories as one uninterrupted run.
  const clean = path.join(dir, 'clean.db');
  const once = await ingest(file, clean);
  assert.equal(once.report.new, N);
  assert.deepEqual(assignments(db), assignments(clean));
});

test('Ctrl-C stops after the article in hand: summary printed, index and totals consistent, exit 130', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'big.jsonl');
  writeFileSync(file, jsonlCorpus(N, 60));
  const db = path.join(dir, 'int.db');
  const child = spawn(process.execPath, [BIN, 'ingest', file, '--db', db, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  while (count(db) < 100 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  child.kill('SIGINT');
  assert.equal(await exited, 130);
  assert.match(stderr, /interrupted; finishing the current article/);
  const report = IngestReport.parse(JSON.parse(stdout));
  assert.equal(report.interrupted, true);
  assert.ok(report.new >= 100 && report.new < N);
  assert.equal(report.articles, report.new);
  const store = await openStore(db);
  assert.deepEqual(await store.integrityCheck(), [], 'everything stored is indexed, totals agree');
  assert.equal((await store.loadClusterState())?.watermark, report.new, 'clusterer checkpointed at the stop');
  await store.close();
});
