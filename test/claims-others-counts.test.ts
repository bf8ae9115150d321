/**
 * "others" after a casualty verb's figure counts more of the people the sentence's first figure
 * counts (src/compare/claims/claims.ts OTHERS): "killing three people and injuring 24 others" gives
 * 24 people injured, which another report's "wounding 21 people" contradicts (issue #10, session
 * 24: "21 people were wounded" / "injuring 24", a real miss of an unseen reading). Only after
 * "people" or "persons": "three soldiers and 24 others" may count civilians. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-03', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const story = (a: string, b: string) => buildDossier([article('a1', 'Vellmar Post', a), article('a2', 'Kestrel News', b)]).dossier;
const figures = (d: ReturnType<typeof story>): string[][] => d.conflicts.filter((c) => c.kind === 'number' || c.kind === 'quantity').map((c) => c.claims.map((cl) => cl.value).sort());

test('"injuring 24 others" after "three people" is set against "wounding 21 people"', () => {
  const d = story(
    'A suicide bomber attacked a bus stop in Velmar on Monday, killing three people and wounding 21 people, police said.',
    'A suicide bomber attacked a bus stop in Velmar on Monday, killing three people and injuring 24 others, police said.',
  );
  assert.deepEqual(figures(d), [['21', '24']], JSON.stringify(figures(d)));
});

test('"others" after a count of soldiers is not read as soldiers (they may be civilians)', () => {
  const d = story(
    'A suicide bomber attacked a bus stop in Velmar on Monday, killing three soldiers and injuring 21 soldiers, police said.',
    'A suicide bomber attacked a bus stop in Velmar on Monday, killing three soldiers and injuring 24 others, police said.',
  );
  assert.deepEqual(figures(d), [], JSON.stringify(figures(d)));
});
