/**
 * A figure in a short sentence whose subject is a pronoun ("It destroyed 40 homes.") had too few
 * words around it to be a claim and was never compared (issue #10); it now borrows the first
 * words of the sentence before, where its antecedent stands. Only such a thin claim, and only
 * after a personal pronoun: a figure with words of its own is read as before. Invented text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-02-10', title: null, url: null, file: null, authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] } as unknown as Article;
}
const cards = (...texts: string[]): string[] =>
  buildDossier(texts.map((t, i) => art(`a${i + 1}`, `Outlet ${i + 1}`, t))).dossier.conflicts.map((c) => `${c.claims.map((x) => x.value).sort().join('/')}`);

test('a figure after a pronoun subject is compared through the sentence before', () => {
  assert.deepEqual(cards('Crews fought the fire at the Ardel plant for two days. It destroyed 40 homes.', 'The fire at the Ardel plant destroyed 60 homes before crews put it out.'), ['40/60']);
});

test('no card when the sentence before tells of something else, or the figures agree', () => {
  assert.deepEqual(cards('Voters in Velm elected a new mayor on Sunday. It destroyed 40 homes.', 'The fire at the Ardel plant destroyed 60 homes before crews put it out.'), []);
  assert.deepEqual(cards('Crews fought the fire at the Ardel plant for two days. It destroyed 60 homes.', 'The fire at the Ardel plant destroyed 60 homes before crews put it out.'), []);
});
