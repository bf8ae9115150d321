/**
 * The stretch of time a figure is told over, read in its construction, for the conflict gates
 * (conflicts.ts judgePair): a figure per unit of time ("$30 million a year", "300 refugees cross
 * every day"), a figure summed over a span ("$150 million over five years", "in the past three
 * months"), or over a named period of a calendar ("in the first quarter", "for the full year",
 * "last year", "so far this year"). Two figures told over two stretches answer two questions —
 * a yearly payment and a five-year total, a quarter's revenue and the year's — and never
 * disagree, however alike their sentences (each a confident false card on invented multi-outlet
 * stories, issue #10 session 21). A figure told over a stretch against one told over none may be
 * the same figure with its period left out, or another total: worth a look, not an accusation
 * (the card is only possible).
 *
 * Also the denominator of a rate: "a year" in "$30 million a year" is no duration of anything,
 * and compared with "over five years" it made a sure duration card.
 *
 * Read by bounded patterns, no parse: right after the figure inside its clause, or an opening
 * adverbial of the sentence ("Last year, …", "In the first quarter, …") that bounds every figure
 * of it. The calendar periods that are date claims of year or month precision are the figure's
 * period when they stand in the figure's clause; dates of two periods on both sides are judged
 * by their days (occasions.ts), so here only a period against none, and periods no date claim
 * reads (rates, spans, quarters, a full year), decide.
 */
import type { ClaimItem } from '../claims/claims.js';

const NUMBER = String.raw`(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|few|a\s+few)`;
const UNIT = String.raw`(day|week|month|quarter|year|decade|season)`;
/** A rate right after the figure: "a year", "per month", "every day", "annually", "a-year". */
const RATE = new RegExp(String.raw`^(?:[^,;:()—.]{0,40}?)\b(?:(?:a|an|per|every|each)[\s-]+${UNIT}\b(?!\s+(?:after|before|earlier|later|ago|prior|from|into|of)\b)|(daily|weekly|monthly|quarterly|yearly|annually|annual))`, 'i');
/**
 * A span right after the figure: "over five years", "in the past three months", "over the next
 * decade" — a count of units, or a unit after "next"/"past"/"last"/"coming" ("in the last year").
 */
const SPAN = new RegExp(String.raw`^(?:[^,;:()—.]{0,40}?)\b(?:over|across|during|within|in|for|spread\s+over)\s+(?:the\s+)?(?:(?:(?:next|past|last|coming|following|previous)\s+)(?:(${NUMBER})\s+)?|(?:(?:first|final)\s+)?(${NUMBER})\s+)${UNIT}s?\b(?!\s*['’])`, 'i');
/**
 * A named period of a calendar no date claim reads, right after the figure: "in the first
 * quarter", "for the full year", "in fiscal 2025", "for the quarter", "so far this year", "year to
 * date", "since March". (A year or a month a date claim reads, "last year", "in 2025", "in March",
 * is compared by its days in occasions.ts, so "in 2025" and "last year" of one year still meet.)
 */
const PERIOD = String.raw`(?:in|for|during|over)\s+(?:the\s+)?((?:first|second|third|fourth|final|last|latest|previous|fiscal|full|whole|entire|calendar)\s+(?:\p{L}+\s+)?(?:quarter|half|year)|quarter|half|fiscal\s+\d{4}|(?:first|second|third|fourth)-quarter)`;
const CALENDAR = new RegExp(String.raw`^(?:[^,;:()—.]{0,40}?)\b(?:${PERIOD}|((?:so\s+far\s+)this\s+(?:year|month|week|season|quarter)|since\s+[\p{L}\d]+|year\s+to\s+date))\b`, 'iu');
/** The same periods opening the sentence, before the first comma: "In the first quarter, …". */
const OPENING = new RegExp(String.raw`^\s*(?:${PERIOD}|((?:so\s+far\s+)this\s+(?:year|month|week|season|quarter)|since\s+[\p{L}\d]+))\s*,`, 'iu');

/**
 * A time before the one the sentence tells of, right after the figure or opening the sentence: "a
 * year earlier", "two months ago", "the previous quarter", "in the same quarter a year ago" — the
 * baseline of a comparison ("A year earlier the quarterly profit was $240 million"; "up from 112
 * a day earlier"). Only a count of units before "earlier", "ago", "before", or a unit after
 * "previous", "prior", "preceding": each names a moment measured back from another, never the
 * moment a bare figure is told of. (No figure may stand between the value and the phrase: "rose to
 * $310 million from $240 million a year earlier" dates the $240 million, not the $310 million.)
 */
