/**
 * Instances of a series a sentence tells of: works and events that share their words and differ
 * by their place in the series — "the original Star Wars film" / "the third Star Wars film", "his
 * second term" / "his first term", "Rocky II" / "Rocky III". Two sentences that each tell of
 * another instance answer two questions (when was each film released, how many votes in each
 * round), so their dates and figures are not one claim given two ways (a false card on an unseen
 * DUC 2006 story: the third film's release "15 years ago" against the first's "May 1977").
 *
 * Read by two bounded patterns, no parse:
 * - an ordinal ("first" … "tenth", "1st", "original", "latest", "final") before a noun, with at
 *   most three capitalised words between ("the third Star Wars film"): the instance is the
 *   ordinal of that noun;
 * - a capitalised name followed by a Roman numeral of two letters or more, or by one digit ending
 *   its phrase ("Rocky II", "Super Bowl XLI", "Toy Story 3,"): the instance is the numeral of that name.
 * Sentences are apart only when both name instances of one noun or one name and no instance is
 * named by both (a sentence naming the first and the third film names both, and says which it
 * dates no better than the other). Silence is the safe error: a card is only not raised.
 */

const ORDINALS: Record<string, string> = {
  first: '1',
  original: '1',
  '1st': '1',
  second: '2',
  '2nd': '2',
  third: '3',
  '3rd': '3',
  fourth: '4',
  '4th': '4',
  fifth: '5',
  '5th': '5',
  sixth: '6',
  '6th': '6',
  seventh: '7',
  '7th': '7',
  eighth: '8',
  '8th': '8',
  ninth: '9',
  '9th': '9',
  tenth: '10',
  '10th': '10',
};
/** An ordinal, up to three capitalised words, then the noun it orders (lower case, three letters or more). */
const ORDINAL_NOUN = /\b(first|original|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|eighth|8th|ninth|9th|tenth|10th)\s+((?:[A-Z][\w'’:-]*\s+){0,3})([a-z]{3,})\b/g;
/**
 * Nouns an ordinal orders without naming an instance of a series: "for the first time", "the
 * first half of", "first lady", "first place" (a rank).
 */
const NOT_A_SERIES = new Set(['time', 'times', 'lady', 'place', 'half', 'person', 'thing', 'step', 'sight', 'glance', 'hand', 'name', 'degree', 'class', 'rate', 'floor', 'grade', 'cousin']);
/**
 * A capitalised name of one to three words followed by a numeral naming its instance: a Roman
 * numeral of two letters or more ("Rocky II", "Super Bowl XLI"), or one digit ending its phrase
 * ("Toy Story 3," / "Toy Story 3."): a digit before a word may count it ("Texas 3 people").
 */
const NUMBERED_NAME = /\b((?:[A-Z][a-z][\w'’-]*\s+){1,3})([IVXL]{2,6}\b(?![\d,.:]\d)|[2-9](?=\s*(?:[,;:)]|\.(?!\d)|$)))/g;
/** Names a figure follows that are no series: a month or a weekday with its day ("May 5", "Friday 9"). */
const CALENDAR_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?$/;

/** Instances named in a text, by what they are instances of ("n:film" → {"1", "3"}, "t:rocky" → {"ii"}). */
function instances(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (k: string, v: string): void => {
    out.set(k, (out.get(k) ?? new Set()).add(v));
  };
  for (const m of text.matchAll(ORDINAL_NOUN)) {
    const noun = m[3];
    if (NOT_A_SERIES.has(noun)) continue;
    add(`n:${noun.replace(/s$/, '')}`, ORDINALS[m[1].toLowerCase()]);
  }
  for (const m of text.matchAll(NUMBERED_NAME)) {
    const words = m[1].trim().toLowerCase().split(/\s+/);
    if (CALENDAR_WORD.test(words[words.length - 1])) continue;
    // A lone digit after a one-word name is as often a rank, a grade or a score ("Category 4,",
    // "Gate 3,", "Boston 5,"): only a name of two words or more ("Toy Story 3,") takes a digit as
    // its instance; Roman numerals stay instances after one word ("Rocky II").
    if (/^\d$/.test(m[2]) && words.length < 2) continue;
    // Keyed by the name's last word: the run may open at another capitalised word in each
    // sentence ("Watch Rocky II" / "Rocky III").
    add(`t:${words[words.length - 1]}`, m[2].toLowerCase());
  }
  return out;
}

/** Whether two sentences each tell of another instance of one series (see the module comment). */
export function otherInstances(a: string, b: string): boolean {
  const ia = instances(a);
  if (ia.size === 0) return false;
  const ib = instances(b);
  for (const [k, va] of ia) {
    const vb = ib.get(k);
    if (vb && ![...va].some((v) => vb.has(v))) return true;
  }
  return false;
}
