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
    .option('-v, --verbose', 'a line on standard error for each job prepared or stored')
    .option('-q, --quiet', 'do not print failed inputs')
    // For tests and experiments: how often the clusterer's state is saved (default in corpus.ts).
    .addOption(new Option('--checkpoint-every <n>').argParser(intOption('--checkpoint-every', 1)).hideHelp());
  addOutputOptions(cmd, ['text', 'json']);
  cmd.action(async (opts: WorkerFlags) => {
    const db = opts.db ?? process.env.PARALLAX_DB;
    if (!db || !/^postgres(ql)?:\/\//i.test(db.trim())) throw new UserError(db ?? null, WORKER_NEEDS_POSTGRES, EXIT.USAGE);
    const config = await loadConfig(opts.config);
    const fetchLinks = cmd.getOptionValueSource('fetchLinks') === 'cli' ? opts.fetchLinks : config.fetchLinks ?? true;
    const [{ openStore }, { runWorker }] = await Promise.all([import('../../store/store.js'), import('../../store/queue.js')]);
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
        signal: stop.signal,
        onError: (e) => { if (!opts.quiet) process.stderr.write(formatInputError(e.input, e.reason) + '\n'); },
        onWarning: (w) => { if (!opts.quiet) process.stderr.write(`parallax: ${terminalSafe(w)}\n`); },
        onEvent: opts.verbose ? (m) => process.stderr.write(`parallax worker ${process.pid}: ${m}\n`) : undefined,
      });
      const seconds = (performance.now() - t0) / 1000;
      const r1 = (x: number): number => Math.round(x * 10) / 10;
      const report: WorkerReport = {
        ...tally, prepareSeconds: r1(tally.prepareSeconds), assignSeconds: r1(tally.assignSeconds), placeSeconds: r1(tally.placeSeconds), settleSeconds: r1(tally.settleSeconds), seconds: r1(seconds),
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
