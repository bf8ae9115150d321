/**
 * Publication dates as news pages print them ("Wednesday, October 15, 2025", "15 Oct 2025
 * 07:36 PM", "Published date: 11 February 2026 09:15 GMT", "2026-02-10T21:40:00+01:00") → ISO
 * 8601. Only complete dates count (day, month and year written out): a page that says less has
 * no date we can state. Ambiguous numeric forms (03/04/2025) are refused rather than guessed.
 */
import { compiledOnce } from '../core/regex.js';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\\.?,?\\s+)?';
const ORD = '(?:st|nd|rd|th)?';

const ISO_RE = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/;
const MDY_RE = new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})\\b`, 'i');
const DMY_RE = new RegExp(`\\b${WEEKDAY}(\\d{1,2})${ORD}\\.?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i');
// Dotted numeric dates are day-first wherever they are used (Europe); slashed ones are not safe.
// Scraped text may space them out ("08. 07. 2012", "05 / 02 / 2013").
const DOTTED_RE = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/;
const SLASHED_RE = /\b(\d{1,2})\s?\/\s?(\d{1,2})\s?\/\s?(\d{4})\b/;
// Year first ("2012. 08. 08", "2012/08/08") is year-month-day in every locale that writes it.
const YMD_RE = /\b(\d{4})\s?([./])\s?(\d{1,2})\s?\2\s?(\d{1,2})\b/;

/** Zone abbreviations that are unambiguous in news pages. IST (India/Ireland/Israel) is not. */
const ZONES: Record<string, string> = {
  Z: 'Z', GMT: 'Z', UTC: 'Z', WET: 'Z', BST: '+01:00', CET: '+01:00', WEST: '+01:00', CEST: '+02:00',
  EET: '+02:00', EEST: '+03:00', MSK: '+03:00', EST: '-05:00', EDT: '-04:00', CST: '-06:00',
  CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00', JST: '+09:00',
  KST: '+09:00', AEST: '+10:00', AEDT: '+11:00',
};
/**
 * A clock time as pages print it, also with the spacing that scraping leaves: "07:36 PM",
 * "5: 03pm", "12: 52 p. m.", "2: 48: 40 PM", "02. 16PM", "5: 03p" (a cut-off "pm"). Groups: hour,
 * separator, minutes, seconds, am/pm. (A space after a full stop is taken only with am/pm or a
 * zone: "2013. 12 people …" is no time; see clockOf.)
 */
const CLOCK = String.raw`(\d{1,2})(?:\s?([:.])\s?(\d{2})(?:\s?:\s?(\d{2}))?)?\s*((?:[ap]\.?\s?m\b\.?)|[ap](?![a-z]))?`;
/** A zone after a time: "GMT", "ET", "(CNA)"-free abbreviations, "GMT+05: 00". Groups: abbr, sign, hh, mm. */
const ZONE = String.raw`(?:\s*\(?\s*([A-Z]{1,4})\b\s*(?:([+-])\s*(\d{1,2})(?:\s?:?\s?(\d{2}))?)?\)?)?`;
const TIME_AFTER = new RegExp(String.raw`^\s*(?:,|at|@|-|–|—|\||·|\/)?\s*` + CLOCK + ZONE, 'i');
const TIME_BEFORE = new RegExp(CLOCK + String.raw`(?:\s*\(?([A-Z]{1,4})\)?)?\s*(?:,|on|-|–|\||·)?\s*$`, 'i');
/** Any clock time with its zone, to blank times out of a dateline's other words ("Last updated at 11: 11 GMT"). */
export const CLOCK_TIME = new RegExp(String.raw`\b\d{1,2}\s?:\s?\d{2}(?:\s?:\s?\d{2})?(?:\s*(?:[ap]\.?\s?m\b\.?|[ap](?![a-z])))?(?:\s*\(?(?:[A-Z]{1,4})\b(?:\s*[+-]\s*\d{1,2}(?:\s?:?\s?\d{2})?)?\)?)?|\b\d{1,2}\s?(?:[ap]\.\s?m\.|[ap]m\b)(?:\s*[A-Z]{2,4}\b)?`, 'gi');

