/**
 * The assigner's pair similarities from a re-clustering's own inverted index (issue #14,
 * docs/scale.md, session 24): `pairSims` used to read every feature of one side for each of the
 * m²/2 pairs of a re-clustered set; now it multiplies only the features two articles of the set
 * share, which is what the sums were made of. On an invented stream of reports that share their
 * event's names and kind words but are mostly words of their own, the products computed must be
 * a small part of what the scan read — and the stories, threads and snapshot the same as the
 * scan's (speed-placement.test.ts holds the digests computed before the change; here the two are
 * compared on a stream built for this).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { StoryClusterer, prepareDoc, type ClusterDoc } from '../src/cluster/index.js';

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 4294967296;
  };
}

const SYL = ['ba', 'ko', 'ler', 'mu', 'ni', 'pol', 'ras', 'ti', 'vo', 'zen', 'gu', 'hed', 'fa', 'jor'];
const KINDS = [
  'landslide hillside villagers mud slope rescuers buried excavators rain',
  'blackout grid outage substation transformer engineers power restored',
  'verdict jury trial defendant sentence appeal courtroom prosecutors',
];

/** Reports of six invented events: the event's names, place, figure and kind words, then many words of their own. */
function stream(n: number, seed: number): ClusterDoc[] {
  const r = rng(seed);
  const pick = <T>(a: T[]): T => a[Math.floor(r() * a.length)];
  const word = (): string => pick(SYL) + pick(SYL) + pick(SYL) + pick(SYL);
  const name = (): string => {
    const s = word();
    return s[0].toUpperCase() + s.slice(1);
  };
  const events = Array.from({ length: 6 }, (_, e) => ({ kind: KINDS[e % KINDS.length].split(' '), who: `${name()} ${name()}`, where: name(), fig: 20 + e * 37, day: Date.UTC(2024, e, 10) }));
  const docs: ClusterDoc[] = [];
  for (let i = 0; i < n; i++) {
    const ev = events[i % events.length];
    const own = Array.from({ length: 90 }, word);
    const kind = Array.from({ length: 12 }, () => pick(ev.kind));
    const text = [
      `${ev.who} said in ${ev.where} that ${ev.fig} people were affected by the ${kind[0]}.`,
      `${kind.slice(1, 6).join(' ')} ${own.slice(0, 30).join(' ')}.`,
      `${ev.where} officials ${kind.slice(6).join(' ')} ${own.slice(30, 60).join(' ')}.`,
      `${own.slice(60).join(' ')} ${ev.who}.`,
    ].join('\n');
    docs.push({ id: `p${i}`, text, published: new Date(ev.day + (i % 3) * 86_400_000).toISOString().slice(0, 10) });
  }
  return docs;
}

test('pair similarities of a re-clustering: products of shared features only, far fewer than a scan of every pair reads', () => {
  const c = new StoryClusterer();
  for (const d of stream(120, 7).map(prepareDoc)) c.addPrepared(d);
  c.settle();
  const { products, scanReads } = c.pairStats;
  assert.ok(scanReads > 20_000, `the stream re-clusters sets of several articles (a scan would read ${scanReads} features)`);
  // Each report's own words (90 of ~110 features) are in no other article: they give no product.
  assert.ok(products * 3 < scanReads, `products ${products} against ${scanReads} features a scan reads`);
  assert.ok(c.stories().length >= 6, 'the six events are told apart');
});

test('pair similarities from the set\'s postings: the same assignments, stories and snapshot as the scan of every pair', () => {
  // Two streams, one settled every 16 articles (more re-clusterings of the same sets), one every
  // 128; each restored mid-stream from a snapshot.
  const run = (settleEvery: number, seed: number): string => {
    const docs = stream(90, seed).map(prepareDoc);
    let c = new StoryClusterer({ settleEvery });
    const out: unknown[] = [];
    for (let i = 0; i < docs.length; i++) {
      if (i === 45) c = StoryClusterer.restore(c.snapshot(), { settleEvery });
      out.push(c.addPrepared(docs[i]));
    }
    out.push(c.settle(), c.stories());
    return createHash('sha256').update(JSON.stringify(out)).update(c.snapshot()).digest('hex').slice(0, 16);
  };
  assert.deepEqual([run(16, 11), run(128, 12)], GOLDEN);
});

// Computed with the scan of every pair (the code before this change, 163c81f). Recomputed at
// session 29's merge beyond the local bound, a change of what the clusterer keeps, not a speed
// change: the snapshot now also holds the stories changed since the last end of a batch
// (`batchDirty`); with that array left out of the snapshot both digests are the ones before
// ('cc5f2bee42016cc1', 'fa2ec67a06c6b675'): assignments and stories unchanged.
const GOLDEN = ['1bf3e0f152e3e8d7', 'e02e0976f861b071'];
