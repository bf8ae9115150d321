/**
 * Calendar arithmetic for the time-expression annotator: the publication date as the reference
 * point, day/week/month shifts, ISO weeks and quarters, TimeML (TIMEX3) values and how an
 * anchored value is shifted ("a year earlier" than "the third quarter" of 1989 is 1988-Q3), and
 * the product's ISO `value`/`precision` derived from a TIMEX3 value.
 */
import type { Precision } from '../../core/schema.js';

/** A calendar day: the publication date or an anchor date in the text. */
export interface Pub {
  y: number;
  m: number; // 1-12
  d: number;
  wd: number; // 0 = Sunday
}

export function parsePublished(published: string | null): Pub | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return null;
  return dayOf(+m[1], +m[2], +m[3]);
}

/** A valid calendar day, or null ("31 February"). */
export function dayOf(y: number, m: number, d: number): Pub | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCFullYear() !== y) return null;
  return { y, m, d, wd: date.getUTCDay() };
}

export function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function day(y: number, m: number, d: number): string | null {
  return dayOf(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

export function iso(p: Pub): string {
  return `${p.y}-${pad(p.m)}-${pad(p.d)}`;
}

export function shift(p: Pub, n: number): Pub {
  const date = new Date(Date.UTC(p.y, p.m - 1, p.d + n));
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), wd: date.getUTCDay() };
}

export function shiftDays(p: Pub, n: number): string {
  return iso(shift(p, n));
}

