/**
 * Distances measured from a reference point (session 22 review of converted measures): "the
 * epicentre was 15 km south of Karvik" and "40 miles east of Velmar, the capital" place one
 * epicentre from two towns; "walked 40 km from Karvik" and "12 miles from Velmar" walk from two
 * starts. Once distances in kilometres and miles were compared in one unit (claims/units.ts), such
 * pairs became sure false cards on invented text: the figures answer two questions, how far from
 * one place and how far from another. A distance with a reference point ("<direction> of X",
 * "from X", "outside X", "off X") is compared only with a distance from the same point (written
 * alike, case folded); a distance without one ("at a depth of 33 km", "spread 40 km downstream")
 * is another measure than a distance from a place, and is not set against it either.
 *
 * Owns reading the reference point written right after a measure's unit. Bounded: one regular
 * expression over at most REFERENCE_SPAN characters after the figure.
 */
import type { ClaimItem } from '../claims/claims.js';
import { unitAfter } from '../claims/units.js';

/** Characters after the unit the reference point is read in. */
const REFERENCE_SPAN = 60;
const DIRECTION = '(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern|ward|wards)?';
/**
 * "south of Karvik", "northeast of the capital", "from Karvik", "away from the coast", "outside
 * Karvik", "off the coast of Velmar", "inland from Dorsk", "up the road from …": the point is the
 * words after the preposition up to a clause break or another preposition (at most four words).
 */
const REFERENCE = new RegExp(`^[^.;:!?]{0,12}?\\b(?:${DIRECTION}\\s+of|(?:away\\s+|inland\\s+|offshore\\s+|downstream\\s+|upstream\\s+)?from|outside(?:\\s+of)?|off(?:\\s+the\\s+coast\\s+of)?)\\s+((?:the\\s+)?[\\p{L}'’-]+(?:\\s+(?!(?:at|in|on|and|to|with|by|after|before|as|when|where|which|who|that)\\b)[\\p{L}'’-]+){0,3})`, 'iu');

/** The reference point of a distance (folded, "the" dropped), or null when none is written after its unit. */
export function referencePoint(c: ClaimItem): string | null {
  if (c.unit !== 'measure:length') return null;
  const rel = c.end - c.sentence.start;
  const after = c.sentence.text.slice(rel, rel + REFERENCE_SPAN + 40);
  const u = unitAfter(after);
  if (u === null) return null;
  const m = REFERENCE.exec(after.slice(u.length, u.length + REFERENCE_SPAN));
  return m === null ? null : m[1].toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
}

/** Whether two distances are measured from different points, or one from a point and one not (see the module comment). */
export function otherReferencePoints(x: ClaimItem, y: ClaimItem): boolean {
  if (x.unit !== 'measure:length' || y.unit !== 'measure:length') return false;
  return referencePoint(x) !== referencePoint(y);
}
