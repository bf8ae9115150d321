/**
 * A chronology entry ("April 12 -- Reno meets …") is written in the historical present: its
 * present verb is no schedule ahead, so its date takes the nearest occurrence, not the next one
 * (times/index.ts CHRONOLOGY_LINE_BEFORE). Read on an unseen DUC 2006 story (session 18), where
 * one line of a June report's chronology went to the next April. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import type { Article } from '../src/core/schema.js';

const article = (text: string, published: string): Article => ({ id: 'a1', outlet: 'Courier', published, text, file: null, url: null, title: null, authors: [], agencies: [], removed: [], language: null }) as unknown as Article;

test('a chronology line in the historical present dates the past occurrence, not the next one', () => {
  const text =
    'The ferry pilot returned to Dunmore on Wednesday.\n\nChronology:\n\n' +
    'April 6 -- The pilot and his wife arrive in Velmora.\n\n' +
    'April 12 -- The harbour master meets with the pilot and orders him to surrender his licence.\n\n' +
    'May 2: The court rules against the harbour master.';
  const a = annotate(article(text, '2000-06-28'));
  const v = (s: string): string | null => a.times.find((t) => t.text === s)?.value ?? null;
  assert.equal(v('April 6'), '2000-04-06');
  assert.equal(v('April 12'), '2000-04-12');
  assert.equal(v('May 2'), '2000-05-02');
});

test('a schedule in the present outside a chronology line still points ahead', () => {
  const a = annotate(article('The harbour board meets April 12 to decide on the licence.', '2000-06-28'));
  assert.equal(a.times.find((t) => t.text === 'April 12')?.value, '2001-04-12');
});
