/**
 * How a value is read in its own sentence, for the conflict gates (conflicts.ts judgePair): whose
 * figure it is (its owner), whether a count is of a whole set ("the city's 17 high schools") or of
 * some things ("four high schools"), the act that governs a count ("300 crew members held" /
 * "three crew members lost their lives"), a year named by a deictic word on the calendar of a
 * plan ("will host … this year" / "next year"), and a year that opens a span of its own calendar
 * ("the 1997-98 school year"). Each reading answers: are two values of two claims about one
 * thing? When a reading is unsure it returns null, and the gate it feeds stays open. Inputs are
 * one sentence's few characters around the value (bounded regex input). Read on the dev part of
 * the real stories (issue #10 precision, session 13; docs/conflict-judgements.md).
 */
import type { ClaimItem } from '../claims/claims.js';
import { predicatesOf, type Predicate } from '../words/predicates.js';
import { dot, wordVector } from '../words/embeddings.js';
import { eventClass, fold, STOP, stem as lightStem } from '../words/lex.js';

const before = (c: ClaimItem, n: number): string => c.sentence.text.slice(Math.max(0, c.start - c.sentence.start - n), c.start - c.sentence.start);
const after = (c: ClaimItem, n: number): string => c.sentence.text.slice(c.end - c.sentence.start, c.end - c.sentence.start + n);

