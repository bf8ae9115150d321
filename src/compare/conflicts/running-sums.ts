/**
 * A count its own sentence adds another count to ("Rescuers found 14 survivors in Gorlan on
 * Saturday and 6 more on Sunday", "arrested 12 people on Monday and another 5 on Tuesday", "for
 * six hours on Wednesday and two more on Thursday"): the
 * first part of a sum the sentence tells in parts, not the whole. Against a count told whole
 * ("found 20 survivors over the weekend") it answers another question (a sure false card 14 / 20
 * on an invented disaster story, session 24); conflicts.ts compares it only with counts told the
 * same way, as it compares an increment ("another 7", addedCount) only with increments.
 *
 * Read by a bounded pattern after the figure, inside its sentence: a conjunction and a figure
 * followed by "more", "others" or "additional", or "another" before the figure. No parse; the
 * window is the rest of the clause group (80 characters), so a later sentence's "more" never
 * counts.
 */
import type { ClaimItem } from '../claims/claims.js';

const SMALL = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|dozens|hundreds|several|a\\s+few';
const ADDED_AFTER = new RegExp(`^[^.;:]{0,80}?\\b(?:and|plus|with|while)\\s+(?:another\\s+(?:\\d[\\d,.]*|${SMALL})\\b|(?:\\d[\\d,.]*|${SMALL})\\s+(?:more|others|additional)\\b)`, 'i');

/** Whether the count's own sentence adds another count to it after it. */
export function firstOfSum(c: ClaimItem): boolean {
  // Counts and durations ("deliberated for six hours on Wednesday and two more on Thursday" /
  // "for eight hours over two days", a sure false card too): amounts of money add up in other
  // constructions ("$5 million and $2 million more in loans" names two things as often).
  if (c.kind !== 'number' || !(c.unit?.startsWith('count:') || c.unit?.startsWith('duration:'))) return false;
  return ADDED_AFTER.test(c.sentence.text.slice(c.end - c.sentence.start));
}
