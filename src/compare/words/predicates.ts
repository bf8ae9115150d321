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
 * ECB+ event chains by bench/fact-link.ts); for two main acts of one named actor, their lemmas'
 * vectors too (sameMainAct, oneActor).
 *
 * Also owns the parser-free reading of a sentence's main act (readAct: the main clause's
 * predicate, its polarity and its named subject) and the act tests built on it: sameAct,
 * oppositeAct, otherActors, mainActIn (see the section comment below), and the event noun of a
 * means adjunct that tells the main act again ("by an 8-1 ruling": readAct `means`,
 * meansAdjunct). Its scanner, word classes and the main verb's position (ActReading.mainAt,
 * subjectAt) serve propositions.ts, which reads the main clause's agent and patient.
 */
import { dot, wordVector } from './embeddings.js';
import { IRREGULAR } from './irregular-verbs.js';
import { eventClass, phrasalClass, stem as lightStem } from './lex.js';
import { ACT_STAGE_STEMS } from './act-stage-data.js';
import { OPPOSITE_ACT_STEMS } from './opposite-act-data.js';
import { PREDICATE_STEMS } from './predicate-data.js';
import { SortedLines } from './sorted-lines.js';
import { shareSynset, synsetsOf } from './synonyms.js';
import { stem, tokenize } from './text.js';
import { matchesOf } from '../../core/regex.js';

const table = new SortedLines(PREDICATE_STEMS);

export interface Predicate {
  /** The word as written (lower case), its lemma, and the Porter stem of the lemma. */
  word: string;
  lemma: string;
  stem: string;
  /** The event class of the verb with the particle after it ("passed away": death), if any. */
  cls?: string;
}

// Verbs of attribution and of being, having and saying: who said it is the source of the
// statement, not the act it reports ("police said the fire killed 5" / "the mayor said the fire
// killed 5" report one thing); "be", "have" carry no act of their own. Words whose lemma is one
// of these are no predicate.
export const NOT_PREDICATE = new Set(
  ('say tell report announce state add note explain write tweet quote accord claim insist ' +
    'be have do get go come make take give put keep become seem appear include cite').split(' '),
);

/**
 * Lemma and kinds of a lower-case word form, or null when it names no act or event. With
 * `asVerb` (the word stands where a verb stands: after an auxiliary, or a past form in the verb's
 * place, verbAt), a form that is also a noun of a thing ("accused", "asking") or a verb used
 * mostly as a noun ("end") is read as its verb: WordNet lists "the accused" and "the asking
 * (price)" as nouns, yet "formally accused the government", "is asking Congress" and "would end
 * its mission" are the verb. Out of a verb's place the noun reading stands, as before.
 */
export function lookup(w: string, asVerb = false): { lemma: string; kinds: string } | null {
  const kindsOf = (l: string): string | null => (l.length >= 2 ? table.get(l) : null);
  // The word as it stands: a verb used mostly as a verb, or a noun of an act or event.
  // An irregular past or participle ("laid", "found", "fell") is its base verb: neither the
  // table nor the suffix rules below know these forms, and the past reading is the common one in
  // news copy ("found" is "find" far more often than "establish").
  const base = IRREGULAR[w];
  if (base !== undefined && base !== w) {
    const k = kindsOf(base);
    if (k !== null && k.includes('v')) return { lemma: base, kinds: k };
  }
  const bare = kindsOf(w);
  // (A verb used mostly as a noun, "end", "plan", is its verb where it stands as one: "would end".)
  if (bare !== null && (/[Vn]/.test(bare) || (asVerb && bare.includes('v')))) return { lemma: w, kinds: bare };
  // A noun that only looks like a verb form ("building", "feeling") names a thing, unless the
  // word stands as a verb.
  if (bare !== null && bare.includes('o') && !asVerb) return null;
  // Inflected verb forms: any verb ("landed", "requesting").
  const verbForms: string[] = [];
  if (w.endsWith('ing') && w.length > 5) {
    const b = w.slice(0, -3);
    verbForms.push(b, `${b}e`);
    if (b.length > 2 && b[b.length - 1] === b[b.length - 2]) verbForms.push(b.slice(0, -1));
  } else if (w.endsWith('ied') && w.length > 3) verbForms.push(`${w.slice(0, -3)}y`, w.slice(0, -1));
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
  if (w.endsWith('ies') && w.length > 4) sForms.push(`${w.slice(0, -3)}y`, w.slice(0, -1));
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
  const toks = tokenize(text);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.stop || t.num || t.cap || !/^[a-z]+$/.test(t.norm)) continue;
    const hit = lookup(t.norm);
    if (!hit || NOT_PREDICATE.has(hit.lemma) || seen.has(hit.lemma)) continue;
    seen.add(hit.lemma);
    const cls = i + 1 < toks.length ? phrasalClass(hit.lemma, toks[i + 1].norm) : undefined;
    out.push(cls ? { word: t.norm, lemma: hit.lemma, stem: stem(hit.lemma), cls } : { word: t.norm, lemma: hit.lemma, stem: stem(hit.lemma) });
  }
  return out;
}

const oppositeLines = new SortedLines(OPPOSITE_ACT_STEMS);
const oppositeSeen = new Map<string, readonly string[]>();

/**
 * Whether two predicate words name opposite outcomes of one act ("approved" / "rejected", "won" /
 * "lost", "acquitted" / "convicted"): WordNet's verb antonyms, extended to the lemmas of the two
 * synsets each pointer joins (opposite-act-data.ts, bench/build-opposite-acts.ts). Word vectors
 * put such verbs close together (they share contexts: cosine "approved" / "rejected" 0.70), so
 * without this two ledes telling opposite outcomes of one vote were read as one act and linked
 * into one consensus fact.
 */
export function oppositeWords(p: Predicate, q: Predicate): boolean {
  if (p.stem === q.stem) return false;
  let o = oppositeSeen.get(p.stem);
  if (o === undefined) {
    const rest = oppositeLines.get(p.stem);
    o = rest ? rest.split(' ') : [];
    oppositeSeen.set(p.stem, o);
  }
  return o.includes(q.stem);
}

const stageLines = new SortedLines(ACT_STAGE_STEMS);
const stageSeen = new Map<string, readonly string[]>();

/**
 * Whether two predicate words name two different acts of one domain that word vectors put
 * together: the steps of one affair ("charged" / "convicted", "arrested" / "released", "proposed"
 * / "approved"), which share their contexts (the suspect, the court, the police) and so sit above
 * the vector cut, while WordNet relates none of their senses (act-stage-data.ts,
 * bench/build-act-stages.ts; issue #12). Read as one act, two outlets telling two steps of one
 * affair made one consensus fact citing an outlet for a step it never reported. A troponym is no
 * stage ("indicted" is "charged formally", "shot" a way to "kill"): the table leaves such pairs
 * out, and it is asked only where vectors alone would link the two words.
 */
export function stageWords(p: Predicate, q: Predicate): boolean {
  if (p.stem === q.stem) return false;
  let o = stageSeen.get(p.stem);
  if (o === undefined) {
    const rest = stageLines.get(p.stem);
    o = rest ? rest.split(' ') : [];
    stageSeen.set(p.stem, o);
  }
  return o.includes(q.stem);
}

/**
 * Whether two predicates name one act (see the module comment); `near` is the vector cut. Two
 * words naming opposite outcomes (oppositeWords) never do, whatever their vectors say, nor two
 * steps of one affair (stageWords) by their vectors alone.
 */
export function samePredicateWord(p: Predicate, q: Predicate, near: number): boolean {
  if (p.lemma === q.lemma || p.stem === q.stem) return true;
  if (oppositeWords(p, q)) return false;
  if (shareSynset(synsetsOf(p.stem), synsetsOf(q.stem))) return true;
  const ep = p.cls ?? eventClass(lightStem(p.word));
  if (ep !== undefined && ep === (q.cls ?? eventClass(lightStem(q.word)))) return true;
  if (stageWords(p, q)) return false;
  const a = wordVector(p.word) ?? wordVector(p.lemma);
  const b = wordVector(q.word) ?? wordVector(q.lemma);
  return a !== null && b !== null && dot(a, b) >= near;
}

/** The inflection a predicate is written in: its base form, "-ing", a third person "-s", or a past form. */
function inflection(p: Predicate): 'base' | 'ing' | 's' | 'past' {
  if (p.word === p.lemma) return 'base';
  if (p.word.endsWith('ing')) return 'ing';
  if (p.word === `${p.lemma}s` || p.word === `${p.lemma}es` || (p.word.endsWith('ies') && p.lemma.endsWith('y'))) return 's';
  return 'past';
}

/**
 * Whether the two predicates' lemmas (the act without its inflection) are `near` in word vectors.
 * A written form's vector carries the uses of that form as well as the act: an "-ing" form is also
 * a noun and an adjective ("a resisting force", "the mandating"), a past form a participle and an
 * adjective ("ignored warnings", "extended family"), so one act told in two tenses or aspects can
 * sit apart ("ignored pressure to step aside" / "is resisting calls to resign": forms 0.38, lemmas
 * "ignore" / "resist" 0.63), while the lemmas, the base forms the vectors saw most as verbs, stand
 * for the acts. Lemma vectors relate verbs of one kind as readily as forms do ("expect" / "gain"
 * 0.61, "bolster" / "seek" 0.53), so they are asked only of two main acts of one named actor
 * (sameMainAct, oneActor): two outlets telling what that actor did (AllSides dev: read in
 * docs/coverage-judgements.md, session 21).
 */
