/**
 * Numbers and quantities: counts ("two Russian military bases"), ranges ("4,000 to 9,000"),
 * percentages, money ("$5 million"), durations ("14-year", "more than a decade"), ordinals
 * ("first") and vague amounts ("tens of thousands" → 10,000–99,999).
 *
 * One compiled regex with named alternatives, longest forms first, so "tens of thousands" is not
 * read as a bare "thousands" and "$5 million" not as a count of 5. Numbers already claimed by a
 * time expression (years, days of the month), clock times ("04:44") and numbers inside URLs or
 * e-mail addresses are skipped. The unit is the noun phrase right after the number (up to three
 * words, stopping at function words and verbs) because that is what a reader compares across
 * outlets; a range at the end of a sentence has no unit.
 * Qualifiers change the bounds, not the number: "more than 4,000" → low 4000, high null.
 * A rate ("1 out of 500", "5 of every 10,000", "one in 50") is one quantity, its share in percent;
 * a number naming one of a series ("Flight 990", "No. 1", "Chapter 11") is no quantity; a currency
 * may be written as a code ("EUR 85 million") or as an "e" left of a lost euro sign ("e80 million"),
 * and dollars by their country ("142 million U.S. dollars", "5 million Canadian dollars").
 * A vote's tally ("voted 94-1", "by a vote of 5 to 4", "a 5-4 decision") is two counts of one
 * event, read as one figure (kind `tally`, its counts in `low` and `high` as written).
 */