/** Words that only bound or round a figure ("at least", "more than", "about"): read past them. */
const BOUND_TAIL = /(?:\b(?:at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|over|under|nearly|almost|about|around|roughly|approximately|some|up\s+to|as\s+many\s+as|only|just)\s+)+$/i;
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*`;
/** A genitive right before the figure: "the city's 17", "Dravia's 12", "the nation's capital's 17". */
// (Not a pronoun's contraction: "it's 17 degrees", "there's one".)
const GENITIVE_BEFORE = new RegExp(String.raw`(?:\b(?:the|a|an|its|their|his|her)\s+)?((?:${NAME}\s+){0,3}(?!(?:[Ii]t|[Tt]hat|[Tt]here|[Hh]ere|[Ww]hat|[Ww]ho|[Hh]e|[Ss]he|[Ll]et|[Ww]here|[Hh]ow)['’]s\b)[\p{L}-]+)(?:['’]s|s['’])\s+(?:own\s+)?$`, 'u');
/** "the average wholesale price for Zelvox and Prandin is $2.02": the owner after "for"/"of" in the copula's subject. */
const FOR_OWNER_BEFORE = new RegExp(String.raw`\b(?:for|of)\s+((?:${NAME})(?:\s+(?:${NAME}|and|&)){0,5})\s+(?:is|was|are|were|stands\s+at|stood\s+at|costs?)\s+$`, 'u');
/** "Prandin, which has an average wholesale price of $2.42": the owner a relative clause hangs on. */
const WHICH_OWNER_BEFORE = new RegExp(String.raw`((?:${NAME})(?:\s+${NAME}){0,3}),\s+(?:which|who)\s+(?:has|had|costs?|cost|charges?|charged)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,4}?(?:of\s+)?$`, 'u');

/**
 * Whose figure a value is, as its own words say: a genitive right before it ("the city's 17 high
 * schools"), the owner a copula's subject names ("the price for Zelvox and Prandin is $2.02"), or
 * the name a relative clause hangs on ("Prandin, which has a price of $2.42"). Folded name words,
 * sorted; null when the figure's words name no owner (most figures).
 */
export function ownerOf(c: ClaimItem): string[] | null {
  if (c.kind !== 'number') return null;
  const b = before(c, 120).replace(BOUND_TAIL, '');
  const m = GENITIVE_BEFORE.exec(b) ?? FOR_OWNER_BEFORE.exec(b) ?? WHICH_OWNER_BEFORE.exec(b);
  if (!m) return null;
  const words = fold(m[1]).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2 && !STOP.has(w));
  return words.length ? [...new Set(words)].sort() : null;
}

const sentenceWords = (c: ClaimItem): Set<string> => new Set(fold(c.sentence.text).split(/[^\p{L}\p{N}]+/u));

/**
 * Two figures owned by different things: both name an owner and the owners differ ("for Zelvox
 * and Prandin" / "Prandin, which has"), or — when `oneSided` — one names an owner that the other's
 * sentence does not name at all ("the city's 17 high schools" / "each of the 16 high schools" of a
 * county district). The one-sided reading is weaker (the other outlet may name the owner in
 * another sentence), so the caller asks for it only when the claims were not aligned as one fact.
 */
export function otherOwners(x: ClaimItem, y: ClaimItem, oneSided: boolean): boolean {
  const a = ownerOf(x);
  const b = ownerOf(y);
  if (a && b) return a.join(' ') !== b.join(' ');
  if (!oneSided) return false;
  if (a) {
    const words = sentenceWords(y);
    return !a.some((w) => words.has(w));
  }
  if (b) {
    const words = sentenceWords(x);
    return !b.some((w) => words.has(w));
  }
  return false;
}

/** Determiners that make a count the size of a known whole set: "the 16 high schools", "all 12", "its four". */
const DEFINITE_BEFORE = /(?:\b(?:the|these|those|its|their|his|her|our|all|both)|(?<!\b(?:it|that|there|here|what|who|he|she|let))['’]s|s['’])\s+(?:own\s+)?$/i;
/** What may stand right before an indefinite count: a verb, a preposition, a clause mark, the sentence start. */
const INDEFINITE_BEFORE = /(?:^|[,;:(—–]\s*|\b(?:in|at|on|of|to|for|from|by|with|outside|inside|near|and|or|that|when|after|before|while|[a-z]+ed|[a-z]+s)\s+)$/i;

/**
 * Whether a count is the size of a whole known set ("the 16 high schools", "the city's 17 high
 * schools": 'whole'), of some things it introduces ("outside four high schools", "three aftershocks
 * were felt": 'some'), or unread (null).
 */
export function countScope(c: ClaimItem): 'whole' | 'some' | null {
  if (!c.unit?.startsWith('count:')) return null;
  const b = before(c, 60).replace(BOUND_TAIL, '');
  if (DEFINITE_BEFORE.test(b)) return 'whole';
  if (INDEFINITE_BEFORE.test(b)) return 'some';
  return null;
}

/** Auxiliaries and adverbs between a subject and its verb: "three crew members [were later] killed". */
const AUX = /^(?:was|were|is|are|has|have|had|been|be|being|will|would|could|may|might|also|later|reportedly|allegedly|all|still|then|each|now)$/;
/** Words that end a phrase before any verb: a preposition, an infinitive marker, a relative. */
const NOT_VERB_START = /^(?:to|of|in|on|at|for|from|by|with|into|and|or|who|which|that|than|as|about)$/;
/** Bound phrases anywhere in a gap ("hold at least 14 vessels and more than 300 …"): read past them. */
const BOUND_ANYWHERE = /\b(?:at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|up\s+to|as\s+many\s+as)\b/gi;
/** Words a verb may stand before its object across: at most this many (a short object phrase). */
const OBJECT_GAP = 6;

/**
 * The act that governs a count, read from its own clause without a parser, only where the
 * grammar is plain: the verb right after the counted phrase when the count is its subject ("three
 * crew members lost their lives": lose), else the verb its object phrase follows across nouns,
 * figures and "and" only ("still hold at least 14 foreign vessels and more than 300 crew members":
 * hold). A preposition between ("a survey of youngsters at four schools") or nothing there: null,
 * and the gate it feeds stays open.
 */
export function governingAct(c: ClaimItem): Predicate | null {
  if (c.kind !== 'number' || !c.unit?.startsWith('count:')) return null;
  const rest = after(c, 80).split(/[,;:()—–"“”]/)[0];
  const words = rest.toLowerCase().match(/[a-z'’-]+/g) ?? [];
  // The counted phrase: up to its last counted word (ClaimItem.counted), then at most one more
  // noun ("four Ostrel secondary [schools]").
  const counted = c.counted?.words.toLowerCase().split(/\s+/) ?? [];
  let i = 0;
  if (counted.length) {
    const last = counted[counted.length - 1];
    const at = words.findIndex((w) => w === last || w.startsWith(last));
    i = at >= 0 && at <= 4 ? at + 1 : -1;
  } else i = 1;
  if (i >= 0) {
    if (i < words.length && !AUX.test(words[i]) && !NOT_VERB_START.test(words[i]) && predicatesOf(words[i]).length === 0) i++;
    while (i < words.length && AUX.test(words[i])) i++;
    if (i < words.length && !NOT_VERB_START.test(words[i])) {
      const p = predicatesOf(words[i]);
      if (p.length) return p[0];
    }
  }
  // The object reading: walk back from the figure over its object phrase.
  const clause = (before(c, 100).split(/[,;:()—–"“”]/).pop() ?? '').replace(BOUND_ANYWHERE, ' ');
  const back = (clause.toLowerCase().match(/[a-z'’-]+|\d[\d.,]*/g) ?? []).reverse();
  for (let k = 0; k < Math.min(back.length, OBJECT_GAP); k++) {
    const w = back[k];
    if (NOT_VERB_START.test(w) && w !== 'and') return null;
    if (/^\d/.test(w)) continue;
    const p = predicatesOf(w);
    if (p.length) return p[0];
  }
  return null;
}

/**
 * Cosine of word vectors at which two act words name one act (embeddings.ts). Stricter than the
 * fact alignment's cut (0.5), and WordNet synsets are not used: both tie "hold" to "lose" (0.67),
 * while the acts a count is told under that are one act share a lemma, an event class ("killed" /
 * "died", "arrested" / "detained": lex.ts) or near vectors ("injured" / "wounded", 0.81).
 */
const ACT_NEAR = 0.7;
function sameActWord(p: Predicate, q: Predicate): boolean {
  if (p.lemma === q.lemma || p.stem === q.stem) return true;
  const cp = p.cls ?? eventClass(lightStem(p.word)) ?? eventClass(lightStem(p.lemma));
  const cq = q.cls ?? eventClass(lightStem(q.word)) ?? eventClass(lightStem(q.lemma));
  if (cp !== undefined && cp === cq) return true;
  const a = wordVector(p.word) ?? wordVector(p.lemma);
  const b = wordVector(q.word) ?? wordVector(q.lemma);
  return a === null || b === null || dot(a, b) >= ACT_NEAR;
}

/** Two counts governed by two different acts ("hold … to ransom" / "lost their lives"). */
export function otherActsOfCount(x: ClaimItem, y: ClaimItem): boolean {
  const a = governingAct(x);
  const b = governingAct(y);
  return a !== null && b !== null && !sameActWord(a, b);
}

/** A year named by a deictic phrase, no figure written: "this year", "next year", "last year". */
const DEICTIC_YEAR = /^(?:this|next|last|the\s+coming|the\s+next|the\s+past)\s+year$/i;

/**
 * Two plans' deictic years one apart for one recurring event ("will host the Oscars next year" /
 * "will be hosting the Oscars this year"): a plan's "this year" names the coming instance of
 * something on its own calendar (an award season running from autumn to spring, a school, fiscal
 * or sports year), so the two may name one instance, whatever the publication dates. Explicit
 * years are still compared, and so are plans of things that do not recur (`recurring`).
 */
export function planYearsOneApart(x: ClaimItem, y: ClaimItem): boolean {
  if (x.kind !== 'date' || y.kind !== 'date' || x.precision !== 'year' || y.precision !== 'year') return false;
  if (!DEICTIC_YEAR.test(x.text.trim()) || !DEICTIC_YEAR.test(y.text.trim())) return false;
  const plan = (c: ClaimItem): boolean => c.direction === 'future' || c.hedged;
  if (!plan(x) || !plan(y)) return false;
  if (!recurring(x, y)) return false;
  const yx = new Date(x.from * 86_400_000).getUTCFullYear();
  const yy = new Date(y.from * 86_400_000).getUTCFullYear();
  return Math.abs(yx - yy) === 1;
}

/** A thing named with "the" and a capital ("the Oscars", "the Selen Awards", "the World Cup"): a named event. */
const NAMED_EVENT = /\bthe\s+(\p{Lu}[\p{L}'’-]+)/gu;
/** Words of an event that comes back every year. */
const YEARLY = /\b(?:annual|annually|yearly|every\s+year|season)\b/i;
/**
 * The two sentences tell of something that comes back every year: a word says so ("the annual
 * ceremony", "next season"), or both name one event by its proper name after "the" ("the Oscars").
 * An election or a plan told in common nouns is not read as one: there "this year" and "next year"
 * stay two years.
 */
function recurring(x: ClaimItem, y: ClaimItem): boolean {
  if (YEARLY.test(x.sentence.text) || YEARLY.test(y.sentence.text)) return true;
  const named = (c: ClaimItem): Set<string> => new Set([...c.sentence.text.matchAll(NAMED_EVENT)].map((m) => m[1].toLowerCase()));
  const nx = named(x);
  return [...named(y)].some((w) => nx.has(w));
}

/**
 * A year that opens a span of two years ("the 1997-98 school year", "the 2010/11 season", "fiscal
 * 2004-2005"): it names a period on another calendar than the calendar year, so it is compared only
 * with another such span.
 */
export function yearSpan(c: ClaimItem): boolean {
  return c.kind === 'date' && /^\d{4}$/.test(c.text.trim()) && /^\s*[-–/]\s*\d{2}(?:\d{2})?\b/.test(after(c, 8));
}
