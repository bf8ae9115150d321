/**
 * Bare names opening a sentence (issue #10: a lone surname in an actor slot). The recogniser
 * gives no mention to a capitalised word it does not know when the word opens a sentence and a
 * verb follows ("Halvorsen faces serious charges …", "Halvorsen was arrested on Monday …"): a
 * sentence's first word is capitalised whatever it is, and the word's other evidence of being a
 * name (a title, a given name, capitals inside a sentence) is absent. The same surname inside the
 * sentence ("Police arrested Halvorsen") gets a mention, so a renamed person at a sentence's start
 * was the one place a name slot (name-claims.ts) could not see the lone name. This module owns
 * reading such a word as a possible surname; name-claims.ts compares it, as the subject of an act
 * frame only (frames.ts), with the story's person in the same part of the same act.
 *
 * A word is read as a bare name only when nothing else it could be fits, each test by what a
 * common word does that a surname does not:
 * - it is one capitalised word (a hyphened or apostrophed surname counts) of three letters or
 *   more, and no mention covers it;
 * - it is no common word the annotator's lexicons list (sentence openers learned from CoNLL, name
 *   parts, common words, given names, places, demonyms);
 * - no article of the story writes it in lower case, nor its singular or plural (a common noun
 *   opening a sentence, "Rescuers found …", is written in lower case elsewhere in a story about
 *   rescuers; a surname never is);
 * - a word ending in "s" (a plural subject, "Rescuers", "Investigators") needs a verb after it that
 *   agrees with one person only ("faces", "was", "has"): a bare plural noun takes "face", "were",
 *   "have", and a past tense ("found") tells nothing, so then no bare name is read (surnames in -s,
 *   "Jones found …", are given up: precision first);
 * - a verb or an auxiliary follows it (a lower-case word right after; a comma or a possessive is
 *   the recogniser's case and already a mention).
 * Linear: one look at each sentence's first word.
 */
import type { AnnotatedArticle, Mention } from '../../core/schema.js';
import { COMMON_WORDS } from '../../annotate/lexicon/common.js';
import { LEARNED_OPENERS, NAME_WORDS } from '../../annotate/lexicon/openers.js';
import { GIVEN_NAMES } from '../../annotate/lexicon/persons.js';
import { COUNTRY_OF_DEMONYM, PLACES, WIDE_PLACE_NAMES } from '../../annotate/lexicon/places.js';
import { datelineLength } from '../words/lex.js';

/** A wire dateline is looked for in this many characters at a sentence's start (as swaps.ts). */
const DATELINE_CHARS = 120;
/** One capitalised word at the body's start, then a space and a lower-case word (its verb). */
const OPENING = /^(\p{Lu}\p{Ll}{2,}(?:[-'’]\p{Lu}\p{Ll}+)?)\s+(\p{Ll}+)/u;
/** Verb forms that agree with one subject only: a third-person singular present or "was"/"has"/"is". */
const SINGULAR_VERB = /^(?:is|was|has|does|[a-z]{2,}[^s]s)$/;

export interface BareName {
  mention: Mention;
  sentence: { start: number; end: number };
}

/** Lower-case words of the whole story (a common word is written in lower case somewhere). */
export function lowerWords(articles: AnnotatedArticle[]): Set<string> {
  const out = new Set<string>();
  for (const a of articles) for (const m of a.text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu)) out.add(m[0]);
  return out;
}

/** The bare names opening sentences of one article (see the module header). */
export function bareNames(a: AnnotatedArticle, lower: Set<string>): BareName[] {
  const out: BareName[] = [];
  let mi = 0;
  const mentions = [...a.mentions].sort((x, y) => x.start - y.start);
  for (const s of a.sentences) {
    const start = s.start + datelineLength(a.text.slice(s.start, Math.min(s.end, s.start + DATELINE_CHARS)));
    const m = OPENING.exec(a.text.slice(start, s.end));
    if (!m) continue;
    const word = m[1];
    const end = start + word.length;
    while (mi < mentions.length && mentions[mi].end <= start) mi++;
    if (mi < mentions.length && mentions[mi].start < end) continue;
    const low = word.toLowerCase();
    if (COMMON_WORDS.has(low) || LEARNED_OPENERS.has(word) || NAME_WORDS.has(word) || GIVEN_NAMES.has(word)) continue;
    if (PLACES.has(word) || WIDE_PLACE_NAMES.has(word) || COUNTRY_OF_DEMONYM.has(word)) continue;
    if (lower.has(low) || lower.has(`${low}s`) || lower.has(`${low}es`) || (low.endsWith('s') && lower.has(low.slice(0, -1))) || (low.endsWith('es') && lower.has(low.slice(0, -2)))) continue;
    if (low.endsWith('s') && !SINGULAR_VERB.test(m[2])) continue;
    out.push({ mention: { start, end, text: word, type: 'other', role: null } as Mention, sentence: { start: s.start, end: s.end } });
  }
  return out;
}
