/**
 * Ingest workers on PostgreSQL at scale: the synthetic corpus of `store-scale` (ECB+ events with
 * generated names, planted duplicates and wire copies) queued with `ingest --enqueue`, then
 * ingested by 1, 2 and 4 `parallax worker` processes on a throw-away local cluster
 * (test/helpers/postgres.ts: fsync off, as a test cluster), each count on a fresh database.
 * Reports articles/s end to end, how the time splits between preparing (parallel) and the one
 * assigner (serial), and checks that every count stores the same articles in the same stories.
 * For reference, a single-process `parallax ingest` of the same file into SQLite (the stories to
 * match, and a yardstick of how loaded the machine is during the run), and with
 * PARALLAX_PG_SCALE_SINGLE=1 one into PostgreSQL.
 *
 * Where the time goes, whatever the machine's load: the CPU seconds of every worker (and of the
 * assigner's part), of the PostgreSQL server (its processes' CPU from /proc), and the statements
 * that took the server's time (pg_stat_statements, top 8 by total time).
 *
 * The two stages apart (PARALLAX_PG_SCALE_STAGES=0 skips it): one prepare-only worker prepares the
 * whole queue, then one worker stores it; the ratio of their rates is how many preparing workers
 * the one assigner keeps up with, whatever the machine's load (both run under the same one).
 *
 * Size: PARALLAX_PG_SCALE_N (default 100000); worker counts: PARALLAX_PG_SCALE_WORKERS ("1,2,4").
 * Skips without ../shared (the ECB+ sentences) or without PostgreSQL binaries.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import Database from 'better-sqlite3';
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


type Tally = ReturnType<typeof WorkerReport.parse>;

const TICK = 100; // USER_HZ: /proc/<pid>/stat counts CPU time in clock ticks of 1/100 s on Linux

/** CPU seconds of the PostgreSQL server: the postmaster, its live processes and the exited ones it reaped. */
export function serverCpu(dataDir: string): number {
  const pm = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const fields = (pid: number): string[] | null => {
    try {
      const st = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return st.slice(st.lastIndexOf(')') + 2).split(' ');
    } catch {
      return null;
    }
  };
  let ticks = 0;
  const own = fields(pm);
  // After the ')': state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
  if (own) ticks += Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const f = fields(Number(d));
    if (f && Number(f[1]) === pm) ticks += Number(f[11]) + Number(f[12]);
  }
  return ticks / TICK;
}

/**
 * Each worker runs in a session of its own (detached), as separate services or machines would:
 * Linux's autogroup scheduling shares the CPU fairly between sessions, so workers started in the
 * bench's own session would split ONE share of a busy machine between them — adding workers
 * would add no CPU, only processes (that was why more workers were slower here). The PostgreSQL
 * server runs in its own session anyway (the postmaster calls setsid). PARALLAX_PG_SCALE_SAME_SESSION=1
 * keeps them in the bench's session, to show that effect.
 */
const OWN_SESSION = process.env.PARALLAX_PG_SCALE_SAME_SESSION !== '1';

