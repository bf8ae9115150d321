/**
 * The PostgreSQL assigner alone, before and after a change, in one run (a developer script, not a
 * benchmark: `node dist/bench/pg-assigner.js [BASE_CHECKOUT]`).
 *
 * `pg-scale`'s synthetic corpus (PARALLAX_PG_SCALE_N, default 3,000) is queued and prepared once
 * by one `--no-assign` worker on a throw-away local cluster; that prepared database is then the
 * template of a fresh copy for every assigner run, so each run stores the very same staged jobs.
 * Each round runs one assigner (`parallax worker --exit-when-drained`) of this checkout and, given
 * BASE_CHECKOUT (another built checkout: its bin/parallax.js), one of the base, alternately
 * (`PG_ASSIGNER_REPEAT` rounds, default 3). Per run: the assigner's CPU per article (the worker's
 * own accounting: all of it, and its assigner part), the server's CPU, and every article's story
 * and wire-copy link, which must equal across all runs (exit 1 otherwise). With
 * `PG_ASSIGNER_PROF=DIR` each assigner writes a `--cpu-prof` profile into DIR/NAME-ROUND
 * (bench/cpuprofile.ts reads them). CPU, not wall time: the machine is shared.
 */
import { spawn, execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { WorkerReport } from '../src/core/corpus-schema.js';
import { SKIP_NO_POSTGRES, findPostgres, startPostgres } from '../test/helpers/postgres.js';
import { sharedDir, SKIP_NO_SHARED } from '../test/helpers/shared.js';
import { readEcbPlus } from './data.js';
import { synthesise, type EcbDoc } from './store-scale.js';
import { serverCpu } from './pg-scale.js';

type Tally = ReturnType<typeof WorkerReport.parse>;

function run(bin: string, args: string[], nodeArgs: string[] = [], timeFile?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const argv = [...nodeArgs, bin, ...args];
    // With a time file: /usr/bin/time's user and system seconds, minor page faults, involuntary
    // and voluntary context switches of the process (all its threads).
    const child = timeFile ? spawn('/usr/bin/time', ['-o', timeFile, '-f', '%U %S %R %c %w', process.execPath, ...argv], { stdio: ['ignore', 'pipe', 'pipe'], detached: true }) : spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${bin} ${args[0]} exited ${code}: ${err}`))));
  });
}

async function main(): Promise<void> {
  const shared = sharedDir();
  const bin = findPostgres();
  if (!shared) return void process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
  if (!bin) return void process.stdout.write(`skipped: ${SKIP_NO_POSTGRES}\n`);
  const n = Number(process.env.PARALLAX_PG_SCALE_N ?? 3000);
  const repeat = Number(process.env.PG_ASSIGNER_REPEAT ?? 3);
  const prof = process.env.PG_ASSIGNER_PROF;
  const checkouts = [{ name: 'this', bin: path.resolve('bin/parallax.js') }];
  if (process.argv[2]) checkouts.unshift({ name: 'base', bin: path.resolve(process.argv[2], 'bin/parallax.js') });
  for (const c of checkouts) if (!existsSync(c.bin)) throw new Error(`no ${c.bin}`);
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-pgassign-'));
  const pgc = await startPostgres(bin);
  try {
    const file = path.join(dir, 'corpus.jsonl');
    synthesise(readEcbPlus(shared) as EcbDoc[], n, file);
    const prepared = await pgc.createDb('prepared');
    // Prepared by the base when there is one: a newer checkout migrates its copy, an older one
    // cannot open a newer schema.
    const self = checkouts[0].bin;
    await run(self, ['ingest', file, '--db', prepared, '--enqueue', '--format', 'json']);
    await run(self, ['worker', '--db', prepared, '--exit-when-drained', '--poll', '1', '--no-fetch-links', '--no-assign', '-q', '--format', 'json']);
    process.stdout.write(`${n} articles queued and prepared; load average ${loadavg()[0].toFixed(1)}\n`);
    // What a worker costs with nothing to store (start-up, imports, migrating an empty database,
    // draining): the part of the per-article figures below that does not grow with the queue.
    for (const c of checkouts) {
      const url = await pgc.createDb(`empty_${c.name}`);
      const timeFile = path.join(dir, `empty_${c.name}.time`);
      if (existsSync('/usr/bin/time')) {
        await run(c.bin, ['worker', '--db', url, '--exit-when-drained', '--poll', '1', '--no-fetch-links', '-q', '--format', 'json'], [], timeFile);
        const times = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ');
        process.stdout.write(`  ${c.name}: a worker with nothing to store: user ${times[0]} s, system ${times[1]} s\n`);
      }
      await pgc.dropDb(url);
    }
    const stories = new Set<string>();
    const rows: Record<string, Array<{ cpu: number; assignCpu: number; server: number; articles: number; time: number; wal: number }>> = {};
    for (let r = 0; r < repeat; r++) {
      for (const c of r % 2 === 0 ? checkouts : [...checkouts].reverse()) {
        const name = `a${r}_${c.name}`;
        await pgc.query(`${pgc.base}postgres`, `CREATE DATABASE "${name}" TEMPLATE prepared`);
        const url = `${pgc.base}${name}`;
        const nodeArgs: string[] = (process.env.PG_ASSIGNER_NODE_ARGS ?? '').split(' ').filter(Boolean);
        if (prof) {
          const pd = path.join(prof, `${c.name}-${r}`);
          mkdirSync(pd, { recursive: true });
          nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${pd}`);
        }
        // What the run wrote (cluster-wide WAL, runs one at a time): the articles are the same in
        // every run, so the difference between checkouts is mostly the clusterer's checkpoints.
        const wal0 = (await pgc.query<{ l: string }>(`${pgc.base}postgres`, 'SELECT pg_current_wal_lsn()::text AS l'))[0].l;
        const s0 = serverCpu(pgc.dataDir);
        const timeFile = existsSync('/usr/bin/time') ? path.join(dir, `${name}.time`) : undefined;
        const t = WorkerReport.parse(JSON.parse(await run(c.bin, ['worker', '--db', url, '--exit-when-drained', '--poll', '1', '--no-fetch-links', '-q', '--format', 'json'], nodeArgs, timeFile))) as Tally;
        const times = timeFile && existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ') : null;
        const server = serverCpu(pgc.dataDir) - s0;
        const wal = Number((await pgc.query<{ b: string }>(`${pgc.base}postgres`, 'SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1::pg_lsn)::bigint AS b', [wal0]))[0].b);
        const a = (await pgc.query<{ a: string }>(url, "SELECT string_agg(id || '>' || story || '>' || COALESCE(duplicate_of, ''), ',' ORDER BY seq) AS a FROM articles"))[0].a;
        stories.add(a);
        // time(1)'s user + system seconds have ten times the worker report's resolution (0.1 s).
        (rows[c.name] ??= []).push({ cpu: t.cpuSeconds, assignCpu: t.assignCpuSeconds, server, articles: t.new, time: times ? Number(times[0]) + Number(times[1]) : Number.NaN, wal });
        process.stdout.write(`  round ${r} ${c.name}: ${t.new} stored; CPU ${((t.cpuSeconds / t.new) * 1000).toFixed(3)} ms/article (assigner part ${((t.assignCpuSeconds / t.new) * 1000).toFixed(3)}), server ${((server / t.new) * 1000).toFixed(2)} ms/article, WAL ${(wal / 1e6).toFixed(1)} MB${times ? `; user ${times[0]} s, system ${times[1]} s, minor faults ${times[2]}, context switches ${times[3]} / ${times[4]}` : ''}; load ${loadavg()[0].toFixed(1)}\n`);
        await pgc.dropDb(url);
      }
    }
    for (const [name, rs] of Object.entries(rows)) {
      const ms = (f: (x: (typeof rs)[number]) => number): string => ((Math.min(...rs.map(f)) / rs[0].articles) * 1000).toFixed(3);
      process.stdout.write(`${name}: min over ${rs.length} runs: CPU ${ms((x) => x.cpu)} ms/article (time(1): ${ms((x) => x.time)}; median ${((rs.map((x) => x.time).sort((a, b) => a - b)[Math.floor(rs.length / 2)] / rs[0].articles) * 1000).toFixed(3)}), assigner part ${ms((x) => x.assignCpu)}, server ${ms((x) => x.server)}; WAL written ${(Math.min(...rs.map((x) => x.wal)) / 1e6).toFixed(1)} MB\n`);
    }
    process.stdout.write(stories.size === 1 ? 'same stories in every run\n' : `STORIES DIFFER: ${stories.size} distinct results\n`);
    if (stories.size !== 1) process.exitCode = 1;
  } finally {
    pgc.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
