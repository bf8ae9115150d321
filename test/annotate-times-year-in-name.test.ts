/**
 * A bare year opening a proper name of an event is part of the name, not the date of what is
 * reported (issue #11), on invented text: "the torch of 2030 Winter Games will not pass through
 * Karvik" (written without an article, as wire copy by non-native writers and headlines often
 * is) was put on the timeline at 2030 for a report of 2028; the year is now an event date
 * (`event: true`, annotate/times yearInName). A year before a sentence's capitalised subject ("In
 * 2027 Karvik insisted …") still dates the sentence.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import type { Article } from '../src/core/schema.js';

function art(text: string): Article {
  return { id: 'a1', file: 'a1.txt', outlet: 'Outlet', url: null, title: null, published: '2028-09-20', authors: [], agencies: [], text, removed: [] } as unknown as Article;
}

function yearEvents(text: string): Array<[string, boolean]> {
  const a = annotate(art(text));
  return a.times.filter((t) => /^\d{4}$/.test(t.text)).map((t) => [t.text, t.event === true]);
}

test('a year opening a capitalised event name without an article is the name\'s, not a date of the report', () => {
  assert.deepEqual(yearEvents('The torch of 2030 Winter Games will not pass through Karvik, officials said.'), [['2030', true]]);
  assert.deepEqual(yearEvents('After many turns on the route of the relay of 2030 Winter Olympics, the two sides still disagree.'), [['2030', true]]);
});

test('a year before a capitalised subject, or before a lower-case event noun, still dates the sentence', () => {
  assert.deepEqual(yearEvents('In 2027 Karvik insisted on its own route for the relay.'), [['2027', false]]);
  assert.deepEqual(yearEvents('In 2027 elections were held across the province.'), [['2027', false]]);
});
