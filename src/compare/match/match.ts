/**
 * The fact matcher: do two sentences (from different articles) report the same thing?
 *
 * Owns the matcher interface the dossier codes against (docs/matcher.md):
 *   buildMatchContext(sentences) → document frequencies over the sentences at hand;
 *   prepareSentence(text, ctx)   → tokens, stems, numbers, names, n-grams, computed once;
 *   matchScore(a, b, ctx)        → probability-like score in [0, 1], symmetric;
 *   MATCH_THRESHOLD              → score at or above which the pair is "the same";
 *   candidateKeys(s, ctx)        → rare content stems for an inverted index.
 *
 * The score is a learned combination (src/compare/match/match-model.ts, fitted by bench/msrp.ts) of
 * lexical features (src/compare/match/features.ts). idf comes from the collection itself, blended with
 * a frequency prior (src/compare/words/word-prior.ts) so that it is meaningful for a handful of
 * sentences too; nothing is read from disk or the network at run time.
 */
import { FEATURE_COUNT, pairFeatures } from './features.js';
import { MATCH_MODEL } from './match-model.js';
import { scoreModel } from './learn.js';
import { dot, wordVector } from '../words/embeddings.js';
import { charSignature, popcount } from './signature.js';
import { SortedLines } from '../words/sorted-lines.js';
import { synsetsOf } from '../words/synonyms.js';
import { isNegation, tokenize, type Token } from '../words/text.js';
import { PRIOR_STEMS, PRIOR_TOTAL } from '../words/word-prior.js';

/** Pseudo-sentences the prior is worth: below a few hundred real sentences the prior dominates. */
export const PRIOR_SENTENCES = 300;
/** Average words per sentence, to turn a word's corpus frequency into "share of sentences containing it". */
const WORDS_PER_SENTENCE = 20;

const priorLines = new SortedLines(PRIOR_STEMS);
const priorSeen = new Map<string, number | undefined>();
/**
 * Count of a stem in the word prior (looked up unparsed, remembered once seen; the matcher and
 * the summary's idf share this one table).
 */
export function priorCount(stem: string): number | undefined {
  if (priorSeen.has(stem)) return priorSeen.get(stem);
  const rest = priorLines.get(stem);
  const count = rest === null ? undefined : Number(rest);
  priorSeen.set(stem, count);
  return count;
}

/**
 * Prior share of English sentences that contain a stem (Porter stem, as tokenize() gives it),
 * from the word-frequency prior; 0 for a stem the prior does not know (names, rare words).
 */
export function priorSentenceShare(stem: string): number {
  const count = priorCount(stem);
  return count === undefined ? 0 : 1 - Math.exp(-WORDS_PER_SENTENCE * (count / PRIOR_TOTAL));
}

/** Document frequencies over a collection of sentences, plus interned stem ids and their idf. */
export interface MatchContext {
  /** Number of sentences the frequencies were counted over. */
  readonly sentences: number;
  /** @internal stem → id (grows as new sentences are prepared; ids never change meaning). */
  readonly ids: Map<string, number>;
  /** @internal idf by stem id. */
  readonly idf: number[];
  /** @internal 5-letter prefix hash by id (0: none), for soft matching. */
  readonly prefix: number[];
  /** @internal WordNet synsets by id (see synonyms.ts). */
  readonly syn: Int32Array[];
  /** @internal stem by id. */
  readonly stems: string[];
  /** @internal unit word vector by id (of the first surface form seen; null: not in the table). */
  readonly vec: Array<Float32Array | null>;
  /** @internal collection document frequency by stem (fixed after building). */
  readonly df: Map<string, number>;
  /** @internal tokens of the collection's sentences not prepared yet (each is taken once, then dropped). */
  readonly pending: Map<string, Token[]>;
}

/** Count in how many of `sentences` each stem occurs; O(total words). */
export function buildMatchContext(sentences: string[]): MatchContext {
  const df = new Map<string, number>();
  const pending = new Map<string, Token[]>();
  for (const s of sentences) {
    const toks = tokenize(s);
    // Kept for prepareSentence, which is nearly always called next on the same sentences.
    pending.set(s, toks);
    const seen = new Set<string>();
    for (const t of toks) seen.add(t.stem);
    for (const st of seen) df.set(st, (df.get(st) ?? 0) + 1);
  }
  return { sentences: sentences.length, ids: new Map(), idf: [], prefix: [], syn: [], stems: [], vec: [], df, pending };
}

