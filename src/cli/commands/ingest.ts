/**
 * `parallax ingest <inputs...>`: add articles to the corpus database and group them into stories.
 * Inputs are everything `read` accepts plus RSS/Atom feed files and feed URLs; feed items with
 * only a title, link or teaser get their linked page fetched (src/ingest/links.ts) unless
 * `--no-fetch-links` or the config's `"fetchLinks": false` says not to. A progress bar on
 * standard error when it is a terminal; one line per failed input; a summary at the end.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { EnqueueReport, IngestReport } from '../../core/corpus-schema.js';
import { EXIT, UserError, formatInputError } from '../../core/errors.js';
import type { CycleReport } from '../../store/watch.js';
import { FORMAT_VERSION } from '../../core/version.js';
import { terminalSafe } from '../../render/escape.js';
import { loadConfig } from '../config.js';
import { ProgressBar } from '../progress.js';
import { addOutputOptions, addStrictOption, stopOnSignals, writeOutput, type Format } from '../options.js';
import { addDbOption, intOption, openCorpus } from './corpus-db.js';

interface IngestFlags {
  db?: string;
  config?: string;
  strict?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  timeout: number;
  fetchLinks: boolean;
  checkpointEvery?: number;
  breakLock?: boolean;
  format: Format;
  out?: string;
  watch?: boolean;
  every: number;
  cycles?: number;
  hostDelay?: number;
  enqueue?: boolean;
}

/** A watch interval: "90s", "15m", "2h" or plain seconds; at least 1 s. */
export function durationOption(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/i.exec(v.trim());
  const ms = m ? Number(m[1]) * ({ s: 1000, m: 60_000, h: 3_600_000 } as Record<string, number>)[(m[2] ?? 's').toLowerCase()] : NaN;
  if (!Number.isFinite(ms) || ms < 1000) throw new InvalidArgumentError('--every must be a duration of at least 1s, like 90s, 15m or 2h');
  return ms;
}

