/**
 * Dates filed under the act they date and its named parties (issue #10, session 30: the date of
 * one act told in sentences that were never aligned). Session 21's index (claim-index.ts) files a
 * date under the head of its clause × one named participant, and session 28's under a kind of
 * event × two named participants (dateKinds). Neither meets one act told under two verbs that
 * share no synonym set and name no kind of event: "Tarsk Foods bought the Brenna Dairy on Monday"
 * / "Brenna Dairy was acquired by Tarsk Foods on Friday"; "Ilse Varga quit the Dravian cabinet on
 * Monday" / "Varga resigned from the Dravian cabinet on Friday".
 *
 * Owns:
 * - `partyKeys`: a date is also filed under each pair of named participants of its clause (the
 *   act's agent and patient, as the mention layer links them across articles). Two parties
 *   named in one clause each, and one act between them, is one act of the story far more often
 *   than one shared name is (a story's sentences share its one or two names anyway).
 * - `oneActOfParties`: the heads of the two clauses must still name one act: one lemma, synonym
 *   set or event class (timeline.ts sameHead), or lemmas the word vectors put close (ACT_NEAR),
 *   never two steps of one affair (predicates.ts stageWords: "charged" / "convicted") nor
 *   opposite acts ("opened" / "closed"). The pair then meets every date gate of findConflicts,
 *   and the card rests on the names and a verb relation only, so it is at most possible (the
 *   edge is made at the conflict bar, never at the strong one).
 * - `doerWords`: who does a clause's act, read for the two-doers gate (occasions.ts
 *   unsharedActs): the subject, or for a passive with an agent ("was acquired by Tarsk Foods"),
 *   the agent. Without it a passive's subject (the patient) was read as another doer, and one
 *   act told actively and passively was withheld as two acts of two doers.
 * - `repeatedOccasion`: a sentence telling its act as done again ("met again on Thursday", "for
 *   the second time", "once more") or as a separate occasion ("In a separate attack") dates
 *   another occasion of a recurring act (meetings, votes, hearings, attacks), never the one
 *   another report dates.
 *
 * Constant work per claim and per pair: bounded windows of one sentence each.
 */
import type { ClaimItem } from '../claims/claims.js';
import { sameHead, type EventHead } from '../timeline.js';
import { dateEventHead } from './when-clauses.js';
import { dot, wordVector } from '../words/embeddings.js';
import { lookup, oppositeWords, readAct, scan, stageWords } from '../words/predicates.js';
import { STOP, stem, withoutDateline } from '../words/lex.js';

/** The prefix of the keys partyKeys files a date under. */
export const DATE_PARTIES = 'dateParties\u0000';
/** Keys (pairs of named participants) a date is filed under by partyKeys: bounds a claim's cost. */
const MAX_PARTY_KEYS = 6;

/**
 * The cosine two verbs' lemmas must reach to name one act without a shared synonym set: above
 * the matcher's predicate cut (facts.ts PREDICATE_NEAR, 0.5), since here the verbs are nearly all
 * the evidence besides the names. Verbs of one act written differently lie above it ("buy" /
 * "acquire" 0.76, "resign" / "quit" 0.77); two acts of one kind of affair below it or in the stage
 * table ("meet" / "vote" 0.46, "sue" / "buy" 0.37; "propose" / "approve" 0.76 and "kill" /
 * "injure" are stages, stageWords).
 */
const ACT_NEAR = 0.7;

/**
 * The keys of a date by its clause's named parties: each pair of named participants (entity ids
 * the mention layer linked across articles, claims.ts context keys), sorted, at most
 * MAX_PARTY_KEYS. `participants` is the claim's named participants in key order.
 */
export function partyKeys(participants: string[]): string[] {
  const names = [...participants].sort();
  const out: string[] = [];
  for (let i = 0; i < names.length && out.length < MAX_PARTY_KEYS; i++) {
    for (let j = i + 1; j < names.length && out.length < MAX_PARTY_KEYS; j++) out.push(`${DATE_PARTIES}${names[i]}\u0000${names[j]}`);
  }
  return out;
}

