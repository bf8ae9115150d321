/**
 * A year the reader supplied, not the outlet: a month or a day written without its year ("the
 * June meeting", "on June 21") is given the year of publication (or the nearest past one) by the
 * annotator, a guess that is often wrong in a report looking back ("the June meeting" in a 1998
 * report of a 1995 meeting). Two such dates that differ only in that year are not the outlets
 * disagreeing: one outlet wrote "June 1995", the other only "June" — nothing it said contradicts
 * the first (a possible false card on an unseen DUC 2003 story, session 20). The month and day
 * must agree where both are written; a year word the outlet did write ("last June", "this June",
 * "next June") is its own statement and stays compared.
 */
import type { ClaimItem } from '../claims/claims.js';
import { MONTH } from '../../annotate/times/lexicon.js';

/** A written year ("1995", "'95") or a word that fixes the year relative to the report ("last June"). */
const YEAR_WRITTEN = /\b(?:1[6-9]\d\d|20\d\d)\b|['’]\d\d\b|\b(?:last|next|this|past|previous|following|coming)\b/i;
/** A month name, as written ("June", "Jan.", "Sept"): the annotator's own pattern. */
const MONTH_NAME = new RegExp(String.raw`\b${MONTH}(?![\p{L}])`, 'iu');

/** A date written as a month (and perhaps a day) with no year of its own. */
function yearInferred(c: ClaimItem): boolean {
  return MONTH_NAME.test(c.text) && !YEAR_WRITTEN.test(c.text) && (c.precision === 'month' || c.precision === 'day');
}

/** Two dates that differ only in a year one of them never wrote: same month, same day where both give one. */
export function onlyInferredYearDiffers(x: ClaimItem, y: ClaimItem): boolean {
  if (x.kind !== 'date' || y.kind !== 'date' || !x.iso || !y.iso) return false;
  if (!yearInferred(x) && !yearInferred(y)) return false;
  const mx = /^(\d{4})-(\d\d)(?:-(\d\d))?/.exec(x.iso);
  const my = /^(\d{4})-(\d\d)(?:-(\d\d))?/.exec(y.iso);
  if (!mx || !my || mx[1] === my[1] || mx[2] !== my[2]) return false;
  return mx[3] === undefined || my[3] === undefined || mx[3] === my[3];
}