import type { Quantity, TextSpan } from '../core/schema.js';
import type { Tokens } from './tokens.js';

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SMALL = 'one|two|three|four|five|six|seven|eight|nine';
const WORDNUM = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:${SMALL}))?|${SMALL}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+dozen|a\s+hundred|a\s+thousand|a\s+million|a\s+billion)`;
const SCALE = String.raw`(?:\s+(?:thousand|million|billion|trillion)|(?:bn|m|k)\b)`;
/**
 * A number word capitalised where it opens a sentence ("Twelve people died", "Twenty-two were
 * hurt"): news style spells out a figure that opens a sentence, so tolls and counts are most often
 * written so in the lede (issue #10, session 29: read in lower case only, "Six workers were killed"
 * was no figure at all and never met another report's "killed nine workers"). Only the first letter
 * (a capitalised word elsewhere is a name: "Six Flags", "Two Rivers"); build() keeps it only at a
 * sentence's start and before a lower-case word (capitalisedNumberWord).
 */
const WORDNUM_CAP = String.raw`(?:(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)(?:-(?:${SMALL}))?|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|A\s+dozen)`;
/**
 * A currency written before the amount: a symbol, an ISO code with its space ("EUR 85 million"),
 * or a lower-case "e" standing for a euro sign lost to an encoding ("e80 million", as texts that
 * passed through Latin-1 tools print it). The "e" is read only right before digits that end in a
 * scale word ("e80 million", "e1.2bn"): "E80" (a road), "e5" (a chess square) stay no amount.
 * Without it a haul given as "e80 million" by one report and "85 million euros" by another was no
 * figure at all, and the dossier said "0 figures checked" on a story of nine amounts.
 */
const CUR = String.raw`(?:US\$|\$|€|£|¥|(?:EUR|USD|GBP|JPY|CHF)\s?|e(?=\d[\d,.]*(?:\s+(?:million|billion)\b|(?:m|bn)\b)))`;
/**
 * A bound or an approximation before a figure, capitalised too where it opens a sentence ("More
 * than 250 people died", "About 40 were hurt": read in lower case only, the sentence-opening
 * bound was dropped and the figure read as exact, so "More than 250" met "a toll of 248" as a
 * sure contradiction; issue #10, session 24). The first letter only: "MORE THAN" is a headline.
 */
const QUAL_WORDS = ['more\\s+than', 'over', 'fewer\\s+than', 'less\\s+than', 'at\\s+least', 'at\\s+most', 'up\\s+to', 'about', 'around', 'nearly', 'almost', 'roughly', 'some', 'approximately', 'an\\s+estimated', 'as\\s+many\\s+as', 'under'];
const QUAL = `(?:${QUAL_WORDS.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|')})`;
const DUR_UNIT = '(?:decade|year|month|week|day|hour|minute)';
/** A unit of time right after a figure (a capitalised number word before it is a duration's, not a count). */
const DUR_UNIT_AFTER = new RegExp(String.raw`^\s+${DUR_UNIT}s?\b`);
/**
 * The country named before "dollars" ("142 million U.S. dollars", "5 million Canadian dollars"),
 * as news agencies write amounts (Xinhua: "U.S. dollars"). Without it "U.S." broke the money
 * form: the figure became a count of "U" and never met "140 million dollars" of the same fund.
 * Each names its own currency (DOLLAR_CODE): a Canadian dollar is no U.S. one.
 */
const DOLLAR_NATION = String.raw`U\.S\.|US|American|Canadian|Australian|Hong\s+Kong|New\s+Zealand|Singapore|Taiwan`;
const DOLLAR_CODE: Record<string, string> = { 'u.s.': 'USD', us: 'USD', american: 'USD', canadian: 'CAD', australian: 'AUD', 'hong kong': 'HKD', 'new zealand': 'NZD', singapore: 'SGD', taiwan: 'TWD' };
/**
 * A number with a fraction after it ("22 1/2", "22½"): one value, 22.5. Read whole only in
 * durations ("sentenced to 22 1/2 years"), where a sentence is stated so; without it the
 * denominator was read alone ("2 years") and set against "a 270-month sentence".
 */
const MIXED = String.raw`\d{1,3}(?:\s+[1-9]\/[1-9]\d?|\s?[½¼¾])`;

const Q_RE = new RegExp(
  [
    // vague amounts
    String.raw`\b(?<vague>(?:[Tt]ens|[Hh]undreds)\s+of\s+(?:thousands|millions)|(?:[Dd]ozens|[Ss]cores|[Hh]undreds|[Tt]housands|[Mm]illions|[Bb]illions)(?=\s+of\b|\s+(?:more|of|[a-z]+s)\b))`,
    // ranges: "4,000 to 9,000", "between 10 and 20", "$5-10 million", "5–7%"
    String.raw`(?:\b(?<rangeKw>between|from)\s+)?(?<rCur1>${CUR})?(?<![\p{L}\d.,:/])(?<r1>${NUM})(?<rScale1>${SCALE})?\s*(?<rSep>to|and|-|–|—)\s*(?<rCur2>${CUR})?(?<r2>${NUM})(?<rScale2>${SCALE})?(?<rPct>\s*(?:%|percent\b|per\s+cent\b))?`,
    // money
    String.raw`(?:\b(?<mQual>${QUAL})\s+)?(?<mCur>${CUR})\s?(?<mNum>${NUM})(?<mScale>${SCALE})?`,
    String.raw`(?:\b(?<m2Qual>${QUAL})\s+)?\b(?<m2Num>${NUM})(?<m2Scale>${SCALE})?\s+(?:(?<m2Nat>${DOLLAR_NATION})\s+(?=dollars\b))?(?<m2Unit>dollars|euros|pounds|rubles|roubles|yuan|yen)\b`,
    // percentages
    String.raw`(?:\b(?<pQual>${QUAL})\s+)?\b(?<pNum>${NUM})\s*(?:%|percent\b|per\s+cent\b)`,
    // compound durations and ages: "14-year", "two-day", "33-year-old"
    String.raw`\b(?<cdNum>${NUM}|${WORDNUM})-(?<cdUnit>${DUR_UNIT})s?(?<cdOld>-old)?\b`,
    // durations: "more than a decade", "three years", "22 1/2 years", "decades"; a half written
    // out before or after the unit ("four and a half months", "a year and a half"); not a half
    // that counts the next noun ("two years and a half dozen redesigns", "three years and a half
    // million dollars", "six years and a half hour": the half is the next figure's)
    String.raw`(?:\b(?<dQual>${QUAL})\s+)?\b(?<dNum>a|an|one|${MIXED}|${NUM}|${WORDNUM})(?<dHalf>\s+and\s+a\s+half(?![\p{L}-]))?\s+(?<dUnit>${DUR_UNIT})s?(?<dHalfAfter>\s+and\s+a\s+half(?![\p{L}-])(?!\s+(?:dozen|score|hundred|thousand|million|billion|trillion|${DUR_UNIT})s?\b))?\b`,
    String.raw`\b(?<dVague>[Dd]ecades|[Cc]enturies)\b`,
    // ordinals
    String.raw`\b(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\b`,
    // counts
    String.raw`(?:\b(?<cQual>${QUAL})\s+)?(?<![\p{L}\d.,:/-])\b(?<cNum>${NUM})(?<cScale>${SCALE})?(?![\d:]|\.\d)`,
    String.raw`(?:\b(?<wQual>${QUAL})\s+)?\b(?<wNum>${WORDNUM}|${WORDNUM_CAP})(?<wScale>\s+(?:thousand|million|billion))?\b`,
  ].join('|'),
  'uy',
);

/**
 * A rate: a part and the whole it is taken of, written as one proportion ("1 out of 500", "5 of
 * every 10,000", "one in 50", "three out of four"). It is one value, the share, read as a percent
 * (1 out of 500 → 0.2 %), so two reports compare the rates they give ("1 out of 500" against "5 of
 * every 10,000": 0.2 % against 0.05 %; "20 of every 10,000" agrees with "1 in 500") and never their
 * numerators or denominators part by part (1 against 5, 500 against 10,000: read apart, every two
 * rates of other denominators were a false conflict). "Of the 19" (a known set) is no rate: "15 of
 * the 19 passengers" stays a part and a total (claims.ts). The part must be smaller than the
 * whole, and the whole no amount of time ("3 in 10 days" is a count in a stretch).
 */
const RATE_RE = new RegExp(
  String.raw`(?:\b(?<qual>${QUAL})\s+)?(?<![\p{L}\d.,:/-])(?<n>${NUM}|${WORDNUM}|one)(?<nScale>${SCALE})?\s+(?:out\s+of(?:\s+(?:every|each))?|of\s+(?:every|each)|in(?:\s+every)?)\s+(?<m>${NUM}|${WORDNUM})(?<mScale>${SCALE})?(?![\d:]|\.\d|\s*(?:%|percent\b|per\s+cent\b)|\s+${DUR_UNIT}s?\b|-)`,
  'iuy',
);

/**
 * A share written as a simple fraction of what follows ("a quarter of its dealerships", "half of
 * the voters", "two-thirds of the cost", "nearly a third of"): a percent, as "25 percent of" is
 * (without it "a quarter of" was no figure, and a report's "20 percent of its dealerships" met
 * nothing; issue #10). Only before "of" and a group ("of the", "of its", "of all", a plural): "a
 * quarter of a mile", "half an hour", "half of a percent" measure one thing, "the first half of
 * 2020", "the third quarter" and "two and a half years" are no shares (their lead words are
 * checked in shareOf). Sticky, bounded words: linear.
 */
const FRACTION_RE = new RegExp(
  String.raw`(?:\b(?<qual>${QUAL})\s+)?\b(?<frac>(?:(?:a|one)[\s-]+)?half|(?:a|one)[\s-]+(?:third|quarter|fourth|fifth)|two[\s-]+(?:thirds|fifths)|three[\s-]+(?:quarters|fourths|fifths)|four[\s-]+fifths)(?=\s+of\s+(?!an?\b|one\b)\p{L})`,
  'iuy',
);
/**
 * The shares a fraction word stands for, in percent. News rounds a share to a simple fraction, so
 * the word covers every share nearer to it than to the next simple fraction of denominator five
 * or less (1/5, 1/4, 1/3, 2/5, 1/2, 3/5, 2/3, 3/4, 4/5): "a quarter" is 22.5–29.2 %, so it
 * agrees with "24 percent" and not with "20 percent"; "half" is 45–55 %. The outermost (1/5,
 * 4/5) take the same half-gap outwards as inwards.
 */
const FRACTION_SHARES: Array<[number, number, number]> = [
  [1, 5, 20], [1, 4, 25], [1, 3, 100 / 3], [2, 5, 40], [1, 2, 50], [3, 5, 60], [2, 3, 200 / 3], [3, 4, 75], [4, 5, 80],
];
const FRACTION_NUMERATOR: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4 };
const FRACTION_DENOMINATOR: Record<string, number> = { half: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5 };
/** A fraction right before "a million" and the like, with or without "of" ("half a", "a quarter of a"); see findQuantities. */
const FRACTION_OF_BEFORE = /\b((?:a[\s-]+|one[\s-]+)?half|(?:a|one)[\s-]+(?:third|quarter|fourth|fifth)|two[\s-]+(?:thirds|fifths)|three[\s-]+(?:quarters|fourths|fifths)|four[\s-]+fifths)\s+(?:of\s+)?$/i;
/** Before a fraction: an ordinal or a part's name ("the first half of", "the latter half"), or a whole and "and" ("two and a half"): no share. */
const FRACTION_NOT_BEFORE = /(?:\b(?:first|second|third|fourth|final|last|latter|former|other|top|bottom|upper|lower|back|front)|(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen))\s+and(?:\s+an?)?)\s+$/i;

