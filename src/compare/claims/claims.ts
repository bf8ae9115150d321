/**
 * Claims about dates and numbers, compared across articles: the source of the dossier's date
 * and number conflicts and of its timeline. A claim is a resolved time expression or a quantity
 * with what surrounds it in its sentence (content words, entity ids, event classes, the figures it
 * gives in digits); two claims from different articles are about the same thing when those
 * surroundings agree. Times are
 * compared as the annotator resolved them against each article's own publication date, so
 * "last December" in an October 2025 article is 2024-12 and meets "December 2014" as a conflict.
 */
import { CROWD, crowdSize } from './crowd-counts.js';
import { POPULATION, populationCount } from './populations.js';
import { comparedMagnitude, CONVERTED_SLACK, conversionInParentheses, convertedUnit, magnitudeAt, unitAfter, writtenUnit } from './units.js';
import type { AnnotatedArticle, Precision } from '../../core/schema.js';
import type { EntityIndex } from '../entities/entities.js';
import { eventClass, sentenceAt, STOP, stem, tokens } from '../words/lex.js';
import { compiledOnce } from '../../core/regex.js';
import { IRREGULAR } from '../words/irregular-verbs.js';
import { measureOf } from './measure.js';
import { casualtyNoun, isCasualtyEvent } from './casualty-nouns.js';
import { toldFigures, type ToldFigure } from './told-figures.js';
import { COUNTRY_OF_DEMONYM, DEMONYM_PLURALS } from '../../annotate/lexicon/places.js';
import { MONTH } from '../../annotate/times/lexicon.js';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from '../../annotate/lexicon/persons.js';

/** The unit of a count of people ("26 people"), as unitKey reads it. */
const PEOPLE = stem('people');

/**
 * "… of the 12", "out of every ten" right after a figure (see its use); also after a possessive,
 * "14 of Velmora's 20 provinces", "12 of the country's 18 regions" (session 24 `falsecards`: read
 * as a count of 20 provinces against "won in 12 provinces", a sure false card naming an outlier).
 */
