/**
 * The `parallax` command line: builds the commander program from one module per command
 * (src/cli/commands/*) and maps every failure to an exit code: 0 ok, 1 processing failure,
 * 2 usage or bad input. A user's mistake is one line on standard error, never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { EXIT, UserError, oneLine } from '../core/errors.js';
import { COMMANDS } from './commands/index.js';
import { warn } from './options.js';
import { answerOverview, PROGRAM_DESCRIPTION, VERSION } from './overview.js';

function rootProgram(): Command {
  return new Command('parallax')
    .description(PROGRAM_DESCRIPTION)
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
}

/** The program with every command, or only `only` when the command line names one. */
export async function buildProgram(only?: string): Promise<Command> {
  const program = rootProgram();
  for (const [name, load] of COMMANDS) if (!only || only === name) (await load())(program);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

/** Run the CLI; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  // `--help` and `--version` alone: laid out without commander (overview.ts; bin/parallax.js
  // answers them before this module and commander are even loaded).
  if (answerOverview(argv)) return EXIT.OK;
  const named = argv[2];
  const program = await buildProgram(COMMANDS.some(([name]) => name === named) ? named : undefined);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      if (e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.OK;
      return EXIT.USAGE;
    }
    if (e instanceof UserError) {
      warn(`parallax: ${oneLine(e.message)}`);
      return e.exitCode;
    }
    const msg = e instanceof Error ? e.message : String(e);
    warn(`parallax: internal error: ${oneLine(msg)}`);
    if (process.env.PARALLAX_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    return EXIT.FAILURE;
  }
}
