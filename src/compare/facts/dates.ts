/**
 * The times a fact's sentence tells of, read from the annotated time expressions (annotate/times,
 * resolved against the article's publication date), and the test the one-claim gate
 * (one-claim.ts, between the sentence a fact shows and each sentence it cites) asks of them:
 * datesDiffer, both sentences date what they tell and no date of one overlaps a date of the other
 * ("More than 15,000 international adoptions are expected … this year" in a 2000 report / "…
 * expected to approach 15,000 this year" in a 1998 one; "… another referendum next year" in 1996 /
 * "… elections Nov. 30" in 1998). The textual tests (facts.ts yearsDiffer, one-claim.ts
 * weekdaysDiffer) see years and weekday names as written; resolved dates also compare "last
 * year", "this year", "in October" and written days ("Aug. 7" / "Aug. 8") across reports
 * published at different times, which loose topics (DUC 2006: 25 reports over months or years)
 * put side by side.
 *
 * What is read as a date, and why:
 *   - calendar dates and times of day with a resolved value, as an interval of days (a day, a
 *     week from its Monday, a month, a year, a decade), so granularities compare by overlap:
 *     "in 1993" and "in April 1993" are one time;
 *   - never a named event's date ("the Aug. 7 bombing": annotate/times `event`), which names
 *     the event, not when the sentence's act took place;
 *   - never a date resolved from another date in the text ("on the same day", "a year earlier":
 *     anchor `text`), whose anchor may be another sentence's time;
 *   - never a relative day or week ("Thursday", "last week", "today") as the day it resolves to:
 *     on the DUC 2006 held-out topics they separated 14 labelled pairs of one claim for 2 of
 *     different claims (outlets repeat a claim under the news peg of their own day); weekday
 *     names stay compared as written (one-claim.ts weekdaysDiffer, and weekdayDiffers below
 *     against a written day), and such a day is read as lying within two weeks of its report's
 *     publication (`deictic`, compared with another report's dates a month away or more:
 *     datesDiffer);
 *   - but a day of the month written with its month ("on 6 December", "Dec. 6"), which the
 *     annotator marks relative because its year comes from the publication date: the day
 *     itself is written, so "closed on 6 December" / "closed on Dec. 7" are two days whatever
 *     the outlets' publication dates;
 *   - never a relative date that lies after its own article's publication unless its clause is
 *     future: a report cannot tell as past what has not happened, so the resolution is wrong;
 *   - never the date of a verb of saying or of a dateline ("…, officials said on March 3, 1999";
 *     "OTTAWA, August 20 (Xinhua) --"): when the claim was said or filed, not when it happened.
 * A sentence with no such date gives no evidence either way.
 *
 * weekdayDiffers compares a weekday named in one sentence with the calendar day written in the
 * other ("killed … on Sunday" / "killed by a police bullet on 6 December", a Saturday): the
 * weekday's name, not its resolution against a publication date, is what is compared.
 */
import type { AnnotatedArticle } from '../../core/schema.js';

/** Days since 1970-01-01 (UTC) of a calendar day. */
const dayOf = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);

/** A half-open interval of days [start, end). */
export type DayInterval = [number, number];

/** The interval of days an ISO value names at its precision, or null when it is not a date. */
export function intervalOf(value: string, precision: string | null): DayInterval | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : 0;
  const d = m[3] ? Number(m[3]) : 0;
  if (precision === 'decade') return [dayOf(y, 1, 1), dayOf(y + 10, 1, 1)];
  if (!mo || precision === 'year') return [dayOf(y, 1, 1), dayOf(y + 1, 1, 1)];
  if (!d || precision === 'month') return [dayOf(y, mo, 1), dayOf(y, mo + 1, 1)];
  if (precision === 'week') return [dayOf(y, mo, d), dayOf(y, mo, d) + 7];
  return [dayOf(y, mo, d), dayOf(y, mo, d) + 1];
}

/** What the date test knows of one sentence: the intervals of days it tells of. */
export interface SentenceTimes {
  dates: DayInterval[];
  /** Weekdays named as the day of what it tells (0 Sunday … 6 Saturday): "killed on Sunday". */
  weekdays?: number[];
  /** Calendar days written with their day of the month ("on 6 December", "Dec. 6, 2008"). */
  days?: number[];
  /**
   * Days of the month written with their month, as month × 100 + day ("Sept. 27": 927), year or
   * no year: read from the words, so a written day whose year the annotator could not resolve (a
   * report with no publication date) still compares (writtenDaysDiffer).
   */
  monthDays?: number[];
  /**
   * The sentence dates what it tells by a deictic day or week ("on Sunday", "yesterday", "last
   * week", "next week"): near its report's publication day (`published`), whatever day the
   * annotator resolved (nearReach).
   */
  deictic?: boolean;
  /** The publication day of the sentence's report, when known. */
  published?: number;
}

