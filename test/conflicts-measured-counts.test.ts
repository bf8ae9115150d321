/**
 * Two counts of one noun that one word governs, in reworded sentences whose contexts stay below
 * the conflict bar (issue #10, session 18: "what is measured, of which act"): "40 ships were
 * detained at Port Ardel" / "60 ships were detained at Port Ardel" told with other words around
 * them are one claim, shown as a possible card. The dropped lift by the verb alone raised false
 * cards; the gates that set this one apart are tested too. Invented text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string, published = '2026-02-10'): Article {
  return { id, outlet, published, title: null, url: null, file: null, authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] } as unknown as Article;
}
const cards = (a: string, b: string, bPublished = '2026-02-10') =>
  buildDossier([art('a1', 'Daily Ardel', a), art('a2', 'Harbour Post', b, bPublished)]).dossier.conflicts.map((c) => `${c.confidence}:${c.claims.map((x) => x.value).sort().join('/')}`);

test('two counts of one noun governed by one verb, in weakly alike sentences, are a possible card', () => {
  assert.deepEqual(cards('Inspectors found that 40 ships were detained at Port Ardel in 2025 for safety faults in their engines.', 'Some 60 ships were detained at Port Ardel last year, the maritime agency said in its yearly review.'), ['possible:40/Some 60']);
});

test('no card when the figures are two places\' counts, or the noun is not written after both figures', () => {
  assert.deepEqual(cards('Inspectors found that 40 ships were detained at Port Ardel in 2025 for safety faults in their engines.', 'Some 60 ships were detained at Port Selen last year, the maritime agency said in its yearly review.'), []);
  assert.deepEqual(cards('Inspectors found that 40 ships were detained at Port Ardel in 2025 for safety faults in their engines.', 'Some 60 were detained at Port Ardel last year, the maritime agency said of the ships in its yearly review.'), []);
});

test('no card for a unit of measure, nor for reports weeks apart', () => {
  // How far two climbers fell: a measure says how much, not of what.
  assert.deepEqual(cards('Rescuers said a 36-year-old climber fell about 150 metres down an ice gully on Mount Ardel.', 'On Friday a guide fell about 60 metres from a ridge on Mount Ardel, police said in a statement.'), []);
  // A count retold weeks later may count later acts.
  assert.deepEqual(cards('Inspectors found that 40 ships were detained at Port Ardel in 2025 for safety faults in their engines.', 'Some 60 ships were detained at Port Ardel last year, the maritime agency said in its yearly review.', '2026-03-01'), []);
});
