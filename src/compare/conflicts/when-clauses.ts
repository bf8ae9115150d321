/**
 * The act a date is the moment of, when a "when" clause follows the date (issue #10: dates of one
 * act told in sentences that were never aligned). "Alaska lost part of its history on Thursday,
 * when a pre-dawn blaze demolished the old dairy warehouse" dates the blaze: the "when" clause is
 * an appositive of the date, saying what happened at that moment, while the main clause ("lost
 * part of its history") is the writer's framing of it. Read at the date itself (timeline.ts
 * eventHead), the act was "lose", a verb that names no kind of event, and another report's "The
 * fire that destroyed the dairy warehouse on Tuesday" was set apart from it as another act
 * (timeline.ts differentActs). Read in the "when" clause, both name one fire (one event class),
 * and the two days meet the date gates as two dates of one act do.
 *
 * The claims reader (claims.ts contextOf) reads the same clause as the date's context, so the two
 * dates also meet as candidates (the clause's participants: the warehouse, the town).
 */
import type { ClaimItem } from '../claims/claims.js';
import { whenClauseAfter } from '../claims/claims.js';
import { eventHead, type EventHead } from '../timeline.js';

/**
 * The event head of a claim (timeline.ts eventHead at its expression), or, for a date followed by
 * a "when" clause (claims.ts whenClauseAfter), the head of that clause: eventHead read at the word
 * "when", whose clause runs from the comma before it to the next break.
 */
export function dateEventHead(c: ClaimItem): EventHead {
  const text = c.sentence.text;
  const start = c.start - c.sentence.start;
  const end = c.end - c.sentence.start;
  const at = c.kind === 'date' && !c.statement ? whenClauseAfter(text, end) : null;
  if (at === null) return eventHead(text, start, end, c.named === true);
  const w = text.slice(0, at).search(/when\s+$/i);
  return eventHead(text, w, w + 4);
}
