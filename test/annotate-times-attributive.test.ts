/**
 * A month that pre-modifies a noun after a past clause (issue #11, session 12): "ended benefits
 * before the September expiration", written in August, is the coming September — the clause's
 * past dates the act, not the noun's event — while a day so placed stays as it was ("the Jan. 6
 * committee" written in October is January's). "into December" ends a period as "through" does,
 * and "which go into effect in early November" is a schedule. Invented text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string, published: string): AnnotatedArticle {
  return annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const value = (a: AnnotatedArticle, t: string) => a.times.find((x) => x.text === t)?.value;

test('a month before a noun after a past verb is the nearer one', () => {
  assert.equal(value(read('Several towns ended the ferry subsidy before the September expiration.', '2026-08-06'), 'September'), '2026-09');
  assert.equal(value(read('The council pushed the harbour plan forward before the August recess.', '2026-07-15'), 'August'), '2026-08');
  // The nearer one is behind: it stays behind.
  assert.equal(value(read('The mayor criticised the March decision of the harbour board.', '2026-05-20'), 'March'), '2026-03');
  // A month adverbial of a past clause stays past.
  assert.equal(value(read('The towns ended the ferry subsidy in September.', '2026-08-06'), 'September'), '2025-09');
});

test('a day before a noun keeps the past', () => {
  assert.equal(value(read('The harbour board waived its claim on documents sought by the Jan. 6 committee.', '2026-10-08'), 'Jan. 6'), '2026-01-06');
});

test('"into December" is the end of a period; "go into effect" is a schedule', () => {
  assert.equal(value(read('The council rejected a plan to fund the Velmora ferries into December.', '2026-09-27'), 'December'), '2026-12');
  assert.equal(value(read('Officials said the harbour rules, which go into effect in November, will protect travellers.', '2026-09-20'), 'November'), '2026-11');
});
