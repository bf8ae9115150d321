/**
 * `parallax worker --db postgres://…`: one ingest worker of a PostgreSQL corpus (store/queue.ts).
 * Run as many as the load needs, on any machines that reach the database: each prepares queued
 * jobs (fetch, extract, clean, language) and one at a time assigns stories. Ctrl-C or SIGTERM
 * stops it after the step in hand; a killed worker loses nothing (its job is retried).
 */
import { Option, type Command } from 'commander';
import type { WorkerReport } from '../../core/corpus-schema.js';
import { EXIT, UserError, formatInputError } from '../../core/errors.js';
import { terminalSafe } from '../../render/escape.js';
import { loadConfig } from '../config.js';
import { addOutputOptions, stopOnSignals, writeOutput, type Format } from '../options.js';
import { intOption } from './corpus-db.js';

/** Why a worker needs PostgreSQL: said when `--db` names a SQLite file. */
export const WORKER_NEEDS_POSTGRES =
  'parallax worker needs a PostgreSQL corpus (--db postgres://…): workers share the job queue and the one-assigner lock through the database server, and a SQLite file is one machine\'s, written by one process at a time — on SQLite, run `parallax ingest` instead';

interface WorkerFlags {
  db?: string;
  config?: string;
  fetchLinks: boolean;
  timeout: number;
  exitWhenDrained?: boolean;
  poll: number;
  checkpointEvery?: number;
  maxAttempts: number;
  retryDelay?: number;
  hostDelay?: number;
  status?: boolean;
  retryFailed?: boolean | string;
  breakLock?: boolean;
  assign: boolean;
  verbose?: boolean;
  quiet?: boolean;
  format: Format;
  out?: string;
}

