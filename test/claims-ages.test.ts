/**
 * A person's age written as an apposition ("Marko Tellen, 45, was arrested") is an age, compared
 * with the ages other outlets give the person ("Marko Tellen, 54,"), and never a figure of
 * anything when the name before it is no person's (issue #10: ages, a slot not read). Invented
 * articles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-03', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const numeric = (kind: string): boolean => kind === 'number' || kind === 'quantity';

test('an age in apposition disagrees with the age two other outlets give', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Harbour Gazette', 'Police said Marko Tellen, 45, was arrested at the harbour in Dorsk on Monday after the jewellery robbery.'),
    article('a2', 'Dorsk Courier', 'Marko Tellen, 54, was arrested by police at the harbour in Dorsk on Monday after the jewellery robbery, officials said.'),
    article('a3', 'Valley Times', 'Marko Tellen, 45, of Velm was arrested by police at the Dorsk harbour on Monday after the jewellery robbery.'),
  ]);
  const c = d.conflicts.find((x) => numeric(x.kind));
  assert.ok(c, `45 against 54 for one man's age is a conflict: ${JSON.stringify(d.conflicts.map((x) => x.claims.map((cl) => cl.value)))}`);
  assert.deepEqual(c.claims.map((cl) => cl.value).sort(), ['45', '54']);
  assert.deepEqual(c.outliers, ['a2']);
});

test('an age in apposition is not compared with an unnamed person\'s age', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Harbour Gazette', 'A 61-year-old woman was killed in a hit-and-run crash on the Dorsk harbour road on Monday, police said.'),
    article('a2', 'Dorsk Courier', 'A 61-year-old woman died after a hit-and-run crash on the Dorsk harbour road on Monday.'),
    article('a3', 'Valley Times', 'Lena Marsk, 24, was also killed in the hit-and-run crash on the Dorsk harbour road on Monday, police said.'),
  ]);
  assert.equal(d.conflicts.filter((x) => numeric(x.kind)).length, 0, JSON.stringify(d.conflicts.map((x) => x.claims.map((cl) => cl.value))));
});

test('a figure set off by commas after a place is no age', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Harbour Gazette', 'Boats leaving Dorsk, 45, and Velm, 12, were searched by police after the jewellery robbery at the harbour.'),
    article('a2', 'Dorsk Courier', 'Boats leaving Dorsk, 54, and Velm, 12, were searched by police after the jewellery robbery at the harbour.'),
  ]);
  assert.equal(d.conflicts.filter((x) => numeric(x.kind)).length, 0, JSON.stringify(d.conflicts.map((x) => x.claims.map((cl) => cl.value))));
});
