/**
 * A figure told of a moment measured back from another ("A year earlier the quarterly profit was
 * $240 million", "up from 112 a day earlier") is a comparison's baseline, not the figure of now
 * (issue #10, session 24; periods.ts periodOf `before`, earlierAgainstNow). Invented text; the
 * first test fails without the gate (a sure card $240 million / $310 million), the others keep
 * what must still be raised.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-02-05', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const OUTLETS = ['Kestrel News', 'Orrin Daily', 'Harlow Tribune'];
const cards = (...texts: string[]): Array<{ values: string[]; confidence: string }> =>
  buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], t))).dossier.conflicts.map((c: Conflict) => ({ values: c.claims.map((cl) => cl.value).sort(), confidence: c.confidence }));

const KESTREL = "Orvane Systems said on Thursday that its fourth-quarter profit rose to $310 million on revenue of $2.1 billion, beating analysts' forecasts.\n\nFor the full year, the company earned $1.05 billion on revenue of $8.4 billion, up 12 percent from 2024.\n\nChief executive Maren Holt said Orvane would cut 800 jobs in Europe.";
const ORRIN = 'Orvane Systems reported revenue of $2.1 billion for the quarter ended December 31, up 9 percent from a year earlier, and a profit of $310 million.\n\nAnnual revenue reached $8.4 billion.\n\nThe company will cut 800 jobs in Europe, Maren Holt, the chief executive, told analysts on a call.';
const HARLOW = (baseline: string): string => `Orvane Systems earned $1.05 billion last year, the software maker said on Thursday, as revenue grew 12 percent to $8.4 billion.\n\nIn the last three months of the year, profit was $310 million and revenue $2.1 billion. ${baseline}\n\nThe company plans to cut 800 jobs in Europe, chief executive Maren Holt said.`;

test("a baseline a year earlier against now's figure its own report gives too: no card", () => {
  assert.deepEqual(cards(KESTREL, ORRIN, HARLOW('A year earlier the quarterly profit was $240 million.')), []);
  assert.deepEqual(cards(KESTREL, ORRIN, HARLOW('The quarterly profit was $240 million a year ago.')), []);
});

test('two baselines of one moment, however written, still disagree; a baseline against a bare figure is possible', () => {
  const one = 'A year earlier the quarterly profit of Orvane Systems was $240 million, the company said.';
  const two = 'The quarterly profit of Orvane Systems was $255 million a year ago, the company said.';
  assert.deepEqual(cards(one, two, two.replace('the company said', 'a spokesman said')), [{ values: ['$240 million', '$255 million'], confidence: 'high' }]);
  const bare = 'The quarterly profit of Orvane Systems was $255 million, the company said.';
  assert.deepEqual(cards(one, bare, bare.replace('the company said', 'a spokesman said')), [{ values: ['$240 million', '$255 million'], confidence: 'possible' }]);
});
