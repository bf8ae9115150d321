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
 * The score is a learned combination (src/compare/match-model.ts, fitted by bench/msrp.ts) of
 * lexical features (src/compare/features.ts). idf comes from the collection itself, blended with
 * a frequency prior (src/compare/word-prior.ts) so that it is meaningful for a handful of
 * sentences too; nothing is read from disk or the network at run time.
 */
import { pairFeatures } from './features.js';
import { MATCH_MODEL } from './match-model.js';
import { scoreModel } from './learn.js';
import { isNegation, tokenize } from './text.js';
import { PRIOR_STEMS, PRIOR_TOTAL } from './word-prior.js';

/** Pseudo-sentences the prior is worth: below a few hundred real sentences the prior dominates. */
const PRIOR_SENTENCES = 300;
/** Average words per sentence, to turn a word's corpus frequency into "share of sentences containing it". */
const WORDS_PER_SENTENCE = 20;

let priorTable: Map<string, number> | null = null;
/** Prior share of sentences that contain each stem (parsed once, on first use; ~5 ms). */
function prior(): Map<string, number> {
  if (priorTable) return priorTable;
  const t = new Map<string, number>();
  for (const line of PRIOR_STEMS.split('\n')) {
    const sp = line.indexOf(' ');
    if (sp <= 0) continue;
    const p = Number(line.slice(sp + 1)) / PRIOR_TOTAL;
    t.set(line.slice(0, sp), 1 - Math.exp(-WORDS_PER_SENTENCE * p));
  }
  priorTable = t;
  return t;
}

/** Document frequencies over a collection of sentences, plus interned stem ids and their idf. */
export interface MatchContext {
  /** Number of sentences the frequencies were counted over. */
  readonly sentences: number;
  /** @internal stem → id (grows as new sentences are prepared; ids never change meaning). */
  readonly ids: Map<string, number>;
  /** @internal idf by stem id. */
  readonly idf: number[];
  /** @internal stem by id. */
  readonly stems: string[];
  /** @internal collection document frequency by stem (fixed after building). */
  readonly df: Map<string, number>;
}

/** Count in how many of `sentences` each stem occurs; O(total words). */
export function buildMatchContext(sentences: string[]): MatchContext {
  const df = new Map<string, number>();
  for (const s of sentences) {
    const seen = new Set<string>();
    for (const t of tokenize(s)) seen.add(t.stem);
    for (const st of seen) df.set(st, (df.get(st) ?? 0) + 1);
  }
  return { sentences: sentences.length, ids: new Map(), idf: [], stems: [], df };
}

/** idf of a stem: collection frequency smoothed by the prior (both in "sentences containing it"). */
function idfOf(stem: string, ctx: MatchContext): number {
  const p = prior().get(stem) ?? 0;
  const df = (ctx.df.get(stem) ?? 0) + PRIOR_SENTENCES * p;
  return Math.log((ctx.sentences + PRIOR_SENTENCES + 1) / (df + 0.5));
}

/** Interned id of a stem (assigning a new one on first sight). */
function idOf(stem: string, ctx: MatchContext): number {
  let id = ctx.ids.get(stem);
  if (id === undefined) {
    id = ctx.stems.length;
    ctx.ids.set(stem, id);
    ctx.stems.push(stem);
    ctx.idf.push(idfOf(stem, ctx));
  }
  return id;
}

export interface PreparedSentence {
  readonly text: string;
  /** Stem ids of all tokens, in order (every number as one placeholder id). */
  readonly seq: Int32Array;
  /** Sorted unique stem ids of all tokens. */
  readonly all: Int32Array;
  /** Sorted unique stem ids of content tokens (not closed-class words, not numbers). */
  readonly content: Int32Array;
  /** Sum of idf over `content`. */
  readonly contentMass: number;
  /** Sorted unique hashes of token bigrams and trigrams. */
  readonly bigrams: Float64Array;
  readonly trigrams: Float64Array;
  /** Sorted unique hashes of bigrams of consecutive content words. */
  readonly cbigrams: Float64Array;
  /** For each entry of `content`: a hash of the word's first 5 letters (0 for words shorter than 6). */
  readonly prefixes: Int32Array;
  /** Sorted unique stem ids of numbers (canonical values). */
  readonly numbers: Int32Array;
  /** Sorted unique stem ids of capitalised (name-like) tokens. */
  readonly caps: Int32Array;
  /** Number of negation cues. */
  readonly negations: number;
  /** Sorted unique hashes of character trigrams of the folded word sequence. */
  readonly chars: Int32Array;
}

