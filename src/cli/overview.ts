/**
 * `parallax --help` and `parallax --version` without loading commander: the start-up fast path
 * (issue #16, `--help` ≤ 100 ms of CPU). Loading commander costs more than everything else these
 * two answers do (it requires node:child_process and with it streams and sockets), and they need
 * none of it: the overview is the program's name, description, two options and each command's
 * line from COMMAND_OVERVIEW. This module lays that text out as commander's default help does
 * (terms padded to the longest, descriptions wrapped at the terminal's width, 80 when the output
 * is not a terminal); test/cli-docs.test.ts checks that it is byte for byte what commander prints
 * for the full program at several widths. Imports nothing at run time but the command table.
 */
import { COMMAND_OVERVIEW } from './commands/index.js';

/** The program's version, as `--version` prints it and commander is told it (main.ts). */
export const VERSION = '0.1.0';

/** The program's description, the first paragraph of `parallax --help`. */
export const PROGRAM_DESCRIPTION = 'Compare news reports of one story claim by claim; every statement cites the characters of its sources.';

/** Commander's narrowest column to wrap into; narrower, a description stays on one line. */
const MIN_WIDTH_TO_WRAP = 40;

/** Wraps `text` at spaces into lines of at most `width` characters (a longer word stands alone), as commander's boxWrap. */
function wrap(text: string, width: number): string {
  if (width < MIN_WIDTH_TO_WRAP) return text;
  const lines: string[] = [];
  for (const raw of text.split(/\r\n|\n/)) {
    const chunks = raw.match(/\s*\S+/g);
    if (!chunks) {
      lines.push('');
      continue;
    }
    let line = chunks[0];
    for (const chunk of chunks.slice(1)) {
      if (line.length + chunk.length <= width) line += chunk;
      else {
        lines.push(line);
        line = chunk.trimStart();
      }
    }
    lines.push(line);
  }
  return lines.join('\n');
}

/** One term and its description, the description wrapped beside the padded term. */
function item(term: string, pad: number, description: string, width: number): string {
  const room = width - pad - 2 - 2;
  const desc = room < MIN_WIDTH_TO_WRAP ? description : wrap(description, room).replace(/\n/g, '\n' + ' '.repeat(pad + 2));
  return '  ' + term.padEnd(pad) + '  ' + desc.replace(/\n/g, '\n  ');
}

/**
 * The text of `parallax --help` at a terminal width (commander's layout: usage, description,
 * options, commands, the built-in `help` command last), ending with a line break.
 */
export function overviewHelp(width = 80): string {
  const options: Array<[string, string]> = [
    ['-V, --version', 'output the version number'],
    ['-h, --help', 'display help for command'],
  ];
  const commands: Array<[string, string]> = COMMAND_OVERVIEW.map(([name, term, description]) => [term ? `${name} ${term}` : name, description]);
  commands.push(['help [command]', 'display help for command']);
  const pad = Math.max(...options.map(([t]) => t.length), ...commands.map(([t]) => t.length));
  return [
    'Usage: parallax [options] [command]',
    '',
    wrap(PROGRAM_DESCRIPTION, width),
    '',
    'Options:',
    ...options.map(([t, d]) => item(t, pad, d, width)),
    '',
    'Commands:',
    ...commands.map(([t, d]) => item(t, pad, d, width)),
    '',
  ].join('\n');
}

/**
 * Answers `parallax --help` / `-h` / `--version` / `-V` (the whole command line) on standard
 * output; false for any other command line, which the full CLI handles.
 */
export function answerOverview(argv: string[]): boolean {
  if (argv.length !== 3) return false;
  const flag = argv[2];
  if (flag === '--version' || flag === '-V') process.stdout.write(`${VERSION}\n`);
  else if (flag === '--help' || flag === '-h') process.stdout.write(overviewHelp((process.stdout.isTTY ? process.stdout.columns : undefined) ?? 80));
  else return false;
  return true;
}