/** idf of a stem: collection frequency smoothed by the prior (both in "sentences containing it"). */
function idfOf(stem: string, ctx: MatchContext): number {
  const p = priorSentenceShare(stem);
  const df = (ctx.df.get(stem) ?? 0) + PRIOR_SENTENCES * p;
  return Math.log((ctx.sentences + PRIOR_SENTENCES + 1) / (df + 0.5));
}

/** Interned id of a stem (assigning a new one on first sight). */
function idOf(stem: string, ctx: MatchContext, norm: string | null = null): number {
  let id = ctx.ids.get(stem);
  if (id === undefined) {
    id = ctx.stems.length;
    ctx.ids.set(stem, id);
    ctx.stems.push(stem);
    ctx.idf.push(idfOf(stem, ctx));
    // Derivational variants share a 5-letter prefix; only stems of 6+ letters qualify (shorter ones collide).
    ctx.syn.push(synsetsOf(stem));
    ctx.prefix.push(stem.length >= 6 && !/^\d/.test(stem) ? hashPrefix(stem) : 0);
    ctx.vec.push(norm === null ? null : wordVector(norm));
  }
  return id;
}

export interface PreparedSentence {
  readonly text: string;
  /** Stem ids of all tokens, in order (every number as one placeholder id). */
  readonly seq: Int32Array;
  /** Sorted unique stem ids of all tokens. */
  readonly all: Int32Array;
  /** For each entry of `all`: bit j set when token j (j < 30) has that stem (bit-parallel LCS). */
  readonly allMask: Int32Array;
  /** For each token: the index of its stem in `all`. */
  readonly seqIdx: Int32Array;
  /** Sorted unique stem ids of content tokens (not closed-class words, not numbers). */
  readonly content: Int32Array;
  /** Sum of idf over `content`. */
  readonly contentMass: number;
  /** For each entry of `content`: its word vector (null when the table lacks the word). */
  readonly vecs: Array<Float32Array | null>;
  /** idf-weighted mean of the content words' vectors, unit length (null: no word has one). */
  readonly centroid: Float32Array | null;
  /** Sorted unique hashes of token bigrams. */
  readonly bigrams: Int32Array;
  /** Sorted unique hashes of bigrams of consecutive content words. */
  readonly cbigrams: Int32Array;
  /** For each entry of `content`: a hash of the word's first 5 letters (0 for words shorter than 6). */
  readonly prefixes: Int32Array;
  /** Sorted unique stem ids of numbers (canonical values). */
  readonly numbers: Int32Array;
  /** Sorted unique stem ids of capitalised (name-like) tokens. */
  readonly caps: Int32Array;
  /** Number of negation cues. */
  readonly negations: number;
  /** Character trigrams of the folded word sequence, as a 2,048-bit signature (see charSignature). */
  readonly chars: Int32Array;
  /** Bits set in `chars`. */
  readonly charBits: number;
}

/** Index of `v` in a sorted array (binary search); -1 if absent. */
function indexOf(xs: Int32Array, v: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] === v) return mid;
    if (xs[mid] < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Sort a typed array numerically (no comparator: the fast native path) and drop repeats. */
function sortedUnique(xs: Int32Array): Int32Array {
  xs.sort();
  let k = 0;
  for (let i = 0; i < xs.length; i++) if (i === 0 || xs[i] !== xs[i - 1]) xs[k++] = xs[i];
  return k === xs.length ? xs : xs.slice(0, k);
}

/** Stem that stands for any number in word sequences (no real token contains a space). */
const NUMBER_PLACEHOLDER = '# ';

/**
 * 32-bit hash of an ordered pair of stem ids (multiplicative hashing). Two different bigrams of a
 * pair of sentences collide with probability ~1e-7, far below anything the score could notice,
 * and 32-bit keys keep every sorted set an Int32Array.
 */
function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca6b)) | 0;
}

/** Tokens of a sentence the matcher reads (news sentences stay far below: 82 words at most in the dev sets). */
export const MAX_MATCH_TOKENS = 300;

