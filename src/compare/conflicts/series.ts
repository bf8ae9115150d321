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

/** The noun that names a vote's second round without an ordinal. */
const RUNOFF = /\b(?:run-?offs?|runoff\s+(?:vote|election|ballot))\b/i;

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
  // A runoff is the second round of a vote by its own name ("led the first round on May 3" /
  // "led the runoff on May 17": two rounds, two dates; a possible false card on an invented
  // election story, session 24).
  if (RUNOFF.test(text)) add('n:round', '2');
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

/**
 * An instance named by a designator before its noun: a capitalised word and a letter or a Roman
 * numeral ("a Series B round", "the Phase II trial", "its Group C match"). The determiner before
 * it keeps the run inside one noun phrase. (Not a digit: "a Category 4 storm" / "a Category 3
 * storm" is as often one storm's rank told two ways, see NUMBERED_NAME.) A lower-case word in that place is a modifier of the same noun
 * ("a seed round", "a funding round"): it may name another instance or describe the same one.
 */
const DESIGNATED = /\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat)\s+([A-Z][a-z]+\s+(?:[A-Z]|[IVX]{1,4})|[a-z]{3,})\s+([a-z]{3,})\b/g;
const DESIGNATOR = /^[A-Z][a-z]+\s+(?:[A-Z]|[IVX]{1,4})$/;

function designated(text: string): Map<string, { designators: Set<string>; modifiers: Set<string> }> {
  const out = new Map<string, { designators: Set<string>; modifiers: Set<string> }>();
  for (const m of text.matchAll(DESIGNATED)) {
    const noun = m[2].replace(/s$/, '');
    if (NOT_A_SERIES.has(noun)) continue;
    const e = out.get(noun) ?? { designators: new Set<string>(), modifiers: new Set<string>() };
    (DESIGNATOR.test(m[1]) ? e.designators : e.modifiers).add(m[1].toLowerCase().replace(/\s+/g, ' '));
    out.set(noun, e);
  }
  return out;
}

/**
 * Two sentences telling of one noun named by a designator in one ("a Series B round") and by
 * another word in the other ("a seed round", "a Series A round"), neither sentence writing the
 * other's words: 'apart' when both are designators (two instances, as "the first" / "the third"
 * above), 'maybe' when the other is a plain modifier ("seed" may name an instance, "funding"
 * describes the same one): the card is then only possible. Null when nothing is read.
 */
export function designatedApart(a: string, b: string): 'apart' | 'maybe' | null {
  const da = designated(a);
  if (da.size === 0) return null;
  const db = designated(b);
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  let maybe = false;
  for (const [noun, ea] of da) {
    const eb = db.get(noun);
    if (!eb) continue;
    const aWords = [...ea.designators, ...ea.modifiers];
    const bWords = [...eb.designators, ...eb.modifiers];
    // One word on both sides, or written anywhere in the other sentence: one instance (or a
    // sentence naming both, which says no better which it tells of).
    if (aWords.some((w) => lb.includes(w)) || bWords.some((w) => la.includes(w))) continue;
    if (ea.designators.size && eb.designators.size) return 'apart';
    if (ea.designators.size || eb.designators.size) maybe = true;
  }
  return maybe ? 'maybe' : null;
}
