/**
 * What a count found by the candidate index (claim-index.ts) must say of its own time and extent
 * before it is set against another outlet's count of one slot (issue #10, session 21: counts of
 * people and things whose sentences were never aligned). Owns the construction tests that only the
 * index needs: two aligned sentences tell one moment of one event by their alikeness, two
 * unaligned ones may tell a single occasion and a running total of the same act.
 *
 * - A running count (`running`): a tally carried to the report's time or over a stretch ("so
 *   far", "to date", "since the protests began", "this year", "over the past week") counts every
 *   occasion of the act up to then; the other report's count of one occasion ("arrested more
 *   than 200 protesters on Saturday") is a part of it, and two running counts of reports of
 *   different hours are an update, not a contradiction. Precision before recall: a pair with a
 *   running count on either side is not filed.
 * - The extent of a count (`extent`): "nationwide", "across the country", "worldwide",
 *   "throughout the region" widen what is counted beyond the event's place; against a count that
 *   says no such thing it is a whole against a part (one city's arrests against the country's).
 *   Paired only when both say the same extent or neither says one.
 *
 * Each test reads the figure's own sentence in a bounded window: constant work per pair.
 */
import type { ClaimItem } from '../claims/claims.js';

/** How far either side of the figure the markers are read (characters, within its sentence). */
const SPAN = 80;

/**
 * Markers of a running count, read in the figure's own sentence near it: an accumulation adverbial
 * ("so far", "to date", "thus far", "cumulative"; not "in all" or "a total of", which sum the
 * parts of one occasion as often: "a total of 400 were arrested on Saturday"),
 * a stretch up to now ("since …", "this year", "this month", "over the past week", "in recent
 * days", "in the last two weeks"), or a count "up to" now ("bringing the total to", "raising the
 * toll to": the toll after another count added to it).
 */
const RUNNING = /\b(?:so\s+far|to\s+date|thus\s+far|cumulative(?:ly)?|since|this\s+(?:year|month|week|season)|(?:over|in|during)\s+(?:the\s+)?(?:past|last|previous|recent)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)|in\s+recent\s+(?:days|weeks|months|years)|bringing|brings|raising|raises|pushing)\b/i;

/** Words that widen a count beyond one event's place. */
const EXTENT = /\b(?:nationwide|nationally|countrywide|worldwide|globally|across\s+(?:the\s+)?(?:country|nation|region|state|world|continent|globe)|around\s+the\s+(?:country|world|globe)|throughout\s+the\s+(?:country|region|state))\b/i;

/** The figure's sentence within SPAN characters either side of it, cut at the sentence's ends. */
function near(c: ClaimItem): string {
  const rel = c.start - c.sentence.start;
  const relEnd = c.end - c.sentence.start;
  return `${c.sentence.text.slice(Math.max(0, rel - SPAN), rel)} ${c.sentence.text.slice(relEnd, relEnd + SPAN)}`;
}

/** Whether a count is told as a running total (see the module comment). */
export function running(c: ClaimItem): boolean {
  return RUNNING.test(near(c));
}

/** The extent word a count is widened by, lower-case with its spaces folded; '' when none. */
export function extent(c: ClaimItem): string {
  const m = EXTENT.exec(near(c));
  return m ? m[0].toLowerCase().replace(/\s+/g, ' ') : '';
}

/**
 * Whether two counts the index filed under one slot tell one moment of one extent: neither a
 * running count, and the same extent (or none).
 */
export function oneOccasion(x: ClaimItem, y: ClaimItem): boolean {
  return !running(x) && !running(y) && extent(x) === extent(y);
}
