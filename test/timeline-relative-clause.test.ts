/**
 * A date in a relative clause dates that clause's event, not the sentence's main one: its
 * timeline entry shows the clause, even where the sentence has no other date (timeline.ts). Read
 * on unseen stories, where "X, which emerged … in late 2019, has killed 3.34 million" stood whole
 * under 2019. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2021-05-14', authors: [], agencies: [], text, removed: [] }) as unknown as Article;

test('a date in a relative clause shows its clause, not the main clause it sits in', () => {
  const { dossier } = buildDossier([
    article('a1', 'Vellmar Post', 'The Norland fever, which emerged in the river towns in late 2019, has now killed 3,000 people across the region, health officials said.'),
    article('a2', 'Kestrel News', 'Health officials said the Norland fever has killed about 3,000 people in the region.'),
  ]);
  const e = dossier.timeline.find((x) => x.date.startsWith('2019'));
  assert.ok(e, JSON.stringify(dossier.timeline.map((x) => [x.date, x.text])));
  assert.ok(e.text.includes('emerged') && !e.text.includes('killed'), e.text);
});
