/**
 * Copies of one report count once in coverage (issue #12, independent support): two articles
 * of one outlet that are the same text (the outlet ran its story twice) are one report, so what only they carry is that report's exclusive, not a fact "reported by some", and
 * consensus in a story of one outlet counts reports, not articles. Invented text, real annotator.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Dossier } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';
import { renderDossier } from '../src/render/dossier.js';
import { assertSpansValid } from './helpers/dossier-fixtures.js';

function art(id: string, text: string): Article {
  return { id, text, outlet: 'Dunmore Ledger', language: null, published: '2026-03-04', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

const textOf = (d: Dossier, s: { article: string; start: number; end: number }): string => d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end);

/** One report, run twice by its outlet in the tests below. */
const COPY =
  'The harbour council of Dunmore voted on Tuesday to close the old ferry terminal at the end of the summer season. ' +
  'Councillor Ilse Varn said the building had been losing money for eleven years and needed a new roof. ' +
  'The ferry company will move its ticket office to the fish market beside the northern pier in September. ' +
  'Fishermen on the northern pier complained that the new ticket office would block their delivery vans every morning.';

test('two copies of one report are one report: what only they carry is its exclusive', () => {
  const copy = COPY;
  const other =
    'Dunmore will close its old ferry terminal after the summer, the harbour council decided on Tuesday. ' +
    'Passengers from the islands will buy tickets at a kiosk from the autumn, a council spokesman said.';
  const { dossier: d } = buildDossier([art('a1', copy), art('a2', copy), art('a3', other)]);
  assertSpansValid(d);
  assert.deepEqual(d.coverage.copies, [['a1', 'a2']]);
  assert.equal(d.coverage.basis?.basis, 'articles');
  assert.equal(d.coverage.basis?.of, 2, 'two reports, not three articles');
  const fishermen = d.facts.find((f) => f.sentences.some((s) => textOf(d, s).startsWith('Fishermen')));
  assert.ok(fishermen);
  assert.deepEqual([...fishermen.support].sort(), ['a1', 'a2']);
  const excl = d.coverage.exclusives.find((e) => e.article === 'a1')!.facts;
  assert.ok(excl.includes(fishermen.id), 'the report’s own statement is its exclusive');
  assert.ok(!d.coverage.exclusives.find((e) => e.article === 'a2')!.facts.includes(fishermen.id), 'listed once, under the first copy');
  const some = renderDossier(d, 'text').split('\n').findIndex((l) => l.includes('Reported by some'));
  const listed = some >= 0 && renderDossier(d, 'text').split('\n').slice(some, some + 6).some((l) => l.includes('Fishermen'));
  assert.ok(!listed, 'not "reported by some"');
});

test('an exclusive’s nearest statements come from other reports, never from a copy of its own report', () => {
  // Session 18 reading: a verbatim sentence of two copies was shown with "nearest in a1: [the
  // same sentence] — says it only in part", its own copy offered as another outlet's version.
  const copy = COPY;
  const other =
    'Dunmore will close its old ferry terminal after the summer, the harbour council decided on Tuesday. ' +
    'Fishermen said the council had not asked them about the ticket office on the northern pier.';
  const { dossier: d } = buildDossier([art('a1', copy), art('a2', copy), art('a3', other)]);
  assert.deepEqual(d.coverage.copies, [['a1', 'a2']]);
  const ex = d.coverage.exclusives.find((e) => e.article === 'a1')!;
  assert.ok(ex.facts.length > 0, 'the copies’ report has exclusives');
  const near = ex.nearest ?? [];
  assert.ok(near.length > 0, 'with nearest statements of the other report');
  for (const n of near) assert.equal(n.sentence.article, 'a3', `nearest from ${n.sentence.article}: “${textOf(d, n.sentence)}”`);
});
