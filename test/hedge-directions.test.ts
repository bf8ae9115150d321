/**
 * Hedges read with their direction (issue #10, session 29): "almost/nearly X" bounds a value from
 * above and says it is near X (within one step of X's last written digit), "more than/over/at
 * least X" from below, "about/roughly X" both ways; a hedge before a currency word ("almost $139
 * million") is read past it. Two values whose ranges meet are compatible, in the fact stage
 * (facts.ts clashOf, figures.ts sameValue) and in the conflicts (claims.ts construction); a real
 * clash stays one. Invented text throughout.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { construction } from '../src/compare/claims/claims.js';
import { figuresOf, hedgesMeet, sameValue } from '../src/compare/facts/figures.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article =>
  ({ id, file: null, outlet, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], text, removed: [] }) as unknown as Article;

const film = (figure: string, rest: string): string => `The animated film Starfall Harbor earned ${figure} in North American theaters over its opening weekend, ${rest}`;

test('a hedge before a currency word is read, with its direction', () => {
  const [f] = figuresOf('The film earned almost $139 million over the weekend.');
  assert.equal(f.kind, 'upper');
  assert.equal(f.near, true);
  assert.equal(f.step, 1_000_000);
  assert.equal(figuresOf('Sales reached more than €40 million.')[0].kind, 'lower');
  assert.equal(figuresOf('Sales reached roughly $40 million.')[0].kind, 'approx');
});

test('ranges meet only on the hedge\u2019s side, and "almost" only near its figure', () => {
  const exact = (value: number, step = 1) => ({ value, kind: 'exact' as const, step });
  // "almost $139 million" / "$138 million": one value; "$128 million" (within a tenth) is not.
  assert.ok(hedgesMeet({ value: 139e6, kind: 'upper', near: true, step: 1e6 }, exact(138e6, 1e6)));
  assert.ok(!hedgesMeet({ value: 139e6, kind: 'upper', near: true, step: 1e6 }, exact(128e6, 1e6)));
  // "nearly 300" may stand for 280; never for 310.
  assert.ok(hedgesMeet({ value: 300, kind: 'upper', near: true, step: 100 }, exact(280, 10)));
  assert.ok(!hedgesMeet({ value: 300, kind: 'upper', near: true, step: 100 }, exact(310, 10)));
  // "more than 250" is no report of 248; "more than 40" may be 43.
  assert.ok(!hedgesMeet({ value: 250, kind: 'lower' }, exact(248)));
  assert.ok(hedgesMeet({ value: 40, kind: 'lower' }, exact(43)));
  // "more than 188,000" / "nearly 190,000".
  assert.ok(hedgesMeet({ value: 188_000, kind: 'lower', step: 1000 }, { value: 190_000, kind: 'upper', near: true, step: 10_000 }));
  // A lower bound is open above: it meets "nearly X" once it is not above X.
  assert.ok(hedgesMeet({ value: 212_000, kind: 'lower', step: 1000 }, { value: 215_000, kind: 'upper', near: true, step: 1000 }));
  // The one-claim gate reads figures the same way.
  const [almost] = figuresOf('It earned almost $139 million.');
  assert.ok(sameValue(almost, figuresOf('It earned $138 million.')[0]));
  assert.ok(!sameValue(almost, figuresOf('It earned $128 million.')[0]));
});

test('the conflicts read "almost X" as just below X', () => {
  const text = 'It earned almost $139 million on Sunday.';
  const start = text.indexOf('almost');
  const end = text.indexOf(' on Sunday');
  const r = construction(text, start, end, 139e6, 139e6, 'USD');
  assert.equal(r.high, 139e6);
  assert.equal(r.low, 138e6);
  // A figure written rounder reaches further, at most a fifth below.
  const t2 = 'Nearly 300 workers walked out.';
  assert.equal(construction(t2, 0, 10, 300, 300, 'workers').low, 240);
});

test('"almost $139 million" and "$138 million" are one shared fact', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', film('almost $139 million', 'according to studio estimates on Sunday. Critics praised the voice cast.')),
    article('a2', 'Marra News', film('$138 million', 'studio estimates showed on Sunday. It was the best opening of the year.')),
    article('a3', 'Selen Wire', 'Starfall Harbor earned $138 million in North American theaters during its opening weekend, according to studio estimates. The sequel is planned for 2028.'),
  ]);
  const fact = d.facts.find((f) => /Starfall Harbor earned/.test(f.text))!;
  assert.deepEqual([...fact.support].sort(), ['a1', 'a2', 'a3']);
  assert.equal(d.conflicts.length, 0);
});

test('"almost $139 million" against "$128 million" stays apart, a possible card', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', film('almost $139 million', 'according to studio estimates on Sunday. Critics praised the voice cast.')),
    article('a2', 'Marra News', film('$128 million', 'studio estimates showed on Sunday. It was the best opening of the year.')),
    article('a3', 'Selen Wire', 'Starfall Harbor earned $128 million in North American theaters during its opening weekend, according to studio estimates. The sequel is planned for 2028.'),
  ]);
  assert.ok(!d.facts.some((f) => /Starfall Harbor earned/.test(f.text) && f.support.includes('a1') && f.support.length > 1), 'no fact cites a1 for $128 million');
  const c = d.conflicts.find((x) => x.kind === 'quantity' || x.kind === 'number');
  assert.ok(c, 'the two figures are a card');
  assert.equal(c.confidence, 'possible');
});

test('a bound that does not meet the other figure is still a conflict', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', 'At least 21 people were killed when a bus plunged into a ravine near Ostrel on Friday, police said. The driver survived.'),
    article('a2', 'Marra News', 'In all, 12 people were killed when a bus plunged into a ravine near Ostrel on Friday, police said. The road was closed.'),
    article('a3', 'Selen Wire', 'Police said 12 people were killed when a bus plunged into a ravine near Ostrel on Friday. An inquiry was opened.'),
  ]);
  const c = d.conflicts.find((x) => x.kind === 'number');
  assert.ok(c, 'the toll is a card');
  assert.deepEqual(c.outliers, ['a1']);
});
