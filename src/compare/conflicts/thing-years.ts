/**
 * The year of a named thing (issue #10, session 23: contradictions outside aligned sentences).
 * Owns reading which one named work or one-off event a bare year dates by its construction, so
 * that the claim index (claim-index.ts) files the year under that thing: "The Silent Hour, the
 * 2006 film about her life" / "The Silent Hour, a film released in 2005"; "the Lockerbie bombing
 * in 1988" / "the 1989 Lockerbie bombing". Such years are background: they date no act the
 * story reports, their sentences tell other things and are never aligned, and the index keyed
 * by a clause's act and participant (dates of a day only) never met them.
 *
 * The thing is the year's own noun phrase, never its sentence's participants, because a person
 * has many films, campaigns and terms ("his 2005 film" / "his 2006 film" are two films). So a
 * year is read only when its construction names the thing:
 * - a work (film, novel, album …) by its title in apposition or in parentheses: "Title, the 2006
 *   film", "the 2006 film Title", "Title (2005)", "Title, a film released in 2005";
 * - a one-off event by a name premodifying its event noun: "the 1988 Lockerbie bombing", "the
 *   Lockerbie bombing in 1988". Only nouns of unplanned, single events (an attack, a crash, a
 *   scandal): a named occasion that recurs (an election, a summit, a festival, a championship)
 *   is one of a series whose years differ of right, and a war or a crisis spans years.
 * A possessive or "his" before the year ("his 2006 film") names no thing apart from its owner's
 * others: not read. Two outlets must write the thing with the same words (folded, without a
 * leading "the"): precision before recall. Two years more than SLIP_YEARS apart are two things of
 * one name (a place's two earthquakes, a remake), never compared. A card from it is at most
 * possible (claim-index.ts).
 *
 * Bounded: each year reads at most WINDOW characters either side in its sentence.
 */
import type { ClaimItem } from '../claims/claims.js';
import { stem } from '../words/lex.js';
import { AUX } from '../words/predicates.js';
import { IRREGULAR } from '../words/irregular-verbs.js';

/** Characters either side of the year read for its noun phrase. */
const WINDOW = 90;

/**
 * Nouns of a made work, dated by the year it came out: one work has one year, and a title names
 * it. (A novel and its film share a title: the head noun is part of the key, so "the 2005 novel
 * Title" and "the 2006 film Title" are two things.)
 */
const WORKS = new Set(['film', 'movie', 'biopic', 'documentary', 'novel', 'book', 'memoir', 'biography', 'album', 'song', 'single', 'play', 'musical', 'opera', 'painting', 'poem', 'sitcom']);

/**
 * Nouns of an unplanned single event, dated by the year it happened: with a name before them
 * ("the Lockerbie bombing") they name one event. Not occasions that recur under one name
 * (elections, summits, games, festivals) and not states that span years (a war, a crisis, a
 * drought): two years of those may both be right.
 */
const ONE_OFF = new Set(['bombing', 'attack', 'attacks', 'shooting', 'shootings', 'massacre', 'assassination', 'crash', 'explosion', 'blast', 'disaster', 'earthquake', 'quake', 'tsunami', 'spill', 'scandal', 'riot', 'riots', 'uprising', 'coup', 'invasion', 'hijacking', 'kidnapping', 'murder', 'murders', 'meltdown', 'accident', 'collapse', 'derailment', 'eruption', 'fire', 'heist', 'raid', 'siege']);

/**
 * Verbs of bringing out a work, as a participle after its title ("Title, released in 2005",
 * "Title, a film released in 2005"): the year the work came out, as in "the 2005 film". Not verbs
 * of making it ("filmed", "shot", "written", "recorded", "made"): a work is often made a year
 * before it comes out, and both years are right.
 */
const MADE = 'released|published|premiered|issued|aired|broadcast';

/** A capitalised word of a name or title ("Lockerbie", "O'Hara", "St.", "Bettie"). */
const CAP = String.raw`\p{Lu}[\p{L}'’.-]*`;
/**
 * A title: quoted, or capitalised words joined by "of", "the" or "and" at most ("The Notorious
 * Bettie Page", "Lord of the Flies"). Not over "in", "with" and other prepositions, which join a
 * person to a title as often ("Vera Halloran in The Silent Hour"): an unquoted title holding one
 * is read by its last part, the same way in every report.
 */
