/**
 * Converse roles: two sentences that tell one act with the same named participants in swapped
 * roles state two claims, however many words they share. Who did what to whom is part of the
 * claim: "a letter from Kovac" is not "a letter to Kovac", and "Kovac sued Brannik" is not
 * "Brannik sued Kovac" (issue #12: a shared fact cited "a letter to Clinton" for "a letter from
 * Clinton"; the matcher sees the same words).
 *
 * Owns two readings, each of the surface of one sentence (no parse), each linear in its words:
 *   - directionRoles: a name after "from" in one sentence and after "to" / "into" / "toward" in
 *     the other, both headed by one word ("letter from X" / "letter to X": the source and the
 *     goal of one thing are converse roles; Jackendoff 1990's Source / Goal);
 *   - swappedArguments: one word (an act, verb or noun: "sued", "lawsuit") with one name as the
 *     nearest before it and another as the nearest after it in one sentence, and the two the
 *     other way round in the other ("Kovac sued Brannik" / "Brannik sued Kovac"). A passive
 *     ("was sued by"), a "by" before the later name, or a reciprocal act ("met", "married":
 *     their two sides can be named in either order) gives no evidence.
 * Used by the one-claim gate (one-claim.ts cannotBeOne).
 */
import { lookup, scan, type ScanItem } from '../words/predicates.js';
import { commonWord } from '../entities/entities.js';
import { stem, tokenize } from '../words/text.js';

/** A name: its head word (the last word of a run of capitalised words), lower case, possessive dropped. */
interface NameAt {
  head: string;
  /** Index in scan(text) of the run's first and last words. */
  first: number;
  last: number;
}

// Words between which the nearest name of an act's argument is sought (either side): a verb's
// subject and object, or a noun's possessor and complement, stand next to it or a short phrase
// away ("Kovac on Monday sued Brannik"); a name farther off belongs to another clause.
const ARGUMENT_REACH = 6;
// Words before "from" / "to" in which the word they attach to is sought ("a letter sent on Monday
// from Kovac"): a preposition's head precedes it closely.
const HEAD_REACH = 3;

// Prepositions of source and goal: a name after one and the same name after the other, under one
// head, are the two ends of one movement.
const SOURCE = new Set(['from']);
const GOAL = new Set(['to', 'into', 'toward', 'towards']);

// Forms of "be" and "get" before a participle: a passive, whose subject is the patient (passive
// "Brannik was sued by Kovac" is "Kovac sued Brannik").
const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'gotten', 'getting']);

// Reciprocal (symmetric) acts, by lemma: "A met B" is "B met A" (Levin 1993, verbs of social
// interaction, 36.1–36.3: correspond, marry, meet, fight …; and the amalgamate verbs of 22.2,
// merge, unite …). Their two sides named in the other order state one claim.
const RECIPROCAL = new Set([
  'meet', 'marry', 'divorce', 'wed', 'date', 'talk', 'speak', 'chat', 'confer', 'consult', 'negotiate', 'debate', 'argue', 'quarrel', 'clash',
  'fight', 'battle', 'compete', 'play', 'tie', 'draw', 'agree', 'disagree', 'collide', 'merge', 'unite', 'ally', 'partner', 'team', 'correspond',
  'embrace', 'hug', 'kiss', 'shake', 'reconcile', 'cooperate', 'collaborate', 'join', 'face', 'split', 'part', 'trade', 'swap', 'exchange', 'share',
  'meeting', 'talks', 'marriage', 'match', 'game', 'race', 'bout', 'fight', 'war', 'deal', 'agreement', 'treaty', 'summit', 'merger', 'alliance',
]);

const nameCache = new Map<string, { items: ScanItem[]; names: NameAt[] }>();
const NAME_CACHE_MAX = 5_000;

/** The names of a sentence: runs of capitalised words (a sentence's first word only when it is no everyday word). */
function namesOf(text: string): { items: ScanItem[]; names: NameAt[] } {
  let hit = nameCache.get(text);
  if (hit) return hit;
  const items = scan(text);
  const names: NameAt[] = [];
  let k = 0;
  while (k < items.length) {
    const it = items[k];
    const isName = (j: number): boolean => {
      const x = items[j];
      if (x.brk || !x.upper || /^\d/.test(x.w)) return false;
      // An all-capital dateline ("DALVIK —") is where the report was filed, not a participant.
      if (x.raw.length > 1 && x.raw === x.raw.toUpperCase() && j + 1 < items.length && /^[—–-]+$/.test(items[j + 1].w)) return false;
      // The first word of a sentence is capitalised whatever it is: a name only when no
      // everyday word ("Police arrested …" names no one).
      return x.cap || !commonWord(x.w);
    };
    if (it.brk || !isName(k)) {
      k++;
      continue;
    }
    let e = k;
    while (e + 1 < items.length && isName(e + 1)) e++;
    const head = items[e].w.replace(/'s$/, '');
    names.push({ head, first: k, last: e });
    k = e + 1;
  }
  hit = { items, names };
  if (nameCache.size >= NAME_CACHE_MAX) nameCache.clear();
  nameCache.set(text, hit);
  return hit;
}

const lemmaStem = (w: string): string => stem(lookup(w)?.lemma ?? w);

/**
 * Whether a word names an act: a verb or an event noun of the predicate table (predicates.ts
 * lookup: kinds "V", a word used mostly as a verb, or "n", a noun of an act), as written, read as
 * a verb, or with an inflection's last letters dropped ("sued": "sue"). A word that only may be a
 * verb ("police", "letter", "harbour") is no act: a name on each side of it is no act's two sides.
 */
function actWord(w: string): boolean {
  for (const f of [w, w.replace(/d$/, ''), w.replace(/(?:ed|es|s)$/, '')]) {
    for (const r of [lookup(f), lookup(f, true)]) if (r && /[Vn]/.test(r.kinds)) return true;
  }
  return false;
}

// Prepositions of place and time: a name after one is where or when the act happened, not one
// of its sides ("In Dalvik, police arrested Kovac" names no two parties).
const CIRCUMSTANCE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'during', 'on', 'since', 'until', 'within', 'around', 'across', 'via']);
const stopWord = (w: string): boolean => tokenize(w)[0]?.stop ?? true;

