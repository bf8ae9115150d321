/**
 * The assigner's idf (issue #14, docs/scale.md, session 27). Every new article moves the article
 * count, so every idf moves: a cache per feature recomputed the logarithm for each distinct feature
 * of every article placed and every set re-clustered. The value is a function of the article count
 * and the feature's document frequency alone, and the features of a set share few frequencies
 * (most are rare), so it is kept per frequency: on an invented stream of reports that are mostly
 * words of their own, the logarithms computed must be a small part of the features weighed (the
 * per-feature cache computed at least one per feature of every article placed). The stories stay
 * those of the digests in speed-placement.test.ts. Also the selection behind every centroid's cap
 * (`kthLargest`, now a quickselect) on centroid-sized inputs with many ties.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer, prepareDoc, type ClusterDoc } from '../src/cluster/index.js';
import { kthLargest, kthStats } from '../src/cluster/clusterer.js';

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 4294967296;
  };
}

const SYL = ['da', 'me', 'lor', 'qu', 'sen', 'tav', 'ri', 'ob', 'zal', 'kin', 'wu', 'pe'];
const KINDS = [
  'flood river embankment evacuated sandbags levee downstream crest',
  'strike union walkout wages negotiators picket management ballot',
];

/** Reports of four invented events: names, place, kind words and many words of their own. */
function stream(n: number, seed: number): ClusterDoc[] {
  const r = rng(seed);
  const pick = <T>(a: T[]): T => a[Math.floor(r() * a.length)];
  const word = (): string => pick(SYL) + pick(SYL) + pick(SYL) + pick(SYL);
  const name = (): string => {
    const s = word();
    return s[0].toUpperCase() + s.slice(1);
  };
  const events = Array.from({ length: 4 }, (_, e) => ({ kind: KINDS[e % KINDS.length].split(' '), who: `${name()} ${name()}`, where: name(), day: Date.UTC(2023, 2 * e, 5) }));
  const docs: ClusterDoc[] = [];
  for (let i = 0; i < n; i++) {
    const ev = events[i % events.length];
    const own = Array.from({ length: 60 }, word);
    const kind = Array.from({ length: 10 }, () => pick(ev.kind));
    const text = [
      `${ev.who} spoke in ${ev.where} about the ${kind[0]}.`,
      `${kind.slice(1, 5).join(' ')} ${own.slice(0, 30).join(' ')}.`,
      `${ev.where} ${kind.slice(5).join(' ')} ${own.slice(30).join(' ')} ${ev.who}.`,
    ].join('\n');
    docs.push({ id: `f${i}`, text, published: new Date(ev.day + (i % 2) * 86_400_000).toISOString().slice(0, 10) });
  }
  return docs;
}

test('idf per document frequency: far fewer logarithms than features weighed', () => {
  const docs = stream(100, 5).map(prepareDoc);
  const c = new StoryClusterer();
  let features = 0;
  for (const d of docs) {
    features += d.terms.size;
    c.addPrepared(d);
  }
  c.settle();
  assert.ok(c.pairStats.scanReads > 10_000, `the stream re-clusters sets of several articles (${c.pairStats.scanReads})`);
  // A per-feature cache computes one for each feature of each article placed (the article count
  // moved): at least `features`. Per frequency: about one per distinct frequency per article.
  const { logs } = c.idfStats;
  assert.ok(logs * 4 < features, `${logs} logarithms for ${features} features placed`);
  assert.ok(c.stories().length >= 4, 'the four events are told apart');
});

test('idf per document frequency is never stale: every placement as with fresh caches', () => {
  // The cache is keyed by (document frequency, article count + 1): a value kept for an earlier
  // article count must not be read after the count moved. A clusterer restored from its snapshot
  // before every article starts with empty caches (idf, specifics' kinds), so it computes every
  // value anew; the one fed without restoring must place every article the same way and end with
  // the same snapshot bytes (the same floating-point centroids). A cache keyed by frequency alone
  // (stale after the first article) gives other weights and other placements.
  const docs = stream(48, 9).map(prepareDoc);
  const fed = new StoryClusterer();
  let fresh = new StoryClusterer();
  for (const d of docs) {
    fresh = StoryClusterer.restore(fresh.snapshot());
    assert.deepEqual(fed.addPrepared(d), fresh.addPrepared(d), d.id);
  }
  assert.deepEqual(fed.settle(), fresh.settle());
  assert.ok(fed.snapshot().equals(fresh.snapshot()), 'the same snapshot bytes');
});

test('kthLargest on centroid-sized inputs (hundreds of values, many ties, zeros of both signs) is the sorted copy’s element', () => {
  const r = rng(23);
  for (let trial = 0; trial < 40; trial++) {
    const n = 200 + Math.floor(r() * 400);
    const v = trial % 2 ? new Float64Array(n) : new Float32Array(n);
    const levels = 1 + Math.floor(r() * 50);
    for (let i = 0; i < n; i++) {
      const u = r();
      v[i] = u < 0.05 ? -0 : u < 0.1 ? 0 : Math.floor(r() * levels) / levels;
    }
    const sorted = Float64Array.from(v).sort();
    for (const k of [1, 2, 250, n >> 1, n - 1, n]) {
      if (k < 1 || k > n) continue;
      assert.ok(kthLargest(v, k) === sorted[n - k], `n ${n} k ${k}`);
    }
  }
});

test('kthLargest on an organ pipe of values (rising, then falling) stays in a bounded number of partition rounds and gives the sorted copy’s element', () => {
  // Median-of-three picks a low pivot on every round of such an order: ~430 rounds on 16,000
  // values without the heap fallback (quadratic), at most 2·log2(n) + 4 with it.
  for (const n of [1000, 4000, 16000]) {
    const v = Float32Array.from({ length: n }, (_, i) => (i < n / 2 ? i : n - i - 0.5));
    const sorted = Float64Array.from(v).sort();
    for (const k of [n >> 1, (n >> 1) + 7, Math.floor(n / 3)]) {
      const before = kthStats.rounds;
      assert.equal(kthLargest(v, k), sorted[n - k], `n ${n} k ${k}`);
      const rounds = kthStats.rounds - before;
      assert.ok(rounds <= 2 * Math.ceil(Math.log2(n + 1)) + 4, `n ${n} k ${k}: ${rounds} rounds`);
    }
  }
});
