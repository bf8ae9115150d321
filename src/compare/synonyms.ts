/**
 * Synonymy for the fact matcher: which stems share a WordNet synset ("rise"/"climb",
 * "buy"/"purchase", "say"/"state"). Paraphrases in news swap such words constantly, and exact
 * stem overlap cannot see it. The table (src/compare/synonym-data.ts, generated from WordNet 3.1 by
 * bench/build-synonyms.ts) is parsed on first use (a few milliseconds).
 */
import { SYNONYM_STEMS } from './synonym-data.js';

const NONE = new Int32Array(0);
let table: Map<string, Int32Array> | null = null;

/** Sorted synset numbers of a stem (empty when it has no synonym in the table). */
export function synsetsOf(stem: string): Int32Array {
  if (!table) {
    table = new Map();
    for (const line of SYNONYM_STEMS.split('\n')) {
      const f = line.split(' ');
      if (f.length < 2) continue;
      table.set(f[0], Int32Array.from(f.slice(1), (x) => parseInt(x, 36)).sort());
    }
  }
  return table.get(stem) ?? NONE;
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