function lemmasNear(p: Predicate, q: Predicate, near: number): boolean {
  // Only across two inflections ("ignored" / "is resisting"): two forms of one inflection are
  // like for like, their vectors already compared (samePredicateWord), and the lemmas would add
  // only their looseness ("supported" / "doubted the draft agreement": two stances, lemmas near).
  if (near > 1 || inflection(p) === inflection(q) || stageWords(p, q)) return false;
  const a = wordVector(p.lemma);
  const b = wordVector(q.lemma);
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

// ---------------------------------------------------------------------------------------------
// The main act of a sentence, read without a parser.
//
// Two sentences can share a predicate word and still report two acts: "Trump laid into the news
// media after a draft report reaffirmed Biden's victory" and "a draft report confirms Biden's win"
// share "reaffirm"/"confirm", but the first reports what Trump did and mentions the report only
// as the circumstance of it. What a sentence asserts is its main clause (Quirk et al. 1985,
// §14.2): subordinate clauses (introduced by a subordinating conjunction: "after", "when",
// "because" …), relative clauses ("which", "who" …), parentheses and a fronted adverbial
// ("With results still trickling in, …") are background the sentence presupposes. Its main
// predicate is the first finite verb of the main clause that names an act — past attribution
// ("X said [that] Y …": the complement carries the act, NOT_PREDICATE) — together with the verbs
// coordinated with it ("rejected …, but it endorsed …"). Two sentences report one act when the
// main predicate of at least one of them names an act the other reports somewhere (the other
// may tell it in a subordinate clause: "payrolls increased as the unemployment rate fell" does
// report the fall) and with the same polarity: "no trace has been found" and "the remains were
// found" share "found" but assert opposite things.
// ---------------------------------------------------------------------------------------------

/** Subordinating conjunctions and prepositions that open a clause or adverbial of background. */
export const SUBORDINATORS = new Set(
  ('after before when whenever while because although though since as if unless until whereas ' +
    'where amid despite following during including').split(' '),
);
/** Relative pronouns: the clause they open describes a participant. */
export const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);
/** Prepositions that open a fronted adverbial before the main clause ("With …, ", "In …, "). */
const FRONTED = new Set(['with', 'without', 'in', 'on', 'at', 'for', 'by', 'from', 'under', 'over', 'according', 'ahead', 'earlier', 'later', 'meanwhile', 'still']);
/** Auxiliaries and modals: the verb after them is finite or part of the verb group. */
export const AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'did', 'does', 'do', "won't", "can't", "didn't", "doesn't", "don't", "isn't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "wouldn't", "couldn't", "shouldn't"]);
/** Words that may stand between an auxiliary and its verb ("has not yet been found"). */
export const IN_VERB_GROUP = new Set(['not', 'never', 'also', 'still', 'already', 'just', 'yet', 'now', 'be', 'been', 'being', 'to', 'have', 'once', 'again', 'only', 'ever', 'since', 'soon']);
/** Determiners and possessives: a verb-like word after one is a noun or adjective ("the revised plan"). */
export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'some', 'any', 'each', 'every', 'no', 'of', 'for', 'in', 'on', 'at', 'by', 'with']);
/**
 * Negators of a clause: adverbs ("not", "never") and negative quantifiers in the subject ("no
 * trace has been found", "nobody was hurt", "none of them voted"), which negate the clause's verb.
 */
