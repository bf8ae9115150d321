/**
 * What a figure measures, read from its construction in its clause (issue #10: "the same measured
 * thing" across reworded sentences). Two figures of one unit are about one thing when the same
 * word governs them, however differently the rest of their sentences go:
 * - the verb of which the figure is the object, back in its own conjunct ("Israeli strikes [killed]
 *   at least 28 Palestinians", "the strike [cost] the company $3 billion", "[sentenced] Graner to
 *   six years", "… and [wounded] seven");
 * - the verb of which it is the subject, after its noun phrase, when no verb governs it from
 *   before ("2.7 million children are [taught] at home", "Two people were killed and 10 people
 *   were [wounded]", "The 595,000 euro [raised] by the telethon");
 * - the noun of which it is the complement ("a [margin] of error of 6 points" reads "error", "the
 *   [equivalent] of 395,000 euro", "a [toll] of 26").
 * Each reading gives a key: the governing word's event class (lex.ts: "killed" and "died" are
 * both a death) or else its lemma (predicates.ts lookup) or stem. Verbs of saying, being and
 * having (predicates.ts NOT_PREDICATE) govern nothing: "said 26 people" measures nothing said.
 *
 * Parser-free and bounded: the clause is read at most MEASURE_CHARS characters either side of the
 * figure, word by word, so a claim costs the same in any sentence.
 */
import { eventClass, stem, STOP } from '../words/lex.js';
import { AUX, DETERMINERS, lookup, NOT_PREDICATE, RELATIVES, SUBORDINATORS } from '../words/predicates.js';
import { IRREGULAR } from '../words/irregular-verbs.js';
import { COMMON_WORDS } from '../../annotate/lexicon/common.js';
import { NAMING_NOUNS } from '../../annotate/lexicon/naming-nouns.js';

/** How far either side of the figure its clause is read (characters). */
const MEASURE_CHARS = 90;
/** Words read back from the figure to the verb governing it ("sentenced Graner to | six years"). */
const BACK_WORDS = 4;
/** Words read on from the figure's noun phrase to the verb it is the subject of. */
const ON_WORDS = 6;
/**
 * Words that stand before a figure inside its own noun phrase (a bound, an approximation, a
 * determiner): "killed [at least] 28", "taught [an estimated] 2.7 million". Skipped going back.
 */
const FIGURE_LEAD = new Set('at least up to about around nearly almost roughly some more than over under an a the estimated another as many much approximately only just fewer less all its their his her those these additional other further extra exactly total'.split(' '));
/** Conjunctions that open the figure's conjunct: what stands before them is another predicate's. */
const CONJUNCTS = new Set(['and', 'or', 'but', 'while', 'whereas', 'plus']);
/** Verbs of saying (lemmas and stems): the figure after one opens what was said. */
const SAYING = new Set('said told say tell report announc announce state add note explain write tweet claim insist confirm estimat estimate'.split(' '));
/** A clause break in the text (a digit group's comma, "1,500", is none). Bounded, no nesting: linear. */
const BREAK = /[;:()\u2014\u2013"\u201c\u201d]|,(?!\d{3}\b)/;
const BREAK_G = new RegExp(BREAK.source, 'g');

interface Word {
  w: string;
  start: number;
  end: number;
  cap: boolean;
}

const WORD = /[\p{L}][\p{L}'’-]*|\d[\d.,]*/gu;

function words(text: string, offset: number): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) out.push({ w: m[0].toLowerCase(), start: offset + m.index, end: offset + m.index + m[0].length, cap: /^\p{Lu}/u.test(m[0]) });
  return out;
}

/** The key of a governing word: its event class, else its base form (or stem); null for words that govern nothing. */
function keyOf(w: string, verb: boolean): string | null {
  if (!/^[a-z]+$/.test(w) || STOP.has(w)) return null;
  const base = IRREGULAR[w];
  const lemma = base ?? lookup(w)?.lemma ?? stem(w);
  if (verb && (NOT_PREDICATE.has(lemma) || NOT_PREDICATE.has(stem(w)))) return null;
  return eventClass(stem(w)) ?? (base !== undefined ? eventClass(stem(base)) : undefined) ?? lemma;
}

