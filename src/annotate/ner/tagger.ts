/**
 * The name tagger: a greedy left-to-right averaged perceptron over BIO labels (Collins 2002;
 * the tagger design of Ratinov & Roth 2009, who found greedy decoding as good as Viterbi for
 * names), trained on CoNLL-2003 English by bench/train-ner.ts. Owns decoding, the BIO
 * constraints and the loading of the shipped weights (data/ner-weights.bin, read on first use).
 *
 * Only tokens with a capital letter (and joiners between two: "Bank of England") are scored;
 * every other token is outside a name. An I- label may only continue a name of the same type on
 * the same line. Ties go to the lower label index, so the output is deterministic.
 */
import { readFileSync } from 'node:fs';
import { historyFeatures, NLABELS, staticFeatures, TYPE_OF_LABEL, BITS, type NerDoc } from './features.js';

export interface TaggedName {
  /** Token indices of the first and last token. */
  first: number;
  last: number;
  /** 1 PER, 2 LOC, 3 ORG, 4 MISC. */
  type: number;
  /** Score of the chosen B- label minus the best other label at the first token (model units). */
  margin: number;
}

/**
 * The shipped weights: only the buckets with a non-zero weight (57,634 of 2^BITS), in an
 * open-addressing hash table built at build time, so that the table is 1.7 MB instead of a dense
 * 9.4 MB one and nothing is decoded at run time.
 */
export interface SparseWeights {
  /** Bucket stored in each slot, -1 for an empty slot; linear probing from slotOf(bucket). */
  keys: Int32Array;
  /** NLABELS signed bytes per slot. */
  vals: Int8Array;
  /** 32 − log2(slots): slotOf's shift. */
  shift: number;
}

let shipped: SparseWeights | null = null;
/** Model units → the trained scale (from the weights file's header). */
let nerScale = 0;

/** data/ner-weights.bin, from dist/src/annotate/ner/ (the compiled module) up to the package root. */
const FILE = new URL('../../../../data/ner-weights.bin', import.meta.url);

/** First slot to probe for a bucket (Fibonacci hashing: buckets are hashes, but not uniform in the low bits). */
export function slotOf(bucket: number, shift: number): number {
  return Math.imul(bucket, 0x9e3779b1) >>> shift;
}

/** Offset of a bucket's row in `w.vals`, or -1 when all its weights are zero. */
function rowBase(w: SparseWeights, bucket: number): number {
  const mask = w.keys.length - 1;
  for (let s = slotOf(bucket, w.shift); ; s = (s + 1) & mask) {
    const k = w.keys[s];
    if (k === bucket) return s * NLABELS;
    if (k === -1) return -1;
  }
}

/**
 * The shipped weights, read from data/ner-weights.bin on first use with one read and no decoding
 * (bench/train-ner.ts writes it: a 32-byte header "PXNER2\n\0", uint32 BITS, uint32 labels,
 * float64 scale, uint32 non-zero rows, uint32 log2 of the slots; then the int32 keys and the
 * int8 rows of the slots). Scores are summed in these integer units (the header's scale converts
 * them back to the trained scale, which the argmax does not need).
 */
export function shippedWeights(): SparseWeights {
  if (shipped) return shipped;
  const buf = readFileSync(FILE);
  const log2 = buf.readUInt32LE(28);
  const slots = 2 ** log2;
  if (buf.toString('latin1', 0, 8) !== 'PXNER2\n\0' || buf.readUInt32LE(8) !== BITS || buf.readUInt32LE(12) !== NLABELS || buf.length !== 32 + slots * (4 + NLABELS)) {
    throw new Error(`${FILE.pathname}: not the name tagger's weights for this version (rebuild with bench/train-ner.ts)`);
  }
  nerScale = buf.readDoubleLE(16);
  // A copy only if Node handed the file over at an offset int32 cannot view.
  const at = buf.byteOffset + 32;
  const keys = at % 4 === 0 ? new Int32Array(buf.buffer, at, slots) : new Int32Array(buf.buffer.slice(at, at + 4 * slots));
  shipped = { keys, vals: new Int8Array(buf.buffer, at + 4 * slots, slots * NLABELS), shift: 32 - log2 };
  return shipped;
}

/**
 * Is label `l` allowed at token `i` after label `prev` at token `i - 1`? An I-X label continues a
 * B-X or I-X on the same line.
 */
