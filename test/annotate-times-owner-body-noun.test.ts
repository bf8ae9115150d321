/**
 * Review of session 17's owner's-event-noun rule (times/index.ts possessiveEventBefore), on
 * invented text: a bare day after a possessive's event noun is the event's ("the judge's ruling
 * Thursday", "the board's decision Thursday"), but a noun in -ment / -tion that names a body
 * ("parliament", "government") is no event: the day is the clause's.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

// A Monday report.
function read(text: string, published = '2026-09-21'): AnnotatedArticle {
  return annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const values = (a: AnnotatedArticle) => a.times.map((x) => `${x.text}=${x.value}`);

test("a body's noun after a possessive leaves the day to the clause", () => {
  assert.deepEqual(values(read("Velmora's parliament Thursday will debate the ferry budget.")), ['Thursday=2026-09-24']);
  assert.deepEqual(values(read("The island's government Thursday will present its harbour plan.")), ['Thursday=2026-09-24']);
});

test("an event's noun after a possessive keeps the day its own", () => {
  assert.deepEqual(values(read("The ferry union will appeal the board's decision Thursday.")), ['Thursday=2026-09-17']);
  assert.deepEqual(values(read("The ferry union will appeal the judge's ruling Thursday.")), ['Thursday=2026-09-17']);
});
