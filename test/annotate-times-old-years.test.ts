/**
 * A year before 1800 written after a month and a day and a comma is that date's year
 * (src/annotate/times/rules.ts OLD_YEAR_AFTER_COMMA): "expelled on July 8, 1797" was read as
 * "July 8" alone and dated to the July 8 before the report (session 23's unseen reading, a list of
 * historical impeachments). A bare four-digit number below 1800 stays no year. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import type { Article } from '../src/core/schema.js';

const timesOf = (text: string) =>
  annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '1999-01-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] } as unknown as Article).times.map((t) => [t.text, t.value]);

test('a month, a day, a comma and a year before 1800 is that day', () => {
  assert.deepEqual(timesOf('Charges against Senator Orrin Vale were dismissed on Jan. 11, 1799, after the Senate voted to expel him on July 8, 1797.'), [
    ['Jan. 11, 1799', '1799-01-11'],
    ['July 8, 1797', '1797-07-08'],
  ]);
  assert.deepEqual(timesOf('The treaty was signed on 4 July, 1776 in the town hall.'), [['4 July, 1776', '1776-07-04']]);
});

test('a four-digit number below 1800 without the comma is no year of the date', () => {
  // ("May 3 1750 ballots": a count after a date written without a comma.)
  assert.deepEqual(timesOf('Clerks counted on May 3 1750 ballots from the northern district.'), [['May 3', '1998-05-03']]);
});
