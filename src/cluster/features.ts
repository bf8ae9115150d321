/**
 * Story-clustering features of one article, computed once and independent of any corpus:
 * content-word stems, names (capitalised sequences), specifics (numbers, years, calendar dates),
 * the publication day (from metadata or, failing that, a date written in the URL), and the
 * word shingles used to recognise wire copies. Self-contained on purpose: clustering must run on
 * raw records (the `cluster` command reads JSON Lines without the annotate stage), and it must be
 * cheap (100,000 articles in minutes), so this is a handful of regular expressions, not the
 * annotator. Weighting (idf) and comparison live in clusterer.ts.
 */
import { stemmer } from 'stemmer';
import type { ClusterDoc } from './clusterer.js';

/** Feature channels: compared separately, then mixed with per-channel weights (ClusterParams). */
export const CONTENT = 0;
export const NAMES = 1;
export const SPECIFICS = 2;
export const CHANNELS = 3;

export interface PreparedDoc {
  id: string;
  /** Feature keys ("w:stem", "e:name", "n:6.1", "y:2008", "d:12-09", "m:2008-12") and their counts. */
  terms: Map<string, number>;
  /**
   * The event's day, days since 1970-01-01: the publication date, else a date in the URL, else the
   * first full date written in the headline, standfirst, dateline or lead; null when none says.
   */
  day: number | null;
  /**
   * The event's own year: the year of `day`, else the year of a month-and-year date in the
   * headline or lead ("March 2013"); null when unknown. Only this year is compared between two
   * articles (never any year the text mentions: background years say nothing about the event).
   */
  year: number | null;
  /** 32-bit hashes of the word 4-shingles (distinct), for near-duplicate detection. */
  shingles: Uint32Array;
}

/** The channel a feature key belongs to (its one-letter prefix). */
export function channelOf(key: string): number {
  const c = key.charCodeAt(0);
  if (c === 119 /* w */) return CONTENT;
  if (c === 101 /* e */) return NAMES;
  return SPECIFICS;
}

// Function words and reporting verbs carry no information about which event an article reports;
// idf would discount them anyway, but dropping them keeps vectors short and early-stream idf sane.
const STOP = new Set(
  (
    'a about above after again against all almost also although am among an and another any are around as at be because been before being ' +
    'below between both but by can could did do does doing done down during each either else even ever every few for from further ' +
    'get gets got had has have having he her here hers herself him himself his how however i if in into is it its itself just ' +
    'least less let like made make many may me might more most much must my myself near neither no nor not now of off often on once ' +
    'one only or other others our ours ourselves out over own per perhaps rather same say says said saying she should since so some ' +
    'still such than that the their theirs them themselves then there these they this those though through thus to too toward ' +
    'towards under until up upon us very via was we were what when where whether which while who whom whose why will with within ' +
    'without would yet you your yours yourself told tell tells according reported reports report reportedly added adding ' +
    'including include includes new news week weeks day days year years time times another already yesterday today tomorrow ' +
    'monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr two three four five six seven eight nine ten'
  ).split(' '),
);

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

// Capitalised words that are not names of anything specific to an event: calendar words,
// function words, titles, and the pronoun I. Kept out of the names channel so that "Tuesday"
// does not tie two stories together.
const NOT_NAMES = new Set(
  (
    'i monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september ' +
    'october november december mr mrs ms dr the a an it he she they we this that these those but and or in on at for' +
    ' of to by as if when after before while his her its their our my your there here what who how why' +
    // Titles: capitalised before a name, but shared by every story with a president or a mayor.
    ' president vice prime minister secretary governor mayor senator sen rep representative judge justice king queen prince' +
    ' princess pope chancellor general gen colonel col captain capt sergeant sgt officer chief director chairman ceo coach' +
    ' spokesman spokeswoman professor prof sir lord lady'
  ).split(' '),
);

// Lower-case words allowed inside a name ("Bank of England", "Ali al-Sharaa", "Ludwig van Beethoven").
const NAME_LINKS = new Set(['of', 'de', 'du', 'da', 'del', 'della', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'la', 'le']);

const stemCache = new Map<string, string>();
/** Porter stem, memoised: a corpus has few distinct words and stemming is the costly step. */
function stem(w: string): string {
  let s = stemCache.get(w);
  if (s === undefined) {
    s = stemmer(w);
    if (stemCache.size > 500_000) stemCache.clear(); // bound memory on unbounded vocabularies
    stemCache.set(w, s);
  }
  return s;
}

/** FNV-1a over a string: a fast, deterministic 32-bit hash for shingles. */
export function hash32(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const DAY_MS = 86_400_000;

function dayOf(y: number, m: number, d: number): number | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** Publication day from an ISO-like date string, or null. */
export function parseDay(published: string | null | undefined): number | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (m) return dayOf(+m[1], +m[2], +m[3]);
  const t = Date.parse(published);
  return Number.isFinite(t) ? Math.floor(t / DAY_MS) : null;
}

