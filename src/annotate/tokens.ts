/**
 * Word tokens for the annotators: one hand-written scan over the text into two parallel number
 * arrays (start, end) — no per-token objects or strings. A token is a run of letters/digits
 * joined by inner apostrophes, hyphens or full stops ("al-Sharaa", "Assad's", "U.S", "3.5",
 * "14-year"); a full stop right after a token is kept when the token is an abbreviation the
 * annotators care about ("Mr.", "Gen.", "U.S.", initials). The scan is ASCII-fast and asks a
 * Unicode regex only about non-ASCII characters.
 */

/** Abbreviations whose full stop belongs to the token. */
const DOTTED = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Adm', 'Gov', 'Sen', 'Rep', 'Rev',
  'St', 'Mt', 'Jr', 'Sr', 'No', 'Mme', 'Brig', 'Cpl', 'Cmdr', 'Det', 'Insp', 'Supt', 'Pres', 'Hon', 'Fr', 'Co', 'Inc',
  'Corp', 'Ltd', 'Bros',
  // Plural titles before two names ("Reps. Jim Banks and Jim Jordan", "Sens. Chuck Schumer and …").
  'Reps', 'Sens', 'Drs', 'Govs', 'Gens',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const DOTTED_ACRONYM = /^(?:\p{Lu}\.)+\p{Lu}$/u;

export interface Tokens {
  readonly starts: number[];
  readonly ends: number[];
  readonly count: number;
}

/** Letter, mark or digit at `i`. */
export function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return c === c && WORD_CHAR.test(text[i]);
}

export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < n && isWordChar(text, i)) i++;
      // Inner joiners: ' ’ - . between two word characters.
      const c = text.charCodeAt(i);
      if (i + 1 < n && (c === 39 || c === 0x2019 || c === 45 || c === 46) && isWordChar(text, i + 1)) {
        i++;
        continue;
      }
      break;
    }
    let end = i;
    if (text.charCodeAt(end) === 46 /* . */ && end - start <= 12) {
      const w = text.slice(start, end);
      // Initials ("W."), dotted acronyms ("U.S."), and the titles/months above keep their dot.
      if ((w.length === 1 && w >= 'A' && w <= 'Z') || DOTTED.has(w) || DOTTED_ACRONYM.test(w)) end++;
    }
    starts.push(start);
    ends.push(end);
    i = end;
  }
  return { starts, ends, count: starts.length };
}

/** Strip a trailing possessive ("Assad's" → "Assad"). */
export function stripPossessive(w: string): string {
  return isPossessiveAt(w, w.length) ? w.slice(0, -2) : w;
}

/** Does the token ending at `end` end in 's or ’s? */
export function isPossessiveAt(text: string, end: number): boolean {
  if (end < 2 || text.charCodeAt(end - 1) !== 115 /* s */) return false;
  const c = text.charCodeAt(end - 2);
  return c === 39 || c === 0x2019;
}