// How far from its report's publication day a deictic day or week can lie: a weekday's name,
// "yesterday", "tomorrow" or "this week" name a day at most six days away; "last week" and "next
// week" at most thirteen (the Monday of last week, seen from a Sunday). Fourteen days is that
// reach with a day to spare for a publication date stamped in another time zone. Two reports
// further apart than twice the reach cannot tell of one day by "on Sunday" each: the reader of
// each reads its own week.
export const DEICTIC_REACH = 14;

/** The days a deictic expression of a report published on `published` can name. */
const nearReach = (published: number): DayInterval => [published - DEICTIC_REACH, published + DEICTIC_REACH + 1];

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_WORD = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b(?!s)/i;
// A day of the month written next to a month's name ("6 December", "Dec. 6", "December 6th"):
// the day itself is written, only its year may be resolved from the publication date.
const MONTH_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;

// The same, with the month and the day captured (month first, or day first).
const MONTH_DAY_PARTS = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A day of the month written with its month, as month × 100 + day, or null ("Sept. 27": 927). */
function monthDayOf(surface: string): number | null {
  const m = MONTH_DAY_PARTS.exec(surface);
  if (!m) return null;
  const month = MONTHS.indexOf((m[1] ?? m[4]).toLowerCase()) + 1;
  const day = Number(m[2] ?? m[3]);
  return month >= 1 && day >= 1 && day <= 31 ? month * 100 + day : null;
}

type TimeMention = NonNullable<AnnotatedArticle['times']>[number];
// Each article's time expressions sorted by start, built once per article: each sentence reads
// only those from its start on (binary search), where scanning all of them for every sentence
// cost (sentences × expressions), quadratic in the article's length.
const TIMES_BY_START = new WeakMap<AnnotatedArticle, TimeMention[]>();

function timesByStart(a: AnnotatedArticle): TimeMention[] {
  let ts = TIMES_BY_START.get(a);
  if (!ts) {
    // A stable sort: expressions at one offset keep the annotator's order.
    ts = [...(a.times ?? [])].sort((p, q) => p.start - q.start);
    TIMES_BY_START.set(a, ts);
  }
  return ts;
}

