/**
 * Approximations that nearly meet: a disagreement between two figures of which at least one is
 * an approximation ("some 62 percent", "about 4,000", "half of the households") and the gap
 * between them is narrower than the approximation's own span. The span an approximation covers
 * is the annotator's reading (claims.ts construction: a tenth either side of "about"; a fraction
 * word covers the shares nearer to it than to the next simple fraction, quantities.ts), not the
 * outlet's: a reading a little wider joins the two, so the outlets may well mean one figure and
 * the card is only possible ("Half of the island's households" / "Some 62 percent": confident
 * before, issue #10). A gap wider than the span ("about 12" / "about 21") is a disagreement
 * however the approximation is read, and stays as sure as its evidence. A range the outlet
 * writes itself ("10 to 20") or a bound ("more than 200") is no approximation here.
 */
import type { ClaimItem } from '../claims/claims.js';

/** Words that make the figure after them approximate (the same as claims.ts APPROX_BEFORE). */
const APPROX_BEFORE = /\b(?:about|around|approximately|roughly|some|an\s+estimated|estimated|nearly|almost|close\s+to|more\s+or\s+less|circa)\s*$/i;
/** A share written as a fraction word ("half", "a third", "two-thirds", "three quarters"). */
const FRACTION_WORD = /^(?:(?:a|one)[\s-]+)?half\b|^(?:a|one|two|three|four)[\s-]+(?:thirds?|quarters?|fourths?|fifths?)\b/i;

/** Whether a number claim is an approximation, and its span (low–high) when it is. */
export function approximation(c: ClaimItem): boolean {
  if (c.kind !== 'number' || c.limit !== null || !(c.high > c.low) || !Number.isFinite(c.high)) return false;
  if (FRACTION_WORD.test(c.text.trim())) return true;
  const before = c.sentence.text.slice(Math.max(0, c.start - c.sentence.start - 24), c.start - c.sentence.start);
  return APPROX_BEFORE.test(before) || APPROX_BEFORE.test(c.text.replace(/\s*[\d$€£].*$/s, ''));
}

/** "Nearly" and "almost" right before the figure (or opening its span). */
const NEAR_BEFORE = /\b(?:nearly|almost|just\s+under)\s*$/i;
/**
 * The width a "nearly" or "almost" is taken to cover here: a fifth below its figure, the reading
 * claims.ts construction gave them before it read them as within one step of their last written
 * digit ("almost $139 million": from 138 million). A disagreement the narrower reading makes and
 * the wider one did not ("almost $139 million" / "$128 million") rests on how near "almost" is,
 * so it is only possible.
 */
const NEAR_SPAN = 0.2;

/**
 * Whether two figures that disagree do so only by less than an approximation's span: at least
 * one side is an approximation and the gap between the two is below that side's width (high −
 * low; for "nearly" and "almost", NEAR_SPAN of the figure). The approximate side is returned for
 * saying why; null when not so.
 */
export function nearlyMeeting(x: ClaimItem, y: ClaimItem): ClaimItem | null {
  if (x.kind !== 'number' || y.kind !== 'number') return null;
  const gap = Math.max(x.low - y.high, y.low - x.high);
  if (!(gap > 0)) return null;
  for (const c of [x, y]) if (approximation(c) && gap < width(c)) return c;
  return null;
}

function width(c: ClaimItem): number {
  const before = c.sentence.text.slice(Math.max(0, c.start - c.sentence.start - 24), c.start - c.sentence.start);
  const near = NEAR_BEFORE.test(before) || NEAR_BEFORE.test(c.text.replace(/\s*[\d$€£].*$/s, ''));
  return near ? Math.max(c.high - c.low, NEAR_SPAN * c.high) : c.high - c.low;
}
