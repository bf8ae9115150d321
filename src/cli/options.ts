/**
 * Flags shared by every command (`--format`, `--out`, `--strict`) and the one way output is
 * written, so that all commands behave alike.
 */
import { promises as fs } from 'node:fs';
import { Option, type Command } from 'commander';
import { UserError } from '../core/errors.js';
import { terminalSafe } from '../render/escape.js';

export type Format = 'text' | 'json' | 'markdown' | 'html';

export function formatOption(formats: Format[] = ['text', 'json', 'markdown'], dflt: Format = 'text'): Option {
  return new Option('-f, --format <format>', 'output format').choices(formats).default(dflt);
}

export function addOutputOptions(cmd: Command, formats?: Format[], dflt?: Format): Command {
  return cmd.addOption(formatOption(formats, dflt)).option('-o, --out <file>', 'write the output to FILE instead of standard output');
}

export function addStrictOption(cmd: Command): Command {
  return cmd.option('--strict', 'stop at the first input that cannot be read (default: report it and go on)');
}

/** Write a command's output to --out or standard output, always ending with a newline. */
export async function writeOutput(text: string, out: string | undefined): Promise<void> {
  const body = text.endsWith('\n') ? text : text + '\n';
  if (!out || out === '-') {
    // To a terminal, nothing may act on it: control characters are dropped line by line (JSON
    // escapes them anyway; text and Markdown renderers escape content, this is the last guard).
    const shown = process.stdout.isTTY ? body.split('\n').map(terminalSafe).join('\n') : body;
    await new Promise<void>((resolve, reject) => process.stdout.write(shown, (e) => (e ? reject(e) : resolve())));
    return;
  }
  try {
    await fs.writeFile(out, body, 'utf8');
  } catch (e) {
    throw new UserError(out, `cannot write output (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 1);
  }
}

/**
 * Print one line on standard error, with terminal control characters removed: lines name files,
 * outlets and inputs, which are content (an outlet name with ESC sequences would otherwise set
 * the window title or clear the screen).
 */
export function warn(line: string): void {
  const safe = terminalSafe(line.replace(/\n+$/, ''));
  process.stderr.write(safe + '\n');
}

/**
 * A clean stop for long-running commands (`ingest --watch`, `worker`): the first Ctrl-C or
 * SIGTERM aborts the returned signal and prints `notice`; a second one quits at once (exit 130).
 * `dispose()` removes the handlers.
 */
export function stopOnSignals(notice: string): { signal: AbortSignal; dispose: () => void } {
  const stop = new AbortController();
  const onSignal = (): void => {
    if (stop.signal.aborted) process.exit(130);
    stop.abort();
    process.stderr.write(notice + '\n');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: stop.signal,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
