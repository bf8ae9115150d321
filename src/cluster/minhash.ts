/**
 * Near-duplicate (wire copy) detection: one-permutation MinHash signatures over word shingles
 * and an LSH band index, so each new article is checked against the few earlier articles that
 * share a band instead of against all of them. A candidate is confirmed by the signatures'
 * agreement, an estimate of the Jaccard similarity of the two shingle sets.
 */

/** Signature length (bins) and the band layout of the LSH index: 16 bands of 4 rows. */
export const SIG = 64;
const ROWS = 4;
const BANDS = SIG / ROWS;
const EMPTY = 0xffffffff;

/** Murmur3's finaliser: spreads a 32-bit hash so that its low bits choose bins uniformly. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * One-permutation hashing (Li, Owen & Zhang 2012): each shingle is hashed once; its bin is the
 * hash's low bits and the bin keeps the minimum of the high bits. Empty bins (short texts) are
 * filled from the next non-empty bin to the right (rotation densification, Shrivastava & Li
 * 2014) so that two identical short texts still agree everywhere. 64× cheaper than 64 hashes.
 */
export function signature(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIG).fill(EMPTY);
  for (let i = 0; i < shingles.length; i++) {
    const h = mix(shingles[i]);
    const bin = h & (SIG - 1);
    const v = h >>> 6;
    if (v < sig[bin]) sig[bin] = v;
  }
  const native = sig.slice();
  let any = false;
  for (let i = 0; i < SIG; i++) if (native[i] !== EMPTY) any = true;
  if (!any) return sig;
  for (let i = 0; i < SIG; i++) {
    if (native[i] !== EMPTY) continue;
    let j = (i + 1) % SIG;
    let hops = 1;
    while (native[j] === EMPTY) {
      j = (j + 1) % SIG;
      hops++;
    }
    // Borrowed values are re-hashed with the distance and kept above the native range (2^26),
    // so a borrowed bin agrees only with the same borrowing in another signature.
    sig[i] = (0x4000000 + (mix(native[j] ^ Math.imul(hops, 0x9e3779b9)) & 0x3ffffff)) >>> 0;
  }
  return sig;
}

/** Fraction of agreeing bins: an estimate of the Jaccard similarity of the shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array, offA = 0, offB = 0): number {
  let same = 0;
  for (let i = 0; i < SIG; i++) if (a[offA + i] === b[offB + i] && a[offA + i] !== EMPTY) same++;
  return same / SIG;
}

function bandKey(sig: Uint32Array, off: number, band: number): number {
  let h = Math.imul(band + 1, 0x9e3779b9);
  for (let r = 0; r < ROWS; r++) h = mix((h ^ sig[off + band * ROWS + r]) >>> 0);
  // As a signed 32-bit integer: the same bucket for the same hash (a one-to-one map), but a
  // small integer to V8, so the band maps neither box their keys nor hash heap numbers (the
  // assigner looks up every band of every article; docs/scale.md).
  return h | 0;
}

/**
 * The index: signatures of all documents in one growing typed array (compact, and it is what a
 * snapshot stores) plus, per band, a map from band hash to the first document with that band.
 * Keeping only the first document per bucket bounds memory and time (a bucket's later members
 * are copies of its first one, so comparing with it suffices).
 */
export class DuplicateIndex {
  private sigs = new Uint32Array(SIG * 1024);
  private count = 0;
  private buckets: Array<Map<number, number>> = Array.from({ length: BANDS }, () => new Map());

  get size(): number {
    return this.count;
  }

  /** Add document number `this.size` and return the earlier document it copies (≥ threshold), or -1. */
  add(sig: Uint32Array, threshold: number): number {
    const n = this.count;
    if ((n + 1) * SIG > this.sigs.length) {
      const grown = new Uint32Array(this.sigs.length * 2);
      grown.set(this.sigs);
      this.sigs = grown;
    }
    this.sigs.set(sig, n * SIG);
    this.count++;
    if (sig[0] === EMPTY) return -1; // no shingles: nothing to compare
    let best = -1;
    let bestSim = threshold;
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(sig, 0, b);
      const bucket = this.buckets[b];
      const other = bucket.get(key);
      if (other === undefined) {
        bucket.set(key, n);
        continue;
      }
      if (other === best) continue;
      const s = similarity(sig, this.sigs, 0, other * SIG);
      // Ties go to the earlier document, so the original, not a later copy, is named.
      if (s > bestSim || (s === bestSim && (best === -1 || other < best))) {
        best = other;
        bestSim = s;
      }
    }
    return best;
  }

  /** The stored signatures (document order), for snapshots. */
  exportSignatures(): Uint32Array {
    return this.sigs.subarray(0, this.count * SIG);
  }

  /** Rebuild from stored signatures: the band maps are derived data and not persisted. */
  static fromSignatures(sigs: Uint32Array): DuplicateIndex {
    const idx = new DuplicateIndex();
    const n = sigs.length / SIG;
    idx.sigs = new Uint32Array(Math.max(SIG * 1024, sigs.length * 2));
    idx.sigs.set(sigs);
    idx.count = n;
    for (let d = 0; d < n; d++) {
      if (sigs[d * SIG] === EMPTY) continue;
      for (let b = 0; b < BANDS; b++) {
        const key = bandKey(sigs, d * SIG, b);
        if (!idx.buckets[b].has(key)) idx.buckets[b].set(key, d);
      }
    }
    return idx;
  }
}