const TITLE = String.raw`["“‘]([^"”’]{2,60}?),?["”’]|(${CAP}(?:\s+(?:(?:of|the|and)\s+)*${CAP}){0,6})`;
/**
 * The end of the year's noun phrase after its head: a clause break, a preposition or participle
 * opening a modifier ("the 2006 film about her life", "… starring …"), a title, or a verb (the
 * phrase is a subject: "the 1989 Lockerbie bombing killed …", "… said"). Not a possessive or
 * another noun ("the 2006 film's star", "a 2006 film festival": the head is not the thing).
 */
const HEAD_END = String.raw`(?=\s*(?:[,.;:)"”]|$)|\s+(?:about|on|of|by|that|which|starring|directed|based|in|from|with|for|and|[a-z]{2,}ed)\b|\s+["“\p{Lu}])`;
/** The year's noun phrase after it: names, then a lower-case head ("the 1988 [Lockerbie bombing]"). */
const PREMODIFIED = new RegExp(String.raw`^\s+((?:${CAP}\s+){0,4})([a-z]+)(?:${HEAD_END}|(?=\s+[a-z]))`, 'u');
/** What may follow the head (HEAD_END, at the start). */
const ENDS = new RegExp(`^${HEAD_END}`, 'u');
/** A title right after the head ("the 2006 film[,] The Silent Hour"). */
const TITLE_NEXT = new RegExp(String.raw`^\s*,?\s*(?:${TITLE})`, 'u');
/** A title right before the year's noun phrase ("The Silent Hour, [the 2006 film]"). */
const TITLE_PREV = new RegExp(String.raw`(?:${TITLE})(?:\s*,|(?<=,["”’]))\s*$`, 'u');
/** A named event's noun phrase, then "in" ("the Lockerbie bombing in [1988]"). */
const EVENT_IN = new RegExp(String.raw`(?:^|\s)[Tt]he\s+((?:${CAP}\s+){1,4})([a-z]+)\s+in\s+$`, 'u');
/** A title, then a participle of bringing it out and "in" ("The Silent Hour, a film released in [2005]"). */
const BROUGHT_OUT = new RegExp(String.raw`(?:${TITLE})(?:\s*,|(?<=,["”’]))\s*(?:(?:a|an|the)\s+(?:[a-z]+\s+){0,2}?([a-z]+)\s+)?(?:(?:which|that)\s+(?:was|were)\s+(?:first\s+)?)?(?:${MADE})\s+in\s+$`, 'u');
/** "by" or "from" before a name: the name is a work's author or source ("a report by Human Rights Watch"), not its title. */
const AGENT_BEFORE = /\b(?:by|from)\s+$/i;
/** A title, then the year in parentheses ("The Silent Hour ([2005])"). */
const TITLE_PAREN = new RegExp(String.raw`(?:${TITLE})\s*\(\s*$`, 'u');

/** A verb form after the head that HEAD_END's pattern does not spell: an auxiliary, an irregular past, "said" (the "-ed" of "killed" is spelt). */
function verbAfter(rest: string): boolean {
  const w = /^\s+([a-z]+)\b/.exec(rest)?.[1];
  return w !== undefined && (AUX.has(w) || IRREGULAR[w] !== undefined || w === 'said' || w === 'says');
}

