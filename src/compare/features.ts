/**
 * Pair features of the fact matcher: numbers that describe how much two prepared sentences
 * overlap and where they disagree. Every feature is symmetric (computed in both directions and
 * reported as min and max), so that matchScore(a, b) === matchScore(b, a).
 *
 * The features follow what works for news paraphrase without neural models (Finch et al. 2005,
 * Madnani et al. 2012: n-gram precision/recall at several orders, word order, length; Wan et al.
 * 2006: number and name agreement): paraphrases share their rare words, their word order and
 * their figures; "near misses" in news are mostly the same frame with a different number, name
 * or an extra clause.
 */
import type { MatchContext, PreparedSentence } from './match.js';

/**
 * The features, in the order pairFeatures returns them (the model file refers to them by name),
 * each with the sign its weight must have: +1 for evidence of "same" (overlap), -1 for evidence
 * against (unshared numbers, names, words), 0 for free. The learner keeps to these signs so that
 * the score can only rise with more overlap and fall with more conflict, whatever quirks the
 * training data has (MSRP's labels are lenient about differing figures, for one).
 */
export const FEATURES: ReadonlyArray<readonly [name: string, sign: -1 | 0 | 1]> = [
  ['idf_cov_min', 0], // share of the idf mass of the sentence with the most unshared content that is shared
  ['idf_cov_max', 0],
  ['idf_jaccard', 0],
  ['uni_min', 0], // all-token unigram overlap (closed-class words included: they carry the syntax)
  ['uni_max', 0],
  ['bi_min', 0],
  ['bi_max', 0],
  ['tri_min', 0],
  ['tri_max', 0],
  ['lcs_min', 0], // longest common subsequence of tokens over each length (word order)
  ['lcs_max', 0],
  ['char_dice', 0], // character trigram Dice: spelling and transliteration variants
  ['len_ratio', 0],
  ['miss_idf_min', 0], // idf mass left unmatched on each side (an extra clause is a different fact)
  ['miss_idf_max', 0],
  ['num_conflict', -1], // both sides have a number the other lacks: likely a different figure
  ['num_extra', -1], // unshared numbers on the side with more of them
  ['num_shared', 1],
  ['cap_miss_min', -1], // unshared capitalised (name-like) tokens
  ['cap_miss_max', -1],
  ['neg_mismatch', -1], // negation on one side only
  ['log_len_min', 0],
  ['cbi_min', 0], // bigrams of content words only (closed-class words skipped): "shares jumped" ~ "shares of X jumped"
  ['cbi_max', 0],
  ['cmiss_min', 0], // unmatched content words, counted (not weighted)
  ['cmiss_max', 0],
  ['soft_min', 0], // content coverage when unmatched words may match by a shared 5-letter prefix (decision ~ decided)
  ['soft_max', 0],
  ['bleu_min', 0], // geometric mean of 1–3-gram precisions (BLEU without brevity penalty), both directions
  ['bleu_max', 0],
];

export const FEATURE_NAMES: readonly string[] = FEATURES.map((f) => f[0]);
export const FEATURE_SIGNS: ReadonlyArray<-1 | 0 | 1> = FEATURES.map((f) => f[1]);

export const FEATURE_COUNT = FEATURE_NAMES.length;

