/**
 * Time expressions: finds dates and date-like phrases and normalises them against the article's
 * publication date to an ISO day (YYYY-MM-DD), week (the Monday that starts it, YYYY-MM-DD),
 * month (YYYY-MM), year (YYYY) or decade (its first year).
 *
 * Why own rules and not chrono-node: chrono's casual parser resolves bare weekdays and months
 * forward or to the nearest occurrence, while news reports the past ("Wednesday" in an article
 * published on a Thursday is yesterday, "in December" read in October is last December); it
 * also reads "May" the modal verb and "14-year" as dates and costs ~10x more time per article.
 * The rules here are one compiled regex plus a resolver:
 * - bare weekday / month: the most recent past (or current) occurrence, unless the sentence
 *   speaks of the future ("will", "is due to", "next") — then the next occurrence;
 * - "last X" / "next X" / "this X" for weekdays, months, week, month, year; "N days ago";
 *   "today", "yesterday", "tomorrow";
 * - full dates, month + year, years and decades are absolute (`relative: false`);
 * - with no publication date, relative expressions keep their precision but get value null.
 * "May" counts as a month only with a day, a year or a time preposition before it.
 */
import type { Sentence, TimeExpression } from '../core/schema.js';
import { stripPossessive, type Tokens } from './tokens.js';

const MONTH = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;
const NUMWORD = 'a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3}';
const UNIT = '(?:day|week|month|year)s?';

/** Alternatives in priority order (longer forms first); each names its shape in a group. */
const TIME_RE = new RegExp(
  [
    String.raw`\b(?<iso>${YEAR})-(?<isoM>0[1-9]|1[0-2])-(?<isoD>0[1-9]|[12]\d|3[01])\b`,
    // Numeric dates: 27/09/2013, 9/27/2013; resolved only when the order is unambiguous.
    String.raw`\b(?<numA>[0-3]?\d)/(?<numB>[0-3]?\d)/(?<numY>${YEAR})\b`,
    String.raw`\b(?:${WEEKDAY},?\s+)?(?<mdyM>${MONTH})\s+(?<mdyD>${DAY}),?\s+(?<mdyY>${YEAR})\b`,
    String.raw`\b(?:${WEEKDAY},?\s+)?(?<dmyD>${DAY})\s+(?:of\s+)?(?<dmyM>${MONTH}),?\s+(?<dmyY>${YEAR})\b`,
    String.raw`\b(?<mlyM>${MONTH})\s+(?:of\s+)?(?<mlyMod>last|this|next)\s+year\b`,
    String.raw`\b(?<myM>${MONTH})(?:\s+of)?,?\s+(?<myY>${YEAR})\b`,
    String.raw`\b(?:${WEEKDAY},?\s+)?(?<mdM>${MONTH})\s+(?<mdD>${DAY})\b(?![,:.]?\d)`,
    String.raw`\b(?:${WEEKDAY},?\s+)?(?<dmD>${DAY})\s+(?:of\s+)?(?<dmM>${MONTH})(?![\p{L}])`,
    String.raw`\b(?<relMod>(?:[Ee]arlier|[Ll]ater)\s+this|[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)\s+(?<relUnit>week(?:end)?|month|year|${WEEKDAY}|${MONTH}(?![\p{L}]))`,
    String.raw`\b(?<agoN>${NUMWORD})\s+(?<agoU>${UNIT})\s+ago\b`,
    String.raw`\b(?<deictic>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|[Ll]ast\s+night|[Tt]his\s+(?:morning|afternoon|evening))\b`,
    String.raw`\b(?<wd>${WEEKDAY})\b`,
    String.raw`\b(?<mo>${MONTH})(?![\p{L}])`,
    String.raw`\b(?<dec>(?:1[89]|20)\d0)s\b`,
    String.raw`(?<![\d,.$€£-])\b(?<yr>${YEAR})\b(?![-–]\w|[,.]\d|\s*%)`,
  ].join('|'),
  'uy',
);