function shareOf(g: Record<string, string | undefined>, text: string, start: number): Built | null {
  if (FRACTION_NOT_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return null;
  const words = g.frac!.toLowerCase().split(/[\s-]+/);
  const den = FRACTION_DENOMINATOR[words[words.length - 1]];
  const numr = words.length > 1 ? FRACTION_NUMERATOR[words[0]] : 1;
  const at = FRACTION_SHARES.findIndex(([n, d]) => n * den === d * numr);
  if (!den || !numr || at < 0) return null;
  const v = FRACTION_SHARES[at][2];
  const below = at > 0 ? (FRACTION_SHARES[at - 1][2] + v) / 2 : v - (FRACTION_SHARES[at + 1][2] - v) / 2;
  const above = at < FRACTION_SHARES.length - 1 ? (FRACTION_SHARES[at + 1][2] + v) / 2 : v + (v - FRACTION_SHARES[at - 1][2]) / 2;
  const round = (x: number): number => Number(x.toPrecision(4));
  // A bound keeps its side of the fraction itself ("more than half": over 50 %, "less than a
  // third": under 33.3 %); otherwise the word stands for its span of shares.
  const q = qualBounds(g.qual, v);
  if (q.high === null) return { kind: 'percent', value: null, low: round(v), high: null, unit: '%' };
  if (q.low === null) return { kind: 'percent', value: null, low: null, high: round(v), unit: '%' };
  return { kind: 'percent', value: null, low: round(below), high: round(above), unit: '%' };
}

/** Words where a quantity can start; the sticky regex is tried only at these and at digits. */
const TRIGGERS = new Set(
  ('tens|hundreds|dozens|scores|thousands|millions|billions|between|from|more|over|fewer|less|at|up|about|around|' +
    'nearly|almost|roughly|some|approximately|an|as|under|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|' +
    'twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|' +
    'eighty|ninety|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|decades|centuries|half').split('|'),
);
/** For frequent trigger words: what the next token must be (a word set, or any number). */
const NUMBERISH = new Set([...TRIGGERS, 'dozen', 'hundred', 'thousand', 'million', 'billion', 'decade']);
const NEXT_WORDS = new Map<string, Set<string>>([
  ['a', new Set(['dozen', 'hundred', 'thousand', 'million', 'billion', 'decade', 'year', 'month', 'week', 'day', 'hour', 'minute', 'half', 'third', 'quarter', 'fourth', 'fifth'])],
  ['an', new Set(['estimated', 'hour'])],
  ['at', new Set(['least', 'most'])],
  ['up', new Set(['to'])],
  ['as', new Set(['many'])],
  ['more', new Set(['than'])],
  ['less', new Set(['than'])],
  ['fewer', new Set(['than'])],
  ['from', NUMBERISH],
  ['between', NUMBERISH],
  ['some', NUMBERISH],
  ['over', NUMBERISH],
  ['under', NUMBERISH],
  ['about', NUMBERISH],
  ['around', NUMBERISH],
]);

function nextOk(text: string, start: number, end: number, need: Set<string>): boolean {
  const c = text.charCodeAt(start);
  if (need === NUMBERISH && ((c >= 48 && c <= 57) || CURRENCY_CHARS.includes(text[start - 1]))) return true;
  return need.has(text.slice(start, end).toLowerCase());
}
const CURRENCY_CHARS = '$€£¥';

const CURRENCY_BEFORE = /(?:US\$|[$€£¥])\s?$/;

const NUM_AT = new RegExp(NUM, 'y');

const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, a: 1, an: 1,
  'a dozen': 12, 'a hundred': 100, 'a thousand': 1000, 'a million': 1e6, 'a billion': 1e9,
};
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6, k: 1e3 };
const CURRENCY: Record<string, string> = {
  e: 'EUR', EUR: 'EUR', USD: 'USD', GBP: 'GBP', JPY: 'JPY', CHF: 'CHF',
  $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', dollars: 'USD', euros: 'EUR', pounds: 'GBP', rubles: 'RUB', roubles: 'RUB', yuan: 'CNY', yen: 'JPY',
};
/** Order-of-magnitude bounds of vague amounts. */
const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 99], scores: [40, 99], hundreds: [200, 999], thousands: [2000, 9999], millions: [2e6, 999999999],
  billions: [2e9, 999999999999], 'tens of thousands': [1e4, 99999], 'hundreds of thousands': [1e5, 999999],
  'tens of millions': [1e7, 99999999], 'hundreds of millions': [1e8, 999999999],
};

