/**
 * A sentence that writes the other side's figure itself, as a bare number the claims reader made
 * no claim of: "The storm killed 12 people in Karvik and 40 across the region" against "The storm
 * killed 40 people" ("40 across the region" has no counted noun, so no claim). The article gives
 * both values, for two things (a town's dead and the region's), as alsoGivesOther (conflicts.ts)
 * already holds for values both read as claims: the outlets do not disagree, they count
 * differently scoped things (a confident false card on invented text, issue #10 session 21).
 * Read as written: digit numbers with an optional scale word ("40", "1,200", "2.5 million"),
 * outside the claim's own span, not inside a date claim nor inside a claim of another unit ("12
 * people" is not "$12 million").
 */
import type { ClaimItem } from '../claims/claims.js';

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const NUMBER = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(thousand|million|billion|trillion))?(?![\d.,]\d)/g;

/** The first number a claim's text writes, scaled ("$12 million" → 12e6), or null. */
function writtenValue(text: string): number | null {
  NUMBER.lastIndex = 0;
  const m = NUMBER.exec(text);
  if (!m) return null;
  return Number(m[1].replace(/,/g, '')) * (m[2] ? SCALE[m[2].toLowerCase()] : 1);
}

/** Whether x's sentence writes y's figure outside x's span, as a bare number or a claim of y's unit. */
export function writesOtherValue(x: ClaimItem, y: ClaimItem, claimsOfSentence: Map<string, ClaimItem[]>): boolean {
  if (x.kind !== 'number' || y.kind !== 'number') return false;
  const v = writtenValue(y.text);
  if (v === null || v === writtenValue(x.text)) return false;
  const others = claimsOfSentence.get(`${x.article}:${x.sentence.start}`) ?? [];
  const text = x.sentence.text;
  for (const m of text.matchAll(NUMBER)) {
    const value = Number(m[1].replace(/,/g, '')) * (m[2] ? SCALE[m[2].toLowerCase()] : 1);
    if (value !== v) continue;
    const start = x.sentence.start + m.index!;
    const end = start + m[0].length;
    if (start < x.end && x.start < end) continue;
    // Inside a date ("March 12"), or a figure of another unit ("12 people" against "$12 million").
    const within = others.find((c) => c.start < end && start < c.end);
    // ("40 others", "40 more" count what the sentence counted before: no unit of their own.)
    if (within && (within.kind === 'date' || (within.unit !== y.unit && !/^\s*(?:others?|more)\b/i.test(text.slice(m.index! + m[0].length))))) continue;
    // Not a day of a month written without a claim ("on March 12"), a clock time or an ordinal.
    const before = text.slice(Math.max(0, m.index! - 12), m.index!);
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 3);
    if (/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$/i.test(before) || /^(?::\d|st\b|nd\b|rd\b|th\b|\s*(?:a\.m|p\.m|am\b|pm\b))/i.test(after)) continue;
    // Nor a number naming an instance after a capitalised designator inside the sentence
    // ("Warehouse 21", "Route 12", "Flight 214", "No. 5"): a name, no count of anything. Read as
    // the other side's figure it silenced a real card ("the fire in Warehouse 21 killed 12 people"
    // / "killed 21 people", session 21 review). A capitalised word opening the sentence ("About 40
    // people …") is capitalised for its place only, so it counts as no designator.
    if (/\S\s+(?:\p{Lu}[\p{L}-]*\.?|[Nn]o\.|#)\s*$/u.test(text.slice(Math.max(0, m.index! - 40), m.index!))) continue;
    return true;
  }
  return false;
}
