/**
 * Ingest workers on PostgreSQL at scale: the synthetic corpus of `store-scale` (ECB+ events with
 * generated names, planted duplicates and wire copies) queued with `ingest --enqueue`, then
 * ingested by 1, 2 and 4 `parallax worker` processes on a throw-away local cluster
 * (test/helpers/postgres.ts: fsync off, as a test cluster), each count on a fresh database.
 * Reports articles/s end to end, how the time splits between preparing (parallel) and the one
 * assigner (serial), and checks that every count stores the same articles in the same stories.
 * For reference, a single-process `parallax ingest` into PostgreSQL of the same file.
 *
 * Size: PARALLAX_PG_SCALE_N (default 100000); worker counts: PARALLAX_PG_SCALE_WORKERS ("1,2,4").
 * Skips without ../shared (the ECB+ sentences) or without PostgreSQL binaries.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { WorkerReport } from '../src/core/corpus-schema.js';
import { SKIP_NO_POSTGRES, findPostgres, startPostgres } from '../test/helpers/postgres.js';
import { sharedDir, SKIP_NO_SHARED } from '../test/helpers/shared.js';
import { readEcbPlus } from './data.js';
import { synthesise, type EcbDoc } from './store-scale.js';

const BIN = path.resolve('bin/parallax.js');

function cli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      resolve({ status: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

interface Tally { prepared: number; assignedJobs: number; new: number; duplicate: number; failed: number; prepareSeconds: number; assignSeconds: number; placeSeconds: number; settleSeconds: number; seconds: number }

function worker(url: string): Promise<Tally> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'worker', '--db', url, '--exit-when-drained', '--poll', '1', '--no-fetch-links', '-q', '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(WorkerReport.parse(JSON.parse(out))) : reject(new Error(`worker exited ${code}: ${err}`))));
  });
}

export async function run(): Promise<Record<string, unknown> | null> {
  const shared = sharedDir();
  const src = shared ? path.join(shared, 'bench', 'ecbplus', 'dev.jsonl') : null;
  if (!src || !existsSync(src)) {
    process.stdout.write(`pg-scale: skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const bin = findPostgres();
  if (!bin) {
    process.stdout.write(`pg-scale: skipped: ${SKIP_NO_POSTGRES}\n`);
    return null;
  }
  const n = Number(process.env.PARALLAX_PG_SCALE_N ?? 100_000);
  const counts = (process.env.PARALLAX_PG_SCALE_WORKERS ?? '1,2,4').split(',').map(Number);
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-pgscale-'));
  const pgc = await startPostgres(bin);
  try {
    const file = path.join(dir, 'corpus.jsonl');
    synthesise(readEcbPlus(shared as string) as EcbDoc[], n, file);
    process.stdout.write(`synthesised ${n} articles; ${cpus().length} cores, load average ${(await import('node:os')).loadavg()[0].toFixed(1)}\n`);
    const assignments = async (url: string): Promise<string> =>
      (await pgc.query<{ a: string }>(url, "SELECT string_agg(id || '>' || story || '>' || COALESCE(duplicate_of, ''), ',' ORDER BY seq) AS a FROM articles"))[0].a;

    // Reference: one process, no queue.
    const single = await pgc.createDb();
    const s0 = performance.now();
    const ing = await cli(['ingest', file, '--db', single, '-q', '--format', 'json']);
    if (ing.status !== 0) throw new Error(ing.stderr);
    const singleSeconds = (performance.now() - s0) / 1000;
    const singleReport = JSON.parse(ing.stdout) as { new: number; stories: number };
    const reference = await assignments(single);
    process.stdout.write(`  single-process ingest: ${singleSeconds.toFixed(1)} s (${Math.round(singleReport.new / singleSeconds)} articles/s), ${singleReport.stories} stories\n`);
    await pgc.dropDb(single);

    const runs: Array<Record<string, unknown>> = [];
    for (const k of counts) {
      const url = await pgc.createDb();
      const e0 = performance.now();
      const q = await cli(['ingest', file, '--db', url, '--enqueue', '--format', 'json']);
      if (q.status !== 0) throw new Error(q.stderr);
      const enqueueSeconds = (performance.now() - e0) / 1000;
      const t0 = performance.now();
      const tallies = await Promise.all(Array.from({ length: k }, () => worker(url)));
      const seconds = (performance.now() - t0) / 1000;
      const stored = tallies.reduce((a, t) => a + t.new, 0);
      const assign = tallies.reduce((a, t) => a + t.assignSeconds, 0);
      const prepare = tallies.reduce((a, t) => a + t.prepareSeconds, 0);
      const place = tallies.reduce((a, t) => a + t.placeSeconds, 0);
      const settle = tallies.reduce((a, t) => a + t.settleSeconds, 0);
      const same = (await assignments(url)) === reference;
      const r = {
        workers: k,
        enqueueSeconds: Math.round(enqueueSeconds * 10) / 10,
        seconds: Math.round(seconds * 10) / 10,
        articlesPerSecond: Math.round(stored / seconds),
        new: stored,
        // Share of the wall time the assigner was storing: near 1 means it is the bottleneck.
        assignerBusy: Math.round((assign / seconds) * 100) / 100,
        prepareSecondsTotal: Math.round(prepare),
        // Of the assigner's time: the clusterer placing articles, its settling pass; the rest is the database.
        assignerSeconds: Math.round(assign * 10) / 10,
        placeSeconds: Math.round(place * 10) / 10,
        settleSeconds: Math.round(settle * 10) / 10,
        sameStoriesAsSingleProcess: same,
      };
      process.stdout.write(`  ${k} worker${k === 1 ? '' : 's'}: ${r.seconds} s (${r.articlesPerSecond} articles/s; enqueue ${r.enqueueSeconds} s), assigner busy ${Math.round(r.assignerBusy * 100)}% of the time (placing ${r.placeSeconds} s, settling ${r.settleSeconds} s, the rest database), same stories as one process: ${same}\n`);
      runs.push(r);
      await pgc.dropDb(url);
    }
    return {
      articles: n,
      cores: cpus().length,
      singleProcess: { seconds: Math.round(singleSeconds * 10) / 10, articlesPerSecond: Math.round(singleReport.new / singleSeconds), stories: singleReport.stories },
      runs,
    };
  } finally {
    pgc.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
