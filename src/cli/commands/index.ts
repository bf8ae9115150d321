/** The commands the CLI offers, in help order; each module registers one subcommand. */
import type { Command } from 'commander';
import { registerCluster } from './cluster.js';
import { registerRead } from './read.js';
import { registerMatch } from './match.js';
import { registerExtract } from './extract.js';
import { registerSchema } from './schema.js';

export const COMMANDS: Array<(program: Command) => void> = [
  registerRead,
  registerMatch,
  registerExtract,
  registerCluster,
  registerSchema,
];
