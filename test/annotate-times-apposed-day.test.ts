/**
 * A deictic day with a written date in apposition ("this morning 16th August", "yesterday (15
 * August)") takes the written date, not the day counted from a later publication stamp
 * (times/index.ts appositiveDays). Invented text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string, published = '2013-08-20'): AnnotatedArticle {
  return annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const values = (a: AnnotatedArticle) => a.times.map((x) => `${x.text}=${x.value}`);

test('a deictic day takes the written date in apposition to it', () => {
  assert.deepEqual(values(read('A strong earthquake struck the coast this morning 16th August, officials said.')), ['this morning=2013-08-16', '16th August=2013-08-16']);
  assert.deepEqual(values(read('The ferry sank yesterday (15 August) near Tarn.')), ['yesterday=2013-08-15', '15 August=2013-08-15']);
  assert.deepEqual(values(read('Crowds gathered in the square today, August 17, to mourn the victims.')), ['today=2013-08-17', 'August 17=2013-08-17']);
});

test('a date that is not in apposition leaves the deictic counted from publication', () => {
  // Another clause's date after a conjunction, and a weekday (resolved from the same stamp).
  assert.deepEqual(values(read('The mayor spoke this morning and the vote is set for August 28.')), ['this morning=2013-08-20', 'August 28=2013-08-28']);
  assert.deepEqual(values(read('Police said today that the fire of August 2 was arson.')).slice(0, 1), ['today=2013-08-20']);
});