/** One cycle of `--watch` as the status lines a person reads (text) or one JSON object a line. */
export function renderCycle(r: CycleReport, format: Format): string {
  if (format === 'json') return JSON.stringify(r);
  const f = r.feeds;
  const feedParts = [f.fetched && `${f.fetched} fetched`, f.notModified && `${f.notModified} not modified`, f.unchanged && `${f.unchanged} unchanged`, f.failed && `${f.failed} failed`, f.backoff && `${f.backoff} backing off`, f.disallowed && `${f.disallowed} disallowed by robots.txt`].filter(Boolean);
  const lines = [
    `cycle ${r.cycle} ${r.started.slice(0, 19).replace('T', ' ')}Z (${r.seconds.toFixed(1)} s): ${r.new} new, ${r.duplicate} duplicate, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped as empty` : ''}` +
      `${feedParts.length ? `; feeds: ${feedParts.join(', ')}` : ''}; ${r.newStories.length} new ${r.newStories.length === 1 ? 'story' : 'stories'}, ${r.grownStories.length} grown; corpus ${r.articles} articles, ${r.stories} stories`,
  ];
  for (const s of r.newStories) lines.push(`  new story ${terminalSafe(s.story)}: ${terminalSafe(s.headline ?? '(untitled)')} (${s.articles} article${s.articles === 1 ? '' : 's'})`);
  for (const s of r.grownStories) {
    lines.push(`  story ${terminalSafe(s.story)} +${s.added}: ${terminalSafe(s.headline ?? '(untitled)')}${s.newFacts.length || s.newConflicts.length ? `: ${s.newFacts.length} new fact${s.newFacts.length === 1 ? '' : 's'}, ${s.newConflicts.length} new conflict${s.newConflicts.length === 1 ? '' : 's'}` : ''}`);
    for (const c of s.newConflicts) lines.push(`    new conflict ${terminalSafe(c)}`);
  }
  if (r.notCompared) lines.push(`  (${r.notCompared} more grown stories not compared this cycle)`);
  return lines.join('\n');
}

export function registerIngest(program: Command): void {
  const cmd = program
    .command('ingest')
    .description('add articles to the corpus and group them into stories (same article twice is stored once)')
    .argument('<inputs...>', 'text/Markdown, HTML, JSON or JSON Lines files, RSS/Atom feed files, directories, feed URLs (http/https), or -')
    .option('--config <file>', 'config file (JSON) with extra outlets: {"outlets": {"example.com": "Example News"}}, and "fetchLinks": false to never fetch linked pages')
    .option('--no-fetch-links', 'do not fetch the linked page of feed items that carry only a title, a link or a short teaser (default: fetch it, 4 at a time, and keep the teaser if it fails)')
    .option('--timeout <seconds>', 'give up on a feed URL or a linked page after this many seconds', intOption('--timeout', 1), 20)
    .option('--break-lock', 'take over the writer lock of an ingest that is no longer running (its process id since reused by another program); on PostgreSQL, end the database connection that holds it (one whose machine is gone)')
    .option('--watch', 'keep running: ingest the inputs again every interval (feeds polled with conditional requests, robots.txt and per-host delays), and report each cycle; stops cleanly on Ctrl-C or SIGTERM')
    .option('--every <duration>', 'with --watch: the interval (90s, 15m, 2h)', durationOption, 15 * 60_000)
    .option('--cycles <n>', 'with --watch: stop after N cycles', intOption('--cycles', 1))
    .option('--enqueue', 'PostgreSQL corpus only: queue the inputs as jobs for `parallax worker` processes instead of ingesting them here')
    // For tests: the delay between two requests to one host when robots.txt names none (ms).
    .addOption(new Option('--host-delay <ms>').argParser(intOption('--host-delay', 0)).hideHelp())
    .option('-q, --quiet', 'no progress bar')
    .option('-v, --verbose', 'also name every duplicate and what it duplicates')
    // For tests and experiments: how often the clusterer's state is saved (default in corpus.ts).
    .addOption(new Option('--checkpoint-every <n>').argParser(intOption('--checkpoint-every', 1)).hideHelp());
  addDbOption(cmd);
  addOutputOptions(cmd, ['text', 'json']);
  addStrictOption(cmd);
  cmd.action(async (inputs: string[], opts: IngestFlags) => {
    const config = await loadConfig(opts.config);
    // The command line wins; else the config file; else fetch.
    const fetchLinks = cmd.getOptionValueSource('fetchLinks') === 'cli' ? opts.fetchLinks : config.fetchLinks ?? true;
    if (opts.enqueue) return enqueue(inputs, opts);
    if (opts.watch) return watch(inputs, { ...opts, fetchLinks }, config);
    const bar = new ProgressBar(process.stderr, !!process.stderr.isTTY && !opts.quiet);
    const [{ renderIngest }, { ingestCorpus }] = await Promise.all([import('../../render/corpus.js'), import('../../store/corpus.js')]);
    const store = await openCorpus(opts.db, false);
    // Ctrl-C: finish the article in hand, index and checkpoint, print the summary. A second
    // Ctrl-C quits at once, which is still safe (one transaction per article).
    const stop = new AbortController();
    const onSigint = (): void => {
      if (stop.signal.aborted) process.exit(130);
      stop.abort();
      bar.log('parallax: interrupted; finishing the current article (Ctrl-C again to quit now)');
    };
    process.on('SIGINT', onSigint);
    try {
      const summary = await ingestCorpus(store, inputs, {
        outlets: config.outlets,
        strict: opts.strict,
        timeoutMs: opts.timeout * 1000,
        fetchLinks,
        checkpointEvery: opts.checkpointEvery,
        breakLock: opts.breakLock,
        signal: stop.signal,
        estimate: !!process.stderr.isTTY && !opts.quiet,
        onError: (e) => bar.log(formatInputError(e.input, e.reason)),
        onWarning: (w) => bar.log(`parallax: ${w}`),
        onDuplicate: opts.verbose ? (input, of, by) => bar.log(`parallax: ${input}: duplicate of ${of} (same ${by === 'url' ? 'URL' : 'text'})`) : undefined,
        onProgress: (p) => bar.update({ done: p.done, total: p.total, label: terminalSafe(`new ${p.new} dup ${p.duplicate} failed ${p.failed}  ${p.current}`) }),
      });
      bar.done();
      const report: IngestReport = { version: FORMAT_VERSION, database: store.file, ...summary };
      await writeOutput(renderIngest(report, opts.format), opts.out);
      // Nothing read at all is exit 2 (as for every other command); some inputs failed is 1.
      // Records skipped as empty are reported, never a failure: a scheduler sees 0.
      const nothingRead = summary.failed > 0 && summary.new === 0 && summary.duplicate === 0 && summary.skipped === 0;
      process.exitCode = summary.interrupted ? 130 : nothingRead ? EXIT.USAGE : summary.failed > 0 ? EXIT.FAILURE : EXIT.OK;
    } catch (e) {
      // The database itself failing (disk full, read-only, I/O error) is the user's to fix, not
      // a bug: one line. What was committed before stays (one transaction per article).
      const code = (e as { code?: unknown }).code;
      if (typeof code === 'string' && code.startsWith('SQLITE_')) throw new UserError(store.file, `database error: ${(e as Error).message} (${code})`, EXIT.FAILURE);
      throw e;
    } finally {
      process.off('SIGINT', onSigint);
      bar.done();
      await store.close();
    }
  });
}

/** `--enqueue`: the inputs become jobs in the database's queue (store/queue.ts); workers ingest them. */
async function enqueue(inputs: string[], opts: IngestFlags): Promise<void> {
  const db = opts.db ?? process.env.PARALLAX_DB;
  if (!db || !/^postgres(ql)?:\/\//i.test(db.trim())) {
    throw new UserError(db ?? null, '--enqueue needs a PostgreSQL corpus (--db postgres://…): the queue lives in the database that the workers share; on a SQLite file, ingest directly');
  }
  const { enqueueInputs } = await import('../../store/queue.js');
  const store = (await openCorpus(db, false)) as import('../../store/pg.js').PgStore;
  try {
    const s = await enqueueInputs(store, inputs, { onError: (e) => { if (!opts.quiet) process.stderr.write(formatInputError(e.input, e.reason) + '\n'); } });
    const report: EnqueueReport = { version: FORMAT_VERSION, database: store.file, ...s };
    const out = opts.format === 'json'
      ? JSON.stringify(report, null, 2)
      : `queued ${s.jobs} jobs (${s.records} records, ${s.feeds} feeds), ${s.failed} failed; run \`parallax worker --db …\` to ingest them`;
    await writeOutput(out, opts.out);
    process.exitCode = s.failed > 0 && s.jobs === 0 ? EXIT.USAGE : s.failed > 0 ? EXIT.FAILURE : EXIT.OK;
  } finally {
    await store.close();
  }
}

