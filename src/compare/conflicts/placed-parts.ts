/**
 * A whole against a place's part that the whole's own report also gives (issue #10, session 24):
 * "A … earthquake … killing 212 people" in a report that later says "The town of Gorlan … was
 * hardest hit, with 80 dead", against another report's "killed 80 people in Gorlan". The second
 * figure is told of its own place (conflicts.ts valuePlace: "in Gorlan" after its noun, or a
 * fronted "In Gorlan, …"), the first of none, and the first report gives the second figure itself
 * in a sentence naming that place: it agrees on the town's toll, and its other figure is the
 * whole's. No disagreement, however alike the two sentences (a possible false card 212 / 80 on an
 * invented earthquake story, its sentences aligned as one fact).
 *
 * Values are looked up by number in an index built once per claim list (never all pairs); counts
 * of any noun match ("80 dead" / "80 people": one toll told with two nouns), other units only
 * their own.
 */
import type { ClaimItem } from '../claims/claims.js';

const byNumber = new WeakMap<readonly ClaimItem[], Map<string, ClaimItem[]>>();
function numbersOf(claims: readonly ClaimItem[]): Map<string, ClaimItem[]> {
  let m = byNumber.get(claims);
  if (!m) {
    m = new Map();
    for (const c of claims) {
      if (c.kind !== 'number') continue;
      const l = m.get(c.normalized);
      if (l) l.push(c);
      else m.set(c.normalized, [c]);
    }
    byNumber.set(claims, m);
  }
  return m;
}

const sameMeasure = (a: ClaimItem, b: ClaimItem): boolean => a.unit === b.unit || ((a.unit?.startsWith('count:') ?? false) && (b.unit?.startsWith('count:') ?? false));

/** Whether one of x, y is a place's figure that the other's report also gives for that place, the other told of no place. */
export function placedPartAlsoGiven(x: ClaimItem, y: ClaimItem, placeOf: (c: ClaimItem) => string | null, claims: readonly ClaimItem[]): boolean {
  if (x.kind !== 'number' || y.kind !== 'number') return false;
  for (const [whole, part] of [
    [x, y],
    [y, x],
  ] as const) {
    const place = placeOf(part);
    if (place === null || placeOf(whole) !== null) continue;
    const given = numbersOf(claims).get(part.normalized) ?? [];
    if (given.some((c) => c.article === whole.article && c.id !== whole.id && sameMeasure(c, part) && c.sentence.text.includes(place))) return true;
  }
  return false;
}
