/**
 * Where a capital letter says nothing about a name: shared by the mention rules and the name
 * tagger's features. Owns the "unreliable capital" flags (sentence starts, headline lines).
 */
import type { Sentence } from '../../core/schema.js';
import type { Tokens } from '../tokens.js';

/**
 * Flags tokens whose capital letter says nothing: the first word of each sentence (after any
 * opening quote or bullet), and every word of a headline line (most longer words capitalised,
 * no final full stop). Flag 1: sentence start; 2: headline line.
 */
export function markUnreliable(text: string, tok: Tokens, sentences: Sentence[], flags: Uint8Array): void {
  const { starts, ends, count } = tok;
  let t = 0;
  for (const s of sentences) {
    while (t < count && starts[t] < s.start) t++;
    // The first word with a letter: list numbers ("1. Skip to content") do not count.
    let f = t;
    while (f < count && starts[f] < s.end && !/\p{L}/u.test(text[starts[f]])) f++;
    if (f < count && starts[f] < s.end) flags[f] = 1;
  }
  // Headline lines.
  let lineStart = 0;
  let k = 0;
  while (lineStart < text.length && k < count) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const first = k;
    let long = 0;
    let caps = 0;
    while (k < count && starts[k] < lineEnd) {
      if (ends[k] - starts[k] >= 4) {
        long++;
        const c = text.charCodeAt(starts[k]);
        if ((c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(text[starts[k]]))) caps++;
      }
      k++;
    }
    if (long >= 3 && caps / long >= 0.7 && !/[.!?]["'”’]?\s*$/.test(text.slice(Math.max(lineStart, lineEnd - 4), lineEnd))) {
      for (let x = first; x < k; x++) flags[x] = 2;
    }
    lineStart = lineEnd + 1;
  }
}
