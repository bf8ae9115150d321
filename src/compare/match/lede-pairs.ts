/**
 * The learned lede-pair model (issue #12): whether two outlets' ledes tell one main event in their
 * own words. Owns the pair's features and the decision; the weights are learned by
 * bench/train-lede-pairs.ts (logistic regression, match/learn.ts) on labelled pairs of the dev
 * halves — ledes of one AllSides dev story against ledes of another story naming the same people
 * (two events of one newsmaker), and ledes of one ECB+ dev subtopic against those of the other
 * subtopic of its topic (two events of one kind) — and stored in lede-pair-model.ts with the
 * threshold the script chose by cross-validation across the two corpora.
 *
 * The rules of the lede link (facts.ts ledeLink) ask for one act named outright and a shared name
 * or figure; an outlet that tells the event with another verb ("ousted" / "voted to remove") or
 * names the actor by a title fails them though who did what is the same. The model weighs the
 * same evidence without hard cuts: who (the main clause's subject named by the other, shared
 * names), did what (the main predicates' lemmas and word vectors, the object's words), the rest
 * of the sentence (affinity, the shared content outside names, the mean word vectors), and the
 * figures (shared, or different ones on both sides).
 */
import type { ActReading } from '../words/predicates.js';
import { oneNamedAct, sameMainAct } from '../words/predicates.js';
import { dot, wordVector } from '../words/embeddings.js';
import { tokenize } from '../words/text.js';
import { FEATURE_NAMES } from './features.js';
import type { Affinity } from './affinity.js';
import { scoreModel, type LogisticModel } from './learn.js';
import { LEDE_PAIR_MODEL } from './lede-pair-model.js';

/** Names of the features, in vector order (the model file lists them too, and must agree). */
export const LEDE_PAIR_FEATURES: readonly string[] = [
  'affinity', // word affinity of the two sentences (Affinity.score: whole-sentence or shared phrase)
  'shared_what', // content keys shared outside the runs round a name (Affinity.sharedWhat), capped at 5, over 5
  'anchored', // a shared name or figure and something said besides it
  'act_named', // one main act named outright (lemma, derivation, synset, event class)
  'act_near', // one main act by the lemmas' word vectors too
  'one_named_act', // one named participant's one act named outright (predicates.ts oneNamedAct)
  'pred_cos', // the highest cosine between a main predicate of each
  'subject_named', // share of each main subject's name words the other sentence names (the lower of the two)
  'names_shared', // share of the fewer capitalised words that both write
  'object_shared', // the main verbs' objects share a word (1), share none (-1), or one has none (0)
  'figures_shared', // a figure (not a year) both write
  'figures_other', // both write figures (not years) and share none
  'mean_cos', // cosine of the two sentences' mean content-word vectors (what they are about)
  'emb_align_min', // the matcher's vector alignment of content words, the less covered side (features.ts)
  'syn_min', // the matcher's content coverage with WordNet synonyms, the less covered side
  'idf_cov_min', // the matcher's idf-weighted word coverage, the less covered side
  'emb_miss_max', // idf mass of content words with no near neighbour on the other side, the larger
  'weekday_other', // both name a weekday and none in common: two days, two events
];

/** What the features are read from: both sentences' texts and act readings, and the story's affinity. */
export interface LedePairInput {
  aff: Affinity;
  i: number;
  j: number;
  a: ActReading;
  b: ActReading;
  textA: string;
  textB: string;
}

// The word-vector cut of "one act by its lemmas' vectors" (facts.ts PREDICATE_NEAR).
const ACT_NEAR = 0.5;
// Shared content keys counted, at most: past a handful, more shared words say nothing new.
const WHAT_CAP = 5;

const YEAR = /^(1[89]|20)\d\d$/;
const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
// Where the matcher's features sit in its vector.
const M_ALIGN = FEATURE_NAMES.indexOf('emb_align_min');
const M_SYN = FEATURE_NAMES.indexOf('syn_min');
const M_COV = FEATURE_NAMES.indexOf('idf_cov_min');
const M_MISS = FEATURE_NAMES.indexOf('emb_miss_max');

