/** The list of commands the CLI offers; each module registers one subcommand. */
import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerMatch } from './match.js';
import { registerCluster } from './cluster.js';
import { registerRead } from './read.js';
import { registerSchema } from './schema.js';
import { registerServe } from './serve.js';
import { registerIngest } from './ingest.js';
import { registerSearch } from './search.js';
import { registerStories } from './stories.js';
import { registerStory } from './story.js';

export const COMMANDS: Array<(program: Command) => void> = [registerRead, registerSchema, registerMatch, registerAnalyze, registerServe, registerCluster];
COMMANDS.push(registerIngest, registerStories, registerStory, registerSearch);
