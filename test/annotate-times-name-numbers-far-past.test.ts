/**
 * Session 17 (`dates`, issue #11 timeline defects of session 16's unseen reading), on invented text:
 * - a number that completes a name ("Local 1895", "Global 2000") is no year; a year after a time
 *   word or a capitalised function word ("Summer 2021", "In 2000") still is;
 * - a past act's day farther back than the short tense window ("crashed into the sea …, killing
 *   all 90 people aboard, on October 31" in a September report) lies before the report, while a
 *   far verb that does not govern the date (a relative clause's, one followed by an event noun
 *   or another clause) leaves it as before.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string, published = '2026-09-20'): AnnotatedArticle {
  return annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const values = (a: AnnotatedArticle) => a.times.map((x) => `${x.text}=${x.value}`);

test('a number that completes a name is no year', () => {
  assert.deepEqual(values(read('Members of Dockworkers Local 1895 walked off the job at the Velmora terminal.')), []);
  assert.deepEqual(values(read('The environmental group Ostrel 2000 released its report on the marshes.')), []);
  assert.deepEqual(values(read('The ferry line, Harbour Vision 2030, was founded by the port authority.')), []);
});

test('a year after a time word or a capitalised function word is still a year', () => {
  assert.deepEqual(values(read('In 2000 the Velmora ferry office moved to the harbour.')), ['2000=2000']);
  assert.deepEqual(values(read('Since 1999 the ferry has run from the old pier.')), ['1999=1999']);
  assert.deepEqual(values(read('The ferry office opened in June 2001 and closed in 2004.')), ['June 2001=2001-06', '2004=2004']);
  assert.deepEqual(values(read('The ferry office was rebuilt after the storms of 1998.')), ['1998=1998']);
});

test("a far past act's bare day lies before its report", () => {
  const a = read('Ostrel Air Flight 412 crashed into the sea off the coast of Marrow Island, killing all 90 people aboard, on October 31.');
  assert.deepEqual(values(a), ['October 31=2025-10-31']);
  const b = read('The small turboprop plunged into the bay shortly after taking off from Velmora with 19 people on board on October 31.');
  assert.deepEqual(values(b), ['October 31=2025-10-31']);
});

test('a far verb that does not govern the date leaves it to the calendar', () => {
  // A relative clause's past: the main verb ("appears") comes after it.
  assert.deepEqual(values(read('The man who attacked three guards at the ferry terminal in the old harbour of the capital city appears in court on October 31.')), ['October 31=2026-10-31']);
  // An event noun between the past verb and the date: the date dates the delivery.
  assert.deepEqual(values(read('The board of the ferry company approved a plan to buy two new vessels from the shipyard in Ostrel for delivery to the port on October 31.')), ['October 31=2026-10-31']);
});

test("a possessive before a year is no name: the year dates the owner's act", () => {
  assert.deepEqual(values(read("The harbour board has shrunk since Mayor Lind's 2019 victory.")), ['2019=2019']);
  assert.deepEqual(values(read("Critics recalled the Ostrel ferry workers' 2016 strike.")), ['2016=2016']);
});

test("a day right after an owner's event noun is the event's, not the clause's future", () => {
  // Published Wednesday 2026-03-04: the ruling was Monday the 2nd, whatever "will appeal" says.
  const a = read("The dockers' union will appeal the harbour court's ruling Monday that threw out its claim against the port.", '2026-03-04');
  assert.deepEqual(values(a), ['Monday=2026-03-02']);
  // Without the possessive the day may be the appeal's: the clause's future stands.
  const b = read('The dockers will appeal the ruling Monday, their lawyer said.', '2026-03-04');
  assert.deepEqual(values(b), ['Monday=2026-03-09']);
});
