/**
 * Predicate frames of a name (src/compare/conflicts/frames.ts) and the substitutions they align
 * (src/compare/conflicts/swaps.ts): two outlets that name different people for one act, in one part of it,
 * whatever the voice and the words around the names. Invented fixtures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frameOf } from '../src/compare/conflicts/frames.js';
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import { findSwaps } from '../src/compare/conflicts/swaps.js';
import type { Article } from '../src/core/schema.js';

test('the frame of a name: subject past an appositive, passive subject, "by" agent, direct object, cleft, light verb', () => {
  assert.deepEqual(frameOf('', ', a veteran harbour pilot from Port Ardel, Dal., steered the tanker out'), { role: 'agent', verb: 'steer' });
  assert.deepEqual(frameOf('', ', 41, of Halvar, was pulled over near the docks'), { role: 'patient', verb: 'pull' });
  assert.deepEqual(frameOf('the tanker steered out by harbour pilot ', ' on Monday'), { role: 'agent', verb: 'steer' });
  assert.deepEqual(frameOf('Officers pulled ', ' over near the docks'), { role: 'patient', verb: 'pull' });
  assert.deepEqual(frameOf('At dawn, it was ', ' who steered the tanker out'), { role: 'agent', verb: 'steer' });
  assert.deepEqual(frameOf('', ' faces serious charges, including arson'), { role: 'patient', verb: 'charge' });
  // Saying is no act, a possessive is a modifier, a noun after a name is no verb.
  assert.equal(frameOf('', ' said the tanker left early'), null);
  assert.equal(frameOf('', "'s lawyer was arrested"), null);
  assert.equal(frameOf('the ', ' administration steered'), null);
  assert.equal(frameOf('', ' administration officials met'), null);
});

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-03-04T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
function swapsOf(arts: Article[]) {
  const ann = arts.map((a) => annotate(a));
  const meta = new Map(ann.map((a) => [a.id, { id: a.id, outlet: a.outlet, published: a.published }]));
  return findSwaps(ann, buildEntities(ann), 0, meta);
}

// Only the act aligns these: the words right around the names differ in every pair.
const reddick = [
  art('a1', 'Daily Ardel', 'Tomas Reddick, 41, of Halvar, was pulled over a few blocks from the burning warehouse.'),
  art('a2', 'Harbour Post', 'Tomas Reddick was pulled over a few blocks from the warehouse after the fire.'),
];

test('one act, one part of it, another person in one article (active against passive): a possible name conflict', () => {
  const found = swapsOf([...reddick, art('a3', 'Coast News', 'Officers pulled Ivo Santerre over a few blocks from the warehouse and broke the van window.')]);
  assert.equal(found.length, 1);
  assert.equal(found[0].kind, 'name');
  assert.equal(found[0].confidence, 'possible');
  assert.deepEqual(found[0].claims.map((c) => [c.value, c.articles]), [['Tomas Reddick', ['a1', 'a2']], ['Ivo Santerre', ['a3']]]);
  assert.deepEqual(found[0].outliers, ['a3']);
  assert.match(found[0].why, /the act “pull”/);
});

test("two people doing one act are not a conflict when the lone name's article names both, or when their parts in it differ", () => {
  // The article with the lone name names the other person too: two people, each may have done it.
  assert.deepEqual(swapsOf([...reddick, art('a3', 'Coast News', 'Officers pulled Ivo Santerre over a few blocks from the warehouse. Ivo Santerre and Tomas Reddick were questioned later.')]), []);
  // The same verb, another part: one was pulled over, the other pulled something.
  assert.deepEqual(swapsOf([...reddick, art('a3', 'Coast News', 'Ivo Santerre pulled a stray dog out of the flooded canal a few blocks from the warehouse while neighbours filmed the rescue on their phones and cheered loudly as firefighters arrived with ladders.')]), []);
});

test('a cleft subject the annotator could not type ("it was X who brokered …") meets the person the story gives that act', () => {
  const found = swapsOf([
    art('a1', 'Daily Ardel', 'Mayor Lena Varga brokered an agreement between the ferry company and its largest union. Varga spoke on Monday.'),
    art('a2', 'Harbour Post', 'Lena Varga brokered an agreement that put the ferries back on the water within a week.'),
    art('a3', 'Coast News', 'When a strike stopped the ferries in May, it was Kastrel who brokered an agreement that got the ferries running again.'),
  ]);
  assert.equal(found.length, 1);
  assert.equal(found[0].confidence, 'possible');
  assert.deepEqual(found[0].claims.map((c) => c.value).sort(), ['Kastrel', 'Lena Varga']);
  assert.match(found[0].why, /the act “broker”/);
});
