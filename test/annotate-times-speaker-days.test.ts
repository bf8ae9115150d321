/**
 * "yesterday" of words spoken on another day than the report's (session 24's unseen reading: a
 * deposition transcript's "yesterday" dated from the feed date), on invented text (issue #11,
 * session 25; src/annotate/times/index.ts): in a transcript's question or answer, and in a
 * quotation whose frame dates the speaking weeks back, the deictic gets no date rather than the
 * report's day; a written day in apposition still dates it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

// 2026-03-12 is a Thursday.
function read(text: string): AnnotatedArticle {
  return annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published: '2026-03-12', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const values = (a: AnnotatedArticle) => a.times.map((x) => `${x.text}=${x.value}`);

test("a transcript's deictic day gets no date", () => {
  assert.deepEqual(values(read('Excerpts from the deposition follow.\n\nQ. Where were you yesterday?\n\nA. I was at home yesterday, with my wife.')), ['yesterday=null', 'yesterday=null']);
  // A written day in apposition dates it.
  assert.deepEqual(values(read('Q. What happened?\n\nA. Kovac left yesterday (March 10) for Tessin.')), ['yesterday=2026-03-10', 'March 10=2026-03-10']);
  // A paragraph opening with an initial and a name is no transcript.
  assert.deepEqual(values(read('A. Kovac said yesterday that the talks had failed.')), ['yesterday=2026-03-11']);
});

test('a quotation dated weeks back: its deictic day gets no date', () => {
  assert.deepEqual(values(read('"I spoke to him yesterday," Kovac told the court on Feb. 3.')), ['yesterday=null', 'Feb. 3=2026-02-03']);
  assert.deepEqual(values(read('Kovac told the court on Feb. 3: "I spoke to him yesterday."')), ['Feb. 3=2026-02-03', 'yesterday=null']);
  // Within days: counted from the day of speaking, as before.
  assert.deepEqual(values(read('"I spoke to him yesterday," Kovac told the court on March 9.')), ['yesterday=2026-03-08', 'March 9=2026-03-09']);
  // No day of speaking given: the report's day.
  assert.deepEqual(values(read('"I spoke to him yesterday," Kovac said.')), ['yesterday=2026-03-11']);
});