/**
 * Tokens where a time expression can start; the sticky regex is tried only there (trying the
 * whole alternation at every character costs ~10x more).
 */
const TRIGGERS = new Set(
  ('January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|' +
    'Aug|Sep|Sept|Oct|Nov|Dec|Jan.|Feb.|Mar.|Apr.|Aug.|Sep.|Sept.|Oct.|Nov.|Dec.|Monday|Tuesday|Wednesday|Thursday|' +
    'Friday|Saturday|Sunday|last|Last|next|Next|this|This|coming|Coming|earlier|Earlier|later|Later|today|Today|' +
    'yesterday|Yesterday|tomorrow|Tomorrow|tonight|Tonight|a|an|one|two|three|four|five|six|seven|eight|nine|ten|' +
    'eleven|twelve').split('|'),
);

const MONTH_INDEX: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** Words before a bare month that make it a time ("in May", not "may"). */
const MONTH_CUE = /\b(?:in|since|until|till|by|from|during|through|early|late|mid|of|before|after|last|next|this|each|every|between|and|to)[\s-]+$/i;
/** The sentence speaks of the future: resolve bare weekdays and months forward. */
const FUTURE_BEFORE = /\b(?:will|shall|won['’]t|(?:is|are)\s+(?:due|set|scheduled|expected|planning|going|planned)\b|plans?\s+to|to\s+be\s+held|upcoming|(?:stays?|remains?|is|are)\s+(?:\w+\s+){0,2}(?:until|till)\s+$)|['’]ll\b/i;
/** A number right after the year makes it part of a larger number or an address, not a year. */
const PLURAL_NOUN_AFTER = /^\s+[a-z]+s\b/;
const YEAR_CUE = /\b(?:in|since|until|till|by|of|from|before|after|during|early|late|mid|the|between|and|to|year|summer|winter|spring|autumn|fall|©|copyright)[\s-]*$/i;

interface Pub {
  y: number;
  m: number; // 1-12
  d: number;
  wd: number; // 0 = Sunday
}

export function parsePublished(published: string | null): Pub | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return null;
  const y = +m[1];
  const mo = +m[2];
  const d = +m[3];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1) return null;
  return { y, m: mo, d, wd: date.getUTCDay() };
}

export function findTimes(text: string, published: string | null, sentences: Sentence[], tok: Tokens): TimeExpression[] {
  const pub = parsePublished(published);
  const out: TimeExpression[] = [];
  const { starts, ends, count } = tok;
  let s = 0; // sentence index, advanced with the matches
  let lastEnd = 0;
  for (let i = 0; i < count; i++) {
    const start = starts[i];
    if (start < lastEnd) continue;
    const c = text.charCodeAt(start);
    if (!(c >= 48 && c <= 57) && !TRIGGERS.has(stripPossessive(text.slice(start, ends[i])))) continue;
    TIME_RE.lastIndex = start;
    const m = TIME_RE.exec(text);
    if (!m) continue;
    const g = m.groups!;
    const end = start + m[0].length;
    while (s < sentences.length - 1 && sentences[s].end <= start) s++;
    const sentStart = sentences.length ? Math.min(sentences[s].start, start) : 0;
    const before = text.slice(Math.max(sentStart, start - 80), start);
    // Only the words before the expression set its tense ("will travel on Friday"); a future
    // verb after it usually belongs to another clause ("said on Friday that talks will …").
    const future = FUTURE_BEFORE.test(before);
    const t = resolve(g, before, text.slice(end, end + 30), future, pub);
    if (!t) continue;
    lastEnd = end;
    out.push({ start, end, text: m[0], value: t.value, precision: t.precision, relative: t.relative });
  }
  return out;
}

type Resolved = { value: string | null; precision: TimeExpression['precision']; relative: boolean };