export const CLAUSE_NEGATORS = new Set(['not', 'never', 'no', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot']);
/** Coordinators: a verb after one (and a pronoun at most) continues the main predicate. */
const COORDINATORS = new Set(['and', 'but', 'or', 'then']);
export const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

/** A predicate with its polarity in its own clause. */
export interface ActPredicate extends Predicate {
  negated: boolean;
  /** A verb of making known with a noun phrase as its object (madeKnownThing): the act is the thing made known. */
  madeKnown?: boolean;
}

/** What a sentence reports: all its predicates, and those of its main clause. */
export interface ActReading {
  /** Every predicate of the sentence (predicatesOf), with its polarity. */
  preds: ActPredicate[];
  /** The main clause's predicate and the verbs coordinated with it; empty when none was found. */
  main: ActPredicate[];
  /** Name words (lower case) of the main clause's subject: its capitalised words before the main verb. */
  subject: string[];
  /** The same words as written ("Ansel Boies"), for saying why two sentences differ. */
  subjectText: string;
  /** Every capitalised word of the sentence (lower case), names and the first word alike. */
  names: Set<string>;
  /** Index in scan(text) of the first main predicate's verb; -1 when none was found. */
  mainAt: number;
  /** Indices in scan(text) of the main clause's words before its verb (background left out). */
  subjectAt: number[];
  /**
   * The initials (lower case) of every run of two or more capitalised words of the sentence's
   * subject (initialsOf: only the actor's words), and
   * of each run within it ("the United States" gives "us"; "Federal Bureau of Investigation",
   * function words inside skipped, gives "fbi" and "bi"): what an initialism of the other
   * sentence's subject may stand for (otherActors).
   */
  initials: Set<string>;
  /** The subject's words written as initialisms (initialismOf: "U.S." gives "us"). */
  initialisms: Set<string>;
  /**
   * Event nouns heading a means adjunct of the main clause or of a fronted adverbial ("by an 8-1
   * ruling", "in a unanimous vote", "In a 6-3 decision, …"): the main act itself told again as a
   * noun (meansAdjunct). Absent when none.
   */
  means?: ActPredicate[];
  /** Every figure the sentence writes (words with a digit: "8-1", "2021", "3.2"). */
  figures?: Set<string>;
  /**
   * The main verb is a passive participle ("was arrested", "has been charged"): its subject is
   * the act's patient, not its actor (oneNamedAct). Absent when not.
   */
  passive?: boolean;
  /**
   * Name words (lower case) of the main verb's object: the capitalised words right after the main
   * verb, past determiners and lower-case modifiers, up to the first break, preposition or verb
   * ("Police arrested the former harbour master Jon Vark at …" gives "jon", "vark"). Absent when none.
   */
  object?: string[];
  /**
   * Porter stems of the content words of the main verb's object noun phrase (as `object` finds
   * it, lower-case words too: "won the mayoral election" gives "mayor", "elect"). Absent when the
   * verb has none before a preposition or a break.
   */
  objectStems?: string[];
  /** The figures written inside the means adjuncts ("8-1" of "by an 8-1 ruling"), in order; absent with `means`. */
  meansFigures?: string[];
}

export interface ScanItem {
  /** Lower-case word, or a punctuation mark that ends a clause or an adverbial. */
  w: string;
  brk: boolean;
  /** Capitalised and not the first word: part of a name. */
  cap: boolean;
  /** Capitalised, the first word included. */
  upper: boolean;
  /** The word as written. */
  raw: string;
}

const SCAN = /[\p{L}\p{N}][\p{L}\p{N}'’]*(?:[.-][\p{L}\p{N}]+)*|--|[,;:()\[\]\u2014\u2013]/gu;

export function scan(text: string): ScanItem[] {
  const out: ScanItem[] = [];
  for (const m of matchesOf(SCAN, text)) {
    const t = m[0];
    if (!/^[\p{L}\p{N}]/u.test(t)) out.push({ w: t, brk: true, cap: false, upper: false, raw: t });
    else {
      const upper = /^\p{Lu}/u.test(t);
      out.push({ w: t.toLowerCase().replace(/’/g, "'"), brk: false, cap: out.length > 0 && upper, upper, raw: t });
    }
  }
  return out;
}

/**
 * Words that hedge a figure ("by nearly a million", "added about 500 jobs"): the amount starts
 * after them.
 */
const AMOUNT_HEDGES = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'approximately', 'some', 'over', 'more', 'less', 'just', 'only', 'up', 'than', 'a', 'an']);
/** Figure words written out: an amount without a digit ("by nearly a million"). */
export const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion', 'half', 'third', 'quarter']);

/** Whether an amount starts at item i, after hedges at most ("1 million", "nearly a million", "about 1"). */
function amountAt(items: ScanItem[], i: number): boolean {
  let k = i;
  while (k < items.length && k < i + 3 && !items[k].brk && AMOUNT_HEDGES.has(items[k].w)) k++;
  return k < items.length && !items[k].brk && (/^\d/.test(items[k].w) || NUMBER_WORDS.has(items[k].w));
}

// A word ending in a contracted auxiliary ("they'll", "we'd", "they've", "we're"; the scanner
// keeps the contraction in the word and writes its apostrophe straight): the auxiliary of the
// verb group that follows ("Democrats say they'll agree to …"). Not "'s", which is mostly a
// possessive ("Biden's plan").
const CONTRACTED_AUX = /^[a-z]+'(?:ll|d|ve|re)$/;

/** Subject pronouns whose verb is a plain present form (not "he", "she", "it": theirs ends in "-s"; not "you", an object as often: "gave you hope"). */
const SUBJECT_PRONOUNS = new Set(['they', 'we', 'i']);

// Verbs of saying and making known whose complement is a reported clause (a subset of NOT_PREDICATE).
const SAYING = new Set(['say', 'tell', 'announce', 'state', 'add', 'note', 'explain', 'write', 'claim', 'insist', 'report']);

/** Whether the item at k opens a reported clause after it: "that", or a verb of saying ("saying", "says", "announced", "said", "told"). */
function reportedClauseOpens(items: ScanItem[], k: number): boolean {
  const it = items[k];
  if (it.brk || it.cap) return false;
  if (it.w === 'that' || it.w === 'said' || it.w === 'told') return true;
  const hit = lookup(it.w, true);
  return hit !== null && SAYING.has(hit.lemma);
}

/** Whether an item is an adverb in "-ly" of at least six letters, lower case ("apparently", "quietly"; not "fly", "Italy"). */
function lyAdverb(it: ScanItem): boolean {
  return !it.cap && !it.brk && /^[a-z]{4,}ly$/.test(it.w);
}

/** Whether a word, read where it stands, is a verb of the clause (not a noun or adjective). */
export function verbAt(items: ScanItem[], i: number): boolean {
  const w = items[i].w;
  if (items[i].cap || !/^[a-z]+$/.test(w)) return false;
  // Back over the verb group's adverbs to the word that decides: the closed list, and a manner or
  // stance adverb in "-ly" ("was apparently attacked by an arsonist", "has quietly dropped"),
  // which stands between an auxiliary and its verb as freely as "not" does. Without it the
  // auxiliary was not seen, and a passive with its agent ("was apparently attacked by …") was
  // taken for a reduced relative below: the lede had no main act at all.
  let k = i - 1;
  while (k >= 0 && !items[k].brk && (IN_VERB_GROUP.has(items[k].w) || lyAdverb(items[k])) && items[k].w !== 'to') k--;
  // A capitalised auxiliary is a name ("in May", "Will Smith"), not the verb group's head.
  const prev = k >= 0 && !items[k].brk && !items[k].cap ? items[k].w : '';
  const direct = i > 0 && !items[i - 1].brk ? items[i - 1].w : '';
  if (AUX.has(prev) || CONTRACTED_AUX.test(prev) || direct === 'to' || prev === 'to') return true;
  // A plain present right after a personal subject pronoun opening a reported clause (after a
  // verb of saying or "that": "Authorities are now saying they suspect arson", "announced that
  // they plan to attach …") is that clause's finite verb, the act the sentence reports: a pronoun
  // is a whole noun phrase, so the word after it is no noun it determines. (Third-person forms,
  // "he warns", are read below; a past form by its suffix.) Only there: a speaker's own "I think"
  // or "we believe" opening a quote is a stance, not the act (read on the AllSides dev ledes: one
  // quote told by two outlets, "I think we have …" / "I believe …", lost its shared fact).
  if (SUBJECT_PRONOUNS.has(direct) && i > 1 && reportedClauseOpens(items, i - 2) && /^[a-z]{3,}$/.test(w) && /[vV]/.test(table.get(w) ?? '')) return true;
  if (DETERMINERS.has(direct) || direct.endsWith("'s")) return false;
  // A participle followed by its agent is a reduced relative clause describing a noun ("results
  // commissioned by the Senate"), not the clause's verb.
  // ("rose by 4%" is a verb with its amount.)
  const next = i + 1 < items.length ? items[i + 1].w : '';
  if (next === 'by' && !amountAt(items, i + 2)) return false;
  if (IRREGULAR[w] !== undefined && IRREGULAR[w] !== w) return true;
  if (/[a-z]{2,}ed$/.test(w)) return true;
  // A third-person present ("confirms", "warns"): only for words used mostly as verbs.
  if (/[a-z]{3,}s$/.test(w) && !w.endsWith('ss')) {
    // "-ies" is "-y" + "s" ("denies", "carries") or a verb in "-ie" + "s" ("dies", "ties", "lies":
    // the headline's "Singer Ana Brel dies at 91" had no main act at all).
    if (w.endsWith('ies') && table.get(w.slice(0, -1))?.includes('V')) return true;
    const b = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('es') && table.get(w.slice(0, -2))?.includes('V') ? w.slice(0, -2) : w.slice(0, -1);
    return table.get(b)?.includes('V') ?? false;
  }
  return false;
}

/**
 * Verbs whose infinitive complement did not happen (Karttunen 1971, negative implicatives):
 * "declined to hear the case" reports that the court did not hear it, as "chose not to hear" does.
 */
export const NEGATIVE_IMPLICATIVE = new Set(['decline', 'refuse', 'fail', 'neglect', 'forget']);

/** Where the verb group ending at i begins: back over auxiliaries and the words between them. */
function groupStart(items: ScanItem[], i: number): number {
  let k = i;
  while (k > 0 && !items[k - 1].brk && (AUX.has(items[k - 1].w) || IN_VERB_GROUP.has(items[k - 1].w))) k--;
  return k;
}

/** Items looked at past a verb group for another one (laterGroup): a clause's length, capped. */
const LATER_GROUP_SPAN = 30;
/**
 * Whether another auxiliary verb group opens after the verb group at i in the same clause: before
 * a break, a subordinator, a relative, "that", a coordinator (after which a group is another
 * clause's or coordinated with this one) or another verb, and not after a pronoun (a nested
 * clause's own) or inside an infinitive ("to have"). Capped at LATER_GROUP_SPAN items.
 */
function laterGroup(items: ScanItem[], i: number): boolean {
  let j = i + 1;
  // (Past this group: its auxiliaries and adverbs, then its one lexical verb.)
  while (j < items.length && !items[j].brk && (AUX.has(items[j].w) || IN_VERB_GROUP.has(items[j].w))) j++;
  if (j < items.length && !items[j].brk && verbAt(items, j)) j++;
  for (const end = Math.min(items.length, j + LATER_GROUP_SPAN); j < end; j++) {
    const w = items[j].w;
    if (items[j].brk || SUBORDINATORS.has(w) || RELATIVES.has(w) || w === 'that' || COORDINATORS.has(w)) return false;
    // (Another verb first: the later group is that verb's clause, "is starting to realize the
    // end is not in sight", not the main one after a nested clause.)
    if (!AUX.has(w) && verbAt(items, j)) return false;
    if (AUX.has(w) && !items[j].cap && groupStart(items, j) === j && !PRONOUNS.has(items[j - 1].w)) return true;
  }
  return false;
}

/** Whether the verb at i is the infinitive complement of the verb at v ("v to i", "v not to i"). */
function infinitiveAfter(items: ScanItem[], v: number, i: number): boolean {
  if (i < 2 || items[i - 1].w !== 'to') return false;
  return i - 2 === v || (i - 3 === v && (items[i - 2].w === 'not' || items[i - 2].w === 'never'));
}

/**
 * "Add" with an amount as its object is an act of its own ("the economy added 559,000 jobs",
 * "added nearly a million"), not the verb of attribution it is before a quote or a clause
 * ("…, he added").
 */
function countedAct(lemma: string, items: ScanItem[], i: number): boolean {
  return lemma === 'add' && amountAt(items, i + 1);
}

/**
 * Verbs of making known that, besides reporting a statement, take the thing they make known as a
 * plain noun phrase ("The council announced a new budget", "the firm reported a record loss",
 * "the group claimed responsibility for …"): then the making known is the act itself, as
 * "unveiled a new budget" is, and the sentence has no other act to report. Before a clause ("announced
 * [that] the plant would close", "reported the company's profits rose 5%") they are attribution,
 * as every verb of saying is (NOT_PREDICATE). Read on the AllSides dev ledes, where "The X
 * announced the members of its interim government …" and "… announced a plan to begin …" had no
 * main act at all (docs/coverage-judgements.md, session 25).
 */
const MADE_KNOWN = new Set(['announce', 'report', 'claim']);
// A noun phrase's first word: a determiner or possessive pronoun ("announced the members", "a
// plan", "its budget"). A name or a bare noun after the verb may open a clause ("announced Smith
// would resign"), so only these are read as the object's start.
const OBJECT_START = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'responsibility', 'victory']);
// Words that may stand between such a verb and its object: when the act took place ("announced
// Tuesday the …", "reported on Monday a …").
const WHEN_WORDS = new Set(['today', 'yesterday', 'on']);
// Items of the object's clause looked at for a verb group of its own (a clause's length, capped).
const MADE_KNOWN_SPAN = 30;

/**
 * Whether the verb of making known at i takes a noun phrase and no clause (MADE_KNOWN): a
 * determiner (after a day at most) opens what follows, and no verb group follows in the same
 * clause before a break, a subordinator, a relative or "that" (an infinitive after "to" is the
 * noun's complement: "a plan to begin …"). Bounded look-ahead.
 */
