/**
 * Screening after alignment (src/compare/facts/screen.ts eventGroupsWarning): articles that share no
 * fact across two or more groups are named in a warning; nothing is dropped, and a lone article
 * sharing no fact (an opinion piece, a report in other words) is not flagged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventGroupsWarning } from '../src/compare/facts/screen.js';
import type { Article } from '../src/core/schema.js';

const art = (id: string, outlet: string): Article =>
  ({ id, text: '', outlet, language: null, published: null, file: null, url: null, title: null, authors: [], agencies: [], removed: [] }) as unknown as Article;
const four = [art('a1', 'Herald'), art('a2', 'Courier'), art('a3', 'Monitor'), art('a4', 'Kestrel')];

test('two groups of articles sharing no fact: a warning naming both groups', () => {
  const w = eventGroupsWarning(four, [['a1', 'a2'], ['a1', 'a2'], ['a3', 'a4'], ['a4', 'a3']]);
  assert.ok(w);
  assert.match(w, /2 groups/);
  assert.match(w, /\[a1 \(Herald\), a2 \(Courier\)\]; \[a3 \(Monitor\), a4 \(Kestrel\)\]/);
});

test('one group, or one group and a lone article: no warning', () => {
  assert.equal(eventGroupsWarning(four, [['a1', 'a2', 'a3', 'a4'], ['a1', 'a2', 'a3', 'a4']]), null);
  assert.equal(eventGroupsWarning(four, [['a1', 'a2', 'a3'], ['a1', 'a2', 'a3']]), null, 'a4 alone may report the event in other words');
  assert.equal(eventGroupsWarning(four.slice(0, 3), [['a1', 'a2'], ['a1', 'a2']]), null, 'three articles cannot make two groups');
});

test('one shared fact is not enough to join two groups: it may be background both events share', () => {
  const twice = (x: string, y: string): string[][] => [[x, y], [x, y]];
  const one = [...twice('a1', 'a2'), ...twice('a3', 'a4'), ['a2', 'a3']];
  assert.ok(eventGroupsWarning(four, one), 'a single shared fact across the groups');
  assert.equal(eventGroupsWarning(four, [...one, ['a2', 'a3']]), null, 'two shared facts join them');
});

test('articles published over more than four months: a warning that they may report several events; weeks apart: none', async () => {
  const { screen } = await import('../src/compare/facts/screen.js');
  const text = 'Flood water broke through the river wall at Tamsel on Tuesday night and flooded the lower town before dawn, officials said.';
  const dated = (id: string, published: string): Article => ({ ...art(id, 'Herald'), text, published }) as unknown as Article;
  const far = screen([dated('a1', '2024-03-01'), dated('a2', '2024-03-20'), dated('a3', '2025-01-10T08:00:00Z')]);
  assert.ok(far.warnings.some((w) => /published over 315 days \(2024-03-01 to 2025-01-10\)/.test(w)), far.warnings.join(' | '));
  assert.deepEqual(far.keep, ['a1', 'a2', 'a3'], 'nothing is left out');
  const near = screen([dated('a1', '2024-03-01'), dated('a2', '2024-04-20'), dated('a3', '2024-05-25')]);
  assert.ok(!near.warnings.some((w) => /published over/.test(w)), 'an event and its follow-ups over 85 days');
});
