/**
 * The timetabled present with a day (issue #11): "a study appears Friday in the journal",
 * "the figures are released Friday", "lawmakers vote Friday on the bill" name a coming day, as
 * news tells a past event in the past ("appeared", "were released", "voted"). Read as past, the
 * day went a week back. Not after the date (a chronology's present: "Jan. 26 -- the
 * grandmothers meet with him"), nor a noun compound ("Fox News host Tucker Carlson"). Invented
 * text; the article is of Wednesday 2024-03-06.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string, published = '2024-03-06'): AnnotatedArticle {
  return annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const timex = (a: AnnotatedArticle, t: string) => a.times.find((x) => x.text === t)?.timex;

test('a publication day in the present lies ahead', () => {
  assert.equal(timex(read('A study of Velmora ferry crews appears Friday in the journal Harbour Science.'), 'Friday'), '2024-03-08');
  assert.equal(timex(read('The ferry figures are released Friday by the port board.'), 'Friday'), '2024-03-08');
  // The past keeps it behind.
  assert.equal(timex(read('A study of Velmora ferry crews appeared Friday in the journal Harbour Science.'), 'Friday'), '2024-03-01');
  assert.equal(timex(read('The ferry figures were released Friday by the port board.'), 'Friday'), '2024-03-01');
});

test('the plain present after a plural subject, before the day, lies ahead', () => {
  assert.equal(timex(read('Velmora councillors vote Friday on the ferry bill.'), 'Friday'), '2024-03-08');
  assert.equal(timex(read('The two harbour masters meet Friday in Eastport.'), 'Friday'), '2024-03-08');
  assert.equal(timex(read('Velmora councillors voted Friday on the ferry bill.'), 'Friday'), '2024-03-01');
  // A noun compound is no verb, and a chronology's present after the date is no plan.
  assert.equal(timex(read('On Friday, Harbour News host Greta Holm made a claim about the ferry.'), 'Friday'), '2024-03-01');
  assert.equal(timex(read('Jan. 12 -- The board rules on the ferry. Jan. 26 -- Her grandmothers meet with him in Eastport.', '2024-06-28'), 'Jan. 26'), '2024-01-26');
});

test('an s-word after a determiner or possessive inside a clause opens a noun compound, not a plural subject', () => {
  // Published Sunday 2024-03-10: the past verb keeps the day behind.
  assert.equal(timex(read('The port agency scrubbed the Velmoras launch Friday after a storm.', '2024-03-10'), 'Friday'), '2024-03-08');
  assert.equal(timex(read('Hundreds attended the councillors debate Friday in Eastport.', '2024-03-10'), 'Friday'), '2024-03-08');
  assert.equal(timex(read("Crowds cheered the agency's ferries launch Friday in Eastport.", '2024-03-10'), 'Friday'), '2024-03-08');
  // A clause that opens with its subject still tells a coming day.
  assert.equal(timex(read('The two harbour masters meet Friday in Eastport.'), 'Friday'), '2024-03-08');
});
