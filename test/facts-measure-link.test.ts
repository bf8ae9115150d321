/**
 * One measured fact told in other words (invented articles, real annotator): sentences of two
 * outlets that each state, as a statement of measure, the amount the other gives ("stopped more
 * than 212,000 travellers" / "nearly 215,000 traveller encounters") are one fact although their
 * words and verbs differ (facts.ts MEASURE_LINK); an amount that only labels a thing ("their $4.2
 * trillion spending plan") links nothing, nor does another value for the same thing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { measuresAmount } from '../src/compare/facts/facts.js';
import type { Dossier } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';
import { assertSpansValid } from './helpers/dossier-fixtures.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, text, outlet, language: null, published: '2026-03-04', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

const textOf = (d: Dossier, s: { article: string; start: number; end: number }): string => d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end);
const factWith = (d: Dossier, needle: string) => d.facts.find((f) => f.sentences.some((s) => textOf(d, s).includes(needle)));

test('two outlets measuring one figure in their own words report one fact', () => {
  const { dossier: d } = buildDossier([
    art('a', 'Northern Ledger', 'Frontier guards in Velmora stopped more than 212,000 travellers trying to cross the northern frontier in March, marking a record for a single month. The ministry plans new crossing points along the river.'),
    art('b', 'Harbour Times', 'There were nearly 215,000 traveller encounters at the northern frontier in March, the Velmora interior ministry announced Friday. Critics called the new fences a waste of money.'),
    art('c', 'Valley Post', 'The weather along the northern frontier turned cold in March. Farmers in the river valley asked for help with the harvest.'),
  ]);
  assertSpansValid(d);
  const f = factWith(d, '212,000');
  assert.ok(f, 'the measured sentence is a fact');
  assert.deepEqual([...f.support].sort(), ['a', 'b'], 'both outlets back the measured fact');
  // Not an exclusive of either outlet.
  const excl = d.coverage.exclusives.flatMap((e) => e.facts);
  assert.ok(!excl.includes(f.id));
});

test('a sum that labels a plan, or another value for one count, links nothing', () => {
  assert.equal(measuresAmount('Lawmakers released their $4.2 trillion spending plan on Monday.'), false);
  assert.equal(measuresAmount('The spending resolution has a price tag of $4.2 trillion and includes tax increases.'), true);
  assert.equal(measuresAmount('Guards stopped 212,000 travellers in 2026.'), true);
  assert.equal(measuresAmount('The 2026 plan was released in March.'), false);
  assert.equal(measuresAmount('The 3,500-page report of the commission was released on Thursday.'), false);
  assert.equal(measuresAmount('Delegates from about 190 countries are meeting in Velmora.'), false);
  assert.equal(measuresAmount('Claims rose from 371,000 to 373,000 last week.'), true);
  assert.equal(measuresAmount('The party won only 47 of the 125 legislative seats.'), false);
  assert.equal(measuresAmount('The separatists were expected to win 77 of the assembly’s 125 seats.'), false);
  const { dossier: d } = buildDossier([
    art('a', 'Northern Ledger', 'Lawmakers in Velmora unveiled their $4.2 trillion blueprint on Monday, setting up a fight over taxes. The finance committee meets next week.'),
    art('b', 'Harbour Times', 'The resolution carries a price tag of $4.2 trillion, with a series of tax increases on shipping firms. Critics called it reckless.'),
    art('c', 'Valley Post', 'Frontier guards in Velmora stopped 212,000 travellers at the northern frontier in March. Officials counted 150,000 travellers at the northern frontier in April.'),
    art('d', 'River Courier', 'Guards counted 209,000 travellers at the northern frontier in March, the ministry said. The count in April was lower.'),
  ]);
  assertSpansValid(d);
  const plan = factWith(d, 'unveiled their');
  assert.ok(plan);
  assert.deepEqual(plan.support, ['a'], 'the price tag is not the release of the plan');
  const march = factWith(d, '212,000');
  assert.ok(march);
  assert.ok(!march.support.includes('d'), '209,000 is another value, not the same measure');
});

test('a value revised "to" a figure is exact: it does not meet a near forecast', () => {
  const { dossier: d } = buildDossier([
    art('a', 'Northern Ledger', 'Frontier crossings for the prior week in Velmora were revised slightly to 375,000 travellers. The ministry plans new crossing points along the river.'),
    art('b', 'Harbour Times', 'The new figure was above forecasters’ expectations of 359,000 travellers at the Velmora frontier. Critics called the new fences a waste of money.'),
    art('c', 'Valley Post', 'The weather along the northern frontier turned cold in March. Farmers in the river valley asked for help with the harvest.'),
  ]);
  const f = factWith(d, '375,000');
  assert.ok(f);
  assert.deepEqual(f.support, ['a']);
});