export function prepareSentence(text: string, ctx: MatchContext): PreparedSentence {
  let toks = ctx.pending.get(text);
  if (toks) ctx.pending.delete(text);
  else toks = tokenize(text);
  // Judged on its first MAX_MATCH_TOKENS tokens: the word-order feature (LCS) costs the product
  // of the two lengths, and a "sentence" of thousands of words is no sentence (the dossier
  // compares long ones in pieces: long-sentences.ts).
  if (toks.length > MAX_MATCH_TOKENS) toks = toks.slice(0, MAX_MATCH_TOKENS);
  const n = toks.length;
  const numId = idOf(NUMBER_PLACEHOLDER, ctx);
  const seq = new Int32Array(n);
  const content: number[] = [];
  const numbers: number[] = [];
  const caps: number[] = [];
  let negations = 0;
  let chars = '';
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    const id = idOf(t.stem, ctx, t.num ? null : t.norm);
    // Numbers stand as one placeholder in the word-level features, so that those measure whether
    // the sentences share a frame and the number features alone judge whether the figures agree.
    if (t.num) {
      seq[i] = numId;
      numbers.push(id);
    } else {
      seq[i] = id;
      if (!t.stop) content.push(id);
    }
    if (t.cap) caps.push(id);
    if (isNegation(t)) negations++;
    chars += (i ? ' ' : '') + (t.num ? '#' : t.norm);
  }
  const bi = new Int32Array(Math.max(0, n - 1));
  for (let i = 0; i + 1 < n; i++) bi[i] = pairHash(seq[i], seq[i + 1]);
  const cbi = new Int32Array(Math.max(0, content.length - 1));
  for (let i = 0; i + 1 < content.length; i++) cbi[i] = pairHash(content[i], content[i + 1]);
  const uc = sortedUnique(Int32Array.from(content));
  const prefixes = new Int32Array(uc.length);
  let mass = 0;
  const vecs: Array<Float32Array | null> = [];
  let centroid: Float32Array | null = null;
  for (let i = 0; i < uc.length; i++) {
    prefixes[i] = ctx.prefix[uc[i]];
    mass += ctx.idf[uc[i]];
    const v = ctx.vec[uc[i]];
    vecs.push(v);
    if (v) {
      centroid ??= new Float32Array(v.length);
      for (let k = 0; k < v.length; k++) centroid[k] += ctx.idf[uc[i]] * v[k];
    }
  }
  if (centroid) {
    const norm = Math.sqrt(dot(centroid, centroid)) || 1;
    for (let k = 0; k < centroid.length; k++) centroid[k] /= norm;
  }
  const sig = charSignature(chars);
  const all = sortedUnique(seq.slice());
  const allMask = new Int32Array(all.length);
  const seqIdx = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = indexOf(all, seq[i]);
    seqIdx[i] = k;
    if (i < 30) allMask[k] |= 1 << i;
  }
  return {
    text,
    seq,
    all,
    allMask,
    seqIdx,
    content: uc,
    contentMass: mass,
    vecs,
    centroid,
    bigrams: sortedUnique(bi),
    cbigrams: sortedUnique(cbi),
    prefixes,
    numbers: sortedUnique(Int32Array.from(numbers)),
    caps: sortedUnique(Int32Array.from(caps)),
    negations,
    chars: sig,
    charBits: popcount(sig),
  };
}

function hashPrefix(s: string): number {
  let h = 7;
  for (let i = 0; i < 5; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h === 0 ? 1 : h;
}

/** Probability-like score in [0,1] that a and b report the same thing (symmetric in a, b). */
export function matchScore(a: PreparedSentence, b: PreparedSentence, ctx: MatchContext): number {
  // A sentence without a single word or number reports nothing, so it cannot report the same thing.
  if (a.seq.length === 0 || b.seq.length === 0) return 0;
  return scoreModel(MATCH_MODEL, pairFeatures(a, b, ctx, scratch));
}

/** Feature buffer reused by matchScore (JavaScript runs one call at a time; saves an allocation per pair). */
const scratch = new Float64Array(FEATURE_COUNT);

/** Score at or above which two sentences are "the same" (fitted with the model). */
export const MATCH_THRESHOLD: number = MATCH_MODEL.threshold;

/** How many candidate keys a sentence offers: its rarest content stems. */
const CANDIDATE_KEYS = 6;

/**
 * The sentence's rarest content stems (highest idf first, ties by stem; numbers included, since
 * a shared figure is good evidence of a shared fact). Two sentences that report the same thing nearly always share one of their rarest words,
 * so an inverted index over these finds the candidates without scoring all pairs.
 */
export function candidateKeys(s: PreparedSentence, ctx: MatchContext): string[] {
  const ids = Array.from(s.content);
  ids.sort((x, y) => ctx.idf[y] - ctx.idf[x] || (ctx.stems[x] < ctx.stems[y] ? -1 : ctx.stems[x] > ctx.stems[y] ? 1 : 0));
  return ids.slice(0, CANDIDATE_KEYS).map((id) => ctx.stems[id]);
}