/**
 * A date written in a news URL (/2013/05/03/, /2013/may/03/, -20130504): many outlets put the
 * publication date in the path, and it is often the only date a scraped record has.
 */
export function urlDay(url: string | null | undefined): number | null {
  if (!url) return null;
  let m = /\/((?:19|20)\d\d)\/(\d{1,2}|[a-z]{3,9})\/(\d{1,2})(?:\/|$)/i.exec(url);
  if (m) {
    const mon = /^\d+$/.test(m[2]) ? +m[2] : MONTHS[m[2].toLowerCase()];
    if (mon) return dayOf(+m[1], mon, +m[3]);
  }
  m = /[-_/]((?:19|20)\d\d)(\d\d)(\d\d)(?:\D|$)/.exec(url);
  if (m) return dayOf(+m[1], +m[2], +m[3]);
  return null;
}

// A token: a word (letters, inner apostrophes/hyphens) or a number (inner , . : allowed).
// Initialisms ("U.S.", "U.N.") are one token: split at the dots they became names "u" and "s".
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*|\p{N}+(?:[.,:]\p{N}+)*/gu;
const UPPER_RE = /^\p{Lu}/u;
const DOTTED = /^(?:\p{L}\.){2,}$/u;
/**
 * The names-channel key of one name word: a dotted initialism without its dots ("u.s." → "us"),
 * so that "U.S." and "US" are one name (outlets differ in house style, not in what they name).
 */
function nameKey(lower: string): string {
  return lower.length > 2 && lower.endsWith('.') && DOTTED.test(lower) ? lower.replace(/\./g, '') : lower;
}

interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** First word of a sentence (where a capital says nothing about names). */
  sentStart: boolean;
  /** Only spaces or tabs separate it from the previous token (names are adjacent words). */
  adjacent: boolean;
  upper: boolean;
  word: boolean;
}

/** Capitalised? ASCII fast path; the Unicode class only for other scripts. */
function isUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_RE.test(t);
}

function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  let lastEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    // Scan the gap once: a sentence starts after a line break or after . ! ? followed by space
    // (abbreviations like "U.S." are rare enough in names that a wrong sentence start only
    // costs one sentence-initial word).
    let sentStart = toks.length === 0;
    let adjacent = toks.length > 0;
    let stop = false;
    for (let i = lastEnd; i < m.index; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        sentStart = true;
        adjacent = false;
      } else if (c === 32 || c === 9) {
        if (stop) sentStart = true;
      } else {
        adjacent = false;
        if (c === 46 || c === 33 || c === 63) stop = true;
      }
    }
    let t = m[0];
    const last = t.charCodeAt(t.length - 1);
    if (last === 39 || last === 8217 || last === 45 || last === 115 || last === 83) {
      t = t.replace(/['’]s$/i, '').replace(/['’-]+$/, '') || m[0];
    }
    const c0 = t.charCodeAt(0);
    const word = !(c0 >= 48 && c0 <= 57) && !/^\p{N}/u.test(t);
    toks.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + m[0].length, sentStart, adjacent, upper: word && isUpper(t), word });
    lastEnd = m.index + m[0].length;
  }
  return toks;
}

function add(map: Map<string, number>, key: string, n = 1): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

export const FEATURE_OPTS = { leadSentences: 2, leadBoost: 2, seqWeight: 1 };

