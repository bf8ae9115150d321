/**
 * Two dates told in other words (issue #10, recall of dates): sentences that give one figure alike
 * (a count in digits) and name one participant date one event, even when their other words
 * differ too much for the claims' context bar ("captured 23 armed raiders in the Strait of Vell
 * on Monday" / "took 23 pirates into custody near the Strait of Vell on Saturday"). The pair is
 * then compared as any other (a possible card at most: not aligned as one fact); dates of two
 * different acts sharing the figure and the place stay apart (timeline.ts differentActs).
 * Invented articles, run through the whole pipeline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, text: string): Article => ({ id, file: null, outlet: null, url: null, title: null, published: null, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const CAPTURE = 'In another blow to piracy in the region, a Korian frigate captured 23 armed raiders in the Strait of Vell on Monday after they fired rockets at a grain carrier.';

test('two dates whose sentences give one count and one place alike are compared', () => {
  const { dossier: d } = buildDossier([article('a1', CAPTURE), article('a2', 'Sailors took 23 pirates into custody near the Strait of Vell on Saturday, the defence ministry said.')]);
  const c = d.conflicts.find((x) => x.kind === 'date');
  assert.ok(c, 'Monday against Saturday for one capture');
  assert.deepEqual(c.claims.map((cl) => cl.value).sort(), ['Monday', 'Saturday']);
  assert.equal(c.confidence, 'possible', 'not aligned as one fact: possible at most');
  assert.match(c.why, /both give the figure 23/);
});

test('the same count and place under another act date another event', () => {
  const { dossier: d } = buildDossier([article('a1', CAPTURE), article('a2', 'The 23 pirates were flown from the Strait of Vell to a court in Port Amsel on Saturday, the defence ministry said.')]);
  assert.equal(d.conflicts.filter((x) => x.kind === 'date').length, 0, 'a flight to court is not the capture');
});
