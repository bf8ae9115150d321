/**
 * What the benchmarks share: the ECB+ dev set reader (one JSON object a line, see
 * ../shared/bench/README.md) and a small seeded PRNG, so that shuffles, folds and synthetic
 * corpora are the same in every run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface EcbRecord {
  id: string;
  topic: number;
  subtopic: string;
  url: string | null;
  text: string;
  mentions: Array<{ tag: string; start: number; end: number; text: string; chain?: string }>;
}

/** The 772 ECB+ dev articles, in file order, from the shared directory. */
export function readEcbPlus(shared: string): EcbRecord[] {
  return readFileSync(path.join(shared, 'bench', 'ecbplus', 'dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EcbRecord);
}

/** Small seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
