/**
 * Ingest benchmark: speed of cleaning + metadata (the five seeds cold and warm, the ECB+ corpus
 * warm) and what cleaning removes from ECB+ articles, whose texts are story sentences with a
 * headline and dateline on top: every removal outside the header is a candidate false removal.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildArticle } from '../src/ingest/article.js';
import { cleanText } from '../src/ingest/clean.js';
import { seedFiles, sharedDir } from '../test/helpers/shared.js';
import { readEcbPlus } from './data.js';

const HEADER_REASONS = /^(?:headline|dateline|standfirst|section label|byline)/;

export async function run(): Promise<Record<string, unknown> | null> {
  const seeds = seedFiles();
  const shared = sharedDir();
  if (!seeds || !shared) {
    process.stdout.write('skipped: ../shared is absent\n');
    return null;
  }
  const raws = seeds.map((f) => readFileSync(f, 'utf8'));
  const all = (): void => {
    raws.forEach((content, i) => buildArticle({ source: `s${i}`, format: 'text', content, meta: {} }, `a${i}`));
  };
  let t = performance.now();
  all();
  const seedsColdMs = performance.now() - t;
  let seedsWarmMs = Infinity;
  for (let r = 0; r < 20; r++) {
    t = performance.now();
    all();
    seedsWarmMs = Math.min(seedsWarmMs, performance.now() - t);
  }

  const docs = readEcbPlus(shared).map((r) => r.text);
  docs.forEach((d) => cleanText(d)); // warm-up
  t = performance.now();
  const reasons: Record<string, number> = {};
  let lines = 0;
  let bodyRemovals = 0;
  for (const d of docs) {
    lines += d.split('\n').filter((l) => l.trim()).length;
    for (const r of cleanText(d).removed) {
      reasons[r.reason] = (reasons[r.reason] ?? 0) + 1;
      if (!HEADER_REASONS.test(r.reason)) bodyRemovals++;
    }
  }
  const ecbMs = performance.now() - t;

  // The extraction benchmark's hand-made article bodies: no furniture left in them, so every
  // removal is a line a human kept as article text (headlines and credits are the fair ones).
  const gt = JSON.parse(readFileSync(path.join(shared, 'bench/extraction/ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const gtReasons: Record<string, number> = {};
  let gtParagraphs = 0;
  for (const { articleBody } of Object.values(gt)) {
    gtParagraphs += articleBody.split('\n').filter((l) => l.trim()).length;
    for (const r of cleanText(articleBody).removed) gtReasons[r.reason] = (gtReasons[r.reason] ?? 0) + 1;
  }
  const gtRemoved = Object.values(gtReasons).reduce((a, b) => a + b, 0);
  const result = {
    seeds: seeds.length,
    seedsColdMs: round(seedsColdMs),
    seedsWarmMs: round(seedsWarmMs),
    ecbArticles: docs.length,
    ecbLines: lines,
    ecbMsPerArticle: round(ecbMs / docs.length),
    ecbRemovedByReason: reasons,
    ecbBodyRemovals: bodyRemovals,
    groundTruthBodies: Object.keys(gt).length,
    groundTruthParagraphs: gtParagraphs,
    groundTruthRemoved: gtRemoved,
    groundTruthRemovedByReason: gtReasons,
  };
  process.stdout.write(
    `seeds: clean+metadata of ${seeds.length} in ${result.seedsColdMs} ms cold, ${result.seedsWarmMs} ms warm\n` +
      `ECB+: ${docs.length} articles, ${lines} lines, ${result.ecbMsPerArticle} ms/article; ` +
      `removed outside the header: ${bodyRemovals}\n` +
      `extraction ground truth: ${gtRemoved} of ${gtParagraphs} lines of ${result.groundTruthBodies} article bodies removed\n`,
  );
  return result;
}

const round = (x: number): number => Math.round(x * 100) / 100;
