/**
 * The story assigner's cheaper placement (issue #14, docs/scale.md) changes no story: the k-th
 * largest found with a heap is the sorted copy's, and the re-clustering that keeps each row's
 * best pair merges exactly what a scan of all pairs merges — on an invented stream of related
 * events (two of each kind, shared topic words, names, dates days and months apart).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer, prepareDoc, type PreparedDoc } from '../src/cluster/index.js';
import { kthLargest, mergeScan } from '../src/cluster/clusterer.js';

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 4294967296;
  };
}

test('kthLargest is the sorted copy’s element at n − k (duplicates, zeros of both signs, every k)', () => {
  const r = rng(11);
  for (let trial = 0; trial < 300; trial++) {
    const n = 1 + Math.floor(r() * 60);
    const v = trial % 2 ? new Float64Array(n) : new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const u = r();
      // Few distinct values so that ties are common; some −0.
      v[i] = u < 0.1 ? -0 : u < 0.2 ? 0 : Math.round(r() * 8) / 4 - 1;
    }
    const sorted = Float64Array.from(v).sort();
    for (let k = 1; k <= n; k++) {
      const got = kthLargest(v, k);
      assert.ok(got === sorted[n - k], `n ${n} k ${k}: ${got} vs ${sorted[n - k]}`);
    }
  }
  assert.ok(Number.isNaN(kthLargest(Float64Array.of(1, NaN, 2), 1)), 'a NaN is placed as the sort places it');
});

/** Invented reports: events of a few kinds, two events per kind sharing the kind's words. */
function inventedStream(n: number, seed: number): PreparedDoc[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const kinds = [
    ['earthquake', 'magnitude', 'rubble', 'rescuers', 'aftershock', 'collapsed', 'toll'],
    ['arrested', 'police', 'charged', 'court', 'bail', 'suspicion', 'custody'],
    ['election', 'ballots', 'turnout', 'candidate', 'polls', 'recount', 'voters'],
    ['flood', 'river', 'evacuated', 'rainfall', 'levee', 'stranded', 'rescue'],
  ];
  const given = ['Ada', 'Teo', 'Gil', 'Ilse', 'Oren', 'Mara', 'Luca', 'Nell', 'Bram', 'Suri'];
  const family = ['Quill', 'Vance', 'Okafor', 'Marrow', 'Daskal', 'Fenwick', 'Ostrow', 'Pell', 'Arden', 'Voss'];
  const places = ['Valdora', 'Port Emrys', 'Marlow', 'Harwick', 'Selvania', 'Castavia', 'Brenmark', 'Tollis'];
  const filler = ['said', 'on', 'the', 'after', 'officials', 'late', 'early', 'week', 'city', 'people', 'reported', 'added', 'local', 'statement'];
  const events = kinds.flatMap((words, k) =>
    [0, 1].map((e) => ({
      words,
      names: [`${pick(given)} ${pick(family)}`, `${pick(given)} ${pick(family)}`],
      place: places[(2 * k + e) % places.length],
      day: Date.UTC(2024, 0, 1) + (k * 40 + e * (r() < 0.5 ? 6 : 120)) * 86_400_000,
    })),
  );
  const docs: PreparedDoc[] = [];
  for (let i = 0; i < n; i++) {
    const ev = pick(events);
    const sentences: string[] = [];
    for (let s = 0; s < 3 + Math.floor(r() * 4); s++) {
      const words = [pick(ev.names), pick(filler), pick(ev.words), pick(filler), pick(ev.words), 'in', ev.place, pick(filler), pick(ev.words)];
      if (r() < 0.3) words.push(pick(kinds[Math.floor(r() * kinds.length)]));
      sentences.push(`${words.join(' ')}.`);
    }
    const dated = r() < 0.8;
    const published = dated ? new Date(ev.day + Math.floor(r() * 3) * 86_400_000).toISOString().slice(0, 10) : undefined;
    docs.push(prepareDoc({ id: `inv${String(i).padStart(4, '0')}`, text: sentences.join(' '), published }));
  }
  return docs;
}

function run(docs: PreparedDoc[], params: Record<string, unknown>): string {
  const c = new StoryClusterer(params);
  const assignments = docs.map((d) => c.addPrepared(d));
  return JSON.stringify({ assignments, settled: c.settle(), stories: c.stories(), threads: c.threads() }) + c.snapshot().toString('base64');
}

test('re-clustering with each row’s best pair kept makes the same stories as scanning every pair', () => {
  for (const [seed, params] of [
    [1, {}],
    [2, { topicMin: 4, localCap: 40 }],
    [3, { timeLink: 'range', settleEvery: 16 }],
  ] as Array<[number, Record<string, unknown>]>) {
    const docs = inventedStream(260, seed);
    const fast = run(docs, params);
    mergeScan.full = true;
    try {
      const full = run(docs, params);
      assert.equal(fast, full, `seed ${seed}`);
    } finally {
      mergeScan.full = false;
    }
    // The stream must exercise re-clustering: several stories, some with many members.
    const stories = (JSON.parse(fast.slice(0, fast.lastIndexOf('}') + 1)) as { stories: Array<{ articles: string[] }> }).stories;
    assert.ok(stories.length >= 4 && stories.some((s) => s.articles.length >= 10), `seed ${seed}: ${stories.length} stories`);
  }
});