/** Words that end a unit phrase: function words, auxiliaries, common verbs. */
const UNIT_STOP = new Set(
  ('of|in|on|at|to|from|by|for|with|and|or|but|as|than|that|which|who|whom|whose|the|a|an|this|these|those|its|their|his|her|' +
    'is|are|was|were|be|been|being|have|has|had|having|will|would|could|should|can|may|might|must|do|does|did|' +
    'said|says|told|after|before|since|during|while|when|where|if|into|over|under|per|each|more|less|ago|later|earlier|' +
    'about|around|across|against|between|through|toward|towards|until|up|down|out|off|not|no|so|such|also|there|here|then|' +
    'i|you|he|she|it|we|they|me|him|us|them|' +
    // Adverbs of place or share right after a figure ("all 109 aboard", "$5 apiece") are no noun.
    'aboard|onboard|abroad|overseas|apiece|altogether').split('|'),
);
const PLURAL_HEAD = /^[a-z-]{2,}[^su]s$/;
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'cattle', 'feet', 'teeth', 'mice', 'geese']);
const UNIT_WORD = /^[ \u00a0]([\p{L}][\p{L}'’-]*)/u;

/** What the qualifier does to the bounds: [keep low, keep high]. */
function qualBounds(q: string | undefined, v: number): { value: number | null; low: number | null; high: number | null } {
  if (!q) return { value: v, low: v, high: v };
  const k = q.toLowerCase().replace(/\s+/g, ' ');
  if (k === 'more than' || k === 'over' || k === 'at least' || k === 'as many as') return { value: null, low: v, high: null };
  if (k === 'fewer than' || k === 'less than' || k === 'at most' || k === 'up to' || k === 'under') return { value: null, low: null, high: v };
  return { value: v, low: v, high: v }; // about, around, nearly …: the number as stated
}

/** The value of a fraction written after a whole number ("1/2", "½"). */
const FRACTION_VALUES: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75 };
function fractionOf(s: string): number {
  const m = /(?:\s+([1-9])\/([1-9]\d?)|\s?([½¼¾]))$/.exec(s);
  if (!m) return 0;
  return m[3] ? FRACTION_VALUES[m[3]] : Number(m[1]) / Number(m[2]);
}

function num(s: string, scale?: string): number {
  const frac = fractionOf(s);
  if (frac > 0) return parseFloat(s) + frac;
  const v = parseFloat(s.replace(/,/g, ''));
  const k = scale?.trim().toLowerCase();
  return k ? v * (SCALES[k] ?? 1) : v;
}

/**
 * Whether a capitalised number word at start..end opens a sentence and a lower-case word follows it
 * (WORDNUM_CAP): the text's start, a line's, or a sentence's end (and maybe a closing quote or
 * bracket) before it, or an opening quote or a dash of a dateline ("KARVIK (AP) — Twelve people");
 * a name ("Six Flags", "Seven Sisters Road") goes on in capitals.
 */
function capitalisedNumberWord(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start);
  const opens = start === 0 || /(?:^|[.!?]["'”’)]?\s+|\n\s*|["“‘]|[—–-]\s+|\)\s+[—–-]+\s*)$/u.test(before);
  // (Not before a unit of time: "Three days later" is a duration, which the duration forms read in
  // lower case only; left as it was rather than read as a count of days.)
  // (Nor before a fraction's noun: "Three quarters of a million" is one share of a figure, read
  // from "a million" back, FRACTION_OF_BEFORE.)
  const next = text.slice(end, end + 14);
  return opens && /^[\s-]*\p{Ll}/u.test(next) && !DUR_UNIT_AFTER.test(next) && !/^[\s-]+(?:halves|half|thirds?|quarters?|fourths?|fifths?)\b/.test(next);
}

