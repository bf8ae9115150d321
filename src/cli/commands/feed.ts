/**
 * `parallax feed add|list|remove --db postgres://…`: the scheduled feeds of a PostgreSQL corpus
 * (store/schedule.ts). Each feed is polled every interval by whichever `parallax worker` is free,
 * on any machine, as `ingest --watch` polls (conditional requests, robots.txt, per-host delays,
 * back-off); its new items are queued and stored like any queued input. On SQLite there are no
 * workers: `ingest --watch` is the scheduler there, and these commands say so.
 */
import type { Command } from 'commander';
import { EXIT, UserError } from '../../core/errors.js';
import { terminalSafe } from '../../render/escape.js';
import { warn, writeOutput } from '../options.js';
import { openCorpus } from './corpus-db.js';
import { durationOption } from './ingest.js';

/** Why scheduled feeds need PostgreSQL: said when `--db` names a SQLite file. */
export const FEEDS_NEED_POSTGRES =
  'scheduled feeds need a PostgreSQL corpus (--db postgres://…): they are polled by `parallax worker` processes that share the database; on a SQLite file, run `parallax ingest FEEDS --watch --every 15m` instead';

function pgUrl(db: string | undefined): string {
  const url = db ?? process.env.PARALLAX_DB;
  if (!url || !/^postgres(ql)?:\/\//i.test(url.trim())) throw new UserError(url ?? null, FEEDS_NEED_POSTGRES, EXIT.USAGE);
  return url;
}

function dbOption(cmd: Command): Command {
  return cmd.option('--db <url>', 'the PostgreSQL corpus: postgres://user@host/database (default: $PARALLAX_DB)');
}

/** "15m", "2h 30m", "45s": an interval as a person writes it. */
export function formatEvery(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return [h && `${h}h`, m && `${m}m`, s && `${s}s`].filter(Boolean).join(' ') || '0s';
}

export function registerFeed(program: Command): void {
  const feed = program.command('feed').description('scheduled feeds of a PostgreSQL corpus, polled by `parallax worker` processes: add, list, remove');

  const add = feed
    .command('add')
    .description('poll these feed URLs every interval (due at once when new; an existing feed takes the new interval)')
    .argument('<urls...>', 'feed URLs (http/https): RSS, Atom, JSON Feed, sitemaps')
    .option('--every <duration>', 'the interval (90s, 15m, 2h; default 15m)', durationOption);
  dbOption(add);
  add.action(async (urls: string[], opts: { every?: number; db?: string }) => {
    const url = pgUrl(opts.db);
    const { addFeeds } = await import('../../store/schedule.js');
    const store = (await openCorpus(url, false)) as import('../../store/pg.js').PgStore;
    try {
      const every = Math.max(1, Math.round((opts.every ?? 15 * 60_000) / 1000));
      const r = await addFeeds(store, urls, every);
      for (const u of r.added) warn(`parallax: scheduled ${terminalSafe(u)} every ${formatEvery(every)}`);
      for (const u of r.updated) warn(`parallax: ${terminalSafe(u)} was scheduled already: now every ${formatEvery(every)}`);
    } finally {
      await store.close();
    }
  });

  const list = feed
    .command('list')
    .description('the scheduled feeds: interval, next due time, polls, what the last poll did')
    .option('-f, --format <format>', 'text or json', 'text');
  dbOption(list);
  list.action(async (opts: { format: string; db?: string }) => {
    if (opts.format !== 'text' && opts.format !== 'json') throw new UserError(null, `--format must be text or json (got "${opts.format}")`);
    const url = pgUrl(opts.db);
    const { listFeeds } = await import('../../store/schedule.js');
    const store = (await openCorpus(url, true)) as import('../../store/pg.js').PgStore;
    try {
      const feeds = await listFeeds(store);
      const text =
        opts.format === 'json'
          ? `${JSON.stringify({ feeds }, null, 2)}\n`
          : feeds.length
            ? feeds
                .map((f) =>
                  `${terminalSafe(f.url)}  every ${formatEvery(f.everySeconds)}  next ${f.nextDue.slice(0, 19).replace('T', ' ')}Z  ${f.polls} poll${f.polls === 1 ? '' : 's'}` +
                  (f.lastResult ? `  last: ${terminalSafe(f.lastResult)}` : '') +
                  (f.failures ? `  (${f.failures} failure${f.failures === 1 ? '' : 's'} in a row)` : ''))
                .join('\n') + '\n'
            : 'no scheduled feeds (add one with `parallax feed add URL --every 15m`)\n';
      await writeOutput(text, undefined);
    } finally {
      await store.close();
    }
  });

  const remove = feed.command('remove').description('stop polling these feeds (what they brought stays in the corpus)').argument('<urls...>', 'feed URLs as `feed list` shows them');
  dbOption(remove);
  remove.action(async (urls: string[], opts: { db?: string }) => {
    const url = pgUrl(opts.db);
    const { removeFeeds } = await import('../../store/schedule.js');
    const store = (await openCorpus(url, true)) as import('../../store/pg.js').PgStore;
    try {
      const r = await removeFeeds(store, urls);
      for (const u of r.removed) warn(`parallax: removed ${terminalSafe(u)}`);
      if (r.unknown.length) throw new UserError(null, `not scheduled: ${r.unknown.map((u) => terminalSafe(u)).join(', ')} (see \`parallax feed list\`)`);
    } finally {
      await store.close();
    }
  });
}
