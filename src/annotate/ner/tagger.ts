/**
 * The name tagger: an averaged perceptron over BIO labels (Collins 2002; the feature design of
 * Ratinov & Roth 2009), decoded exactly (Viterbi over each stretch of scored tokens, the last two
 * labels as state) and trained with the same decoder on CoNLL-2003 English by
 * bench/train-ner.ts. Owns decoding, the BIO constraints and the loading of the shipped weights
 * (data/ner-weights.bin, read on first use).
 *
 * Only tokens with a capital letter (and joiners between two: "Bank of England") are scored;
 * every other token is outside a name. An I- label may only continue a name of the same type
 * across a gap a name can span (not a line break, comma or bracket). Ties go to the lower label
 * index, so the output is deterministic.
 */
import { readFileSync } from 'node:fs';
import { BITS, labelPairFeature, NLABELS, prevLabelFeature, prevLabelShapeFeature, seenFeature, shape, staticFeatures, TYPE_OF_LABEL, type NerDoc } from './features.js';

export interface TaggedName {
  /** Token indices of the first and last token. */
  first: number;
  last: number;
  /** 1 PER, 2 LOC, 3 ORG, 4 MISC. */
  type: number;
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
 * Can a name continue from token `i - 1` into token `i`? Only across a space, "&", an
 * apostrophe or a slash ("Procter & Gamble", "Gold Fields ' Kloof", "AT&T"): not across a line
 * break, a comma, a dash, a bracket or a full stop ("Mobil, Shell and Caltex" is three names,
 * "Hmeimim — Moscow" two; abbreviations keep their full stop inside the token: "St. Louis").
 */
function continues(d: NerDoc, i: number): boolean {
  const a = d.ends[i - 1];
  const b = d.starts[i];
  if (b === a + 1 && d.text.charCodeAt(a) === 32) return true;
  for (let k = a; k < b; k++) {
    const c = d.text.charCodeAt(k);
    // space, no-break space, & ' ’ /
    if (c !== 32 && c !== 0xa0 && c !== 38 && c !== 39 && c !== 0x2019 && c !== 47) return false;
  }
  return true;
}

/**
 * Is label `l` allowed at token `i` after label `prev` at token `i - 1`? An I-X label continues a
 * B-X or I-X across a gap a name can span (`continues`).
 */
export function allowed(d: NerDoc, i: number, prev: number, l: number): boolean {
  if (l === 0 || l % 2 === 1) return true;
  if (prev !== l && prev !== l - 1) return false;
  return continues(d, i);
}

/**
 * Training hook, called once per stretch of scored tokens `first..last` after it is decoded (the
 * predicted labels are in `labels`): the static features of each token, the "seen" value each
 * token was decoded with, and the label two tokens before the stretch (the one before is "O").
 */
export type Learn = (first: number, last: number, labels: Uint8Array, feats: number[][], seen: Uint8Array, p2: number) => void;

/**
 * Labels every token of the document. `weights` is a dense table (training) or the shipped
 * sparse one; `learn` (training only) is called after each stretch. Returns the label indices.
 */
export function tagLabels(d: NerDoc, weights: Float32Array | SparseWeights, learn?: Learn): Uint8Array {
  const labels = new Uint8Array(d.count);
  tagInto(d, weights, labels, learn);
  return labels;
}

/** Adds weight row `h` (a hashed feature) × `k` to `out[off..off+NLABELS)`. */
function addRow(w: Float32Array | SparseWeights, h: number, out: Float64Array, off: number): void {
  if (w instanceof Float32Array) {
    const base = h * NLABELS;
    for (let l = 0; l < NLABELS; l++) out[off + l] += w[base + l];
  } else {
    const base = rowBase(w, h);
    if (base < 0) return;
    for (let l = 0; l < NLABELS; l++) out[off + l] += w.vals[base + l];
  }
}

/** The label-history scores that do not depend on the token: [p2][p1][l] of "t-1" and "t-2|t-1". */
function historyTable(w: Float32Array | SparseWeights): Float64Array {
  const t = new Float64Array(NLABELS * NLABELS * NLABELS);
  for (let p2 = 0; p2 < NLABELS; p2++) {
    for (let p1 = 0; p1 < NLABELS; p1++) {
      const off = (p2 * NLABELS + p1) * NLABELS;
      addRow(w, prevLabelFeature(p1), t, off);
      addRow(w, labelPairFeature(p2, p1), t, off);
    }
  }
  return t;
}

let shippedHistory: Float64Array | null = null;
/** The shipped weights' "t-1|shape" rows per word shape ([p1][l]), filled as shapes are met. */
const shippedShapeRows = new Map<string, Float64Array>();

/**
 * Decoding: exact (Viterbi) over each stretch of consecutive scored tokens, the state being the
 * last two labels (the features look two labels back). A stretch is short (a candidate name and
 * its capitalised neighbours), and every token outside stretches is "O", so this is the best
 * label sequence of the whole document under the model — except the one-sense-per-discourse
 * feature, which reads the labels of earlier stretches only. Exact decoding lets the evidence of
 * a later word type the whole name ("Zycie Warszawy daily said": the head and its context make
 * "Zycie" the start of an organization, which a greedy left-to-right tagger had already typed a
 * person); Collins (2002) trains it with the same decoder (bench/train-ner.ts). Ties go to the
 * lower label index, so the output is deterministic.
 */
function tagInto(d: NerDoc, weights: Float32Array | SparseWeights, labels: Uint8Array, learn?: Learn): void {
  // One sense per discourse: the type the document gave this word before (counts per type).
  const seenTypes = new Map<string, number[]>();
  const dense = weights instanceof Float32Array;
  let hist = dense ? historyTable(weights) : (shippedHistory ??= historyTable(weights));
  const N = NLABELS;
  const NN = N * N;
  for (let s = 0; s < d.count; ) {
    if (!d.scored[s]) {
      labels[s] = 0;
      s++;
      continue;
    }
    let e = s;
    while (e + 1 < d.count && d.scored[e + 1]) e++;
    const n = e - s + 1;
    const p2in = s >= 2 ? labels[s - 2] : 0;
    const feats: number[][] = [];
    const seenAt = new Uint8Array(n);
    // Forward pass, one token at a time (a stretch can be a whole page of capitals, so nothing
    // per token is kept but the backpointers): delta[p1 * N + l] = best score of a sequence
    // ending (p1, l) at the current token; back[k][p1][l] = the p2 it came from.
    const back = new Uint8Array(n * NN);
    let prev = new Float64Array(NN).fill(-Infinity);
    let cur = new Float64Array(NN);
    prev[p2in * N] = 0; // the state before the stretch: (label two back, "O")
    const S = new Float64Array(N);
    const SH = new Float64Array(NN);
    for (let k = 0; k < n; k++) {
      const i = s + k;
      const counts = seenTypes.get(seenKey(d, i));
      let seen = 0;
      if (counts) for (let t = 1; t <= 4; t++) if (counts[t] > (seen ? counts[seen] : 0)) seen = t;
      seenAt[k] = seen;
      // Static scores + the seen feature (S), and the "t-1|shape" rows (SH).
      S.fill(0);
      const f = staticFeatures(d, i);
      if (learn) feats.push(f);
      for (const h of f) addRow(weights, h, S, 0);
      addRow(weights, seenFeature(seen), S, 0);
      const sh = shape(d.text.slice(d.starts[i], d.ends[i]));
      let shRows = dense ? undefined : shippedShapeRows.get(sh);
      if (!shRows) {
        shRows = new Float64Array(NN);
        for (let p1 = 0; p1 < N; p1++) addRow(weights, prevLabelShapeFeature(p1, sh), shRows, p1 * N);
        // (The shipped weights never change: their rows per word shape are kept; shapes are few.)
        if (!dense && shippedShapeRows.size < 4096) shippedShapeRows.set(sh, shRows);
      }
      SH.set(shRows);
      const cont = k > 0 && continues(d, i);
      cur.fill(-Infinity);
      for (let p1 = 0; p1 < N; p1++) {
        // Reachable previous states ending in p1.
        let any = false;
        for (let p2 = 0; p2 < N && !any; p2++) if (prev[p2 * N + p1] !== -Infinity) any = true;
        if (!any) continue;
        for (let l = 0; l < N; l++) {
          // BIO: an I-X continues a B-X or I-X across a gap a name can span.
          if (l !== 0 && l % 2 === 0 && (!cont || (p1 !== l && p1 !== l - 1))) continue;
          let best = -Infinity;
          let arg = 0;
          for (let p2 = 0; p2 < N; p2++) {
            const v = prev[p2 * N + p1];
            if (v === -Infinity) continue;
            const t = v + hist[(p2 * N + p1) * N + l];
            if (t > best) {
              best = t;
              arg = p2;
            }
          }
          cur[p1 * N + l] = best + S[l] + SH[p1 * N + l];
          back[k * NN + p1 * N + l] = arg;
        }
      }
      const tmp = prev;
      prev = cur;
      cur = tmp;
    }
    let bestState = 0;
    for (let st = 1; st < NN; st++) if (prev[st] > prev[bestState]) bestState = st;
    let p1 = Math.floor(bestState / N);
    let l = bestState % N;
    for (let k = n - 1; k >= 0; k--) {
      labels[s + k] = l;
      const p2 = back[k * NN + p1 * N + l];
      l = p1;
      p1 = p2;
    }
    if (learn) {
      learn(s, e, labels, feats, seenAt, p2in);
      hist = historyTable(weights);
    }
    for (let k = 0; k < n; k++) {
      const lab = labels[s + k];
      if (!lab) continue;
      const key = seenKey(d, s + k);
      let c = seenTypes.get(key);
      if (!c) seenTypes.set(key, (c = [0, 0, 0, 0, 0]));
      c[TYPE_OF_LABEL[lab]]++;
    }
    s = e + 1;
  }
}

function seenKey(d: NerDoc, i: number): string {
  let w = d.text.slice(d.starts[i], d.ends[i]).toLowerCase();
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  return w;
}

/** Names as token ranges from a label sequence: B-X followed by I-X. */
export function namesOf(labels: Uint8Array): TaggedName[] {
  const out: TaggedName[] = [];
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l === 0 || l % 2 === 0) continue;
    let j = i;
    while (j + 1 < labels.length && labels[j + 1] === l + 1) j++;
    out.push({ first: i, last: j, type: TYPE_OF_LABEL[l] });
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
  tagInto(d, shippedWeights(), labels);
  return namesOf(labels);
}