function worker(url: string, extra: string[] = []): Promise<Tally> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'worker', '--db', url, '--exit-when-drained', '--poll', '1', '--no-fetch-links', '-q', '--format', 'json', ...extra], { stdio: ['ignore', 'pipe', 'pipe'], detached: OWN_SESSION });
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
  const pgc = await startPostgres(bin, { settings: { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'all' } });
  const r1 = (x: number): number => Math.round(x * 10) / 10;
  try {
    // The statistics live in the maintenance database: a view in the corpus database would make
    // it "not a Parallax database".
    const admin = `${pgc.base}postgres`;
    await pgc.query(admin, 'CREATE EXTENSION pg_stat_statements');
    const file = path.join(dir, 'corpus.jsonl');
    synthesise(readEcbPlus(shared as string) as EcbDoc[], n, file);
    process.stdout.write(`synthesised ${n} articles; ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}\n`);
    const assignments = async (url: string): Promise<string> =>
      (await pgc.query<{ a: string }>(url, "SELECT string_agg(id || '>' || story || '>' || COALESCE(duplicate_of, ''), ',' ORDER BY seq) AS a FROM articles"))[0].a;

    // Reference: one process into SQLite (the stories to match; and how fast this machine is now).
    const lite = path.join(dir, 'single.db');
    const s0 = performance.now();
    const ing = await cli(['ingest', file, '--db', lite, '-q', '--format', 'json']);
    if (ing.status !== 0) throw new Error(ing.stderr);
    const liteSeconds = (performance.now() - s0) / 1000;
    const liteReport = JSON.parse(ing.stdout) as { new: number; stories: number };
    const d = new Database(lite, { readonly: true });
    const reference = (d.prepare("SELECT group_concat(id || '>' || story || '>' || COALESCE(duplicate_of, ''), ',') AS a FROM (SELECT * FROM articles ORDER BY seq)").get() as { a: string }).a;
    d.close();
    process.stdout.write(`  single-process ingest into SQLite: ${liteSeconds.toFixed(1)} s (${Math.round(liteReport.new / liteSeconds)} articles/s), ${liteReport.stories} stories\n`);

    let single: Record<string, unknown> | null = null;
    if (process.env.PARALLAX_PG_SCALE_SINGLE === '1') {
      const url = await pgc.createDb();
      const p0 = performance.now();
      const res = await cli(['ingest', file, '--db', url, '-q', '--format', 'json']);
      if (res.status !== 0) throw new Error(res.stderr);
      const seconds = (performance.now() - p0) / 1000;
      const rep = JSON.parse(res.stdout) as { new: number };
      single = { seconds: r1(seconds), articlesPerSecond: Math.round(rep.new / seconds), sameStoriesAsSqlite: (await assignments(url)) === reference };
      process.stdout.write(`  single-process ingest into PostgreSQL: ${seconds.toFixed(1)} s (${Math.round(rep.new / seconds)} articles/s)\n`);
      await pgc.dropDb(url);
    }

    // The two stages apart, on one queue: one prepare-only worker (--no-assign) prepares every
    // job, then one worker stores them all. Each stage's rate, measured under the same load, says
    // how many preparing workers the one assigner keeps up with.
    let stages: Record<string, unknown> | null = null;
    if (process.env.PARALLAX_PG_SCALE_STAGES !== '0') {
      const url = await pgc.createDb();
      const q = await cli(['ingest', file, '--db', url, '--enqueue', '--format', 'json']);
      if (q.status !== 0) throw new Error(q.stderr);
      const c0 = serverCpu(pgc.dataDir);
      const p0 = performance.now();
      const prep = await worker(url, ['--no-assign']);
      const prepSeconds = (performance.now() - p0) / 1000;
      const c1 = serverCpu(pgc.dataDir);
      const a0 = performance.now();
      const asg = await worker(url);
      const asgSeconds = (performance.now() - a0) / 1000;
      const c2 = serverCpu(pgc.dataDir);
      const stored = asg.new;
      stages = {
        articles: stored,
        prepare: { seconds: r1(prepSeconds), articlesPerSecond: Math.round(stored / prepSeconds), workerCpuMsPerArticle: r1((prep.cpuSeconds / stored) * 1000), databaseCpuMsPerArticle: r1(((c1 - c0) / stored) * 1000) },
        assign: { seconds: r1(asgSeconds), articlesPerSecond: Math.round(stored / asgSeconds), workerCpuMsPerArticle: r1((asg.cpuSeconds / stored) * 1000), placeSeconds: r1(asg.placeSeconds), settleSeconds: r1(asg.settleSeconds), databaseCpuMsPerArticle: r1(((c2 - c1) / stored) * 1000) },
        // How many preparing workers the assigner keeps up with (its rate over one preparer's).
        preparersPerAssigner: Math.round((prepSeconds / asgSeconds) * 10) / 10,
        sameStoriesAsSingleProcess: (await assignments(url)) === reference,
      };
      process.stdout.write(`  stages apart: preparing ${r1(prepSeconds)} s (${Math.round(stored / prepSeconds)} articles/s by one worker; CPU ${r1((prep.cpuSeconds / stored) * 1000)} ms/article), storing ${r1(asgSeconds)} s (${Math.round(stored / asgSeconds)} articles/s by the assigner; CPU ${r1((asg.cpuSeconds / stored) * 1000)} ms/article, placing ${r1(asg.placeSeconds)} s): the assigner keeps up with ${stages.preparersPerAssigner} preparing workers\n`);
      await pgc.dropDb(url);
    }

    const runs: Array<Record<string, unknown>> = [];
    for (const k of counts) {
      const url = await pgc.createDb();
      const e0 = performance.now();
      const q = await cli(['ingest', file, '--db', url, '--enqueue', '--format', 'json']);
      if (q.status !== 0) throw new Error(q.stderr);
      const enqueueSeconds = (performance.now() - e0) / 1000;
      await pgc.query(admin, 'SELECT pg_stat_statements_reset()');
      const cpu0 = serverCpu(pgc.dataDir);
      const load0 = loadavg()[0];
      const t0 = performance.now();
      const tallies = await Promise.all(Array.from({ length: k }, () => worker(url)));
      const seconds = (performance.now() - t0) / 1000;
      const dbCpu = serverCpu(pgc.dataDir) - cpu0;
      const sum = (f: (t: Tally) => number): number => tallies.reduce((a, t) => a + f(t), 0);
      const stored = sum((t) => t.new);
      const statements = (await pgc.query<{ query: string; calls: string; ms: number; rows: string }>(
        admin,
        `SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 110) AS query, calls, round(total_exec_time)::float8 AS ms, rows
         FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = $1) ORDER BY total_exec_time DESC LIMIT 8`,
        [new URL(url).pathname.slice(1)],
      )).map((s) => ({ query: s.query, calls: Number(s.calls), ms: s.ms, rows: Number(s.rows) }));
      const same = (await assignments(url)) === reference;
      const workerCpu = sum((t) => t.cpuSeconds);
      const assignCpu = sum((t) => t.assignCpuSeconds);
      const r = {
        workers: k,
        loadAverageAtStart: r1(load0),
        enqueueSeconds: r1(enqueueSeconds),
        seconds: r1(seconds),
        articlesPerSecond: Math.round(stored / seconds),
        new: stored,
        // Share of the wall time the assigner was storing: near 1 means it is the bottleneck.
        assignerBusy: Math.round((sum((t) => t.assignSeconds) / seconds) * 100) / 100,
        prepareSecondsTotal: Math.round(sum((t) => t.prepareSeconds)),
        // Of the assigner's time: the clusterer placing articles, its settling pass; the rest is the database.
        assignerSeconds: r1(sum((t) => t.assignSeconds)),
        placeSeconds: r1(sum((t) => t.placeSeconds)),
        settleSeconds: r1(sum((t) => t.settleSeconds)),
        // CPU time, which the machine's load does not inflate: per article, in ms.
        workerCpuSeconds: r1(workerCpu),
        assignerCpuSeconds: r1(assignCpu),
        databaseCpuSeconds: r1(dbCpu),
        cpuMsPerArticle: { workersPreparing: r1(((workerCpu - assignCpu) / stored) * 1000), assigner: r1((assignCpu / stored) * 1000), database: r1((dbCpu / stored) * 1000) },
        databaseStatementMs: Math.round(statements.reduce((a, s) => a + s.ms, 0)),
        topStatements: statements,
        sameStoriesAsSingleProcess: same,
      };
      process.stdout.write(`  ${k} worker${k === 1 ? '' : 's'}: ${r.seconds} s (${r.articlesPerSecond} articles/s; enqueue ${r.enqueueSeconds} s), assigner busy ${Math.round(r.assignerBusy * 100)}% (placing ${r.placeSeconds} s, settling ${r.settleSeconds} s); CPU ms/article: preparing ${r.cpuMsPerArticle.workersPreparing}, assigner ${r.cpuMsPerArticle.assigner}, database ${r.cpuMsPerArticle.database}; same stories as one process: ${same}\n`);
      for (const st of statements) process.stdout.write(`      ${String(st.ms).padStart(7)} ms ${String(st.calls).padStart(6)}x  ${st.query}\n`);
      runs.push(r);
      await pgc.dropDb(url);
    }
    return {
      articles: n,
      cores: cpus().length,
      workersInOwnSessions: OWN_SESSION,
      sqliteSingleProcess: { seconds: r1(liteSeconds), articlesPerSecond: Math.round(liteReport.new / liteSeconds), stories: liteReport.stories },
      ...(single ? { postgresSingleProcess: single } : {}),
      ...(stages ? { stages } : {}),
      runs,
    };
  } finally {
    pgc.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
