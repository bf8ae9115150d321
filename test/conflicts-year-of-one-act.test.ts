/**
 * The year of one act given two ways (issue #10, session 18: "indicted in 1969" / "in 1970", a
 * real miss). A surname opening a sentence ("Okafor was indicted …") is often left out of the
 * mention layer, while the other report's "Okafor, 71, …" is a mention: read as a plain word, the
 * two date claims shared no participant and were never compared. A capitalised word that is the
 * last name of a person the story names is now that person's key. Invented text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-02-10', title: null, url: null, file: null, authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] } as unknown as Article;
}
const cards = (a: string, b: string) =>
  buildDossier([art('a1', 'Daily Ardel', a), art('a2', 'Harbour Post', b)]).dossier.conflicts.map((c) => c.claims.map((x) => x.value).sort().join('/'));

test('a surname opening one sentence and a mention in the other are one participant', () => {
  assert.deepEqual(cards('Okafor was indicted in 1969 and denied the charges.', 'Okafor, 71, was indicted in 1970 on bribery charges and denied them.'), ['1969/1970']);
  // One year told alike: nothing.
  assert.deepEqual(cards('Okafor was indicted in 1969 and denied the charges.', 'Okafor, 71, was indicted in 1969 on bribery charges and denied them.'), []);
});
