/**
 * Two occasions of one kind of act: two claims whose sentences tell the same kind of event (a
 * bombing that killed people, a fire that forced people out) but date it on days that cannot be
 * one ("The Jan. 3 bombing … killed 12" / "bombed a police station … on Jan. 6, killing four"), or
 * place it in places neither sentence shares ("… in Karvik" / "… in Dorsk"). A story about one
 * event often retells an earlier one of its kind as background, in words alike enough to be
 * aligned; its figures and dates are that other event's, not a disagreement (a confident false
 * card on invented text, issue #10). Read by construction only: the dates are the sentences' own
 * date claims (claims.ts; no statement's date, "police said Friday", which dates the telling, and
 * no bound or plan), and a place is a capitalised name after "in", "at", "near" or "outside" that
 * no attribution governs ("told reporters in Geneva" places the telling, not the act). When
 * either sentence gives no date or no place, nothing is decided and the gate stays open.
 */
import { compatible, type ClaimItem } from '../claims/claims.js';
import { sameHead, type EventHead } from '../timeline.js';
import { STOP, stem, withoutDateline } from '../words/lex.js';
import { doerWords } from './date-slots.js';
import { momentOfAct } from './moments-of-acts.js';

/** A date written with a month's name or a figure ("Jan. 3", "March 2019", "2019"), not a weekday or "yesterday". */
const WRITTEN_DATE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
/** A "when" clause right after a date, opening with a word or a figure (", when 15 people were killed"). */
const WHEN_AFTER = /^\s*,?\s*when\s+(?=[\p{L}\p{N}])/iu;
/** The date claims that date a sentence's reported act or its event: not a statement's, a bound's or a plan's, nor an era's ("the 1940s actress"). */
function actDates(c: ClaimItem, claimsOfSentence: Map<string, ClaimItem[]>): ClaimItem[] {
  // Only dates written out ("Jan. 3", "in 2019"), not read against the day of publication
  // ("Friday", "yesterday"): a relative date resolved from two reports' days may differ by a
  // day for one event (a report's "yesterday" is another's "on Friday"), and the figures of that
  // one event must still be compared (conflicts-gates test, an age at death). A relative year or
  // month ("last year", "this year's floods") is as sure as a written one.
  // A date qualifying a noun ("this year's floods", "the Jan. 3 bombing") dates that noun's event,
  // and the figure's sentence tells of it; a decade ("the 1940s actress") names an era, not an
  // occasion.
  // A bound followed by a "when" clause dates that clause's act ("the worst crash since 2019, when
  // 15 people were killed": a comparison that retells an earlier occasion, whose toll is its own;
  // read as a bound only, the sentence had no act date and its 15 met today's 12 as a confident
  // false card, invented text, session 29).
  return (claimsOfSentence.get(`${c.article}:${c.sentence.start}`) ?? []).filter((d) => d.kind === 'date' && (WRITTEN_DATE.test(d.text) || d.precision === 'year' || d.precision === 'month' || relativeDay(d)) && d.precision !== 'decade' && !d.statement && (!d.bound || WHEN_AFTER.test(d.sentence.text.slice(d.end - d.sentence.start, d.end - d.sentence.start + 16))) && d.direction !== 'future' && (d.named === true || !d.hedged || d.attributive));
}

/** A day read against the day of publication ("on Thursday", "yesterday"): resolved, of one day. */
function relativeDay(d: ClaimItem): boolean {
  return !WRITTEN_DATE.test(d.text) && d.weekday === null && d.precision === 'day' && Number.isFinite(d.from);
}

/**
 * How far apart a day read against publication may lie from another telling's day of one act: a
 * report's "yesterday" is another's "on Friday", a "last Thursday" may be read a week off (a
 * weekday's week is the one thing its resolution guesses). Beyond a week and a day the two dates
 * cannot be one act however the relative one was resolved ("In 2009 the council spent $3
 * million" / "spent $5 million on Thursday": two spendings, a confident false card on invented
 * text).
 */
const RELATIVE_SLACK_DAYS = 8;

/**
 * Two act dates that cannot date one act: written ones that do not overlap; a relative one further
 * than the slack from the other. Two relative days read against one day of publication ("on
 * Monday" / "on Tuesday" in two reports of the same day) are resolved on one basis: the slack,
 * which covers two reports' days, is not needed, and two days are two days (two protests, each
 * with its arrests: a confident false card on invented text, issue #10 session 21).
 */
