/**
 * The day of one named person's one-off act: a death (issue #10, session 24: "Felt died Friday" /
 * "Felt died Thursday", a real contradiction an unseen reading quoted, never compared).
 *
 * Owns `deathOf`: whose death a date claim tells, read by construction in its own sentence. A
 * person dies once, so two reports giving the day of one named person's death give one slot's
 * value, whatever else their sentences tell and however unlike their words are. That holds for a
 * weekday a report with no publication date leaves unresolved ("died Friday", week unknown): the
 * claim index (claim-index.ts) files no other unresolved weekday, since a weekday of a repeatable
 * act ("attacked on Friday") may be last week's or this week's. A death cannot be in two weeks.
 *
 * The construction read (each part says what it keeps out):
 * - the person's family name (the entity's last name word) is the subject of "died" / "dies" /
 *   "has died" / "passed away" / "was killed": written right before the verb, or before an
 *   apposition in commas ("Felt, 95, died"; "Felt, the former FBI official, died"), with only
 *   auxiliaries and adverbs between. Not a possessor ("Felt's wife died"), not the object of a
 *   preposition ("the widow of Felt died": the person died is another);
 * - the date attached to that verb: after it in its clause with no subordinator or conjunction
 *   between ("died Friday at his home", "died on Thursday"; not "died after falling on Tuesday",
 *   nor "died and was buried Friday"), or opening the sentence before the subject ("On Friday,
 *   Felt died");
 * - a past, stated date (the claim index asks the rest: no statement's date, bound, name or plan).
 *
 * Constant work per claim: the sentence is read with one bounded pattern per named person.
 */
import type { ClaimItem } from '../claims/claims.js';

/** Verbs of dying, with the auxiliaries and adverbs that may stand between subject and verb. */
const DEATH_VERB = String.raw`(?:(?:has|had|have|reportedly|apparently|also|then|later|eventually|peacefully|suddenly|quietly)\s+)*(?:died|dies|passed\s+away|was\s+killed|were\s+killed)\b`;
/** Any verb of dying in a sentence (DEATH_VERB's verbs). */
const ANY_DEATH = /\b(?:died|dies|passed\s+away|killed)\b/;
/** An apposition in commas between the subject and its verb ("Felt, 95,", "Felt, the FBI official known as Deep Throat,"). */
const APPOSITION = String.raw`(?:\s*,[^,;:.!?]{1,100},)?`;
/** Characters after the verb the date may stand in ("died early Friday", "died on Thursday in his sleep at"). */
const AFTER_VERB = 40;
/** Words between the verb and the date that open another clause or act: the date is then that act's. */
const OTHER_ACT = /\b(?:after|before|when|while|since|until|and|but|following|as|because|having|being|who|which|that)\b|[,;:]/i;
/** A preposition or a possessive before the name: the name is no subject ("the widow of Felt", "Felt's wife"). */
const NOT_SUBJECT_BEFORE = /(?:\b(?:of|for|to|with|by|from|about|against|on|at|in|whose)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3})$/u;

/**
 * Reporting and knowing verbs whose complement clause may open with the name ("officials confirmed
 * Brenner died on Friday"): a past form before the name that is not the name's own verb.
 */
const REPORTING = /^(?:said|says|say|told|confirmed|announced|reported|stated|added|learned|learnt|believed|feared|knew|heard|revealed|disclosed|wrote|noted|explained|insisted|claimed|denied)$/i;
/**
 * Whether the name at `at` is the object of another verb, not the subject of the verb after it:
 * inside a relative clause that has its own subject ("the gunman who shot Trooper Hensley died
 * Thursday": the gunman died, and read as Hensley's death it made a sure false card against
 * "Hensley died Friday" on invented text), or right after a transitive verb's past or "-ing" form
 * ("after shooting Hensley", "the man who had attacked Hensley"). Titles and the given name before
 * the family name are read over; a reporting verb's complement is a clause of its own (REPORTING).
 */
