/** The list of commands the CLI offers; each module registers one subcommand. */
import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerMatch } from './match.js';
import { registerRead } from './read.js';
import { registerSchema } from './schema.js';
import { registerServe } from './serve.js';

export const COMMANDS: Array<(program: Command) => void> = [registerRead, registerSchema, registerMatch, registerAnalyze, registerServe];
