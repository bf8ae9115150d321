/**
 * What a supporting sentence must itself give for a fact to cite it: the shown sentence's figures,
 * and, for a reported remark, a remark that shares what is said, not only who said it
 * (reportedIn, otherReportedRemark, at the end of this module).
 *
 * A shared fact shows one sentence (the hub, one-claim.ts settle) and cites each other outlet's
 * sentence as stating it. The one-claim gate asks whether two sentences can be one claim: another
 * value, actor, time or act splits them. A sentence that gives no figure at all passed every value
 * test, since there was nothing to compare, though the fact shown is the figure: "a total of 3,390
 * students were expelled for bringing firearms …" cited "the number of students expelled for
 * bringing a gun … dropped" (DUC 2006 dev), and the unseen readings found "… would cost $6 billion"
 * cited to a sentence giving no cost, "More than 100 … still held" cited to one of another count.
 * A reader checking the citation finds no figure in it: the cited outlet does not say the fact.
 *
 * Here each figure the hub gives for a thing it counts (figures.ts figuresOf: years and clock times
 * are dates, not values; an indefinite article's "one" of a count list is no stated figure) must be
 * given by the supporting sentence as the same value (figures.ts sameValue, by the same units).
 * Background figures are not the claim and are not asked for: a person's age set off by commas
 * after a name ("Rosa Tellan, 45, was named chief") is an appositive about the person, which a
 * report of the appointment may leave out. So are the numbers of names and addresses ("Flight
 * 302", "12 Harbour Road") and clock times; and "$1.5m" is read as "$1.5 million" (without it a
 * shown "$1.5 million" dropped the outlet that wrote "$1.5m").
 *
 * Asymmetric on purpose: the supporter may add figures of its own (it states the hub's claim and
 * more); only what the fact shows must be in every sentence it cites. Near copies (facts.ts
 * NEAR_COPY) pass whatever they drop: one text edited, not two statements.
 */
import { tokenize } from '../words/text.js';
import { figuresOf, sameValue, type Figure } from './figures.js';

