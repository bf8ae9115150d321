/**
 * Who did what to whom: the main clause of a sentence read as a proposition — its agent, its
 * predicate and its patient or theme — and whether two sentences state the same one.
 *
 * Outlets tell one act with other words around it ("Hodgkins, 38, pleaded guilty on June 2 to one
 * felony count of obstruction …" / "He pleaded guilty last month to obstructing congressional
 * proceedings …"; "The law … prohibits abortions once …" / "a new Texas law that effectively bans
 * most abortions …"): word coverage between such sentences is 0.4–0.7, as low as between two
 * different statements on one topic, which share the topic's words but not their roles ("the
 * Senate passed the bill" / "Republicans blocked the bill"). What tells them apart is the
 * proposition: the same actor, an equivalent act and the same object.
 *
 * Read without a parser, from the main-act reading of predicates.ts (readAct: the main clause's
 * first act verb, its polarity, the main clause's words before it):
 * - the agent is the main clause's first noun phrase before the verb group (after a verb of
 *   saying; a label before a colon, a fronted participle or prepositional phrase, an appositive
 *   after the head and a prepositional phrase after it left out); in the passive ("was repealed
 *   by the House") the agent is the "by" phrase and the subject is the patient;
 * - the patient is the noun phrase after the verb (particles and adverbs skipped), up to a
 *   preposition, a clause break or another verb;
 * - a relative clause on a noun ("a law that bans most abortions") is a proposition too: the noun
 *   is its agent.
 * A phrase is compared by its head (its last content word before "of": "leaders of the agency"
 * → "leaders"; "Sen. Joe Manchin" → "manchin"), its names (capitalised words) and its counts:
 * two phrases name one participant when their heads are one word (by stem or WordNet synset, or
 * for common nouns by word vectors), or one's name head is among the other's names; two different
 * counts ("sixteen bodies" / "two bodies") are two sets. A personal pronoun agent ("He pleaded …")
 * stands for the names of the sentences before it.
 *
 * Used by the fact alignment (facts.ts reportedBy): a fact's sentence whose main clause states a
 * proposition another article states is reported there, not an exclusive.
 */
import { dot, wordVector } from './embeddings.js';
import { antonymsOf, lemmaStem } from './antonyms.js';
import { AUX, DETERMINERS, IN_VERB_GROUP, lookup, NOT_PREDICATE, NUMBER_WORDS, participleAt, PRONOUNS, readAct, RELATIVES, scan, SUBORDINATORS, verbAt, samePredicateWord, type ActPredicate, type ActReading, type ScanItem } from './predicates.js';
import { shareSynset, synsetsOf } from './synonyms.js';
import { stem, STOPWORDS, tokenize } from './text.js';

/** A participant of a proposition: the head word of its noun phrase and its name words. */
export interface Role {
  /** Lower-case head word: the last word before "of" ("lawmakers", "law", "pelosi"); '' for a pronoun. */
  head: string;
  /** Whether the head is a name (capitalised inside the sentence). */
  named: boolean;
  /** Lower-case name words (capitalised words; hyphen parts split: "republican-led" → "republican", "led"). */
  names: string[];
  /** The phrase is a personal pronoun ("he", "they"): it stands for a participant named before. */
  pronoun: boolean;
  /** The figures counting it ("four students", "16 bodies"), as written, lower case. */
  counts: string[];
}

export interface Proposition {
  agent: Role | null;
  pred: ActPredicate;
  patient: Role | null;
  /** Read from a relative clause on a noun, not from the main clause. */
  relative: boolean;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
// Particles and adverbs between a verb and its object ("scale back a plan", "effectively bans").
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'back', 'away', 'over', 'in', 'on']);
// Prepositions that end a noun phrase ("Republican lawmakers on Wednesday", "a law in 2020");
// "of" continues it ("leaders of the agency").
const PREPOSITIONS = new Set(
  ('in on at by for with from to into onto upon about over under after before during since until through between among against within without via per as like than near across around behind outside inside toward towards along beyond').split(' '),
);
// Words of time and quantity that are no participant ("on Wednesday", "last month").
const NOT_PARTICIPANT = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'today yesterday tonight week weeks month months year years day days time times morning evening night afternoon').split(' '),
);

// Words that end a noun phrase: conjunctions, "that", and time adverbs before a time noun.
const PHRASE_ENDS = new Set(['that', 'and', 'but', 'or', 'once', 'last', 'next', 'this', 'earlier', 'later', 'ago']);

