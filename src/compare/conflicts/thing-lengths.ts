/**
 * The length of one named thing told in sentences never aligned (issue #10: "six hours" / "seven
 * hours" of one standoff, read in an unseen story, never compared): a duration is filed in the
 * claim index (claim-index.ts) under the thing it is the length of, read in its construction, and
 * a named participant of its context, as an amount is filed under its governing word.
 *
 * The thing a duration measures, read in three constructions only (each a plain statement of how
 * long one thing lasted, whatever the rest of the sentence tells):
 * - a compound modifier, the duration written before its noun: "a six-hour standoff", "the
 *   12-day strike", "a nine-day hunger strike" (the noun phrase's last word is its head: "strike");
 * - the subject of a verb of lasting, the duration its complement: "the standoff lasted seven
 *   hours", "a strike, which lasted nine days", "the siege that had gone on for 40 days".
 * - the noun of an "of" after the duration: "after seven hours of talks", "12 days of protests"
 *   (stretches of stuff, "six hours of footage", "ten days of supplies", are left out below).
 * Nothing else (a duration an act takes, "waited five hours", "was delayed for three hours", is
 * the act's and its doer's: a passenger's wait and a flight's delay are two things).
 *
 * Nouns that are no one thing of the story's are left out (NOT_A_THING, each kind with why): a
 * length a person's attribute gives ("a 20-year veteran"), a window a comparison or a record is
 * read over ("a 10-year high"), a span of an office, a sentence or an agreement (a term, a
 * contract: two offices or two deals of one party are often told together), and a way or trip
 * ("a two-hour drive from Karvik": how far, not how long something lasted).
 *
 * Why at most possible: the evidence is the thing's noun and a participant both sentences name
 * (conflicts.ts samePredicate says "both give the length of the …"), never an aligned fact.
 * Why reports at most a day apart (claim-index.ts): the length of a thing still going on grows
 * with the report's hour ("the 10-day strike" on Monday, "the 12-day strike" on Wednesday), an
 * update, not a contradiction; and a running length ("so far", "since …": count-slots.ts running)
 * is never filed.
 */
import type { ClaimItem } from '../claims/claims.js';
import { IRREGULAR } from '../words/irregular-verbs.js';
import { stem } from '../words/lex.js';

/**
 * Head nouns a duration qualifies that name no one event of the story (see the module comment):
 * attributes of people, comparison windows and records, spans of offices, penalties and
 * agreements, trips and ways, and bare words of time.
 */
const NOT_A_THING = new Set(
  [
    // attributes of people: "a 20-year veteran", "a 30-year career", "his 12-year tenure"
    'veteran', 'career', 'tenure', 'history', 'member', 'employee', 'resident', 'old',
    // windows of comparison and records: "a 10-year high", "a 50-year record"
    'high', 'low', 'record', 'peak', 'average', 'mean', 'rate', 'anniversary', 'cycle',
    // spans of an office, a penalty, an agreement, a rule or a schedule: two of them are often told
    // together ("a 14-day quarantine for travellers, a 10-day one for residents")
    'term', 'sentence', 'prison', 'probation', 'suspension', 'ban', 'moratorium', 'freeze', 'contract', 'deal', 'lease', 'loan', 'bond', 'note', 'mortgage', 'warranty', 'plan', 'programme', 'program', 'budget', 'extension', 'deadline', 'limit', 'delay', 'notice', 'visa', 'license', 'licence', 'permit', 'guarantee', 'pledge', 'commitment', 'agreement', 'treaty', 'pact', 'truce', 'ceasefire', 'cease-fire', 'window', 'grace', 'curfew', 'shift', 'course', 'class', 'season', 'schedule', 'quarantine', 'isolation', 'leave', 'holiday', 'vacation', 'subscription', 'membership', 'residency', 'fellowship', 'internship', 'training', 'rule', 'requirement', 'policy', 'waiting',
    // stuff measured by time ("six hours of footage", "ten days of supplies") and a person's record
    // ("20 years of experience", "of service")
    'footage', 'video', 'recording', 'tape', 'supply', 'supplies', 'food', 'water', 'fuel', 'medicine', 'experience', 'service', 'work', 'school', 'schooling', 'education', 'data', 'growth', 'gains', 'losses', 'decline',
    // ways and trips: how far, not how long something lasted
    'drive', 'walk', 'ride', 'trip', 'journey', 'flight', 'commute', 'hike', 'voyage', 'route', 'away',
    // a traveller's visits and stays: one story tells several legs of one tour, each with its length
    // and the traveller as their one shared participant ("a three-day visit" to Beijing / "a two-day
    // visit to Seoul"), so a visit's noun and its visitor do not make one visit
    'visit', 'tour', 'stay', 'stopover', 'stop', 'swing', 'leg',
    // bare words of time
    'period', 'time', 'stretch', 'span', 'spell', 'stint', 'interval', 'gap', 'break', 'hiatus', 'absence', 'wait', 'day', 'week', 'month', 'year', 'hour', 'minute', 'decade', 'lifetime', 'life', 'age', 'timeline', 'timeframe', 'horizon', 'run', 'streak',
  ].map(stem),
);

