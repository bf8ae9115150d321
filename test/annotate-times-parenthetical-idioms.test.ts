/**
 * Weekdays read wrong (issue #11, session 23's unseen reading), on invented text: a fronted day
 * whose clause's subject carries a parenthetical ("On Tuesday, the party, which lost the
 * election, plans to hold …") takes the tense of the verb after the parenthetical, not the news
 * default; a day in an "after" phrase under a future ("is expected to name a cabinet after
 * winning a landslide victory Sunday") is the nearer one, not the one ahead; a day of what is
 * wanted, needed or owed ("wants to hold", "should elect") and of a plural subject's "go to"
 * ("voters go to the polls on Tuesday") lies ahead; a weekday inside a lexicalised compound ("their Sunday best", "Monday-morning
 * quarterbacks") is no day at all.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

// 2026-12-06 is a Sunday.
function read(text: string, published = '2026-12-06'): AnnotatedArticle {
  return annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const value = (a: AnnotatedArticle, t: string) => a.times.find((x) => x.text === t)?.value;

test('a fronted day takes the tense of the verb after the subject\'s parenthetical', () => {
  assert.equal(value(read('On Tuesday, the Velmora Party, which lost the election, plans to hold a congress.'), 'Tuesday'), '2026-12-08');
  assert.equal(value(read('On Friday, Mara Voss, the harbour master, will open the new ferry terminal.', '2026-12-09'), 'Friday'), '2026-12-11');
  // A past verb after the parenthetical keeps the past.
  assert.equal(value(read('On Friday, Mara Voss, the harbour master, opened the new ferry terminal.', '2026-12-09'), 'Friday'), '2026-12-04');
  // The verb inside the parenthetical is the relative clause's own: it does not decide.
  assert.equal(value(read('On Tuesday, the Velmora Party, which will lose its majority, held a congress.'), 'Tuesday'), '2026-12-01');
});

test('a day in an "after" phrase under a future is the nearer one', () => {
  // Monday 2026-12-07: the Sunday before is one day back, the one after six ahead.
  assert.equal(value(read('Mara Voss is expected to name a cabinet after winning a landslide victory Sunday.', '2026-12-07'), 'Sunday'), '2026-12-06');
  assert.equal(value(read('Mara Voss plans to form a coalition after a landslide victory Sunday.', '2026-12-07'), 'Sunday'), '2026-12-06');
  // Friday 2026-12-04: the coming Sunday is the nearer.
  assert.equal(value(read('Mara Voss plans to form a coalition after a landslide victory Sunday.', '2026-12-04'), 'Sunday'), '2026-12-06');
  // A finite past in the "after" clause decides; a future with no "after" phrase stays ahead.
  assert.equal(value(read('Mara Voss will resign after the Velmora Party lost the vote Sunday.', '2026-12-04'), 'Sunday'), '2026-11-29');
  assert.equal(value(read('Mara Voss is expected to win a landslide victory Sunday.', '2026-12-07'), 'Sunday'), '2026-12-13');
});

test('what is wanted, needed or owed, and a plural subject going to an occasion, lie ahead', () => {
  for (const text of [
    'On Tuesday, the Velmora Party wants to hold a congress.',
    'On Tuesday, the Velmora Party seeks to elect a new leader.',
    'On Tuesday, the Velmora Party is likely to elect a new leader.',
    'The Velmora Party should elect a new leader on Tuesday.',
    'Velmora voters go to the polls on Tuesday.',
  ]) assert.equal(value(read(text), 'Tuesday'), '2026-12-08', text);
  // Their pasts and perfects stay behind.
  for (const text of [
    'On Tuesday, the Velmora Party wanted to hold a congress.',
    'The Velmora Party should have elected a new leader on Tuesday.',
    'Velmora voters went to the polls on Tuesday.',
  ]) assert.equal(value(read(text), 'Tuesday'), '2026-12-01', text);
});

test('a weekday in a lexicalised compound is no day', () => {
  const texts = (a: AnnotatedArticle) => a.times.map((x) => x.text);
  assert.deepEqual(texts(read('Residents of Velmora turned out in their Sunday best for the ferry parade on Friday.')), ['Friday']);
  assert.deepEqual(texts(read('Mara Voss called her critics a bunch of Monday-morning quarterbacks on Friday.')), ['Friday']);
  assert.deepEqual(texts(read('Mara Voss called her critics Monday morning quarterbacks.')), []);
  // A weekday before a noun of what happens on a day stays a day.
  assert.equal(value(read('They agreed at a Monday-morning meeting in Velmora.', '2026-12-09'), 'Monday'), '2026-12-07');
  assert.equal(value(read('The ferry crew met over Sunday lunch in Velmora.', '2026-12-09'), 'Sunday'), '2026-12-06');
});
