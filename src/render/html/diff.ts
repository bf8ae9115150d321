/**
 * Word-level differences between versions of one quote, for the quote groups of the story page.
 * The alignment is jsdiff's `diffArrays` (Myers' algorithm) over whitespace-separated words; two
 * words are "the same" when they match ignoring case and surrounding punctuation, because a
 * reader comparing quotes cares about changed wording ("almost" for "close to"), not about a
 * comma becoming a full stop at the end of a fragment.
 */
import { diffArrays } from 'diff';

export type DiffOp = { op: 'same' | 'add' | 'del'; text: string };

function norm(word: string): string {
  const core = word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return core === '' ? word : core.replace(/[’]/g, "'");
}

export function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => w !== '');
}

/** Operations turning `reference` into `version`: `del` words are only in the reference, `add` only in the version. */
export function wordDiff(reference: string, version: string): DiffOp[] {
  const a = words(reference);
  const b = words(version);
  const parts = diffArrays(a, b, { comparator: (x: string, y: string) => norm(x) === norm(y) });
  const ops: DiffOp[] = [];
  for (const p of parts) {
    const op: DiffOp['op'] = p.added ? 'add' : p.removed ? 'del' : 'same';
    ops.push({ op, text: p.value.join(' ') });
  }
  return ops;
}

/** Number of words that differ (added + removed): how far apart two wordings are. */
export function wordDistance(a: string, b: string): number {
  return wordDiff(a, b).reduce((n, o) => n + (o.op === 'same' ? 0 : words(o.text).length), 0);
}
