/**
 * A bound or an approximation opening a sentence is read (annotate/quantities.ts QUAL): "More
 * than 250 people died" is a lower bound, not an exact 250 (issue #10, session 24: read in lower
 * case only, the sentence-opening bound was dropped and the figure compared as exact; the
 * bundled example's "At least 21 people" now reads 21+, test/dossier-seeds.test.ts). Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import type { Article } from '../src/core/schema.js';


test('a bound opening a sentence is read as a bound', () => {
  const q = annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text: 'More than 250 people died in Dravia. At least 9 boats sank.', removed: [] } as unknown as Article).quantities;
  assert.deepEqual(q.map((x) => [x.text, x.low, x.high]), [['More than 250', 250, null], ['At least 9', 9, null]]);
});