function weekdays(text: string): Set<string> {
  return new Set([...text.matchAll(WEEKDAY)].map((m) => m[1]));
}

function meanVector(text: string): Float32Array | null {
  let v: Float32Array | null = null;
  for (const t of tokenize(text)) {
    if (t.stop || t.num || t.norm.length < 3) continue;
    const w = wordVector(t.norm);
    if (!w) continue;
    if (!v) v = new Float32Array(w.length);
    for (let k = 0; k < w.length; k++) v[k] += w[k];
  }
  if (!v) return null;
  let n = 0;
  for (let k = 0; k < v.length; k++) n += v[k] * v[k];
  n = Math.sqrt(n) || 1;
  for (let k = 0; k < v.length; k++) v[k] /= n;
  return v;
}

function predCos(a: ActReading, b: ActReading): number {
  let best = 0;
  for (const p of a.main)
    for (const q of b.main) {
      if (p.lemma === q.lemma) return 1;
      const x = wordVector(p.lemma);
      const y = wordVector(q.lemma);
      if (x && y) best = Math.max(best, dot(x, y));
    }
  return best;
}

function subjectNamed(a: ActReading, b: ActReading): number {
  const share = (x: ActReading, y: ActReading): number => (x.subject.length === 0 ? 0 : x.subject.filter((w) => y.names.has(w)).length / x.subject.length);
  return Math.min(share(a, b), share(b, a));
}

function figuresOf(x: ActReading): string[] {
  return [...(x.figures ?? [])].filter((f) => !YEAR.test(f));
}

/** The feature vector of a pair of ledes (LEDE_PAIR_FEATURES order). */
export function ledePairFeatures(p: LedePairInput): Float64Array {
  const { aff, i, j, a, b } = p;
  const f = new Float64Array(LEDE_PAIR_FEATURES.length);
  f[0] = aff.score(i, j);
  f[1] = Math.min(WHAT_CAP, aff.sharedWhat(i, j)) / WHAT_CAP;
  f[2] = aff.anchored(i, j) ? 1 : 0;
  f[3] = sameMainAct(a, b, 2) ? 1 : 0;
  f[4] = sameMainAct(a, b, ACT_NEAR) ? 1 : 0;
  f[5] = oneNamedAct(a, b) ? 1 : 0;
  f[6] = predCos(a, b);
  f[7] = subjectNamed(a, b);
  const fewer = Math.min(a.names.size, b.names.size);
  let both = 0;
  for (const w of a.names) if (b.names.has(w)) both++;
  f[8] = fewer ? both / fewer : 0;
  f[9] = a.objectStems?.length && b.objectStems?.length ? (a.objectStems.some((x) => b.objectStems!.includes(x)) ? 1 : -1) : 0;
  const fa = figuresOf(a);
  const fb = figuresOf(b);
  const sharedFig = fa.some((x) => fb.includes(x));
  f[10] = sharedFig ? 1 : 0;
  f[11] = fa.length && fb.length && !sharedFig ? 1 : 0;
  const va = meanVector(p.textA);
  const vb = meanVector(p.textB);
  f[12] = va && vb ? dot(va, vb) : 0;
  const m = aff.matcherFeatures(i, j);
  f[13] = m[M_ALIGN];
  f[14] = m[M_SYN];
  f[15] = m[M_COV];
  f[16] = m[M_MISS];
  const da = weekdays(p.textA);
  const db = weekdays(p.textB);
  f[17] = da.size && db.size && ![...da].some((d) => db.has(d)) ? 1 : 0;
  return f;
}

/** Probability that two ledes tell one main event, by the shipped model. */
export function ledePairProbability(x: Float64Array, model: LogisticModel = LEDE_PAIR_MODEL): number {
  return scoreModel(model, x);
}

// Content words two sentences may differ by and still be "the rest alike": the two main verbs.
const VERB_ONLY = 2;

/**
 * Whether two sentences say the same words but for their verbs ("Varek supported the draft …" /
 * "Varek doubted the draft …"): the verb is then the whole claim, and two verbs two claims (two
 * stances, two outcomes), however alike the rest makes the pair look to the model.
 */
