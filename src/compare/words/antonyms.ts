/**
 * Antonymy for the fact alignment: which stems WordNet gives as direct antonyms ("rise"/"fall",
 * "win"/"lose", "guilty"/"innocent", "accept"/"reject"). Two reports that match word for word
 * except for such a predicate say opposite things, and must not be one consensus fact. The table
 * (src/compare/words/antonym-data.ts, generated from WordNet 3.1 by bench/build-antonyms.ts, sorted by
 * stem) is looked up unparsed (sorted-lines.ts).
 */
import { ANTONYM_STEMS, IRREGULAR_STEMS } from './antonym-data.js';
import { SortedLines } from './sorted-lines.js';

const NONE: readonly string[] = [];
const lines = new SortedLines(ANTONYM_STEMS);
const irregular = new SortedLines(IRREGULAR_STEMS);
const seen = new Map<string, readonly string[]>();
/**
 * Complementary outcomes WordNet does not give as antonyms (conflicts/status-acts.ts): one
 * person "died" / "survived", one party "denied" / "confirmed" one report. Two reports that
 * match word for word but for these say opposite things (never one consensus fact); added to
 * WordNet's lists both ways. Porter stems: "died" is "di", "denied" "deni".
 */
const COMPLEMENTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['surviv', ['di', 'die', 'perish']],
  ['di', ['surviv']],
  ['die', ['surviv']],
  ['perish', ['surviv']],
  ['confirm', ['deni']],
  ['deni', ['confirm']],
];
const extra = new Map(COMPLEMENTS);
// lemmaStem's answers: the entailment test asks for the same stems' lemmas over and over.
const lemmas = new Map<string, string>();

/** Antonym stems of a Porter stem (empty when WordNet gives none). */
export function antonymsOf(stem: string): readonly string[] {
  let a = seen.get(stem);
  if (a === undefined) {
    const rest = lines.get(stem);
    a = rest ? rest.split(' ') : NONE;
    const more = extra.get(stem);
    if (more) a = [...a, ...more.filter((x) => !a!.includes(x))];
    seen.set(stem, a);
  }
  return a;
}

/**
 * The stem of a word's lemma where the stemmer cannot see it: an irregular form of a word that has
 * an antonym ("rose" → "rise", "fell" → "fall", "won" → "win"); any other stem as it is.
 */
export function lemmaStem(stem: string): string {
  let l = lemmas.get(stem);
  if (l === undefined) {
    l = irregular.get(stem) ?? stem;
    lemmas.set(stem, l);
  }
  return l;
}