/** `--watch`: cycles until Ctrl-C or SIGTERM (a clean stop, exit 0) or `--cycles`. */
async function watch(inputs: string[], opts: IngestFlags, config: Awaited<ReturnType<typeof loadConfig>>): Promise<void> {
  const { watchCorpus } = await import('../../store/watch.js');
  const store = await openCorpus(opts.db, false);
  const stop = stopOnSignals('parallax: stopping after the current article (again to quit now)');
  try {
    const cycles = await watchCorpus(store, inputs, {
      outlets: config.outlets,
      timeoutMs: opts.timeout * 1000,
      fetchLinks: opts.fetchLinks,
      checkpointEvery: opts.checkpointEvery,
      breakLock: opts.breakLock,
      intervalMs: opts.every,
      cycles: opts.cycles,
      hostDelayMs: opts.hostDelay,
      signal: stop.signal,
      onError: (e) => { if (!opts.quiet) process.stderr.write(formatInputError(e.input, e.reason) + '\n'); },
      onWarning: (w) => { if (!opts.quiet) process.stderr.write(`parallax: ${terminalSafe(w)}\n`); },
      onCycle: (r) => process.stdout.write(renderCycle(r, opts.format) + '\n'),
    });
    if (opts.format !== 'json') process.stderr.write(`parallax: watch stopped after ${cycles} cycle${cycles === 1 ? '' : 's'}\n`);
    process.exitCode = EXIT.OK;
  } finally {
    stop.dispose();
    await store.close();
  }
}
