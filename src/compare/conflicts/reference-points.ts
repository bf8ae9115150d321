/**
 * Distances measured from a reference point (session 22 review of converted measures): "the
 * epicentre was 15 km south of Karvik" and "40 miles east of Velmar, the capital" place one
 * epicentre from two towns; "walked 40 km from Karvik" and "12 miles from Velmar" walk from two
 * starts. Once distances in kilometres and miles were compared in one unit (claims/units.ts), such
 * pairs became sure false cards on invented text: the figures answer two questions, how far from
 * one place and how far from another. A position ("<direction> of X") is compared only with a
 * position from the same point (written alike, case folded), never with a distance that places
 * nothing ("at a depth of 33 km"); two distances from two named places ("from X", "outside X",
 * "off X") are not compared. A start that is no name ("falling 60 metres from a ridge" / "falling
 * 150 metres at Mount Ardel", one fall) leaves the pair compared.
 *
 * Owns reading the reference point written right after a distance's unit. Bounded: two regular
 * expressions over at most REFERENCE_SPAN characters after the unit.
 */
import type { ClaimItem } from '../claims/claims.js';
import { unitAfter } from '../claims/units.js';

/** Characters after the unit the reference point is read in. */
const REFERENCE_SPAN = 60;
const DIRECTION = '(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern|ward|wards)?';
/** Words that end a reference point's name. */
const STOPS = '(?!(?:at|in|on|and|to|with|by|after|before|as|when|where|which|who|that)\\b)';
/**
 * A position: "south of Karvik", "northeast of the capital" (the distance places a thing on the
 * map from that point, named or not).
 */
const POSITION = new RegExp(`^[^.;:!?]{0,12}?\\b${DIRECTION}\\s+of\\s+((?:the\\s+)?[\\p{L}'’-]+(?:\\s+${STOPS}[\\p{L}'’-]+){0,3})`, 'iu');
/**
 * A start or a place around: "from Karvik", "away from Velmar", "outside Dorsk", "off the coast
 * of Velmar", read only when the point is a name ("from a ridge", "from the summit" tell where a
 * fall began, which two reports of one fall name in other words or not at all).
 */
const FROM_NAME = new RegExp(`^[^.;:!?]{0,12}?\\b(?:(?:away\\s+|inland\\s+)?from|outside(?:\\s+of)?|off(?:\\s+the\\s+coast\\s+of)?)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})`, 'u');

/** The text right after a distance's unit, or null when the claim is no distance. */
function afterUnit(c: ClaimItem): string | null {
  if (c.unit !== 'measure:length') return null;
  const rel = c.end - c.sentence.start;
  const after = c.sentence.text.slice(rel, rel + REFERENCE_SPAN + 40);
  const u = unitAfter(after);
  return u === null ? null : after.slice(u.length, u.length + REFERENCE_SPAN);
}

const fold = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');

/** The point a distance places a thing from ("15 km south of Karvik": "karvik"), folded; null when none. */
export function positionFrom(c: ClaimItem): string | null {
  const a = afterUnit(c);
  const m = a === null ? null : POSITION.exec(a);
  return m === null ? null : fold(m[1]);
}

/** The named place a distance is measured from ("walked 40 km from Karvik": "karvik"), folded; null when none. */
export function namedStart(c: ClaimItem): string | null {
  const a = afterUnit(c);
  const m = a === null ? null : FROM_NAME.exec(a);
  return m === null ? null : fold(m[1]);
}

/**
 * Whether two distances answer two questions: positions from two points, or a position against a
 * distance that places nothing ("a depth of 33 km"); or two distances from two named places.
 */
export function otherReferencePoints(x: ClaimItem, y: ClaimItem): boolean {
  if (x.unit !== 'measure:length' || y.unit !== 'measure:length') return false;
  if (positionFrom(x) !== positionFrom(y)) return true;
  const [sx, sy] = [namedStart(x), namedStart(y)];
  return sx !== null && sy !== null && sx !== sy;
}
