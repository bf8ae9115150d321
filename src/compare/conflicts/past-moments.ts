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