function wordNum(s: string): number {
  const k = s.toLowerCase().replace(/\s+/g, ' ');
  if (k in WORD_VALUES) return WORD_VALUES[k];
  const [tens, ones] = k.split('-');
  return (WORD_VALUES[tens] ?? NaN) + (ones ? WORD_VALUES[ones] ?? NaN : 0);
}

/**
 * `claimed`: spans already taken by other layers (time expressions) and URLs, sorted by start.
 */
export function findQuantities(text: string, tok: Tokens, claimed: ReadonlyArray<{ start: number; end: number }>): Quantity[] {
  const out: Quantity[] = [];
  const { starts, ends, count } = tok;
  let c = 0;
  let lastEnd = 0;
  for (let i = 0; i < count; i++) {
    let at = starts[i];
    if (at < lastEnd) continue;
    const ch = text.charCodeAt(at);
    if (ch >= 48 && ch <= 57) {
      // The denominator of a fraction or the second figure of a ratio ("1/2", "24/7", "9/11")
      // is no number on its own ("22 1/2 years" is not "2 years").
      if (at >= 2 && text[at - 1] === '/' && /\d/.test(text[at - 2])) continue;
      const cur = CURRENCY_BEFORE.exec(text.slice(Math.max(0, at - 4), at));
      if (cur) at -= cur[0].length;
    } else {
      let w = text.slice(at, ends[i]);
      // A currency written as a code or a lost euro sign (CUR) opens an amount: try the regex.
      if (!/^(?:e\d|(?:EUR|USD|GBP|JPY|CHF)(?:$|\d))/.test(w)) {
        const hyphen = w.indexOf('-');
        if (hyphen > 0) w = w.slice(0, hyphen);
        if (ch >= 65 && ch <= 90) w = w.toLowerCase();
        if (!TRIGGERS.has(w)) continue;
        // Frequent function words start a quantity only before particular words ("a dozen",
        // "at least", "more than"): check the next token before trying the regex.
        const need = NEXT_WORDS.get(w);
        if (need && (i + 1 >= count || !nextOk(text, starts[i + 1], ends[i + 1], need))) continue;
      }
    }
    FRACTION_RE.lastIndex = at;
    const fraction = FRACTION_RE.exec(text);
    if (fraction) {
      const fEnd = at + fraction[0].length;
      while (c < claimed.length && claimed[c].end <= at) c++;
      const q = c < claimed.length && claimed[c].start < fEnd ? null : shareOf(fraction.groups!, text, at);
      if (q) {
        out.push({ start: at, end: fEnd, text: fraction[0], ...q });
        lastEnd = fEnd;
        continue;
      }
    }
    RATE_RE.lastIndex = at;
    const rate = RATE_RE.exec(text);
    if (rate) {
      const rEnd = at + rate[0].length;
      while (c < claimed.length && claimed[c].end <= at) c++;
      const q = c < claimed.length && claimed[c].start < rEnd ? null : rateOf(rate.groups!);
      if (q) {
        out.push({ start: at, end: rEnd, text: rate[0], ...q });
        lastEnd = rEnd;
        continue;
      }
    }
    Q_RE.lastIndex = at;
    const m = Q_RE.exec(text);
    if (!m || m[0].length === 0) continue;
    const start = at;
    const end = start + m[0].length;
    while (c < claimed.length && claimed[c].end <= start) c++;
    if (c < claimed.length && claimed[c].start < end) continue;
    const q = build(m.groups!, text, start, end);
    // "half a million", "a quarter of a million", "three-quarters of a billion": the fraction
    // before "a million" scales it; read alone, "a million" stood for twice (or four times) the
    // figure, and met another report's "500,000" as a contradiction. A third or a fifth of it is
    // no round figure a report would match, so the figure is dropped rather than guessed.
    const part = q && /^(?:a|an|one)\s/i.test(m[0]) ? FRACTION_OF_BEFORE.exec(text.slice(Math.max(0, start - 24), start)) : null;
    if (part) {
      const den = FRACTION_DENOMINATOR[part[1].toLowerCase().split(/[\s-]+/).pop()!];
      const from = start - part[0].length;
      // (Not over a figure already read there: the fraction's own words, "third" read as an ordinal.)
      if ((den === 2 || den === 4) && from >= lastEnd) {
        const f = (/^three/i.test(part[1]) ? 3 : 1) / den;
        const scale = (x: number | null): number | null => (x === null ? null : x * f);
        out.push({ start: from, end, text: text.slice(from, end), ...q!, value: scale(q!.value), low: scale(q!.low), high: scale(q!.high) });
      }
      lastEnd = end;
    } else if (q) {
      out.push({ start, end, text: m[0], ...q });
      lastEnd = end;
    } else if (m.groups!.r1 !== undefined) {
      // Not a range after all ("2014-2015", "5 and 6"): keep the first number as a count.
      NUM_AT.lastIndex = start + m[0].indexOf(m.groups!.r1);
      const n = NUM_AT.exec(text);
      if (n) {
        const nEnd = n.index + n[0].length;
        out.push({ start: n.index, end: nEnd, text: n[0], kind: 'count', value: num(n[0]), low: num(n[0]), high: num(n[0]), unit: unitAfter(text, nEnd) });
        lastEnd = nEnd;
      }
    }
  }
  return out;
}

