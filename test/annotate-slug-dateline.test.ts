/**
 * Review of session 17's wire budget entries (annotate/prose.ts, kind `slug`), on invented text:
 * a story's own wire dateline of a hyphened place ("WINSTON-SALEM (AP) _") has the shape of a
 * budget slug, but an agency in the brackets makes it a dateline, and its lede stays prose; an
 * entry bracketing "Undated" or a place is still non-prose.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';

function sentences(text: string): string[] {
  const a = annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
  return a.sentences.map((s) => text.slice(s.start, s.end));
}

test("a hyphened place's wire dateline keeps its lede", () => {
  const s = sentences('OSTRA-VELMA (AP) _ A ferry company said Monday it would cut 90 jobs at its harbour yard.\n\nThe cuts will start in June, the company said.');
  assert.equal(s.length, 2);
  assert.match(s[0], /ferry company said Monday/);
});

test('a budget entry is still non-prose', () => {
  const s = sentences('The cuts will start in June, the company said.\n\nHARBOUR-CRANE (Undated) _ Special package: the old cranes of the port, and who will save them.\n\nThe union said it would appeal.');
  assert.deepEqual(s, ['The cuts will start in June, the company said.', 'The union said it would appeal.']);
});
