/**
 * The commands the CLI offers, in help order. Each module registers one subcommand; modules are
 * loaded lazily so that a run of one command does not pay for importing every other command's
 * dependencies (SQLite, the web server, feeds) at start-up. COMMAND_OVERVIEW is what
 * `parallax --help` lists, so that the overview loads no command module at all (test/cli-docs
 * checks that it matches the commands as registered).
 */
import type { Command } from 'commander';

export type Register = (program: Command) => void;

export const COMMANDS: Array<[name: string, load: () => Promise<Register>]> = [
  ['read', async () => (await import('./read.js')).registerRead],
  ['analyze', async () => (await import('./analyze.js')).registerAnalyze],
  ['match', async () => (await import('./match.js')).registerMatch],
  ['extract', async () => (await import('./extract.js')).registerExtract],
  ['ingest', async () => (await import('./ingest.js')).registerIngest],
  ['stories', async () => (await import('./stories.js')).registerStories],
  ['story', async () => (await import('./story.js')).registerStory],
  ['search', async () => (await import('./search.js')).registerSearch],
  ['stats', async () => (await import('./stats.js')).registerStats],
  ['export', async () => (await import('./export.js')).registerExport],
  ['cluster', async () => (await import('./cluster.js')).registerCluster],
  ['serve', async () => (await import('./serve.js')).registerServe],
  ['worker', async () => (await import('./worker.js')).registerWorker],
  ['feed', async () => (await import('./feed.js')).registerFeed],
  ['token', async () => (await import('./token.js')).registerToken],
  ['schema', async () => (await import('./schema.js')).registerSchema],
];

/**
 * Each command's line in `parallax --help`: its name, its usage term after the name (as commander
 * writes it: "[options]" when it has options, then its arguments) and its description. Must
 * match what the command's module registers; test/cli-docs.test.ts compares them.
 */
export const COMMAND_OVERVIEW: ReadonlyArray<[name: string, term: string, description: string]> = [
  ['read', '[options] <inputs...>', 'clean and annotate each article: sentences, names, dates, numbers, quotes'],
  ['analyze', '[options] <inputs...>', 'compare several reports of one story: agreement, exclusives, conflicts, quotes, labels, timeline'],
  ['match', '[options] <pairs>', 'say for each pair of sentences whether they report the same thing (the matcher the dossier uses)'],
  ['extract', '[options] <inputs...>', 'extract the article (body, headline, date, authors, outlet, URL, language) from saved web pages'],
  ['ingest', '[options] <inputs...>', 'add articles to the corpus and group them into stories (same article twice is stored once)'],
  ['stories', '[options]', 'list the stories of the corpus: headline, date span, number of articles, outlets (latest first)'],
  ['story', '[options] <id>', 'print one story of the corpus (ids come from `parallax stories`)'],
  ['search', '[options] <query...>', 'search the articles\' text: words (all must occur), "exact phrases", OR, NOT, prefix*'],
  ['stats', '[options]', 'count the articles per day and outlet (and the stories), optionally within dates or for one outlet'],
  ['export', '[options]', 'write the corpus as a table, one row per item: stories, articles, facts, conflicts or quotes (CSV or NDJSON)'],
  ['cluster', '[options] <inputs...>', 'group articles into stories (the algorithm corpus ingest uses); wire copies are marked'],
  ['serve', '[options]', 'local web app: stories list, story pages, and a page to paste articles and get a dossier'],
  ['worker', '[options]', 'process queued ingest jobs of a PostgreSQL corpus (run several, on any machines); see `ingest --enqueue`'],
  ['feed', '', 'scheduled feeds of a PostgreSQL corpus, polled by `parallax worker` processes: add, list, remove'],
  ['token', '', 'API tokens for a team server: create, list, revoke (stored as hashes in the corpus database)'],
  ['schema', '[options] [name]', 'print the JSON Schema of an output format (read, dossier, extract, match, ingest, stories, search, cluster)'],
];
