/**
 * A sentence told of a past year: it dates what it tells to a year (or a decade) before its
 * report's own year ("It was President Dwight Eisenhower who signed an order in 1953", "in the
 * 1950s", "in May 1957"). Who holds an office in such a sentence held it then, not at the time
 * of the report, so the name cards (roles.ts, claims/name-claims.ts) do not set it against the
 * holder the other reports name today (a false "who is the President" card on an unseen DUC 2006
 * story: Eisenhower, in a sentence of history, against Clinton in seven reports).
 *
 * Only a year placed by a preposition of time ("in", "during", "back in") or by a month before it
 * ("May 1957", "Jan. 5, 1957"): a bare four-digit figure may count things ("1953 people"). A year
 * after "since", "until" or "through" reaches to the present and dates nothing past. Without a
 * publication date nothing is read (the report's own year is unknown). Silence is the safe error
 * here: a current holder named in a sentence of history is only not compared.
 */

import { MONTH as MONTH_NAME } from '../../annotate/times/lexicon.js';

// The annotator's month names (annotate/times/lexicon.ts), read case-insensitively below, with an
// optional period.
const MONTH = `${MONTH_NAME}\\.?`;
/** A year (or decade) a preposition of time or a month places: the year is group 1, a decade's "s" group 2. */
const PLACED_YEAR = new RegExp(
  `(?<!\\b(?:since|until|till|through|thru|to|from)\\s+(?:${MONTH}\\s+(?:\\d{1,2},?\\s+)?)?(?:the\\s+)?(?:early\\s+|late\\s+|mid-?)?)` +
    `(?:\\b(?:in|during|back\\s+in)\\s+(?:the\\s+)?(?:early\\s+|late\\s+|mid-?)?(?:${MONTH}\\s+(?:\\d{1,2},?\\s+)?)?|\\b${MONTH}\\s+(?:\\d{1,2},?\\s+)?)` +
    `((?:1[6-9]|20)\\d\\d)(s?)\\b(?![\\d,.]\\d)`,
  'gi',
);

/** The years before the year of `published` (ISO date) that `text` dates what it tells to (a decade gives its ten). */
export function pastYears(text: string, published: string | null | undefined): number[] {
  const now = published ? Number(published.slice(0, 4)) : NaN;
  if (!Number.isFinite(now)) return [];
  const out: number[] = [];
  for (const m of text.matchAll(PLACED_YEAR)) {
    const year = Number(m[1]);
    // A decade ("the 1950s") is past once its last year is.
    const last = m[2] ? year + 9 : year;
    if (last < now) for (let y = year; y <= last; y++) out.push(y);
  }
  return out;
}

/** Whether `text` dates what it tells to a year before the year of `published` (ISO date). */
export function toldOfPastYear(text: string, published: string | null | undefined): boolean {
  return pastYears(text, published).length > 0;
}

/**
 * Whether two sentences tell of two times: one is told of a past year (pastYears) and the other
 * of none of its years ("It was President X who signed an order in 1953" / "President Y signed
 * the order on Tuesday"). Two sentences told of the same past year ("the resignation of Governor X
 * in 2019" / "the 2019 resignation of Governor Y", "In December 2019, three men robbed …") tell of
 * one time, and their names are compared as any others.
 */
export function toldOfOtherTimes(a: string, aPublished: string | null | undefined, b: string, bPublished: string | null | undefined): boolean {
  const ya = pastYears(a, aPublished);
  const yb = pastYears(b, bPublished);
  if (ya.length === 0 && yb.length === 0) return false;
  // A sentence of a past year against one that names no year written as such is of another time;
  // a bare year ("the 2019 resignation") counts for the other side too, as a year it mentions.
  const mentioned = (text: string): Set<number> => new Set((text.match(/\b(?:1[6-9]|20)\d\d\b/g) ?? []).map(Number));
  const ma = mentioned(a);
  const mb = mentioned(b);
  // A sentence that dates nothing to a past year tells of its report's own year: a past year of
  // the other sentence that is this report's year is one time ("In January 2005, a court martial
  // found X guilty", reported in 2006 / "a court martial found Y guilty", reported in January
  // 2005: one verdict; read on a MultiLing dev analogue of the injected set).
  const ownYear = (p: string | null | undefined): number => (p ? Number(p.slice(0, 4)) : NaN);
  if (ya.length === 0 && Number.isFinite(ownYear(aPublished))) ma.add(ownYear(aPublished));
  if (yb.length === 0 && Number.isFinite(ownYear(bPublished))) mb.add(ownYear(bPublished));
  return !ya.some((y) => mb.has(y) || yb.includes(y)) && !yb.some((y) => ma.has(y) || ya.includes(y));
}