function madeKnownThing(lemma: string, items: ScanItem[], i: number): boolean {
  if (!MADE_KNOWN.has(lemma)) return false;
  let j = i + 1;
  while (j < items.length && !items[j].brk && (WHEN_WORDS.has(items[j].w) || TIME_NAME.test(items[j].w))) j++;
  if (j >= items.length || items[j].brk || items[j].cap || !OBJECT_START.has(items[j].w)) return false;
  for (let k = j + 1; k < items.length && k <= j + MADE_KNOWN_SPAN; k++) {
    const w = items[k].w;
    if (items[k].brk || SUBORDINATORS.has(w) || RELATIVES.has(w) || w === 'that') return true;
    if (items[k].cap || items[k - 1].w === 'to') continue;
    if (AUX.has(w) || CONTRACTED_AUX.test(w) || verbAt(items, k)) return false;
  }
  return true;
}

/**
 * Whether the verb at i is an infinitive ("to investigate", "to fully investigate"). An infinitive
 * is the complement of a noun or verb ("the failure of the police to investigate … prompted a
 * debate"), never the act the clause asserts: the clause's own verb comes later (or came before,
 * "agreed to pay"). Taking it as the main act made two sentences about one background event
 * ("the failure … to investigate") read as one act although their own verbs differ (read on DUC
 * 2006 dev topics).
 */
function infinitiveAt(items: ScanItem[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && !items[k].brk && IN_VERB_GROUP.has(items[k].w) && items[k].w !== 'to') k--;
  return k >= 0 && !items[k].brk && items[k].w === 'to';
}

/** Whether the word at i is a past participle ("published", "relieved", "co-authored", "taken"). */
export function participleAt(items: ScanItem[], i: number): boolean {
  const w = items[i].w;
  if (items[i].cap) return false;
  if (/^[a-z]+(?:-[a-z]+)*ed$/.test(w) && w.length > 4) return true;
  return IRREGULAR[w] !== undefined && IRREGULAR[w] !== w && /(?:en|wn|ne|ght|id|lt|pt|nt|ung|ank|ade|ood|ost|eft|ent)$/.test(w);
}

// Articles opening a noun phrase, and what may stand for its object after a finite verb.
const ARTICLES = new Set(['the', 'a', 'an']);
const OBJECT_WORDS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'him', 'them', 'it', 'this', 'that', 'these', 'those']);
const COPULAS = new Set(['is', 'was', 'are', 'were']);
// Prepositions that open a passive participle's complement ("convicted of", "charged with", "arrested in").
const RELATIVE_COMPLEMENT = new Set(['of', 'with', 'by', 'in', 'on', 'for', 'at', 'over', 'after', 'from', 'to', 'under', 'during', 'since', 'as', 'last', 'earlier', 'this']);
// Words looked back from a participle for the article opening its noun phrase.
const NOUN_PHRASE_SPAN = 5;

/**
 * Whether a sentence's first word opens a participle clause ("Speaking in Berlin, …", "Citing
 * sources, …"): a verb's "-ing" form (lookup), not a name that ends so ("Redding", "Beijing").
 */
function fronting(w: string): boolean {
  return /ing$/.test(w) && lookup(w, true) !== null;
}

/**
 * Whether the participle at i follows the noun of a noun phrase opened by an article (within
 * NOUN_PHRASE_SPAN words, none an auxiliary or a verb) that stands after a comma, as an
 * appositive closed by another comma (appositiveCloses), or after a copula ("is now the first
 * …"), and no object follows it (a finite verb would take one: "…, the board approved the plan"):
 * a reduced relative describing that noun (main act reading, above).
 */
function nounPhraseParticiple(items: ScanItem[], i: number): boolean {
  if (!participleAt(items, i) || i + 1 >= items.length || OBJECT_WORDS.has(items[i + 1].w)) return false;
  // A reduced relative is a passive participle, which takes no object: what follows it opens its
  // complement (a preposition: "convicted of fraud", "charged with a felony"), names a time
  // ("arrested Tuesday") or ends the phrase. Anything else (a figure, a name, a bare noun, an
  // adverb) is read as a finite verb's object or adjunct: "The result was the company lost $2
  // billion", "The reason is the government raised taxes", "Speaking in Berlin, the chancellor
  // warned Russia, the agency reported" assert "lost", "raised", "warned" (review of issue #12).
  const next = items[i + 1];
  if (!next.brk && !RELATIVE_COMPLEMENT.has(next.w) && !TIME_NAME.test(next.w)) return false;
  let k = i - 1;
  // The word before is the phrase's head noun, in lower case: a name before a verb is its subject
  // ("…, the U.S. scrambled jets …").
  if (k < 0 || items[k].brk || items[k].cap || ARTICLES.has(items[k].w)) return false;
  while (k >= 0 && k >= i - NOUN_PHRASE_SPAN && !items[k].brk && !ARTICLES.has(items[k].w)) {
    if (AUX.has(items[k].w) || verbAt(items, k)) return false;
    k--;
  }
  if (k < 0 || items[k].brk || !ARTICLES.has(items[k].w)) return false;
  let j = k - 1;
  while (j >= 0 && !items[j].brk && IN_VERB_GROUP.has(items[j].w)) j--;
  if (j < 0) return false;
  // An appositive follows the name it describes ("Derek Vorn, the former official …"): a
  // capitalised word before the comma, no weekday or month, in a sentence that does not open with
  // a fronted adverbial, a subordinate clause or a participle clause ("On Sunday, the council
  // approved …", "After the vote, the board signed …", "Speaking in Berlin, the chancellor warned
  // …"), whose comma is followed by the clause's own subject and verb.
  if (items[j].w === ',') {
    const before = items[j - 1];
    if (!before || before.brk || !before.cap || TIME_NAME.test(before.w) || FRONTED.has(items[0].w) || SUBORDINATORS.has(items[0].w) || fronting(items[0].w)) return false;
    return appositiveCloses(items, i);
  }
  return !items[j].brk && COPULAS.has(items[j].w);
}

/**
 * Whether the segment opened at i is closed by a comma (within the clause) and a verb follows it
 * within a few words: "…, published Monday in the Lancet, is based on …". Bounded look-ahead.
 */
function appositiveCloses(items: ScanItem[], i: number): boolean {
  let k = i + 1;
  while (k < items.length && !items[k].brk && k < i + 25) k++;
  if (k >= items.length || items[k].w !== ',') return false;
  // A clause opened after the comma ("…, as Congress was …") is background, not the main verb.
  if (k + 1 < items.length && (SUBORDINATORS.has(items[k + 1].w) || RELATIVES.has(items[k + 1].w))) return false;
  for (let m = k + 1; m < items.length && m <= k + 4 && !items[m].brk; m++) if (!items[m].cap && (AUX.has(items[m].w) || verbAt(items, m))) return true;
  return false;
}

/**
 * Capitalised weekdays and months are when, never who: they are no name of the subject ("The
 * port authority on Wednesday ordered …" has no named subject, not "Wednesday"; "The Pentagon on
 * Wednesday ordered …" has the Pentagon). Read as a name, a weekday made two reports of one act
 * look like acts of two actors (otherActors) when one outlet dated the act inside its subject.
 */
const TIME_NAME = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/;

/**
 * Nouns of the bodies and offices through which an owner acts in its own name ("Velmora's
 * attorney general", "Iran's foreign ministry", "Acme's board", "the union's leaders"): a subject
 * so written is the owner's act, and names the owner (otherActors). Any other possessed noun names
 * another party than the owner ("Velmora's neighbours", "Iran's rivals", "Smith's wife", "the
 * firm's customers"): read as the owner, two actors' acts became one shared fact, and one's
 * figure against the other's a false conflict card. A closed list by the nouns' meaning (an
 * office or organ of its owner), whatever the story.
 */
export const OWNER_ORGANS = new Set(
  ('government administration authorities authority officials official ministry ministries minister ministers ' +
    'president premier prime chancellor leader leaders leadership spokesman spokeswoman spokesperson spokesmen ' +
    'attorney attorney-general governor mayor cabinet parliament legislature congress senate assembly council ' +
    'army military navy forces police embassy ambassador envoy diplomat diplomats department office regime board ' +
    'management executives directors regulator regulators lawyers attorneys counsel').split(' '),
);
// Modifiers an organ may carry ("Iran's foreign ministry", "Acme's top executives"): looked past
// to the noun, never an organ alone ("Velmora's top rival", "its foreign enemies").
export const ORGAN_MODIFIERS = new Set('foreign interior defence defense justice health finance state central top chief senior federal national'.split(' '));
const POSSESSIVE = /(?:'s|(?<=s)')$/;

/** Whether the name at i is a possessive whose next word is one of its owner's organs (OWNER_ORGANS). */
function ownerActing(items: ScanItem[], i: number): boolean {
  if (!POSSESSIVE.test(items[i].w)) return false;
  let k = i + 1;
  while (k < items.length && !items[k].brk && ORGAN_MODIFIERS.has(items[k].w)) k++;
  return k < items.length && !items[k].brk && OWNER_ORGANS.has(items[k].w);
}

/**
 * Whether a word verbAt reads as a verb stands inside a clause, not first in the sentence or after
 * a break ("Classified assessments … painted": a participle used as an adjective), nor after "to",
 * which may be a preposition ("have gone to waste"), nor before the rest of its verb group ("might
 * even be"): where its verb reading may override a noun reading (lookup's asVerb).
 */