const PART_OF_AFTER = /^\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|every\s+|each\s+)?(?:(?:[\w.-]+\s+)?[\w.-]+['’]s?\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\b/i;
/**
 * A figure, one capitalised word (a group of the breakdown: a nationality, a party), and a
 * conjunction, next to another figure: "12 Somali and [11]", "[12] Republicans and 11". Not a
 * lower-case word: "3 dead and 40 injured" counts two things, each a whole. Bounded words,
 * anchored at one end: linear.
 */
const COORDINATED_AFTER = /^\s+\p{Lu}[\p{L}-]*\s+(?:and|or)\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)/u;
const COORDINATED_BEFORE = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+\p{Lu}[\p{L}-]*\s+(?:and|or)\s+$/u;
/**
 * Between a counted noun and a bare figure that shares it: at most four words (what qualifies the
 * first figure: "aboard", "on the plane", "in Velmar"), then a conjunction or a list mark ("and",
 * ", including", ",", ":"). Bounded words, anchored: linear. See the elided-noun rule in buildClaims.
 */
/** A tally's pair of counts as one number (see its use in buildClaims); a tally's counts have at most three digits. */
export const TALLY_BASE = 1000;
/** The most figures of one unit in a sentence that are told apart by their own stretches (sameRole). */
const MAX_ROLE_FIGURES = 8;
const ELIDED_GAP = /^(?:\s+\p{L}[\p{L}'.-]*){0,4}(?:(?:\s*,\s*|\s+)(?:and|or|plus|including)|\s*(?:,|:|\u2014|\u2013|--))\s+$/u;
/**
 * Between a counted noun and a bare figure that is the object of its own verb, coordinated with
 * the first figure's ("killed two people and wounded seven", "… and injured 30 before …"): a
 * conjunction and one verb in the past (an "-ed" form; irregular pasts are checked apart). See the
 * elided-noun rule in buildClaims. Bounded, anchored: linear.
 */
const ELIDED_VERB_GAP = /^\s*,?\s+(?:and|or|but)\s+([a-z]{3,})\s+$/;
/** After a figure so governed: its clause's end, a place, or a subordinate clause ("… wounded seven before he was shot"). */
const ELIDED_VERB_NEXT = /^(?:\s+(?:on|in|at|inside|outside|near|before|after|when|while|as|during|until)\b|\s*[,.;)])/;
/**
 * Whether the verb coordinated after a count ("… and killed 12") counts the same kind of thing as
 * the first figure's own verb: both casualty verbs ("killed two people and wounded seven": the
 * wounded are people) or neither ("sold 300 cars and leased 40"). A verb of death or injury
 * selects persons for its object, so after a count of other things ("destroyed 40 homes and
 * killed 12") its figure counts people, not homes; and a non-casualty verb after a toll ("killed
 * three soldiers and destroyed two") counts something else. The first verb is read by measure.ts
 * in the figure's sentence (bounded).
 */
/**
 * A count whose noun is now read as people (a demonym, a casualty noun) has "people" among its
 * context words too, weighed as its own noun, as the other report writes it ("12 Britons" /
 * "12 people").
 */
function readNounAsPeople(c: ClaimItem, noun: string): void {
  const w = c.keys.get(noun);
  if (w !== undefined && !c.keys.has(PEOPLE)) {
    c.keys.set(PEOPLE, w);
    c.mass += w;
  }
}

function sameCasualtyKind(text: string, sents: Array<{ start: number; end: number }>, start: number, end: number, verb: string): boolean {
  const s = sentenceAt(sents, start);
  if (!s || end > s.end) return false;
  const first = measureOf(text.slice(s.start, s.end), start - s.start, end - s.start, null).keys.some(isCasualtyEvent);
  const base = IRREGULAR[verb] ?? verb;
  // The event classes (lex.ts eventClass) of verbs whose object is a person: a death, an injury.
  const second = isCasualtyEvent(eventClass(stem(verb)) ?? eventClass(stem(base)));
  return first === second;
}
/** "others" right after a figure ("injuring 24 others"): the figure's noun is the first figure's. */
const OTHERS = /^\s+others\b/;
/** After such a bare figure: a place ("on the ground", "aboard") or the clause's end. */
const ELIDED_NEXT = /^(?:\s+(?:on|in|at|aboard|onboard|inside|outside|near|nearby|abroad|overseas|elsewhere)\b|\s*[,.;)])/;
/** "-member board" after a count: the hyphened word and the word it modifies (see its use). */
const HYPHENED_UNIT = /^-(\p{L}{3,})((?:\s+\p{L}[\p{L}'’]*){1,3})/u;
/**
 * The noun a hyphened count modifies, from the words after it (HYPHENED_UNIT's second group): the
 * first word, or past a participle or a capitalised word that premodifies the next ("a 20-member
 * [elected] Board of Education", "the 10-member [Kansas] Board of Education": both count the
 * board's members; read as "member-elect" and "member-kansa" they were never compared).
 */
function hyphenedNoun(after: string): string {
  const words = after.trim().split(/\s+/);
  let i = 0;
  // Never onto the clause's verb ("the 9-member Supreme Court [ruled]", "the 27-nation European
  // Union [agreed]": a past form, regular or irregular, is no head noun; read as "member-rul"
  // the board met any other "N-member … ruled").
  const past = (w: string): boolean => /^[a-z]+ed$/.test(w) || (IRREGULAR[w] !== undefined && IRREGULAR[w] !== w);
  while (i + 1 < words.length && words[i + 1].length >= 3 && !STOP.has(words[i + 1].toLowerCase()) && !past(words[i + 1]) && (/ed$/.test(words[i]) || /^\p{Lu}/u.test(words[i]))) i++;
  return words[i];
}
/** A currency joined to a figure by a hyphen, after its scale word or not ("million-euro", "-dollar"). */
const HYPHENED_CURRENCY = /^(?:-(?:thousand|million|billion))?-(euro|dollar|yen|yuan|ruble|rouble)s?\b/i;
/**
 * A unit of length, area, weight or volume joined to a count by a hyphen, as an adjective before
 * the noun it measures ("a 16-inch strip", "a 40-foot-long boat", "a 5-ton truck"): the measure
 * is the figure's unit, as in "16 inches long". Not points, storeys or time (a "10-point lead"
 * keeps its noun; durations are read by the annotator).
 */
const HYPHENED_MEASURE = /^-(inch(?:es)?|f(?:oo|ee)t|yards?|miles?|(?:kilo|centi|milli)?met(?:er|re)s?|acres?|hectares?|pounds?|ounces?|tons?|tonnes?|kilo(?:gram(?:me)?)?s?|grams?|gallons?|lit(?:er|re)s?|barrels?)(?:-(?:long|wide|high|tall|deep|thick))?\b/i;

export interface ClaimItem {
  id: number;
  kind: 'date' | 'number';
  article: string;
  articleIndex: number;
  start: number;
  end: number;
  /** The expression as written. */
  text: string;
  /** Normalised value compared: ISO date/prefix, or "low" / "low-high" for numbers. */
  normalized: string;
  precision: Precision | null;
  /** For dates: the ISO value as resolved (a week by its Monday, a decade by its first year). */
  iso: string;
  /** For dates: the first and last day the value covers (days since 1970), for overlap tests. */
  from: number;
  to: number;
  low: number;
  high: number;
  unit: string | null;
  sentence: { start: number; end: number; text: string };
  /** True for a date that bounds a period ("until Friday", "since 2011") rather than dating an event. */
  bound: boolean;
  /** True when the value depends on the publication date ("on Tuesday"). */
  relative: boolean;
  /**
   * A weekday the annotator could not resolve (the article has no publication date): compared by
   * its name only ("Tuesday" against "Thursday" for one event), never with a resolved date, and
   * left out of the timeline. 1 = Monday … 7 = Sunday; null otherwise.
   */
  weekday: number | null;
  /**
   * The date of a statement, in an attribution ("…, police said Friday."): described by what
   * was said and who said it, compared only with other statement dates, and at most possible.
   */
  statement: boolean;
  /**
   * A date used as a name or an attribute ("the 1940s Hollywood actress", "the Aug. 7 bombing",
   * "Sunday's debate"): it names an era or an event rather than dating what is reported, so it is
   * compared only with other attributive dates (and is at most possible).
   */
  attributive: boolean;
  /**
   * The date in a named event's name ("the July 7 bombings", "the February 27 earthquake"): it
   * dates no reported act (never a timeline entry), but two reports that name one event by two
   * dates disagree on when it was; compared as an attributive date (at most possible).
   */
  named?: boolean;
  /**
   * For an age told of a named person (unit `duration:named:old`: ageApposition, ageOwner): that
   * person's entity id. Two such ages of two people are two claims however alike their sentences.
   */
  ageOf?: string;
  /**
   * For a date in a dated article: the last day of its article's publication day,
   * on the scale of `from`/`to` (byBoundAgainstDate).
   */
  publishedDay?: number;
  /**
   * For a date whose clause the annotator read a tense for (times/tense.ts, relative dates only):
   * 'past' for a reported act ("released Wednesday"), 'future' for a pending one ("will rise
   * next year"); null when unread or open, and for numbers.
   */
  direction: 'past' | 'future' | null;
  /** Person entities (ids) in the context: whose date or figure it is. */
  persons: Set<string>;
  /** Names of the place entities in the context (sorted): where the figure's event is. */
  places: string[];
  /**
   * For a figure written as a bound: "more than 20,000" is a `lower` limit, "as many as 200,000"
   * an `upper` one (null otherwise); `figure` is the number written, scaled ("2.6 million").
   */
  limit: 'lower' | 'upper' | null;
  figure: number;
  /**
   * The rounding step the figure is written to, in the units of low/high (0 for dates and exact
   * figures): "3,000" is written to the thousand, "38 million" to the million, "38.5 million" to
   * the hundred thousand, "2 a.m." to the hour. A round figure may stand for any value within half
   * its step, so two figures that differ only by that much may be one figure rounded
   * (see roundingOnly): a possible conflict, not an accusation.
   */
  grain: number;
  /** A figure whose sentence holds another figure of the same unit: which is which is unclear. */
  ambiguous: boolean;
  /**
   * For a figure among several of its unit in its sentence (and for every figure, so it can be set
   * against one): the content words (stems) of its own stretch of the sentence, `after` from it to
   * the next figure of its unit or the clause's end ("109 people [aboard] and five [on the
   * ground]"), `before` from the clause's start or the previous such figure to it; `siblings`,
   * the words of the other figures' stretches; `mods`, the words between the figure and its counted
   * noun ("three [gold] medals"). See sameRole.
   */
  role: { after: Set<string>; before: Set<string>; mods: Set<string>; siblingsAfter: Set<string>; siblingsBefore: Set<string>; event: string | null; governs: string | null } | null;
  /**
   * What a figure counts, as written right after it: the stems of the first two content words of
   * its noun phrase ("four AK-47 [assault rifles]", "the 44-year-old [former paratrooper]",
   * "six Massachusetts [middle schools]"), joined; null for dates and when the phrase has fewer
   * than two content words before the clause ends. Two figures of one unit counting the same
   * two-word thing are about the same thing however differently their sentences go on.
   */
  counted: { key: string; words: string } | null;
  /**
   * The event class nearest the value in its sentence, within PREDICATE_KEYS content words either
   * side ("killing [60] people and injuring 162": death; "another [173] people were injured":
   * injury): the predicate the value belongs to, so two figures near the same event words are
   * not taken for one claim when each governs another event. Null when none is that near.
   */
  predicate: string | null;
  /**
   * For a figure, what it measures, read in its construction (measure.ts: the verb it is the
   * object or the subject of, the noun it is the complement of), as keys: "killed at least 28
   * Palestinians" / "26 people had died" both measure a death; "cost … about $2 billion" / "cost
   * the company $3 billion" both a cost. Empty for dates and when nothing governs the figure in
   * its clause. Two figures of one unit sharing a key are one measured thing (candidates, and
   * evidence for a possible conflict: conflicts.ts samePredicate).
   */
  measure: string[];
  /** The name right before the verb governing the figure (measure.ts measureOf), lower-case; null when none. */
  agent: string | null;
  /**
   * A common noun opening the sentence as that verb's subject ("Police arrested …", measure.ts
   * commonOpener), lower-case: no name the other report must write (unlike `agent`), but another
   * actor than another such subject or name (sharedMeasure, figure-kinds.ts otherAgents).
   */
  commonAgent?: string;
  /**
   * For a count of the dead or injured written as a people ("at least 28 Palestinians"): the
   * people (its stem), while its unit is read as people ("count:peopl"), so that it meets "26
   * people had died" (the generic count of the same casualties); two counts of two named peoples
   * ("28 Palestinians" / "3 Israelis") are two things (sourcesDiffer). Null otherwise.
   */
  group: string | null;
  /**
   * A value the source does not state as fact, or not as the date of what is reported: a
   * forecast ("expected to", "could total"), a date in the future of the article, a date used as
   * a name ("the Aug. 7 bombing"), the date of a statement ("said Monday"). Such a
   * disagreement is at most a possible conflict.
   * (Bounds and approximations, "more than 200", "about 30", are read into low/high instead.)
   */
  hedged: boolean;
  /** Context keys with weights. */
  keys: Map<string, number>;
  mass: number;
}

export interface ClaimEdge {
  a: number;
  b: number;
  sim: number;
}

export interface ClaimGraph {
  claims: ClaimItem[];
  edges: ClaimEdge[];
  /** Connected components (claim ids), each sorted, in order of first claim. */
  components: number[][];
  /** Per article, the counts it tells of an earlier moment (told-figures.ts), for updates a later report tells itself. */
  told?: ToldFigureMap;
}

/** Per article id, the counts it tells of an earlier moment (told-figures.ts). */
export type ToldFigureMap = Map<string, ToldFigure[]>;


/**
 * How many later claims of one context key a claim is compared with (candidate retrieval
 * cap). Below it every pair sharing a key is compared, as before; a key carried by more claims
 * (many articles about one event, or a hostile text repeating the same words) would make the
 * pairs quadratic. Claims about one thing still meet: a component is linked through its
 * neighbours in the posting lists, which are in article order.
 */
const POSTING_WINDOW = 256;
/**
 * A reporting verb right before a date ("said Wednesday", "announced on Monday"): the date of a
 * statement. The channel may stand between them ("announced on Twitter today", "said in a
 * statement Monday"): read on an unseen ECB+ story, three announcements of three days, each
 * "announced on Twitter today (…)", were one date in disagreement.
 */
const SAID_BEFORE = /\b(?:said|says|told|announced|stated|declared)\s+(?:(?:on|in|via)\s+(?:a\s+)?(?:twitter|facebook|statement|tweet|post|blog|interview|release|press\s+release|news\s+conference)\s+)?(?:on\s+)?(?:(?:today|yesterday|tonight)\s*\(\s*)?$/i;
/**
 * A determiner or a possessive ("the", "his", "Trump's"), then at most two lower-case
 * premodifiers ("his top", "the party's former"; not a preposition or auxiliary: "the attack on
 * Monday" dates the attack), right before a bare year: the year sits inside a noun phrase when a
 * noun follows it (see `attributive` in the date claims). The premodifiers are bounded words, so
 * the test is linear in the 40-character lead.
 */
const ATTRIBUTIVE_LEAD = /(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Yy]our|[Mm]y)|[\p{L}]['’]s)\s+(?:(?!(?:in|on|at|of|for|to|by|from|since|during|until|after|before|through|over|last|this|next|and|or|was|is|were|had|has)\s)[\p{Ll}][\p{Ll}-]*\s+){0,2}$/u;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** A weekday alone, or with a part of the day ("early Thursday morning"); not "next Tuesday" or "every Friday". */
const WEEKDAY_ONLY = /^(?:on\s+)?(?:early\s+|late\s+|last\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?$/i;
/** A time of day with nothing that names a day ("10 p.m.", "about 3:33 a. m.", "noon"). */
const CLOCK_ONLY = /^(?:at\s+)?(?:about\s+|around\s+|approximately\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)|\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:gmt|utc|[a-z]st|[a-z]dt))?|noon|midnight)$/i;
/** Content words either side of the expression that describe what it is about. */
const WINDOW = 8;
/** A bound's word before a date, across the date's own modifiers ("until late Friday", "by early on Monday"). */
const BOUND_BEFORE = /\b(?:until|till|through|since|before|after|by|from)\s*(?:(?:late|early|mid)[\s-]+(?:on\s+|in\s+)?)?$/i;
/** A verb of beginning right before a date: "commenced in September", "began on Monday", "started in 2009". */
const START_BEFORE = /\b(?:commenced|began|begun|started|launched)\s+(?:in|on)?\s*$/i;
/**
 * A reporting verb within the few words before a date ("said on Tuesday", "told reporters on
 * Monday"). A survey or a data release reports too: "…, the Labor Department's survey showed on
 * Wednesday" dates the release, not the figures it gives (read on an unseen AllSides story, the
 * release day was set against the month of an earlier figure).
 */
const REPORTING_BEFORE = /\b(?:said|says|told|announced|reported|stated|added|confirmed|declared|wrote|tweeted|showed|shows|revealed)\b(?:\s+\S+){0,5}\s*$/i;
/**
 * How far back (characters) the reporting-verb and clause tests look: "said" and at most five
 * words after it, or the clause's comma before that, are well within it; bounding it keeps a
 * claim's cost independent of its sentence's length.
 */
const LEAD_CHARS = 400;
/** After a date, only the next few words of its own clause. */
const RIGHT_WINDOW_DATE = 4;
/** Only prepositions of time and a time adverbial's own modifiers before a date, from the start of its sentence ("By late ", "Late on ", "Early "). */
const FRONTED_DATE_MODIFIERS = /^[\s"“'‘(]*(?:(?:by|on|in|at|until|till|from|since|before|after|around|about|sometime|as\s+of|late|early|earlier|later|mid)[\s-]+)*(?:late|early|earlier|later|mid|sometime)[\s-]+(?:(?:on|in|at)\s+)?$/i;
/**
 * The word right after a date, when the date stands between its clause's subject and verb ("The
 * Indian Navy on Saturday [prevented] pirates …", "Microsoft on Wednesday [issued] a patch"): a
 * past-tense verb (an irregular past or an "-ed" form), not a reporting verb (that date is a
 * statement's, read apart). One word, bounded: linear.
 */
const VERB_AFTER = /^\s+([a-z]{3,})\b/;
const NOT_PAST_VERB = /^(?:said|told|announced|reported|stated|added|confirmed|declared|wrote|tweeted|showed|revealed|hundred|red|bed|need|seed|speed|feed)$/;
/** Whether the date at [start, end) of `text` is followed by its clause's verb (see VERB_AFTER). */
export function preVerbalDate(text: string, start: number, end: number): boolean {
  // Not at the sentence's start (a fronted date is read as such below): a subject stands before it.
  if (!/\p{L}[\s]*$/u.test(text.slice(Math.max(0, start - 3), start))) return false;
  const m = VERB_AFTER.exec(text.slice(end, end + 24));
  if (!m || NOT_PAST_VERB.test(m[1])) return false;
  return IRREGULAR[m[1]] !== undefined || /ed$/.test(m[1]);
}
/** Context similarity (weighted Dice) at or above which two claims are about the same thing. */
export const SAME_CLAIM = 0.3;
/**
 * Lower bar for dates that look like one date mistyped: same month (and day), years one digit
 * apart ("December 2014" / "December 2024", "March 2015" / "March 2025"). Such a pair is
 * unlikely by chance, so weaker context agreement (two shared ordinary words) is enough.
 */
export const NEAR_MISS_CLAIM = 0.15;
/**
 * A conflict needs more than "the same thing" for the timeline: two events at one place on
 * different days ("told reporters at the harbour gate on Tuesday", "laid flowers at the harbour
 * gate on Wednesday") share some context without being one event. Near-miss dates excepted.
 */
export const CONFLICT_CLAIM = 0.4;

export function nearMiss(x: ClaimItem, y: ClaimItem): boolean {
  if (x.kind !== 'date' || y.kind !== 'date' || x.precision !== y.precision) return false;
  if (x.precision !== 'month' && x.precision !== 'day') return false;
  if (x.iso.slice(4) !== y.iso.slice(4)) return false;
  let diff = 0;
  for (let i = 0; i < 4; i++) if (x.iso[i] !== y.iso[i]) diff++;
  return diff === 1;
}

/** Two claims' contexts share a figure written in digits (figureKey) and a named entity. */
function figureAndName(x: ClaimItem, y: ClaimItem): boolean {
  if (sharedFigure(x, y) === null) return false;
  for (const k of x.keys.keys()) if (k.startsWith('E:') && y.keys.has(k)) return true;
  return false;
}

/** Shared context keys that are ordinary words (not names, not event classes). */
function sharedWords(x: ClaimItem, y: ClaimItem): number {
  let n = 0;
  for (const k of x.keys.keys()) if (y.keys.has(k) && !k.startsWith('E:') && !k.startsWith('EV:')) n++;
  return n;
}

interface SentenceKeys {
  start: number;
  end: number;
  keys: Array<{ key: string; start: number; end: number }>;
}

/** Index of the first key with `pos(key) > bound` (keys are in text order, so `pos` is increasing). */
function firstKeyFrom<K>(keys: K[], bound: number, pos: (k: K) => number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pos(keys[mid]) <= bound) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many content words either side of a value its predicate may be (see ClaimItem.predicate). */
const PREDICATE_KEYS = 3;

/** The event class nearest [start, end) among its sentence's keys (ClaimItem.predicate). */
function predicateOf(sk: SentenceKeys, start: number, end: number): string | null {
  const before = firstKeyFrom(sk.keys, start, (k) => k.end);
  const after = firstKeyFrom(sk.keys, end - 1, (k) => k.start);
  for (let d = 0; d < PREDICATE_KEYS; d++) {
    // Before first at equal distance: English puts the verb before its object ("killing 60").
    const b = sk.keys[before - 1 - d];
    if (b && b.end <= start && b.key.startsWith('EV:')) return b.key;
    const a = sk.keys[after + d];
    if (a && a.key.startsWith('EV:')) return a.key;
  }
  return null;
}

/**
 * The key of a figure written in digits, as a participant of its sentence's claims: its kind and
 * value ("#count:23", "#money:2600000"). Two sentences giving the same figure ("nabbed 23 Somali
 * and Yemeni sea brigands" / "arrested 23 pirates", "8.8 earthquake") tell of the same thing more
 * surely than two sharing a common word, so the claims around it meet on it (issue #10: claims
 * aligned by what they are about, not only by sentence wording; its idf weighs it like a word).
 * Only figures a chance match is unlikely for: ten or more, or with a decimal part; small whole
 * figures ("two", "3") recur in unrelated sentences.
 */
function figureKey(q: AnnotatedArticle['quantities'][number], after: string): string | null {
  if (q.kind === 'vague' || q.kind === 'ordinal' || q.kind === 'range' || q.value === null) return null;
  // A scale word the annotator left outside the span ("($2.6 million)" read as 2.6), as construction() reads it.
  const scale = /^-?\s?(thousand|million|billion|trillion)\b/i.exec(after);
  const value = scale ? q.value * { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }[scale[1].toLowerCase() as 'thousand']! : q.value;
  if (Math.abs(value) < 10 && Number.isInteger(value)) return null;
  return `#${q.kind}:${value}`;
}

/** An article's quantities written in digits, sorted by position (computed once per article). */
const FIGURES = new WeakMap<AnnotatedArticle, AnnotatedArticle['quantities']>();
function figuresOf(a: AnnotatedArticle): AnnotatedArticle['quantities'] {
  let f = FIGURES.get(a);
  if (!f) FIGURES.set(a, (f = a.quantities.filter((q) => /\d/.test(a.text.slice(q.start, q.end))).sort((x, y) => x.start - y.start || x.end - y.end)));
  return f;
}

/** Key sequence of a sentence: entity ids for names, event classes, figures (figureKey), else content stems. */
function keySequence(a: AnnotatedArticle, s: { start: number; end: number }, ents: EntityIndex): SentenceKeys {
  const keys: SentenceKeys['keys'] = [];
  let lastEntity: string | null = null;
  // The sentence's figures written in digits, in text order (found by binary search in the
  // article's sorted figures, so a sentence costs its own figures only).
  const all = figuresOf(a);
  const figs: typeof all = [];
  for (let i = firstKeyFrom(all, s.start - 1, (q) => q.start); i < all.length && all[i].start < s.end; i++) if (all[i].end <= s.end) figs.push(all[i]);
  let fi = 0;
  let lastFig = -1;
  for (const t of tokens(a.text.slice(s.start, s.end), s.start)) {
    while (fi < figs.length && figs[fi].end <= t.start) fi++;
    const q = figs[fi];
    if (q && q.start <= t.start && t.end <= q.end && /^\d/.test(t.norm)) {
      const k = figureKey(q, a.text.slice(q.end, q.end + 12));
      if (k !== null && lastFig !== fi) keys.push({ key: k, start: q.start, end: q.end });
      lastFig = fi;
      lastEntity = null;
      continue;
    }
    const ent = ents.at(a.id, t.start, t.end);
    if (ent) {
      // A multi-word name is one key.
      if (ent !== lastEntity) keys.push({ key: `E:${ent}`, start: t.start, end: t.end });
      lastEntity = ent;
      continue;
    }
    lastEntity = null;
    if (STOP.has(t.norm) || /^\d/.test(t.norm)) continue;
    // A capitalised word the mention layer left out (a surname opening a sentence, "Okafor was
    // indicted in 1969") that is the last name of a person the story names (or the whole name of
    // another entity) is that entity: the
    // same key as the other report's "Okafor, 71, was indicted in 1970", where it is a mention.
    // Read as a plain word, the two claims shared no participant and were never compared.
    const cap = a.text.charCodeAt(t.start);
    if (cap >= 65 && cap <= 90 && t.norm.length >= 3) {
      const word = a.text.slice(t.start, t.end);
      const id = ents.byName(word, a.id);
      const e = id !== null ? ents.get(id) : undefined;
      // (A person by its last name; any other entity only by its whole one-word name: "Bank" is
      // no key of "World Bank".)
      if (id !== null && e !== undefined && (e.type === 'person' || e.name === word)) {
        keys.push({ key: `E:${id}`, start: t.start, end: t.end });
        continue;
      }
    }
    const st = stem(t.norm);
    keys.push({ key: eventClass(st) ?? st, start: t.start, end: t.end });
  }
  return { start: s.start, end: s.end, keys };
}

const DAY = 86_400_000;

/** The days an ISO value of a given precision covers: [first, last] in days since 1970. */
export function dayRange(value: string, precision: Precision): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) - 1 : 0;
  const d = m[3] ? Number(m[3]) : 1;
  const start = Date.UTC(y, mo, d) / DAY;
  switch (precision) {
    case 'day':
      return [start, start];
    case 'week':
      return [start, start + 6];
    case 'month':
      return [start, Date.UTC(y, mo + 1, 1) / DAY - 1];
    case 'year':
      return [Date.UTC(y, 0, 1) / DAY, Date.UTC(y + 1, 0, 1) / DAY - 1];
    case 'decade':
      return [Date.UTC(y, 0, 1) / DAY, Date.UTC(y + 10, 0, 1) / DAY - 1];
  }
}

/**
 * Whether a difference between two claims is the sources' and not ours: two relative
 * expressions with the same words ("on Tuesday" / "on Tuesday") that resolve differently differ
 * only by how each was resolved against its publication date (a weekday can be last week's or
 * next week's), not by what the sources say.
 */
/**
 * For a "by" date of a done act against a plain date (see sourcesDiffer): whether they cannot both
 * hold (the plain date starts after the bound ends); null when the pair is not of that kind. The
 * act must be told done on both sides (no clause pointing ahead: "will be finished by Friday" is a
 * deadline, a plan that may still move), and the plain date must be of the act (no bound, no
 * statement's date: "said on Thursday" dates the saying, which may follow the act by days).
 */
export function byBoundAgainstDate(x: ClaimItem, y: ClaimItem): boolean | null {
  if (x.kind !== 'date' || y.kind !== 'date' || x.bound === y.bound) return null;
  const [b, d] = x.bound ? [x, y] : [y, x];
  if (boundWord(b) !== 'by' || boundWord(d) !== null || d.statement || b.statement || b.weekday !== null || d.weekday !== null) return null;
  if (b.direction === 'future' || d.direction === 'future' || b.hedged || d.hedged) return false;
  // An act dated after the "by" report was published is one it could not have told of: a repeat
  // or a continuation ("By Tuesday, authorities had evacuated the villages", published Tuesday /
  // "evacuated the villages on Thursday as the water rose again"), not another date of its act.
  if (b.publishedDay !== undefined && d.from > b.publishedDay) return false;
  return d.from > b.to;
}

/** A percent written as a simple fraction ("a quarter", "two-thirds": no digit, no "percent"). */
function fractionShare(c: ClaimItem): boolean {
  return c.kind === 'number' && c.unit === 'percent:percent' && !/\d|percent|per\s*cent|%|pct/i.test(c.text);
}
/** A percent that is a share of what follows it ("20 percent of its dealerships", "a quarter of"). */
function shareWritten(c: ClaimItem): boolean {
  return /^\s+of\b/i.test(c.sentence.text.slice(c.end - c.sentence.start, c.end - c.sentence.start + 6));
}

/** A "when" clause opening right after a time expression (", when …" or " when …"). */
const WHEN_AFTER = /^\s*,?\s*when\s+(?=\p{L})/iu;
/**
 * Where the "when" clause right after a time expression opens (the offset of its first word after
 * "when", in the text given), or null: "on Thursday, when a blaze demolished the warehouse". Such
 * a clause tells what happened at the moment the expression names (see contextOf in buildClaims).
 */
export function whenClauseAfter(text: string, endRel: number): number | null {
  const m = WHEN_AFTER.exec(text.slice(endRel, endRel + 16));
  return m === null ? null : endRel + m[0].length;
}

/** The word that makes a date a bound ("since", "until"), read before it or at its start; null when none. */
export function boundWord(c: ClaimItem): string | null {
  const rel = c.start - c.sentence.start;
  // A date right after a verb of beginning ("commenced in September", "began on Monday") dates
  // the start of a period, which is what "since" bounds.
  if (!c.bound) return c.kind === 'date' && START_BEFORE.test(c.sentence.text.slice(Math.max(0, rel - 24), rel)) ? 'since' : null;
  const m = BOUND_BEFORE.exec(c.sentence.text.slice(Math.max(0, rel - 24), rel)) ?? /^(until|till|since|before|after|by)\b/i.exec(c.text);
  return m ? (m[1] ?? m[0]).trim().toLowerCase().replace(/^(\w+).*$/, '$1') : null;
}

/**
 * A figure written in digits that both claims' contexts give (figureKey), as written in the first:
 * the other value both sentences tell agrees. Null when none.
 */
/** A measure key (ClaimItem.measure) two figures of one unit share, or null. */
/**
 * Whether an actor read before a verb (ClaimItem.agent, lower-case) is written in a sentence as a
 * word of its own, not inside another word: "EU" is not written in "euro", "UN" not in "fund",
 * "Ira" not in "pirate" (a substring test had read them as one actor and paired two donors'
 * amounts as one, a high card; review of session 27). Patterns cached by actor (a story's actors:
 * bounded by its words).
 */
const WORD_PATTERNS = new Map<string, RegExp>();
export function writtenAsWord(agent: string, text: string): boolean {
  let re = WORD_PATTERNS.get(agent);
  if (re === undefined) {
    const escaped = agent.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
    // (Emptied when large: a long-running server reads many stories' actors.)
    if (WORD_PATTERNS.size >= 4096) WORD_PATTERNS.clear();
    WORD_PATTERNS.set(agent, re);
  }
  return re.test(text);
}

/** Two actors of the governing verbs, at least one a common-noun subject (commonAgent), each absent from the other's sentence. */
export function commonActorsApart(x: ClaimItem, y: ClaimItem): boolean {
  const ax = x.agent ?? x.commonAgent ?? null;
  const ay = y.agent ?? y.commonAgent ?? null;
  if (ax === null || ay === null || ax === ay || (x.commonAgent === undefined && y.commonAgent === undefined)) return false;
  return !writtenAsWord(ax, y.sentence.text) && !writtenAsWord(ay, x.sentence.text);
}

export function sharedMeasure(x: ClaimItem, y: ClaimItem): string | null {
  if (x.kind !== 'number' || y.kind !== 'number' || x.unit !== y.unit) return null;
  // Two named subjects of the governing verb, each absent from the other sentence, are two actors.
  const absent = (c: ClaimItem, other: ClaimItem): boolean => c.agent !== null && !writtenAsWord(c.agent, other.sentence.text);
  if (absent(x, y) || absent(y, x)) return null;
  // Two subjects of the verb, one or both a common noun opening its sentence ("Police" /
  // "Soldiers"), each absent from the other sentence: two actors (figure-kinds.ts otherAgents).
  if (commonActorsApart(x, y)) return null;
  return x.measure.find((m) => y.measure.includes(m)) ?? null;
}

export function sharedFigure(x: ClaimItem, y: ClaimItem): string | null {
  for (const k of [...x.keys.keys()].sort()) if (k.startsWith('#') && y.keys.has(k)) return k;
  return null;
}

export function sourcesDiffer(x: ClaimItem, y: ClaimItem, sim = 1): boolean {
  // Contexts at the claims' own bar (an edge) that give one figure alike tell of one thing as
  // surely as contexts at the conflict bar: the figure is a participant both name.
  if (sim < CONFLICT_CLAIM && !nearMiss(x, y) && sharedFigure(x, y) === null) return false;
  if ((x.ambiguous || y.ambiguous) && !sameRole(x, y)) return false;
  // A share written as a fraction ("half of the households") against a percent not followed by
  // "of" ("bills rose 12 percent", "sales fell 40 percent"): the fraction is always a share of a
  // group, the bare percent most often a change or a rate, and the two answer different questions
  // (annotate/quantities.ts reads fractions as percents only before "of").
  if ((fractionShare(x) && !shareWritten(y)) || (fractionShare(y) && !shareWritten(x))) return false;
  // Two peoples' casualties ("28 Palestinians" / "3 Israelis") are two counts (ClaimItem.group).
  if (x.group !== null && y.group !== null && x.group !== y.group) return false;
  // Figures or dates of different people ("Hansbrough finished with 20 points", "Lawson added
  // 16 points") are not one claim however alike their sentences read.
  if (x.persons.size && y.persons.size && ![...x.persons].some((p) => y.persons.has(p))) return false;
  // Two ages each told of its own named person (ClaimItem.ageOf: "Jonathan Carrasquillo, 24" /
  // "his half-brother, 17-year-old Kristian, and Carrasquillo") are two people's, whoever else
  // their sentences name.
  if (x.ageOf !== undefined && y.ageOf !== undefined && x.ageOf !== y.ageOf) return false;
  // An unresolved weekday against a resolved date: which week is unknown, so only a resolved
  // single day (whose weekday is known) can differ from it.
  if ((x.weekday === null) !== (y.weekday === null) && (weekdayOf(x) === null || weekdayOf(y) === null)) return false;
  if (compatible(x, y)) return false;
  // A weekday's name read as the one six days before its report (the weekday after the report's
  // own) may as well be the day after publication: a report dated in its own time zone of an act
  // abroad ("early Friday local time" in a paper dated Thursday), or stamped the evening before.
  // Against a date within a day of that reading the two may tell one moment, and no outlet is
  // shown wrong (a confident false card on a real unseen story, session 21: "early Friday" /
  // "Thursday (on the East Coast of the U.S.)").
  if (nextDayReading(x, y) || nextDayReading(y, x)) return false;
  // "closed until Friday" and "closed on Tuesday" do not contradict: a bound is not a date. Two
  // bounds of one kind do ("since July" / "since September": the period began once).
  // A period's start is one date however it is written: "since July" and "which commenced in
  // September" date the same beginning (startWord).
  // A "by" date against a plain date of the act: "By late Wednesday night, the company had
  // suspended the account" / "suspended the account on Thursday". "By" bounds a done act from
  // above (it happened then or before), so only a date wholly after the bound cannot hold with
  // it (byBoundAgainstDate); a date before it agrees.
  const by = byBoundAgainstDate(x, y);
  if (by !== null) return by;
  if ((x.bound || y.bound) && !(boundWord(x) !== null && boundWord(x) === boundWord(y))) return false;
  const words = (c: ClaimItem): string => c.text.toLowerCase().replace(/^(?:on|in|at|by|late|early)\s+/g, '').trim();
  return !(x.kind === 'date' && x.relative && y.relative && words(x) === words(y));
}

/**
 * Whether two figures, one or both among several of one unit in their sentences, hold the same
 * place in them: the words of their own stretches (ClaimItem.role) share one that no other figure
 * of either sentence has in its stretch. "killing all 109 people aboard and five on the ground" /
 * "… and four on the ground": "ground" is the five's and the four's alone, so those two are one
 * claim, while 109 ("aboard") never meets the four. The words after a figure say what it counts
 * of the whole ("aboard", "on the ground", "injured"); only where neither figure has any ("114
 * people: 109 …") are the words before it read ("the crash killed"). Without it every sentence
 * giving two figures of one unit was left out of every comparison, whatever else it said.
 */
/** A forecast word before a figure in its clause (as conflicts.ts FORECAST_BEFORE reads a forecast). */
const PROJECTION_BEFORE = /\b(?:predict(?:ed|s|ing)?|forecast(?:ed|s|ing)?|projected|projections?|expect(?:ed|s|ing)?|anticipated|estimated)\b[^.;:]{0,60}$/i;
function sameRole(x: ClaimItem, y: ClaimItem): boolean {
  if (!x.role || !y.role) return false;
  // Two kinds of the counted thing ("three gold medals" / "five bronze medals") are two things.
  if (x.role.mods.size && y.role.mods.size && ![...x.role.mods].some((w) => y.role!.mods.has(w))) return false;
  // One governing word that no other figure of its unit in either sentence has, and one doer
  // ("the Romanian Government pledged 150,000 euro for the relief effort" / "150,000 euro worth
  // of aid pledged by the Romanian government", each sentence also giving a telethon's raised
  // 395,000 euro): the verb and its doer say which amount is which where the stretches share no
  // word, as the event does below (a dev number analogue, half A, MultiLing). The doer read before
  // the verb (ClaimItem.agent) of at least one must be written in the other sentence, and two
  // doers read must be one: "Japan pledged $500 million, while the U.S. gave $350 million" /
  // "The U.S. pledged $350 million" are two donors' amounts.
  // (Not for a figure a forecast word stands before in its clause: "was projected to take third
  // place with about 7 percent" and "was third with 6 percent" share the verb, yet a projection
  // and a result answer two questions; a false possible card on a DUC 2006 dev story otherwise.)
  const projected = (c: ClaimItem): boolean => PROJECTION_BEFORE.test(c.sentence.text.slice(Math.max(0, c.start - c.sentence.start - 80), c.start - c.sentence.start));
  if (x.role.governs !== null && x.role.governs === y.role.governs && !projected(x) && !projected(y)) {
    const ax = x.agent ?? x.commonAgent ?? null;
    const ay = y.agent ?? y.commonAgent ?? null;
    const writtenIn = (a: string | null, c: ClaimItem): boolean => a !== null && writtenAsWord(a, c.sentence.text);
    if ((ax === null || ay === null || ax === ay) && (writtenIn(ax, y) || writtenIn(ay, x))) return true;
  }
  const distinct = (a: Set<string>, b: Set<string>, sa: Set<string>, sb: Set<string>): boolean => [...a].some((w) => b.has(w) && !sa.has(w) && !sb.has(w));
  if (x.role.after.size && y.role.after.size) return distinct(x.role.after, y.role.after, x.role.siblingsAfter, y.role.siblingsAfter);
  // Where the stretches cannot tell, the figures' own verbs can: each the only figure of its unit
  // in its sentence that its event (a death, an injury) governs, and the same event. Only where a
  // figure sharing its sentence with others of its unit has no words of its own after it: "109
  // [aboard] and five on the ground" is a part of a toll, told apart by its words, and no toll.
  const plain = (c: ClaimItem): boolean => !c.ambiguous || c.role!.after.size === 0;
  if (x.role.event !== null && x.role.event === y.role.event && plain(x) && plain(y)) return true;
  if (x.role.after.size || y.role.after.size) return false;
  return distinct(x.role.before, y.role.before, x.role.siblingsBefore, y.role.siblingsBefore);
}

/**
 * Where a figure's stretch of its sentence ends or begins (see ClaimItem.role): a clause's
 * punctuation, a conjunction (what follows "and" is the next conjunct's: "four touchdowns
 * receiving [and had returned] three punts"), or another figure (digits or a number word).
 */
const STRETCH_END = /[,;:.!?()\u2014\u2013"\u201c\u201d]|\d|\b(?:and|or|but|while|whereas|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion)\b/i;
const STRETCH_END_G = new RegExp(STRETCH_END.source, 'gi');

/** The content-word stems of a piece of a sentence, without the figure's own unit (see ClaimItem.role). */
function stretchWords(text: string, unit: string | null): Set<string> {
  const tail = unit?.replace(/^.*:/, '') ?? '';
  const out = new Set<string>();
  for (const t of tokens(text)) {
    if (STOP.has(t.norm) || !/^\p{L}{3,}$/u.test(t.norm)) continue;
    const w = stem(t.norm);
    if (w !== tail) out.add(w);
  }
  return out;
}

/**
 * The weekday a date claim names (1 = Monday … 7 = Sunday): an unresolved weekday's own, or that
 * of a date resolved to a single day; null for longer periods and numbers.
 */
function weekdayOf(c: ClaimItem): number | null {
  if (c.weekday !== null) return c.weekday;
  if (c.kind !== 'date' || c.precision !== 'day' || c.from !== c.to) return null;
  // Day 0 of the epoch (1970-01-01) was a Thursday.
  return (((c.from + 3) % 7) + 7) % 7 + 1;
}

/**
 * A month with its day written ("Sept. 2", "3 September"): only its year is inferred from the
 * publication date, and read one day earlier it is still the same day, so it is not widened to
 * the day before as "yesterday" is (writtenTheDayBefore). Widened, "Sept. 3" and "Sept. 2" both
 * covered Sept. 2 and two reports dating one crash a day apart could never disagree.
 */
const MONTH_AND_DAY = new RegExp(String.raw`\b${MONTH}\s*\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}`, 'i');

/** A weekday's name: resolved to the nearest one before publication, whichever day it was written. */
const WEEKDAY_NAME = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/**
 * Whether `w`, a bare weekday's name resolved to six days before its report's day, read instead
 * as the day after publication lies within a day of `o` (see its use in sourcesDiffer).
 */
function nextDayReading(w: ClaimItem, o: ClaimItem): boolean {
  if (w.kind !== 'date' || o.kind !== 'date' || w.publishedDay === undefined || w.precision !== 'day' || w.from !== w.to) return false;
  if (!WEEKDAY_NAME.test(w.text) || /\b(?:last|next|this|past|previous|coming)\b/i.test(w.text)) return false;
  if (w.publishedDay - w.from !== 6) return false;
  const alt = w.publishedDay + 1;
  return o.from <= alt + 1 && o.to >= alt - 1;
}

/**
 * Where a relative date's range starts once the writer's "now" may be the day before publication
 * (a print article is dated the morning after it was written; a web article is often stamped
 * when it was last updated): "yesterday" or "at 3:33 a.m." in a paper dated Wednesday may mean
 * Tuesday, and "last month" in one dated 1 October may mean August. So the range reaches back to
 * what the expression means read one day earlier: a day for a day, and one whole period when
 * publication falls on the first day of a week, month or year. Without it, a report filed the day
 * after another contradicts it by our resolution, not by what its source says.
 */
export function writtenTheDayBefore(precision: Precision, from: number, published: number): number {
  const d = new Date(published * DAY);
  const f = new Date(from * DAY);
  switch (precision) {
    case 'day':
      return from - 1;
    case 'week':
      return d.getUTCDay() === 1 ? from - 7 : from;
    case 'month':
      return d.getUTCDate() === 1 ? Date.UTC(f.getUTCFullYear(), f.getUTCMonth() - 1, 1) / DAY : from;
    case 'year':
      return d.getUTCDate() === 1 && d.getUTCMonth() === 0 ? Date.UTC(f.getUTCFullYear() - 1, 0, 1) / DAY : from;
    default:
      return from;
  }
}

/**
 * Whether two figures are told of two different acts by their own verbs (ClaimItem.role.event:
 * "killed 9 people and injured at least 30" / "At least 19 people were killed": the 30 is the
 * injured, the 19 the dead). Such figures count two things, whatever their contexts share, so
 * they never share a slot (claim-slots.ts): joined there as an "agreement" (30+ and 19+ hold
 * together), the injured count took the toll's place and the toll 9 / 19+ was never compared.
 */
export function ownActsDiffer(x: ClaimItem, y: ClaimItem): boolean {
  const ex = x.role?.event ?? null;
  const ey = y.role?.event ?? null;
  return ex !== null && ey !== null && ex !== ey;
}

/** Whether two claims of the same kind can both be true. */
export function compatible(x: ClaimItem, y: ClaimItem): boolean {
  // Dates agree when the periods they name overlap: "last year" (2024) and "last December"
  // (2024-12) agree; "December 2014" and "December 2024" do not.
  if (x.kind === 'date') {
    // An unresolved weekday is one weekday: compatible with the same name, and with any resolved
    // date (which week it is in is unknown, so nothing rules it out).
    // A resolved date of one day has a known weekday, though: "Saturday" (week unknown) and
    // Thursday 6 June cannot date one event.
    if (x.weekday !== null || y.weekday !== null) {
      const wx = weekdayOf(x);
      const wy = weekdayOf(y);
      return wx === null || wy === null || wx === wy;
    }
    return x.from <= y.to && y.from <= x.to;
  }
  // Numbers: overlapping ranges, with 2% slack for rounding ("about 4,000" vs "3,950").
  // (An open bound, "more than 200", has no upper figure to take the slack from.)
  // Two bounds of one direction ("more than 20,000" / "more than 40,000"; "as many as 200,000" /
  // "as much as 400,000") can both hold, but news writes a bound just past the figure it has: a
  // bound two thirds or less of the other's is another figure, not a rounder one. (A rounding step,
  // "more than 200" / "more than 250", stays within it.)
  if (x.limit !== null && x.limit === y.limit && x.figure > 0 && y.figure > 0) {
    if (Math.max(x.figure, y.figure) >= BOUND_RATIO * Math.min(x.figure, y.figure)) return false;
  }
  const finite = [x.low, x.high, y.low, y.high].filter(Number.isFinite).map(Math.abs);
  // Figures written differently are different figures: "38 million" and "38.5 million" do not
  // say the same, and whether one rounds the other is decided apart (roundingOnly, a possible
  // conflict at most). Only durations converted from another unit get a 2% slack ("a month" is
  // 28 to 31 days: "one month" against "30 days" is our conversion, not the sources'); the tiny
  // relative slack elsewhere absorbs floating-point error of scaled figures ("2.6 million").
  const slack = (x.unit?.endsWith(':time') ? 0.02 : convertedUnit(x.unit) && writtenUnit(x.normalized) !== writtenUnit(y.normalized) ? CONVERTED_SLACK : 1e-9) * Math.max(0, ...finite);
  return x.low <= y.high + slack && y.low <= x.high + slack;
}

/**
 * Two figures that cannot both hold as written, but would if the rounder one stands for the
 * other rounded to its step (ClaimItem.grain): "3,000" and "3,197" dead, "38 million" and "38.5
 * million" voters, "1:45 a.m." and "1:47 a.m.". News rounds figures without saying so, so such a
 * disagreement is worth showing (the issue's fact-checker counted them) but only as possible.
 * The rounder figure must be written to a coarser step than the other.
 */
export function roundingOnly(x: ClaimItem, y: ClaimItem): boolean {
  if (x.kind !== 'number' || y.kind !== 'number' || compatible(x, y)) return false;
  const coarse = Math.max(x.grain, y.grain);
  if (coarse <= Math.min(x.grain, y.grain)) return false;
  const gap = Math.max(x.low - y.high, y.low - x.high);
  return gap <= coarse / 2 + 1e-9 * coarse;
}

/**
 * The step a written figure is rounded to, in its own units before scaling: the last decimal
 * written ("38.5" → 0.1), or, for an integer, its trailing zeros when there are at least two
 * ("3,000" → 1,000, "400" → 100). One trailing zero ("40 seconds", "30 minutes") is not taken
 * for rounding: small figures ending in 0 are stated as often as rounded, and the fact-checker's
 * "36 seconds" / "40 seconds" was a real contradiction. A scale word after the figure ("38
 * million") always rounds: the figure is the number of millions (its step is one of them).
 * Words ("three") and figures without digits are exact (0).
 */
export function writtenGrain(written: string, scaled: boolean): number {
  const m = /(\d[\d,]*)(?:\.(\d+))?/.exec(written);
  if (!m) return 0;
  if (m[2]) return 10 ** -m[2].length;
  if (scaled) return 1;
  const zeros = /0*$/.exec(m[1].replace(/,/g, ''))![0].length;
  return zeros >= 2 ? 10 ** zeros : 0;
}

/** How far below its figure a "nearly" or "almost" reaches at most: a fifth ("nearly 30": 24). */
const NEAR_SPAN_FLOOR = 0.8;
const SCALE_WORDS = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 } as const;
/**
 * The step of a written figure's last significant digit, before a scale word: "$139 million" → 1,
 * "190,000" → 10,000, "2.7" → 0.1, "30" → 10; 0 when no digit is written ("nearly two dozen").
 * (facts/figures.ts digitStep reads the fact stage's tokens the same way.)
 */
function lastDigitStep(written: string): number {
  const m = /(\d[\d,]*)(?:\.(\d+))?/.exec(written);
  if (!m) return 0;
  if (m[2]) return 10 ** -m[2].length;
  const digits = m[1].replace(/,/g, '');
  if (Number(digits) === 0) return 0;
  return 10 ** /0*$/.exec(digits)![0].length;
}
/** The scale word inside a written figure ("$139 million": a million), 1 without one. */
function lastDigitScale(written: string): number {
  const m = /\b(thousand|million|billion|trillion)\b/i.exec(written);
  return m ? SCALE_WORDS[m[1].toLowerCase() as keyof typeof SCALE_WORDS] : 1;
}

/** Two bounds of one direction whose figures are this far apart (factor) are two figures. */
const BOUND_RATIO = 1.5;
/** Words before a figure that make it a lower bound ("more than 200", "at least 12"). */
const LOWER_BOUND_BEFORE = /\b(?:more than|over|at least|upwards of|in excess of|no fewer than|no less than|a minimum of)\s*$/i;
/** Words before a figure that make it an upper bound ("up to 30", "as many as 60"). */
const UPPER_BOUND_BEFORE = /\b(?:up to|as many as|as much as|as high as|fewer than|less than|under|no more than|at most|nearly|almost|just under)\s*$/i;
/** Words after a figure that make it a lower bound ("12 people or more", "$30 billion or more"). */
const LOWER_BOUND_AFTER = /^[^,.;]{0,30}?\b(?:or more|and up|plus)\b/i;
/** Approximation ("about 30", "some 400", "an estimated 2,000"). */
const APPROX_BEFORE = /\b(?:about|around|approximately|roughly|some|an estimated|estimated|nearly|almost|close to|more or less|circa|c\.)\s*$/i;
/** A forecast or possibility: the figure is not stated as fact ("could total", "is expected to"). */
// "expected the stadium to cost": the expectation's object may stand between the verb and its
// "to" (at most three words), a forecast as "expected to cost" is (session 20 review: an outcome
// set against such a forecast by the claim index, claim-index.ts).
const MODAL_BEFORE = /\b(?:could|might|may|would|will|likely|expected to|expect(?:s|ed)?\s+(?:\S+\s+){1,3}?to|projected|forecast|predicted|estimates?|hopes? to|plans? to|aims? to|seeks? to)\b(?:\s+\S+){0,4}\s*$/i;
/** Multipliers written after the figure ("two dozen", "three score"). */
const MULTIPLIER: Record<string, number> = { dozen: 12, dozens: 12, score: 20 };

/**
 * A figure read in its construction (the issue's "15 of the 19 passengers", "1,200 homes", "more
 * than two dozen trucks"): the figure's range once bounds, approximations and multipliers are
 * applied; whether it is a part of a total written after it ("15 of the 19": 15 is a part) or the
 * total of a part written before it (19 is a total), which must not be compared with plain
 * counts; and whether the annotator read a fragment of a longer figure ("200" inside "1,200",
 * as detokenised text may leave "1, 200"), which is dropped.
 */
export function construction(text: string, start: number, end: number, low: number, high: number, unit: string | null): { low: number; high: number; hedged: boolean; role: 'part' | 'total' | null; fragment: boolean; limit: 'lower' | 'upper' | null; figure: number; grain: number } {
  // The figure's own words count as before it: the annotator may keep "about" in the span.
  const written = text.slice(start, end);
  // (Up to the figure, in digits or in words: "less than four weeks", "less than a month".)
  // (A currency sign or code between the qualifier and the figure is no word of the lead: "roughly
  // $22 million" is approximate as "roughly 22 million" is; read with its "$", it was exact and
  // set against "$23 million".)
  const lead = written.replace(/(?:[\d.,]+|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|a\s+dozen|dozens|hundreds|thousands)\b).*$/is, '').replace(/(?:US\$|[$€£¥]|\b(?:EUR|USD|GBP|JPY|CHF))\s?$/, '');
  const before = text.slice(Math.max(0, start - 40), start) + lead;
  const after = text.slice(end, end + 40);
  // A digit group right before ("1,|200", "1, 200") or right after ("200|,000"): a fragment.
  const fragment = /\d$/.test(before) || (/\d,\s?$/.test(before) && /^\d{3}$/.test(text.slice(start, end))) || /^,\s?\d{3}\b/.test(after);
  let hedged = false;
  let lo = low;
  let hi = high;
  const mult = unit ? MULTIPLIER[unit.split(/\s+/)[0].toLowerCase()] : undefined;
  // A scale word the annotator left outside the span ("$2.6|-million"): the figure is in it.
  const scale = /^-?\s?(thousand|million|billion|trillion)\b/i.exec(after);
  const factor = (mult ?? 1) * (scale ? { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }[scale[1].toLowerCase() as 'thousand']! : 1);
  if (factor !== 1) {
    lo *= factor;
    hi *= factor;
  }
  let limit: 'lower' | 'upper' | null = null;
  const [scaledLow, scaledHigh] = [lo, hi];
  // "N years to life" names one sentence, whose minimum term is N: a bound before it ("faces up
  // to 25 years to life", "a maximum of 15 years to life") bounds the sentence as a whole, not
  // N, so N is read as written (else "up to 25 years to life" held any term below 25 and agreed
  // with "15 years to life").
  const toLife = /^\s*(?:years?\s+)?to\s+life\b/i.test(after);
  if (toLife) {
    // Read as written.
  } else if (LOWER_BOUND_BEFORE.test(before) || LOWER_BOUND_AFTER.test(after)) {
    hi = Number.POSITIVE_INFINITY;
    limit = 'lower';
    // "More than 700,000" is below 800,000: a writer who knew of a million would write "a million"
    // (issue #10: "more than 700,000" orphans against "a million" was no disagreement). A round
    // figure after "more than" or "over" is read as capped by the next figure at its step (its
    // written grain); "at least" (a confirmed minimum, often far below) stays open. Conflicts
    // resting on the cap are possible only (conflicts.ts impliedCeiling).
    const inSpan = /\b(thousand|million|billion|trillion)\b/i.exec(written);
    const step = /\b(?:more than|over)\s*$/i.test(before) ? writtenGrain(written, inSpan !== null || scale !== null) * factor * (inSpan ? { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }[inSpan[1].toLowerCase() as 'thousand']! : 1) : 0;
    if (step >= 100) hi = lo + step;
  } else if (UPPER_BOUND_BEFORE.test(before)) {
    // "nearly 30" is below 30 but not far below it; "up to 30" may be anything up to 30.
    // How far: within one step of the figure's last written digit ("almost $139 million": from
    // 138 million; a writer who had 128 would write "almost $130 million"; "nearly 190,000" from
    // 180,000), and at most a fifth below ("nearly 30": from 24, not 20). Read so, "almost $139
    // million" meets "$138 million" and not "$128 million" (issue #10; approximations.ts still
    // takes a disagreement within the fifth for possible only: NEAR_SPAN).
    const near = /(?:nearly|almost|just under)\s*$/i.test(before);
    const step = near && low === high && mult === undefined ? lastDigitStep(written) * factor * lastDigitScale(written) : 0;
    lo = near ? Math.max(lo * NEAR_SPAN_FLOOR, step > 0 ? lo - step : 0) : 0;
    // The annotator may read "as many as 1.7 million" as open above (no upper figure): the
    // figure written is the upper end.
    if (!Number.isFinite(hi)) hi = scaledLow;
    if (lo === 0) limit = 'upper';
  } else if (APPROX_BEFORE.test(before)) {
    // An approximate figure covers its neighbourhood: a tenth either side.
    lo *= 0.9;
    hi *= 1.1;
  }
  if (MODAL_BEFORE.test(before)) hedged = true;
  // "15 of the 19 passengers": 15 is a part (a total follows), 19 a total (a part precedes).
  // ("14 out of every 100 Kenyans": a rate is a part of a total too.)
  // A figure coordinated with another of a breakdown ("12 Somali and 11 Yemeni pirates", "(12
  // Somali and 11 Yemeni)") is one part of a whole: "11 Yemeni pirates" is not a count of the
  // pirates, and set against "the 23 pirates" it was a false card (read on an ECB+ dev story).
  const part = compiledOnce(PART_OF_AFTER).test(after) || compiledOnce(COORDINATED_AFTER).test(after) || compiledOnce(COORDINATED_BEFORE).test(before);
  // (A scale word may follow the part: "20 million out of 30 million".)
  const total = /(?:\b\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty))(?:\s+(?:hundred|thousand|million|billion|trillion))?\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|every\s+|each\s+)?(?:(?:[\w.-]+\s+)?[\w.-]+['’]s?\s+)?$/i.test(before);
  // The step the figure is written to, scaled like it (see writtenGrain); a range ("20 to 30") or
  // a bound states its own extent, and a figure read with a multiplier ("two dozen") is exact.
  const scaleWord = /\b(?:thousand|million|billion|trillion)\b/i.test(written) || scale !== null;
  const spanScale = /\b(thousand|million|billion|trillion)\b/i.exec(written);
  const spanFactor = spanScale ? { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }[spanScale[1].toLowerCase() as 'thousand']! : 1;
  // A rate ("one in 500", annotate/quantities.ts) is a share: its denominator's zeros are no rounding of it.
  const rate = /\s(?:in|of)\s/i.test(written);
  const grain = low !== high || mult !== undefined || rate ? 0 : writtenGrain(written, scaleWord) * factor * spanFactor;
  return { low: lo, high: hi, hedged, role: part ? 'part' : total ? 'total' : null, fragment, limit, figure: limit === 'upper' ? scaledHigh : scaledLow, grain };
}

/** Units of measure and of time: the head of a measure phrase, not a thing counted. */
const MEASURE = /^(?:(?:nautical|square|cubic)|(?:mile|kilomet(?:er|re)|met(?:er|re)|centimet(?:er|re)|millimet(?:er|re)|f(?:oo|ee)t|inch(?:e)?|yard|acre|hectare|pound|ounce|ton(?:ne)?|kilo(?:gram(?:me)?)?|gram(?:me)?|gallon|lit(?:er|re)|barrel|degree|point|percent(?:age)?|knot|mph|kph|second|minute|hour|day|week|month|year|decade|century|centuries|old)s?)$/i;

/** Whether a word names a unit of measure or of time ("metres", "points", "years"): it says how much, not what thing is counted. */
export function measureWord(word: string): boolean {
  return MEASURE.test(word);
}

/**
 * Currency words after a count, as the money unit they name (the annotator's codes, lower-cased as
 * unitKey leaves them). Not "pound": a weight as often as money.
 */
const CURRENCY_WORD: Record<string, string> = { dollar: 'usd', euro: 'eur', yen: 'jpy', yuan: 'cny', ruble: 'rub', rouble: 'rub' };

/** Days in a unit of time, for comparing durations written in different units (a month as 30.44 days). */
const DAYS_PER: Record<string, number> = { minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, fortnight: 14, month: 30.44, year: 365.25, decade: 3652.5 };

/**
 * The counted phrase after a figure (see ClaimItem.counted): the first two content words within
 * the next few words of its clause, both letters only, so a list ("four rifles, RPG launchers")
 * or a new clause never joins them. Bounded: looks at 60 characters.
 */
function countedPhrase(text: string, end: number, sentenceEnd: number): { key: string; words: string } | null {
  const after = text.slice(end, Math.min(sentenceEnd, end + 60)).split(/[,;:()—–"“”]/)[0];
  // The noun phrase ends at the first function word ("10 years [in] prison", "23 pirates [who]
  // threatened", "Kenyans [are] infected"): what follows it is no longer what is counted.
  const toks = tokens(after).slice(0, 4);
  const stop = toks.findIndex((t) => STOP.has(t.norm));
  const words = (stop < 0 ? toks : toks.slice(0, stop)).filter((t) => /^\p{L}{3,}$/u.test(t.norm));
  if (words.length < 2) return null;
  // A unit of measure ("13 nautical miles", "6 percentage points") says how much, not of what.
  if (MEASURE.test(words[1].norm) || MEASURE.test(words[0].norm)) return null;
  // A multiplier ("7.5 times greater than the rate of men", "four times greater than that of
  // Dorsk", "a tenfold rise") sets one thing against another: what it measures is the pair after
  // "than", not the words after the figure, and two ratios of other pairs share "times greater"
  // alone (a false card on an unseen DUC 2006 story, session 23). No counted thing, then.
  if (/^(?:times|fold)$/.test(words[0].norm)) return null;
  return { key: `${stem(words[0].norm)} ${stem(words[1].norm)}`, words: after.slice(words[0].start, words[1].end) };
}

function unitKey(unit: string | null): string | null {
  if (!unit) return null;
  // "%" has no word in it: it is the percent of "14 percent" (without this every "80%" and
  // "14 percent" was dropped, having no unit).
  if (unit.trim() === '%') return 'percent';
  const words = tokens(unit).filter((t) => !STOP.has(t.norm));
  return words.length ? stem(words[words.length - 1].norm) : null;
}

/** Between a part and its total: "214 of 400", "14 out of every 100", "15 of the 19". */
const PART_OF_GAP = /^\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|every\s+|each\s+)?(?:(?:[\w.-]+\s+)?[\w.-]+['’]s?\s+)?$/i;
/**
 * A clock time inside a time expression: "1:43 a.m.", "10 p.m.", "21:53", "noon". Hours and minutes
 * are bounded to one or two digits, so the pattern cannot backtrack over long input.
 */
const CLOCK = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?)|\b(\d{1,2}):(\d{2})\b|\b(noon|midnight)\b/i;
/** A time zone written after a clock time: clocks of different zones are not compared. */
const ZONE_AFTER = /^\s*\(?(gmt|utc|bst|cet|cest|[ecmp][sd]?t|local time)\b/i;
/** An approximation before a clock time ("about 3 a.m.", "shortly after noon"). */
const CLOCK_APPROX = /\b(?:about|around|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after)|some\s+time|sometime|near(?:ly)?|almost|circa)\s+(?:at\s+)?$/i;

/**
 * A time of day as a value of its own (issue #10: "1:43 a.m." against "1:47 a.m." for one
 * event): minutes after midnight, compared as a figure of the unit `clock:<zone>` (a clock with
 * no zone or "local time" is the local clock; "GMT" or "EST" clocks are compared only with their
 * like, since one outlet may convert). The step it is written to (the hour, "2 a.m."; the half or
 * quarter hour; five minutes; the minute) sets how much it covers: half that step either side
 * from five minutes up, and "about 2 a.m." at least a quarter hour. Returns null when the
 * expression holds no clock time.
 */
function clockOf(text: string, start: number, end: number): Omit<ClaimItem, 'id' | 'keys' | 'mass' | 'sentence' | 'persons' | 'places' | 'ambiguous' | 'role' | 'statement' | 'counted' | 'predicate' | 'measure' | 'agent' | 'group' | 'articleIndex' | 'article'> | null {
  const m = CLOCK.exec(text.slice(start, end));
  if (!m) return null;
  let h: number;
  let min: number;
  if (m[6]) {
    h = m[6].toLowerCase() === 'noon' ? 12 : 0;
    min = 0;
  } else if (m[3]) {
    h = Number(m[1]) % 12 + (/^p/i.test(m[3]) ? 12 : 0);
    min = m[2] ? Number(m[2]) : 0;
    if (Number(m[1]) > 12 || Number(m[1]) === 0) return null;
  } else {
    h = Number(m[4]);
    min = Number(m[5]);
  }
  if (h > 23 || min > 59) return null;
  const cStart = start + m.index;
  const cEnd = cStart + m[0].length;
  const minutes = h * 60 + min;
  const grain = min === 0 ? 60 : min % 30 === 0 ? 30 : min % 15 === 0 ? 15 : min % 5 === 0 ? 5 : 1;
  const zone = ZONE_AFTER.exec(text.slice(cEnd, cEnd + 14))?.[1].toLowerCase();
  const unit = `clock:${zone === undefined || zone === 'local time' ? 'local' : zone}`;
  const lead = text.slice(Math.max(0, cStart - 30), cStart);
  const approx = CLOCK_APPROX.test(lead);
  // News rounds clock times without saying so ("3:30 a.m." for 3:33, judged false as a
  // contradiction in docs/conflict-judgements.md): a time written to five minutes or more covers
  // half its step either side, as "about" does (at least a quarter hour then). Only times that
  // cannot be one rounded to the other's step disagree (1:43 against 1:47, 1:40 against 1:43).
  const spread = approx ? Math.max(grain / 2, 15) : grain >= 5 ? grain / 2 : 0;
  const hh = String(h).padStart(2, '0');
  const mm = String(min).padStart(2, '0');
  return { kind: 'number', start: cStart, end: cEnd, text: text.slice(cStart, cEnd), normalized: `${hh}:${mm}`, iso: `${hh}:${mm}`, precision: null, relative: false, weekday: null, bound: BOUND_BEFORE.test(lead), limit: null, figure: minutes, hedged: MODAL_BEFORE.test(lead), attributive: false, direction: null, from: 0, to: 0, low: minutes - spread, high: minutes + spread, grain: 0, unit };
}

/** A bare figure set off by commas (see ageApposition): anchored, bounded. */
const COMMA_BEFORE = /,\s{0,2}$/;
const COMMA_AFTER = /^\s{0,2},/;
/** The oldest age a bare figure after a name is read as. */
const MAX_AGE = 120;

/**
 * "Marko Tellen, 45, was arrested": a bare whole figure set off by commas right after a person's
 * name is the person's age, the news apposition for it (AP style), the same unit as "the
 * 45-year-old" and "aged 45". It had no noun of its own, so it was dropped, and an outlet giving
 * another age for the person was never compared (issue #10: ages, a slot not read). Only after a
 * name the entity stage reads as a person ("Dorsk, 45, …" after a place is no age), and only a
 * figure a person's age can be. Such an age is the named person's, so it is compared only with
 * ages given the same way (unit `named:old`, read as an age wherever ages are), where both claims name their person and a different
 * person is a different age (sourcesDiffer): against an unnamed "59-year-old woman" it was set on
 * a dev ECB+ story against "Maria …, 27, was also killed", another victim.
 */
function ageApposition(a: AnnotatedArticle, ents: EntityIndex, start: number, end: number, value: number | null, runs: NameRuns): string | null {
  if (value === null || !Number.isInteger(value) || value < 1 || value > MAX_AGE) return null;
  if (!/^\d{1,3}$/.test(a.text.slice(start, end))) return null;
  const before = a.text.slice(Math.max(0, start - 3), start);
  if (!COMMA_BEFORE.test(before) || !COMMA_AFTER.test(a.text.slice(end, end + 3))) return null;
  const comma = a.text.lastIndexOf(',', start);
  const m = a.mentions.find((x) => x.end === comma);
  if (!m) return null;
  const id = ents.at(a.id, m.start, m.end);
  return id !== null && ents.get(id)?.type === 'person' && wholeNameAgrees(a, ents, m, id, runs) ? id : null;
}

/**
 * Capitalised words, with name particles between them ("Gilberto Manuel da"), written right
 * before a mention and left out of it. Bounded: the 60 characters before the mention.
 */
const NAME_RUN_BEFORE = /(?:\p{Lu}[\p{L}'’.-]*[ \u00a0]+(?:(?:da|de|do|dos|das|del|della|di|du|van|von|der|den|ter|la|le|bin|ibn|al|el)[ \u00a0]+)?)+$/u;

/**
 * Whether the name written at a mention, with the capitalised words just before it that the
 * mention left out, is the entity's name: each such word (not a title or role: "President",
 * "Mr.") is one of the entity's name words. "Gilberto Manuel da Silva, 40," whose mention the
 * entity stage linked through "Silva" to Luiz Inacio Lula da Silva gave Lula's age as 40 against
 * another report's 52 (a false possible card on unseen DUC 2003 d30048t, session 21); an age is
 * filed under a person only where the whole written name is theirs.
 */
function wholeNameAgrees(a: AnnotatedArticle, ents: EntityIndex, m: { start: number; end: number }, id: string, runs: NameRuns): boolean {
  if (!writtenNameFits(a.text.slice(m.start, m.end), ents.get(id)?.name ?? '')) return false;
  const left = leftOutNameWords(a, ents, m, id);
  return left === '' || (wholeNameWritten(a, ents, m, id) && splitNameOf(runs, id, left));
}

/** Generational suffixes: "John Kessler Jr." and "John Kessler" are a son and his father. */
const GENERATION = /^(?:jr|sr|ii|iii|iv)$/;

/**
 * Whether a mention that writes a given name as well as a surname writes the entity's own: its
 * first word is the entity's first name word (or its initial), and it carries the same
 * generational suffix. The entity stage links a shorter name to a longer one through the
 * surname, which joins two people of one family the articles name alike: "Marie Kessler, 41," (a
 * mother) joined to "LuAnn Marie Kessler, 12," (her daughter), "John Kessler, 41," to "John
 * Kessler Jr., 12,", and the two ages became a false possible card. An age is filed under a
 * person only where the given name written is theirs; a surname alone ("Kessler, 41,") tells
 * nothing against it and is kept. (The cost: a form dropping a first given name, "Lula da Silva"
 * for "Luiz Inacio Lula da Silva", files no age; precision first.) Constant work per mention.
 */
export function writtenNameFits(written: string, entityName: string): boolean {
  const words = (t: string): string[] =>
    t.split(/[\s\u00a0]+/).filter((w) => w !== '' && !HONORIFICS.has(w) && !ROLE_HEADS.has(w.toLowerCase()) && !nationalityWord(w)).map((w) => w.toLowerCase().replace(/[.,'’]+$/, ''));
  const ms = words(written);
  const es = words(entityName);
  const gen = (ws: string[]): string => ws.filter((w) => GENERATION.test(w)).join(' ');
  const msNames = ms.filter((w) => !GENERATION.test(w));
  const esNames = es.filter((w) => !GENERATION.test(w));
  if (msNames.length < 2 || esNames.length < 2) return true;
  if (gen(ms) !== gen(es)) return false;
  const [m0, e0] = [msNames[0]!, esNames[0]!];
  return m0 === e0 || (m0.length === 1 && e0.startsWith(m0));
}

/**
 * A word of nationality the entity stage may keep at the head of a person's name ("Englishman
 * Robert Buckley", "British climber …"): a demonym, or one with "-man"/"-woman" ("Frenchman"),
 * or "Briton". It describes the person and is no given name: read as one, "Robert Buckley, 31,"
 * stopped fitting "Englishman Robert Buckley" and a real age card was lost (ECB+ dev 23ecbplus,
 * the session 26 merge check).
 */
function nationalityWord(w: string): boolean {
  const t = w.replace(/[.,'’]+$/, '');
  return COUNTRY_OF_DEMONYM.has(t) || COUNTRY_OF_DEMONYM.has(t.replace(/(?:wo)?man$/, '')) || t === 'Briton';
}

/** Whether a mention writes its entity's whole name (the words left out come before all of it). */
function wholeNameWritten(a: AnnotatedArticle, ents: EntityIndex, m: { start: number; end: number }, id: string): boolean {
  const fold = (t: string): string => t.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
  return fold(a.text.slice(m.start, m.end)) === fold(ents.get(id)?.name ?? '');
}

/**
 * The capitalised words written right before a mention, left out of it, that are not the entity's
 * name words nor a title or role (wholeNameAgrees), lower case, joined by a space; '' for none.
 */
function leftOutNameWords(a: AnnotatedArticle, ents: EntityIndex, m: { start: number; end: number }, id: string): string {
  const run = NAME_RUN_BEFORE.exec(a.text.slice(Math.max(0, m.start - 60), m.start));
  if (!run) return '';
  const name = new Set((ents.get(id)?.name ?? '').toLowerCase().split(/[\s\u00a0]+/));
  return run[0]
    .split(/[ \u00a0]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .filter((o) => {
      const w = o.toLowerCase().replace(/[.'’]+$/, '');
      return !(name.has(w) || ROLE_HEADS.has(w) || ROLE_HEADS.has(o.toLowerCase()) || ROLE_MODIFIERS.has(w) || HONORIFICS.has(o));
    })
    .map((o) => o.toLowerCase().replace(/[.'’]+$/, ''))
    .join(' ');
}

/** Per person entity: the words left out before its mentions (leftOutNameWords; BARE for none before its whole name) → the articles writing them. */
type NameRuns = Map<string, Map<string, Set<string>>>;

/** The story's NameRuns, read once per person mention (linear in the mentions). */
function nameRuns(articles: AnnotatedArticle[], ents: EntityIndex): NameRuns {
  const out: NameRuns = new Map();
  for (const a of articles) {
    for (const m of a.mentions) {
      const id = ents.at(a.id, m.start, m.end);
      if (id === null || ents.get(id)?.type !== 'person') continue;
      const left = leftOutNameWords(a, ents, m, id);
      // Words before a part of the name ("Gilberto Manuel" before "da Silva") may replace the
      // entity's own given names: only words before the whole name count as its split-off start.
      if (left !== '' && !wholeNameWritten(a, ents, m, id)) {
        (out.get(id) ?? out.set(id, new Map()).get(id)!).set(`\u0000${left}`, new Set([a.id]));
        continue;
      }
      // The whole name written with no words before it: kept under BARE, so that splitNameOf can
      // tell a report naming the person without the split-off start.
      if (left === '' && !wholeNameWritten(a, ents, m, id)) continue;
      const key = left === '' ? BARE : left;
      const byRun = out.get(id) ?? new Map<string, Set<string>>();
      out.set(id, byRun);
      byRun.set(key, (byRun.get(key) ?? new Set<string>()).add(a.id));
    }
  }
  return out;
}

/** NameRuns' key for the articles writing a person's whole name with no words before it. */
const BARE = '\u0001';

/**
 * Whether words left out before a person's mention are the start of that person's own name the
 * recogniser split off ("LuAnn Marie Johnson" read as an organisation "LuAnn" and a person
 * "Marie Johnson": the entity is named "Marie Johnson"): the same words stand before the
 * person's mentions in two or more articles of the story, and no other left-out words stand
 * before any of them. Two reports writing one full name alike are naming one person; a linking
 * slip ("Gilberto Manuel da Silva, 40," joined through "Silva" to Luiz Inacio Lula da Silva, whose
 * own mentions carry "Luiz Inacio Lula da") writes words before a part of the entity's name, not
 * before all of it, and stays refused (a run before a part counts as another run, so it also
 * refuses the person's other runs), as does a run one article alone writes. A report that
 * writes the entity's whole name with nothing before it, and never the run, may name another
 * person the split joined to it ("Georgia Marie Kessler, 12," in two reports, her mother
 * "Marie Kessler, 41," in a third): the run is then refused too, else the girl's age is
 * compared with her mother's. (The bare name in a report that also writes the run is that
 * report's second reference.)
 */
function splitNameOf(runs: NameRuns, id: string, left: string): boolean {
  const byRun = runs.get(id);
  if (byRun === undefined) return false;
  const withRun = byRun.get(left);
  const bare = byRun.get(BARE);
  return withRun !== undefined && withRun.size >= 2 && byRun.size === (bare === undefined ? 1 : 2) && [...(bare ?? [])].every((x) => withRun.has(x));
}

/** "6-year-old [Tomas Rell]": a person's name right after the hyphened age. */
const NAME_AFTER_AGE = /^[ \u00a0](?=\p{Lu})/u;
/** "a 10-year-old boy, [Tomas Rell]": one or two lower-case words (the noun), a comma, the name. */
const NOUN_THEN_NAME = /^(?:[ \u00a0]\p{Ll}[\p{Ll}-]*){1,2},[ \u00a0](?=\p{Lu})/u;
/** After such a name: the apposition's closing comma (not a list's next item) or its sentence's end. */
const NAME_CLOSED = /^(?:,(?!\s*(?:\d|and\b|or\b|\p{Lu}))|[.;:])/u;
/** After a hyphened age: its noun, or the age itself, in the possessive ("a 6-year-old boy's", "the 6-year-old's"). */
const AGE_OF_POSSESSOR = /^(?:[ \u00a0]\p{Ll}[\p{Ll}-]*){0,2}['’]s\b/u;
/** "[Tomas Rell], a 10-year-old boy": a comma and a determiner between the name and the age. */
const NAME_THEN_ARTICLE = /,[ \u00a0](?:a|an|the)[ \u00a0]$/;

/**
 * The person a hyphened age ("6-year-old") is told of by name, in the constructions news uses
 * for it: before the name ("6-year-old Tomas Rell"), in an apposition after it ("Tomas Rell, a
 * 6-year-old boy") or before it ("a 10-year-old boy, Tomas Rell,"). Such an age is the named
 * person's as surely as an age in commas ("Tomas Rell, 6,": ageApposition), so both are read as
 * one unit (`named:old`) and compared where both name one person (sourcesDiffer): before, "Tomas
 * Rell, 10," was never compared with another report's "6-year-old Tomas Rell" (issue #10: a
 * 10-year-old / a 6-year-old boy of one story, missed on an unseen story). Only a name the entity
 * stage types a person; a list ("a 10-year-old boy, Ana Ruiz, 34, and …") is no apposition
 * (NAME_CLOSED). Bounded look-around: constant work per figure.
 */
function ageOwner(a: AnnotatedArticle, ents: EntityIndex, start: number, end: number, runs: NameRuns): string | null {
  const person = (m: { start: number; end: number } | undefined): string | null => {
    if (!m) return null;
    const id = ents.at(a.id, m.start, m.end);
    return id !== null && ents.get(id)?.type === 'person' && wholeNameAgrees(a, ents, m, id, runs) ? id : null;
  };
  const after = a.text.slice(end, end + 40);
  // An age whose noun is a possessor ("Tomas Rell, a 6-year-old boy's father", "the 6-year-old's
  // mother, Ana Rell,") is the possessor's age, not the named person's.
  if (AGE_OF_POSSESSOR.test(after)) return null;
  const right = NAME_AFTER_AGE.exec(after) ?? NOUN_THEN_NAME.exec(after);
  if (right) {
    const at = end + right[0].length;
    const m = a.mentions.find((x) => x.start === at);
    // (Right after the age the name is the noun it modifies; after a noun and a comma it must close the apposition.)
    const id = person(m);
    if (m && id !== null && (right[0].includes(',') ? NAME_CLOSED.test(a.text.slice(m.end, m.end + 4)) : true)) return id;
  }
  const before = NAME_THEN_ARTICLE.exec(a.text.slice(Math.max(0, start - 8), start));
  if (before) {
    const comma = start - before[0].length;
    return person(a.mentions.find((x) => x.end === comma));
  }
  return null;
}

/**
 * A named person's age (`named:old`: ageApposition, ageOwner) and an age with no noun of its own
 * ("died at the age of 61", "aged 61") are compared when the second's sentence names one person
 * only, and that one is the first's: an age with no noun is told of its clause's subject. Not an
 * age with a noun of its own ("a 59-year-old woman"), which may be another person than "Maria
 * …, 27" named beside her. `sentencePersons` gives the persons a claim's whole sentence names.
 */
function agesOfOnePerson(x: ClaimItem, y: ClaimItem, sentencePersons: (c: ClaimItem) => Set<string>): boolean {
  const named = (c: ClaimItem): boolean => c.unit === 'duration:named:old';
  const bare = (c: ClaimItem): boolean => c.unit === 'duration:old' && !/old$/i.test(c.text);
  const [a, b] = named(x) && bare(y) ? [x, y] : named(y) && bare(x) ? [y, x] : [null, null];
  if (a === null || b === null || !OWN_AGE_NOW.test(b.sentence.text.slice(Math.max(0, b.start - b.sentence.start - 160), b.start - b.sentence.start))) return false;
  const only = sentencePersons(b);
  return only.size === 1 && a.ageOf !== undefined && only.has(a.ageOf);
}

/**
 * A nounless age that is its subject's age when reported: "died (…) at the age of 61" (the age at
 * death, the one a named age in an obituary gives) or "aged 61" in commas after a capitalised
 * name ("Rell, aged 61,"). "At the age of" after another verb is the age at another time ("began
 * racing at the age of 12", "left school at the age of 16"), and a possessor or another subject
 * before "died" ("his wife died at the age of 58", "Rell's mother, a teacher, died …") makes it
 * another person's age although the sentence names only the one person: neither may be compared
 * with a named age of today. Read on the 160 characters before the age: bounded work per pair.
 */
const OWN_AGE_NOW = /(?:^(?:(?!\b(?:his|her|their|its|whose)\b)[^'’])*?\b(?:died|dies|passed\s+away)\b[^,;:]{0,60}?\bat\s+the\s+age\s+of|\p{Lu}[\p{L}.'’-]*,\s+aged)\s*$/u;

/** A personal pronoun as its sentence's subject, opening it ("It destroyed …", "They said …"). */
const PRONOUN_SUBJECT = /^\s*(?:It|He|She|They)\s/;
/** The sentence before `s` in its article (sents sorted by start; binary search), or null. */
function previousSentence<S extends { start: number; end: number }>(sents: readonly S[], s: S): S | null {
  let lo = 0;
  let hi = sents.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sents[mid].start < s.start) lo = mid + 1;
    else hi = mid - 1;
  }
  return lo > 0 ? sents[lo - 1] : null;
}

export function buildClaims(articles: AnnotatedArticle[], ents: EntityIndex): ClaimGraph {
  // Name words written before a person's mentions that the entity's name lacks (splitNameOf).
  const runs = nameRuns(articles, ents);
  // Sentence keys for every sentence (idf over the story's sentences).
  const perArticle = articles.map((a) => {
    const sents = [...a.sentences].sort((x, y) => x.start - y.start);
    return { a, sents, keyed: new Map<number, SentenceKeys>() };
  });
  const df = new Map<string, number>();
  let nSent = 0;
  for (const p of perArticle) {
    for (const s of p.sents) {
      const sk = keySequence(p.a, s, ents);
      p.keyed.set(s.start, sk);
      nSent++;
      for (const k of new Set(sk.keys.map((x) => x.key))) df.set(k, (df.get(k) ?? 0) + 1);
    }
  }
  const idf = (k: string): number => Math.log(1 + (nSent + 1) / ((df.get(k) ?? 0) + 0.5));

  const claims: ClaimItem[] = [];
  const contextOf = (sk: SentenceKeys, text: string, kind: ClaimItem['kind'], start: number, end: number, statement: 'tail' | 'said' | null = null): Map<string, number> => {
    const preVerbal = kind === 'date' && statement === null && preVerbalDate(text, start - sk.start, end - sk.start);
    // Only the WINDOW keys either side are ever used (the filters below keep a suffix of
    // `before` and a prefix of `after`): found by binary search, so a claim in a very long
    // sentence costs O(log n), not a scan of the sentence (quadratic over its claims).
    const at = firstKeyFrom(sk.keys, start, (k) => k.end);
    let before = sk.keys.slice(Math.max(0, at - WINDOW), at).filter((k) => k.end <= start);
    const from = firstKeyFrom(sk.keys, end - 1, (k) => k.start);
    let after = sk.keys.slice(from, from + WINDOW);
    // A date opening its sentence with its own modifiers ("Late on Wednesday, …", "By late
    // Wednesday night, the company had suspended …", "Early Monday, …"): the modifiers are part
    // of the time adverbial, not what it dates, so the date opens its sentence as "On Tuesday,"
    // does (below). Read as words before it, they left the date without the clause it dates, and
    // with too few words for a claim.
    if (kind === 'date' && FRONTED_DATE_MODIFIERS.test(text.slice(0, start - sk.start))) before = [];
    if (kind === 'date') {
      // An English time adverbial follows what it dates ("toppled Assad last December", "met
      // Putin on Wednesday"), so the words before it say what is dated. Words after it count
      // only when it opens its sentence ("On Tuesday, Reuters reported …"), and then only to
      // the end of its clause. Otherwise "visiting Moscow on Wednesday for his first visit since
      // the fall of Assad" would date the fall of Assad to Wednesday.
      // Unless the date stands between the subject and the verb ("The Indian Navy on Saturday
      // prevented pirates from attacking a merchant vessel"): then the verb and its object
      // follow it and say what it dates (issue #10: "Navy warship on Monday repulsed an attack on
      // a merchant vessel" never met "threatened a merchant vessel … on Saturday").
      if (preVerbal) {
        // (kept: read to the end of its clause below, with full weight)
      } else if (before.length >= 3 && statement !== 'said') after = [];
      // "…, authorities said on Wednesday": a date right after a reporting verb dates the
      // statement, not the events reported before it; only its own clause describes it.
      const leadFrom = Math.max(0, start - sk.start - LEAD_CHARS);
      const lead = text.slice(leadFrom, start - sk.start);
      if (REPORTING_BEFORE.test(lead) && !statement) {
        const cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf('”'), lead.lastIndexOf('"'));
        if (cut >= 0) before = before.filter((k) => k.start >= sk.start + leadFrom + cut);
      }
      // A date opening its sentence ("In a February phone call, Putin reaffirmed …") dates
      // the whole sentence; otherwise only the rest of its own clause.
      if (before.length > 0 && statement !== 'said') {
        // Only up to the last key that can be kept (the first RIGHT_WINDOW_DATE after it).
        const keep = preVerbal ? WINDOW : RIGHT_WINDOW_DATE;
        const rest = text.slice(end - sk.start, after.length > keep ? after[keep].start - sk.start : undefined);
        const stop = rest.search(/[,;:()—–]/);
        const limit = stop >= 0 ? end + stop : sk.end;
        after = after.filter((k) => k.start < limit);
      }
    }
    // "Alaska lost part of its history on Thursday, when a pre-dawn blaze demolished the old
    // dairy warehouse": a "when" clause right after a date is an appositive of the date, saying
    // what happened at that moment, so its words describe the date as the clause before it does
    // (and name the act and its participants another report dates: "The fire that destroyed the
    // dairy warehouse on Tuesday"). Read to the end of the "when" clause, at full weight, as the
    // clause after a pre-verbal date is. Not for a statement's date (what was said follows).
    const whenAt = kind === 'date' && statement === null ? whenClauseAfter(text, end - sk.start) : null;
    if (whenAt !== null) {
      const rest = text.slice(whenAt);
      const stop = rest.search(/[,;:()—–]/);
      const limit = stop >= 0 ? sk.start + whenAt + stop : sk.end;
      after = sk.keys.slice(from, from + WINDOW).filter((k) => k.start < limit);
    }
    const out = new Map<string, number>();
    const put = (k: string, w: number): void => {
      out.set(k, Math.max(out.get(k) ?? 0, idf(k) * w));
    };
    // Nearer words describe the expression more surely than words at the window's edge.
    before.slice(-WINDOW).reverse().forEach((k, d) => put(k.key, d < 4 ? 1 : 0.6));
    // "X said Sunday that more police must go": what was said follows the date and describes it.
    if (statement === 'said') after.slice(0, WINDOW).forEach((k, d) => put(k.key, d < 4 ? 1 : 0.6));
    else if (preVerbal || whenAt !== null) after.slice(0, WINDOW).forEach((k, d) => put(k.key, d < 4 ? 1 : 0.6));
    else after.slice(0, kind === 'date' ? RIGHT_WINDOW_DATE : WINDOW).forEach((k, d) => put(k.key, kind === 'date' ? 0.5 : d < 4 ? 1 : 0.6));
    return out;
  };
  const push = (c0: Omit<ClaimItem, 'id' | 'keys' | 'mass' | 'sentence' | 'persons' | 'places' | 'ambiguous' | 'role' | 'statement' | 'counted' | 'predicate' | 'measure' | 'agent' | 'group'>, p: (typeof perArticle)[number], said = false): void => {
    const c: Omit<ClaimItem, 'id' | 'keys' | 'mass' | 'sentence' | 'persons' | 'places' | 'ambiguous' | 'role' | 'counted' | 'predicate' | 'measure' | 'agent' | 'group'> = { ...c0, statement: false };
    let mode: 'tail' | 'said' | null = null;
    const s = sentenceAt(p.sents, c.start);
    if (!s) return;
    // A figure opening its sentence right after a digit and a full stop ("a magnitude 6. 0 quake",
    // a decimal the text spaced and the splitter cut) is the tail of a number, not a figure: read
    // on unseen ECB+ stories, "0 quake" and "1-magnitude" were set against "6" and "9".
    if (c.kind === 'number' && c.start - s.start <= 1 && /\d\.\s{0,2}$/.test(p.a.text.slice(Math.max(0, s.start - 4), s.start))) return;
    // A page's own date line ("14 October 2011 Last updated at 14:00 GMT") dates the page.
    if (c.kind === 'date' && s.end - s.start < 80 && /\b(?:updated|published|posted)\b/i.test(p.a.text.slice(s.start, s.end))) return;
    // An attribution tail (", the emergency service said on Tuesday.") dates when a source
    // spoke, not anything that happened: it is neither an event nor a claim to compare.
    if (c.kind === 'date') {
      // Bounded windows (LEAD_CHARS): a few words either side decide, and a scan of the whole
      // sentence per claim is quadratic in a long unpunctuated "sentence".
      const lead = p.a.text.slice(Math.max(s.start, c.start - LEAD_CHARS), c.start);
      const tail = p.a.text.slice(c.end, Math.min(s.end, c.end + LEAD_CHARS));
      // It is kept as the date of a statement: what was said (the words before the attribution)
      // and who said it describe it, and it is compared with other statement dates only
      // (issue #10: "said Friday" against "said Thursday" for one statement).
      if (REPORTING_BEFORE.test(lead) && /,[^,]*$/.test(lead) && tail.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 2) {
        c.statement = true;
        c.hedged = true;
        c.unit = 'statement';
        mode = 'tail';
      } else if (said) {
        // "The navy said Monday it had captured 23 pirates": the same, described by the speaker
        // and what follows.
        c.statement = true;
        c.hedged = true;
        c.unit = 'statement';
        mode = 'said';
      }
    }
    const sk = p.keyed.get(s.start)!;
    const keys = contextOf(sk, p.a.text.slice(s.start, s.end), c.kind, c.start, c.end, mode);
    // A figure in a short sentence whose subject is a pronoun ("It destroyed 40 homes.") is
    // told of the previous sentence's subject: its own words are too few to say what it is
    // about, so it borrows the first words of that sentence (where its subject stands), at
    // the weight of words at the window's edge. Only a figure that would otherwise be dropped
    // (below), and only a personal pronoun opening the sentence (issue #10: a pronoun subject
    // left too few words for a claim, and the figure was never compared).
    if (keys.size < 3 && c.kind === 'number' && PRONOUN_SUBJECT.test(p.a.text.slice(s.start, s.start + 12))) {
      const prev = previousSentence(p.sents, s);
      const pk = prev ? p.keyed.get(prev.start) : undefined;
      if (pk) for (const k of pk.keys.slice(0, WINDOW)) keys.set(k.key, Math.max(keys.get(k.key) ?? 0, idf(k.key) * 0.6));
    }
    // A claim with next to nothing around it (a dateline, a caption date) is about nothing
    // that can be compared.
    if (keys.size < 3) return;
    let mass = 0;
    for (const w of keys.values()) mass += w;
    const persons = new Set<string>();
    for (const k of keys.keys()) if (k.startsWith('E:') && ents.get(k.slice(2))?.type === 'person') persons.add(k.slice(2));
    const places = [...new Set([...keys.keys()].filter((k) => k.startsWith('E:') && ents.get(k.slice(2))?.type === 'place').map((k) => ents.get(k.slice(2))!.name))].sort();
    const sentenceText = p.a.text.slice(s.start, s.end);
    // The words of the names the entity layer finds in the sentence: a name opening it ("Jones
    // scored 21 points") stays its verb's actor (measure.ts commonOpener).
    const nameWords = new Set<string>();
    for (const k of keys.keys()) if (k.startsWith('E:')) for (const w of (ents.get(k.slice(2))?.name ?? '').toLowerCase().split(/[^\p{L}'’-]+/u)) if (w) nameWords.add(w);
    const read = c.kind === 'number' && !c.unit?.startsWith('clock:') ? measureOf(sentenceText, c.start - s.start, c.end - s.start, c.unit?.replace(/^.*:/, '') ?? null, nameWords) : { keys: [], agent: null, commonAgent: null };
    const measure = read.keys;
    // The event a figure's own governing verb names comes before the nearest event word of its
    // sentence: in "Two people were killed and 10 people were wounded" the nearest event word to
    // "10" is "killed", but "10" is the subject of "wounded" (measure.ts).
    const predicate = measure.find((k) => k.startsWith('EV:')) ?? predicateOf(sk, c.start, c.end);
    claims.push({ ...c, id: claims.length, keys, mass, persons, places, ambiguous: false, role: null, counted: c.kind === 'number' && (c.unit?.startsWith('count:') || c.unit?.endsWith(':old')) ? countedPhrase(p.a.text, c.end, s.end) : null, predicate, measure, agent: read.agent, ...(read.commonAgent !== null ? { commonAgent: read.commonAgent } : {}), group: null, sentence: { start: s.start, end: s.end, text: sentenceText } });
  };

  perArticle.forEach((p, articleIndex) => {
    for (const t of [...p.a.times].sort((x, y) => x.start - y.start)) {
      // Without a publication date "on Tuesday" cannot be resolved, but two reports giving two
      // weekdays for one event still disagree: such a date is kept by its weekday's name.
      const wd = !t.value && !t.event && t.relative && t.anchor === 'published' ? WEEKDAY_ONLY.exec(t.text) : null;
      if (wd) {
        const n = WEEKDAYS.indexOf(wd[1].toLowerCase()) + 1;
        const lead = p.a.text.slice(Math.max(0, t.start - 40), t.start);
        const name = wd[1][0].toUpperCase() + wd[1].slice(1).toLowerCase();
        push({ kind: 'date', article: p.a.id, articleIndex, start: t.start, end: t.end, text: t.text, normalized: `${name} (week unknown)`, precision: 'day', relative: true, weekday: n, limit: null, figure: 0, hedged: MODAL_BEFORE.test(lead) || t.direction === 'future', attributive: false, direction: t.direction, bound: BOUND_BEFORE.test(p.a.text.slice(Math.max(0, t.start - 24), t.start)), iso: `weekday-${n}`, from: 0, to: 0, low: 0, high: 0, grain: 0, unit: null }, p, SAID_BEFORE.test(lead));
        continue;
      }
      // A clock time alone ("at about 10 p.m.", "3:30 a.m.") states no day: the day it was
      // resolved to is our inference from the publication date, and two clock times a few
      // minutes apart are a rounding, not a disagreement on the date.
      // The clock time itself is a value of its own (a time of day, below), whatever the day.
      const clock = clockOf(p.a.text, t.start, t.end);
      if (clock) push({ ...clock, article: p.a.id, articleIndex }, p);
      if (CLOCK_ONLY.test(t.text)) continue;
      if (!t.value || !t.precision) continue;
      const range = dayRange(t.value, t.precision);
      if (!range) continue;
      const normalized = t.precision === 'week' ? `week of ${t.value}` : t.precision === 'decade' ? `${t.value.slice(0, 3)}0s` : t.value;
      // A date after the article's own publication date, or governed by a forecast ("is
      // expected to arrive on Monday"), is a plan, not an event: at most a possible conflict.
      const pub = p.a.published ? dayRange(p.a.published.slice(0, 10), 'day') : null;
      const lead = p.a.text.slice(Math.max(0, t.start - 40), t.start);
      const tail = p.a.text.slice(t.end, t.end + 30);
      // Also not a confident claim: a date used as a name or attribute ("the 1940s Hollywood
      // actress", "the Aug. 7 bombing", "Sunday's debate"), which names an era or an event
      // rather than dating what is reported; and the date of a statement ("said Wednesday",
      // "said on Monday"), since two outlets may quote two statements made on two days.
      // A year may stand a word or two after the determiner, across the noun phrase's
      // premodifiers ("one of his top 2016 campaign fund-raisers", "Trump's 2017 inaugural
      // fund"): between a determiner or possessive and the noun it modifies it is inside that
      // noun phrase, so it names the campaign or the fund, not when the reported act was. Only
      // a bare year: a day after a noun is an adverbial of the verb ("sent a letter today
      // asking …", "sent a letter Friday urging …"), the noun being the object, not a modifier.
      // A named event's date ("the Sept. 11 attacks") dates no reported event: it is kept as an
      // attributive date (`named`), compared only with other attributive dates.
      const attributive = t.event || ((/\b(?:the|a|an|his|her|their|its)\s+$/i.test(lead) || (/^\d{4}$/.test(t.text) && ATTRIBUTIVE_LEAD.test(lead)) || /^(?:the|a|an)\s/i.test(t.text)) && /^\s+(?!(?:of|in|at|on|and|or|to|when|as|after|before|by|for|with|that|this|was|is|were|has|had)\b)[\p{L}]/iu.test(tail)) || /^['’]s\s/.test(tail);
      const statement = SAID_BEFORE.test(lead);
      const hedged = (pub !== null && range[0] > pub[1]) || MODAL_BEFORE.test(lead) || attributive || statement;
      if (t.relative && pub !== null && !WEEKDAY_NAME.test(t.text) && !MONTH_AND_DAY.test(t.text)) range[0] = writtenTheDayBefore(t.precision, range[0], pub[0]);
      push({ kind: 'date', article: p.a.id, articleIndex, start: t.start, end: t.end, text: t.text, normalized, precision: t.precision, relative: t.relative, weekday: null, limit: null, figure: 0, hedged, attributive, direction: t.direction, bound: BOUND_BEFORE.test(p.a.text.slice(Math.max(0, t.start - 24), t.start)) || /^(?:until|till|since|before|after|by)\b/i.test(t.text), iso: t.value, from: range[0], to: range[1], low: 0, high: 0, grain: 0, unit: null, ...(t.event ? { named: true } : {}), ...(pub !== null ? { publishedDay: pub[1] } : {}) }, p, statement);
    }
    const quantities = [...p.a.quantities].sort((x, y) => x.start - y.start);
    // The last count read with a noun of its own (for an elided noun, below).
    let prevCount: { start: number; end: number; unitText: string | null; unit: string; elided: boolean } | null = null;
    for (const [qi, q] of quantities.entries()) {
      // Vague amounts ("tens of thousands") and ordinals ("first visit") are not figures two
      // outlets can contradict each other on with any confidence.
      if (q.kind === 'vague' || q.kind === 'ordinal') continue;
      // A tally ("voted 94-1", "a 5-4 decision"; a game's score is none, quantities.ts): its two
      // counts are one value, compared only with other tallies (unit "tally") of one vote
      // (conflicts.ts oneVote); what it counts is its governing verb's (measure.ts: "voted",
      // "approved"). The pair is held as one exact number, first count × TALLY_BASE + the
      // second, so two tallies agree only when both counts do ("94-1" / "92-6", "94-1" / "94-2").
      if (q.kind === 'tally') {
        if (q.low === null || q.high === null) continue;
        const v = q.low * TALLY_BASE + q.high;
        const hedged = MODAL_BEFORE.test(p.a.text.slice(Math.max(0, q.start - 40), q.start));
        push({ kind: 'number', article: p.a.id, articleIndex, start: q.start, end: q.end, text: q.text, normalized: `${q.low}-${q.high}`, precision: null, relative: false, weekday: null, bound: false, limit: null, figure: v, hedged, attributive: false, direction: null, iso: `${q.low}-${q.high}`, from: 0, to: 0, low: v, high: v, grain: 0, unit: 'tally:tally' }, p);
        continue;
      }
      // "up to 25 years": only the upper figure is read; construction() reads the bound.
      const low0 = q.low ?? q.value ?? (q.kind !== 'range' ? q.high : null);
      // "more than two" (no upper figure written) is bounded below only.
      const high0 = q.high ?? q.value ?? (low0 !== null && q.low !== null && q.high === null ? Number.POSITIVE_INFINITY : null);
      let unit = unitKey(q.unit);
      // The person a named age is told of (ClaimItem.ageOf).
      let ageOf: string | null = null;
      let qkind: string = q.kind;
      // A count of a currency ("four million Euros", "595,000 euro": the annotator reads a money
      // amount only from its own currency forms) is that money: compared with "2 million euros".
      // The currency is the unit's first word: the annotator may read the noun phrase on ("The
      // 595,000 euro raised by the telethon": unit "euro raised", which counted "euro raised"
      // and met no other amount of euros).
      const currency = q.kind === 'count' && q.unit ? CURRENCY_WORD[q.unit.toLowerCase().split(/\s+/)[0].replace(/s$/, '')] : undefined;
      if (currency !== undefined) {
        unit = currency;
        qkind = 'money';
      }
      // A figure with no noun of its own, read in its construction:
      // - "a 20-member board": the word joined to it by a hyphen, with the word it modifies, is its
      //   unit ("member board"): "a five-boat pirate attack" counts the attack's boats, not the
      //   boats captured, so it meets only another "N-boat pirate" figure;
      // - "at the age of 61", "aged 61": an age, the same unit as "the 61-year-old";
      // - "a two million-euro heist", "a 10-million-dollar contract": a currency joined by a
      //   hyphen is the figure's money (as "2 million euros"), not a count of "euro jewellery";
      const hyphenCurrency = unit === null && q.kind === 'count' ? compiledOnce(HYPHENED_CURRENCY).exec(p.a.text.slice(q.end, q.end + 24)) : null;
      if (hyphenCurrency) {
        unit = CURRENCY_WORD[hyphenCurrency[1].toLowerCase()];
        qkind = 'money';
      }
      if (unit === null && q.kind === 'count') {
        const hyphen = compiledOnce(HYPHENED_UNIT).exec(p.a.text.slice(q.end, q.end + 40));
        // - "a 16-inch strip": a measure is its unit whatever noun it modifies, so it meets "a
        //   17-inch metal strip" and "17 inches long" (read as "inch-strip" against
        //   "inch-metal", the lengths two reports gave one strip were never compared);
        const measure = compiledOnce(HYPHENED_MEASURE).exec(p.a.text.slice(q.end, q.end + 24));
        if (measure) {
          const w = measure[1].toLowerCase();
          unit = stem(w === 'foot' ? 'feet' : w);
        } else if (hyphen && hyphen[2].trim().split(/\s+/)[0].length >= 3) unit = `${stem(hyphen[1].toLowerCase())}-${stem(hyphenedNoun(hyphen[2]).toLowerCase())}`;
        else if (/\b(?:age of|aged)\s+$/i.test(p.a.text.slice(Math.max(0, q.start - 12), q.start))) {
          unit = 'old';
          qkind = 'duration';
        } else if ((ageOf = ageApposition(p.a, ents, q.start, q.end, q.value, runs)) !== null) {
          // (Its own unit: see ageApposition.)
          unit = 'named:old';
          qkind = 'duration';
        }
      }
      // A hyphened age told of a named person is that person's age, as an age in commas is
      // (ageOwner).
      if (q.kind === 'duration' && unit === 'old' && /^year old$/i.test(q.unit ?? '') && (ageOf = ageOwner(p.a, ents, q.start, q.end, runs)) !== null) unit = 'named:old';
      // "214 of 400 candidates": the part has no noun of its own; it counts what its total
      // counts, so it takes the total's unit (else it was dropped, and only the totals compared).
      if (unit === null && q.kind === 'count') {
        const next = quantities[qi + 1];
        if (next && next.start - q.end <= 24 && PART_OF_GAP.test(p.a.text.slice(q.end, next.start))) unit = unitKey(next.unit);
      }
      // "killing all 109 people aboard and five on the ground", "113 people, including four on
      // the ground": a bare figure coordinated with a figure of a noun in its clause, and itself
      // followed by a place or by the clause's end, counts that noun (the noun is elided, as
      // English elides a repeated head). Without it "five" had no unit and was never compared
      // with "four" (an unseen DUC 2006 story's deaths on the ground). Not before a verb ("3
      // people died and 40 were hurt" keeps 40 apart) nor before "of" (a part, above).
      let unitText = q.unit;
      let elided = false;
      // "killing three people and injuring 24 others": "others" after a casualty verb counts more
      // of the people the first figure counts (issue #10, session 24: read as a count of "other",
      // it never met another report's "21 people were wounded"). Only after "people" or
      // "persons": "three soldiers and 24 others" may count civilians. The clause's end is then
      // read after "others" (OTHERS).
      const others = unit !== null && q.kind === 'count' && prevCount !== null && /^(?:peopl|person)$/.test(prevCount.unit) ? OTHERS.exec(p.a.text.slice(q.end, q.end + 8)) : null;
      if (others !== null) unit = null;
      if (unit === null && q.kind === 'count' && prevCount !== null && prevCount.unitText !== null && q.start - prevCount.end <= 60) {
        const gap = p.a.text.slice(prevCount.end, q.start);
        // (After a figure whose noun is itself elided, "109 on the plane and five", no noun stands between.)
        const rest = prevCount.elided ? gap : gap.startsWith(` ${prevCount.unitText}`) ? gap.slice(prevCount.unitText.length + 1) : null;
        // Or its own verb's object, in a conjunct coordinated with the first figure's clause
        // ("killed two people and wounded seven": the wounded are people too). Without it a
        // report's "wounded seven" was never compared with another's "10 people were wounded".
        const verb = rest !== null ? ELIDED_VERB_GAP.exec(rest) : null;
        const after = q.end + (others?.[0].length ?? 0);
        // (An "-ing" verb after "others": "killing three people and injuring 24 others".)
        const verbElided = verb !== null && (/ed$/.test(verb[1]) || (others !== null && /ing$/.test(verb[1])) || (IRREGULAR[verb[1]] !== undefined && IRREGULAR[verb[1]] !== verb[1])) && ELIDED_VERB_NEXT.test(p.a.text.slice(after, after + 12)) && sameCasualtyKind(p.a.text, p.sents, prevCount.start, prevCount.end, verb[1]);
        if (verbElided || (rest !== null && compiledOnce(ELIDED_GAP).test(rest) && compiledOnce(ELIDED_NEXT).test(p.a.text.slice(after, after + 12)))) {
          unit = prevCount.unit;
          unitText = prevCount.unitText;
          elided = true;
        }
      }
      if (others !== null && unit === null) unit = unitKey(q.unit);
      // A quake's magnitude is a measure of its own, whatever word follows it (units.ts magnitudeAt).
      if (q.kind === 'count' && magnitudeAt(p.a.text, q.start, q.end)) {
        // (A magnitude a comparison brings up, "since a magnitude 7.0 quake", is another shock's:
        // a unit of its own, never set against the story's quake; units.ts comparedMagnitude.)
        unit = comparedMagnitude(p.a.text, q.start) ? 'magnitude of a compared shock' : 'magnitude';
        unitText = unit;
        qkind = 'measure';
      }
      if (q.kind === 'count' && unit !== null) prevCount = { start: q.start, end: q.end, unitText, unit, elided };
      if (low0 === null || high0 === null || unit === null) continue;
      const cx = construction(p.a.text, q.start, q.end, low0, high0, unitText);
      if (cx.fragment) continue;
      // Parts and totals are compared only with their own kind ("15 of" with "14 of").
      // A share is a part by what it is ("20 percent of its dealerships", "a quarter of its
      // 6,000 dealerships" give one share whether or not the whole is written after it): its
      // role keeps no percent from another (annotate/quantities.ts reads fractions as percents).
      if (cx.role && !(q.kind === 'percent' && unit === 'percent')) unit = `${cx.role}:${unit}`;
      // An amount followed by "before", "after", "earlier" or "later" is an offset from another
      // event ("nine days before the inauguration", "a week after suffering a heart attack"), not
      // the length of what the sentence reports ("in about 30 days", "hospitalized for three
      // weeks"): offsets are compared only with offsets, where the anchor words must also agree.
      // (An amount of time only: "wounded seven before he was shot" counts people, it is no offset.)
      if ((q.kind === 'duration' || unit === 'old') && /^\s+(?:before|after|earlier|later|prior\s+to)\b/i.test(p.a.text.slice(q.end, q.end + 12))) unit = `offset:${unit}`;
      let normalized = low0 === high0 ? String(low0) : Number.isFinite(high0) ? `${low0}-${high0}` : `${low0}+`;
      // A duration is an amount of time whatever its unit: "18 months" and "more than two years",
      // "two to three days" and "five days" are compared in days (an age, "44-year-old", stays
      // an age; an offset stays an offset). The unit stays in the value shown.
      const days = q.kind === 'duration' ? DAYS_PER[q.unit?.toLowerCase().replace(/s$/, '') ?? ''] : undefined;
      if (days !== undefined && !unit.startsWith('offset:')) {
        unit = unit.replace(/[^:]+$/, 'time');
        cx.low *= days;
        cx.high *= days;
        cx.figure *= days;
        cx.grain *= days;
        normalized = `${normalized} ${q.unit!.toLowerCase().replace(/s$/, '')}`;
      }
      // A distance, an area, a weight, a speed or a volume is an amount of its dimension whatever
      // its unit (units.ts): "40 km" and "25 miles" are one distance, compared in metres (a part
      // or a total keeps its own unit: its whole is counted, not measured).
      // (A figure in parentheses right after a measure, "15 kilometers (nine miles)", is the
      // writer's own conversion of it: kept in its written unit, it is compared only with other
      // outlets' conversions, and the measure before it stays the one figure of its dimension.)
      const measureUnit = (q.kind === 'count' || q.kind === 'range') && cx.role === null && !unit.startsWith('offset:') && !conversionInParentheses(p.a.text.slice(Math.max(0, q.start - 40), q.start)) ? unitAfter(p.a.text.slice(q.end, q.end + 40)) : null;
      if (measureUnit !== null) {
        unit = measureUnit.dimension;
        qkind = 'measure';
        cx.low *= measureUnit.factor;
        cx.high *= measureUnit.factor;
        cx.figure *= measureUnit.factor;
        cx.grain *= measureUnit.factor;
        normalized = `${normalized} ${measureUnit.word}`;
      }
      push({ kind: 'number', article: p.a.id, articleIndex, start: q.start, end: q.end, text: q.text, normalized, precision: null, relative: false, weekday: null, bound: false, limit: cx.limit, figure: cx.figure, hedged: cx.hedged, attributive: false, direction: null, iso: normalized, from: 0, to: 0, low: cx.low, high: cx.high, grain: cx.grain, unit: `${qkind === 'range' ? 'count' : qkind}:${unit}`, ...(ageOf !== null ? { ageOf } : {}) }, p);
    }
  });

  // The dead or injured counted as a people ("killed at least 28 Palestinians") are people: the
  // same casualties another report counts as "26 people had died" (ClaimItem.group). Only where
  // the figure's own verb is a death or an injury (measure.ts): those it counts are persons, and
  // a people's name (places.ts DEMONYM_PLURALS) right after the figure says which.
  for (const c of claims) {
    if (c.kind !== 'number' || !c.unit?.startsWith('count:') || !c.measure.some((m) => m === 'EV:death' || m === 'EV:injury')) continue;
    const tail = c.unit.slice('count:'.length);
    const noun = /^\s+(\p{Lu}[\p{L}'’-]*)/u.exec(c.sentence.text.slice(c.end - c.sentence.start, c.end - c.sentence.start + 40))?.[1];
    if (noun === undefined || !DEMONYM_PLURALS.has(noun) || stem(noun.toLowerCase()) !== tail) continue;
    c.unit = `count:${PEOPLE}`;
    c.group = tail;
    // Its noun is read as "people" in its context too, as the other report writes it.
    readNounAsPeople(c, tail);
  }

  // The dead and injured counted by a bare casualty noun ("left 12 dead", "30 injured") are
  // people, with the casualty their noun names (casualty-nouns.ts): the toll another report gives
  // as "15 people died". Its noun is read as "people" in its context too, as for a people above.
  for (const c of claims) {
    if (c.kind !== 'number' || c.unit === null || !/^count:[^:]+$/.test(c.unit)) continue;
    const noun = c.unit.slice('count:'.length);
    const rel = c.end - c.sentence.start;
    const word = /^\s+([\p{L}-]+)/u.exec(c.sentence.text.slice(rel, rel + 30));
    if (word === null) continue;
    const ev = casualtyNoun(noun, word[1], c.sentence.text.slice(rel + word[0].length, rel + word[0].length + 20));
    if (ev === null) continue;
    c.unit = `count:${PEOPLE}`;
    if (!c.measure.includes(ev)) c.measure = [...c.measure, ev];
    readNounAsPeople(c, noun);
  }

  // The size of a crowd told by any noun of its people and any verb of gathering ("half a million
  // protesters filled the streets" / "400,000 people marched"): a count of people of one gathering
  // (crowd-counts.ts). Its context keeps its own noun: sentences that name the crowd by other
  // nouns are not made more alike by it, so such a pair meets through the candidate index (at
  // most a possible card) unless its sentences are alike in their own words.
  for (const c of claims) {
    if (c.kind !== 'number' || c.unit === null || !/^count:[^:]+$/.test(c.unit)) continue;
    const noun = c.unit.slice('count:'.length);
    if (!crowdSize(noun, c.measure, c.sentence.text)) continue;
    c.unit = `count:${PEOPLE}`;
    if (!c.measure.includes(CROWD)) c.measure = [...c.measure, CROWD].sort();
  }

  // The population of a place ("a city of 4 million people", "the 3.8 million residents of
  // Karvik"): a count of people measured as the place's population, whatever verb governs it
  // (populations.ts). (A city "of" a figure was read as a total of parts: count:total:peopl.)
  for (const c of claims) {
    if (c.kind !== 'number' || c.unit === null || !/^count:(?:total:)?[^:]+$/.test(c.unit)) continue;
    const noun = c.unit.slice(c.unit.lastIndexOf(':') + 1);
    if (!populationCount(noun, c.sentence.text, c.start - c.sentence.start, c.end - c.sentence.start)) continue;
    c.unit = `count:${PEOPLE}`;
    c.measure = [POPULATION];
  }

  // Several figures of one unit in a sentence ("28 of his 68 punches", "seven life sentences and
  // four more") cannot be told apart by their context.
  // (Durations by their written unit: "suspended for 10 years in exchange for 20 percent over
  // six months" gives one figure in years, one in months, which context tells apart.)
  const perSentenceUnit = new Map<string, number>();
  const ambKey = (c: ClaimItem): string => `${c.article}:${c.sentence.start}:${c.unit}:${c.unit?.endsWith(':time') ? c.normalized.replace(/^.* /, '') : ''}`;
  for (const c of claims) if (c.kind === 'number') perSentenceUnit.set(ambKey(c), (perSentenceUnit.get(ambKey(c)) ?? 0) + 1);
  for (const c of claims) if (c.kind === 'number' && perSentenceUnit.get(ambKey(c))! > 1) c.ambiguous = true;
  // Each figure's own stretch of its sentence, between the figures of its unit (sameRole).
  const byAmbKey = new Map<string, ClaimItem[]>();
  for (const c of claims) {
    if (c.kind !== 'number') continue;
    const list = byAmbKey.get(ambKey(c));
    if (list) list.push(c);
    else byAmbKey.set(ambKey(c), [c]);
  }
  for (const group of byAmbKey.values()) {
    // A sentence with many figures of one unit (a results table, a box score run into one
    // sentence) is a list, not a few figures whose stretches tell them apart; its figures stay
    // ambiguous and uncompared. The cap also keeps the sibling sets below from growing with the
    // square of the group.
    if (group.length > MAX_ROLE_FIGURES) continue;
    group.sort((a, b) => a.start - b.start);
    const roles = group.map((c, i) => {
      const s = c.sentence;
      const rel = c.end - s.start;
      // After: to the next figure of the unit, the clause's end or another figure, whichever
      // comes first ("four touchdowns receiving and had returned three punts": "punts" is the
      // three's, not the four's).
      const nextAt = i + 1 < group.length ? group[i + 1].start - s.start : s.text.length;
      let afterText = s.text.slice(rel, nextAt);
      // "injuring 24 others" (OTHERS, read as the first figure's noun): "others" stands for the
      // counted noun, so it is no word of the figure's own stretch.
      if (c.unit !== null && /:(?:peopl|person)$/.test(c.unit)) afterText = afterText.replace(OTHERS, ' ');
      const stop = STRETCH_END.exec(afterText);
      if (stop) afterText = afterText.slice(0, stop.index);
      // Before: from the previous figure of the unit, the clause's start or another figure.
      const prevAt = i > 0 ? group[i - 1].end - s.start : 0;
      let beforeText = s.text.slice(prevAt, c.start - s.start);
      let cut = -1;
      for (const m of beforeText.matchAll(STRETCH_END_G)) cut = m.index + m[0].length;
      if (cut >= 0) beforeText = beforeText.slice(cut);
      // What modifies the counted noun between the figure and it ("three [gold] medals").
      const tail = c.unit?.replace(/^.*:/, '') ?? '';
      const mods = new Set<string>();
      for (const t of tokens(afterText).slice(0, 4)) {
        const w = stem(t.norm);
        if (w === tail) break;
        if (!STOP.has(t.norm) && /^\p{L}{3,}$/u.test(t.norm)) mods.add(w);
      }
      if (!tokens(afterText).slice(0, 4).some((t) => stem(t.norm) === tail)) mods.clear();
      return { after: stretchWords(afterText, c.unit), before: stretchWords(beforeText, c.unit), mods };
    });
    group.forEach((c, i) => {
      const siblingsAfter = new Set<string>();
      const siblingsBefore = new Set<string>();
      roles.forEach((r, j) => {
        if (j === i) return;
        for (const w of r.after) siblingsAfter.add(w);
        for (const w of r.before) siblingsBefore.add(w);
      });
      // The figure's own event (the death or injury its own verb names, measure.ts), when no other
      // figure of its unit in the sentence has that event: "killed 12 people and injured at least
      // 41" tells the 12 from the 41 by their verbs where their stretches say nothing (sameRole).
      const own = c.measure.find((k) => k.startsWith('EV:')) ?? null;
      const event = own !== null && group.every((d) => d === c || !d.measure.includes(own)) ? own : null;
      // Likewise its governing word (measure.ts: "pledged", "raised") when no other figure of its
      // unit in the sentence has it: "raised 395,000 euro … while the Government pledged 150,000
      // euro" tells the two amounts apart by their verbs (sameRole, with the doer).
      const governs = c.measure.find((k) => !k.startsWith('EV:') && group.every((d) => d === c || !d.measure.includes(k))) ?? null;
      c.role = { ...roles[i], siblingsAfter, siblingsBefore, event, governs };
    });
  }

  // Candidate pairs through an inverted index on context keys.
  const postings = new Map<string, number[]>();
  for (const c of claims) {
    for (const k of c.keys.keys()) {
      const list = postings.get(k);
      if (list) list.push(c.id);
      else postings.set(k, [c.id]);
    }
  }
  // Figures of one unit counting the same two-word thing (ClaimItem.counted) are candidates
  // too, however little else their sentences share: a second inverted index, on the phrase.
  const byCounted = new Map<string, number[]>();
  for (const c of claims) {
    if (c.counted === null) continue;
    const k = `${c.unit}\u0000${c.counted.key}`;
    const list = byCounted.get(k);
    if (list) list.push(c.id);
    else byCounted.set(k, [c.id]);
  }
  const edges: ClaimEdge[] = [];
  // The persons a claim's whole sentence names (agesOfOnePerson), from its sentence keys.
  const sentencePersons = (c: ClaimItem): Set<string> => {
    const sk = perArticle[c.articleIndex].keyed.get(c.sentence.start);
    return new Set((sk?.keys ?? []).filter((k) => k.key.startsWith('E:') && ents.get(k.key.slice(2))?.type === 'person').map((k) => k.key.slice(2)));
  };
  // Where each claim stands in each posting list (claims are visited in id order, the lists
  // are in id order): a claim looks at the next POSTING_WINDOW claims of each of its keys only.
  const cursor = new Map<string, number>();
  const countedCursor = new Map<string, number>();
  for (const c of claims) {
    const shared = new Map<number, number>();
    for (const k of c.keys.keys()) {
      const list = postings.get(k)!;
      const pos = cursor.get(k) ?? 0;
      cursor.set(k, pos + 1);
      for (let x = pos + 1; x < list.length && x <= pos + POSTING_WINDOW; x++) {
        const j = list[x];
        const d = claims[j];
        if (d.article === c.article || d.kind !== c.kind || (d.unit !== c.unit && !agesOfOnePerson(c, d, sentencePersons))) continue;
        shared.set(j, 0);
      }
    }
    const sameCount = new Set<number>();
    if (c.counted !== null) {
      const ck = `${c.unit}\u0000${c.counted.key}`;
      const list = byCounted.get(ck)!;
      // Claims are visited in id order and the list is in id order: its own place, no search.
      const at = countedCursor.get(ck) ?? 0;
      countedCursor.set(ck, at + 1);
      for (let x = at + 1; x < list.length && x <= at + POSTING_WINDOW; x++) {
        if (claims[list[x]].article === c.article) continue;
        shared.set(list[x], 0);
        sameCount.add(list[x]);
      }
    }
    for (const j of [...shared.keys()].sort((x, y) => x - y)) {
      const d = claims[j];
      let n = 0;
      for (const k of c.keys.keys()) if (d.keys.has(k)) n++;
      // One shared word is as likely chance as evidence.
      if (n < 2) continue;
      let common = 0;
      for (const [k, w] of c.keys) {
        const v = d.keys.get(k);
        if (v !== undefined) common += Math.min(w, v);
      }
      const sim0 = (2 * common) / (c.mass + d.mass);
      // The same counted thing ("former paratrooper", "assault rifles") makes two figures as
      // much one claim as contexts at the conflict bar do (CONFLICT_CLAIM), and not more:
      // the conflict still needs the evidence of findConflicts (it is at most possible).
      // Two dates whose sentences give one figure alike (a count written in digits, ten or more)
      // and name one participant ("nabbed 23 … sea brigands" in the Gulf of Aden on Monday /
      // "captured 23 pirates" there on Saturday) date one event told in other words: the figure
      // and the name agreeing by chance is unlikely. Lifted to the claims' own bar only; a
      // conflict still needs findConflicts' gates and evidence (the shared figure is its anchor).
      // Days only: a month or a year is the span of many events of a story, and a figure the
      // whole story repeats (a ship's 118 crew) would tie them all to the day of one.
      const tied = c.kind === 'date' && c.precision === 'day' && d.precision === 'day' && sim0 < SAME_CLAIM && figureAndName(c, d);
      const sim = sameCount.has(j) ? Math.max(sim0, CONFLICT_CLAIM) : tied ? SAME_CLAIM : sim0;
      if (sim >= SAME_CLAIM || (sim >= NEAR_MISS_CLAIM && nearMiss(c, d) && sharedWords(c, d) >= 2)) edges.push({ a: c.id, b: j, sim });
    }
  }

  const parent = claims.map((c) => c.id);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const e of edges) {
    const ra = find(e.a);
    const rb = find(e.b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const comps = new Map<number, number[]>();
  for (const c of claims) {
    const r = find(c.id);
    const list = comps.get(r);
    if (list) list.push(c.id);
    else comps.set(r, [c.id]);
  }
  const components = [...comps.values()].map((l) => l.sort((a, b) => a - b)).sort((a, b) => a[0] - b[0]);
  return { claims, edges, components, told: new Map(perArticle.map((p) => [p.a.id, toldFigures(p.a, p.sents)])) };
}
