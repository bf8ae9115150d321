/**
 * Predicates for the fact alignment: which act or event a sentence reports of its participants
 * ("landed", "departed", "requested an investigation", "was arrested", "sales"), and whether two
 * sentences report the same one. Two sentences that share their participants and topic words but
 * not their predicate report two things on one topic (an airline's inbound flight landing and its
 * outbound flight departing; a lawmaker requesting an investigation and a suspect's arrest), and
 * are not one consensus fact.
 *
 * Owns the lookup of predicate words in the WordNet-derived table (predicate-data.ts, generated
 * by bench/build-predicates.ts: verbs, and nouns of acts, events, phenomena and processes) and the
 * predicate comparison: the same lemma, the same Porter stem of the lemma (a derivation:
 * "investigate"/"investigation"), a shared WordNet synset (synonyms.ts), one of lex.ts's event
 * classes, or word vectors at least `near` apart in cosine (embeddings.ts; the cut is chosen on
 * ECB+ event chains by bench/fact-link.ts).
 */
import { dot, wordVector } from './embeddings.js';
import { eventClass, stem as lightStem } from './lex.js';
import { PREDICATE_STEMS } from './predicate-data.js';
import { SortedLines } from './sorted-lines.js';
import { shareSynset, synsetsOf } from './synonyms.js';
import { stem, tokenize } from './text.js';

const table = new SortedLines(PREDICATE_STEMS);

export interface Predicate {
  /** The word as written (lower case), its lemma, and the Porter stem of the lemma. */
  word: string;
  lemma: string;
  stem: string;
}

// Verbs of attribution and of being, having and saying: who said it is the source of the
// statement, not the act it reports ("police said the fire killed 5" / "the mayor said the fire
// killed 5" report one thing); "be", "have" carry no act of their own. Words whose lemma is one
// of these are no predicate.
const NOT_PREDICATE = new Set(
  ('say tell report announce state add note explain write tweet quote accord claim insist ' +
    'be have do get go come make take give put keep become seem appear include cite').split(' '),
);

/** Lemma and kinds of a lower-case word form, or null when it names no act or event. */
function lookup(w: string): { lemma: string; kinds: string } | null {
  const kindsOf = (l: string): string | null => (l.length >= 2 ? table.get(l) : null);
  // The word as it stands: a verb used mostly as a verb, or a noun of an act or event.
  const bare = kindsOf(w);
  if (bare !== null && /[Vn]/.test(bare)) return { lemma: w, kinds: bare };
  // A noun that only looks like a verb form ("building", "feeling") names a thing.
  if (bare !== null && bare.includes('o')) return null;
  // Inflected verb forms: any verb ("landed", "requesting").
  const verbForms: string[] = [];
  if (w.endsWith('ing') && w.length > 5) {
    const b = w.slice(0, -3);
    verbForms.push(b, `${b}e`);
    if (b.length > 2 && b[b.length - 1] === b[b.length - 2]) verbForms.push(b.slice(0, -1));
  } else if (w.endsWith('ied') && w.length > 4) verbForms.push(`${w.slice(0, -3)}y`);
  else if (w.endsWith('ed') && w.length > 4) {
    const b = w.slice(0, -2);
    verbForms.push(b, w.slice(0, -1));
    if (b.length > 2 && b[b.length - 1] === b[b.length - 2]) verbForms.push(b.slice(0, -1));
  }
  for (const l of verbForms) {
    const k = kindsOf(l);
    if (k !== null && k.includes('v')) return { lemma: l, kinds: k };
  }
  // Plural nouns and third-person verbs ("sales", "warns", "inquiries").
  const sForms: string[] = [];
  if (w.endsWith('ies') && w.length > 4) sForms.push(`${w.slice(0, -3)}y`);
  else if (w.endsWith('es') && w.length > 4) sForms.push(w.slice(0, -2), w.slice(0, -1));
  else if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) sForms.push(w.slice(0, -1));
  for (const l of sForms) {
    const k = kindsOf(l);
    if (k !== null && /[Vn]/.test(k)) return { lemma: l, kinds: k };
  }
  return null;
}

/**
 * The predicate words of a sentence: content words (not stop words, figures or names written with
 * a capital inside the sentence) whose lemma is a verb or an event noun, attribution left out.
 */
export function predicatesOf(text: string): Predicate[] {
  const out: Predicate[] = [];
  const seen = new Set<string>();
  // Relative clauses count too: left out, they cost more right facts than they saved on the dev
  // stories (a background claim both outlets tell, one of them in a relative clause: "Ocalan
  // leads the PKK, which has been fighting for autonomy since 1984" / "The group has been
  // fighting for autonomy since 1984").
  for (const t of tokenize(text)) {
    if (t.stop || t.num || t.cap || !/^[a-z]+$/.test(t.norm)) continue;
    const hit = lookup(t.norm);
    if (!hit || NOT_PREDICATE.has(hit.lemma) || seen.has(hit.lemma)) continue;
    seen.add(hit.lemma);
    out.push({ word: t.norm, lemma: hit.lemma, stem: stem(hit.lemma) });
  }
  return out;
}

/** Whether two predicates name one act (see the module comment); `near` is the vector cut. */
export function samePredicateWord(p: Predicate, q: Predicate, near: number): boolean {
  if (p.lemma === q.lemma || p.stem === q.stem) return true;
  if (shareSynset(synsetsOf(p.stem), synsetsOf(q.stem))) return true;
  const ep = eventClass(lightStem(p.word));
  if (ep !== undefined && ep === eventClass(lightStem(q.word))) return true;
  const a = wordVector(p.word) ?? wordVector(p.lemma);
  const b = wordVector(q.word) ?? wordVector(q.lemma);
  return a !== null && b !== null && dot(a, b) >= near;
}

/**
 * Whether two sentences report the same act: some predicate of one names the act of some
 * predicate of the other. A sentence without a predicate word (a verbless headline, an irregular
 * verb the table does not list) gives no evidence either way, and agrees.
 */
export function samePredicate(a: Predicate[], b: Predicate[], near: number): boolean {
  if (!a.length || !b.length) return true;
  for (const p of a) for (const q of b) if (samePredicateWord(p, q, near)) return true;
  return false;
}