let everydayNouns: Set<string> | null = null;
/** A plural of an agent noun ("rescuers", "prosecutors", "activists", "militants", "residents", "officials"). */
const AGENT_PLURAL = /^[a-z]{2,}(?:er|or|ist|ian|ant|ent|eer|ier|al)s$/;
/**
 * Whether a word opening its sentence, capitalised there only for its place, is a common noun
 * rather than a name: a closed-class or everyday word (annotate/lexicon/common.ts; WordNet's
 * everyday nouns, naming-nouns.ts: "Police", "Troops") or a plural in "-s" ("Rescuers",
 * "Officials", "Prosecutors"). "Police arrested more than 200 protesters" names no actor the
 * other report must write too ("More than 400 protesters were arrested"): read as the name
 * "police", the two figures were set apart as two actors' (sharedMeasure). A plural name opening
 * a sentence ("Reuters", "Jones") is lost as an actor: the persons a claim names still set two
 * people's figures apart (claims.ts sourcesDiffer).
 * Surnames are often such words ("Brown", "Young", "Rice") or plurals in form ("Jones",
 * "Thomas", "Williams"): read as common, two players' scores ("Jones scored 21 points" / "Smith
 * scored 12 points") lost their actors and met as one figure (a sure false card, session 21
 * review). So a word the entity layer names in the sentence (`names`, words of its entities'
 * names: "Marcus Jones" earlier in the article) is a name, and a plural counts as common only in
 * an agent's form (AGENT_PLURAL: "rescuers", "prosecutors", "militants") or as the plural of an
 * everyday noun ("troops", "crowds"), not any word in "-s".
 */
function commonOpener(w: string, names: ReadonlySet<string> | undefined): boolean {
  everydayNouns ??= new Set(NAMING_NOUNS.split('\n').map((l) => l.slice(0, -2)));
  if (names?.has(w)) return false;
  return COMMON_WORDS.has(w) || everydayNouns.has(w) || AGENT_PLURAL.test(w) || (/^[a-z]{3,}s$/.test(w) && everydayNouns.has(w.slice(0, -1)));
}

/**
 * Whether a word, where it stands, is a verb form: a past or participle ("-ed", an irregular
 * form: "taught", "cost"), an "-ing" form, a present the predicate table has as mostly a verb
 * ("kills"), or any form after an auxiliary or "to". Not after a determiner or a preposition
 * ("the cost", "of training"), nor before "of" ("the cost of").
 */
function verbForm(ws: Word[], i: number): boolean {
  const w = ws[i].w;
  if (ws[i].cap || !/^[a-z]+$/.test(w) || STOP.has(w)) return false;
  const prev = i > 0 ? ws[i - 1].w : '';
  if (AUX.has(prev) || prev === 'to') return true;
  if (w.length < 3) return false;
  if (DETERMINERS.has(prev) || prev.endsWith("'s") || (i + 1 < ws.length && ws[i + 1].w === 'of')) return false;
  if (IRREGULAR[w] !== undefined) return true;
  if (/[a-z]{2,}ed$/.test(w)) return true;
  if (/[a-z]{3,}ing$/.test(w)) return true;
  if (/[a-z]{3,}s$/.test(w) && !w.endsWith('ss')) {
    const b = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
    return IRREGULAR[b] !== undefined || (lookup(b)?.kinds.includes('V') ?? false);
  }
  return lookup(w)?.kinds.includes('V') ?? false;
}

/** A noun naming a shock of the earth; "aftershock" and "foreshock" are shocks other than the main one. */
const SHOCK = /\b(aftershocks?|foreshocks?|earthquakes?|quakes?|tremors?|temblors?|shocks?)\b/gi;
/** Characters after a magnitude its noun is looked for in ("6.1-magnitude [earthquake]"), and before it ("the [aftershock] measured 5.2"). */
const SHOCK_AFTER = 30;
const SHOCK_BEFORE = 60;

/**
 * Which shock a magnitude is told of: the shock noun right after it ("a magnitude 6.1
 * [earthquake]", "a 5.2-magnitude [aftershock]"), else the nearest before it in its sentence
 * ("the [aftershock], of magnitude 5.2"); "aftershock" for an aftershock or a foreshock, "quake"
 * for the rest (the story's main shock, however named).
 */
function shockOf(text: string, start: number, end: number): string {
  const after = [...text.slice(end, end + SHOCK_AFTER).matchAll(SHOCK)][0]?.[1];
  const before = [...text.slice(Math.max(0, start - SHOCK_BEFORE), start).matchAll(SHOCK)].pop()?.[1];
  const noun = (after ?? before ?? '').toLowerCase();
  return /^(?:after|fore)shock/.test(noun) ? 'aftershock' : 'quake';
}

/**
 * The keys of what the figure at [start, end) of `text` (a sentence) measures (see the module
 * comment); `tail` is the claim's unit noun (a stem), read to find where the figure's noun phrase
 * ends. Empty when nothing governs it within its clause.
 */
export function measureKeys(text: string, start: number, end: number, tail: string | null): string[] {
  return measureOf(text, start, end, tail).keys;
}

/**
 * measureKeys, with the name that stands right before the verb governing the figure from before
 * (its subject, when written as a name: "The CBO [projects] a $107 billion surplus"), lower-case;
 * null when none. Two figures governed by one verb of two named subjects are two actors' figures
 * (conflicts.ts samePredicate): "The CBO projects $107 billion" / "Clinton's plan … projects $117
 * billion" (a false card on a DUC 2006 dev topic while the rule was built).
 */
/** Names of days and months (lower case, as measureOf's words are): no doer of an act. */
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|today|tonight|yesterday)\.?$/;