type Built = Omit<Quantity, keyof TextSpan>;

/** The noun of a series right before a number makes it an identifier ("Flight 990", "No. 1"); see build(). */
const IDENTIFIER_BEFORE = /\b(?:[Ff]light|[Rr]oute|[Hh]ighway|[Ii]nterstate|[Gg]ate|[Tt]erminal|[Rr]unway|[Pp]latform|[Pp]ier|[Cc]hannel|[Ee]xit|[Rr]oom|[Bb]us|[Tt]rain|[Pp]recinct|[Cc]hapter|[Aa]rticle|[Ss]ection|[Rr]esolution|[Pp]roposition|[Aa]mendment|[Aa]pollo|No|Nos|[Nn]umber)\.?\s$/;

/** A rate's share in percent, to four significant digits (so 1/3 and 2/6 give one value); null when it is no rate. */
function rateOf(g: Record<string, string | undefined>): Built | null {
  const read = (s: string, scale?: string): number => (/\d/.test(s) ? num(s, scale) : wordNum(s) * (scale ? SCALES[scale.trim().toLowerCase()] ?? 1 : 1));
  const n = read(g.n!, g.nScale);
  const m = read(g.m!, g.mScale);
  if (!(n > 0) || !(m > n) || Number.isNaN(n) || Number.isNaN(m)) return null;
  const share = Number(((100 * n) / m).toPrecision(4));
  // Its own unit: a rate is compared with rates only, and a sentence giving a rate and a percent
  // ("one in every 500 users … at a rate of 80% daily") keeps two figures of two units (two
  // figures of one unit in a sentence cannot be told apart, and neither was compared).
  return { kind: 'percent', ...qualBounds(g.qual, share), unit: 'rate' };
}

/**
 * A vote's tally: two counts after a dash ("voted 94-1", "approved the bill 92-6") or "to" ("by a
 * vote of 5 to 4"), read as one figure. Without it "voted 94-1" was read as a count of 94 with no
 * noun, and another report's "92-6" was never compared (issue #10, a real miss). Each count has
 * at most three digits (a year range, "2014-15", is no tally), and the first is not below the
 * second (a range, "10-15", is written low end first; a vote is written winners first).
 * Only a vote or a ruling, named in the words just before or right after the tally: a vote is
 * taken once, so two tallies of it cannot both hold. A game's score is no such figure: it names a
 * moment of the game ("a 45-35 lead", "tied 2-2"), a series or a season ("(15-17)"), and reports
 * give many of them; read as tallies, scores raised an alarm on the injected bench's untouched
 * held-out stories (0.25 → 0.31 per story; not read) and nothing real on the dev ones but one
 * possible card (a lead at 13:41 to play given as 45-35 / 45-36).
 */
