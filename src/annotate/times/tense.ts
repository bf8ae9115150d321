/**
 * Tense and modality around a time expression: does the clause that governs it speak of the
 * future ("will", "is set to", "scheduled for", "faces … in May", "up for re-election in
 * November", "to be shown on Tuesday") or of the past ("said", "was", "met")? As in HeidelTime,
 * the verb nearest before the expression in its sentence decides; when no verb precedes it
 * (a sentence-initial "On Friday, the minister will …"), the first one after it in the same
 * clause does. Used only for expressions the calendar cannot settle alone (bare weekdays and
 * months, days without a year, seasons, quarters).
 */

/**
 * Future cues. Modal and going-to futures, scheduling predicates ("set for", "due to",
 * "scheduled", "slated"), infinitive passives that report plans ("to be held", "to be shown"),
 * and news' present of pending events: "faces a recall vote", "is up for re-election".
 */
const FUTURE = String.raw`will|shall|won['’]t|['’]ll|would|going\s+to|(?:is|are|was|were)\s+to|(?:set|due|scheduled|slated|poised|expected|planned|supposed)\s+(?:to|for|on|in|by)|due|scheduled|slated|upcoming|plans?\s+to|planning\s+to|aims?\s+to|intends?\s+to|expects?\s+to|hopes?\s+to|to\s+be\s+[a-z]+|faces?|facing|up\s+for|next`;
/**
 * Past cues: the common irregular past forms of news reporting and regular "-ed" forms (after
 * the future cues, so "scheduled" and "expected" stay future). "says" is left out: reporters
 * use the present for statements about past events.
 */
const PAST = String.raw`said|was|were|had|did|told|met|took|came|went|began|left|won|lost|fell|rose|saw|gave|got|held|ran|sent|spoke|found|brought|paid|led|fought|struck|broke|made|became|chose|wrote|shot|sold|bought|kept|ago|[a-z]{2,}ed`;

/**
 * Deadlines and infinitives leave the direction open: "extended through January", "agreed to
 * buy it in February" may lie either side of the publication date (the month resolver then
 * takes the nearer occurrence).
 */
const OPEN_BEFORE = /(?:\b(?:until|till|through|by)\s+(?:(?:early|mid|late)[\s-]+)?|\bto\s+(?!be\b)[a-z]+\s+(?:[\w$.,%-]+\s+){0,6}(?:in|on|by|from)\s+)$/i;

/** A plan seen from after it: "had been due to expire Friday", "was to have opened in May" — past. */
const PAST_PLAN = String.raw`had\s+been\s+(?:due|set|scheduled|slated|expected|supposed)(?:\s+to|\s+for)?|was\s+to\s+have|were\s+to\s+have`;

/** One scan over a bounded window: the last cue before the expression wins. */
const CUE_RE = new RegExp(String.raw`\b(?:(?<pp>${PAST_PLAN})|(?<f>${FUTURE})|(?<p>${PAST}))\b`, 'gi');
/** Clause boundaries that stop the search after the expression (another clause's verb). */
const CLAUSE_END = /[;:.!?]|,\s*(?:and|but|while|who|which|that)\b|\b(?:that|who|which|because|after|before|when|while)\b/i;
/** A stay that lasts until the date lies ahead: "stays closed until Friday". */
const UNTIL_AHEAD = /\b(?:stays?|remains?|is|are|closed|open|extended|suspended|delayed)\s+(?:\w+\s+){0,2}(?:until|till|through)\s+$/i;

export type Tense = 'future' | 'past' | null;

/**
 * The tense of the clause around an expression. `before` is the sentence text before it (at
 * most ~80 characters), `after` the text after it (at most ~60).
 */
export function tenseOf(before: string, after: string): Tense {
  if (UNTIL_AHEAD.test(before)) return 'future';
  let last: Tense = null;
  CUE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE_RE.exec(before))) last = m.groups!.f !== undefined ? 'future' : 'past';
  if (last === 'future') return last;
  if (OPEN_BEFORE.test(before)) return null;
  if (last) return last;
  // Nothing before: the verb after it, within its clause ("On Friday the minister will travel").
  const stop = CLAUSE_END.exec(after);
  const clause = stop ? after.slice(0, stop.index) : after;
  CUE_RE.lastIndex = 0;
  m = CUE_RE.exec(clause);
  return m ? (m.groups!.f !== undefined ? 'future' : 'past') : null;
}
