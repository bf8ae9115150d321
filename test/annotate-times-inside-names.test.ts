/**
 * A weekday inside a longer name is a word of the name, not a date (src/annotate/index.ts
 * weekdaysInsideNames): "the Good Friday Agreement" was dated to the Friday before the report
 * (session 24's unseen reading). Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import type { Article } from '../src/core/schema.js';

const read = (text: string) =>
  annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2021-09-22', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] } as unknown as Article);

test('a weekday inside a name is no date; one beside a name or alone still is', () => {
  const a = read('Prime Minister Orla Fenn said the Good Friday Agreement must be protected. She met Netanyahu Friday in Jerusalem. The talks resumed on Tuesday.');
  assert.ok(a.mentions.some((m) => m.text === 'Good Friday Agreement'));
  assert.deepEqual(a.times.map((t) => t.text), ['Friday', 'Tuesday']);
  assert.ok(a.times[0].start > a.text.indexOf('Netanyahu'));
});