function objectOfAnotherVerb(text: string, at: number): boolean {
  // The clause before the name: back to the last punctuation mark, at most 120 characters.
  const before = text.slice(Math.max(0, at - 120), at);
  const clause = before.slice(Math.max(...[',', ';', ':', '(', '—', '"', '“'].map((p) => before.lastIndexOf(p))) + 1);
  // Read over the capitalised words right before the family name (given name, title).
  const lead = clause.replace(/(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u, '');
  // A relative pronoun with words of its own clause before the name.
  if (/\b(?:who|whom|which|that)\s+\S/i.test(lead) && !/\b(?:who|whom|which|that)\s*$/i.test(lead)) return true;
  const last = /([\p{L}]+)\s*$/u.exec(lead)?.[1];
  return last !== undefined && /^\p{Ll}/u.test(last) && /(?:ed|ing)$|^(?:shot|hit|struck|stabbed|beat|met|saw|found|caught|fought|sent|took|led)$/.test(last) && !REPORTING.test(last);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The person (entity id) whose death the date claim `c` tells, or null: one of the persons its
 * context names (`c.persons`) or `others` names (the persons its article's claims name: a date's
 * context is its own clause, and "Brenner, who led the strikes, passed away on Thursday" leaves
 * the subject out of it), whose family name (`nameOf`) is the subject of a verb of dying the date
 * is attached to (see the module comment). The first such person in id order.
 */
export function deathOf(c: ClaimItem, nameOf: (id: string) => string | null, others: Iterable<string> = []): string | null {
  return deathRead(c, nameOf, others, false);
}

/**
 * The person (entity id) named as the object of another verb in the subject of the death the
 * date claim `c` tells ("the gunman who shot Trooper Hensley died Thursday": someone else's death
 * told by Hensley's name), or null: read as deathOf reads, with the object test reversed.
 */
function deathNamedAsObject(c: ClaimItem, nameOf: (id: string) => string | null, others: Iterable<string>): string | null {
  return deathRead(c, nameOf, others, true);
}

/**
 * Whether one claim dates a named person's death (deathOf) and the other dates the death of
 * someone its sentence names by that person's name as the object of another verb (the gunman
 * "who shot Hensley"): two deaths, whatever words the sentences share ("Hensley died Friday" /
 * "The gunman who shot Hensley died Thursday" share the name, "died" and the title, and made a
 * sure false card on invented text).
 */
export function anotherOnesDeath(x: ClaimItem, y: ClaimItem, nameOf: (id: string) => string | null): boolean {
  if (x.kind !== 'date' || y.kind !== 'date') return false;
  for (const [a, b] of [[x, y], [y, x]] as const) {
    const d = deathOf(a, nameOf, b.persons);
    if (d !== null && deathNamedAsObject(b, nameOf, [d]) === d) return true;
  }
  return false;
}

function deathRead(c: ClaimItem, nameOf: (id: string) => string | null, others: Iterable<string>, asObject: boolean): string | null {
  if (c.kind !== 'date' || c.precision !== 'day' || c.statement || c.attributive || c.bound || c.hedged || c.named === true || c.direction === 'future') return null;
  const text = c.sentence.text;
  // Most sentences tell no death: one test before any name is read (bounds the work per claim).
  if (!ANY_DEATH.test(text)) return null;
  const rel = c.start - c.sentence.start;
  const relEnd = c.end - c.sentence.start;
  for (const id of [...new Set([...c.persons, ...others])].sort()) {
    const name = nameOf(id);
    const family = name?.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).pop();
    if (family === undefined || family.length < 2) continue;
    const re = new RegExp(String.raw`\b${escape(family)}\b(?!['’]s)${APPOSITION}\s+${DEATH_VERB}`, 'gu');
    for (const m of text.matchAll(re)) {
      if (NOT_SUBJECT_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
      if (objectOfAnotherVerb(text, m.index) !== asObject) continue;
      const verbEnd = m.index + m[0].length;
      // The date after the verb, in its clause, with no other act between.
      if (rel >= verbEnd && rel - verbEnd <= AFTER_VERB && !OTHER_ACT.test(text.slice(verbEnd, rel))) return id;
      // The date opening the sentence before the subject ("On Friday, Felt died").
      if (relEnd <= m.index && /^[\s"“]*(?:on\s+|early\s+|late\s+)?$/i.test(text.slice(0, rel)) && /^[\s,]*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.test(text.slice(relEnd, m.index))) return id;
    }
  }
  return null;
}

/** The person (entity id) whose death two date claims both tell the day of (deathOf), or null. */
export function deathOfBoth(x: ClaimItem, y: ClaimItem, nameOf: (id: string) => string | null): string | null {
  if (x.kind !== 'date' || y.kind !== 'date') return null;
  // Each side's context persons, and the other's: one person's death told by both.
  const d = deathOf(x, nameOf, y.persons);
  return d !== null && d === deathOf(y, nameOf, x.persons) ? d : null;
}
