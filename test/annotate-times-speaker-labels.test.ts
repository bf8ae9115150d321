/**
 * A transcript printed with speaker labels ("MR. KOVAC: …"), on invented text (issue #11,
 * session 25's unseen reading): a deictic day in a labelled turn is the speaker's, spoken on the
 * hearing's day, which the report does not give: no date (times/index.ts speakerTurns), as for a
 * Q./A. transcript. A single capitalised heading ("UPDATE:") is no transcript.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';

const values = (text: string): Array<[string, string | null]> =>
  annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published: '2026-12-10', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] }).times.map((x) => [x.text, x.value]);

test('a deictic day in a labelled transcript turn gets no date', () => {
  const text = 'The committee released the transcript on Tuesday.\n\nMS. VARGA: Where were you on the night of the fire?\n\nMR. KOVAC: I met the minister yesterday and we talked.';
  assert.deepEqual(values(text), [['Tuesday', '2026-12-08'], ['yesterday', null]]);
});

test('one heading label, or one speaker alone, is no transcript', () => {
  assert.deepEqual(values('UPDATE: The minister resigned yesterday.'), [['yesterday', '2026-12-09']]);
  assert.deepEqual(values('KOVAC: A statement.\n\nKOVAC: I met the minister yesterday.'), [['yesterday', '2026-12-09']]);
});
