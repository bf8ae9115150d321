/**
 * Incremental checkpoints of the story clusterer (issue #14, docs/scale.md): the articles' part of
 * the state is only appended to, so a checkpoint stores only what was appended since the last one
 * plus the state that changes. Joined, the parts must give exactly the whole snapshot's bytes at
 * every checkpoint, and a clusterer restored from them must go on as the uninterrupted one; parts
 * that do not follow each other are refused, never joined into a wrong state.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer, joinCheckpoint, splitSnapshot, type CheckpointMark, type ClusterDoc } from '../src/cluster/clusterer.js';

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 4294967296;
  };
}

const SYL = ['ka', 'lo', 'mi', 'ren', 'sa', 'tor', 'vel', 'dun', 'pra', 'zi'];
const KINDS = [
  'flood river levee rain evacuation shelter water rescue boats residents',
  'strike union workers wages factory picket negotiation contract shifts plant',
  'election ballot candidate votes turnout precinct campaign count recount polls',
];

/** Invented reports of a few events each, with new names (so new feature keys) all along, and some verbatim copies. */
function stream(n: number, seed: number): ClusterDoc[] {
  const r = rng(seed);
  const pick = <T>(a: T[]): T => a[Math.floor(r() * a.length)];
  const name = (): string => {
    const w = pick(SYL) + pick(SYL) + pick(SYL);
    return w[0].toUpperCase() + w.slice(1);
  };
  const events = Array.from({ length: Math.ceil(n / 6) }, (_, e) => ({ kind: KINDS[e % KINDS.length], who: name(), where: name(), figure: 10 + Math.floor(r() * 900), day: 1 + (e % 27) }));
  const docs: ClusterDoc[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 5 && r() < 0.08) {
      const src = docs[Math.floor(r() * docs.length)];
      docs.push({ ...src, id: `d${i}` });
      continue;
    }
    const ev = events[Math.min(events.length - 1, Math.floor(i / 6) + (r() < 0.3 ? -1 : 0))] ?? events[0];
    const words = ev.kind.split(' ');
    const text = `${ev.who} said in ${ev.where} that ${ev.figure} people were hit by the ${words[0]}. ${Array.from({ length: 12 }, () => pick(words)).join(' ')}. ${name()} of ${ev.where} described the ${words[1]} and the ${words[2]} on ${ev.day} March.`;
    docs.push({ id: `d${i}`, title: `${ev.where} ${words[0]} ${ev.who}`, text, published: `2025-03-${String(ev.day).padStart(2, '0')}` });
  }
  return docs;
}

test('checkpoint parts joined give the whole snapshot byte for byte at every checkpoint, and a clusterer restored from them goes on as the uninterrupted one', () => {
  const docs = stream(240, 7);
  const c = new StoryClusterer({ settleEvery: 50 });
  const tails: Buffer[] = [];
  let stored: CheckpointMark | null = null;
  let checked = 0;
  let restored: StoryClusterer | null = null;
  let restoredAt = 0;
  for (let i = 0; i < docs.length; i++) {
    c.add(docs[i]);
    if ((i + 1) % 37 !== 0) continue;
    const whole = c.snapshot();
    const parts = c.checkpointParts(stored);
    assert.deepEqual(parts.from, stored ?? { docs: 0, keys: 0 });
    assert.ok(parts.to.docs === i + 1 && parts.to.keys > (stored?.keys ?? 0), 'the tail holds the articles and the new keys since the last checkpoint');
    // A whole snapshot split after the same mark gives the same parts.
    const split = splitSnapshot(whole, stored);
    assert.ok(split.base.equals(parts.base) && split.tail.equals(parts.tail));
    tails.push(parts.tail);
    stored = parts.to;
    const joined = joinCheckpoint(parts.base, tails);
    assert.ok(joined.equals(whole), `joined parts equal the snapshot after ${i + 1} articles`);
    checked++;
    if (checked === 3) {
      restored = StoryClusterer.restore(joined, { settleEvery: 50 });
      restoredAt = i + 1;
    }
  }
  assert.ok(checked >= 6 && restored);
  // The tails together are the appended state once, not once per checkpoint.
  const tailBytes = tails.reduce((n, t) => n + t.length, 0);
  assert.ok(tailBytes < c.snapshot().length, `tails ${tailBytes} bytes, a whole snapshot ${c.snapshot().length}`);
  // Restored mid-stream from the joined parts: the same answers and the same final state.
  const fresh = new StoryClusterer({ settleEvery: 50 });
  for (let i = 0; i < restoredAt; i++) fresh.add(docs[i]);
  for (let i = restoredAt; i < docs.length; i++) assert.deepEqual(restored!.add(docs[i]), fresh.add(docs[i]), `article ${i}`);
  assert.deepEqual(restored!.settle(), fresh.settle());
  assert.ok(restored!.snapshot().equals(fresh.snapshot()));
});

test('checkpoint parts that do not follow each other are refused, not joined into a wrong state', () => {
  const docs = stream(90, 3);
  const c = new StoryClusterer();
  for (let i = 0; i < 30; i++) c.add(docs[i]);
  const first = c.checkpointParts(null);
  for (let i = 30; i < 60; i++) c.add(docs[i]);
  const second = c.checkpointParts(first.to);
  for (let i = 60; i < 90; i++) c.add(docs[i]);
  const third = c.checkpointParts(second.to);
  assert.ok(joinCheckpoint(third.base, [first.tail, second.tail, third.tail]).equals(c.snapshot()));
  assert.throws(() => joinCheckpoint(third.base, [first.tail, third.tail]), /starts at article 60/);
  assert.throws(() => joinCheckpoint(third.base, [first.tail, second.tail]), /hold 60 articles/);
  assert.throws(() => joinCheckpoint(third.tail, [first.tail]), /not a Parallax story-clustering checkpoint base/);
  // A mark this state cannot extend (more articles than it holds) starts the parts over.
  const over = c.checkpointParts({ docs: 1000, keys: 5 });
  assert.deepEqual(over.from, { docs: 0, keys: 0 });
  assert.ok(joinCheckpoint(over.base, [over.tail]).equals(c.snapshot()));
});
