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
import { dot } from '../words/embeddings.js';
import { SIG_WORDS, popcount32 } from './signature.js';
import { shareSynset } from '../words/synonyms.js';

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
  ['bleu_min', 0], // geometric mean of 1- and 2-gram precisions (BLEU without brevity penalty), both directions
  ['bleu_max', 0],
  ['syn_min', 0], // content coverage when unmatched words may also match a WordNet synonym
  ['syn_max', 0],
  ['emb_align_min', 0], // idf-weighted soft alignment: each content word to its nearest word of the other side by vector cosine
  ['emb_align_max', 0],
  ['emb_cos', 0], // cosine of the idf-weighted mean vectors (what the sentences are about)
  ['emb_miss_min', 0], // idf mass of content words with no near neighbour on the other side (cosine < EMB_NEAR)
  ['emb_miss_max', 0],
];

export const FEATURE_NAMES: readonly string[] = FEATURES.map((f) => f[0]);
export const FEATURE_SIGNS: ReadonlyArray<-1 | 0 | 1> = FEATURES.map((f) => f[1]);

export const FEATURE_COUNT = FEATURE_NAMES.length;

/** Size of the intersection of two sorted unique id arrays, or its weight mass when `w` is given. */
function inter(a: Int32Array, b: Int32Array, w: number[] | null = null): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      n += w === null ? 1 : w[x];
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Length of the longest common subsequence of two id sequences (two-row dynamic programme). */
const lcsRow = { prev: new Int32Array(64), cur: new Int32Array(64) };
export function lcsTable(a: Int32Array, b: Int32Array): number {
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

let maskBuf = new Int32Array(64);

/**
 * LCS of two prepared sentences. When the shorter one has at most 30 tokens, the bit-parallel
 * algorithm of Crochemore et al. (2001): one machine word holds a whole row of the table, so the
 * cost is one pass over the longer sentence instead of |a|·|b| cells; else the table above.
 */
export function lcs(a: PreparedSentence, b: PreparedSentence): number {
  if (b.seq.length > a.seq.length) [a, b] = [b, a];
  const m = b.seq.length;
  if (m > 30) return lcsTable(a.seq, b.seq);
  if (maskBuf.length < a.all.length) maskBuf = new Int32Array(2 * a.all.length);
  // Match vector of b for each distinct stem of a (merge of the two sorted stem sets).
  const M = maskBuf;
  M.fill(0, 0, a.all.length);
  for (let i = 0, j = 0; i < a.all.length && j < b.all.length; ) {
    const x = a.all[i];
    const y = b.all[j];
    if (x === y) M[i++] = b.allMask[j++];
    else if (x < y) i++;
    else j++;
  }
  const full = m === 0 ? 0 : (1 << m) - 1;
  let V = full;
  const idx = a.seqIdx;
  for (let i = 0; i < idx.length; i++) {
    const U = V & M[idx[i]];
    V = ((V + U) | (V - U)) & full;
  }
  // Zeros among the m bits of V = LCS length.
  let ones = 0;
  for (let v = V; v !== 0; v &= v - 1) ones++;
  return m - ones;
}

/**
 * Soft matches of the content words that exact stems leave unmatched, in one pass:
 * `softMass` — idf mass of words of `a` that share a 5-letter prefix with an unmatched word of `b`
 * (averaged over the two words' idf): derivations the Porter stemmer keeps apart
 * ("investors"/"investment"); names spelt differently are left to the character-trigram feature;
 * `synMass` — the same, counting WordNet synonyms as matches too ("rise"/"climb").
 */
const soft = { softMass: 0, synMass: 0 };
function softShared(a: PreparedSentence, b: PreparedSentence, idf: number[], syn: Int32Array[]): void {
  soft.softMass = 0;
  soft.synMass = 0;
  const pa = a.prefixes;
  const pb = b.prefixes;
  const ca = a.content;
  const cb = b.content;
  for (let i = 0; i < ca.length; i++) {
    const ida = ca[i];
    const sa = syn[ida];
    if (pa[i] === 0 && sa.length === 0) continue;
    if (binHas(cb, ida)) continue;
    let prefixHit = false;
    let synHit = false;
    let w = 0;
    for (let j = 0; j < cb.length && !prefixHit; j++) {
      const idb = cb[j];
      const p = pa[i] !== 0 && pb[j] === pa[i];
      if (!p && (synHit || !shareSynset(sa, syn[idb]))) continue;
      if (binHas(ca, idb)) continue;
      if (p) prefixHit = true;
      if (!synHit) w = (idf[ida] + idf[idb]) / 2;
      synHit = true;
    }
    if (prefixHit) soft.softMass += w;
    if (synHit) soft.synMass += w;
  }
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

/**
 * Cosine under which a word has no counterpart on the other side: GloVe neighbours that are
 * paraphrase material ("blaze"/"fire", "dismissed"/"rejected") sit at 0.5–0.8, while words that
 * merely share a topic ("fire"/"police") sit at 0.3–0.5.
 */
const EMB_NEAR = 0.5;

/**
 * Soft alignment by word vectors (in the spirit of Mihalcea et al. 2006 and the word mover's
 * family): each content word of one sentence is matched to its most similar content word of the
 * other (1 for the same stem, the vector cosine otherwise, 0 for a word without a vector that
 * the other side lacks), weighted by idf. One pass over the word pairs gives both directions
 * (row maxima for a, column maxima for b).
 */
const emb = { alignA: 0, alignB: 0, missA: 0, missB: 0 };
let colBest = new Float64Array(64);
function embAlign(a: PreparedSentence, b: PreparedSentence, idf: number[]): void {
  const ca = a.content;
  const cb = b.content;
  const na = ca.length;
  const nb = cb.length;
  if (colBest.length < nb) colBest = new Float64Array(2 * nb);
  colBest.fill(0, 0, nb);
  let sa = 0;
  let ma = 0;
  for (let i = 0; i < na; i++) {
    const va = a.vecs[i];
    let best = 0;
    for (let j = 0; j < nb; j++) {
      let c: number;
      if (ca[i] === cb[j]) c = 1;
      else {
        const vb = b.vecs[j];
        c = va && vb ? dot(va, vb) : 0;
      }
      if (c > best) best = c;
      if (c > colBest[j]) colBest[j] = c;
    }
    const w = idf[ca[i]];
    sa += w * best;
    if (best < EMB_NEAR) ma += w;
  }
  let sb = 0;
  let mb = 0;
  for (let j = 0; j < nb; j++) {
    const w = idf[cb[j]];
    sb += w * colBest[j];
    if (colBest[j] < EMB_NEAR) mb += w;
  }
  emb.alignA = a.contentMass > 0 ? sa / a.contentMass : 1;
  emb.alignB = b.contentMass > 0 ? sb / b.contentMass : 1;
  emb.missA = ma;
  emb.missB = mb;
}

const ratio = (n: number, d: number): number => (d > 0 ? n / d : 0);

/** Overlap ratios of one kind of unit in both directions: min into f[k], max into f[k + 1]. */
function putMinMax(f: Float64Array, k: number, shared: number, na: number, nb: number): void {
  const ra = na > 0 ? shared / na : 1;
  const rb = nb > 0 ? shared / nb : 1;
  f[k] = ra < rb ? ra : rb;
  f[k + 1] = ra < rb ? rb : ra;
}

/** The feature vector of a pair (see FEATURE_NAMES), written into `f` (a new array by default). */
export function pairFeatures(a: PreparedSentence, b: PreparedSentence, ctx: MatchContext, f = new Float64Array(FEATURE_COUNT)): Float64Array {
  const idf = ctx.idf;
  const sharedMass = inter(a.content, b.content, idf);
  putMinMax(f, 0, sharedMass, a.contentMass, b.contentMass);
  f[2] = ratio(sharedMass, a.contentMass + b.contentMass - sharedMass);
  putMinMax(f, 3, inter(a.all, b.all), a.all.length, b.all.length);
  putMinMax(f, 5, inter(a.bigrams, b.bigrams), a.bigrams.length, b.bigrams.length);
  putMinMax(f, 7, lcs(a, b), a.seq.length, b.seq.length);
  let both = 0;
  for (let i = 0; i < SIG_WORDS; i++) both += popcount32(a.chars[i] & b.chars[i]);
  f[9] = ratio(2 * both, a.charBits + b.charBits);
  const la = a.seq.length;
  const lb = b.seq.length;
  f[10] = la < lb ? ratio(la, lb) : ratio(lb, la);
  const missA = a.contentMass - sharedMass;
  const missB = b.contentMass - sharedMass;
  // Scaled by 1/10: a typical content word weighs 3–8 nats of idf.
  f[11] = Math.min(missA, missB) / 10;
  f[12] = Math.max(missA, missB) / 10;
  const sn = inter(a.numbers, b.numbers);
  const xa = a.numbers.length - sn;
  const xb = b.numbers.length - sn;
  f[13] = xa > 0 && xb > 0 ? 1 : 0;
  f[14] = Math.max(xa, xb);
  f[15] = sn;
  // A name counts as shared if the other sentence has the word at all (it may open that sentence).
  const ca = a.caps.length - inter(a.caps, b.all);
  const cb = b.caps.length - inter(b.caps, a.all);
  f[16] = Math.min(ca, cb);
  f[17] = Math.max(ca, cb);
  f[18] = (a.negations > 0) !== (b.negations > 0) ? 1 : 0;
  f[19] = Math.log1p(Math.min(la, lb));
  putMinMax(f, 20, inter(a.cbigrams, b.cbigrams), a.cbigrams.length, b.cbigrams.length);
  const sc = inter(a.content, b.content);
  const ua = a.content.length - sc;
  const ub = b.content.length - sc;
  f[22] = Math.min(ua, ub);
  f[23] = Math.max(ua, ub);
  softShared(a, b, idf, ctx.syn);
  putMinMax(f, 24, sharedMass + soft.softMass, a.contentMass, b.contentMass);
  f[26] = Math.sqrt(f[3] * f[5]);
  f[27] = Math.sqrt(f[4] * f[6]);
  putMinMax(f, 28, sharedMass + soft.synMass, a.contentMass, b.contentMass);
  embAlign(a, b, idf);
  f[30] = Math.min(emb.alignA, emb.alignB);
  f[31] = Math.max(emb.alignA, emb.alignB);
  f[32] = a.centroid && b.centroid ? dot(a.centroid, b.centroid) : 0;
  f[33] = Math.min(emb.missA, emb.missB) / 10;
  f[34] = Math.max(emb.missA, emb.missB) / 10;
  return f;
}