function apart(a: ClaimItem, b: ClaimItem): boolean {
  if (compatible(a, b)) return false;
  if (!relativeDay(a) && !relativeDay(b)) return true;
  if (relativeDay(a) && relativeDay(b) && a.publishedDay !== undefined && a.publishedDay === b.publishedDay) return true;
  return Math.max(a.from - b.to, b.from - a.to) > RELATIVE_SLACK_DAYS;
}

/**
 * Two dates whose sentences also give figures of one unit that all disagree ("arrested 12 people
 * … on Monday" / "arrested 40 people … on Tuesday"): two values of one telling differ at once,
 * which two occasions of one kind of act explain better than two errors. The date card is then
 * only possible (the figures' card is withheld by otherDaysOfActs). The other sentence's figure,
 * for the card's why; null when not.
 */
export function figuresAlsoDiffer(x: ClaimItem, y: ClaimItem, claimsOfSentence: Map<string, ClaimItem[]>): [ClaimItem, ClaimItem] | null {
  if (x.kind !== 'date' || y.kind !== 'date') return null;
  const fx = (claimsOfSentence.get(`${x.article}:${x.sentence.start}`) ?? []).filter((c) => c.kind === 'number');
  const fy = (claimsOfSentence.get(`${y.article}:${y.sentence.start}`) ?? []).filter((c) => c.kind === 'number');
  for (const a of fx) {
    const same = fy.filter((b) => b.unit !== null && b.unit === a.unit);
    if (same.length && same.every((b) => !compatible(a, b)) && !fx.some((c) => same.some((b) => compatible(c, b)))) return [a, same[0]];
  }
  return null;
}

/**
 * Two figures whose sentences date their acts on days that cannot be one: each sentence has a date
 * of its act, and none of one's overlaps any of the other's. (Two days of one event's telling are
 * still one event when any date of one sentence covers one of the other's: "in January" and "Jan.
 * 6".)
 */
export function otherDaysOfActs(x: ClaimItem, y: ClaimItem, claimsOfSentence: Map<string, ClaimItem[]>): boolean {
  if (x.kind !== 'number' || y.kind !== 'number') return false;
  const dx = actDates(x, claimsOfSentence);
  const dy = actDates(y, claimsOfSentence);
  if (!dx.length || !dy.length) return false;
  return dx.every((a) => dy.every((b) => apart(a, b)));
}

/** A capitalised name after a preposition of place ("in Karvik", "near Port Selm", "at Dorsk"). */
const PLACE_AFTER_PREPOSITION = /\b(?:in|at|near|outside)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/gu;
/** Months, weekdays and seasons' names are times, not places ("in January", "on Monday"). */
const TIME_NAME = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter)\b/i;
/** An attribution right before the place: where something was said, not where the act was. */
const TOLD_BEFORE = /\b(?:said|says|say|told|tells|telling|statement|conference|briefing|interview|speaking|spoke|announced|reported)\b(?:\s+\S+){0,3}\s*$/i;

