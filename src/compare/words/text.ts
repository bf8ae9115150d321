/**
 * Text normalisation for the fact matcher: one sentence in, a list of comparable tokens out
 * (lower-cased, accent-free, Porter-stemmed words; numbers reduced to a canonical value), plus
 * the facts the matcher checks separately (numbers, capitalised names, negation).
 *
 * Why Porter stemming (the `stemmer` package, Martin Porter's 1980 algorithm): news paraphrases
 * mostly differ in inflection ("rose"/"rises" aside, "shares"/"share", "appealed"/"appeals");
 * a stemmer folds those for the price of a few rare false merges, and the package is tiny,
 * dependency-free and well kept. Results are cached because the same words recur constantly.
 */
import { stemmer } from 'stemmer';

/** One token of a sentence as the matcher sees it. */
export interface Token {
  /** Lower-cased, accent-free surface form (hyphen parts split, possessive 's dropped). */
  norm: string;
  /** The comparison key: Porter stem for words, canonical value for numbers. */
  stem: string;
  /** Closed-class word (article, preposition, auxiliary …): counted for word order, not content. */
  stop: boolean;
  /** A number (digits, or a number word such as "five"). */
  num: boolean;
  /** Written with a capital letter and not at the start of the sentence: probably part of a name. */
  cap: boolean;
}

/**
 * English closed-class words. Kept short and hand-written on purpose: long "stopword" lists
 * (e.g. stopwords-iso's 1,300 English entries) contain content words such as "million",
 * "announce" or "state" that carry facts in news sentences.
 */
const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here ' +
    'of in on at by for with from to into onto upon about over under after before during since until ' +
    'through between among against within without via per as like ' +
    'is are was were be been being am do does did done doing have has had having ' +
    'will would shall should can could may might must ' +
    'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs ' +
    'who whom whose which what when where why how ' +
    'also just only very too even still all any both each either neither some such own same other another ' +
    'up out off down again further once more most much many few ' +
    'said says say told tell according ' +
    's t d ll re ve m'
  ).split(/\s+/),
);

/**
 * Negation cues. A paraphrase rarely flips polarity, so a negation present on one side only is
 * evidence against "same" ("the bill passed" vs "the bill did not pass").
 */
const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot', "n't", 'deny', 'denied', 'denies', 'refused', 'refuses', 'failed', 'fails']);

/** Number words up to twenty and the round tens, so that "five" and "5" compare equal. */
const NUMBER_WORDS = new Map<string, number>(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12,
}));

/** Scale words that multiply the number before them: "$2.5 billion" and "$2,500 million" agree. */
const SCALES = new Map<string, number>(Object.entries({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6 }));

/** Symbols that stand for a word; "4.4%" and "4.4 percent" should share both tokens. */
const SYMBOL_WORDS = new Map<string, string>(Object.entries({ '%': 'percent', '&': 'and', '$': 'dollar', '€': 'euro', '£': 'pound' }));

/**
 * Words, numbers and the few symbols above. Words may contain internal apostrophes and periods
 * (U.S., O'Brien, don't); hyphens separate tokens, so that "DVD-CCA" matches "DVD CCA".
 */