const TALLY_COUNT = /^\d{1,3}$/;
/** Before a tally: a vote or a ruling in the words just before it (bounded: 40 characters). */
const TALLY_BEFORE = /\b(?:vot(?:e|ed|es|ing)|ballots?|margin|tally|ruled|ruling|decided|decision|passed|approved|rejected|confirmed|adopted|endorsed|defeated|overrode|upheld|struck)\b[^.;:!?]{0,28}$/i;
/** After a tally: the vote or ruling it counts ("a 5-4 decision", "a 94 to 1 vote"). */
const TALLY_AFTER = /^\s+(?:vote|votes|decision|ruling|margin|majority|verdict)\b/i;
/** After a tally: another dash or slash and a digit is a date or a code ("12-5-2020", "555-12-34"), not a tally. */
const TALLY_NOT_AFTER = /^[-\u2013\u2014/.:]\d/;

function tallyOf(g: Record<string, string | undefined>, text: string, start: number, end: number): Built | null {
  if (g.rangeKw || g.rCur1 || g.rCur2 || g.rPct || g.rScale1 || g.rScale2 || g.rSep === 'and') return null;
  if (!TALLY_COUNT.test(g.r1!) || !TALLY_COUNT.test(g.r2!)) return null;
  const a = parseInt(g.r1!, 10);
  const b = parseInt(g.r2!, 10);
  if (a < b) return null;
  if (TALLY_NOT_AFTER.test(text.slice(end, end + 2))) return null;
  const before = text.slice(Math.max(0, start - 40), start);
  // "Flight 94-1", "Route 9-1": a number of a series.
  if (IDENTIFIER_BEFORE.test(before)) return null;
  if (!TALLY_BEFORE.test(before) && !TALLY_AFTER.test(text.slice(end, end + 12))) return null;
  return { kind: 'tally', value: null, low: a, high: b, unit: null };
}

function build(g: Record<string, string | undefined>, text: string, start: number, end: number): Built | null {
  if (g.vague) {
    const key = g.vague.toLowerCase().replace(/\s+/g, ' ');
    const [low, high] = VAGUE[key];
    const after = /^\s+of\b/.test(text.slice(end, end + 4)) ? end + text.slice(end).indexOf('of') + 2 : end;
    return { kind: 'vague', value: null, low, high, unit: unitAfter(text, after) };
  }
  if (g.r1) {
    // "2014-2015" is a span of years, "3-2" a score: a range needs its low end first.
    const lo = num(g.r1, g.rScale1 ?? g.rScale2);
    const hi = num(g.r2!, g.rScale2);
    if (!(hi > lo)) return tallyOf(g, text, start, end);
    if (g.rSep === 'and' && g.rangeKw !== 'between') return null; // "5 and 6" is two numbers
    if (!g.rangeKw && !g.rCur1 && !g.rPct && /^(?:1[89]|20)\d\d$/.test(g.r1) && /^\d{2,4}$/.test(g.r2!)) return null;
    const cur = g.rCur1 ?? g.rCur2;
    const kind = g.rPct ? 'percent' : cur ? 'money' : 'range';
    const unit = g.rPct ? '%' : cur ? CURRENCY[cur.trim()] : unitAfter(text, end);
    return { kind, value: null, low: lo, high: hi, unit };
  }
  if (g.mNum) return { kind: 'money', ...qualBounds(g.mQual, num(g.mNum, g.mScale)), unit: CURRENCY[g.mCur!.trim()] };
  if (g.m2Num) return { kind: 'money', ...qualBounds(g.m2Qual, num(g.m2Num, g.m2Scale)), unit: g.m2Nat ? DOLLAR_CODE[g.m2Nat.toLowerCase().replace(/\s+/g, ' ')] : CURRENCY[g.m2Unit!.toLowerCase()] };
  if (g.pNum) return { kind: 'percent', ...qualBounds(g.pQual, num(g.pNum)), unit: '%' };
  if (g.cdNum) {
    const v = /\d/.test(g.cdNum) ? num(g.cdNum) : wordNum(g.cdNum);
    if (Number.isNaN(v)) return null;
    const unit = g.cdUnit!.toLowerCase();
    if (unit === 'decade') return { kind: 'duration', ...decadesInYears(undefined, v), unit: g.cdOld ? 'year old' : 'year' };
    return { kind: 'duration', value: v, low: v, high: v, unit: g.cdOld ? `${unit} old` : unit };
  }
  if (g.dUnit) {
    let v = /\d/.test(g.dNum!) ? num(g.dNum!) : wordNum(g.dNum!);
    if (Number.isNaN(v)) return null;
    // "four and a half months" is 4.5 months, "a year and a half" 1.5 years (issue #10: read as
    // "four" alone, a count of nothing, it never met "four months" of another report, and "a half
    // months" was no figure at all). Not after a fraction already written ("4 1/2 and a half").
    if (g.dHalf !== undefined || g.dHalfAfter !== undefined) {
      if ((g.dHalf !== undefined && g.dHalfAfter !== undefined) || fractionOf(g.dNum!) !== 0) return null;
      v += 0.5;
    }
    let unit = g.dUnit.toLowerCase();
    // Decades are counted in years so "more than a decade" and "11 years" compare.
    if (unit === 'decade') return { kind: 'duration', ...decadesInYears(g.dQual, v), unit: 'year' };
    return { kind: 'duration', ...qualBounds(g.dQual, v), unit };
  }
  if (g.dVague) {
    const centuries = g.dVague.toLowerCase() === 'centuries';
    return { kind: 'duration', value: null, low: centuries ? 200 : 20, high: centuries ? null : 99, unit: 'year' };
  }
  if (g.ord) {
    const v = ORDINALS[g.ord] ?? parseInt(g.ord, 10);
    return { kind: 'ordinal', value: v, low: v, high: v, unit: unitAfter(text, end) };
  }
  if (g.cNum) {
    if (/^[:.]\d/.test(text.slice(end, end + 2))) return null; // clock times, version numbers
    // A number naming one thing of a series is an identifier, not a quantity: "Flight 990",
    // "Route 9", "No. 1", "Gate 12", "Chapter 11", "Resolution 1441". It counts nothing, so it is
    // no figure two reports can disagree on, and a shared one is no sign that two sentences report
    // the same event (it named the flight in a sentence of its crash and another of its recovery).
    if (IDENTIFIER_BEFORE.test(text.slice(Math.max(0, end - g.cNum.length - 16), end - g.cNum.length))) return null;
    if (/^\s?(?:[ap]\.\s?m\.?|[AP]M|GMT|UTC)(?![\p{L}])/u.test(text.slice(end, end + 6))) return null; // "11 p.m." 
    // List numbers at a line start ("1. Skip to content", "2) …").
    if (/^[.)]\s/.test(text.slice(end, end + 2)) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, end - g.cNum.length - 20), end - g.cNum.length))) return null;
    const v = num(g.cNum, g.cScale);
    return { kind: 'count', ...qualBounds(g.cQual, v), unit: unitAfter(text, end) };
  }
  if (g.wNum) {
    // "one of the …", "one another", "no one": not a count.
    if (/^one$/i.test(g.wNum) && /^\s+(?:of|another|day|thing|way|by)\b/.test(text.slice(end, end + 10))) return null;
    // A capitalised number word is a figure only where it opens a sentence, a lower-case word after
    // it (WORDNUM_CAP); a qualifier before it opens the sentence itself ("More than twenty …" is
    // lower case already).
    if (/^\p{Lu}/u.test(g.wNum) && (g.wQual !== undefined || !capitalisedNumberWord(text, start, end))) return null;
    const v = wordNum(g.wNum) * (g.wScale ? SCALES[g.wScale.trim().toLowerCase()] : 1);
    if (Number.isNaN(v)) return null;
    return { kind: 'count', ...qualBounds(g.wQual, v), unit: unitAfter(text, end) };
  }
  return null;
}