export interface FoundDate {
  /** ISO 8601: YYYY-MM-DD, or YYYY-MM-DDTHH:MM[:SS][zone] when the time is printed. */
  iso: string;
  /** Where the date (with its time) starts and ends in the searched string. */
  start: number;
  end: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function zoneOf(abbr: string | undefined, sign?: string, hh?: string, mm?: string): string {
  if (!abbr) return '';
  const up = abbr.toUpperCase();
  if ((up === 'GMT' || up === 'UTC') && sign && hh) return `${sign}${pad(Number(hh))}:${pad(Number(mm ?? 0))}`;
  return ZONES[up] ?? '';
}

/**
 * The clock time of a CLOCK match (groups from `i`), or null: minutes are needed unless am/pm is
 * printed ("2 A. M."), and a full stop followed by a space separates hours from minutes only
 * when am/pm or a zone follows ("08. 23 BST", not "2013. 12 people").
 */
function clockOf(m: RegExpExecArray, i: number, zone: string | undefined): string | null {
  const [h, sep, mi, sec, ampm] = [m[i], m[i + 1], m[i + 2], m[i + 3], m[i + 4]];
  // A cut-off "p"/"a" counts only glued to the minutes ("5: 03p"), never "5 a day".
  if (ampm && ampm.length === 1 && (mi === undefined || !new RegExp(String.raw`\d${ampm}`).test(m[0]))) return null;
  if (mi === undefined) return ampm ? clock(h, '0', undefined, ampm) : null;
  if (sep === '.' && /\.\s/.test(m[0]) && !ampm && !zone) return null;
  return clock(h, mi, sec, ampm);
}

function clock(h: string, mi: string, s: string | undefined, ampm: string | undefined): string | null {
  let hour = Number(h);
  const minute = Number(mi);
  if (minute > 59) return null;
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    const pm = /^p/i.test(ampm);
    hour = (hour % 12) + (pm ? 12 : 0);
  } else if (hour > 23) return null;
  return `${pad(hour)}:${pad(minute)}${s ? `:${pad(Number(s))}` : ''}`;
}

/** The first complete date in `s`, with the time printed next to it if any. */
export function findDate(s: string): FoundDate | null {
  if (!/\d{4}/.test(s)) return null; // every complete date has a four-digit year: skip the rest cheaply
  const iso = ISO_RE.exec(s);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (validDay(y, m, d)) {
      let out = `${iso[1]}-${iso[2]}-${iso[3]}`;
      if (iso[4]) {
        const t = clock(iso[4], iso[5], iso[6], undefined);
        if (t) {
          const z = iso[7] ? (iso[7] === 'Z' ? 'Z' : iso[7].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')) : '';
          out += `T${t}${z}`;
        }
      }
      return { iso: out, start: iso.index, end: iso.index + iso[0].length };
    }
  }
  type Hit = { y: number; m: number; d: number; start: number; end: number };
  const hits: Hit[] = [];
  const mdy = MDY_RE.exec(s);
  if (mdy) hits.push({ y: Number(mdy[3]), m: MONTHS[mdy[1].toLowerCase().replace('.', '')], d: Number(mdy[2]), start: mdy.index, end: mdy.index + mdy[0].length });
  const dmy = DMY_RE.exec(s);
  if (dmy) hits.push({ y: Number(dmy[3]), m: MONTHS[dmy[2].toLowerCase().replace('.', '')], d: Number(dmy[1]), start: dmy.index, end: dmy.index + dmy[0].length });
  const dot = DOTTED_RE.exec(s);
  if (dot) hits.push({ y: Number(dot[3]), m: Number(dot[2]), d: Number(dot[1]), start: dot.index, end: dot.index + dot[0].length });
  const ymd = YMD_RE.exec(s);
  if (ymd) hits.push({ y: Number(ymd[1]), m: Number(ymd[3]), d: Number(ymd[4]), start: ymd.index, end: ymd.index + ymd[0].length });
  const sl = SLASHED_RE.exec(s);
  if (sl) {
    const a = Number(sl[1]);
    const b = Number(sl[2]);
    // Only when one reading is impossible: 25/10/2025 is day-first, 10/25/2025 month-first;
    // 6/6/2013 reads the same both ways.
    if (a > 12 && b <= 12) hits.push({ y: Number(sl[3]), m: b, d: a, start: sl.index, end: sl.index + sl[0].length });
    else if ((b > 12 && a <= 12) || a === b) hits.push({ y: Number(sl[3]), m: a, d: b, start: sl.index, end: sl.index + sl[0].length });
  }
  hits.sort((p, q) => p.start - q.start);
  for (const h of hits) {
    if (!h.m || !validDay(h.y, h.m, h.d)) continue;
    const t = withTime(s, h.start, h.end);
    return { iso: `${h.y}-${pad(h.m)}-${pad(h.d)}${t.time}`, start: t.start, end: t.end };
  }
  return null;
}