const BACK = String.raw`(?:(?:in|for|during)\s+the\s+same\s+(?:period|quarter|month|week|season)\s+)?(?:(?:a|an|one|${NUMBER})\s+${UNIT}s?\s+(?:earlier|ago|before)|the\s+(?:previous|prior|preceding)\s+${UNIT})\b`;
const BACK_AFTER = new RegExp(String.raw`^(?:[^,;:()—.\d]{0,40}?)\b(${BACK})`, 'i');
const BACK_OPENING = new RegExp(String.raw`^\s*(${BACK})`, 'i');

export type Period = { kind: 'rate'; key: string } | { kind: 'span'; key: string } | { kind: 'calendar'; key: string } | { kind: 'before'; key: string };

const WORD_NUMBER: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12', fifteen: '15', twenty: '20', thirty: '30' };
/** A period's words as a key: lower case, one space, number words as digits ("five years" = "5 years"). */
const norm = (s: string): string => s.toLowerCase().replace(/[\s-]+/g, ' ').trim().split(' ').map((w) => WORD_NUMBER[w] ?? w).join(' ');

/** The rest of the figure's clause after it (a comma inside "6,000" is no break). */
function after(c: ClaimItem): string {
  return c.sentence.text.slice(c.end - c.sentence.start, c.end - c.sentence.start + 80);
}

const RATE_WORD: Record<string, string> = { daily: 'day', weekly: 'week', monthly: 'month', quarterly: 'quarter', yearly: 'year', annually: 'year', annual: 'year' };

/**
 * The stretch a figure is told over, or null when its construction names none. A figure that is
 * itself a date or a duration has none (its words are the stretch).
 */
export function periodOf(c: ClaimItem): Period | null {
  if (c.kind !== 'number' || c.unit?.startsWith('duration:') || c.unit?.startsWith('clock:')) return null;
  const a = after(c);
  // A moment measured back from another is read first: "a year" in "a year earlier" is no rate.
  const back = BACK_AFTER.exec(a) ?? BACK_OPENING.exec(c.sentence.text.slice(0, c.start - c.sentence.start));
  // One key for one moment however written: "a year earlier", "one year ago", "the previous year".
  if (back) return { kind: 'before', key: norm(back[1].replace(/^(?:in|for|during)\s+the\s+same\s+\S+\s+/i, '').replace(/^(?:a|an|the\s+(?:previous|prior|preceding))\s+/i, 'one ').replace(/\s+(?:earlier|ago|before)$/i, '').replace(/s$/i, '')) };
  const r = RATE.exec(a);
  if (r) return { kind: 'rate', key: r[1] ? r[1].toLowerCase() : RATE_WORD[r[2].toLowerCase()] };
  const s = SPAN.exec(a);
  if (s) return { kind: 'span', key: `${norm(s[1] ?? s[2] ?? 'one')} ${s[3].toLowerCase()}` };
  const k = CALENDAR.exec(a);
  if (k) return { kind: 'calendar', key: norm(k[1] ?? k[2]) };
  const before = c.sentence.text.slice(0, c.start - c.sentence.start);
  const o = OPENING.exec(before);
  if (o) return { kind: 'calendar', key: norm(o[1] ?? o[2]) };
  return null;
}

/** A date claim of a whole period (a month, a year) in the figure's own clause: "raised $40 million last year", "in 2019". */
function datedPeriod(c: ClaimItem, claimsOfSentence: Map<string, ClaimItem[]>): boolean {
  return datingPeriods(c, claimsOfSentence).length > 0;
}

/**
 * A quarter's or a half's figure ("grew 9 percent in the fourth quarter", periodOf) against a
 * figure its clause dates to a whole year or month and to no named period ("grew 12 percent in
 * 2025"): two stretches, a part of the year and the year (a sure false card on invented company
 * results, session 24: the year read as a date claim, not as a period, so otherPeriods never saw
 * it).
 */
export function partAgainstDatedWhole(x: ClaimItem, y: ClaimItem, claimsOfSentence: Map<string, ClaimItem[]>): boolean {
  if (x.kind !== 'number' || y.kind !== 'number') return false;
  const part = (c: ClaimItem): boolean => {
    const p = periodOf(c);
    return p !== null && p.kind === 'calendar' && /\b(?:quarter|half)\b/.test(p.key);
  };
  const whole = (c: ClaimItem): boolean => periodOf(c) === null && datingPeriods(c, claimsOfSentence).length > 0;
  return (part(x) && whole(y)) || (part(y) && whole(x));
}