function sortedUnique(xs: number[]): number[] {
  xs.sort((a, b) => a - b);
  let k = 0;
  for (let i = 0; i < xs.length; i++) if (i === 0 || xs[i] !== xs[i - 1]) xs[k++] = xs[i];
  xs.length = k;
  return xs;
}

/** Stem that stands for any number in word sequences (no real token contains a space). */
const NUMBER_PLACEHOLDER = '# ';

/** Large prime for n-gram hashing; products stay below 2^53 for vocabularies under ~4 million. */
const P = 2_097_143;

export function prepareSentence(text: string, ctx: MatchContext): PreparedSentence {
  const toks = tokenize(text);
  const numId = idOf(NUMBER_PLACEHOLDER, ctx);
  const seq = new Int32Array(toks.length);
  const content: number[] = [];
  const numbers: number[] = [];
  const caps: number[] = [];
  let negations = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const id = idOf(t.stem, ctx);
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
  }
  const bi: number[] = [];
  const tri: number[] = [];
  for (let i = 0; i + 1 < seq.length; i++) {
    const h = seq[i] * P + seq[i + 1];
    bi.push(h);
    if (i + 2 < seq.length) tri.push((h % 2_147_483_647) * P + seq[i + 2]);
  }
  const cbi: number[] = [];
  for (let i = 0; i + 1 < content.length; i++) cbi.push(content[i] * P + content[i + 1]);
  const uc = sortedUnique(content.slice());
  const prefixes = new Int32Array(uc.length);
  for (let i = 0; i < uc.length; i++) {
    const st = ctx.stems[uc[i]];
    if (st.length >= 6 && !/^\d/.test(st)) prefixes[i] = hashPrefix(st);
  }
  let mass = 0;
  for (const id of uc) mass += ctx.idf[id];
  return {
    text,
    seq,
    all: Int32Array.from(sortedUnique(Array.from(seq))),
    content: Int32Array.from(uc),
    contentMass: mass,
    bigrams: Float64Array.from(sortedUnique(bi)),
    trigrams: Float64Array.from(sortedUnique(tri)),
    cbigrams: Float64Array.from(sortedUnique(cbi)),
    prefixes,
    numbers: Int32Array.from(sortedUnique(numbers)),
    caps: Int32Array.from(sortedUnique(caps)),
    negations,
    chars: charTrigrams(toks.map((t) => (t.num ? '#' : t.norm)).join(' ')),
  };
}

function hashPrefix(s: string): number {
  let h = 7;
  for (let i = 0; i < 5; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h === 0 ? 1 : h;
}

/** Character trigrams (hashed) of a folded string: tolerant of spelling and transliteration variants. */
function charTrigrams(s: string): Int32Array {
  const out: number[] = [];
  const padded = ` ${s} `;
  for (let i = 0; i + 3 <= padded.length; i++) {
    out.push((padded.charCodeAt(i) * 65_599 + padded.charCodeAt(i + 1)) * 65_599 + padded.charCodeAt(i + 2) | 0);
  }
  return Int32Array.from(sortedUnique(out));
}

/** Probability-like score in [0,1] that a and b report the same thing (symmetric in a, b). */
export function matchScore(a: PreparedSentence, b: PreparedSentence, ctx: MatchContext): number {
  return scoreModel(MATCH_MODEL, pairFeatures(a, b, ctx));
}

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
