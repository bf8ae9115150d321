/**
 * A past moment of a life told in an age's own sentence (issue #10, session 22): "Anna Varga, 19,
 * swam the Dorsk strait when she was a student" gives her age at that moment, not on the report's
 * day, so it is no claim of the age a dated report gives ("Anna Varga, 64, died on Monday"; a sure
 * false card once filed by the claim index's person key). The clause is read by construction: a
 * "when" clause whose verb of being takes a state of a life ("when she was a student", "when he
 * was 12", "when they were young") or a fronted "as a child" — a state, never an act, so "died on
 * Monday when she was hit by a car" (the reported act itself) is not read. Such an age has no
 * known moment (claim-index.ts sameMoment), and is compared with nothing.
 * Bounded: one regular expression over the sentence.
 */
import type { ClaimItem } from '../claims/claims.js';

const PAST_STATE = /\bwhen\s+(?:he|she|they|we|i|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:was|were)\s+(?:still\s+|only\s+|just\s+|barely\s+)?(?:a|an|\d{1,3}\b|young|younger|little|small|in\s+(?:high\s+school|college|school|(?:his|her|their)\s+(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties)))|\bas\s+a\s+(?:child|boy|girl|teenager|teen|student|young\s+(?:man|woman))\b/iu;

/** Whether an age's sentence tells the age of a past state of the life (see the module comment). */
export function ageOfPastState(c: ClaimItem): boolean {
  return PAST_STATE.test(c.sentence.text);
}

/**
 * A figure told of a past state by a word of time in its own clause, right before it: "Korvel,
 * once worth $40 billion, filed for bankruptcy" (its worth then, not now), "formerly", "at its
 * peak", "when it opened in 2010, it employed 400 workers" (a fronted past "when" clause of a
 * beginning). Against a figure of no such moment ("Korvel, valued at $12 billion, filed …"; "The
 * plant, which employed 900 workers, closed …") it answers another question, the state then
 * against the state now: no card (issue #10, session 22: sure false cards on invented text). Two
 * figures both so marked are compared as before.
 */
const PAST_LEAD = /\b(?:once|formerly|previously|originally|at\s+(?:its|their|his|her)\s+(?:peak|height|founding|launch|opening))\b[^.;:!?]{0,30}$/i;
const PAST_WHEN = /^\s*(?:back\s+)?when\s+[^,;]{2,60}\b(?:opened|was\s+founded|was\s+built|was\s+launched|started|began|was\s+set\s+up|first)\b[^,;]*,/i;

/** Whether a figure is told of a past state of its thing (see above). */
export function figureOfPastState(c: ClaimItem): boolean {
  if (c.kind !== 'number') return false;
  const at = c.start - c.sentence.start;
  const before = c.sentence.text.slice(Math.max(0, at - 50), at);
  return PAST_LEAD.test(before) || (PAST_WHEN.test(c.sentence.text) && c.sentence.text.indexOf(',') < at);
}

/** One figure told of a past state and the other not: two moments, no card. */
export function pastStateAgainstNow(x: ClaimItem, y: ClaimItem): boolean {
  return figureOfPastState(x) !== figureOfPastState(y);
}
