/**
 * A quake's magnitude read as a measure of its own (claims/units.ts magnitudeAt; measure.ts
 * shockOf: the main quake or an aftershock), so that two outlets' magnitudes told in sentences
 * never aligned meet in the claim index (issue #10, session 22). The sentences are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';
import { magnitudeAt } from '../src/compare/claims/units.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-01', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const story = (texts: string[]) => buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Kestrel News', 'Orrin Daily'][i], t))).dossier;
const values = (d: ReturnType<typeof story>): string[][] => d.conflicts.map((c) => c.claims.map((cl) => cl.value).sort());
const quake = 'A magnitude 6.1 earthquake struck off the coast of Velmar, the national seismology institute said.';

test('magnitudes are read before and after the figure', () => {
  const at = (s: string, figure: string): boolean => magnitudeAt(s, s.indexOf(figure), s.indexOf(figure) + figure.length);
  assert.ok(at(quake, '6.1'));
  assert.ok(at('a 6.4-magnitude quake hit', '6.4'));
  assert.ok(at('measuring 6.4 on the Richter scale', '6.4'));
  assert.ok(!at('a 6.4 percent rise', '6.4'));
});

test('one quake\'s magnitudes told in reworded sentences are compared (possible)', () => {
  const d = story([quake, 'The quake, which seismologists measured at magnitude 6.8, shook buildings across Velmar and the islands.']);
  const c = d.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(c, JSON.stringify(values(d)));
  assert.deepEqual(c.claims.map((cl) => cl.value).sort(), ['6.1', '6.8']);
  assert.equal(c.confidence, 'possible');
});

test('a quake\'s and an aftershock\'s magnitudes are not compared', () => {
  const d = story([quake, 'The aftershock, which seismologists measured at magnitude 5.2, shook buildings across Velmar and the islands.']);
  assert.deepEqual(values(d), []);
});

test('one magnitude written two ways is no conflict', () => {
  const d = story([quake, 'The quake, which measured 6.1 on the Richter scale, shook buildings across Velmar and the islands.']);
  assert.deepEqual(values(d), []);
});

test('a magnitude a comparison brings up ("since a magnitude 7.0 earthquake") is another shock\'s, no card', () => {
  const main = 'A magnitude 6.1 earthquake struck Velmar on Sunday, killing 12 people, officials said.';
  const d = story([main, 'The quake on Sunday was the strongest to hit Velmar since a magnitude 7.0 earthquake killed 300 people there.', main]);
  assert.deepEqual(d.conflicts.filter((x) => x.kind === 'quantity').map((c) => c.claims.map((cl) => cl.value).sort()), []);
  const than = story([quake, 'The quake, weaker than the magnitude 6.8 tremor that shook Velmar in 1994, cut power across the islands.']);
  assert.deepEqual(than.conflicts.filter((x) => x.kind === 'quantity').map((c) => c.claims.map((cl) => cl.value).sort()), []);
});