export function registerWorker(program: Command): void {
  const cmd = program
    .command('worker')
    .description('process queued ingest jobs of a PostgreSQL corpus (run several, on any machines); see `ingest --enqueue`')
    .option('--db <url>', 'the PostgreSQL corpus: postgres://user@host/database (default: $PARALLAX_DB)')
    .option('--config <file>', 'config file (JSON) with extra outlets, as for ingest')
    .option('--no-fetch-links', 'do not fetch the linked page of feed items that carry only a title, a link or a short teaser')
    .option('--timeout <seconds>', 'give up on a feed URL or a linked page after this many seconds', intOption('--timeout', 1), 20)
    .option('--exit-when-drained', 'stop when no job is left to prepare or store (default: keep waiting for jobs)')
    .option('--poll <seconds>', 'how often an idle worker looks for new jobs', intOption('--poll', 1), 1)
    .option('--max-attempts <n>', 'claims of a job whose worker keeps dying before it is marked failed', intOption('--max-attempts', 1), 3)
    .option('--break-lock', 'if another connection holds the writer lock (one whose machine vanished without closing it), end that connection and take the assigner role; a live holder stops at its next write')
    .option('--no-assign', 'only prepare jobs (fetch, extract, clean, features), never store them: for machines that should not hold the story clusterer in memory (the assigner does)')
    .option('--status', 'show the queue (jobs by state, failed jobs and why, jobs retried after a worker died, the assigner, scheduled feeds) and exit')
    .option('--retry-failed [ids]', 'queue the failed jobs again (all, or those of a comma-separated list of job ids, as --status names them) and exit; the workers then prepare them afresh')
    .option('-v, --verbose', 'a line on standard error for each job prepared or stored, and each feed polled')
    .option('-q, --quiet', 'do not print failed inputs')
    // For tests and experiments: how often the clusterer's state is saved (default in corpus.ts).
    .addOption(new Option('--checkpoint-every <n>').argParser(intOption('--checkpoint-every', 1)).hideHelp())
    // For tests: the back-off before a job's third claim (seconds; default in queue.ts) and the
    // delay between two requests to one host without a Crawl-delay (ms; politeness.ts).
    .addOption(new Option('--retry-delay <seconds>').argParser(intOption('--retry-delay', 0)).hideHelp())
    .addOption(new Option('--host-delay <ms>').argParser(intOption('--host-delay', 0)).hideHelp());
  addOutputOptions(cmd, ['text', 'json']);
  cmd.action(async (opts: WorkerFlags) => {
    const db = opts.db ?? process.env.PARALLAX_DB;
    if (!db || !/^postgres(ql)?:\/\//i.test(db.trim())) throw new UserError(db ?? null, WORKER_NEEDS_POSTGRES, EXIT.USAGE);
    const config = await loadConfig(opts.config);
    const fetchLinks = cmd.getOptionValueSource('fetchLinks') === 'cli' ? opts.fetchLinks : config.fetchLinks ?? true;
    const [{ openStore }, { runWorker }] = await Promise.all([import('../../store/store.js'), import('../../store/queue.js')]);
    if (opts.status) return status(db, opts);
    if (opts.retryFailed !== undefined) return retry(db, opts);
    const store = (await openStore(db)) as import('../../store/pg.js').PgStore;
    const stop = stopOnSignals('parallax: worker stopping after the step in hand (again to quit now)');
    try {
      const t0 = performance.now();
      const tally = await runWorker(store, {
        outlets: config.outlets,
        fetchLinks,
        timeoutMs: opts.timeout * 1000,
        exitWhenDrained: opts.exitWhenDrained,
        pollMs: opts.poll * 1000,
        checkpointEvery: opts.checkpointEvery,
        maxAttempts: opts.maxAttempts,
        noAssign: !opts.assign,
        breakLock: opts.breakLock,
        retryDelayMs: opts.retryDelay === undefined ? undefined : opts.retryDelay * 1000,
        hostDelayMs: opts.hostDelay,
        signal: stop.signal,
        onError: (e) => { if (!opts.quiet) process.stderr.write(formatInputError(e.input, e.reason) + '\n'); },
        onWarning: (w) => { if (!opts.quiet) process.stderr.write(`parallax: ${terminalSafe(w)}\n`); },
        onEvent: opts.verbose ? (m) => process.stderr.write(`parallax worker ${process.pid}: ${m}\n`) : undefined,
      });
      const seconds = (performance.now() - t0) / 1000;
      const cpu = process.cpuUsage();
      const r1 = (x: number): number => Math.round(x * 10) / 10;
      const report: WorkerReport = {
        ...tally, prepareSeconds: r1(tally.prepareSeconds), assignSeconds: r1(tally.assignSeconds), placeSeconds: r1(tally.placeSeconds), settleSeconds: r1(tally.settleSeconds), assignCpuSeconds: r1(tally.assignCpuSeconds), seconds: r1(seconds), cpuSeconds: r1((cpu.user + cpu.system) / 1e6),
      };
      const out = opts.format === 'json'
        ? JSON.stringify(report, null, 2)
        : `worker ${process.pid}: ${tally.prepared} jobs prepared, ${tally.assignedJobs} stored: ${tally.new} new, ${tally.duplicate} duplicate, ${tally.failed} failed (${seconds.toFixed(1)} s)`;
      await writeOutput(out, opts.out);
      process.exitCode = EXIT.OK;
    } finally {
      stop.dispose();
      await store.close();
    }
  });
}

/** `worker --retry-failed [ids]`: failed jobs queued again, listed (text or JSON). */
async function retry(db: string, opts: WorkerFlags): Promise<void> {
  let ids: number[] | null = null;
  if (typeof opts.retryFailed === 'string') {
    ids = opts.retryFailed.split(',').map((x) => x.trim()).filter(Boolean).map(Number);
    if (ids.length === 0 || ids.some((n) => !Number.isSafeInteger(n) || n < 1)) {
      throw new UserError(opts.retryFailed, '--retry-failed takes job ids separated by commas (as `parallax worker --status` names them), or nothing for every failed job', EXIT.USAGE);
    }
  }
  const [{ openStore }, { retryFailed }] = await Promise.all([import('../../store/store.js'), import('../../store/queue.js')]);
  const store = (await openStore(db, { mustExist: true })) as import('../../store/pg.js').PgStore;
  try {
    const jobs = await retryFailed(store, ids);
    const missing = ids ? ids.filter((id) => !jobs.some((j) => j.id === id)) : [];
    if (opts.format === 'json') {
      await writeOutput(JSON.stringify({ retried: jobs, notFailed: missing }, null, 2), opts.out);
    } else {
      const lines = [`${terminalSafe(store.file)}: ${jobs.length} failed job${jobs.length === 1 ? '' : 's'} queued again`];
      for (const j of jobs) lines.push(`  job ${j.id} (${j.kind}), which had failed: ${terminalSafe(j.error ?? 'no reason recorded')}`);
      if (missing.length) lines.push(`not failed (left as they are): job ${missing.join(', job ')}`);
      await writeOutput(lines.join('\n'), opts.out);
    }
    if (missing.length) process.exitCode = EXIT.FAILURE;
  } finally {
    await store.close();
  }
}

/** `worker --status`: the queue at a glance, text or JSON (`QueueStatus`). */
async function status(db: string, opts: WorkerFlags): Promise<void> {
  const [{ openStore }, { queueStatus }] = await Promise.all([import('../../store/store.js'), import('../../store/queue.js')]);
  const store = (await openStore(db, { mustExist: true })) as import('../../store/pg.js').PgStore;
  try {
    const s = await queueStatus(store);
    if (opts.format === 'json') {
      await writeOutput(JSON.stringify(s, null, 2), opts.out);
      return;
    }
    const j = s.jobs;
    const lines = [
      `${terminalSafe(store.file)}: ${j.queued} jobs queued${j.retrying ? ` (${j.retrying} after a worker died)` : ''}, ${j.ready} prepared, ${j.done} done, ${j.failed} failed`,
      `assigner: ${s.assigner ? `connection pid ${s.assigner.pid}${s.assigner.client ? ` from ${terminalSafe(s.assigner.client)}` : ''}${s.assigner.since ? `, since ${s.assigner.since}` : ''}` : 'none (no worker is storing articles)'}`,
      `scheduled feeds: ${s.feeds.scheduled}, ${s.feeds.due} due now, ${s.feeds.failing} failing (see \`parallax feed list\`)`,
    ];
    if (s.failed.length) {
      lines.push('failed jobs (latest first):');
      for (const f of s.failed) lines.push(`  job ${f.id} (${f.kind}), ${f.attempts} attempt${f.attempts === 1 ? '' : 's'}${f.at ? `, ${f.at}` : ''}: ${terminalSafe(f.error ?? 'no reason recorded')}`);
    }
    if (s.retrying.length) {
      lines.push('retried after a worker died:');
      for (const r of s.retrying) lines.push(`  job ${r.id} (${r.kind}), ${r.attempts} attempt${r.attempts === 1 ? '' : 's'} so far, the last by ${terminalSafe(r.lastWorker)}; claimable from ${r.notBefore}`);
    }
    await writeOutput(lines.join('\n'), opts.out);
  } finally {
    await store.close();
  }
}