function clauseVerbAt(items: ScanItem[], i: number): boolean {
  if (i === 0 || items[i - 1].brk) return false;
  // An adverb inside the verb group has its verb after it ("might even be", "will likely be").
  if (i + 1 < items.length && (AUX.has(items[i + 1].w) || IN_VERB_GROUP.has(items[i + 1].w))) return false;
  // A word of the verb group itself ("is still …") is no verb.
  if (IN_VERB_GROUP.has(items[i].w)) return false;
  // (Back over the verb group's adverbs, "-ly" ones too, as verbAt reads them.)
  let k = i - 1;
  while (k >= 0 && !items[k].brk && (IN_VERB_GROUP.has(items[k].w) || lyAdverb(items[k])) && items[k].w !== 'to') k--;
  if (k < 0 || items[k].w === 'to') return false;
  // A base form after "be" or "have" is no verb of theirs: an adjective or adverb ("is true",
  // "were down", "you're better"); only a participle or a progressive form follows them.
  const w = items[i].w;
  const inflected = /(?:ed|ing)$/.test(w) || (IRREGULAR[w] !== undefined && IRREGULAR[w] !== w);
  if (inflected) return true;
  for (let m = k; m < i; m++) if (BE_HAVE.has(items[m].w) || /'(?:re|ve|s)$/.test(items[m].w)) return false;
  return true;
}
const BE_HAVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't"]);

/**
 * Readings already made, by text. One dossier reads the same sentence's act again and again
 * (facts, the summary, several conflict checks: the example's dossier asks 206 readings of 84
 * texts; issue #16, start-up). The reading is a pure function of the text, and every caller
 * only reads it (none changes its arrays, sets or predicates), so one object serves them all.
 * Emptied when it reaches ACT_MEMO_MAX texts, so a long-running server's memory stays bounded:
 * a sentence's text is often a slice that keeps its whole article alive, so the bound is a few
 * thousand (a 200-article story reads about that many sentences), not the whole corpus.
 */
const actMemo = new Map<string, ActReading>();
const ACT_MEMO_MAX = 5_000;

/**
 * The act reading of a sentence (see the section comment). The object returned is shared with
 * every other caller that asks for the same text (actMemo): read it, never change it.
 */
export function readAct(text: string): ActReading {
  const known = actMemo.get(text);
  if (known !== undefined) return known;
  if (actMemo.size >= ACT_MEMO_MAX) actMemo.clear();
  const reading = readActOnce(text);
  actMemo.set(text, reading);
  return reading;
}

/** readAct's work, for a text not read before. */
function readActOnce(text: string): ActReading {
  const items = scan(text);
  const preds: ActPredicate[] = [];
  const seen = new Map<string, ActPredicate>();
  const main: ActPredicate[] = [];
  // Skipped: background (a subordinate or relative clause, a parenthesis, a fronted adverbial)
  // until the next clause break.
  let skip = false;
  let paren = 0;
  // The first word opens a fronted adverbial when it is a subordinator or a preposition and a
  // comma follows within the sentence.
  if (items.length && (SUBORDINATORS.has(items[0].w) || FRONTED.has(items[0].w)) && items.some((x) => x.w === ',')) skip = true;
  // Still inside that fronted adverbial (until its comma): a means adjunct there ("In a 6-3
  // ruling, the court …") is the main clause's, though its words are background.
  let fronted = skip && FRONTED.has(items[0].w);
  const means: ActPredicate[] = [];
  const meansFigures: string[] = [];
  // A restrictive relative "that" clause before the main verb: 1 opened, 2 in its verb group, 3
  // past it (an auxiliary then opens the main verb group); 0 none.
  let relative = 0;
  // The relative was opened by "who"/"which"/"whom"/"whose" (below), not by "that".
  let whoRelative = false;
  // Negation of the current clause: a negator seen since the clause began and before its verb.
  let negator = false;
  let mainDone = false;
  let sinceMain = -1;
  // Capitalised words of the main clause seen before its verb: the subject's names.
  const subjectNames: string[] = [];
  const subjectRaw: string[] = [];
  const subjectAt: number[] = [];
  let mainAt = -1;
  const names = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.brk) {
      fronted = false;
      if (it.w === '(' || it.w === '[') paren++;
      else if ((it.w === ')' || it.w === ']') && paren > 0) paren--;
      else if (paren === 0) {
        skip = false;
        relative = 0;
        whoRelative = false;
      }
      negator = false;
      continue;
    }
    // A reduced relative set off by commas before the main verb ("The paper, published Monday in
    // the Lancet, is based on …"; "The officer, relieved of command last month, appeared on …"):
    // a participle right after a comma, with a comma closing it and a verb after that, describes
    // the subject; the verb after the second comma is the main act. Read on the allsides dev
    // stories, where "published" was taken for the main act of two sentences about one paper that
    // say different things of it.
    if (!mainDone && !skip && paren === 0 && i > 0 && items[i - 1].w === ',' && participleAt(items, i) && appositiveCloses(items, i)) {
      skip = true;
      negator = false;
      continue;
    }
    // A participle right after the noun of a noun phrase that stands as an appositive (after a
    // comma, closed by one) or as the complement of a copula is a reduced relative describing that
    // noun ("Derek Vorn, the former officer convicted of fraud in …, was sentenced on Friday"; "Vorn
    // is now the first official charged with a felony to be sentenced"), not the act the clause
    // asserts. Read as the main act, the background step ("convicted") stood for what the sentence
    // reports ("was sentenced"), and two outlets telling one sentencing were two acts once steps of
    // one affair are told apart (stageWords; AllSides dev, issue #12).
    if (!mainDone && !skip && paren === 0 && nounPhraseParticiple(items, i)) {
      skip = true;
      negator = false;
      continue;
    }
    // "That" opening a relative clause: after a noun and before a verb group ("a group that is
    // counted among …", "a law that bans …"). After a verb it opens the reported clause ("said
    // that …"), which carries the act, and is left alone.
    // A restrictive relative has no comma to close it: before the main verb, it ends where a
    // second verb group begins after its own ("a group that is counted among … is suspected
    // …": "is suspected" is the main clause's).
    if (paren === 0 && it.w === 'that' && i > 0 && i + 1 < items.length && !items[i - 1].brk && !items[i + 1].brk && !verbAt(items, i - 1) && !AUX.has(items[i - 1].w) && !DETERMINERS.has(items[i - 1].w) && !SUBORDINATORS.has(items[i - 1].w) && (AUX.has(items[i + 1].w) || verbAt(items, i + 1))) {
      skip = true;
      negator = false;
      // Inside a "who" relative, a "that" clause leaves it no sure end (below).
      relative = mainDone || (whoRelative && relative > 0) ? 0 : 1;
      whoRelative = false;
      continue;
    }
    if (relative > 0 && skip && !it.cap) {
      const group = AUX.has(it.w) || verbAt(items, i);
      // (A "who" relative's own verb group may hold two auxiliaries: "who have been vaccinated".)
      if (relative === 2 && group && AUX.has(it.w) && !(whoRelative && (AUX.has(items[i - 1].w) || IN_VERB_GROUP.has(items[i - 1].w)))) {
        skip = false;
        relative = 0;
      } else if (relative === 1 && group) relative = 2;
      else if (relative === 2 && !group && !IN_VERB_GROUP.has(it.w)) relative = 3;
      // A finite verb after a "who" relative's object, with no auxiliary before it and not
      // coordinated with the relative's verb, may be the main verb ("regulators who are leaving
      // the agency came out against …"): no sure end, so the main act stays unread, as before.
      else if (relative === 3 && whoRelative && group && !AUX.has(it.w) && groupStart(items, i) === i && !COORDINATORS.has(items[i - 1].w)) relative = 0;
      // An auxiliary group right after a pronoun opens a clause of that pronoun, nested in the
      // relative ("a doctor who wrote that he had broken the law now faces …", "employees who do
      // not show they have been vaccinated will …"): not the main verb group.
      // So is an auxiliary group followed, in the same clause, by another one: the relative's verb
      // took a clause without "that" ("a man who claimed the money was stolen has been charged",
      // "economists who warned inflation would rise have been proved right"); the main verb
      // group is the later one.
      else if (relative === 3 && AUX.has(it.w) && !PRONOUNS.has(items[groupStart(items, i) - 1]?.w ?? '') && !laterGroup(items, i)) {
        skip = false;
        relative = 0;
      }
    }
    // A subordinator right after an auxiliary is an adverb of the verb group ("has since been");
    // a capitalised "May" or "Will" before it is a name, not an auxiliary ("in May as …").
    const afterAux = i > 0 && !items[i - 1].cap && AUX.has(items[i - 1].w);
    if (paren === 0 && !afterAux && (SUBORDINATORS.has(it.w) || RELATIVES.has(it.w)) && !(it.w === 'as' && i + 1 < items.length && /^(?:well|much|many|long|soon|early|late|far|part)$/.test(items[i + 1].w))) {
      skip = true;
      negator = false;
      // A restrictive "who"/"which" clause (no comma before it) inside the subject, before the
      // main verb, has no comma to close it either: like a restrictive "that" (above), it ends
      // where a second verb group begins after its own ("The officer who shot her as the mob
      // stormed the building will not be disciplined"; "Migrants who were camping under the
      // bridge have been released"). Without this the main act of such ledes was never read.
      // Another clause opening inside it ("who came out against … in a paper that concludes
      // science doesn't support …") leaves no sure end: its main act stays unread, as before.
      if (relative > 0 && whoRelative) relative = 0;
      else if (RELATIVES.has(it.w) && !mainDone && relative === 0 && i > 0 && !items[i - 1].brk) {
        relative = 1;
        whoRelative = true;
      }
      continue;
    }
    if (!mainDone && !skip && paren === 0) subjectAt.push(i);
    if (CLAUSE_NEGATORS.has(it.w) || it.w.endsWith("n't")) negator = true;
    // The first word is capitalised whatever it is ("He", "Parents"): it counts as a name only
    // when a capitalised word follows it ("Colin Powell").
    const named = it.cap || (it.upper && i + 1 < items.length && items[i + 1].cap);
    if (named && !DETERMINERS.has(it.w) && !FRONTED.has(it.w) && !CLAUSE_NEGATORS.has(it.w) && !PRONOUNS.has(it.w)) {
      names.add(it.w);
      if (!mainDone && !skip && paren === 0 && !TIME_NAME.test(it.w)) {
        subjectNames.push(ownerActing(items, i) ? it.w.replace(POSSESSIVE, '') : it.w);
        subjectRaw.push(it.raw);
      }
    }
    if (it.cap || !/^[a-z]+$/.test(it.w)) continue;
    const isVerb = verbAt(items, i);
    const hit = lookup(it.w, isVerb && clauseVerbAt(items, i));
    if (!hit) continue;
    const madeKnown = NOT_PREDICATE.has(hit.lemma) && isVerb && madeKnownThing(hit.lemma, items, i);
    if (NOT_PREDICATE.has(hit.lemma) && !countedAct(hit.lemma, items, i) && !madeKnown) {
      // A verb of attribution or a light verb ends its clause's subject: a new clause may follow
      // ("said [that] no one was hurt").
      if (isVerb) negator = false;
      continue;
    }
    // An auxiliary is the verb group's head, never its act: the modal "can" is the table's verb
    // "can" (to tin; to dismiss), and as a predicate of the sentence its vector stood near most
    // verbs ("pay", "leave", "agree": cosine at or above the predicate cut), so "The contractor can
    // leave the site" named the act of "The council paid the contractor". (The verb's own forms,
    // "canned", "cans", are no auxiliary.)
    if (AUX.has(it.w)) continue;
    // The infinitive a main verb takes as its complement ("voted to repeal", "chose not to
    // hear", "declined to take up") is part of the main act: the act the sentence reports.
    const complement = isVerb && !skip && paren === 0 && mainDone && sinceMain >= 0 && infinitiveAfter(items, sinceMain, i);
    const implicitNot = complement && NEGATIVE_IMPLICATIVE.has(main[main.length - 1].lemma);
    let p = seen.get(hit.lemma);
    if (!p) {
      const cls = i + 1 < items.length && !items[i + 1].brk ? phrasalClass(hit.lemma, items[i + 1].w) : undefined;
      p = { word: it.w, lemma: hit.lemma, stem: stem(hit.lemma), negated: isVerb && (negator || implicitNot), ...(cls ? { cls } : {}) };
      seen.set(hit.lemma, p);
      preds.push(p);
    }
    if (!isVerb) {
      if (paren === 0 && ((mainDone && !skip) || fronted) && !NOT_PREDICATE.has(hit.lemma) && meansAdjunct(items, i)) {
        means.push({ ...p, negated: false });
        for (const x of items.slice(Math.max(0, i - 1 - MEANS_MODIFIERS), i)) if (/\d/.test(x.w)) meansFigures.push(x.w);
      }
      continue;
    }
    const background = skip || paren > 0;
    if (!background && !mainDone && !infinitiveAt(items, i)) {
      main.push({ ...p, negated: negator, ...(madeKnown ? { madeKnown } : {}) });
      mainDone = true;
      sinceMain = i;
      mainAt = i;
      subjectAt.pop();
    } else if (!background && mainDone && sinceMain >= 0) {
      // A verb coordinated with the main one: "and"/"but" right before it, or before a pronoun
      // subject of it ("…, but it endorsed …").
      const c1 = items[i - 1];
      const c2 = i > 1 ? items[i - 2] : undefined;
      if ((c1 && COORDINATORS.has(c1.w)) || (c2 && COORDINATORS.has(c2.w) && PRONOUNS.has(c1.w))) main.push({ ...p, negated: negator });
      else if (complement) {
        main.push({ ...p, negated: negator || implicitNot });
        sinceMain = i;
      }
    }
    negator = false;
  }
  const passive = mainDone && passiveAt(items, mainAt);
  const object = mainDone ? objectNames(items, mainAt) : [];
  const objectStems = mainDone ? objectWords(items, mainAt).map((w) => stem(w)) : [];
  return { preds, main, subject: mainDone ? subjectNames : [], subjectText: mainDone ? subjectRaw.join(' ') : '', names, mainAt, subjectAt: mainDone ? subjectAt : [], initials: mainDone ? initialsOf(items, new Set(subjectAt)) : new Set(), initialisms: new Set(mainDone ? subjectAt.map((k) => initialismOf(items[k].raw)).filter((x): x is string => x !== null) : []), figures: new Set(items.filter((x) => /\d/.test(x.w)).map((x) => x.w)), ...(means.length ? { means, meansFigures } : {}), ...(passive ? { passive } : {}), ...(object.length ? { object } : {}), ...(objectStems.length ? { objectStems } : {}) };
}