export function measureOf(text: string, start: number, end: number, tail: string | null, names?: ReadonlySet<string>): { keys: string[]; agent: string | null; commonAgent: string | null } {
  // A quake's magnitude (claims/units.ts magnitudeAt) measures the shock its noun names: the main
  // quake or an aftershock, two figures a story gives side by side.
  if (tail === 'magnitude') return { keys: [shockOf(text, start, end)], agent: null, commonAgent: null };
  const keys = new Set<string>();
  let agent: string | null = null;
  let commonAgent: string | null = null;
  // Back: the figure's conjunct, from the last clause break or conjunction before it.
  const from = Math.max(0, start - MEASURE_CHARS);
  let lead = text.slice(from, start);
  let cut = -1;
  for (const m of lead.matchAll(BREAK_G)) cut = m.index;
  lead = lead.slice(cut + 1);
  let back = words(lead, from + cut + 1);
  // Over the figure's own leading words ("at least", "as much as", "an estimated", "the").
  let k = back.length - 1;
  while (k >= 0 && FIGURE_LEAD.has(back[k].w)) k--;
  // The conjunct opens after the last conjunction, subordinator or relative before those words.
  const conj = back.slice(0, k + 1).map((x) => CONJUNCTS.has(x.w) || SUBORDINATORS.has(x.w) || RELATIVES.has(x.w) || x.w === 'that').lastIndexOf(true);
  back = back.slice(conj + 1);
  k -= conj + 1;
  // "a margin of error of 6 points", "the equivalent of 395,000 euro": the noun before "of".
  if (k >= 1 && back[k].w === 'of' && !back[k - 1].cap) {
    const key = keyOf(back[k - 1].w, false);
    if (key !== null) keys.add(key);
  }
  let governed = false;
  let opensClause = back.slice(0, k + 1).every((x) => STOP.has(x.w) || FIGURE_LEAD.has(x.w));
  for (let i = k, n = 0; i >= 0 && n < BACK_WORDS; i--, n++) {
    // A verb of saying governs no figure: what was said opens with it ("the ministry said 26
    // people had died").
    if (SAYING.has(IRREGULAR[back[i].w] ?? stem(back[i].w))) {
      opensClause = true;
      break;
    }
    if (verbForm(back, i)) {
      let key = keyOf(back[i].w, true);
      // A light verb ("take", "go", "have", "make") says what is measured with its noun: "take
      // effect in 50 days" / "go into effect in about 30 days" both give when the rules take effect.
      if (key === null) {
        const noun = back.slice(i + 1, k + 1).find((x) => !STOP.has(x.w) && !x.cap && /^[a-z]{3,}$/.test(x.w));
        if (noun !== undefined) key = keyOf(noun.w, false);
      }
      if (key !== null) keys.add(key);
      governed = key !== null;
      // Its subject's name, over auxiliaries and adverbs ("The CBO [now] projects").
      let a = i - 1;
      while (a >= 0 && (AUX.has(back[a].w) || back[a].w === 'not' || back[a].w === 'also')) a--;
      // (A day or a month is no subject: "a fire in Dorna on Saturday killed 12" has the fire as
      // its subject, and "saturday" read as the doer set the toll apart from another report's toll
      // of the same fire as another actor's, session 29.)
      if (governed && a >= 0 && back[a].cap && !TIME_WORD.test(back[a].w)) {
        // A common noun opening the sentence is kept apart (commonAgent): no name the other
        // report must write, but still another actor than another one ("Police arrested 200
        // protesters" / "Soldiers arrested 400 protesters", a sure false card once dropped).
        if (/^[\s"“'‘(]*$/.test(text.slice(0, back[a].start)) && commonOpener(back[a].w, names)) commonAgent = back[a].w;
        else agent = back[a].w;
      }
      break;
    }
  }
  // Nothing of its own clause before the figure but its leading words (or a verb of saying): the
  // figure is the subject, and the verb after its noun phrase says what it measures.
  if (!governed && opensClause) {
    const rest = text.slice(end, Math.min(text.length, end + MEASURE_CHARS));
    const stop = rest.search(BREAK);
    const on = words(stop >= 0 ? rest.slice(0, stop) : rest, end);
    // Past the noun phrase: up to the unit noun when it is written within a few words.
    let i = tail ? on.slice(0, 4).findIndex((x) => stem(x.w) === tail) + 1 : 0;
    for (let n = 0; i < on.length && n < ON_WORDS; i++, n++) {
      if (RELATIVES.has(on[i].w) || SUBORDINATORS.has(on[i].w) || CONJUNCTS.has(on[i].w)) break;
      if (AUX.has(on[i].w)) continue;
      if (verbForm(on, i) || (i > 0 && AUX.has(on[i - 1].w) && lookup(on[i].w) !== null)) {
        const key = keyOf(on[i].w, true);
        if (key !== null) keys.add(key);
        break;
      }
    }
  }
  return { keys: [...keys].sort(), agent, commonAgent };
}
