/** The commands the CLI offers, in help order; each module registers one subcommand. */
import type { Command } from 'commander';
import { registerRead } from './read.js';
import { registerAnalyze } from './analyze.js';
import { registerMatch } from './match.js';
import { registerExtract } from './extract.js';
import { registerCluster } from './cluster.js';
import { registerSchema } from './schema.js';

export const COMMANDS: Array<(program: Command) => void> = [
  registerRead,
  registerAnalyze,
  registerMatch,
  registerExtract,
  registerCluster,
  registerSchema,
];