/** Forms of "be" and "get" that make a participle after them a passive ("was arrested", "got fired"). */
const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'gotten', 'getting', "isn't", "wasn't", "weren't", "aren't"]);

/**
 * Whether the verb at i is a passive participle: a form of "be" or "get" before it, past adverbs
 * ("was quietly arrested", "was not charged"), and the verb a past participle (a regular "-ed",
 * or an irregular form in "-en"/"-wn"/"-ne"/"-t"/"-ung"/"-ot": "was shot", "was taken").
 */
function passiveAt(items: ScanItem[], i: number): boolean {
  const w = items[i]?.w ?? '';
  if (!/(?:ed|en|wn|ne|t|ung|ot|ught)$/.test(w)) return false;
  let k = i - 1;
  while (k >= 0 && !items[k].brk && (/^[a-z]+ly$/.test(items[k].w) || items[k].w === 'not' || items[k].w === 'never')) k--;
  return k >= 0 && !items[k].brk && PASSIVE_AUX.has(items[k].w);
}

/** Words that end the object noun phrase after a main verb. */
const OBJECT_ENDS = new Set('of to on in at for with by from after before during over as against near into under since and but or who whom whose which that when where while'.split(' '));

/**
 * Name words of the main verb's object noun phrase: the capitalised words after the verb at i,
 * past determiners and lower-case modifiers ("the former harbour master Jon Vark"), up to a
 * break, a preposition, a conjunction or a relative (OBJECT_ENDS), at most eight words on.
 */
function objectNames(items: ScanItem[], i: number): string[] {
  const out: string[] = [];
  for (let k = i + 1; k < items.length && k <= i + 8; k++) {
    const it = items[k];
    if (it.brk || OBJECT_ENDS.has(it.w)) break;
    // A possessive names the owner of the object, not the object ("arrested Jon Vark's brother").
    if (it.cap && POSSESSIVE.test(it.w)) return [];
    if (it.cap) out.push(it.w);
    else if (out.length) break;
  }
  return out;
}

/**
 * The content words of the main verb's object noun phrase: the words after the verb at i up to a
 * break, a preposition, a conjunction or a relative (OBJECT_ENDS), at most eight words on,
 * determiners and pronouns left out ("won the mayoral election on Sunday" gives "mayoral",
 * "election").
 */
const NOT_OBJECT = new Set('yesterday today tonight tomorrow now then earlier later again aged overnight last next home abroad there here away out up down off'.split(' '));
function objectWords(items: ScanItem[], i: number): string[] {
  const out: string[] = [];
  for (let k = i + 1; k < items.length && k <= i + 8; k++) {
    const it = items[k];
    if (it.brk || OBJECT_ENDS.has(it.w)) break;
    // An adverb or an age after an intransitive verb ("died peacefully", "died yesterday aged
    // 91") is no object: it ends the phrase.
    if (/^[a-z]+ly$/.test(it.w) || NOT_OBJECT.has(it.w)) break;
    if (!DETERMINERS.has(it.w) && !PRONOUNS.has(it.w) && /^[a-z]/.test(it.w)) out.push(it.w.replace(POSSESSIVE, ''));
  }
  return out;
}

/**
 * Prepositions of means and manner: "by an 8-1 ruling", "in a 67-32 vote". Not "with" nor
 * "through", mostly a verb's own complement ("agreed with a decision", "charged with a felony",
 * "went through a process").
 */
