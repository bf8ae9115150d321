/**
 * The source a sentence credits its figure to: "according to the rebels", "the army said",
 * "…, the health ministry said on Monday". Two outlets that each credit a differing figure to
 * another source ("30 soldiers killed, according to the rebels" / "12, according to the army")
 * report two sources' claims, both faithfully: the disagreement is between the sources, and a
 * card naming an outlet as the outlier accuses it wrongly (a confident false card on invented
 * text, issue #10 session 20; disputed tolls are common in conflict reporting). Such a card is
 * only possible and names no outlier. Read by construction only (a reporting verb after its
 * subject, "said" before its subject, "according to"), bounded to a few words; a pronoun, a
 * generic word for officials ("officials", "authorities", "sources") or no attribution is no
 * source here, so the card stays as sure as its evidence.
 */
import { STOP, stem } from '../words/lex.js';

const VERB = String.raw`(?:said|says|say|claimed|claims|claim|told|reported|reports|estimated|estimates|announced|stated)`;
/** A subject of up to four words before a reporting verb, after a clause break or the start. */
const SUBJECT_VERB = new RegExp(String.raw`(?:^|[,;:—(]\s*|\b(?:and|but|while|as)\s+)((?:[\p{L}'’.-]+\s+){0,3}[\p{L}'’.-]+)\s+(?:(?:had|has|have|also|later|earlier)\s+)?${VERB}\b`, 'giu');
/** "said the ministry", after a comma (the inverted attribution). */
const VERB_SUBJECT = new RegExp(String.raw`,\s*${VERB}\s+((?:[\p{L}'’.-]+\s+){0,3}[\p{L}'’.-]+)`, 'giu');
const ACCORDING = /\baccording\s+to\s+((?:[\p{L}'’.-]+\s+){0,3}[\p{L}'’.-]+)/giu;
/** Words that name no particular source: pronouns, generic officials, reports. */
const NO_SOURCE = new Set(
  ('he she they it we i you who which that this officials official authorities authority sources source spokesman ' +
    'spokeswoman spokesperson reports report media people someone statement also later earlier on in at monday tuesday ' +
    'wednesday thursday friday saturday sunday today yesterday night morning').split(' '),
);

/**
 * The sources a sentence credits: the stems of the words naming them (empty when it credits none
 * in particular) and the first source's words as written, for saying why.
 */
export function creditedSources(sentence: string): { stems: Set<string>; written: string } {
  const out = new Set<string>();
  let written = '';
  const take = (phrase: string): void => {
    const kept: string[] = [];
    for (const w of phrase.split(/\s+/)) {
      const bare = w.toLowerCase().replace(/['’]s$/, '').replace(/[^\p{L}-]/gu, '');
      if (!bare || STOP.has(bare) || NO_SOURCE.has(bare)) continue;
      out.add(stem(bare));
      kept.push(w.replace(/[^\p{L}'’.-]/gu, ''));
    }
    // A full stop that ends the sentence is no part of the name (one inside an initialism, "U.N.", is).
    if (!written && kept.length) written = kept.join(' ').replace(/(?<!\b\p{Lu})\.$/u, '');
  };
  for (const re of [SUBJECT_VERB, VERB_SUBJECT, ACCORDING]) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) take(m[1]);
  }
  return { stems: out, written };
}

/** The stems of every word of a sentence. */
function wordStems(sentence: string): Set<string> {
  return new Set((sentence.toLowerCase().match(/[\p{L}]+/gu) ?? ([] as string[])).map((w) => stem(w)));
}

/**
 * Each side of a disagreement credits its figure to its own sources: every sentence credits a
 * source, and no two sentences of different values share a source word, nor name the other's
 * source anywhere ("the safety board said" / "the recording described in the safety board
 * report" name one source; "according to her publicist" on both sides of a split is one source
 * giving two values, a real disagreement between the outlets).
 */
export function sourcesApart(sides: Array<{ sentence: string; value: string }>): boolean {
  const read = sides.map((s) => ({ ...s, stems: creditedSources(s.sentence).stems, words: wordStems(s.sentence) }));
  if (read.some((r) => r.stems.size === 0)) return false;
  for (const a of read)
    for (const b of read) {
      if (a.value === b.value) continue;
      for (const w of a.stems) if (b.words.has(w)) return false;
    }
  return true;
}
