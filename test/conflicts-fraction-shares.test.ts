/**
 * A share written as a simple fraction ("a quarter of its dealerships", "half of the harbour")
 * is a percent, compared with the percent another outlet gives for the same share (issue #10:
 * "20 percent" / "a quarter of its dealerships", missed on an unseen DUC 2006 story); the word
 * stands for the shares nearer to it than to the next simple fraction, so "24 percent" agrees
 * with "a quarter". Measures ("a quarter of a mile"), halves of a period ("the first half of")
 * and mixed numbers ("two and a half") are no shares. Invented text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDossier } from '../src/compare/dossier.js';
import { annotate } from '../src/annotate/index.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-02-10', title: null, url: null, file: null, authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] } as unknown as Article;
}
const cards = (...texts: string[]): string[] =>
  buildDossier(texts.map((t, i) => art(`a${i + 1}`, `Outlet ${i + 1}`, t))).dossier.conflicts.map((c) => `${c.claims.map((x) => x.value).sort().join('/')}`);
const shares = (text: string): string[] => annotate(art('a1', 'Outlet', text)).quantities.filter((q) => q.kind === 'percent').map((q) => `${q.text}:${q.low}-${q.high}`);

test('a fraction of a group is read as the shares it stands for', () => {
  assert.deepEqual(shares('Velmar Motors closed a quarter of its dealerships.'), ['a quarter:22.5-29.17']);
  assert.deepEqual(shares('Half of the voters stayed home and more than two-thirds of the rest backed Ardel.'), ['Half:45-55', 'more than two-thirds:66.67-null']);
  assert.deepEqual(shares('One-third of the staff left, about a fifth of them nurses.'), ['One-third:29.17-36.67', 'about a fifth:17.5-22.5']);
});

test('a share with its whole written after it is the same share', () => {
  assert.deepEqual(cards('Velmar will close 20 percent of its dealerships in the next two years.', 'Velmar will close a quarter of its 6,000 dealerships in the next two years.'), ['20 percent/a quarter']);
  assert.deepEqual(cards('Velmar will close 20 percent of its 6,000 dealerships in the next two years.', 'Velmar will close 25 percent of its dealerships in the next two years.'), ['20 percent/25 percent']);
});

test('measures, halves of a period and mixed numbers are no shares', () => {
  assert.deepEqual(shares('The first half of the season was slow; the walk took a quarter of an hour.'), []);
  assert.deepEqual(shares('Talks lasted two and a half of the allotted days, and half an hour more.'), []);
});

test('"20 percent" and "a quarter" of one group disagree; "24 percent" and "a quarter" do not', () => {
  const a = 'Velmar Motors closed 20 percent of its dealerships across the country on Tuesday to cut costs.';
  const b = 'Velmar Motors closed a quarter of its dealerships across the country on Tuesday to cut costs, the company said.';
  assert.deepEqual(cards(a, b), ['20 percent/a quarter']);
  assert.deepEqual(cards(a.replace('20 percent', '24 percent'), b), []);
  assert.deepEqual(cards('Officials said 40 percent of the harbour was flooded by Monday night.', 'Officials said half of the harbour was flooded by Monday night after the storm.'), ['40 percent/half']);
});

// Review (session 19): a fraction of a group is a share; a percent with no "of" after it is most
// often a change or a rate ("bills rise 12 percent", "sales fell 40 percent"): no card between them
// (claims.ts sourcesDiffer, fractionShare).
test('a fraction of a group is not compared with a percent change', () => {
  assert.deepEqual(cards('Half of the households in Velmora saw their heating bills rise this winter, the regulator said on Monday.', 'Households in Velmora saw their heating bills rise 12 percent this winter, the regulator said on Monday.'), []);
  assert.deepEqual(cards('Nordcar closed a quarter of its dealerships in Velmora last year after sales fell sharply, the company said on Monday.', 'Nordcar closed dealerships in Velmora last year after sales fell 40 percent, the company said on Monday.'), []);
});
