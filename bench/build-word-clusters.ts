/**
 * Regenerates src/annotate/ner/clusters.ts, the word-vector clusters the name tagger uses as
 * features (src/annotate/ner/features.ts): `node dist/bench/build-word-clusters.js` after
 * `npx tsc -p .`, then retrain the tagger (`node dist/bench/run.js train-ner`), since the
 * features change with the clusters.
 *
 * Why: a feature-based tagger sees a word it never met in training ("Atalanta", "Petofi") only
 * through its spelling; a cluster of distributionally similar words ("fiorentina",
 * "sampdoria", "atalanta") lets it generalise from the ones it did meet (Miller et al. 2004,
 * Ratinov & Roth 2009 with Brown clusters; Turian et al. 2010 with embeddings clustered).
 *
 * Input: data/embeddings.bin (GloVe 6B 100-d, the matcher's table: plain lower-case words in
 * corpus-frequency order; see bench/build-embeddings.ts), its first WORDS words — no word is
 * taken from the dev or training data. Two spherical k-means clusterings (cosine, unit
 * vectors), coarse (K1) and fine (K2), each started from k-means++ seeds drawn with a fixed
 * seed and run ITERATIONS rounds, so the output is the same on every run.
 *
 * Output: the number of words and one byte per word for each clustering, base64, in the table's
 * row order (the words are not repeated: the tagger finds a word's row with the table's own hash
 * index, src/compare/words/embeddings.ts `wordRow`, and decodes the bytes on first use).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rng } from './data.js';

const WORDS = 40_000;
const K1 = 64;
const K2 = 256;
const ITERATIONS = 12;

function readTable(file: string): { words: string[]; vecs: Float32Array; dims: number } {
  const buf = readFileSync(file);
  // PXEMB2 (bench/build-embeddings.ts): a 24-byte header, the words joined by "\n" in row order
  // (most frequent first), then, 4-aligned, the row offsets, the hash slots, the per-row scales
  // and the int8 components.
  if (buf.toString('latin1', 0, 7) !== 'PXEMB2\n') throw new Error(`${file}: not a Parallax embeddings table (PXEMB2)`);
  const count = buf.readUInt32LE(7);
  const dims = buf.readUInt32LE(11);
  const wordBytes = buf.readUInt32LE(15);
  const log2 = buf.readUInt32LE(19);
  const words = buf.toString('utf8', 24, 24 + wordBytes).split('\n');
  let off = 24 + wordBytes;
  off += (4 - (off % 4)) % 4;
  off += 4 * (count + 1) + 4 * (1 << log2);
  const n = Math.min(WORDS, count);
  const vecs = new Float32Array(n * dims);
  for (let r = 0; r < n; r++) {
    const scale = buf.readFloatLE(off + 4 * r);
    let norm = 0;
    for (let k = 0; k < dims; k++) {
      const x = buf.readInt8(off + 4 * count + r * dims + k) * scale;
      vecs[r * dims + k] = x;
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < dims; k++) vecs[r * dims + k] /= norm;
  }
  return { words: words.slice(0, n), vecs, dims };
}

/** Spherical k-means: each word to the centroid of highest cosine; centroids renormalised. */
function kmeans(vecs: Float32Array, n: number, dims: number, k: number, seed: number): Uint8Array {
  const random = rng(seed);
  const cent = new Float32Array(k * dims);
  // k-means++ seeding (on cosine distance 1 - cos).
  const dist = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    cent.set(vecs.subarray(pick * dims, pick * dims + dims), c * dims);
    let total = 0;
    for (let i = 0; i < n; i++) {
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += vecs[i * dims + d] * cent[c * dims + d];
      const dd = Math.max(0, 1 - dot);
      if (dd < dist[i]) dist[i] = dd;
      total += dist[i] * dist[i];
    }
    let r = random() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) {
      r -= dist[i] * dist[i];
      if (r <= 0) {
        pick = i;
        break;
      }
    }
  }
  const assign = new Uint8Array(n);
  for (let it = 0; it < ITERATIONS; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < dims; d++) dot += vecs[i * dims + d] * cent[c * dims + d];
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      if (assign[i] !== best) moved++;
      assign[i] = best;
    }
    cent.fill(0);
    for (let i = 0; i < n; i++) for (let d = 0; d < dims; d++) cent[assign[i] * dims + d] += vecs[i * dims + d];
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += cent[c * dims + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) cent[c * dims + d] /= norm;
    }
    process.stdout.write(`k=${k} iteration ${it + 1}: ${moved} words moved\n`);
  }
  return assign;
}

const { words, vecs, dims } = readTable(path.resolve('data/embeddings.bin'));
const coarse = kmeans(vecs, words.length, dims, K1, 1);
const fine = kmeans(vecs, words.length, dims, K2, 2);
const ids = Buffer.alloc(words.length * 2);
for (let i = 0; i < words.length; i++) {
  ids[2 * i] = coarse[i];
  ids[2 * i + 1] = fine[i];
}
const out =
  `/**\n * Generated by bench/build-word-clusters.ts from data/embeddings.bin (GloVe 6B 100-d): the ${words.length}\n` +
  ` * most frequent words (the table's first ${words.length} rows), each with a coarse (${K1}) and a fine (${K2})\n` +
  ` * spherical k-means cluster of its vector, for the name tagger's features. The words themselves\n` +
  ` * are not repeated here: a word's row is found in the embeddings table's own hash index. Do not\n` +
  ` * edit; rebuild with the script, then retrain.\n */\n` +
  `export const CLUSTER_COUNT = ${words.length};\n` +
  `/** Two bytes per word, in the table's row order: coarse id, fine id. */\n` +
  `export const CLUSTER_IDS =\n  '${ids.toString('base64')}';\n`;
writeFileSync(path.resolve('src/annotate/ner/clusters.ts'), out);
process.stdout.write(`wrote src/annotate/ner/clusters.ts: ${words.length} words, ${out.length} bytes\n`);
