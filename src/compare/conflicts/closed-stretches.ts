/**
 * Closed stretches (issue #10, session 26): a stretch of days, weeks or months "of" something
 * ("two days of airstrikes") is read by the conflicts stage as ongoing, counted to the time of its
 * report, so two reports of different days giving two values are no contradiction
 * (conflicts.ts ongoingStretch: "after four days of riots" / "after eight days of riots"). A
 * stretch that a past verb of sequence makes the run-up or the whole of another act ("the
 * incursion on Friday followed two days of airstrikes", "the truce ended ten weeks of fighting")
 * is closed by that act: it no longer grows with the day of the
 * report, and two values of it are two reports' figures for one finished stretch. Found on the
 * dev analogues of the injected number changes (bench/number-analogues.ts), "followed two days of
 * airstrikes" / "followed five days of airstrikes" in a story's reports one day apart.
 */
import type { ClaimItem } from '../claims/claims.js';

/**
 * A past verb of sequence right before the figure, one that puts the stretch before the act or
 * makes the act its end ("preceded" is not one: "the walkout preceded two days of talks" starts
 * the talks at the walkout and leaves their end open, so they grow with the report's day), past a bound or determiner ("followed more
 * than two days of", "capped a week of"). Only finite past forms: "following two days of" and
 * "after two days of" leave the stretch's end open (it may reach the report's own day), and
 * "will end" is a plan. Bounded: the 60 characters before the figure.
 */
const CLOSING_VERB_BEFORE = /\b(?:followed|ended|capped|concluded|culminated|closed)\s+(?:(?:more\s+than|nearly|almost|about|some|over|at\s+least|the|a|an)\s+)*$/i;

/** Whether a duration claim is a stretch closed by the act a past verb of sequence ties it to. */
export function closedStretch(c: ClaimItem): boolean {
  const at = c.start - c.sentence.start;
  return CLOSING_VERB_BEFORE.test(c.sentence.text.slice(Math.max(0, at - 60), at));
}
