/**
 * Timeline entries dated from another clause (issue #11, session 25's unseen reading), on
 * invented text: a zero relative clause ("the same pledge he made earlier this week"), a "who"
 * relative after a bare noun ("people who had gotten …"), a participle clause's phrase of time
 * ("coming … after a walkout in May") show their own clause, not the sentence; a year ahead of a
 * possibility or a hope is no entry (timeline.ts zeroRelativeStart, reducedRelativeStart,
 * eventHead, forecast).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const timeline = (text: string) =>
  buildDossier([{ id: 'a1', file: null, outlet: 'Vellmar Post', url: null, title: null, published: '2026-12-10', authors: [], agencies: [], text, removed: [] } as unknown as Article]).dossier.timeline.map((e) => [e.date, e.text]);

test('a zero relative clause shows its noun phrase and clause, not the main act', () => {
  assert.deepEqual(timeline('Voss renewed the same pledge he made earlier this week.'), [['2026-12-07', 'the same pledge he made earlier this week']]);
  assert.deepEqual(timeline('Voss repeated the promise she had given in March.'), [['2026-03', 'the promise she had given in March']]);
  // After a verb that takes a clause, the pronoun opens what was said: the sentence stays whole.
  assert.deepEqual(timeline('Voss told the council he resigned in March.'), [['2026-03', 'Voss told the council he resigned in March.']]);
  // A verb with an object of its own is no zero relative.
  assert.deepEqual(timeline('Voss gave the board he chairs a report in March.'), [['2026-03', 'Voss gave the board he chairs a report in March.']]);
});

test('"who" after a bare noun opens a relative clause: its date is its clause', () => {
  assert.deepEqual(timeline('The agency approved boosters for people who had gotten the vaccine in May.'), [['2026-05', 'people who had gotten the vaccine in May']]);
  // An embedded question after a verb is left alone.
  assert.deepEqual(timeline('Officials asked who had left in May.'), [['2026-05', 'Officials asked who had left in May.']]);
});

test('a participle clause dates the event of its phrase of time, not the main act', () => {
  assert.deepEqual(timeline('The strike, coming less than four months after a walkout in May, closed the port.'), [['2026-05', 'a walkout in May']]);
});

test('a year or month of a possibility or a hope ahead is no entry; a plan and a past are', () => {
  assert.deepEqual(timeline('The council might build a new school in 2028.'), []);
  assert.deepEqual(timeline('The city hopes to open the bridge in 2028, officials said.'), []);
  assert.deepEqual(timeline('The city plans to open the bridge in 2028.'), [['2028', 'The city plans to open the bridge in 2028.']]);
  // "May" the month is no modal; a past possibility is no plan ahead.
  assert.deepEqual(timeline('Voters elected Voss in May and will vote again in 2028.').map((x) => x[0]), ['2026-05', '2028']);
  assert.deepEqual(timeline('Voss might have met Brannik in March.'), [['2026-03', 'Voss might have met Brannik in March.']]);
  // Not a modal perfect, nor a modal of another clause before a relative clause's plan.
  assert.deepEqual(timeline('The result could have portended a brutal defeat in the vote next year.'), [['2027', 'The result could have portended a brutal defeat in the vote next year.']]);
  assert.deepEqual(timeline('Critics said it could hurt a platform he plans to launch next year.').map((x) => x[0]), ['2027']);
});

test('a relative clause in a subject with no determiner, or cut inside a quotation, reads whole', () => {
  // "who" in a bare subject may tell of the whole phrase, and the main verb follows: whole sentence.
  const text = 'A group of leaders and businessmen who nominated Voss in March has said it would act.';
  assert.deepEqual(timeline(text), [['2026-03', text]]);
  // A quotation's closing mark left without its opening one is not shown.
  assert.deepEqual(timeline('"The idea came from a study I had done in 2019 showing the link" and it held, said Voss.'), [['2019', 'a study I had done in 2019 showing the link']]);
});
