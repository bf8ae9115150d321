/**
 * "since" before a day of the month (issue #11, session 15): the start of a period that runs to
 * the time of writing lies before it, so the day is never resolved ahead of publication, however
 * near the coming occurrence is. Read on an unseen AllSides story, where "the lowest since June
 * 22" in an article of May 22 went to the June to come. Invented text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string, published: string): AnnotatedArticle {
  return annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const timex = (a: AnnotatedArticle, t: string) => a.times.find((x) => x.text === t)?.timex;

test('"since June 22" written on May 22 is last June, not the coming one', () => {
  assert.equal(timex(read('The weekly average of ferry delays in Velmora fell to 12 on Friday, the lowest since June 22.', '2026-05-22'), 'June 22'), '2025-06-22');
  assert.equal(timex(read('Delays in Velmora have fallen since 22 June.', '2026-05-22'), '22 June'), '2025-06-22');
  // Without "since", a coming day a month ahead stays ahead in a clause about the future.
  assert.equal(timex(read('The Velmora ferry will sail again on June 22.', '2026-05-22'), 'June 22'), '2026-06-22');
  // A past day of this year stays this year.
  assert.equal(timex(read('Delays in Velmora have fallen since May 2.', '2026-05-22'), 'May 2'), '2026-05-02');
});