export function allowed(d: NerDoc, i: number, prev: number, l: number): boolean {
  if (l === 0 || l % 2 === 1) return true;
  if (prev !== l && prev !== l - 1) return false;
  return !d.text.slice(d.ends[i - 1], d.starts[i]).includes('\n');
}

/** Training hook: sees each scored token's features and the predicted label, may update weights. */
export type Learn = (i: number, feats: number[], predicted: number, prev: number) => void;

/**
 * Labels every token of the document greedily. `weights` is a dense table (training) or the
 * shipped sparse one; `learn` (training only) is called at every scored token. Returns the label
 * indices.
 */
export function tagLabels(d: NerDoc, weights: Float32Array | SparseWeights, learn?: Learn): Uint8Array {
  const labels = new Uint8Array(d.count);
  const margins = new Float32Array(d.count);
  tagInto(d, weights, labels, margins, learn);
  return labels;
}

function tagInto(d: NerDoc, weights: Float32Array | SparseWeights, labels: Uint8Array, margins: Float32Array, learn?: Learn): void {
  const scores = new Float64Array(NLABELS);
  // One sense per discourse: the type the document gave this word before (counts per type).
  const seenTypes = new Map<string, number[]>();
  let p1 = 0;
  let p2 = 0;
  for (let i = 0; i < d.count; i++) {
    if (!d.scored[i]) {
      labels[i] = 0;
      p2 = p1;
      p1 = 0;
      continue;
    }
    const key = seenKey(d, i);
    const counts = seenTypes.get(key);
    let seen = 0;
    if (counts) for (let t = 1; t <= 4; t++) if (counts[t] > (seen ? counts[seen] : 0)) seen = t;
    const feats = staticFeatures(d, i);
    historyFeatures(d, i, p1, p2, seen, feats);
    scores.fill(0);
    if (weights instanceof Float32Array) {
      for (const h of feats) {
        const base = h * NLABELS;
        for (let l = 0; l < NLABELS; l++) scores[l] += weights[base + l];
      }
    } else {
      for (const h of feats) {
        const base = rowBase(weights, h);
        if (base < 0) continue;
        for (let l = 0; l < NLABELS; l++) scores[l] += weights.vals[base + l];
      }
    }
    let best = -1;
    let second = -Infinity;
    for (let l = 0; l < NLABELS; l++) {
      if (!allowed(d, i, p1, l)) continue;
      if (best < 0 || scores[l] > scores[best]) {
        if (best >= 0) second = Math.max(second, scores[best]);
        best = l;
      } else second = Math.max(second, scores[l]);
    }
    if (learn) learn(i, feats, best, p1);
    labels[i] = best;
    margins[i] = scores[best] - second;
    if (best) {
      let c = seenTypes.get(key);
      if (!c) seenTypes.set(key, (c = [0, 0, 0, 0, 0]));
      c[TYPE_OF_LABEL[best]]++;
    }
    p2 = p1;
    p1 = best;
  }
}

function seenKey(d: NerDoc, i: number): string {
  let w = d.text.slice(d.starts[i], d.ends[i]).toLowerCase();
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  return w;
}

/** Names as token ranges from a label sequence: B-X followed by I-X. */
export function namesOf(labels: Uint8Array, margins?: Float32Array): TaggedName[] {
  const out: TaggedName[] = [];
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l === 0 || l % 2 === 0) continue;
    let j = i;
    while (j + 1 < labels.length && labels[j + 1] === l + 1) j++;
    out.push({ first: i, last: j, type: TYPE_OF_LABEL[l], margin: margins ? margins[i] : 0 });
    i = j;
  }
  return out;
}

/** The character span of a tagged name: its tokens, without a trailing possessive ("Lebed's"). */
export function nameSpan(d: NerDoc, n: TaggedName): { start: number; end: number } {
  let end = d.ends[n.last];
  const c = d.text.charCodeAt(end - 2);
  if (end - d.starts[n.last] > 2 && (d.text.charCodeAt(end - 1) | 32) === 115 && (c === 39 || c === 0x2019)) end -= 2;
  return { start: d.starts[n.first], end };
}

/** Tags a document with the shipped weights. */
export function tagNames(d: NerDoc): TaggedName[] {
  const labels = new Uint8Array(d.count);
  const margins = new Float32Array(d.count);
  tagInto(d, shippedWeights(), labels, margins);
  for (let i = 0; i < margins.length; i++) margins[i] *= nerScale;
  return namesOf(labels, margins);
}
