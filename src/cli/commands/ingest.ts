/**
 * `parallax ingest <inputs...>`: add articles to the corpus database and group them into stories.
 * Inputs are everything `read` accepts plus RSS/Atom feed files and feed URLs; feed items with
 * only a title, link or teaser get their linked page fetched (src/ingest/links.ts) unless
 * `--no-fetch-links` or the config's `"fetchLinks": false` says not to. A progress bar on
 * standard error when it is a terminal; one line per failed input; a summary at the end.
 */
import { Option, type Command } from 'commander';
import type { IngestReport } from '../../core/corpus-schema.js';
import { EXIT, UserError, formatInputError } from '../../core/errors.js';
import { FORMAT_VERSION } from '../../core/version.js';
import { terminalSafe } from '../../render/escape.js';
import { loadConfig } from '../config.js';
import { ProgressBar } from '../progress.js';
import { addOutputOptions, addStrictOption, writeOutput, type Format } from '../options.js';
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
}

export function registerIngest(program: Command): void {
  const cmd = program
    .command('ingest')
    .description('add articles to the corpus and group them into stories (same article twice is stored once)')
    .argument('<inputs...>', 'text/Markdown, HTML, JSON or JSON Lines files, RSS/Atom feed files, directories, feed URLs (http/https), or -')
    .option('--config <file>', 'config file (JSON) with extra outlets: {"outlets": {"example.com": "Example News"}}, and "fetchLinks": false to never fetch linked pages')
    .option('--no-fetch-links', 'do not fetch the linked page of feed items that carry only a title, a link or a short teaser (default: fetch it, 4 at a time, and keep the teaser if it fails)')
    .option('--timeout <seconds>', 'give up on a feed URL or a linked page after this many seconds', intOption('--timeout', 1), 20)
    .option('--break-lock', 'take over the writer lock of an ingest that is no longer running (its process id since reused by another program)')
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
      const nothingRead = summary.failed > 0 && summary.new === 0 && summary.duplicate === 0;
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
      store.close();
    }
  });
}
