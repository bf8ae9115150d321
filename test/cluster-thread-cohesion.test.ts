/**
 * Thread cohesion (clusterer.ts `threads`, `threadCohesion`): a story of generic wording that
 * names two subjects (a report that both inquiries will report to parliament) links each subject's
 * thread; single link joined them into one thread, while links taken strongest first, each held
 * to the looser thread's mean link, keep the two subjects apart. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer } from '../src/cluster/clusterer.js';

const bridge = [
  'The Marlow river bridge collapsed into the Tessel during the evening rush, engineers from Harrow and Vance said, and divers searched the river.',
  'Engineers from Harrow and Vance told the inquiry into the Marlow river bridge collapse that corroded cables had snapped above the Tessel.',
  'The inquiry into the Marlow river bridge collapse blamed corroded cables and the firm Harrow and Vance, and divers who searched the Tessel were honoured.',
];
const dam = [
  'The Ostby dam burst after days of rain, flooding the Wenn valley, and the operator Norlake said its spillway gates had jammed.',
  'Norlake told the inquiry into the Ostby dam burst that the spillway gates jammed as floodwater filled the Wenn valley.',
  'The inquiry into the Ostby dam burst blamed Norlake for the jammed spillway gates, and farmers in the Wenn valley were paid for their flooded land.',
];
const both = 'Inquiries into the Marlow river bridge collapse and the Ostby dam burst will report to parliament, the minister said.';

function threadsWith(threadCohesion: number): string[][] {
  // Every link at the threshold kept (`threadLinks` 6), so that the generic story links both
  // subjects; each report a year apart, so that each is a story of its own.
  const c = new StoryClusterer({ threadMin: 0.15, threadLinks: 6, threadCohesion, duplicate: 1.01 });
  let year = 2001;
  bridge.forEach((text, i) => c.add({ id: `a${i}`, text, published: `${year++}-03-01` }));
  dam.forEach((text, i) => c.add({ id: `b${i}`, text, published: `${year++}-03-01` }));
  c.add({ id: 'h', text: both, published: `${year++}-03-01` });
  c.settle();
  return c.threads().map((t) => t.stories);
}

test('thread cohesion (default): a generic story does not chain two subjects into one thread', () => {
  const threads = threadsWith(0.8);
  const of = (id: string): number => threads.findIndex((t) => t.includes(id));
  assert.equal(of('a1'), of('a0'));
  assert.equal(of('a2'), of('a0'));
  assert.equal(of('b1'), of('b0'));
  assert.equal(of('b2'), of('b0'));
  assert.notEqual(of('a0'), of('b0'), 'the bridge and the dam are two threads');
  // Single link over the same links (no cohesion) chains them through the generic story.
  const single = threadsWith(0);
  assert.equal(single.length, 1);
  assert.equal(single[0].length, 7);
});