function onlyVerbsDiffer(a: string, b: string): boolean {
  const stems = (t: string): Set<string> => new Set(tokenize(t).filter((x) => !x.stop).map((x) => x.stem));
  const x = stems(a);
  const y = stems(b);
  let diff = 0;
  for (const w of x) if (!y.has(w)) diff++;
  for (const w of y) if (!x.has(w)) diff++;
  return diff <= VERB_ONLY;
}

// sameMainAct's cut above 1: the act named outright (lemma, derivation, synset, event class), no word vectors.
const NAMED_OUTRIGHT = 2;

/**
 * Whether the shipped model takes two ledes for one main event (at its cross-validated threshold).
 *
 * Only where one main act is named outright (sameMainAct with vectors off): the model puts no
 * weight on the verbs (its act features learned ~0), so it reads two ledes of one story that share
 * their setting, actors and object as one event whatever the verb, and two ledes of one story
 * share those most when they tell two steps of one affair: "Prosecutors charged Kessel with taking
 * bribes" / "A court convicted Kessel of taking bribes", "Police arrested Dobrev" / "Police
 * released Dobrev", "The government proposed a tax" / "The parliament approved a tax", "stripped
 * Kessel of his post" / "voted to censure Kessel". Merged, the fact shows one step and cites the
 * outlet that told the other. Word vectors cannot tell those verbs apart (arrest/release,
 * propose/approve sit near 0.6–0.8, as close as true paraphrases), so the verbs must be one act
 * by the lexicon; the model then weighs the rest without the lede link's hard cuts.
 */
export function learnedLedePair(p: LedePairInput, model: LogisticModel = LEDE_PAIR_MODEL): boolean {
  if (model.weights.length !== LEDE_PAIR_FEATURES.length) return false;
  if (!sameMainAct(p.a, p.b, NAMED_OUTRIGHT)) return false;
  if (onlyVerbsDiffer(p.textA, p.textB)) return false;
  return ledePairProbability(ledePairFeatures(p), model) >= model.threshold;
}

/**
 * Probability of the shipped model from which another outlet's lede counts as reporting a lede
 * for coverage only (not an exclusive, not an omission; nothing is merged): the logistic model's
 * natural point, one main event more likely than not. It is lower than the cut the model ships
 * with for merging (LEDE_PAIR_MODEL.threshold, 0.78, chosen by cross-validation for a consensus
 * fact, where a wrong pair cites an outlet for what it does not say): here a wrong pair costs one
 * exclusive not listed. On the AllSides dev ledes of bench/exclusives.ts every labelled exclusive
 * lede scored under 0.4 against the other ledes of its story, the ledes labelled "reported
 * elsewhere" 0.27-0.78, so at the shipped 0.78 the rule would take almost none of them.
 */
export const LEDE_REPORTED = 0.5;

/**
 * Whether another outlet's lede reports a lede's main event in other words, for coverage only:
 * an exclusive is a promise that no other outlet tells this, and two ledes of one story the model
 * reads as one event more likely than not break it ("Senior health officials have told the governor
 * to scale back a plan to offer booster shots" / "Two health officials warned the governor that the
 * booster plan might not be possible"; "The assembly killed a law that underpinned the curfews" /
 * "The assembly repealed a 60-year-old law that gave the governor emergency powers").
 * Unlike learnedLedePair, no one act named outright is asked for: the verbs are what outlets word
 * differently, and a consensus fact is not made of the pair, so a step of the same affair told by
 * the other lede ("charged" / "convicted") costs at most one exclusive not listed (the caller
 * still vetoes opposite acts, other years and a clash of polarity or participant). Two sentences
 * alike but for their verbs stay apart (onlyVerbsDiffer: the verb is then the whole claim).
 */
export function ledeReported(p: LedePairInput, model: LogisticModel = LEDE_PAIR_MODEL): boolean {
  if (model.weights.length !== LEDE_PAIR_FEATURES.length) return false;
  if (onlyVerbsDiffer(p.textA, p.textB)) return false;
  return ledePairProbability(ledePairFeatures(p), model) >= LEDE_REPORTED;
}
