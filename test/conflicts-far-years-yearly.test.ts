/**
 * A year one digit away in the same month from reports months apart is a possible card only when
 * the years are further apart than the reports: "September 2025" / "September 2026" from reports
 * nine months apart is a yearly event's next occurrence (an annual fair), not a typo of the later
 * report. Invented articles through the whole pipeline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const fair = (when: string) => `The annual harvest fair held in Ostrel in ${when} drew more than 40,000 visitors to the river town.`;

test('the next year of a yearly event, from a report a season later, is no card', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-01-10', `${fair('September 2025')} Organisers said the fair would return.`),
    article('a2', 'Marra News', '2026-10-20', fair('September 2026')),
    article('a3', 'Selen Wire', '2026-01-11', fair('September 2025')),
  ]);
  assert.equal(d.conflicts.filter((x) => x.kind === 'date').length, 0);
});

test('a decade apart in the same month, from reports a season apart, stays a possible card', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-01-10', `${fair('September 2025')} Organisers said the fair would return.`),
    article('a2', 'Marra News', '2026-10-20', fair('September 2015')),
    article('a3', 'Selen Wire', '2026-01-11', fair('September 2025')),
  ]);
  const c = d.conflicts.find((x) => x.kind === 'date');
  assert.ok(c);
  assert.equal(c.confidence, 'possible');
});
