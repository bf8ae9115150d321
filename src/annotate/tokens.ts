/**
 * Word tokens for the annotators: one regex pass over the text into two parallel number arrays
 * (start, end) — no per-token objects. A token is a run of letters/digits joined by inner
 * apostrophes, hyphens or full stops ("al-Sharaa", "Assad's", "U.S", "3.5"); a full stop right
 * after a token is kept when the token is an abbreviation the annotators care about ("Mr.",
 * "Gen.", "U.S.", initials).
 */

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu;

/** Abbreviations whose full stop belongs to the token. */
const DOTTED = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Adm', 'Gov', 'Sen', 'Rep', 'Rev',
  'St', 'Mt', 'Jr', 'Sr', 'No', 'Mme', 'Brig', 'Cpl', 'Cmdr', 'Det', 'Insp', 'Supt', 'Pres', 'Hon', 'Fr', 'Co', 'Inc',
  'Corp', 'Ltd', 'Bros', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

export interface Tokens {
  readonly starts: number[];
  readonly ends: number[];
  readonly count: number;
}

export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text))) {
    let end = m.index + m[0].length;
    if (text.charCodeAt(end) === 46 /* . */) {
      const w = m[0];
      // Initials ("W."), dotted acronyms ("U.S."), and the titles/months above keep their dot.
      if ((w.length === 1 && w >= 'A' && w <= 'Z') || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(w) || DOTTED.has(w)) end++;
    }
    starts.push(m.index);
    ends.push(end);
  }
  return { starts, ends, count: starts.length };
}
