/**
 * Long "sentences" split for comparison. The compare stage scores sentence pairs (the matcher's
 * LCS, shared phrases, claim contexts), which costs the product of the two lengths; a text with
 * no sentence end (a scrape that lost its punctuation, a hostile upload) would be one sentence of
 * any length and make those scores quadratic in the article. Before comparing, a sentence longer
 * than MAX_SENTENCE_WORDS words is cut into consecutive pieces of at most that many words, each
 * cut after a clause mark (, ; : — –) in the second half of the piece when there is one, else at
 * a word boundary. The pieces are verbatim spans of the text, so facts cut from them still cite
 * exact characters; the article's own sentence layer (what `read` prints) is not changed.
 */
import type { AnnotatedArticle } from '../../core/schema.js';

/**
 * Longest sentence compared as one (words). News sentences stay far below it: the longest in
 * the bundled example, the seeds and the ECB+ dev set (12,922 sentences) has 82 words.
 */
export const MAX_SENTENCE_WORDS = 100;

/** The article with every over-long sentence cut into pieces; the same object when none is. */
export function splitLongSentences(a: AnnotatedArticle): AnnotatedArticle {
  let changed = false;
  const out: Array<{ start: number; end: number }> = [];
  for (const s of a.sentences) {
    const pieces = splitSpan(a.text, s.start, s.end);
    if (pieces.length > 1) changed = true;
    for (const p of pieces) out.push(p);
  }
  return changed ? { ...a, sentences: out } : a;
}

const WORD = /\S+/g;
const CLAUSE_END = /[,;:—–]$/;

/** Pieces of at most MAX_SENTENCE_WORDS words covering [start, end); one piece when short. */
export function splitSpan(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  // Word boundaries in two typed arrays (a long sentence has many words: no object per word).
  let count = 0;
  WORD.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < end) count++;
  if (count <= MAX_SENTENCE_WORDS) return [{ start, end }];
  const ws = new Int32Array(count);
  const we = new Int32Array(count);
  WORD.lastIndex = start;
  for (let k = 0; k < count; k++) {
    const w = WORD.exec(text)!;
    ws[k] = w.index;
    we[k] = Math.min(end, w.index + w[0].length);
  }
  const pieces: Array<{ start: number; end: number }> = [];
  let first = 0;
  while (first < count) {
    let last = Math.min(count, first + MAX_SENTENCE_WORDS) - 1;
    if (last < count - 1) {
      // Prefer a clause end in the second half of the piece: pieces read as phrases.
      for (let k = last; k >= first + MAX_SENTENCE_WORDS / 2; k--) {
        if (CLAUSE_END.test(text.slice(ws[k], we[k]))) {
          last = k;
          break;
        }
      }
    }
    pieces.push({ start: first === 0 ? start : ws[first], end: last === count - 1 ? end : we[last] });
    first = last + 1;
  }
  return pieces;
}