const TOKEN_RE = /\d+(?:[.,:]\d+)*|[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*(?:n['’]t)?|[%&$€£]/gu;

const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 200_000;

/** Porter stem of a lower-cased word, memoised (bounded so that a long run cannot grow it forever). */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    s = word.length <= 3 ? word : stemmer(word);
    stemCache.set(word, s);
  }
  return s;
}

/** Lower-case and remove accents ("Hmeïmim" → "hmeimim"), so transliterations compare. */
export function fold(s: string): string {
  // Fast path: plain ASCII needs no decomposition (most English news words).
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Canonical text of a number: "1,520.15" → "1520.15", "2.5" × 1e9 → "2500000000". */
function canonicalNumber(value: number): string {
  if (!Number.isFinite(value)) return 'nan';
  // Round to 6 significant digits so that 2.5e9 and 2500 × 1e6 print alike.
  return String(Number(value.toPrecision(6)));
}

/** Parse a digit token: "1,520.15", "4.4", "10:30" (time; kept as text), "1995". */
function parseDigits(raw: string): number | null {
  if (raw.includes(':')) return null;
  // A comma followed by exactly three digits is a thousands separator; otherwise a decimal comma.
  const t = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw) ? raw.replace(/,/g, '') : raw.replace(',', '.');
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

/** What a word form always yields, whatever its position: cached per raw form. */
interface WordInfo {
  norm: string;
  stem: string;
  stop: boolean;
  num: boolean;
  /** The form was a negated contraction ("didn't"): a "not" token follows. */
  neg: boolean;
}

const wordCache = new Map<string, WordInfo>();

function wordInfo(raw: string): WordInfo {
  let w = wordCache.get(raw);
  if (w) return w;
  let word = fold(raw);
  // Contractions: "didn't" → "did" + negation; possessive "'s" adds nothing to compare.
  let neg = false;
  if (word.endsWith("n't")) {
    word = word === "can't" ? 'can' : word === "won't" ? 'will' : word.slice(0, -3);
    neg = true;
  } else if (word.endsWith("'s")) word = word.slice(0, -2);
  else if (word.endsWith("'")) word = word.slice(0, -1);
  // Abbreviations with periods ("u.s", "a.m") keep them: "us" would collide with the pronoun.
  const nw = NUMBER_WORDS.get(word);
  w =
    nw !== undefined
      ? { norm: word, stem: String(nw), stop: false, num: true, neg }
      : { norm: word, stem: stem(word), stop: STOPWORDS.has(word), num: false, neg };
  if (wordCache.size >= STEM_CACHE_MAX) wordCache.clear();
  wordCache.set(raw, w);
  return w;
}

/**
 * tokenize's answers by text: the compare stage tokenizes one sentence many times (the matcher,
 * the entailment test, the fact alignment, predicates, the summary: on the bundled example 1,278
 * calls for 390 texts, 70% of the characters repeats). Bounded like the word caches; the token
 * objects are shared between answers (Token is never written after tokenize returns), the arrays
 * are not (callers may push onto theirs).
 */
const tokenCache = new Map<string, Token[]>();
const TOKEN_CACHE_MAX = 20_000;

/** Tokenise one sentence (see Token). Deterministic; word forms are cached, so this is cheap. */
export function tokenize(text: string): Token[] {
  let toks = tokenCache.get(text);
  if (toks === undefined) {
    if (tokenCache.size >= TOKEN_CACHE_MAX) tokenCache.clear();
    toks = tokenizeText(text);
    tokenCache.set(text, toks);
  }
  return toks.slice();
}

function tokenizeText(text: string): Token[] {
  const out: Token[] = [];
  const src = /[’‘`]/.test(text) ? text.replace(/[’‘`]/g, "'") : text;
  let first = true;
  // The one pattern object, rewound: a copy per call would be a new object for V8 to set up
  // each time (tokenize runs for every sentence, many times). Nothing below re-enters tokenize.
  const re = TOKEN_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src)) !== null) {
    const raw = m[0];
    const c0 = raw.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) {
      const v = parseDigits(raw);
      out.push({ norm: raw, stem: v === null ? raw : canonicalNumber(v), stop: false, num: true, cap: false });
      first = false;
      continue;
    }
    const sym = SYMBOL_WORDS.get(raw);
    if (sym !== undefined) {
      out.push({ norm: sym, stem: sym, stop: sym === 'and', num: false, cap: false });
      continue;
    }
    const cap = !first && (c0 >= 65 && c0 <= 90 ? true : c0 < 128 ? false : /^\p{Lu}/u.test(raw));
    first = false;
    const w = wordInfo(raw);
    if (w.norm) out.push({ norm: w.norm, stem: w.stem, stop: w.stop, num: w.num, cap: cap && !w.num });
    if (w.neg) out.push({ norm: 'not', stem: 'not', stop: false, num: false, cap: false });
  }
  applyScales(out);
  return out;
}

/**
 * "2.5 billion" → one number token 2500000000 followed by the scale word, so that the value
 * compares across "$2.5 billion" and "2,500 million" while "billion" still counts as a word.
 */
function applyScales(toks: Token[]): void {
  for (let i = 1; i < toks.length; i++) {
    const scale = SCALES.get(toks[i].norm);
    const prev = toks[i - 1];
    if (scale !== undefined && prev.num) {
      const v = Number(prev.stem);
      if (Number.isFinite(v)) prev.stem = canonicalNumber(v * scale);
    }
  }
}

/** True for a token that negates its clause. */
export function isNegation(t: Token): boolean {
  return NEGATIONS.has(t.norm);
}

export { STOPWORDS };