/** The thing written as a key: folded, quotes, a leading article and closing punctuation off ("“The Arthritis Cure.”"). */
function fold(s: string): string {
  return s.toLowerCase().replace(/[“”"‘’']/g, '').replace(/^(?:the|a|an)\s+/, '').replace(/[.,;:!?]+$/, '').replace(/\s+/g, ' ').trim();
}

/** A title that is a sentence-opening word or a stop word alone is no title. */
function titleOf(m: RegExpExecArray | null, i: number): string | null {
  if (m === null) return null;
  const t = (m[i] ?? m[i + 1] ?? '').trim();
  if (t.length < 3 || /^(?:The|A|An|It|He|She|They|This|That|In|On|At)$/.test(t)) return null;
  return t;
}

/** The named thing a year dates: its head noun and its name as written. */
interface Thing {
  head: string;
  name: string;
}

/**
 * The named thing a year dates, as a key ("film\u0000silent hour", "bomb\u0000lockerbie"), or
 * null when its construction names none (see the module comment).
 */
export function yearThing(c: ClaimItem): string | null {
  const t = thingOf(c);
  return t === null ? null : `${stem(t.head)}\u0000${fold(t.name)}`;
}

/**
 * Why two years are one claim, for the card (conflicts.ts): the thing both date ("the year of the
 * film The Silent Hour"), or null when they are not two years of one named thing.
 */
export function thingYearOf(x: ClaimItem, y: ClaimItem): string | null {
  const k = yearThing(x);
  if (k === null || k !== yearThing(y)) return null;
  const t = thingOf(x)!;
  return WORKS.has(t.head) ? `the year of the ${t.head} ${t.name}` : `the year of the ${t.name} ${t.head}`;
}

/**
 * Years of one named thing further apart than this tell of two things of one name, not a slip:
 * a writer's slip on a year is off by one ("the 1988 Lockerbie bombing" / "in 1989"), while
 * a place's name and an event noun name each of its events ("the 1906 San Francisco earthquake" /
 * "the San Francisco earthquake in 1989"; a town's two fires two years apart) and a title each of
 * its remakes ("The Long Road, the 1962 film" / "the 2009 film"): there the year is what tells the
 * two apart.
 */
const SLIP_YEARS = 1;

/** Are two years of one named thing close enough to be one thing's year misgiven (SLIP_YEARS)? */
export function yearsOfOneThing(x: ClaimItem, y: ClaimItem): boolean {
  return Math.abs(Number(x.text) - Number(y.text)) <= SLIP_YEARS;
}

/** readThing, read once per claim (the index and every pair judged ask again). */
const read = new WeakMap<ClaimItem, Thing | null>();
function thingOf(c: ClaimItem): Thing | null {
  let t = read.get(c);
  if (t === undefined) read.set(c, (t = readThing(c)));
  return t;
}

/**
 * The thing a year dates (see the module comment). Only a bare four-digit year that is no bound
 * ("since 1988") and no statement's date.
 */
function readThing(c: ClaimItem): Thing | null {
  if (c.kind !== 'date' || c.precision !== 'year' || c.bound || c.statement || !/^\d{4}$/.test(c.text)) return null;
  const s = c.sentence.text;
  const rel = c.start - c.sentence.start;
  const relEnd = c.end - c.sentence.start;
  const before = s.slice(Math.max(0, rel - WINDOW), rel);
  const after = s.slice(relEnd, relEnd + WINDOW);
  // "the 2006 film …", "the 1988 Lockerbie bombing": the year premodifies a noun after an article.
  if (/(?:^|\s)(?:the|a|an)\s+$/i.test(before)) {
    const m = PREMODIFIED.exec(after);
    if (m !== null && !ENDS.test(after.slice(m[0].length)) && !verbAfter(after.slice(m[0].length))) return null;
    if (m === null) return null;
    const names = m[1].trim();
    const head = m[2];
    if (WORKS.has(head)) {
      // The title in apposition after ("the 2006 film The Silent Hour", "the 2006 film, 'X',")
      // or before ("The Silent Hour, the 2006 film").
      const rest = after.slice(m[0].length);
      const next = titleOf(TITLE_NEXT.exec(rest), 1);
      const lead = before.replace(/(?:the|a|an)\s+$/i, '');
      const pm = TITLE_PREV.exec(lead);
      const prev = pm !== null && !AGENT_BEFORE.test(lead.slice(0, pm.index)) ? titleOf(pm, 1) : null;
      const title = next ?? prev;
      return title === null ? null : { head, name: title };
    }
    if (ONE_OFF.has(head) && names.length > 0) return { head, name: names };
    return null;
  }
  // "the Lockerbie bombing in 1988": a named one-off event, then "in" and the year.
  const ev = EVENT_IN.exec(before);
  if (ev !== null) return ONE_OFF.has(ev[2]) ? { head: ev[2], name: ev[1].trim() } : null;
  // "The Silent Hour, a film released in 2005", "The Silent Hour, released in 2005", "…, which
  // was released in 2005".
  const made = BROUGHT_OUT.exec(before);
  if (made !== null) {
    // "a report by Human Rights Watch, published in 2005": the name is the work's author or
    // source, not its title, and the work is one of the author's many.
    if (AGENT_BEFORE.test(before.slice(0, made.index))) return null;
    const title = titleOf(made, 1);
    const head = made[3];
    if (title === null) return null;
    // A work noun written ("a film released in 2005") keys it as one; none written, the maker's
    // participle alone tells a work of an unknown kind: keyed as a film is (the commonest work a
    // news story dates by its release), and matched by its title.
    if (head !== undefined && !WORKS.has(head)) return null;
    return { head: head ?? 'film', name: title };
  }
  // "The Silent Hour (2005)".
  if (/^\s*\)/.test(after)) {
    const pm = TITLE_PAREN.exec(before);
    const par = pm !== null && !AGENT_BEFORE.test(before.slice(0, pm.index)) ? titleOf(pm, 1) : null;
    if (par !== null) return { head: 'film', name: par };
  }
  return null;
}