export function addMonths(y: number, m: number, n: number): string {
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`;
}

export function quarterOf(p: Pub): number {
  return Math.floor((p.m - 1) / 3) + 1;
}

/** The quarter `n` quarters from the one the day falls in, as TIMEX3 "YYYY-Qn". */
export function addQuarters(y: number, q: number, n: number): string {
  const total = y * 4 + (q - 1) + n;
  return `${Math.floor(total / 4)}-Q${(total % 4) + 1}`;
}

/** ISO 8601 week of a day, as TIMEX3 "YYYY-Www" (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(p: Pub): string {
  const thursday = shift(p, 3 - ((p.wd + 6) % 7));
  const jan1 = Date.UTC(thursday.y, 0, 1);
  const week = Math.floor((Date.UTC(thursday.y, thursday.m - 1, thursday.d) - jan1) / 86400000 / 7) + 1;
  return `${thursday.y}-W${pad(week)}`;
}

/** The week `offsetDays` from the day, as TIMEX3 "YYYY-Www". */
export function weekOf(p: Pub, offsetDays: number): string {
  return isoWeek(shift(p, offsetDays));
}

/** The Monday that starts an ISO week "YYYY-Www". */
export function mondayOfWeek(y: number, w: number): string {
  const jan4 = dayOf(y, 1, 4)!;
  const week1Monday = shift(jan4, -((jan4.wd + 6) % 7));
  return shiftDays(week1Monday, (w - 1) * 7);
}

/**
 * How an underspecified weekday or month is placed: before or after the reference day (by
 * tense), 'last'/'next'/'this' (by its modifier), 'nearest' (no tense: the future counted twice
 * as far, as news looks back) or 'open' (a deadline or start: the nearer side, both weighed alike).
 */
export type Mode = 'past' | 'future' | 'last' | 'next' | 'this' | 'nearest' | 'open' | 'recent' | 'soonest';

export function weekdayDate(p: Pub, target: number, mode: Mode): string {
  const back = (p.wd - target + 7) % 7;
  const fwd = (target - p.wd + 7) % 7;
  switch (mode) {
    case 'past':
    case 'nearest':
      return shiftDays(p, -back); // today counts: "on Wednesday" in a Wednesday article
    case 'future':
      return shiftDays(p, fwd);
    case 'open':
      return shiftDays(p, fwd < back ? fwd : -back);
    case 'recent': // "this past Thursday": the most recent one before the day
      return shiftDays(p, -(back || 7));
    case 'soonest': // "this coming Saturday": the first one after the day
      return shiftDays(p, fwd || 7);
    case 'last':
      // "last Thursday" is the most recent Thursday before the day (as HeidelTime resolves it,
      // and as TimeBank's annotators did) — except the day just before: a writer means that
      // day by "yesterday" or the bare weekday (news style names the days of the past week
      // bare), so "last Thursday" written on a Friday is the Thursday of the week before.
      return shiftDays(p, back === 1 ? -8 : -(back || 7));
    case 'next':
      // Likewise "next Saturday" written on a Friday is not tomorrow but the Saturday after.
      return shiftDays(p, fwd === 1 ? 8 : fwd || 7);
    case 'this': {
      // The same Monday-to-Sunday week.
      const sinceMonday = (p.wd + 6) % 7;
      const targetSinceMonday = (target + 6) % 7;
      return shiftDays(p, targetSinceMonday - sinceMonday);
    }
  }
}

export function monthOccurrence(p: Pub, target: number, mode: Mode): string {
  let y = p.y;
  if (mode === 'past') y = target <= p.m ? p.y : p.y - 1;
  else if (mode === 'future') y = target >= p.m ? p.y : p.y + 1;
  else if (mode === 'recent') y = target < p.m ? p.y : p.y - 1;
  else if (mode === 'soonest') y = target > p.m ? p.y : p.y + 1;
  // "last May" written in June is not the month just ended (that is "last month") but the May
  // a year before it — as for weekdays, the adjacent one is named otherwise; so "next July"
  // written in June is the July after the coming one.
  else if (mode === 'last') y = target < p.m && target !== p.m - 1 ? p.y : target === 12 && p.m === 1 ? p.y - 2 : p.y - 1;
  else if (mode === 'next') y = target > p.m && target !== p.m + 1 ? p.y : target === 1 && p.m === 12 ? p.y + 2 : p.y + 1;
  else if (mode === 'open') {
    const back = (p.m - target + 12) % 12;
    const ahead = (target - p.m + 12) % 12;
    y = back === 0 || back <= ahead ? (target <= p.m ? p.y : p.y - 1) : target >= p.m ? p.y : p.y + 1;
  } else if (mode === 'nearest') {
    // No tense to go by: the nearer occurrence, the future counted twice as far (news looks
    // back), ties to the past.
    const back = (p.m - target + 12) % 12;
    const ahead = (target - p.m + 12) % 12;
    y = back === 0 || back <= 2 * ahead ? (target <= p.m ? p.y : p.y - 1) : target >= p.m ? p.y : p.y + 1;
  }
  return `${y}-${pad(target)}`;
}

/**
 * How much farther a day ahead counts in a clause whose verb is in the past ("defended his
 * Jan. 8 phone call" written in September): a past verb can govern a coming date only as a
 * deadline or schedule set in the past ("extended the offer to Nov. 20", "payable Dec. 1"),
 * and those lie weeks ahead, not seasons; so a day months ahead loses to the same day months
 * back sooner than in a clause with no tense (2).
 */
const PAST_CLAUSE_AHEAD = 4;

/**
 * A day and month without a year: the occurrence nearest the reference day, with the future
 * counted twice as far unless the sentence speaks of the future (news looks back), and the
 * past twice as far when it does; for an 'open' construction both alike (ties to the past).
 */
/**
 * The occurrence of a day without a year nearest publication, weighted by the clause: `true`
 * (future), false (no tense), 'past' (a past clause: days ahead count four times as far),
 * 'open' (either side alike), 'done' (an act the clause reports done on that day: never ahead).
 */
export function closestDay(p: Pub, m: number, d: number, future: boolean | 'open' | 'past' | 'done'): string {
  const pubT = Date.UTC(p.y, p.m - 1, p.d);
  let best = '';
  let bestScore = Infinity;
  for (const y of [p.y - 1, p.y, p.y + 1]) {
    const v = day(y, m, d);
    if (!v) continue;
    const diff = Date.UTC(y, m - 1, d) - pubT;
    if (future === 'done' && diff > 0) continue;
    const score = future === 'open' ? Math.abs(diff) + (diff > 0 ? 1 : 0) : diff >= 0 ? diff * (future === 'past' ? PAST_CLAUSE_AHEAD : future ? 0.5 : 2) : -diff * (future === true ? 2 : 1);
    if (score < bestScore) {
      bestScore = score;
      best = v;
    }
  }
  return best || `${p.y}-${pad(m)}-${pad(d)}`;
}

/**
 * Shift a TIMEX3 date value by `n` units, keeping its granularity where the unit allows:
 * years shift any dated value (1989-Q3 → 1988-Q3); months need a month or a day; weeks and
 * days need a day (or a week for weeks). Null when the granularity is too coarse.
 */
export function shiftTimex(v: string, unit: 'year' | 'quarter' | 'month' | 'week' | 'day', n: number): string | null {
  const y = /^(\d{4})(.*)$/.exec(v);
  if (!y) return null;
  const year = +y[1];
  const rest = y[2];
  if (unit === 'year') {
    if (/^-W\d\d/.test(rest)) return null; // week numbers move with the year
    return `${year + n}${rest.replace(/T.*$/, '')}`;
  }
  const dm = /^-(\d\d)-(\d\d)/.exec(rest);
  const mm = /^-(\d\d)$/.exec(rest);
  const qm = /^-Q(\d)$/.exec(rest);
  const wm = /^-W(\d\d)/.exec(rest);
  if (unit === 'quarter') {
    if (qm) return addQuarters(year, +qm[1], n);
    return null;
  }
  if (unit === 'month') {
    if (dm) {
      const p = dayOf(year, +dm[1], +dm[2]);
      return p ? addMonths(year, +dm[1], n) : null;
    }
    if (mm) return addMonths(year, +mm[1], n);
    return null;
  }
  if (unit === 'week') {
    if (dm) {
      const p = dayOf(year, +dm[1], +dm[2]);
      return p ? weekOf(p, 7 * n) : null;
    }
    if (wm) {
      const monday = mondayOfWeek(year, +wm[1]);
      const p = parsePublished(monday)!;
      return weekOf(p, 7 * n);
    }
    return null;
  }
  if (dm) {
    const p = dayOf(year, +dm[1], +dm[2]);
    return p ? shiftDays(p, n) : null;
  }
  return null;
}

/**
 * The product's ISO `value` and `precision` for a TIMEX3 date value: days (and times of a day)
 * as YYYY-MM-DD, weeks (and weekends) as the Monday that starts them, months, years, decades
 * ("199" → 1990). Quarters, halves, seasons, centuries and PRESENT_REF-style references have
 * no such value: null.
 */
export function isoValue(v: string | null): { value: string | null; precision: Precision | null } {
  if (!v) return { value: null, precision: null };
  let m = /^(\d{4}-\d\d-\d\d)(?:T.*)?$/.exec(v);
  if (m) return { value: m[1], precision: 'day' };
  m = /^(\d{4})-W(\d\d)(?:-WE)?$/.exec(v);
  if (m) return { value: mondayOfWeek(+m[1], +m[2]), precision: 'week' };
  if (/^\d{4}-\d\d$/.test(v)) return { value: v, precision: 'month' };
  if (/^\d{4}$/.test(v)) return { value: v, precision: 'year' };
  if (/^\d{3}$/.test(v)) return { value: `${v}0`, precision: 'decade' };
  return { value: null, precision: null };
}
