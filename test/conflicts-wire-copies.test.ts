/**
 * Two outlets running one agency's wire copy are one report when the outlier is counted (issue #10:
 * "wire copies count once"; session 22, conflicts/wire-copies.ts): "KARVIK (AP) —" in two
 * differently edited sites against a third outlet's own report is one against one, no outlier.
 * Invented text; fails without the mechanism, and the last assertion keeps two independent
 * outlets naming the outlier.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string | null, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const OUTLETS = ['Kestrel News', 'Vellmar Post', 'Selen Monitor'];
const cards = (...texts: string[]): Conflict[] => buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], '2026-03-04', t))).dossier.conflicts;

test("one agency's copy run by two outlets is one vote against a third outlet", () => {
  const own = 'The fire destroyed 12 homes in Karvik on Monday, officials said.';
  const wire = cards(own, 'KARVIK (AP) — The fire destroyed 21 homes in Karvik on Monday, officials said.', 'KARVIK (AP) — A fast-moving fire destroyed 21 homes in the port town of Karvik on Monday, fire officials said.');
  assert.equal(wire.length, 1);
  assert.deepEqual(wire[0].outliers, []);
  const independent = cards(own, 'The fire destroyed 21 homes in Karvik on Monday, officials said.', 'A fast-moving fire destroyed 21 homes in the port town of Karvik on Monday, fire officials said.');
  assert.equal(independent.length, 1);
  assert.deepEqual(independent[0].outliers, ['a1']);
});
