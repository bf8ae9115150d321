/**
 * What a supporting sentence must itself give for a fact to cite it: the shown sentence's figures.
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