function resolve(g: Record<string, string | undefined>, before: string, after: string, future: boolean, pub: Pub | null): Resolved | null {
  if (g.iso) return abs(day(+g.iso, +g.isoM!, +g.isoD!), 'day');
  if (g.numA) {
    const a = +g.numA;
    const b = +g.numB!;
    // Day-first when the first number cannot be a month, month-first when the second cannot;
    // "04/05/2013" is left unresolved rather than guessed.
    if (a > 12 && b >= 1 && b <= 12) return abs(day(+g.numY!, b, a), 'day');
    if (b > 12 && a >= 1 && a <= 12) return abs(day(+g.numY!, a, b), 'day');
    if (a === b && a >= 1 && a <= 12) return abs(day(+g.numY!, a, b), 'day');
    return { value: null, precision: 'day', relative: false };
  }
  if (g.mdyM) return abs(day(+g.mdyY!, month(g.mdyM), parseInt(g.mdyD!, 10)), 'day');
  if (g.dmyM) return abs(day(+g.dmyY!, month(g.dmyM), parseInt(g.dmyD!, 10)), 'day');
  if (g.mlyM) {
    // "March last year", "in May of next year": the month in the year the phrase names.
    const mo = month(g.mlyM);
    const dy = g.mlyMod === 'last' ? -1 : g.mlyMod === 'next' ? 1 : 0;
    return rel(pub, 'month', (p) => `${p.y + dy}-${pad(mo)}`);
  }
  if (g.myM) return abs(`${g.myY}-${pad(month(g.myM))}`, 'month');
  if (g.mdM || g.dmM) {
    const mo = month((g.mdM ?? g.dmM)!);
    const d = parseInt((g.mdD ?? g.dmD)!, 10);
    return rel(pub, 'day', (p) => closestDay(p, mo, d, future));
  }
  if (g.relMod) {
    const mod = g.relMod.toLowerCase().replace(/\s+/g, ' ');
    const unit = g.relUnit!;
    const dir = mod === 'last' ? -1 : mod === 'next' || mod === 'coming' ? 1 : 0;
    const lower = unit.toLowerCase();
    // A weekend is reported with its week (ISO weeks end on Sunday).
    if (lower === 'week' || lower === 'weekend') return rel(pub, 'week', (p) => weekStart(p, dir * 7));
    if (lower === 'month') return rel(pub, 'month', (p) => addMonths(p.y, p.m, dir));
    if (lower === 'year') return rel(pub, 'year', (p) => String(p.y + dir));
    if (/day$/.test(lower)) return rel(pub, 'day', (p) => weekdayDate(p, WEEKDAY_INDEX[lower.slice(0, 3)], dir === 0 ? 'this' : dir < 0 ? 'last' : 'next'));
    if (lower === 'may' && mod === 'this') return null; // "this May" is usually "this may …"
    const mo = month(unit);
    return rel(pub, 'month', (p) => monthOccurrence(p, mo, dir < 0 ? 'last' : dir > 0 ? 'next' : 'this'));
  }
  if (g.agoN) {
    const n = NUMBER_WORDS[g.agoN.toLowerCase()] ?? parseInt(g.agoN, 10);
    const u = g.agoU!.toLowerCase().replace(/s$/, '');
    if (u === 'day') return rel(pub, 'day', (p) => shiftDays(p, -n));
    if (u === 'week') return rel(pub, 'week', (p) => weekStart(p, -7 * n));
    if (u === 'month') return rel(pub, 'month', (p) => addMonths(p.y, p.m, -n));
    return rel(pub, 'year', (p) => String(p.y - n));
  }
  if (g.deictic) {
    const w = g.deictic.toLowerCase();
    const offset = w.startsWith('yesterday') || w.startsWith('last') ? -1 : w.startsWith('tomorrow') ? 1 : 0;
    return rel(pub, 'day', (p) => shiftDays(p, offset));
  }
  if (g.wd) {
    const prev = /\b(last|next|this)\s+$/i.exec(before)?.[1]?.toLowerCase();
    const mode = prev === 'last' || prev === 'next' || prev === 'this' ? prev : future ? 'future' : 'past';
    return rel(pub, 'day', (p) => weekdayDate(p, WEEKDAY_INDEX[g.wd!.slice(0, 3).toLowerCase()], mode));
  }
  if (g.mo) {
    // A bare "May" is the modal verb unless a time word comes before it; other bare month
    // names are months, except abbreviations without a cue ("Mar", "Dec" as names or words).
    if (g.mo === 'May' || g.mo.length <= 3 || g.mo.endsWith('.')) {
      if (!MONTH_CUE.test(before)) return null;
    }
    const mo = month(g.mo);
    return rel(pub, 'month', (p) => monthOccurrence(p, mo, future ? 'future' : 'past'));
  }
  if (g.dec) return abs(g.dec, 'decade');
  if (g.yr) {
    // "2000 people" is a number; "in 2000", "2000." and "2000 elections" are years.
    if (PLURAL_NOUN_AFTER.test(after) && !YEAR_CUE.test(before) && !/^\s+elections\b/.test(after)) return null;
    return abs(g.yr, 'year');
  }
  return null;
}

