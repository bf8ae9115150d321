/**
 * Conflicts a fact-checker can trust (issue #10), on invented articles run through the whole
 * pipeline: a rising toll between reports of different days is an update, not a conflict; a
 * figure that does not grow with the news (a prison sentence) differing between such reports is
 * a conflict; two reports disagreeing name no outlier, and the report never says they agree.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';
import { renderDossier } from '../src/render/dossier.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;

test('a toll rising between reports of different days is an update with its times, not a conflict', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-01', 'At least 12 people were killed when a storm hit the coastal town of Vellmar on Saturday, officials said. Rescue teams searched the harbour district overnight.'),
    article('a2', 'Kestrel News', '2026-03-03', 'At least 30 people were killed when a storm hit the coastal town of Vellmar on Saturday, officials said. Rescue teams searched the harbour district overnight.'),
  ]);
  assert.equal(d.conflicts.filter((c) => c.kind === 'number').length, 0);
  assert.equal(d.updates.length, 1);
  assert.deepEqual(d.updates[0].values.map((v) => [v.normalized, v.published]), [
    ['12', '2026-03-01'],
    ['30', '2026-03-03'],
  ]);
  assert.match(renderDossier(d, 'text'), /updated over time/i);
});

test('a figure that does not grow with the news is a conflict between two reports: no outlier, no "agree"', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-01', 'A court in Vellmar sentenced the former harbour director Marek Dolan to six years in prison on Friday for taking bribes. Dolan denied the charges.'),
    article('a2', 'Kestrel News', '2026-03-03', 'A court in Vellmar sentenced the former harbour director Marek Dolan to ten years in prison on Friday for taking bribes. Dolan denied the charges.'),
  ]);
  assert.equal(d.updates.length, 0);
  const c = d.conflicts.find((x) => x.kind === 'quantity' || x.kind === 'number');
  assert.ok(c, 'the sentence length is a conflict');
  assert.deepEqual(c.outliers, [], 'one report against one: nobody is the outlier');
  for (const format of ['text', 'markdown']) {
    const out = renderDossier(d, format);
    assert.match(out, /Vellmar Post\]? says|Vellmar Post\)\* says/);
    assert.doesNotMatch(out, /sources agree|outlets agree/i);
    assert.doesNotMatch(out, /likely outlier/);
  }
});
