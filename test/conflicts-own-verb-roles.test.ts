/**
 * Two figures of one unit in one sentence told apart by their own verbs (claims.ts sameRole,
 * ClaimItem.role.event): "killed 9 people and injured at least 30" gives a toll and a count of the
 * injured, and the toll is compared with another report's toll although the words after each
 * figure say nothing ("people" only). Before, since a noun elided after a coordinated verb is read
 * ("… and injured at least 30" counts people too), such a sentence's toll stayed out of every
 * comparison, and the bundled example's toll card (12 / 21) fell from confident to possible.
 * Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-04-06', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const numeric = (kind: string): boolean => kind === 'number' || kind === 'quantity';

test('a toll beside a count of the injured in one sentence is compared with another report of the toll', () => {
  const { dossier } = buildDossier([
    article('a1', 'Vellmar Post', 'A blaze at the Tarnby grain depot late on Sunday killed 9 people and injured at least 30, the regional fire service said on Monday.'),
    article('a2', 'Kestrel News', 'At least 19 people were killed when a blaze tore through the Tarnby grain depot late on Sunday, the regional fire service said on Monday.'),
  ]);
  const c = dossier.conflicts.find((x) => numeric(x.kind) && x.claims.some((cl) => cl.value === '9'));
  assert.ok(c, 'the toll 9 / at least 19 is compared');
  assert.deepEqual(c.claims.map((cl) => cl.value).sort(), ['9', 'At least 19']);
  // The count of the injured is no side of the toll's card.
  assert.ok(!c.claims.some((cl) => cl.value.includes('30')));
});

test('two tolls of one sentence stay uncompared: their verbs cannot tell them apart', () => {
  const { dossier } = buildDossier([
    article('a1', 'Vellmar Post', 'The storm killed 9 people in Tarnby and killed 4 in Orrin late on Sunday, the regional emergency service said on Monday.'),
    article('a2', 'Kestrel News', 'The storm killed 19 people late on Sunday, the regional emergency service said on Monday.'),
  ]);
  assert.ok(!dossier.conflicts.some((x) => numeric(x.kind) && x.claims.some((cl) => cl.value === '4')), 'the 4 is never set against the 19');
});
