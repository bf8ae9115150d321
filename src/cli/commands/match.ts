/**
 * `parallax match <pairs.jsonl>`: exposes the fact matcher so that it can be measured. Each line
 * is `{"id", "a", "b"}`; the answer says whether the two sentences report the same thing:
 * `[{"id", "same", "score"}]` (JSON) or one line per pair (text). idf is counted over all the
 * sentences of the file, as the dossier counts it over the sentences of a story. A bad line is
 * reported on standard error with its line number and skipped; the others are still scored.
 */
import { promises as fs } from 'node:fs';
import type { Command } from 'commander';
import { EXIT, UserError, formatInputError } from '../../core/errors.js';
import type { MatchVerdict } from '../../core/schema.js';
import { terminalSafe } from '../../render/escape.js';
import { addOutputOptions, warn, writeOutput, type Format } from '../options.js';

interface PairLine {
  id: string | number;
  a: string;
  b: string;
}

/** Why a parsed JSON value is not a pair, or null if it is one. */
function pairProblem(v: unknown): string | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'expected a JSON object {"id", "a", "b"}';
  const o = v as Record<string, unknown>;
  if (typeof o.id !== 'string' && typeof o.id !== 'number') return '"id" must be a string or a number';
  if (typeof o.a !== 'string') return '"a" must be a string';
  if (typeof o.b !== 'string') return '"b" must be a string';
  return null;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The lines of a file's bytes, each decoded strictly: null for a line that is not valid UTF-8. */
function decodeLines(bytes: Uint8Array): Array<string | null> {
  const out: Array<string | null> = [];
  let from = 0;
  while (from <= bytes.length) {
    let nl = bytes.indexOf(10, from);
    if (nl < 0) nl = bytes.length;
    try {
      out.push(UTF8.decode(bytes.subarray(from, nl)));
    } catch {
      out.push(null);
    }
    from = nl + 1;
  }
  return out;
}

/**
 * Parse a pairs file (text, or bytes decoded line by line); bad lines go to `onError` with
 * "file:line" and are skipped. A line that is not valid UTF-8 is refused, never given U+FFFD.
 */
export function parsePairs(content: string | Uint8Array, label: string, onError: (input: string, reason: string) => void): PairLine[] {
  const out: PairLine[] = [];
  const lines = typeof content === 'string' ? content.split(/\r?\n/) : decodeLines(content);
  for (let i = 0; i < lines.length; i++) {
    const where = `${label}:${i + 1}`;
    const raw = lines[i];
    if (raw === null) {
      onError(where, 'not valid UTF-8');
      continue;
    }
    const line = raw.trim();
    if (!line) continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (e) {
      onError(where, `not valid JSON (${(e as Error).message})`);
      continue;
    }
    const problem = pairProblem(v);
    if (problem) {
      onError(where, problem);
      continue;
    }
    const o = v as PairLine;
    out.push({ id: o.id, a: o.a, b: o.b });
  }
  return out;
}

/** Score every pair with one matching context built over all their sentences. */
export async function matchPairs(pairs: PairLine[]): Promise<MatchVerdict[]> {
  const { MATCH_THRESHOLD, buildMatchContext, matchScore, prepareSentence } = await import('../../compare/match/match.js');
  const ctx = buildMatchContext(pairs.flatMap((p) => [p.a, p.b]));
  return pairs.map((p) => {
    const score = matchScore(prepareSentence(p.a, ctx), prepareSentence(p.b, ctx), ctx);
    return { id: p.id, same: score >= MATCH_THRESHOLD, score: Number(score.toFixed(4)) };
  });
}

function renderVerdicts(v: MatchVerdict[], format: Format): string {
  if (format === 'json') return JSON.stringify(v, null, 2);
  return v.map((r) => `${terminalSafe(String(r.id))}\t${r.same ? 'same' : 'different'}\t${r.score.toFixed(4)}`).join('\n');
}

async function readInput(file: string): Promise<Buffer> {
  try {
    if (file === '-') {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    }
    return await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(file, code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code ?? (e as Error).message})`);
  }
}

export function registerMatch(program: Command): void {
  const cmd = program
    .command('match')
    .description('say for each pair of sentences whether they report the same thing (the matcher the dossier uses)')
    .argument('<pairs>', 'JSON Lines file of {"id", "a", "b"} (or - for standard input)');
  addOutputOptions(cmd, ['text', 'json'], 'text');
  cmd.action(async (file: string, opts: { format: Format; out?: string }) => {
    const content = await readInput(file);
    let bad = 0;
    const pairs = parsePairs(content, file, (input, reason) => {
      bad++;
      warn(formatInputError(input, reason));
    });
    // Nothing to score is a bad input (exit 2), whether the file was empty or every line bad.
    if (pairs.length === 0) throw new UserError(file, bad > 0 ? 'no valid pair to score' : 'no pair to score (the file holds no JSON line)', EXIT.USAGE);
    await writeOutput(renderVerdicts(await matchPairs(pairs), opts.format), opts.out);
    process.exitCode = bad > 0 ? EXIT.FAILURE : EXIT.OK;
  });
}