/** The clock time printed right after (or else right before) the date at start–end: "T…" or "". */
function withTime(s: string, start: number, end: number): { time: string; start: number; end: number } {
  const after = TIME_AFTER.exec(s.slice(end));
  const ta = after ? clockOf(after, 1, after[6]) : null;
  if (after && ta) return { time: `T${ta}${zoneOf(after[6], after[7], after[8], after[9])}`, start, end: end + after[0].length };
  const before = TIME_BEFORE.exec(s.slice(Math.max(0, start - 30), start));
  const tb = before ? clockOf(before, 1, before[6]) : null;
  if (before && tb) return { time: `T${tb}${zoneOf(before[6])}`, start: start - before[0].length, end };
  return { time: '', start, end };
}

/**
 * A numeric date findDate refuses because it reads two ways ("05 / 02 / 2013": 5 February or
 * May 2?), with its time: where it stands, so that a line holding only such a date can still be
 * recognised as a dateline — without a date.
 */
export function findAmbiguousDate(s: string): { start: number; end: number } | null {
  if (findDate(s)) return null;
  const sl = SLASHED_RE.exec(s);
  if (!sl) return null;
  const [a, b, y] = [Number(sl[1]), Number(sl[2]), Number(sl[3])];
  if (a > 12 || b > 12 || !validDay(y, a, b) || !validDay(y, b, a)) return null;
  const t = withTime(s, sl.index, sl.index + sl[0].length);
  return { start: t.start, end: t.end };
}

/**
 * The place-and-date line that opens a wire story's first paragraph: "WINNIPEG, Canada, August
 * 7 (Xinhua) --", "WASHINGTON, Oct. 15 (Reuters) -", "NEW YORK, March 3, 2011 /PRNewswire/ --".
 * The place is capitalised, at most two comma-separated parts; the date is a month and day, with
 * or without its year; an agency in brackets or slashes may follow; a dash (or "_", AP's
 * transmission dash) ends it. Anchored at the start and bounded: linear.
 */
const WIRE_MONTH = `((?:${['Jan(?:uary)?', 'Feb(?:ruary)?', 'Mar(?:ch)?', 'Apr(?:il)?', 'May', 'June?', 'July?', 'Aug(?:ust)?', 'Sept?(?:ember)?', 'Oct(?:ober)?', 'Nov(?:ember)?', 'Dec(?:ember)?']
  .flatMap((n) => [n, n.replace(/[a-z]/g, (c) => c.toUpperCase())])
  .join('|')})\\.?)`;
const WIRE_DATELINE = new RegExp(
  String.raw`^\s*\p{Lu}[\p{L} .'’-]{1,40}(?:,\s*\p{Lu}[\p{L} .'’-]{1,30})?,\s*${WIRE_MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\s*(?:\([^()\n]{1,40}\)|\/[^/\n]{1,40}\/)?\s*(?:--|[-—–_:])`,
  'u',
);

/**
 * The day a wire story's own dateline gives it, as YYYY-MM-DD, or null. This is the day the
 * reporter filed the story: what its "today", "yesterday" and bare weekdays count from. A
 * dateline with a year is complete. One without a year takes the year that puts it at most ten
 * days before (or one day after, for zones) the `published` date: wire services and archives
 * stamp a story with its transmission or crawl date, often the day after the dateline ("August
 * 7" in a story stamped 1999-08-08). A dateline further off is not trusted (it may be a date in
 * the story, not the filing date), nor one with no publication date to give its year.
 */
export function wireDatelineDay(text: string, published: string | null): string | null {
  const m = compiledOnce(WIRE_DATELINE).exec(text.slice(0, 160));
  if (!m) return null;
  const month = MONTHS[m[1].toLowerCase().replace('.', '')];
  const d = Number(m[2]);
  if (m[3]) return validDay(Number(m[3]), month, d) ? `${m[3]}-${pad(month)}-${pad(d)}` : null;
  const p = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  if (!p) return null;
  const pubT = Date.UTC(Number(p[1]), Number(p[2]) - 1, Number(p[3]));
  for (const y of [Number(p[1]), Number(p[1]) - 1, Number(p[1]) + 1]) {
    if (!validDay(y, month, d)) continue;
    const days = (Date.UTC(y, month - 1, d) - pubT) / 86400000;
    if (days >= -10 && days <= 1) return `${y}-${pad(month)}-${pad(d)}`;
  }
  return null;
}