const MEANS_PREPOSITIONS = new Set(['by', 'in']);
/** Words that may follow an adjunct's head noun: a break, a preposition, a conjunction or a relative ("by a vote of 50-48", "in a ruling that …"). */
const HEAD_FOLLOWERS = new Set('of to on in at for with by that which who from against over as after before during and but than amid since along on'.split(' '));
/** Words between the preposition and the noun, at most (article, figure, adjective: "by an 8-1 ruling"). */
const MEANS_MODIFIERS = 3;

/**
 * Whether the event noun at i heads a means adjunct: a preposition of means, then an indefinite
 * article or a figure, then at most a few modifiers (no verb, no name) before the noun — "by an
 * 8-1 ruling", "in a unanimous vote", "with a 219-212 vote". Such an adjunct names the clause's own
 * act as a noun ("The court extended its protection … by an 8-1 ruling" is the court's ruling: the
 * act told twice), as a court "ruled 8-1" in another outlet's words. Definite ones are left out:
 * "by the end of", "in the wake of", "in the aftermath of" are complex prepositions of time or
 * cause, and "in the vote" refers back to an event already told, not this clause's act.
 */
function meansAdjunct(items: ScanItem[], i: number): boolean {
  // The adjunct's head noun, not a modifier of it ("in an encouraging burst", "in a televised
  // address", "in a press release": the head says what the means is, the modifier not).
  const next = items[i + 1];
  if (next && !next.brk && !HEAD_FOLLOWERS.has(next.w)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 1 - MEANS_MODIFIERS; k--) {
    const x = items[k];
    if (x.brk || x.cap) return false;
    if (MEANS_PREPOSITIONS.has(x.w)) {
      // "By" right after a verb form is a passive's agent or the verb's own complement
      // ("threatened by a rebellion", "defeated by a tally"): another participant, not the means.
      if (x.w === 'by' && k > 0 && !items[k - 1].brk && (participleAt(items, k - 1) || verbAt(items, k - 1))) return false;
      const first = items[k + 1];
      return k + 1 < i && (first.w === 'a' || first.w === 'an' || /^\d/.test(first.w));
    }
    if (AUX.has(x.w) || verbAt(items, k)) return false;
  }
  return false;
}

// Function words a name may hold inside ("Bureau of Investigation", "Department of Health and
// Human Services"): skipped by an initialism, never its first or last word.
const NAME_INNER = new Set(['of', 'and', 'for', 'the', 'on', '&']);
// Capitalised words in a run read for initials: a name longer than this is cut (bounded work:
// the runs within a run are quadratic in its length).
const INITIALS_RUN = 8;

/**
 * The initials of every run of capitalised words of a scanned sentence's subject (`subject`: the
 * indices of its subject words; ActReading.initials). Only the subject: an initialism names the
 * actor, and a run elsewhere in the sentence is another participant or a circumstance ("The EU
 * pledged … in Ukraine's Kharkiv region" spells "uk", which is not the EU's actor; "Under New
 * rules, Egypt sent …" spells "un"), and reading the whole sentence made otherActors say "one
 * actor" of two, which lifts the conflicts stage's guard against two actors' figures. A
 * possessive ends its run: "Ukraine's Kharkiv" is an owner and its own, two names, not one.
 */
function initialsOf(items: ScanItem[], subject: Set<number>): Set<string> {
  const out = new Set<string>();
  let run: string[] = [];
  const flush = (): void => {
    for (const x of runInitials(run)) out.add(x);
    run = [];
  };
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (subject.has(i) && !it.brk && it.upper && /^\p{L}/u.test(it.raw) && !DETERMINERS.has(it.w)) {
      if (run.length < INITIALS_RUN) run.push(it.w);
      if (POSSESSIVE.test(it.w)) flush();
    } else if (!(run.length && subject.has(i) && !it.brk && NAME_INNER.has(it.w) && items[i + 1]?.upper)) flush();
  }
  flush();
  return out;
}

/**
 * The letters (lower case) of a word written as an initialism: two to six letters, dotted or in
 * capitals ("U.S.", "FBI", "UN"); null for any other word.
 */
function initialismOf(raw: string): string | null {
  return /^(?:\p{Lu}\.){1,5}\p{Lu}\.?$|^\p{Lu}{2,6}$/u.test(raw) ? raw.replace(/\./g, '').toLowerCase() : null;
}

/** The initials of every run of two or more of `words` (in order). */
function runInitials(words: string[]): Set<string> {
  const out = new Set<string>();
  const ws = words.slice(0, INITIALS_RUN);
  for (let a = 0; a < ws.length; a++) for (let b = a + 2; b <= ws.length; b++) out.add(ws.slice(a, b).map((w) => w[0]).join(''));
  return out;
}

/** Whether act predicate p names the act of one of `qs`, with the same polarity. */
function namedIn(p: ActPredicate, qs: ActPredicate[], near: number): boolean {
  return qs.some((q) => p.negated === q.negated && samePredicateWord(p, q, near));
}

/**
 * Whether two sentences report the same act: they share a predicate (samePredicate), and the
 * main predicate of at least one of them is named, with the same polarity, among the other's
 * predicates. A sentence whose main clause yields no predicate gives no evidence about it.
 */
export function sameAct(a: ActReading, b: ActReading, near: number): boolean {
  return samePredicate(a.preds, b.preds, near) && !mainActsDiffer(a, b, near) && !otherActors(a, b, near);
}

/**
 * The same main act done by different named actors: the main predicates name one act, both
 * subjects are named, and neither sentence names the other's subject anywhere ("Boies showed
 * the memos on Monday" / "Microsoft showed its memos on Thursday"). Two outlets telling one act
 * name its actor in words the other also uses ("Trudeau" / "Prime Minister Justin Trudeau"); a
 * subject without a name ("the company", "experts") is compatible with any.
 */
export function otherActors(a: ActReading, b: ActReading, near: number): boolean {
  if (!a.subject.length || !b.subject.length) return false;
  if (!a.main.some((p) => b.main.some((q) => p.negated === q.negated && samePredicateWord(p, q, near)))) return false;
  // Name words are compared by stem: "Democratic senators" and "Judiciary Committee Democrats"
  // name one group; a possessive subject names its owner only where its noun is one of the
  // owner's own organs (readAct, ownerActing: "Mississippi's attorney general urged …" / "The
  // state of Mississippi urged …"), never another party ("Velmora's neighbours closed …").
  const stems = (ws: Iterable<string>): Set<string> => new Set([...ws].map((w) => stem(w)));
  const an = stems(a.names);
  const bn = stems(b.names);
  if (a.subject.some((w) => bn.has(stem(w))) || b.subject.some((w) => an.has(stem(w)))) return false;
  // One name told as words in one sentence and as their initialism in the other ("the United
  // States" / "the U.S."; "the Federal Bureau of Investigation" / "the FBI"), either way round:
  // the initialism of one subject spells a run of the other sentence's names, or the other
  // sentence writes an initialism that spells a run of the subject's. Without this two outlets
  // telling one act of one country ("The number of burglaries in the United States jumped …" /
  // "The U.S. burglary rate increased …") read as acts of two actors and were split into two
  // facts (AllSides dev 5668).
  return !spelled(a, b) && !spelled(b, a);
}

/** Whether a word of x's subject is the initialism of a run of y's names, or y writes one that spells a run of x's subject. */
function spelled(x: ActReading, y: ActReading): boolean {
  for (const raw of x.subjectText.split(' ')) {
    const l = initialismOf(raw);
    if (l !== null && y.initials.has(l)) return true;
  }
  return [...y.initialisms].some((l) => x.initials.has(l));
}

/**
 * Whether the two main subjects name one actor: both named, and every name word of the subject
 * with fewer of them is a name word of the other (by stem: "President Ashraf Ghani" /
 * "Afghanistan President Ashraf Ghani"; the longer may add a title or an appositive's names), or
 * one spells the other's initialism ("The FBI" / "The Federal Bureau of Investigation"). A name
 * the shorter adds is another participant: "Nina Turner, a former Ohio state senator, …" and
 * "Nina Turner … and Shontel Brown shook hands" are not one actor's acts. Names elsewhere in the
 * sentences do not count: the actor is the subject.
 */
export function oneActor(a: ActReading, b: ActReading): boolean {
  if (!a.subject.length || !b.subject.length) return false;
  const as = new Set(a.subject.map((w) => stem(w)));
  const bs = new Set(b.subject.map((w) => stem(w)));
  const [small, large] = as.size <= bs.size ? [as, bs] : [bs, as];
  return [...small].every((w) => large.has(w)) || spelled(a, b) || spelled(b, a);
}

/**
 * Whether both sentences have a main predicate and neither's is reported by the other: each
 * asserts an act the other does not, whatever else they share.
 */
