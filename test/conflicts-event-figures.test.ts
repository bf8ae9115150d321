/**
 * Two events' figures listed in another order (issue #10, session 15): "killed 3 people and
 * injured 30 others" / "injured 30 people and killed 3" give deaths and injuries each their own
 * figure; the deaths of one report are not the injuries of the other, even where the claims
 * reader kept only one figure of a sentence ("killed 3" ends without a noun). Invented text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-02-10', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const cards = (a: string, b: string) =>
  buildDossier([art('a1', 'Daily Ardel', `${a} The harbour was closed.`), art('a2', 'Harbour Post', `${b} Ships waited offshore.`)]).dossier.conflicts.map((c) => c.claims.map((x) => x.value).sort());

test('deaths and injuries listed in another order are two events, not one figure given two ways', () => {
  assert.deepEqual(cards('The blast in Velmora killed 3 people and injured 30 others on Tuesday.', 'The blast in Velmora on Tuesday injured 30 people and killed 3.'), []);
  assert.deepEqual(cards('The blast in Velmora killed 3 people and injured 30 others on Tuesday.', 'The blast in Velmora on Tuesday injured at least 30 people and killed three.'), []);
  // One event given two figures is still a card.
  assert.deepEqual(cards('The blast in Velmora killed 3 people and injured 30 others on Tuesday.', 'The blast in Velmora killed 5 people and injured 30 others on Tuesday.'), [['3', '5']]);
});
