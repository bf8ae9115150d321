/**
 * A stretch closed by the act a past verb of sequence ties it to (session 26, issue #10,
 * conflicts/closed-stretches.ts): "the incursion on Friday followed two days of airstrikes" no
 * longer grows with the day of its report, so another day's report giving five days contradicts
 * it; a stretch "after" which a report is written still grows (conflicts.ts ongoingStretch). The
 * sentences are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const story = (texts: Array<[string, string]>) => buildDossier(texts.map(([p, t], i) => article(`a${i + 1}`, ['Vellmar Post', 'Kestrel News', 'Orrin Daily'][i], p, t))).dossier;
const numeric = (kind: string): boolean => kind === 'number' || kind === 'quantity';

test('a stretch a past verb of sequence closes ("followed two days of airstrikes") is compared across reports of two days', () => {
  const d = story([
    ['2026-03-06', 'Dorvania\'s incursion into the Selen valley on Friday followed two days of airstrikes against suspected rebel camps, the daily Kurir said.'],
    ['2026-03-07', 'Dorvania\'s incursion into the Selen valley on Friday followed five days of airstrikes against suspected rebel camps, the daily Kurir said Saturday.'],
  ]);
  const c = d.conflicts.find((x) => numeric(x.kind));
  assert.ok(c, JSON.stringify(d.conflicts.map((x) => x.claims.map((cl) => cl.value))));
  assert.deepEqual(c.claims.map((cl) => cl.value).sort(), ['five days', 'two days']);
  assert.deepEqual(c.outliers, []);
});

test('a stretch "after" which a report is written still grows with the report\'s day', () => {
  const d = story([
    ['2026-03-06', 'Dorvania\'s troops entered the Selen valley after two days of airstrikes against suspected rebel camps, the daily Kurir said.'],
    ['2026-03-10', 'Dorvania\'s troops remained in the Selen valley after six days of airstrikes against suspected rebel camps, the daily Kurir said.'],
  ]);
  assert.equal(d.conflicts.filter((x) => numeric(x.kind)).length, 0);
});

test('a stretch an act "preceded" starts at the act and still grows with the report\'s day', () => {
  const d = story([
    ['2026-03-06', 'The walkout at the Selen port on Monday preceded two days of talks between the dockers union and the port authority, the daily Kurir said.'],
    ['2026-03-08', 'The walkout at the Selen port on Monday preceded four days of talks between the dockers union and the port authority, the daily Kurir said.'],
  ]);
  assert.equal(d.conflicts.filter((x) => numeric(x.kind)).length, 0);
});