/** Size of the intersection of two sorted unique arrays. */
function inter(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** idf mass of the intersection of two sorted unique id arrays. */
function interMass(a: Int32Array, b: Int32Array, idf: number[]): number {
  let i = 0;
  let j = 0;
  let m = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      m += idf[x];
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return m;
}

/** Length of the longest common subsequence of two id sequences (two-row dynamic programme). */
const lcsRow = { prev: new Int32Array(64), cur: new Int32Array(64) };
function lcs(a: Int32Array, b: Int32Array): number {
  const m = b.length;
  if (lcsRow.prev.length < m + 1) {
    lcsRow.prev = new Int32Array(2 * (m + 1));
    lcsRow.cur = new Int32Array(2 * (m + 1));
  }
  let prev = lcsRow.prev;
  let cur = lcsRow.cur;
  prev.fill(0, 0, m + 1);
  for (let i = 0; i < a.length; i++) {
    cur[0] = 0;
    const x = a[i];
    for (let j = 1; j <= m; j++) {
      cur[j] = x === b[j - 1] ? prev[j - 1] + 1 : prev[j] > cur[j - 1] ? prev[j] : cur[j - 1];
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}

/**
 * idf mass of content words of `a` left unmatched that share a 5-letter prefix with an unmatched
 * content word of `b` (averaged over the two words' idf). Catches derivations the Porter stemmer
 * keeps apart ("decision"/"decided", "acquisition"/"acquire" no, "investors"/"investment" yes);
 * names spelt differently are left to the character-trigram feature.
 */
function softShared(a: PreparedSentence, b: PreparedSentence, idf: number[]): number {
  let m = 0;
  const pa = a.prefixes;
  const pb = b.prefixes;
  for (let i = 0; i < pa.length; i++) {
    if (pa[i] === 0) continue;
    const ida = a.content[i];
    if (binHas(b.content, ida)) continue;
    for (let j = 0; j < pb.length; j++) {
      if (pb[j] === pa[i] && !binHas(a.content, b.content[j])) {
        m += (idf[ida] + idf[b.content[j]]) / 2;
        break;
      }
    }
  }
  return m;
}

function binHas(xs: Int32Array, v: number): boolean {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = xs[mid];
    if (x === v) return true;
    if (x < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

const ratio = (n: number, d: number): number => (d > 0 ? n / d : 0);

/** Overlap ratios of one kind of unit, as [min, max] over the two directions. */
function minMax(shared: number, na: number, nb: number): [number, number] {
  const ra = na > 0 ? shared / na : 1;
  const rb = nb > 0 ? shared / nb : 1;
  return ra < rb ? [ra, rb] : [rb, ra];
}

/** The feature vector of a pair (see FEATURE_NAMES). Allocation: one small Float64Array. */
export function pairFeatures(a: PreparedSentence, b: PreparedSentence, ctx: MatchContext): Float64Array {
  const f = new Float64Array(FEATURE_COUNT);
  const idf = ctx.idf;
  const sharedMass = interMass(a.content, b.content, idf);
  const [cmin, cmax] = minMax(sharedMass, a.contentMass, b.contentMass);
  f[0] = cmin;
  f[1] = cmax;
  f[2] = ratio(sharedMass, a.contentMass + b.contentMass - sharedMass);
  [f[3], f[4]] = minMax(inter(a.all, b.all), a.all.length, b.all.length);
  [f[5], f[6]] = minMax(inter(a.bigrams, b.bigrams), a.bigrams.length, b.bigrams.length);
  [f[7], f[8]] = minMax(inter(a.trigrams, b.trigrams), a.trigrams.length, b.trigrams.length);
  [f[9], f[10]] = minMax(lcs(a.seq, b.seq), a.seq.length, b.seq.length);
  f[11] = ratio(2 * inter(a.chars, b.chars), a.chars.length + b.chars.length);
  const la = a.seq.length;
  const lb = b.seq.length;
  f[12] = la < lb ? ratio(la, lb) : ratio(lb, la);
  const missA = a.contentMass - sharedMass;
  const missB = b.contentMass - sharedMass;
  // Scaled by 1/10: a typical content word weighs 3–8 nats of idf.
  f[13] = Math.min(missA, missB) / 10;
  f[14] = Math.max(missA, missB) / 10;
  const sn = inter(a.numbers, b.numbers);
  const xa = a.numbers.length - sn;
  const xb = b.numbers.length - sn;
  f[15] = xa > 0 && xb > 0 ? 1 : 0;
  f[16] = Math.max(xa, xb);
  f[17] = sn;
  // A name counts as shared if the other sentence has the word at all (it may open that sentence).
  const ca = a.caps.length - inter(a.caps, b.all);
  const cb = b.caps.length - inter(b.caps, a.all);
  f[18] = Math.min(ca, cb);
  f[19] = Math.max(ca, cb);
  f[20] = (a.negations > 0) !== (b.negations > 0) ? 1 : 0;
  f[21] = Math.log1p(Math.min(la, lb));
  [f[22], f[23]] = minMax(inter(a.cbigrams, b.cbigrams), a.cbigrams.length, b.cbigrams.length);
  const sc = inter(a.content, b.content);
  const ua = a.content.length - sc;
  const ub = b.content.length - sc;
  f[24] = Math.min(ua, ub);
  f[25] = Math.max(ua, ub);
  const soft = softShared(a, b, idf);
  [f[26], f[27]] = minMax(sharedMass + soft, a.contentMass, b.contentMass);
  f[28] = Math.cbrt(Math.min(f[3], f[4]) * f[5] * f[7]);
  f[29] = Math.cbrt(Math.max(f[3], f[4]) * f[6] * f[8]);
  return f;
}