/**
 * Decades in years. A bound keeps its figure ("more than a decade": over 10 years). A bare count
 * of decades is a round figure, to the nearest decade: "a three-decade-old ban" is one of 26 to
 * 34 years, so it agrees with "the 32-year-old ban" (read on an unseen AllSides story, 30 against
 * 32 was a confident conflict). Two counts of decades still disagree ("two" / "three decades").
 */
function decadesInYears(qual: string | undefined, v: number): { value: number | null; low: number | null; high: number | null } {
  if (qual && !/^(?:about|around|nearly|almost|roughly|some|approximately|an\s+estimated)$/i.test(qual.trim())) return qualBounds(qual, v * 10);
  return { value: null, low: v * 10 - 4, high: v * 10 + 4 };
}

/** The noun phrase right after a number: up to three words, stopping at function words. */
function unitAfter(text: string, from: number): string | null {
  const words: string[] = [];
  let pos = from;
  for (let k = 0; k < 3; k++) {
    const m = UNIT_WORD.exec(text.slice(pos, pos + 40));
    if (!m) break;
    // A plural noun joined by a hyphen to a capitalised word ("20,000 scientists-The Ornithological
    // Council …") is a dash set without spaces, not a compound: a plural ends the noun phrase
    // (below), so the unit is the plural alone (read on an ECB+ dev story, where the unit became
    // "council" and the figure stood apart from the other reports' "20,000 scientists").
    const dash = /^([a-z]{2,})-\p{Lu}/u.exec(m[1]);
    if (dash && (PLURAL_HEAD.test(dash[1]) || IRREGULAR_PLURALS.has(dash[1]))) {
      words.push(dash[1]);
      break;
    }
    const w = m[1];
    const lower = w.toLowerCase();
    if (UNIT_STOP.has(lower) || /(?:ing|ly)$/.test(lower) && words.length > 0) break;
    if (/(?:ing|ly)$/.test(lower) && !/^(?:thing|king|building|wing|ring|ceiling|family|ally|italy|july)$/.test(lower)) break;
    words.push(w);
    pos += m[0].length;
    // A plural noun ends the phrase: "two Russian military bases", "12 people" (not "people killed").
    if (PLURAL_HEAD.test(lower) || IRREGULAR_PLURALS.has(lower)) break;
    // A noun phrase ends before punctuation.
    if (!/^[ \u00a0][\p{L}]/u.test(text.slice(pos, pos + 2))) break;
  }
  return words.length ? words.join(' ') : null;
}
