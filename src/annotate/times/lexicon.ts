/**
 * Word resources of the time-expression rules (HeidelTime keeps such lists as "normalization"
 * resources beside its patterns): month, weekday, season and unit names, number words, and
 * the regex fragments built from them. Fragments are alternations of fixed words only — no
 * nested quantifiers — so every pattern built from them runs in linear time.
 */

/** "[Tt]oday|[Nn]ow": a word list that may open a sentence (first letter either case). */
export function words(...list: string[]): string {
  return `(?:${list.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})`;
}

export const MONTH = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
export const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
/**
 * Days of the month as broadcast transcripts and spoken quotes spell them: "March eighth",
 * "February twenty-third", "the fifteenth of March" (the numeric forms are the press's). Not
 * before a hyphen or a noun they would count ("May first-time buyers", "March third quarter"):
 * DAY_SPELLED_END.
 */
const ORD_ONES = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth';
const DAY_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30,
};
const DAY_SPELLED_END = String.raw`(?![\p{L}-]|\s+(?:time|times|place|half|quarter|period|round|term|day|week|year|month|hour)\b)`;
export const DAY_SPELLED = String.raw`(?:(?:twenty|thirty)[\s-](?:${ORD_ONES})|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|${ORD_ONES})${DAY_SPELLED_END}`;
/** A day in digits only: where a spelled ordinal would be read wrongly ("the first March in a decade"). */
export const DAY_NUM = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
export const DAY = String.raw`(?:${DAY_NUM}|${DAY_SPELLED})`;

/** A day of the month written in digits ("15", "15th") or spelled ("fifteenth", "twenty-third"); NaN when neither. */
export function dayNumber(s: string): number {
  if (/^\d/.test(s)) return parseInt(s, 10);
  const w = s.toLowerCase().replace(/\s+/g, ' ');
  const m = /^(twenty|thirty)[ -]([a-z]+)$/.exec(w);
  if (m) return (m[1] === 'twenty' ? 20 : 30) + (DAY_ORDINALS[m[2]] ?? NaN);
  return DAY_ORDINALS[w] ?? NaN;
}
export const YEAR_NUM = String.raw`(?:1[89]\d\d|20\d\d)`;
/** Years as broadcast transcripts spell them: "nineteen ninety-six". */
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
export const YEAR_SPELLED = String.raw`(?:[Nn]ineteen\s+(?:${TENS})(?:[\s-](?:${ONES}))?|(?:the\s+year\s+)?two\s+thousand)`;
export const YEAR = `(?:${YEAR_NUM}|${YEAR_SPELLED})`;

/** Cardinal counts for durations: digits, number words, and vague counts ("several", "a few"). */
export const NUM = String.raw`(?:\d{1,3}(?:,\d{3})?|${words(...TENS.split('|'))}(?:-(?:${ONES}))?|${words(...ONES.split('|'), 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen')}|${words('a hundred', 'hundreds of', 'a couple of', 'a few', 'a half', 'a', 'an', 'several', 'few', 'many', 'some')})`;
export const UNIT = '(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centuries)';

export const MONTH_INDEX: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
export const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
export const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
export const SEASON: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
/** TIMEX3 parts of the day. */
export const DAY_PART: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };

const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, 'a hundred': 100,
};

/** A count as a number, or null for vague counts ("several", "a few", "hundreds of"). */
export function countOf(s: string): number | null {
  const w = s.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d/.test(w)) return parseInt(w.replace(/,/g, ''), 10);
  if (w in SMALL) return SMALL[w];
  const m = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (m && m[1] in SMALL && m[2] in SMALL) return SMALL[m[1]] + SMALL[m[2]];
  return null;
}

/** A year written in digits or spelled out ("nineteen ninety-six", "two thousand"). */
export function yearOf(s: string): number {
  if (/^\d{4}$/.test(s)) return +s;
  const w = s.toLowerCase().replace(/^the\s+year\s+/, '');
  if (/^two\s+thousand$/.test(w)) return 2000;
  const m = /^nineteen\s+([a-z]+)(?:[\s-]([a-z]+))?$/.exec(w);
  if (!m) return NaN;
  return 1900 + (SMALL[m[1]] ?? NaN) + (m[2] ? (SMALL[m[2]] ?? NaN) : 0);
}

export function month(name: string): number {
  return MONTH_INDEX[name.slice(0, 3).toLowerCase()];
}

/** TIMEX3 unit letters of a duration unit. */
export function unitLetter(u: string): { letter: string; time: boolean; factor: number } {
  const w = u.toLowerCase().replace(/s$/, '');
  switch (w) {
    case 'second':
      return { letter: 'S', time: true, factor: 1 };
    case 'minute':
      return { letter: 'M', time: true, factor: 1 };
    case 'hour':
      return { letter: 'H', time: true, factor: 1 };
    case 'day':
      return { letter: 'D', time: false, factor: 1 };
    case 'week':
      return { letter: 'W', time: false, factor: 1 };
    case 'fortnight':
      return { letter: 'W', time: false, factor: 2 };
    case 'month':
      return { letter: 'M', time: false, factor: 1 };
    case 'quarter':
      return { letter: 'Q', time: false, factor: 1 };
    case 'decade':
      return { letter: 'Y', time: false, factor: 10 };
    default:
      if (w.startsWith('centur')) return { letter: 'Y', time: false, factor: 100 };
      return { letter: 'Y', time: false, factor: 1 };
  }
}

/** ISO 8601 duration for a count of a unit ("three years" → P3Y, "a few days" → PXD). */
export function durationValue(n: number | null, unit: string): string {
  const { letter, time, factor } = unitLetter(unit);
  const count = n === null ? 'X' : String(n * factor);
  return time ? `PT${count}${letter}` : `P${count}${letter}`;
}
