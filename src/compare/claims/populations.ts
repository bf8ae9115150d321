/**
 * The population of a named place, told in other sentences by each outlet (issue #10, session
 * 29's unseen reading: "4 million" / "3.8 million" of one city, never compared): "Karvik, a city
 * of 4 million people", "the 3.8 million residents of Karvik", "Karvik's 4 million inhabitants",
 * "home to 4.2 million people". Each counts the people who live in the place, whatever verb the
 * sentence tells of them ("reach the 3.8 million residents", "cut off water to a city of 4
 * million"): the verb is the story's act, not what the figure measures. Read so, the figures are
 * one measured thing of one place, and the candidate index (conflicts/claim-index.ts) files them
 * under it.
 *
 * Read by construction only, each a plain statement of how many live somewhere:
 * - a noun of a settled place and "of" before the figure ("a city of 4 million people");
 * - "home to" before it ("home to 4.2 million people");
 * - "residents of" / "inhabitants of" / "people of" right after it ("the 3.8 million residents
 *   of Karvik");
 * - a possessive right before it, with residents or inhabitants ("Karvik's 4 million inhabitants").
 * The counted noun must be people, residents, inhabitants or citizens (a town of 40 shops is no
 * population).
 *
 * What the claim becomes: a count of people (count:peopl) whose measure is `EV:population` only,
 * as crowd-counts.ts makes a crowd's size a count of people with its gathering. A card it makes
 * through the index is at most possible (conflicts.ts), two places' populations never meet (the
 * index files a figure under its named participants, and two named places none shared are apart).
 */
import { stem } from '../words/lex.js';

/** The measure key of a population. */
export const POPULATION = 'EV:population';

const PEOPLE_NOUNS = new Set(['people', 'residents', 'inhabitants', 'citizens', 'persons'].map(stem));
const HEDGE = '(?:(?:about|some|nearly|almost|around|roughly|approximately|more\\s+than|over|at\\s+least|an\\s+estimated)\\s+)?';
/** A settled place's noun and "of", or "home to", right before the figure (over a hedge). */
const PLACE_OF_BEFORE = new RegExp(`\\b(?:(?:city|town|country|nation|island|province|state|region|capital|village|metropolis|megacity|district|county|municipality|territory|enclave|archipelago)\\s+of|home\\s+to)\\s+${HEDGE}$`, 'i');
/** "residents of", "inhabitants of", "people of" after the figure (its noun, then "of"). */
const RESIDENTS_OF_AFTER = /^\s+(?:residents|inhabitants|people|citizens)\s+of\b/i;
/** A possessive before the figure, with residents or inhabitants after it ("Karvik's 4 million inhabitants"). */
const POSSESSIVE_BEFORE = new RegExp(`['’]s\\s+${HEDGE}$`, 'i');
const DWELLERS_AFTER = /^\s+(?:residents|inhabitants)\b/i;

/**
 * Whether a count (its unit noun's stem, its sentence, the figure's offsets in it) is the
 * population of a place, by the constructions above.
 */
export function populationCount(noun: string, sentence: string, start: number, end: number): boolean {
  if (!PEOPLE_NOUNS.has(noun)) return false;
  const before = sentence.slice(Math.max(0, start - 40), start);
  const after = sentence.slice(end, end + 30);
  return PLACE_OF_BEFORE.test(before) || RESIDENTS_OF_AFTER.test(after) || (POSSESSIVE_BEFORE.test(before) && DWELLERS_AFTER.test(after));
}

/** Whether a noun (stem) names the people who live in a place. */
export function populationNoun(noun: string): boolean {
  return PEOPLE_NOUNS.has(noun);
}

/** Two counts that meet as a population only (POPULATION their one shared measure). */
export function populationOnly(x: { measure: string[] }, y: { measure: string[] }): boolean {
  return x.measure.includes(POPULATION) && y.measure.includes(POPULATION);
}

/** A name: capitalised words ("Karvik", "New Orsk"), for the place a population is told of. */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*){0,3}`;
/** The place an appositive's population is of: the name right before the comma ("Delm, home to"; "Karvik, a city of"). */
const OWNER_BEFORE = new RegExp(String.raw`(${NAME})\s*,\s*(?:(?:an?|the|its|a\s+sprawling|a\s+bustling)\s+)?(?:[a-z-]+\s+){0,3}(?:of|to)\s+` + HEDGE + '$', 'u');
/** The place after "residents of" ("the 3.8 million residents of Karvik"). */
const OWNER_AFTER = new RegExp(String.raw`^\s+(?:residents|inhabitants|people|citizens)\s+of\s+(?:the\s+)?(${NAME})`, 'u');
/** The possessor ("Karvik's 4 million inhabitants"). */
const OWNER_POSSESSIVE = new RegExp(String.raw`(${NAME})['’]s\s+` + HEDGE + '$', 'u');

/**
 * The named place a population figure is told of, read in its construction (the name before the
 * appositive's comma, after "residents of", or the possessor), or null when none is named there.
 * A sentence may name two places and the population of one ("The province of Delm, home to 12
 * million people, declared an emergency after the floods hit Karvik"): the index files the figure
 * under every named participant of the sentence, so without this Delm's population met Karvik's
 * (a possible false card on invented text, session 30 review).
 */
export function populationOwner(sentence: string, start: number, end: number): string | null {
  const before = sentence.slice(Math.max(0, start - 80), start);
  const after = sentence.slice(end, end + 80);
  const m = OWNER_AFTER.exec(after) ?? OWNER_POSSESSIVE.exec(before) ?? OWNER_BEFORE.exec(before);
  return m ? m[1].replace(/^(?:The|A|An)\s+/, '').toLowerCase() : null;
}

/** Two populations each told of its own named place, the two names different: two places' populations. */
export function populationsApart(x: { measure: string[]; start: number; end: number; sentence: { start: number; text: string } }, y: { measure: string[]; start: number; end: number; sentence: { start: number; text: string } }): boolean {
  if (!x.measure.includes(POPULATION) || !y.measure.includes(POPULATION)) return false;
  const ox = populationOwner(x.sentence.text, x.start - x.sentence.start, x.end - x.sentence.start);
  const oy = populationOwner(y.sentence.text, y.start - y.sentence.start, y.end - y.sentence.start);
  return ox !== null && oy !== null && ox !== oy;
}
