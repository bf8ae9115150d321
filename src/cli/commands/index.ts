/** The commands the CLI offers, in help order; each module registers one subcommand. */
import type { Command } from 'commander';
import { registerRead } from './read.js';
import { registerAnalyze } from './analyze.js';
import { registerMatch } from './match.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerStories } from './stories.js';
import { registerStory } from './story.js';
import { registerSearch } from './search.js';
import { registerCluster } from './cluster.js';
import { registerServe } from './serve.js';
import { registerSchema } from './schema.js';

export const COMMANDS: Array<(program: Command) => void> = [
  registerRead,
  registerAnalyze,
  registerMatch,
  registerExtract,
  registerIngest,
  registerStories,
  registerStory,
  registerSearch,
  registerCluster,
  registerServe,
  registerSchema,
];
