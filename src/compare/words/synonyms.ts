/**
 * Synonymy for the fact matcher: which stems share a WordNet synset ("rise"/"climb",
 * "buy"/"purchase", "say"/"state"). Paraphrases in news swap such words constantly, and exact
 * stem overlap cannot see it. The table (src/compare/words/synonym-data.ts, generated from WordNet 3.1 by
 * bench/build-synonyms.ts, sorted by stem) is looked up unparsed (sorted-lines.ts).
 */
import { SortedLines } from './sorted-lines.js';
import { SYNONYM_STEMS } from './synonym-data.js';

const NONE = new Int32Array(0);
const lines = new SortedLines(SYNONYM_STEMS);
const seen = new Map<string, Int32Array>();

/** Sorted synset numbers of a stem (empty when it has no synonym in the table). */
export function synsetsOf(stem: string): Int32Array {
  let s = seen.get(stem);
  if (s === undefined) {
    const rest = lines.get(stem);
    s = rest ? Int32Array.from(rest.split(' '), (x) => parseInt(x, 36)).sort() : NONE;
    seen.set(stem, s);
  }
  return s;
}

/** True when two sorted synset lists share an entry. */
export function shareSynset(a: Int32Array, b: Int32Array): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return true;
    if (a[i] < b[j]) i++;
    else j++;
  }
  return false;
}
