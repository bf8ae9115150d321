/**
 * Results reports compare like periods (issue #11, session 15): "a year earlier" right after a
 * quarter was named is that quarter a year back, as "a year ago" is — not the last day the text
 * named (the day of a share price) a year back. Invented text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string, published: string): AnnotatedArticle {
  return annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const timex = (a: AnnotatedArticle, t: string) => a.times.find((x) => x.text === t)?.timex;

test('"a year earlier" after a quarter and a day is the quarter a year back', () => {
  const a = read('Velmora Ferries reported third-quarter profit on Oct. 24. Leading the gains in the latest quarter was its cargo arm, where profit soared to $155 million from $99 million a year earlier.', '2026-10-26');
  assert.equal(timex(a, 'a year earlier'), '2025-Q3');
  // No quarter named: the last day a year back.
  const b = read('The Velmora ferry sank on Oct. 24. A year earlier, its sister ship had run aground.', '2026-10-26');
  assert.equal(timex(b, 'A year earlier'), '2025-10-24');
});