/** Words that end a noun phrase or are none (a preposition, a conjunction, a determiner, a pronoun, an auxiliary). */
const PHRASE_STOP = new Set('of in on at by for with from to into over under after before during near outside inside since until if unless because though although and or but nor that which who whose where when while as than is was were are be been has had have will would could should may might can said says the a an its their his her this these those them they it he she we us you i me him our your there here some any all each every no not'.split(' '));

/**
 * A verb of lasting, in a plain past or pluperfect, right before the duration (an approximation
 * word allowed), its subject noun before it, maybe with a short prepositional phrase of a name ("the
 * strike at Velmar Steel, which lasted nine days"): the noun is the subject, the phrase only places
 * it (a phrase of common nouns may hold the subject itself: "police … after a standoff that lasted").
 */
const LASTED_BEFORE = /\b(\p{Ll}[\p{Ll}-]{2,})(?:\s+(?:at|in|of|on|by|with|against|over|between)(?:\s+(?:the|a|an|\p{Lu}[\p{L}'’.-]*)){1,4})?\s*,?\s+(?:(?:that|which)\s+)?(?:had\s+)?(?:lasted|went\s+on\s+for|dragged\s+on\s+for|stretched\s+(?:on\s+)?for|ran\s+for)\s+(?:(?:about|around|nearly|almost|roughly|some|more\s+than|less\s+than|over|under|just|only|at\s+least|at\s+most|an\s+estimated)\s+)?$/u;

/** "of" and a noun right after a duration ("seven hours of talks"; "of the talks", "of his strike"). */
const OF_AFTER = /^\s+of\s+(?:(?:the|his|her|their|its)\s+)?((?:\p{Ll}[\p{Ll}-]+\s+){0,2}\p{Ll}[\p{Ll}-]+)/u;
/** A past form (ending a noun phrase as its verb): "-ed", or an irregular past ("began", "ran"). */
const pastForm = (w: string): boolean => /[a-z]{2,}ed$/.test(w) || (IRREGULAR[w] !== undefined && IRREGULAR[w] !== w);

/** A noun, a preposition and maybe a determiner right before a word: the noun the phrase hangs on. */
const PP_BEFORE = /\b(\p{Ll}[\p{Ll}-]{2,})\s+(?:with|of|at|in|on|by|against|over|between|for|from|to)\s+(?:(?:the|a|an|his|her|their|its)\s+)?$/u;

/**
 * Whether a claim is a duration (not an age: ages are filed by their person, claim-index.ts; not
 * an offset, "nine hours before he gave up", which places an act, claims.ts).
 */
export function isDuration(c: ClaimItem): boolean {
  return c.kind === 'number' && c.unit !== null && c.unit.startsWith('duration:') && !c.unit.startsWith('duration:named:') && !c.unit.startsWith('duration:offset');
}

/**
 * The thing (its noun, as written) a duration is the length of, read in the three constructions of the
 * module comment, or null.
 */
export function lengthOf(c: ClaimItem): string | null {
  return readLength(c)?.thing ?? null;
}

/**
 * Whether a duration's length is read as the complement of a verb of lasting ("the strike, which
 * lasted nine days"), the third construction of the module comment: the one construction whose
 * relative clause tells the thing's own length rather than a background act of a participant
 * ("Morrow, who held a 10-day hunger strike last year": another strike, conflicts.ts backgroundAct).
 */
export function lastedLength(c: ClaimItem): boolean {
  return readLength(c)?.how === 'lasted';
}

/** The thing a duration is the length of and the construction it was read in, or null (lengthOf). */
function readLength(c: ClaimItem): { thing: string; how: 'compound' | 'of' | 'lasted' } | null {
  if (!isDuration(c)) return null;
  const rel = c.start - c.sentence.start;
  const relEnd = c.end - c.sentence.start;
  const written = c.sentence.text.slice(rel, relEnd);
  const after = c.sentence.text.slice(relEnd, relEnd + 60);
  // An age ("a 39-year-old sprinter", "the 66-year-old"): a person's, not a thing's length.
  if (/-old$/i.test(written) || /^-?\s*old\b/i.test(after)) return null;
  // A compound modifier: the figure and its unit joined by a hyphen ("six-hour", "12-day"), the
  // noun phrase right after; its last word before a phrase stop is its head.
  if (/-\p{Ll}+$/u.test(written)) {
    const m = /^\s+((?:\p{Ll}[\p{Ll}-]+\s+){0,2}\p{Ll}[\p{Ll}-]+)/u.exec(after);
    if (m) {
      const words = m[1].split(/\s+/);
      // (A past form ends the phrase: "the 12-day strike ended Friday"; so does a present "-s"
      // verb only when a stop follows, which the phrase stop already reads.)
      const cut = words.findIndex((w) => PHRASE_STOP.has(w) || pastForm(w));
      const phrase = cut < 0 ? words : words.slice(0, cut);
      const head = phrase.length ? phrase[phrase.length - 1] : null;
      return head !== null && !pastForm(head) && !NOT_A_THING.has(stem(head)) ? { thing: head, how: 'compound' } : null;
    }
    return null;
  }
  // A duration of a thing: "after seven hours of talks", "12 days of protests" (the noun right
  // after "of", plural or not; an article or a possessive before it names one thing's stretch).
  // Its noun phrase's head as for a compound; a past form ("a decade of failed talks") is no head.
  const of = OF_AFTER.exec(after);
  if (of) {
    const words = of[1].split(/\s+/);
    const cut = words.findIndex((w) => PHRASE_STOP.has(w));
    const phrase = cut < 0 ? words : words.slice(0, cut);
    const head = phrase.length ? phrase[phrase.length - 1] : null;
    return head === null || pastForm(head) || NOT_A_THING.has(stem(head)) ? null : { thing: head, how: 'of' };
  }
  const m = LASTED_BEFORE.exec(c.sentence.text.slice(Math.max(0, rel - 80), rel));
  if (!m || PHRASE_STOP.has(m[1])) return null;
  // A noun after a preposition is the object of a phrase the subject carries ("the talks with the
  // gunman went on for nine hours"): the subject is the noun before the preposition.
  const lead = c.sentence.text.slice(Math.max(0, rel - 80), rel).slice(0, m.index);
  const pp = PP_BEFORE.exec(lead);
  const head = pp ? pp[1] : m[1];
  return PHRASE_STOP.has(head) || NOT_A_THING.has(stem(head)) ? null : { thing: head, how: 'lasted' };
}

/** The thing two durations are both the length of (as the first writes it), or null (conflicts.ts samePredicate). */
export function lengthOfBoth(x: ClaimItem, y: ClaimItem): string | null {
  const a = lengthOf(x);
  const b = lengthOf(y);
  return a !== null && b !== null && stem(a) === stem(b) ? a : null;
}