/** The places a sentence tells its act in (PLACE_AFTER_PREPOSITION), as written. */
export function actPlaces(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(PLACE_AFTER_PREPOSITION)) {
    const name = m[1].replace(/['’]s$/, '');
    if (TIME_NAME.test(name)) continue;
    if (TOLD_BEFORE.test(sentence.slice(Math.max(0, m.index! - 40), m.index!))) continue;
    out.push(name);
  }
  return out;
}

/** A name written in a sentence as a whole word (case kept: names are capitalised). */
function named(name: string, sentence: string): boolean {
  const i = sentence.indexOf(name);
  if (i < 0) return false;
  const after = sentence.charAt(i + name.length);
  return !/[\p{L}\p{N}]/u.test(after) && (i === 0 || !/[\p{L}\p{N}]/u.test(sentence.charAt(i - 1)));
}

/**
 * Two claims whose sentences place their acts in two places: each names a place of its act, and
 * no place of either is named in the other sentence (a town and its region, "in Karvik" / "in
 * Karvik province", share the name and stay one place).
 */
export function otherPlacesOfActs(x: ClaimItem, y: ClaimItem): boolean {
  const px = actPlaces(x.sentence.text);
  const py = actPlaces(y.sentence.text);
  if (!px.length || !py.length) return false;
  return !px.some((p) => named(p, y.sentence.text)) && !py.some((p) => named(p, x.sentence.text));
}

/**
 * Two dates heading two verbs that differ as words (no lemma, synonym or class shared: sameHead),
 * neither used anywhere in the other sentence: the first test of unsharedActs, which withholds the
 * card when the doers differ too. With one doer ("The union welcomed the harbour deal on Monday" /
 * "The union opposed the harbour deal on Tuesday") the two verbs may be one act in other words
 * ("releases" / "pushes out") or two acts of one doer (a welcome and an opposition; issue #10,
 * session 22: a sure false card on invented text): conflicts.ts makes that card only possible.
 */
export function otherVerbsOfDates(hx: EventHead, hy: EventHead, x: ClaimItem, y: ClaimItem): boolean {
  // A time of day is the moment of an act as a date is (moments-of-acts.ts): read alike.
  if (!momentOfAct(x) || !momentOfAct(y) || x.kind !== y.kind || hx.head === null || hy.head === null || sameHead(hx, hy)) return false;
  const words = (c: ClaimItem): Set<string> => new Set((c.sentence.text.toLowerCase().match(/[\p{L}]+/gu) ?? ([] as string[])).map((w) => stem(w)));
  return !words(y).has(hx.head) && !words(x).has(hy.head);
}

/**
 * Two dates each heading its own verb, neither verb told in the other sentence: "The governor
 * proposed a $14 billion budget … in January" / "The Senate passed an $18 billion budget … on
 * Thursday" date the proposal and the vote, two acts of one bill (a confident false card on
 * invented text). timeline.ts differentActs decides only where a kind of event is named; two
 * plain verbs of no event class it leaves open. Here the verbs must differ as words (no lemma,
 * synonym or class shared: sameHead), neither sentence may use the other's verb anywhere, so a
 * sentence that tells both acts ("passed the budget the governor proposed") stays compared, and
 * the main clauses' subjects must share no word (two doers: the governor, the Senate).
 */
export function unsharedActs(hx: EventHead, hy: EventHead, x: ClaimItem, y: ClaimItem): boolean {
  if (!otherVerbsOfDates(hx, hy, x, y)) return false;
  // And two doers: one doer's act told in other words ("Microsoft releases … on the second
  // Thursday" / "Microsoft usually pushes out … on the second Tuesday"; "Navy warship on Monday
  // repulsed an attack" / "The Indian navy … prevented pirates", injected dev variants) is one
  // act whose verbs no synonym table joins, so the main subjects must share no word.
  // (The doer of a passive with an agent is the agent, date-slots.ts doerWords: "Brenna Dairy
  // was acquired by Tarsk Foods" / "Tarsk Foods bought Brenna Dairy" is one doer's act.)
  const dx = doerWords(x.sentence.text);
  const dy = doerWords(y.sentence.text);
  if (!dx.size || !dy.size) return false;
  for (const w of dx) if (dy.has(w)) return false;
  return true;
}

/**
 * A sentence that tells its act as another occasion than the story's own: "In a separate attack,
 * gunmen … killed five people", "a second blast", "an earlier fire", "another shooting". Its
 * figures and dates are that occasion's; against a sentence that says nothing of the kind they
 * are no disagreement (a confident false card on invented text, session 29: two attacks of one
 * town and day, "killed 12" / "In a separate attack … killed five"). Only one event, its noun in the
 * singular after "a", "the" or "another" ("a separate statement" says nothing of the act), and a
 * sentence opening with "Separately": plural "separate raids around the capital" are the parts of
 * one crackdown, whose count another report gives (a real DUC 2006 dev card, lost when plurals were
 * read so).
 */
const OTHER_OCCASION = /\b(?:(?:[Aa]n?|[Tt]he)\s+(?:separate|second|third|different|earlier|later|previous|prior|similar|unrelated)|[Aa]nother)\s+(?:\p{Ll}+\s+)?(?:attack|incident|blast|bombing|explosion|crash|shooting|fire|raid|strike|clash|accident|collision|quake|earthquake|storm|flood|stampede)\b(?!-)|^\W*Separately\b/u;

/** Whether exactly one of two sentences tells its act as another occasion (OTHER_OCCASION). */
export function anotherOccasion(x: ClaimItem, y: ClaimItem): boolean {
  return OTHER_OCCASION.test(x.sentence.text) !== OTHER_OCCASION.test(y.sentence.text);
}