export function mainActsDiffer(a: ActReading, b: ActReading, near: number): boolean {
  if (!a.main.length || !b.main.length) return false;
  if (otherThingsMadeKnown(a, b)) return true;
  // Two main acts that are steps of one affair (stageWords): each is told in the other sentence
  // only by a word that sentence does not share (tellings).
  const steps = a.main.some((p) => b.main.some((q) => stageWords(p, q)));
  const told = (p: ActPredicate, x: ActReading, y: ActReading): ActPredicate[] => (steps ? tellings(p, x, y) : y.preds);
  return !a.main.some((p) => namedIn(p, told(p, a, b), near)) && !b.main.some((q) => namedIn(q, told(q, b, a), near)) && !sameMainAct(a, b, near);
}

/**
 * The predicates of y that may tell x's main act p, when the two main acts are steps of one
 * affair: its own word, or a word x does not use itself. A word both sentences hold is a thing
 * both tell — the charge, the payment — and x tells it beside p as another thing, so its telling
 * in y is not y's telling of p, however near the vectors put p to it ("was charged … with fraud"
 * / "was convicted … of fraud": "charged" / "fraud" 0.64; "proposed a new tax … to pay for" /
 * "approved a new tax … to pay for": "proposed" / "pay" 0.51). Read that way, two steps of one
 * affair told round one shared noun were one act (issue #12). Only for steps: asked of every
 * pair, it split a claim one sentence tells in a subordinate clause with a word the other also
 * uses elsewhere ("fatally shot 12 students … before killing themselves" / "After two teen-agers
 * … killed a teacher, 12 students and themselves, …": a pair labelled the same claim, DUC 2006
 * dev).
 */
function tellings(p: ActPredicate, x: ActReading, y: ActReading): ActPredicate[] {
  return y.preds.filter((q) => q.stem === p.stem || !x.preds.some((r) => r.stem === q.stem));
}

/**
 * Whether both main acts make known a thing named by a noun phrase (madeKnownThing: "announced a
 * new budget", "reported a record loss") and the two things differ: the heads of the objects (the
 * last content word before a preposition, a clause or a break: English noun phrases end in their
 * head) share no stem nor synset. The verb is the same act of saying whatever is said ("reported a
 * record loss" / "reported a record third-quarter profit", "announced a new budget" / "announced
 * a hiring freeze"): read as one act, two ledes of one company told one fact citing the outlet that
 * says the other. The modifiers ("record", "new") are left out: two things may share them.
 */
function otherThingsMadeKnown(a: ActReading, b: ActReading): boolean {
  if (!a.main[0]?.madeKnown || !b.main[0]?.madeKnown) return false;
  const ha = a.objectStems?.[a.objectStems.length - 1];
  const hb = b.objectStems?.[b.objectStems.length - 1];
  if (ha === undefined || hb === undefined) return false;
  return ha !== hb && !shareSynset(synsetsOf(ha), synsetsOf(hb));
}

/**
 * Whether one sentence asserts what the other denies: a main predicate of one is named in the
 * other with the opposite polarity ("no trace has been found" / "the remains were found"). Such
 * sentences are related but never one fact, whatever words they share.
 */
/**
 * Whether a name of one sentence's main subject stands in the other sentence outside its main
 * subject: the two tell one event with the parties' roles swapped (a converse: buy / sell, lend /
 * borrow), not two outcomes of one act.
 */
function swapped(a: ActReading, b: ActReading): boolean {
  const out = (x: ActReading, y: ActReading): boolean => x.subject.some((w) => y.names.has(w) && !y.subject.includes(w));
  return out(a, b) || out(b, a);
}

export function oppositeAct(a: ActReading, b: ActReading, near: number): boolean {
  const opp = (x: ActReading, y: ActReading): boolean => x.main.some((p) => y.preds.some((q) => p.negated !== q.negated && samePredicateWord(p, q, near)));
  // Main clauses asserting opposite outcomes with the same polarity ("the council approved the
  // plan" / "councillors rejected the plan"; oppositeWords): main to main only, since a sentence
  // may tell the other outcome as its background ("rejected the bill the House had passed").
  // Not where the two subjects swap roles: WordNet's verb antonyms include converses, one event
  // told from either party ("Apex bought the bakery chain" / "its owners sold it to Apex", "the
  // port lent the ferry line $5 million" / "the ferry line borrowed $5 million from the port"),
  // and there a name the one subject holds stands outside the other's subject (swapped).
  const outcome = !swapped(a, b) && a.main.some((p) => b.main.some((q) => p.negated === q.negated && oppositeWords(p, q)));
  return outcome || opp(a, b) || opp(b, a);
}

/**
 * Whether the two sentences' main clauses assert one act: a main predicate of each names the
 * same act, with the same polarity ("the court rejected the appeal" / "the court declined to take
 * up the case"). Stronger than sameAct, which is satisfied by an act one sentence tells only in a
 * background clause.
 */
export function sameMainAct(a: ActReading, b: ActReading, near: number): boolean {
  if (a.main.some((p) => b.main.some((q) => p.negated === q.negated && samePredicateWord(p, q, near)))) return true;
  // One named actor's main act told by the other as the event noun of its means adjunct
  // (readAct means: "The court ruled 8-1 …" / "The court extended its protection … by an 8-1
  // ruling"): named outright only (the lemma, a derivation, a synset; no vectors), asserted, and
  // never for two actors ("CNN interviewed the senator" / "The senator praised X in an interview").
  if (oneActor(a, b) && (meansNamed(a, b) || meansNamed(b, a))) return true;
  // Two main acts of one named actor: their lemmas' vectors too (lemmasNear), never two opposite
  // outcomes ("approved" / "rejected").
  if (near > 1 || !oneActor(a, b)) return false;
  return a.main.some((p) => b.main.some((q) => p.negated === q.negated && !oppositeWords(p, q) && lemmasNear(p, q, near)));
}

/**
 * Whether two sentences' main clauses assert one act named outright (the same lemma, a derivation,
 * a shared synset or event class; no word vectors, no means noun) with the same polarity, and the
 * act's named participant is one: one actor (oneActor: "Ana Brel, whose ballads …, died on
 * Thursday" / "The singer Ana Brel has died in Lyon …"), or a named subject of one that the other
 * names while its own subject names no one ("Jon Vark was arrested on Friday" / "Police arrested
 * Jon Vark …": the passive's subject is the active's patient). Two ledes of one story so related
 * state its main event in two outlets' words, who and what alike; what each adds round it (an
 * age, a place, the source) is what keeps their word affinity low (facts.ts LEDE_ACT_LINK).
 */
export function oneNamedAct(a: ActReading, b: ActReading): boolean {
  if (!a.main.some((p) => b.main.some((q) => p.negated === q.negated && !oppositeWords(p, q) && samePredicateWord(p, q, MEANS_NAMED)))) return false;
  // Two objects of the act that share no word nor synonym are two events of one actor ("Ana Brel
  // won the mayoral election" / "… has won the regional chess championship"; "cut 500 jobs" /
  // "cut the price of its vans"): the act and the actor alike do not make them one. Without an
  // object on one side ("died", a passive "was arrested on Friday") nothing is compared.
  if (!a.passive && !b.passive && a.objectStems && b.objectStems && !a.objectStems.some((x) => b.objectStems!.some((y) => x === y || shareSynset(synsetsOf(x), synsetsOf(y))))) return false;
  if (oneActor(a, b)) return true;
  // The passive's named subject is the active's named object, nowhere else in it: "Ana Brel shot
  // a burglar" / "A burglar shot the singer Ana Brel" name one act and one person in swapped roles
  // (shooter and shot), and "Jon Vark was arrested" / "Police arrested a man who attacked Jon
  // Vark" two people arrested: neither is one fact.
  const namedBy = (x: ActReading, y: ActReading): boolean => x.subject.length > 0 && y.subject.length === 0 && x.passive === true && y.passive !== true && x.subject.every((w) => (y.object ?? []).includes(w));
  return namedBy(a, b) || namedBy(b, a);
}

/** Whether an asserted main act of x is named outright by an event noun of y's means adjunct. */
function meansNamed(x: ActReading, y: ActReading): boolean {
  if (!y.means) return false;
  // The adjunct's figure must be the other sentence's too ("ruled 8-1" / "by an 8-1 ruling"): a
  // court, a chamber or a board makes many rulings and votes, and its act named as a bare noun
  // ("upheld a Texas voting law in a 6-3 ruling") is another ruling than one a sentence without
  // that figure tells ("ruled that police need a warrant": a false shared fact the session 22
  // review built). Without a figure in the adjunct, nothing ties the two acts.
  const figs = y.meansFigures ?? [];
  if (figs.length === 0 || !figs.every((f) => x.figures?.has(f) ?? false)) return false;
  return x.main.some((p) => !p.negated && y.means!.some((q) => samePredicateWord(p, q, MEANS_NAMED)));
}
// Above any cosine: the lemma, a derivation, a shared synset or event class only.
const MEANS_NAMED = 2;

/**
 * Whether the main act of `a` is reported by `b` (named among its predicates with the same
 * polarity): `a` may then stand for a fact `b` is part of. True when `a` has no main predicate.
 */
export function mainActIn(a: ActReading, b: ActReading, near: number): boolean {
  if (!a.main.length || !b.preds.length) return true;
  return a.main.some((p) => namedIn(p, b.preds, near)) || sameMainAct(a, b, near);
}