/** The date claims of a whole period (a month, a year) in the figure's own clause (datedPeriod). */
function datingPeriods(c: ClaimItem, claimsOfSentence: Map<string, ClaimItem[]>): ClaimItem[] {
  return (claimsOfSentence.get(`${c.article}:${c.sentence.start}`) ?? []).filter((d) => {
    if (d.kind !== 'date' || d.statement || d.bound || d.attributive || (d.precision !== 'year' && d.precision !== 'month')) return false;
    // In the figure's clause: no clause break between the two, but for the comma ending an
    // opening adverbial ("Last year, the firm raised …"), which bounds the whole sentence.
    const [s, e] = d.start < c.start ? [d.end, c.start] : [c.end, d.start];
    const between = c.sentence.text.slice(s - c.sentence.start, e - c.sentence.start).replace(/(?<=\d),(?=\d)/g, '');
    if (/[;:()—]/.test(between)) return false;
    if (!between.includes(',')) return true;
    const opening = c.sentence.text.slice(0, d.start - c.sentence.start);
    return d.start < c.start && /^\s*,[^,]*$/.test(between) && /^\s*(?:\p{L}+\s+){0,2}$/u.test(opening);
  });
}

/**
 * Two figures told over two stretches that cannot be one: two rates of different units, a rate
 * against a span or a named period, two spans or two named periods of different words. Each is
 * read (periodOf); a period against none decides nothing here (see periodInOneOnly).
 */
export function otherPeriods(x: ClaimItem, y: ClaimItem): boolean {
  const px = periodOf(x);
  const py = periodOf(y);
  if (px === null || py === null) return false;
  return px.kind !== py.kind || px.key !== py.key;
}

/**
 * One figure told over a stretch (periodOf, or a year or month its clause dates it to), the other
 * over none: "raised $40 million last year" / "raised $25 million"; "$30 million a year" /
 * "$25 million". The other may be the same figure with its period left out, or a total of
 * another stretch: the card is only possible. The words of the period, for the card's why.
 */
export function periodInOneOnly(x: ClaimItem, y: ClaimItem, claimsOfSentence: Map<string, ClaimItem[]>): ClaimItem | null {
  if (x.kind !== 'number' || y.kind !== 'number') return null;
  const has = (c: ClaimItem): boolean => periodOf(c) !== null || datedPeriod(c, claimsOfSentence);
  const hx = has(x);
  const hy = has(y);
  if (hx === hy) return null;
  return hx ? x : y;
}

/**
 * A duration that is a rate's denominator ("$30 million [a year]", "300 people [every day]"): it
 * measures nothing, and compared with a span ("over five years") it made a sure duration card.
 * "per", "every", "each" always make one; "a"/"an" unless a preposition or a word of amount
 * before it makes the phrase a duration itself ("for a year", "in a month", "nearly a year").
 */
const DENOMINATOR = /^(?:a|an|per|every|each)\s+(?:day|week|month|quarter|year|decade|season)$/i;
const DURATION_BEFORE = /\b(?:for|in|within|over|after|under|than|about|nearly|almost|around|some|roughly|barely|just|only|more|less|half|least|most|up\s+to|spent|lasted|lasting|took|takes|served|serving|ago)\s+$/i;
export function rateDenominator(c: ClaimItem): boolean {
  if (!c.unit?.startsWith('duration:') || !DENOMINATOR.test(c.text.trim())) return false;
  if (/^(?:per|every|each)\b/i.test(c.text.trim())) return true;
  const before = c.sentence.text.slice(Math.max(0, c.start - c.sentence.start - 30), c.start - c.sentence.start);
  return !DURATION_BEFORE.test(before) && /[\d\p{L}]\s+$/u.test(before);
}

/**
 * A figure told of a moment before another ("A year earlier the quarterly profit was $240
 * million", periodOf's `before`) against a figure told of no earlier moment ("a profit of $310
 * million"), when the report of the earlier figure itself gives the other figure too (`gives`: a
 * claim of that article with the same kind, unit and value): that report tells both moments, the
 * comparison's baseline and now, and the other outlet's figure is its now, not a different
 * baseline (a sure false card on an invented company's results, session 24). Without the other
 * figure in that report, the other may be the same baseline with its moment left out: left to
 * periodInOneOnly (possible).
 */
export function earlierAgainstNow(x: ClaimItem, y: ClaimItem, gives: (article: string, value: ClaimItem) => boolean): boolean {
  if (x.kind !== 'number' || y.kind !== 'number') return false;
  const bx = periodOf(x)?.kind === 'before';
  const by = periodOf(y)?.kind === 'before';
  if (bx === by) return false;
  const [earlier, now] = bx ? [x, y] : [y, x];
  return gives(earlier.article, now);
}