const isWord = (it: ScanItem): boolean => !it.brk && /^[\p{L}]/u.test(it.w);

// Name suffixes and initials are no head ("Thomas J. Barrack Jr.").
const SUFFIX = /^(?:jr|sr|ii|iii|iv|[a-z])$/;

/** The role of the noun-phrase items `xs` (text order). */
function roleOf(items: ScanItem[], xs: number[]): Role | null {
  let head = '';
  let named = false;
  let headDone = false;
  const names: string[] = [];
  if (xs.length === 1 && PRONOUNS.has(items[xs[0]].w.replace(/'(?:ve|ll|re|d|s)$/, ''))) return { head: '', named: false, names: [], pronoun: true, counts: [] };
  const counts: string[] = [];
  for (const i of xs) {
    const it = items[i];
    if (!headDone && !it.cap && (/^\d/.test(it.w) || NUMBER_WORDS.has(it.w) || tokenize(it.w)[0]?.num)) counts.push(tokenize(it.w)[0]?.stem ?? it.w);
    if (!isWord(it)) continue;
    // Up to "of": the head is the last word before it ("leaders of the FDA" → leaders).
    if (it.w === 'of') headDone = true;
    const cap = it.cap || (it.upper && i + 1 < items.length && items[i + 1].cap);
    const parts = it.w.replace(/'s?$/, '').split(/[-.]/).filter((x) => x.length > 1 && !STOPWORDS.has(x) && !NOT_PARTICIPANT.has(x) && !SUFFIX.test(x));
    if (cap) names.push(...parts);
    if (headDone || !parts.length || STOPWORDS.has(it.w) || DETERMINERS.has(it.w) || /\d/.test(it.w)) continue;
    // Time words, possessives and adverbs ("effectively") are no head.
    if (!cap && (NOT_PARTICIPANT.has(it.w) || it.w.endsWith("'s") || /ly$/.test(it.w))) continue;
    head = parts[parts.length - 1].replace(/'s$/, '');
    named = cap;
  }
  if (!head) return null;
  return { head, named, names, pronoun: false, counts };
}

/** The noun phrase from item `from` on: up to a break, a preposition other than "of", a clause opener or a verb. */
function phraseAfter(items: ScanItem[], from: number): number[] {
  const out: number[] = [];
  for (let k = from; k < items.length && out.length < 12; k++) {
    const it = items[k];
    // A time word ends it too ("guilty last month", "abortions once …").
    if (it.brk || PREPOSITIONS.has(it.w) || SUBORDINATORS.has(it.w) || RELATIVES.has(it.w) || PHRASE_ENDS.has(it.w) || NOT_PARTICIPANT.has(it.w)) break;
    if (out.length && !it.cap && (AUX.has(it.w) || verbAt(items, k))) break;
    out.push(k);
  }
  return out;
}

/** The object of the verb at v: particles and -ly adverbs skipped; none before a clause ("said that …"). */
function objectOf(items: ScanItem[], v: number): Role | null {
  let k = v + 1;
  while (k < items.length && !items[k].brk && (PARTICLES.has(items[k].w) || /ly$/.test(items[k].w)) && k < v + 3) k++;
  return roleOf(items, phraseAfter(items, k));
}

/** Whether the verb at v is passive: a form of "be" in its verb group and a participle. */
function passiveAt(items: ScanItem[], v: number): boolean {
  if (!participleAt(items, v)) return false;
  for (let k = v - 1; k >= 0 && k >= v - 4 && !items[k].brk; k--) {
    if (BE.has(items[k].w)) return true;
    if (!IN_VERB_GROUP.has(items[k].w) && !AUX.has(items[k].w)) return false;
  }
  return false;
}

/** The "by" phrase right after a passive verb ("was repealed by the House"), if any. */
function byAgent(items: ScanItem[], v: number): Role | null {
  let k = v + 1;
  // Particles and adverbs first ("was carried out by", "was narrowly approved by").
  while (k < items.length && !items[k].brk && (/ly$/.test(items[k].w) || (PARTICLES.has(items[k].w) && items[k].w !== 'by')) && k < v + 3) k++;
  if (k >= items.length || items[k].w !== 'by') return null;
  return roleOf(items, phraseAfter(items, k + 1));
}

/** The propositions of a sentence: its main clause's, then those of relative clauses on nouns. `reading`: its readAct, when already read. */
export function propositionsOf(text: string, reading?: ActReading): Proposition[] {
  const items = scan(text);
  const act = reading ?? readAct(text);
  const out: Proposition[] = [];
  if (act.mainAt >= 0 && act.main.length) {
    const v = act.mainAt;
    // The subject: the main clause's words before the verb, from after the last verb of saying
    // ("Police said the man …": the man), up to a preposition after its head ("Republican
    // lawmakers on Wednesday"), the verb group left out.
    let xs = act.subjectAt.filter((i) => i < v);
    let cut = -1;
    xs.forEach((i, k) => {
      const h = lookup(items[i].w);
      if (!items[i].cap && h && NOT_PREDICATE.has(h.lemma) && verbAt(items, i)) cut = k;
    });
    xs = xs.slice(cut + 1);
    // Segments between clause breaks: a label before a colon ("Why it matters: Fauci said …") and
    // a fronted participle clause ("Calling Roe v. Wade …, Mississippi's attorney general …") are
    // left out; an appositive after the head ("Hodgkins, 38, pleaded …") is not the subject.
    const segs: number[][] = [];
    for (const i of xs) {
      const last = segs[segs.length - 1];
      let brk = false;
      if (last) for (let k = last[last.length - 1] + 1; k < i; k++) if (items[k].brk) brk = true;
      if (!last || brk) {
        if (last && items.slice(last[last.length - 1] + 1, i).some((x) => x.w === ':')) segs.length = 0;
        segs.push([i]);
      } else last.push(i);
    }
    while (segs.length > 1 && (/ing$/.test(items[segs[0][0]].w) || PREPOSITIONS.has(items[segs[0][0]].w))) segs.shift();
    const seg = segs[0] ?? [];
    while (seg.length && (AUX.has(items[seg[seg.length - 1]].w) || IN_VERB_GROUP.has(items[seg[seg.length - 1]].w))) seg.pop();
    const np: number[] = [];
    for (const i of seg) {
      if (PREPOSITIONS.has(items[i].w) && np.length) break;
      np.push(i);
    }
    const subject = roleOf(items, np);
    const pred = act.main[0];
    if (passiveAt(items, v)) out.push({ agent: byAgent(items, v), pred, patient: subject, relative: false });
    else out.push({ agent: subject, pred, patient: objectOf(items, v), relative: false });
  }
  // Relative clauses on a noun: "a law that (effectively) bans most abortions".
  for (let i = 1; i + 1 < items.length; i++) {
    const w = items[i].w;
    if (w !== 'that' && w !== 'which' && w !== 'who') continue;
    const prev = items[i - 1];
    if (prev.brk || prev.cap || STOPWORDS.has(prev.w) || DETERMINERS.has(prev.w) || verbAt(items, i - 1)) continue;
    let v = i + 1;
    if (v < items.length && /ly$/.test(items[v].w)) v++;
    if (v >= items.length || items[v].brk || items[v].cap) continue;
    const h = lookup(items[v].w);
    if (!h || NOT_PREDICATE.has(h.lemma) || !verbAt(items, v) && !/s$|ed$/.test(items[v].w)) continue;
    const np: number[] = [];
    for (let k = i - 1; k >= 0 && k >= i - 4 && !items[k].brk && !PREPOSITIONS.has(items[k].w) && !DETERMINERS.has(items[k].w); k--) np.unshift(k);
    const agent = roleOf(items, np);
    if (!agent) continue;
    out.push({ agent, pred: { word: items[v].w, lemma: h.lemma, stem: stem(h.lemma), negated: false }, patient: objectOf(items, v), relative: true });
  }
  return out;
}

/** 2: one participant by stem, name or synset; 1: by word vectors only; 0: no evidence (a side unnamed); -1: different ones. */
type Verdict = 2 | 1 | 0 | -1;

// A vector cut above any cosine: samePredicateWord without word vectors.
const STRICT = 2;

/** Whether two head words name one thing: 2 by stem or WordNet synset, 1 by word vectors `near` apart, else -1. */
function sameHead(a: string, b: string, near: number): Verdict {
  if (!a || !b) return -1;
  const sa = stem(a);
  const sb = stem(b);
  if (sa === sb || shareSynset(synsetsOf(sa), synsetsOf(sb))) return 2;
  const va = wordVector(a);
  const vb = wordVector(b);
  return va !== null && vb !== null && dot(va, vb) >= near ? 1 : -1;
}

/**
 * Two roles compared (1 one participant, 0 no evidence, -1 different ones). Heads that are one
 * word by stem, WordNet synset or (common nouns) word vectors name one participant; a name head
 * named in the other phrase too ("Mississippi" / "the state of Mississippi") is compatible; two
 * different name heads ("Pelosi" / "Republicans"), or two different common heads, are two. A
 * pronoun stands for the name words of the sentences before it (`antA`, `antB`).
 */
function sameRole(a: Role | null, b: Role | null, near: number, antA: readonly string[], antB: readonly string[]): Verdict {
  if (!a || !b) return 0;
  // Two counts of one kind of participant are two sets ("Sixteen bodies have been recovered" /
  // "At least two bodies have been recovered"; "suspended four students" / "six students were
  // suspended"): two reports of one act count it alike.
  if (a.counts.length && b.counts.length && !a.counts.some((c) => b.counts.includes(c))) return -1;
  // A counted set and an uncounted one ("six students were suspended" / "they suspended
  // students caught making threats") may be one group or another: no evidence.
  if (!a.counts.length !== !b.counts.length) return 0;
  if (a.pronoun && b.pronoun) return 0;
  if (a.pronoun || b.pronoun) {
    const [q, ant] = a.pronoun ? [b, antA] : [a, antB];
    if (!ant.length) return 0;
    const sa = new Set(ant.map((w) => stem(w)));
    return sa.has(stem(q.head)) ? 2 : 0;
  }
  if (stem(a.head) === stem(b.head)) return 2;
  if (a.named !== b.named) {
    const [n, c] = a.named ? [a, b] : [b, a];
    return c.names.some((w) => stem(w) === stem(n.head)) ? 2 : 0;
  }
  return a.named ? -1 : sameHead(a.head, b.head, near);
}

/** Whether two predicates are antonyms in WordNet ("raise"/"lower"): never one act, whatever their vectors. */
function antonymous(p: ActPredicate, q: ActPredicate): boolean {
  const sp = lemmaStem(p.stem);
  const sq = lemmaStem(q.stem);
  return antonymsOf(sp).includes(sq) || antonymsOf(sq).includes(sp);
}

/**
 * Whether two propositions are one: an equivalent act (predicates.ts samePredicateWord at the
 * vector cut `near`, the same polarity, no WordNet antonyms), the same patient, and the same agent
 * — or no agent on one side (an agentless passive). At most one of the three may rest on word
 * vectors alone, and none when the agent is left out. `antA`/`antB`: the name words a pronoun
 * agent of either side may stand for (those of the sentences before it). `maxSoft`: how many of
 * the three may rest on word vectors when every role is named (1; the exclusives' coverage test
 * allows 2, facts.ts REPORTED_SOFT, when the agent is one name on both sides).
 */
export function sameProposition(a: Proposition, b: Proposition, near: number, antA: readonly string[] = [], antB: readonly string[] = [], maxSoft = 1): boolean {
  if (a.pred.negated !== b.pred.negated || !samePredicateWord(a.pred, b.pred, near) || antonymous(a.pred, b.pred)) return false;
  // The act by lemma, derivation, synset or event class (strict), or by word vectors only (soft).
  const pred: Verdict = samePredicateWord(a.pred, b.pred, STRICT) ? 2 : 1;
  const ag = sameRole(a.agent, b.agent, near, antA, antB);
  const pa = sameRole(a.patient, b.patient, near, [], []);
  // The patient must be the same; the agent too, unless one sentence does not name it (an
  // agentless passive: "Barrack was arrested"). A shared agent alone is not enough: one actor
  // does many things in a story ("Trump sought to …" / "Trump warned …").
  if (pa < 1 || ag < 0) return false;
  // Word vectors place related words near each other as well as equivalent ones ("defend" /
  // "oppose", "decision" / "bill", "list" / "others"): at most one of the three may rest on them,
  // and none when a role is left unnamed.
  const soft = [pred, ag, pa].filter((v) => v === 1).length;
  if (ag === 0) return soft === 0 && (!a.agent || !b.agent);
  // Past one soft part, the part named outright must be the agent as a name on both sides (the
  // one part word vectors cannot blur): a common-noun agent ("the country", "the mentality") or a
  // misread one (a contraction, "not" of "did not identify") matched two unrelated statements of a
  // 25-article DUC 2006 topic once the act and the patient could both rest on vectors.
  if (soft > 1 && !(ag === 2 && a.agent?.named && b.agent?.named)) return false;
  return soft <= maxSoft;
}