function abs(value: string | null, precision: TimeExpression['precision']): Resolved | null {
  return value === null ? null : { value, precision, relative: false };
}

function rel(pub: Pub | null, precision: TimeExpression['precision'], f: (p: Pub) => string): Resolved {
  return { value: pub ? f(pub) : null, precision, relative: true };
}

function month(name: string): number {
  return MONTH_INDEX[name.slice(0, 3).toLowerCase()];
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function day(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null; // "31 February"
  return `${y}-${pad(m)}-${pad(d)}`;
}

function isoOf(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function shiftDays(p: Pub, n: number): string {
  return isoOf(new Date(Date.UTC(p.y, p.m - 1, p.d + n)));
}

function addMonths(y: number, m: number, n: number): string {
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`;
}

/** The Monday starting the week `offsetDays` from the publication day (ISO weeks). */
function weekStart(p: Pub, offsetDays: number): string {
  const sinceMonday = (p.wd + 6) % 7;
  return shiftDays(p, offsetDays - sinceMonday);
}

type Mode = 'past' | 'future' | 'last' | 'next' | 'this';

function weekdayDate(p: Pub, target: number, mode: Mode): string {
  const back = (p.wd - target + 7) % 7;
  const fwd = (target - p.wd + 7) % 7;
  switch (mode) {
    case 'past':
      return shiftDays(p, -back); // today counts: "on Wednesday" in a Wednesday article
    case 'future':
      return shiftDays(p, fwd);
    case 'last':
      return shiftDays(p, -(back || 7));
    case 'next':
      return shiftDays(p, fwd || 7);
    case 'this': {
      // The same Monday-to-Sunday week.
      const sinceMonday = (p.wd + 6) % 7;
      const targetSinceMonday = (target + 6) % 7;
      return shiftDays(p, targetSinceMonday - sinceMonday);
    }
  }
}

function monthOccurrence(p: Pub, target: number, mode: Mode): string {
  let y = p.y;
  if (mode === 'past') y = target <= p.m ? p.y : p.y - 1;
  else if (mode === 'future') y = target >= p.m ? p.y : p.y + 1;
  else if (mode === 'last') y = target < p.m ? p.y : p.y - 1;
  else if (mode === 'next') y = target > p.m ? p.y : p.y + 1;
  return `${y}-${pad(target)}`;
}

/**
 * A day and month without a year: the occurrence nearest the publication date, with the
 * future counted twice as far unless the sentence speaks of the future (news looks back).
 */
function closestDay(p: Pub, m: number, d: number, future: boolean): string {
  const pubT = Date.UTC(p.y, p.m - 1, p.d);
  let best = '';
  let bestScore = Infinity;
  for (const y of [p.y - 1, p.y, p.y + 1]) {
    const iso = day(y, m, d);
    if (!iso) continue;
    const diff = Date.UTC(y, m - 1, d) - pubT;
    const score = diff >= 0 ? diff * (future ? 0.5 : 2) : -diff;
    if (score < bestScore) {
      bestScore = score;
      best = iso;
    }
  }
  return best || `${p.y}-${pad(m)}-${pad(d)}`;
}
