/**
 * Whether two sentences that share most of their words tell other acts (issue #10, session 23: a
 * place-in-name card between two boards whose acts are opposite). The cards that compare a name
 * or a place read "the same thing" from shared content words (places-in-names.ts: Dice of the
 * sentences' stems, names left out), and two bodies of one kind doing opposite things are told
 * in the same words: "The Ohio Board of Regents approved the tuition increase on Monday" / "The
 * Texas Board of Regents rejected the tuition increase on Monday"; "The Kansas Board of Education
 * voted 6-4 to remove evolution" / "The Utah Board of Education voted 6-4 to keep evolution". Both
 * were possible cards naming an outlier (invented text, session 22 review): each outlet reports its
 * own board's act, and nothing disagrees.
 *
 * Owns the test of acts told, read with the lede matcher's reading of a sentence (words/predicates.ts
 * readAct): two sentences tell other acts when
 * - one asserts the opposite outcome of the other's main act, or what the other denies
 *   (predicates.ts oppositeAct: "approved" / "rejected", "was found" / "no trace was found"); or
 * - each tells an act (a verb or an event noun of its predicates) the other names nowhere, not
 *   even by a synonym or the kind of event (samePredicateWord without word vectors: vectors put
 *   "remove" and "keep" close, as they put "approved" and "rejected"). One sentence adding an act
 *   to the other's ("voted to remove evolution, after a long hearing") tells more of one act, and
 *   stays comparable; only acts missing both ways say the two tell two things; or
 * - the main verbs' infinitive complements are two verbs of no one act, neither written in the
 *   other sentence ("voted 6-4 to remove evolution" / "voted 6-4 to keep evolution": two
 *   decisions under one verb).
 * A sentence with no predicate read decides nothing (a headline fragment).
 */
import { lookup, oppositeAct, readAct, samePredicateWord, scan, type ActPredicate, type ActReading } from '../words/predicates.js';
import { stem, withoutDateline } from '../words/lex.js';

/** Above any cosine: the lemma, a stem, a shared synset or event class only (as predicates.ts MEANS_NAMED). */
const NAMED_OUTRIGHT = 2;

const namedIn = (p: ActPredicate, r: ActReading): boolean => r.preds.some((q) => p.negated === q.negated && samePredicateWord(p, q, NAMED_OUTRIGHT));

/** Words between the main verb and the "to" of its complement ("voted 6-4 on Wednesday to remove"). */
const COMPLEMENT_SPAN = 8;

/**
 * The verb of the main verb's infinitive complement ("voted … to remove", "agreed to sell",
 * "decided to keep"), as a predicate, or null: the first "to" within COMPLEMENT_SPAN words after
 * the main verb, in its clause, followed by a lower-case word read as a verb. A light verb
 * ("keep", "make", "take") is no predicate of its own for the matcher (predicates.ts
 * NOT_PREDICATE), yet after "voted to" it is the decision itself ("to keep evolution").
 */
function complementVerb(text: string, r: ActReading): ActPredicate | null {
  if (r.mainAt < 0) return null;
  const items = scan(text);
  for (let i = r.mainAt + 1; i < items.length - 1 && i <= r.mainAt + COMPLEMENT_SPAN; i++) {
    if (items[i].brk) return null;
    if (items[i].w !== 'to') continue;
    const next = items[i + 1];
    if (next.brk || next.upper || !/^[a-z]+$/.test(next.w)) return null;
    const hit = lookup(next.w, true);
    if (hit === null || !hit.kinds.includes('v')) return null;
    return { word: next.w, lemma: hit.lemma, stem: stem(hit.lemma), negated: false };
  }
  return null;
}

/** Whether the two sentences tell other acts (see the module header). */
export function otherActsTold(x: string, y: string): boolean {
  const tx = withoutDateline(x);
  const ty = withoutDateline(y);
  const a = readAct(tx);
  const b = readAct(ty);
  if (!a.preds.length || !b.preds.length) return false;
  if (oppositeAct(a, b, NAMED_OUTRIGHT)) return true;
  if (a.preds.some((p) => !namedIn(p, b)) && b.preds.some((q) => !namedIn(q, a))) return true;
  // Two decisions under one verb ("voted to remove" / "voted to keep"): the complements' verbs
  // differ by lemma, synonym and kind of event, and neither sentence writes the other's.
  const ca = complementVerb(tx, a);
  const cb = complementVerb(ty, b);
  if (ca === null || cb === null || samePredicateWord(ca, cb, NAMED_OUTRIGHT)) return false;
  const written = (p: ActPredicate, text: string): boolean => scan(text).some((it) => !it.brk && (it.w === p.word || stem(it.w) === p.stem || stem(it.w) === stem(p.word)));
  return !written(ca, ty) && !written(cb, tx);
}