// An age after a name, set off by commas ("Kovac, 45, …"; "Maria Dunne, 7, …"): background on
// a person, not the figure a claim is about. One to three digits only, so a count is never read
// as an age.
const APPOSITIVE_AGE = /(\p{Lu}[\p{L}'’.-]*),\s+\d{1,3},/gu;
// An age written as a compound adjective ("an 18-year-old student", "the 7-year-old"): it
// describes a person, as the appositive age does.
const AGE_ADJECTIVE = /\b\d{1,3}[- ](?:year|month|week|day)s?[- ]old\b/gi;
// A day of the month written with its month ("Jan. 6", "July 17", "6 January"): a date, which the
// gate's date tests compare (dates.ts), not a value of the claim.
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August|September|October|November|December`;
const MONTH_DAY = new RegExp(String.raw`\b(${MONTH})\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(${MONTH})\b`, 'g');

// An age written "aged 45" or in brackets after a name ("a man aged 45", "Kovac (45)"): the same
// background on a person as the appositive age.
const AGED = /\baged\s+\d{1,3}\b/gi;
const BRACKETED_AGE = /(\p{Lu}[\p{L}'’.-]*)\s*\(\d{1,3}\)/gu;
// A number that is part of a name, not a value: a designator after a capitalised word ("Flight
// 302", "Interstate 405", "Boeing 737", "Resolution 2334") or a house number before a street
// name ("12 Harbour Road"). A report may name the flight, the road or the address or not; it
// states the same fact. A designator is written without grouping commas and no scale or percent
// follows it; a possessive ("Velmora's 120 ships") counts what follows, so it is no name, and
// nor is a sentence's capitalised first word ("Some 1200 workers", "About 40").
const DESIGNATOR = /(?<=[\p{L}\p{N},;]\s+)(\p{Lu}[\p{L}.-]*(?<!['’]s))\s+\d+(?![\d,.]*\d)(?!\s*(?:%|percent|per\s+cent|thousand|million|billion|trillion|bn|mn)\b)/gu;
const STREET_NUMBER = /\b\d{1,5}\s+(?=(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Road|Street|Avenue|Boulevard|Lane|Drive|Way|Place|Square|Rd|St|Ave)\b)/gu;
// A scale written as a letter after an amount of money ("$1.5m", "£3m", "€2k") or as "mln":
// million and thousand, as "$1.5 million" is. The tokenizer leaves a bare "m" alone (words/text.ts
// SCALES: "a 30m fall" is metres), so only after a currency sign, where it is never a length.
const MONEY_LETTER_SCALE = /((?:US)?[$€£¥]\s?\d[\d,.]*)\s?(m|k)\b/gi;
// A clock time without a colon ("at 3 a.m.", "5pm"): a time, which the gate's clock test compares
// (dates.ts clockTimesDiffer), as figures.ts leaves out "3:00".
const CLOCK = /\b\d{1,2}(?:[.:]\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)/gi;
const MLN = /(\d)\s?mln\b/gi;

/**
 * The figures a sentence states as its claim's values (ages of named persons, days of the month
 * and numbers that are part of a name left out; money scales written as letters read as words).
 */
export function claimFigures(text: string): Figure[] {
  const bare = text
    .replace(MONEY_LETTER_SCALE, (_m, amount: string, scale: string) => `${amount} ${scale.toLowerCase() === 'k' ? 'thousand' : 'million'}`)
    .replace(CLOCK, '')
    .replace(MLN, '$1 million')
    .replace(APPOSITIVE_AGE, '$1,')
    .replace(AGE_ADJECTIVE, 'aged')
    .replace(AGED, 'aged')
    .replace(BRACKETED_AGE, '$1')
    .replace(MONTH_DAY, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '')
    .replace(DESIGNATOR, '$1')
    .replace(STREET_NUMBER, '');
  return figuresOf(bare).filter((f) => !f.byArticle);
}

/**
 * Whether `supporter` gives none of the figures `hub` states: the hub states values and the
 * supporter gives none of them (figures.ts sameValue, whatever words follow each: two outlets put
 * one figure in other words, "a solid 559,000" / "added 559,000 jobs"). One figure is enough: a
 * report that gives the toll but not the hour, or the rate but not the forecast it beat, states
 * the fact with a detail left out ("fell to 5.8% from 6.1%, better than the estimate of 5.9%" /
 * "had fallen to 5.8% from 6.1%"). A figure in another unit of measure ("22 1/2 years" / "a
 * 270-month sentence") may be the same value converted, which is not read: given.
 */
export function lacksFigure(hub: Figure[], supporter: Figure[]): boolean {
  if (!hub.length) return false;
  return !hub.some((f) => supporter.some((g) => sameValue(f, g) || (f.measure !== null && g.measure !== null && f.measure !== g.measure)));
}

// Verbs of saying and of making known, as written (past and present forms): the verb of an
// attribution frame ("Kovac said …", "…, the ministry announced Friday").
// Present forms that are also plural nouns ("states", "reports", "shows", "notes", "tweets") are
// left out: "Republican-led states sued …" has no frame.
const REPORTING = String.raw`(?:said|says|told|tells|added|adds|noted|stated|explained|explains|announced|announces|reported|warned|warns|argued|argues|insisted|insists|wrote|writes|tweeted|declared|declares|acknowledged|acknowledges|maintained|maintains|contended|contends|asserted|asserts|predicted|predicts|recalled|recalls|showed|according\s+to)`;
// A frame closing the sentence after a comma or a closing quotation mark: the reporting verb, at
// most six words after the break ("…, said Edward Ray, director of …"; "…," the senator said.";
// "…, Labor Department data showed Thursday."). Only plain words before the verb, so a clause of
// its own ("…, but he refused to resign") is no frame.
const TRAILING_FRAME = new RegExp(String.raw`[,"“”]\s*(?:[\p{L}\p{N}.'’&-]+\s+){0,6}?${REPORTING}\b`, 'u');
// A frame opening the sentence: its subject (a name, with an appositive set off by commas) and
// the reporting verb, with no quotation mark, auxiliary, relative pronoun or other clause before it
// ("Joanne Dunne, research director at …, said the …"; "Sen. Ilse Marr on Sunday said he would …").
const LEADING_FRAME = new RegExp(String.raw`^[^"“”]{0,200}?\b${REPORTING}\b(?:\s+that\b)?`, 'u');
const NOT_A_SUBJECT = /\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|who|which|when|while|if|because|after|before|but)\b/i;
// Words opening a clause of its own: a trailing "…, but he said …" is no attribution frame.
const CLAUSE_OPENER = /\b(?:but|and|or|as|while|when|because|although|though|if|since|after|before|who|which|that|where)\b/i;
// Content words (not closed-class) a statement needs beside its frame: fewer is a fragment
// ("…," he said of her.), whose words cannot tell one remark from another.
const MIN_CONTENT_WORDS = 3;

export interface Reported {
  /** The text of what is reported, the frame left out. */
  content: string;
  /** The frame: who said it, their title, the reporting verb, its time. */
  frame: string;
}

/**
 * A sentence read as an attribution frame and what it reports ("Kovac, the mayor, said the bridge
 * will close" → frame "Kovac, the mayor, said", content "the bridge will close"; "'The bridge
 * will close,' said Kovac, the mayor." likewise); null when the sentence has no such frame, or
 * what is left is too short to be a statement of its own.
 */
export function reportedIn(text: string): Reported | null {
  const body = text.replace(/^[A-Z][A-Z .'-]{1,30}(?:,[^_\n]{1,40}?)?\s(?:_|--|—)\s/, '');
  const content = (s: string): boolean => tokenize(s).filter((t) => !t.stop).length >= MIN_CONTENT_WORDS;
  const lead = LEADING_FRAME.exec(body);
  if (lead && !NOT_A_SUBJECT.test(lead[0]) && content(body.slice(lead[0].length))) {
    // The subject is two words or more before the verb or a name (not "Officials said" alone is
    // fine as well): any words, as long as no clause of their own precedes the verb.
    return { frame: lead[0], content: body.slice(lead[0].length) };
  }
  for (let from = 0; ; ) {
    const m = TRAILING_FRAME.exec(body.slice(from));
    if (!m) break;
    const at = from + m.index;
    // A coordinated or subordinate clause of its own ("…, but the mayor said nothing"; "…, as
    // officials said that …") is no frame: its subject is not the remark's speaker.
    if (!CLAUSE_OPENER.test(m[0]) && !/^\s*that\b/.test(body.slice(at + m[0].length)) && content(body.slice(0, at))) return { content: body.slice(0, at), frame: body.slice(at) };
    from = at + 1;
  }
  return null;
}

/**
 * Two reported statements of one speaker that share no content word once the frames are left
 * out: two remarks, however much the frames share ("Joanne Dunne, research
 * director at the Centre for School Safety, said the knowledge that schools were safe led to
 * complacency" / "'Suburban districts never had to think about this,' said Joanne Dunne, research
 * director at the Centre for School Safety"). The words both frames give are left out of both
 * contents too: a speaker's name and title shared by the two attributions are who said it, not
 * what was said, though they name the story's topic ("School"); a word of one frame only (a
 * relative clause after the speaker) is no shared attribution. One shared content word is enough to keep the pair for the
 * other tests (one remark in two outlets' words shares its key word: "the move was 'an insult'" /
 * "'Facebook's ruling is an insult …,' said Trump").
 */
export function otherReportedRemark(hub: string, supporter: string): boolean {
  return remarksDiffer(reportedIn(hub), reportedIn(supporter));
}

/** otherReportedRemark of two sentences read once each (reportedIn): what the gate memoises. */
export function remarksDiffer(a: Reported | null, b: Reported | null): boolean {
  if (!a || !b) return false;
  const fa = new Set(tokenize(a.frame).map((t) => t.stem));
  const frame = new Set(tokenize(b.frame).map((t) => t.stem).filter((w) => fa.has(w)));
  // One speaker: the frames share a name (a capitalised word of each). Two speakers' statements
  // are left to the gate's tests of actors and acts: their frames share no attribution that could
  // make two remarks look alike, and two outlets may credit one fact to two officials.
  const names = (s: string): Set<string> => new Set(tokenize(s).filter((t) => t.cap && !t.stop).map((t) => t.stem));
  const na = names(a.frame);
  if (![...names(b.frame)].some((w) => na.has(w))) return false;
  const stems = (s: string): Set<string> => new Set(tokenize(s).filter((t) => !t.stop && !frame.has(t.stem)).map((t) => t.stem));
  const sa = stems(a.content);
  const sb = stems(b.content);
  for (const w of sa) if (sb.has(w)) return false;
  return true;
}

/** Why `supporter` does not state `hub`'s claim by its own claim ('' when nothing refuses it). */
export function supportRefused(hub: string, supporter: string): string {
  if (otherReportedRemark(hub, supporter)) return 'another remark';
  return '';
}