/** End of the lead (headline and first sentences), which names the event in news writing. */
function leadLimit(text: string): number {
  const re = /[.!?]["”’)\]]*\s|\n/g;
  let end = 0;
  for (let i = 0; i < FEATURE_OPTS.leadSentences; i++) {
    const m = re.exec(text);
    if (!m) return text.length;
    end = m.index + m[0].length;
  }
  return end;
}

const MONTH_RE = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
// Full dates as datelines and leads write them: "March 3, 2013", "3 March 2013", "2013-03-03",
// "6 / 6 / 2013" (month first, as US datelines write it). Flat alternatives, no nested
// quantifiers, applied to a bounded prefix only.
const FULL_DATE = new RegExp(
  `\\b(?:(${MONTH_RE})\\.? (\\d{1,2}),? ((?:19|20)\\d\\d)|(\\d{1,2}) (${MONTH_RE})\\.?,? ((?:19|20)\\d\\d)|((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)|(\\d{1,2}) ?/ ?(\\d{1,2}) ?/ ?((?:19|20)\\d\\d))\\b`,
  'i',
);
const MONTH_YEAR = new RegExp(`\\b(?:${MONTH_RE})\\.?,? ((?:19|20)\\d\\d)\\b`, 'i');
/** How far into the headline, header lines and lead a date of the event is looked for. */
const LEAD_DATE_CHARS = 600;

/**
 * The event's date written in the first lines (headline, standfirst, dateline, lead): the first
 * full date, else the year of the first month-and-year. A year alone is not taken: in a lead it is
 * as often background ("the 1995 bombing") as the event's.
 */
export function leadDate(lead: string): { day: number | null; year: number | null } {
  const head = lead.slice(0, LEAD_DATE_CHARS);
  const m = FULL_DATE.exec(head);
  if (m) {
    let day: number | null = null;
    if (m[1]) day = dayOf(+m[3], MONTHS[m[1].toLowerCase()], +m[2]);
    else if (m[4]) day = dayOf(+m[6], MONTHS[m[5].toLowerCase()], +m[4]);
    else if (m[7]) day = dayOf(+m[7], +m[8], +m[9]);
    else if (m[10]) day = dayOf(+m[12], +m[10], +m[11]);
    if (day !== null) return { day, year: new Date(day * DAY_MS).getUTCFullYear() };
  }
  const y = MONTH_YEAR.exec(head);
  return { day: null, year: y ? +y[1] : null };
}

/**
 * A headline in Title Case ("Senator Vows To Fight On") capitalises every word, so its capitals
 * say nothing about names, as at a sentence start: a line counts as Title Case when it does not
 * end as a sentence does, at least three of its words of four letters or more are capitalised
 * and at most one is not (a sentence dense with names still has its verbs in lower case).
 */
function isTitleCase(line: string): boolean {
  if (/[.!?]["”’)]*\s*$/.test(line)) return false;
  let long = 0;
  let caps = 0;
  for (const w of line.split(/\s+/)) {
    const word = w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (word.length < 4) continue;
    long++;
    if (isUpper(word) && word !== word.toUpperCase()) caps++;
  }
  return caps >= 3 && long - caps <= 1;
}

/**
 * The latest year an undated article names: news reports an event in its present, and the years
 * it looks back to (the 1995 murder, the 2008 final) are earlier than the event, so the latest year
 * named is the best guess of the event's year when no date says. Null when it names none.
 */
function latestYear(terms: Map<string, number>): number | null {
  let y = 0;
  for (const k of terms.keys()) if (k.startsWith('y:')) y = Math.max(y, +k.slice(2));
  return y || null;
}

/** A month name as a date writes it: capitalised, in full or abbreviated ("Dec", "Dec."), not "may". */
function isMonthTok(t: Tok): boolean {
  return t.word && t.upper && MONTHS[t.lower] !== undefined && (t.lower.length > 3 || /^[A-Z][a-z]{2}\.?$/.test(t.text));
}

/** Everything clustering needs from one article, computed once. */
export function prepareDoc(doc: ClusterDoc): PreparedDoc {
  // Headline, standfirst and dateline first (the title once: it is often also a header line).
  const head = doc.header ?? [];
  const lines = doc.title && !head.includes(doc.title) ? [doc.title, ...head] : [...head];
  const body = lines.length ? `${lines.join('\n')}\n${doc.text}` : doc.text;
  const toks = tokenize(body);
  const terms = new Map<string, number>();
  const leadEnd = leadLimit(body);
  const boostAt = (pos: number): number => (pos < leadEnd ? FEATURE_OPTS.leadBoost : 1);

  // Title-Case lines (the headline, or the text's first line when it is a headline): their
  // capitals are treated like sentence starts.
  const caseRanges: Array<[number, number]> = [];
  let at = 0;
  const firstLineEnd = doc.text.indexOf('\n');
  const textLines = [...lines, doc.text.slice(0, firstLineEnd < 0 ? doc.text.length : firstLineEnd)];
  for (const line of textLines) {
    if (isTitleCase(line)) caseRanges.push([at, at + line.length]);
    at += line.length + 1;
  }
  if (caseRanges.length) {
    for (const t of toks) if (caseRanges.some(([a, b]) => t.start >= a && t.start < b)) t.sentStart = true;
  }

  // A capital at the start of a sentence says nothing; there a word counts as a name only if
  // the article also capitalises it mid-sentence ("Reid said…" after "Tara Reid checked in…"),
  // so "Officials said…" does not make "Officials" a name.
  const midCaps = new Set<string>();
  for (const t of toks) if (t.upper && !t.sentStart) midCaps.add(t.lower);

  const isNameTok = (t: Tok): boolean => {
    if (!t.upper || NOT_NAMES.has(t.lower)) return false;
    return !t.sentStart || midCaps.has(t.lower);
  };
  // The outlet's own house names ("Fox News Poll", "Times Insider") tie its stories together, not
  // an event's reports: a name that contains the outlet's name is left out.
  const outletName = (doc.outlet ?? '').toLowerCase().replace(/^the\s+/, '').trim();
  const houseName = (name: string): boolean => outletName.length >= 3 && name.includes(outletName);

  let run: Tok[] = [];
  const flushName = (): void => {
    // Drop trailing linking words ("Bank of" → "Bank").
    while (run.length && !run[run.length - 1].upper) run.pop();
    if (run.length && !houseName(run.map((t) => t.lower).join(' '))) {
      const b = boostAt(run[0].start);
      for (const t of run) if (t.upper) add(terms, 'e:' + nameKey(t.lower), b);
      if (run.length > 1) add(terms, 'e:' + run.map((t) => t.lower).join(' '), b * FEATURE_OPTS.seqWeight);
    }
    run = [];
  };

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const adjacent = t.adjacent;
    if (t.word) {
      // Content channel: stems of content words.
      if (t.lower.length >= 3 && !STOP.has(t.lower)) add(terms, 'w:' + stem(t.lower), boostAt(t.start));
      // Names channel: runs of adjacent capitalised words.
      if (isNameTok(t) && (run.length === 0 || adjacent)) {
        run.push(t);
      } else if (run.length && adjacent && NAME_LINKS.has(t.lower) && i + 1 < toks.length && toks[i + 1].upper) {
        run.push(t);
      } else {
        flushName();
        if (isNameTok(t)) run.push(t);
      }
      // Specifics: calendar dates "December 12", "December 2008", "12 December".
      const mon = MONTHS[t.lower];
      if (isMonthTok(t)) {
        const next = toks[i + 1];
        const prev = toks[i - 1];
        const mm = String(mon).padStart(2, '0');
        if (next && /^\d{1,2}$/.test(next.text) && +next.text >= 1 && +next.text <= 31) add(terms, `d:${mm}-${next.text.padStart(2, '0')}`);
        else if (prev && /^\d{1,2}$/.test(prev.text) && +prev.text >= 1 && +prev.text <= 31) add(terms, `d:${mm}-${prev.text.padStart(2, '0')}`);
        const yearTok = next && /^(19|20)\d\d$/.test(next.text) ? next : toks[i + 2] && /^(19|20)\d\d$/.test(toks[i + 2].text) ? toks[i + 2] : null;
        if (yearTok) add(terms, `m:${yearTok.text}-${mm}`);
      }
    } else {
      flushName();
      // Specifics: numbers. Years get their own key; other numbers are normalised (no commas).
      const n = t.text.replace(/,/g, '');
      // The day of a calendar date ("June 2", "2 June") is part of its "d:" key above, not a
      // figure: as "n:2" it would tie the date to "2 people" elsewhere, and give a report that
      // states only a date a figure (disjoint specifics compares figures with figures, clusterer.ts).
      const isDay = /^\d{1,2}$/.test(n) && ((i > 0 && isMonthTok(toks[i - 1])) || (i + 1 < toks.length && isMonthTok(toks[i + 1])));
      if (/^(19|20)\d\d$/.test(n)) add(terms, 'y:' + n);
      else if (isDay) continue;
      else if (/^\d+(\.\d+)?$/.test(n) && n !== '0' && n !== '1') add(terms, 'n:' + n.replace(/\.0+$/, ''));
    }
  }
  flushName();

  // Word 4-shingles over all lower-cased tokens (function words included: copies share them too).
  const sh = new Set<number>();
  const th = new Uint32Array(toks.length);
  for (let i = 0; i < toks.length; i++) th[i] = hash32(toks[i].lower);
  if (toks.length < 4) {
    if (toks.length) sh.add(hash32(toks.map((t) => t.lower).join(' ')));
  } else {
    for (let i = 0; i + 4 <= toks.length; i++) {
      // Order-sensitive combination of the four word hashes.
      let h = th[i];
      h = (Math.imul(h, 0x01000193) ^ th[i + 1]) >>> 0;
      h = (Math.imul(h, 0x01000193) ^ th[i + 2]) >>> 0;
      h = (Math.imul(h, 0x01000193) ^ th[i + 3]) >>> 0;
      sh.add(h);
    }
  }
  const shingles = Uint32Array.from(sh).sort();

  // The event's date: publication, else the URL's date, else the first lines' own date.
  const lead = leadDate(body.slice(0, leadEnd + LEAD_DATE_CHARS));
  const day = parseDay(doc.published) ?? urlDay(doc.url) ?? lead.day;
  const year = day !== null ? new Date(day * DAY_MS).getUTCFullYear() : (lead.year ?? latestYear(terms));
  return { id: doc.id, terms, day, year, shingles };
}
