/**
 * A count that adds to another ("another 7 people were killed") or counts a degree of what is
 * counted ("seriously injured 25 people") is a part, not a version, of a whole count ("killed
 * 12", "injured 40"): no card (conflicts.ts addedCount, degreeOf). Both were sure cards on
 * invented text (session 18 review). Counts of the same kind still disagree. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const art = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-04', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const cards = (texts: string[]): string[][] =>
  buildDossier(texts.map((t, i) => art(`a${i + 1}`, ['Vellmar Post', 'Kestrel News', 'Selen Monitor'][i], t))).dossier.conflicts.filter((c) => c.kind === 'number').map((c) => c.claims.map((x) => x.value).sort());

test('"another 7 killed" adds to a toll: no card against "killed 12"', () => {
  assert.deepEqual(
    cards([
      'Air strikes on the port of Velt killed 12 people on Monday, the health ministry said.',
      'Air strikes on the port of Velt killed 12 people on Monday, the health ministry said in a statement.',
      'Air strikes on the port of Velt killed another 7 people on Monday, the health ministry said.',
    ]),
    [],
  );
});

test('"seriously injured 25" is part of "injured 40": no card; two counts of one degree still disagree', () => {
  assert.deepEqual(
    cards([
      'The blast at the Velt chemical plant injured 40 people on Monday, the fire service said.',
      'The blast at the Velt chemical plant injured 40 people on Monday, the fire service said in a statement.',
      'The blast at the Velt chemical plant seriously injured 25 people on Monday, the fire service said.',
    ]),
    [],
  );
  assert.deepEqual(
    cards([
      'The blast at the Velt chemical plant seriously injured 35 people on Monday, the fire service said.',
      'The blast at the Velt chemical plant seriously injured 35 people on Monday, the fire service said in a statement.',
      'The blast at the Velt chemical plant seriously injured 25 people on Monday, the fire service said.',
    ]),
    [['25', '35']],
  );
});
