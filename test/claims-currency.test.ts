/**
 * A count of a currency whose unit the annotator read on into the noun phrase ("The 595,000
 * euro raised by …": unit "euro raised") is that money, compared with other amounts of it (issue
 * #10, values read in their construction). Invented articles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const numeric = (kind: string): boolean => kind === 'number' || kind === 'quantity';

test('a currency read with the noun after it is still that money', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-01', 'The 595,000 euro collected by the Dorsk radio appeal for the flooded Selen valley will pay for tents, water and medicine, the organisers told reporters.'),
    article('a2', 'Kestrel News', '2026-03-01', 'The Dorsk radio appeal for the flooded Selen valley collected 395,000 euros for tents, water and medicine, the organisers told reporters.'),
  ]);
  const c = d.conflicts.find((x) => numeric(x.kind));
  assert.ok(c, `595,000 euro against 395,000 euros is a conflict: ${JSON.stringify(d.conflicts.map((x) => x.claims.map((cl) => cl.value)))}`);
  assert.deepEqual(c.claims.map((cl) => cl.value).sort(), ['395,000 euros', '595,000'].sort());
});
