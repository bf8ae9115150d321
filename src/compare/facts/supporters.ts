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
 * report of the appointment may leave out.
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

/** The figures a sentence states as its claim's values (ages of named persons and days of the month left out). */
export function claimFigures(text: string): Figure[] {
  const bare = text.replace(APPOSITIVE_AGE, '$1,').replace(AGE_ADJECTIVE, 'aged').replace(MONTH_DAY, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '');
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