/** The index of the first expression starting at or after `start` in a start-sorted list. */
function firstFrom(ts: TimeMention[], start: number): number {
  let lo = 0;
  let hi = ts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ts[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The publication day of an article (its date's first ten characters), or null. */
function publishedDay(a: AnnotatedArticle): number | null {
  const iv = a.published ? intervalOf(a.published.slice(0, 10), 'day') : null;
  return iv && /^\d{4}-\d{2}-\d{2}/.test(a.published!) ? iv[0] : null;
}

/** The dates a span of an article tells of (see the header for what counts). */
export function sentenceTimes(a: AnnotatedArticle, start: number, end: number): SentenceTimes {
  const published = publishedDay(a);
  const dates: DayInterval[] = [];
  const weekdays: number[] = [];
  const days: number[] = [];
  const monthDays: number[] = [];
  let deictic = false;
  const sorted = timesByStart(a);
  for (let k = firstFrom(sorted, start); k < sorted.length && sorted[k].start < end; k++) {
    const t = sorted[k];
    if (t.start < start || t.end > end) continue;
    // A written day of the month of what the sentence tells, resolved or not (writtenDaysDiffer):
    // not a named event's date, not one resolved from another date, not a date of saying or of
    // a dateline (the header's rules).
    if (t.kind === 'date' && t.precision === 'day' && !t.event && t.anchor !== 'text') {
      const md = monthDayOf(a.text.slice(t.start, t.end));
      if (md !== null && !datesSaying(a.text, start, end, t.start, t.end) && !inDateline(a.text, start, t.start, t.end)) monthDays.push(md);
    }
    if ((t.kind !== 'date' && t.kind !== 'time') || !t.value || t.event || t.anchor === 'text') continue;
    const iv = intervalOf(t.value, t.precision);
    if (!iv) continue;
    const surface = a.text.slice(t.start, t.end);
    if (t.precision === 'day' && !datesSaying(a.text, start, end, t.start, t.end) && !inDateline(a.text, start, t.start, t.end)) {
      // The day of what the sentence tells, as written: a weekday's name (whatever date it was
      // resolved to), or a day of the month (weekdayDiffers compares the two).
      const wd = WEEKDAY_WORD.exec(surface);
      if (wd) weekdays.push(WEEKDAY_NAMES.indexOf(wd[1].toLowerCase()));
      if (MONTH_DAY.test(surface)) days.push(iv[0]);
    }
    // A relative day or week is no evidence of its resolved day (header), unless it is a written
    // day of the month; it tells only that the act lies near its report's publication day (a
    // deictic day or week of the act, not of saying or a dateline: nearReach).
    if (t.relative && (t.precision === 'day' || t.precision === 'week') && !MONTH_DAY.test(surface)) {
      if (published !== null && t.anchor === 'published' && !datesSaying(a.text, start, end, t.start, t.end) && !inDateline(a.text, start, t.start, t.end)) deictic = true;
      continue;
    }
    if (t.relative && t.direction !== 'future' && published !== null && iv[0] > published) continue;
    if (datesSaying(a.text, start, end, t.start, t.end) || inDateline(a.text, start, t.start, t.end)) continue;
    dates.push(iv);
  }
  const out: SentenceTimes = { dates, weekdays, days, monthDays };
  if (published !== null) out.published = published;
  if (deictic) out.deictic = true;
  return out;
}

// Verbs of saying whose time is the statement's, not the claim's: "…, officials said Tuesday",
// "said in a statement on Monday", "Tuesday told reporters". Two reports of one claim said on
// different days (a spokesman said it Monday, repeated it Tuesday) still state one claim.
const SAYING = '(?:said|says|say|told|tells|announced|reported|added|stated|declared|confirmed|insisted|testified|wrote|noted|explained|argued|acknowledged|warned)';
// The verb, then at most one word (its object: "told reporters") and a short prepositional
// phrase ("in a statement", "at a news conference"), then an optional preposition or day part;
// never a clause ("said police arrested him Tuesday": Tuesday dates the arrest).
const SAYING_BEFORE = new RegExp(`\\b${SAYING}(?:\\s+[\\w'’-]+)?(?:\\s+(?:in|to|at|during|from|via|with)(?:\\s+[\\w'’-]+){1,3})?\\s+(?:(?:on|late|early|last|this)\\s+)?$`, 'i');
// The time right before the verb ("Tuesday said", "on Monday told"), a comma allowed.
const SAYING_AFTER = new RegExp(`^,?\\s+${SAYING}\\b`, 'i');
// How far before a time expression its verb of saying is looked for (characters).
const SAYING_REACH = 40;

// A dateline's date ("OTTAWA, August 20 (Xinhua) -- The court ruled …"): when the report was
// filed, as a date of saying, not when its claim took place. The place before it (capitalised,
// a comma after it), a credit in brackets at most after it, then the dateline's dash.
const DATELINE_BEFORE = /^[A-Z][A-Za-z .'-]{1,40},\s*$/;
const DATELINE_AFTER = /^\s*(?:\([^)]{1,30}\))?\s*(?:--|_|—|–)\s/;

/** Whether the time expression at [ts, te) is the date of the sentence's dateline. */
function inDateline(text: string, start: number, ts: number, te: number): boolean {
  return DATELINE_BEFORE.test(text.slice(start, ts)) && DATELINE_AFTER.test(text.slice(te, te + 40));
}

// A verb of saying that opens what it reports ("Earlier this week, Adadi said police were
// holding two suspects"): at least this many words follow it. One that closes the sentence
// ("Clinton Thursday ordered air raids, officials said") reports what comes before it.
const REPORTED_WORDS = 5;
const SAYING_WORD = new RegExp(`\\b${SAYING}\\b`, 'i');

/**
 * Whether the time expression at [ts, te) dates a verb of saying of its sentence [start, end):
 * next to it ("said Thursday", "Thursday told"), or anywhere before a verb of saying that opens
 * the reported words ("In Arusha Thursday, Adadi said police are still holding …").
 */
function datesSaying(text: string, start: number, end: number, ts: number, te: number): boolean {
  const before = text.slice(Math.max(start, ts - SAYING_REACH), ts);
  const after = text.slice(te, end);
  if (SAYING_BEFORE.test(before) || SAYING_AFTER.test(after)) return true;
  const verb = SAYING_WORD.exec(after);
  return !!verb && after.slice(verb.index + verb[0].length).split(/\s+/).filter((w) => /\w/.test(w)).length >= REPORTED_WORDS;
}

const overlaps = (p: DayInterval, q: DayInterval): boolean => p[0] < q[1] && q[0] < p[1];

/** The weekday of a day counted since 1970-01-01 (a Thursday): 0 Sunday … 6 Saturday. */
const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

/**
 * One sentence names the weekday of what it tells and the other writes the calendar day, and no
 * weekday of one is the weekday of the other's day: "was killed on Sunday" / "killed by a police
 * bullet on 6 December" (a Saturday). One date has one weekday, so whatever the publication
 * dates (the weekday's own resolution is not used: outlets repeat a claim under the news peg of
 * their own day, which is why resolved relative days are no evidence in datesDiffer), the two
 * tell of different days. A sentence with both ("on Saturday, Dec. 6") agrees with either.
 */
export function weekdayDiffers(x: SentenceTimes, y: SentenceTimes): boolean {
  const named = (s: SentenceTimes): Set<number> => new Set([...(s.weekdays ?? []), ...(s.days ?? []).map(weekdayOf)]);
  const one = (p: SentenceTimes, q: SentenceTimes): boolean => !!p.weekdays?.length && !!q.days?.length;
  if (!one(x, y) && !one(y, x)) return false;
  const nx = named(x);
  for (const d of named(y)) if (nx.has(d)) return false;
  return true;
}

/**
 * Both sentences date what they tell and no time of one overlaps a time of the other: their
 * dates, and — when their reports are further apart than twice the deictic reach — a deictic day
 * or week of one against the other's dates, as the reach round its own report's publication day
 * (nearReach): "struck … on Sunday" in a report of 20 May is not "struck … in January" in one of
 * 3 March; "a dead crow found … this week" in a September report is not "In October, an infected
 * bird was found" in an April one. The reach, not the resolved day, is compared: a weekday
 * resolved the wrong way round lies a week off, and two reports a month apart are further apart
 * than either can be wrong.
 *   - Reports of one news cycle (reaches that overlap) are not compared by their deictic days:
 *     there a date the other sentence gives that misses the reach dates another clause ("X, who
 *     led the fund in 2017, was arrested" / "X was arrested Tuesday"; "severed after a confession
 *     last month" / "severed last week"), not the shared act.
 *   - Two deictic days are not compared with each other, however far apart their reports ("on
 *     Sunday" in March / "on Sunday" in May): on the DUC 2006 held-out topics that separated 14
 *     labelled pairs of one claim for one of different claims (4 for none with a present-tense
 *     "today" left out), as session 19 found for resolved relative days: outlets retell one claim
 *     under the news peg of their own day (docs/coverage-judgements.md, session 21).
 */
export function datesDiffer(x: SentenceTimes, y: SentenceTimes): boolean {
  const apart = x.published !== undefined && y.published !== undefined && !overlaps(nearReach(x.published), nearReach(y.published));
  const tx = apart && x.deictic && !y.deictic ? [...x.dates, nearReach(x.published!)] : x.dates;
  const ty = apart && y.deictic && !x.deictic ? [...y.dates, nearReach(y.published!)] : y.dates;
  if (!tx.length || !ty.length) return false;
  return !tx.some((p) => ty.some((q) => overlaps(p, q)));
}

/**
 * Both sentences write the day of the month of what they tell and no written day of one is a
 * written day of the other ("pleaded guilty on April 27" / "pleaded guilty Sept. 27"): one day
 * has one month and one day of the month, whatever its year, so the two tell of different days.
 * datesDiffer compares resolved dates; a written day the annotator could not resolve (no
 * publication date gives it a year) is compared here by its words. Either sentence writing no
 * such day gives no evidence.
 */
export function writtenDaysDiffer(x: SentenceTimes, y: SentenceTimes): boolean {
  if (!x.monthDays?.length || !y.monthDays?.length) return false;
  return !x.monthDays.some((d) => y.monthDays!.includes(d));
}

/** A clock time written with a colon ("20:36:08", "10:06 p.m."): hour, then minute (and second). */
const CLOCK = /\b(?:[01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?\b/g;

/**
 * Two sentences that each give a clock time for what they tell and share no minute: two moments,
 * so two events ("It took place at 20:36:08 local time" / "It took place at 23:49:56 local
 * time": two aftershocks, told alike, three months apart). The minute, not the hour, is compared:
 * one moment told in two time zones ("10:06 p.m. PDT" / "1:06 a.m. EDT", "local time" / "UTC")
 * keeps its minutes, since zones differ by whole hours. Read on the words, since a time of day
 * the annotator resolves against the report's own day would not meet the other report's.
 */
export function clockTimesDiffer(a: string, b: string): boolean {
  const minutes = (s: string): Set<string> => new Set([...s.matchAll(CLOCK)].map((m) => m[1] + (m[2] !== undefined ? `:${m[2]}` : '')));
  const ma = minutes(a);
  const mb = minutes(b);
  if (!ma.size || !mb.size) return false;
  const minuteOf = (k: string): string => k.slice(0, 2);
  for (const x of ma) for (const y of mb) if (minuteOf(x) === minuteOf(y) && (x.length === 2 || y.length === 2 || x === y)) return false;
  return true;
}
