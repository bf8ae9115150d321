/**
 * The commands the CLI offers, in help order. Each module registers one subcommand; modules are
 * loaded lazily so that a run of one command does not pay for importing every other command's
 * dependencies (SQLite, the web server, feeds) at start-up.
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
