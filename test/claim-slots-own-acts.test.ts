/**
 * Figures told of two acts by their own verbs never share a slot (claims/claim-slots.ts,
 * claims.ts ownActsDiffer): "killed 9 people and injured at least 30" / "at least 19 people were
 * killed". The 30 (the injured) and the 19 (the dead) hold together as bounds, so the slots joined
 * them first as an agreement, the 9 could not join a slot its article already had, and the toll
 * 9 / at least 19 was never compared. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-04-06', authors: [], agencies: [], text, removed: [] }) as unknown as Article;

test('a toll is compared with a bound on the toll, not slotted with the injured count its bound agrees with', () => {
  const { dossier } = buildDossier([
    article('a1', 'Vellmar Post', 'A blaze at the Tarnby grain depot late on Sunday killed 9 people and injured at least 30, the regional fire service said on Monday.'),
    article('a2', 'Kestrel News', 'The regional fire service said on Monday that at least 19 people were killed when a blaze tore through the Tarnby grain depot late on Sunday.'),
  ]);
  const cards = dossier.conflicts.filter((c) => c.kind === 'number').map((c) => c.claims.map((cl) => cl.normalized).sort());
  assert.deepEqual(cards, [['19+', '9']], JSON.stringify(cards));
});

test('the injured count and a bound on the toll stay two things: no card between them', () => {
  const { dossier } = buildDossier([
    article('a1', 'Vellmar Post', 'A blaze at the Tarnby grain depot late on Sunday killed 19 people and injured at least 30, the regional fire service said on Monday.'),
    article('a2', 'Kestrel News', 'The regional fire service said on Monday that at least 19 people were killed when a blaze tore through the Tarnby grain depot late on Sunday.'),
  ]);
  assert.deepEqual(dossier.conflicts.filter((c) => c.kind === 'number'), []);
});
