/**
 * Review of session 17's far-past rule (tense.ts farPast / farPastDone), on invented text: a
 * past act's bare day is reported done however near the verb stands, not only when the
 * sentence began more than 80 characters before the date; a verb's bare noun after an "-ed"
 * premodifier and an adjective with its own date ("payable") leave the day as before.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string, published = '2026-09-20'): AnnotatedArticle {
  return annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const values = (a: AnnotatedArticle) => a.times.map((x) => `${x.text}=${x.value}`);

test("a short sentence's past act dates its bare day before the report", () => {
  assert.deepEqual(values(read('A small plane crashed into the sea off Marrow Island on October 31.')), ['October 31=2025-10-31']);
  assert.deepEqual(values(read('Rebels seized the town of Velmora on October 2.')), ['October 2=2025-10-02']);
});

test('a near verb that does not govern the day leaves it ahead', () => {
  assert.deepEqual(values(read('The ferry line will carry 300 extra passengers on October 2.')), ['October 2=2026-10-02']);
  assert.deepEqual(values(read('The board approved a dividend of 20 cents a share, payable October 2.')), ['October 2=2026-10-02']);
  assert.deepEqual(values(read('The court ruled that the man appears before it on October 2.')), ['October 2=2026-10-02']);
  // A purpose "for" hands the date to the event it introduces.
  assert.deepEqual(values(read('The club sold 5,000 tickets for the harbour parade on October 2.')), ['October 2=2026-10-02']);
  // A planned date in the gap is the plan's, whatever the verb before it.
  assert.deepEqual(values(read('The city held its last rehearsal of the planned Oct. 2 harbour parade.')), ['Oct. 2=2026-10-02']);
});