/** The written verb of a clause's head: the word of the date's sentence nearest the date whose lemma stem is the head. */
function headWord(c: ClaimItem, h: EventHead): string | null {
  if (h.head === null) return null;
  const rel = c.start - c.sentence.start;
  let best: { w: string; d: number } | null = null;
  for (const m of c.sentence.text.matchAll(/\p{Ll}[\p{Ll}'-]*/gu)) {
    const w = m[0];
    const base = lookup(w, true)?.lemma ?? w;
    if (stem(base) !== h.head && stem(w) !== h.head) continue;
    const d = Math.abs(m.index - rel);
    if (best === null || d < best.d) best = { w: base, d };
  }
  return best?.w ?? null;
}

/**
 * Whether two dates' heads name one act (see the module comment): one head by sameHead, or two
 * verbs the vectors put within ACT_NEAR that are neither two steps of one affair nor opposites.
 */
export function oneActOfParties(x: ClaimItem, y: ClaimItem, hx: EventHead, hy: EventHead): boolean {
  if (hx.head === null || hy.head === null) return false;
  if (sameHead(hx, hy)) return true;
  const wx = headWord(x, hx);
  const wy = headWord(y, hy);
  if (wx === null || wy === null) return false;
  const p = { word: wx, lemma: wx, stem: hx.head };
  const q = { word: wy, lemma: wy, stem: hy.head };
  if (stageWords(p, q) || stageWords(q, p) || oppositeWords(p, q) || oppositeWords(q, p)) return false;
  const a = wordVector(wx);
  const b = wordVector(wy);
  return a !== null && b !== null && dot(a, b) >= ACT_NEAR;
}

/** Forms of "be" that make a participle after them passive. */
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

/**
 * The words (stems) of whoever does a sentence's main act: the agent of a passive main verb
 * ("Brenna Dairy was acquired by Tarsk Foods": tarsk, food), read as the words after "by" up to
 * the next break or preposition, else the main subject's words (as occasions.ts read them). Empty
 * when no main act is read.
 */
export function doerWords(text: string): Set<string> {
  const bare = withoutDateline(text);
  const act = readAct(bare);
  if (act.mainAt < 0) return new Set();
  const items = scan(bare);
  const clean = (w: string): string => stem(w.replace(/['’]s$/, ''));
  const keep = (w: string): boolean => w.length > 2 && !STOP.has(w);
  // A passive: a form of "be" within the two words before the main verb, and "by" within four
  // words after it in its clause ("was acquired on Friday by Tarsk Foods").
  const beBefore = [items[act.mainAt - 1], items[act.mainAt - 2]].some((it) => it !== undefined && !it.brk && BE.has(it.w));
  if (beBefore) {
    for (let k = act.mainAt + 1; k < items.length && k <= act.mainAt + 5 && !items[k].brk; k++) {
      if (items[k].w !== 'by') continue;
      const agent: string[] = [];
      for (let m = k + 1; m < items.length && !items[m].brk && agent.length < 6; m++) {
        const w = items[m].w;
        if (/^(?:on|in|at|for|after|before|to|from|with|during|as|and|but|who|which|that)$/.test(w)) break;
        agent.push(w);
      }
      const words = agent.map(clean).filter(keep);
      if (words.length > 0) return new Set(words);
    }
  }
  return new Set(act.subjectAt.map((i) => items[i]).filter((it) => it !== undefined && !it.brk).map((it) => clean(it.w)).filter(keep));
}

/**
 * A sentence telling its act as a repeat: "again", "once more", "anew", "for the second time",
 * "for a third time", "a second meeting", "resumed", "reconvened". Such a sentence dates a later
 * occasion of a recurring act (the council "met again on Thursday" after Monday's meeting).
 */
const REPEAT = /\b(?:again|once\s+more|anew|for\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+time|resum(?:ed|ing)|reconven(?:ed|ing))\b/i;

/**
 * A sentence telling its act as a separate occasion: "In a separate attack", "an unrelated
 * incident", "Separately". Narrower than occasions.ts OTHER_OCCASION, which figures use: an
 * ordinal ("the third such raid this year", "a second blast") often places the reported act itself
 * in a series, and its date is then the act's own (test/conflicts-aligned.test.ts, where "the
 * third such raid" against "on Monday arrested the smugglers" is a real date card).
 */
const SEPARATE = /\b(?:[Aa]n?|[Tt]he)\s+(?:separate|unrelated|different)\s+(?:\p{Ll}+\s+)?(?:attack|incident|blast|bombing|explosion|crash|shooting|fire|raid|strike|clash|accident|collision|quake|earthquake|storm|flood|stampede|case|operation|meeting|vote|hearing)\b(?!-)|^\W*Separately\b/u;

/** Whether a claim's sentence tells its act as a repeat (REPEAT) or as a separate occasion (SEPARATE). */
export function repeatedOccasion(c: ClaimItem): boolean {
  return REPEAT.test(c.sentence.text) || SEPARATE.test(c.sentence.text);
}

/**
 * Why two dates the index filed by their parties are one claim, for the card (conflicts.ts
 * samePredicate): both clauses name the same two named parties and their heads name one act
 * (oneActOfParties). Null otherwise. Only dates, and only when the verbs differ in words or no
 * kind of event is shared (the event keys give the reason then).
 */
export function partiesAct(x: ClaimItem, y: ClaimItem, names: (id: string) => string | null): string | null {
  if (x.kind !== 'date' || y.kind !== 'date') return null;
  const shared = [...x.keys.keys()].filter((k) => k.startsWith('E:') && y.keys.has(k)).sort();
  if (shared.length < 2) return null;
  const hx = dateEventHead(x);
  const hy = dateEventHead(y);
  if (!oneActOfParties(x, y, hx, hy)) return null;
  const wx = headWord(x, hx);
  const wy = headWord(y, hy);
  const who = shared.slice(0, 2).map((k) => names(k.slice(2)) ?? 'one party');
  const act = wx === wy || wy === null ? `“${wx}”` : `“${wx}” and “${wy}”`;
  return `both date ${act} of ${who[0]} and ${who[1]}`;
}

const SPAN_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/**
 * A stretch of several days an act belongs to: "a three-day trip", "a two-week tour", "a 5-day
 * summit". A visit, a tour or a summit lasts its days; a date told of it (its start, its end, or
 * any day of it) and a date of one act inside it (a meeting on its second day) are two days of
 * one stretch, not one day told two ways (session 30 review: "visited Brenner in Olsk on Monday
 * at the start of a three-day trip" against "met Brenner in Olsk on Tuesday" was a confident date
 * card). Only nouns of a stretch of presence or gathering (never "a three-day strike" followed by
 * a dated arrest: a strike's day is no visit, and a strike's dates are read as lengths elsewhere,
 * thing-lengths.ts). Bounded: one sentence, one match.
 */
const SPAN = /\b(?:a|an|the|his|her|their|its)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)[\s-]+(day|week)(?:-long)?\s+(?:(?:state|official|working|foreign|regional|European|Asian|African|overseas)\s+)?(?:visit|trip|tour|stay|summit|conference|meeting|talks|session|mission|journey)\b/i;

/** The days of the stretch a date's sentence tells its act belongs to (SPAN), or null. */
function spanDays(c: ClaimItem): number | null {
  const m = SPAN.exec(c.sentence.text);
  if (!m) return null;
  const n = /^\d/.test(m[1]) ? Number(m[1]) : SPAN_COUNT[m[1].toLowerCase()];
  const days = m[2].toLowerCase() === 'week' ? n * 7 : n;
  return days >= 2 ? days : null;
}

/**
 * Whether one of two dates is a day of a stretch of several days (SPAN) and the other lies within
 * it, whichever day of the stretch the first is (start, end or another: read in either direction,
 * so only fewer cards). Only when one sentence alone tells of the stretch: two reports each dating
 * "a three-day visit" to another day still disagree on one thing. Weekdays of undated reports are
 * compared by their distance around the week.
 */
export function dayOfSpan(x: ClaimItem, y: ClaimItem): boolean {
  if (x.kind !== 'date' || y.kind !== 'date' || x.precision !== 'day' || y.precision !== 'day') return false;
  const sx = spanDays(x);
  const sy = spanDays(y);
  if ((sx === null) === (sy === null)) return false;
  const span = (sx ?? sy)!;
  let apart: number;
  if (x.weekday !== null && y.weekday !== null) {
    const d = Math.abs(x.weekday - y.weekday) % 7;
    apart = Math.min(d, 7 - d);
  } else if (x.weekday === null && y.weekday === null) {
    apart = Math.max(0, Math.max(x.from, y.from) - Math.min(x.to, y.to));
  } else return false;
  return apart > 0 && apart < span;
}
