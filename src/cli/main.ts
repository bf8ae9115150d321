/**
 * The `parallax` command line: builds the commander program from one module per command
 * (src/cli/commands/*) and maps every failure to an exit code: 0 ok, 1 processing failure,
 * 2 usage or bad input. A user's mistake is one line on standard error, never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { EXIT, UserError, oneLine } from '../core/errors.js';
import { COMMAND_OVERVIEW, COMMANDS } from './commands/index.js';
import { warn } from './options.js';

function rootProgram(): Command {
  return new Command('parallax')
    .description('Compare news reports of one story claim by claim; every statement cites the characters of its sources.')
    .version('0.1.0')
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

/**
 * The program as `parallax --help` and `--version` show it: each command a name and a
 * description only (COMMAND_OVERVIEW), so that the overview imports no command module. Its help
 * text is the full program's (test/cli-docs.test.ts).
 */
export function overviewProgram(): Command {
  const program = rootProgram();
  const terms = new Map<Command, string>();
  for (const [name, term, description] of COMMAND_OVERVIEW) {
    const cmd = program.command(name).description(description).exitOverride();
    terms.set(cmd, term ? `${name} ${term}` : name);
  }
  const help = program.createHelp();
  program.configureHelp({ subcommandTerm: (cmd) => terms.get(cmd) ?? help.subcommandTerm(cmd) });
  return program;
}

/** Command lines the overview answers alone. */
const OVERVIEW_ONLY = new Set(['--help', '-h', '--version', '-V']);

/** Run the CLI; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const named = argv[2];
  const program =
    argv.length === 3 && OVERVIEW_ONLY.has(named)
      ? overviewProgram()
      : await buildProgram(COMMANDS.some(([name]) => name === named) ? named : undefined);
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
