/**
 * A year one digit away in the same month ("November 2015" / "November 2005") from reports more
 * than 60 days apart is still a possible card (issue #10, injected dates: a typo-shaped year is
 * the one disagreement reports months apart still show); another month from such reports is two
 * occurrences and stays out. Invented articles through the whole pipeline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const photos = (when: string, rest: string) => `Photographs of abuse taken inside the Merrow prison in ${when} ${rest}`;

test('a typo-shaped year from reports months apart is a possible card', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-01-10', photos('November 2015', 'were shown to the court in Ostrel during the trial.')),
    article('a2', 'Marra News', '2026-06-20', photos('November 2005', 'had been released earlier this year.')),
    article('a3', 'Selen Wire', '2026-01-11', photos('November 2015', 'were shown to the court in Ostrel.')),
  ]);
  const c = d.conflicts.find((x) => x.kind === 'date');
  assert.ok(c, 'the one-digit year is a card');
  assert.equal(c.confidence, 'possible');
  assert.match(c.why, /differ by one digit/);
});

test('another month from reports months apart stays two occurrences', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-01-10', photos('November 2015', 'were shown to the court in Ostrel during the trial.')),
    article('a2', 'Marra News', '2026-06-20', photos('March 2016', 'had been released earlier this year.')),
    article('a3', 'Selen Wire', '2026-01-11', photos('November 2015', 'were shown to the court in Ostrel.')),
  ]);
  assert.equal(d.conflicts.filter((x) => x.kind === 'date').length, 0);
});
