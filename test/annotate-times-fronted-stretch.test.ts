/**
 * A fronted date whose clause's verb comes after more fronted matter (another adverbial, a subject
 * with an age in apposition) takes that verb's direction (src/annotate/times/tense.ts
 * afterFrontedStretch), and "hundred" is no past verb (NOT_VERB_ED): "On Thursday morning, a few
 * hundred miles to the east in the city of Hangzhou, Wang Youcai, 33, is to go on trial" in a
 * Wednesday report was dated to the Thursday before (session 24's unseen reading). Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import type { Article } from '../src/core/schema.js';

// A Wednesday.
const valuesOf = (text: string) =>
  annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2026-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] } as unknown as Article).times.filter((t) => t.kind === 'date' || t.kind === 'time').map((t) => [t.text, t.value]);

test('the verb after a fronted date and more fronted matter dates it', () => {
  assert.deepEqual(valuesOf('On Thursday morning, in the port city of Karvik, Orla Fenn, 41, is to go on trial on charges of sabotage.'), [['Thursday morning', '2026-03-05']]);
  assert.deepEqual(valuesOf('On Thursday, in the port city of Karvik, Orla Fenn, 41, was sentenced to six years.'), [['Thursday', '2026-02-26']]);
  // (A relative clause set off by commas is the subject's own: its past verb does not date it.)
  assert.deepEqual(valuesOf('On Thursday, in Karvik, the union, which lost the vote, will hold a rally.'), [['Thursday', '2026-03-05']]);
});

test('"hundred" is no past verb', () => {
  assert.deepEqual(valuesOf('On Thursday, a few hundred miles to the north, the two leaders will sign the accord.'), [['Thursday', '2026-03-05']]);
});