/** Names after a preposition of source or goal, with the content word they attach to: `head|name` keys. */
function directions(text: string): { source: Set<string>; goal: Set<string> } {
  const { items, names } = namesOf(text);
  const source = new Set<string>();
  const goal = new Set<string>();
  for (const n of names) {
    // The preposition right before the name, "the" between allowed ("from the Kremlin").
    let p = n.first - 1;
    if (p >= 0 && items[p].w === 'the') p--;
    if (p < 0 || items[p].brk) continue;
    const prep = items[p].w;
    const into = SOURCE.has(prep) ? source : GOAL.has(prep) ? goal : null;
    if (!into) continue;
    for (let k = p - 1, n2 = 0; k >= 0 && n2 < HEAD_REACH; k--, n2++) {
      const w = items[k];
      if (w.brk || w.upper) break;
      if (stopWord(w.w)) continue;
      into.add(`${lemmaStem(w.w)}|${n.head}`);
      break;
    }
  }
  return { source, goal };
}

/**
 * One name the source of a thing in one sentence and its goal in the other, under one head word
 * ("a letter from Kovac" / "a letter to Kovac"), and neither sentence giving it the other role too.
 */
export function directionRoles(a: string, b: string): boolean {
  const x = directions(a);
  const y = directions(b);
  const swapped = (p: { source: Set<string>; goal: Set<string> }, q: { source: Set<string>; goal: Set<string> }): boolean => {
    for (const k of p.source) if (q.goal.has(k) && !q.source.has(k) && !p.goal.has(k)) return true;
    return false;
  };
  return swapped(x, y) || swapped(y, x);
}

/** Each content word occurring once with the heads of the nearest names before and after it (in ARGUMENT_REACH). */
function argumentsOf(text: string): Map<string, { before: string; after: string }> {
  const { items, names } = namesOf(text);
  const out = new Map<string, { before: string; after: string }>();
  const seen = new Set<string>();
  const nameAtItem = new Map<number, NameAt>();
  for (const n of names) {
    let p = n.first - 1;
    if (p >= 0 && items[p].w === 'the') p--;
    if (p >= 0 && CIRCUMSTANCE.has(items[p].w)) continue;
    for (let k = n.first; k <= n.last; k++) nameAtItem.set(k, n);
  }
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.brk || it.upper || /^\d/.test(it.w) || stopWord(it.w)) continue;
    const key = lemmaStem(it.w);
    if (seen.has(key)) {
      out.delete(key);
      continue;
    }
    seen.add(key);
    if (!actWord(it.w) || RECIPROCAL.has(lookup(it.w)?.lemma ?? it.w) || RECIPROCAL.has(lookup(it.w, true)?.lemma ?? it.w) || RECIPROCAL.has(it.w)) continue;
    // A passive participle: its subject is the patient.
    if ((i > 0 && PASSIVE_AUX.has(items[i - 1].w)) || (i > 1 && PASSIVE_AUX.has(items[i - 2].w))) continue;
    let before: NameAt | undefined;
    for (let k = i - 1; k >= 0 && k >= i - ARGUMENT_REACH; k--) {
      before = nameAtItem.get(k);
      if (before) break;
    }
    let after: NameAt | undefined;
    for (let k = i + 1; k < items.length && k <= i + ARGUMENT_REACH; k++) {
      after = nameAtItem.get(k);
      if (after) break;
    }
    if (!before || !after || before.head === after.head) continue;
    // "by" before the later name: its agent ("the suit by Kovac against …" reads the other way).
    // "the" may stand between, as before a name elsewhere here ("Brannik, criticised by the
    // Kovac government, …" is the government's act: read without it, a reduced passive with no
    // "was" split it from "The Kovac government criticised Brannik").
    let by = after.first - 1;
    if (by > 0 && items[by].w === 'the') by--;
    if (by >= 0 && items[by].w === 'by') continue;
    // "with" before the later name: the partner of a joint act ("Kovac held talks with Brannik",
    // "signed a deal with"): a comitative names the two sides of one act in either order, as a
    // reciprocal verb does.
    if (by >= 0 && items[by].w === 'with') continue;
    out.set(key, { before: before.head, after: after.head });
  }
  return out;
}

/**
 * One act with two named participants in one order in one sentence and the other order in the
 * other ("Kovac sued Brannik" / "Brannik sued Kovac"; "Kovac's lawsuit against Brannik" /
 * "Brannik's lawsuit against Kovac").
 */
export function swappedArguments(a: string, b: string): boolean {
  const x = argumentsOf(a);
  if (!x.size) return false;
  const y = argumentsOf(b);
  for (const [w, p] of x) {
    const q = y.get(w);
    if (q && p.before === q.after && p.after === q.before) return true;
  }
  return false;
}

/** Two sentences naming one participant in converse roles of one act (either reading above). */
export function converseRoles(a: string, b: string): boolean {
  return directionRoles(a, b) || swappedArguments(a, b);
}
