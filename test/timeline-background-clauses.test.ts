/**
 * Timeline dates of background clauses and range starts (issue #11, session 22), on invented
 * text: a date in a "since" clause ("Since Voss took office in January, the council has approved
 * …") or in a subordinate clause inside the main one ("… has approved 40 permits since Voss took
 * office in January", "arrested him on Wednesday after he fled in March") shows that clause, not
 * the sentence; a year in a reduced relative ("under a law passed in 2018") shows the noun phrase
 * with its participle even when the main clause has no date of its own (but not a postposed
 * adjective: "the officers involved in 2019"); the start of a stretch whose end is no claim of
 * its own ("From March to April, …") is no entry; "since January" opens no clause.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

// 2026-02-13 is a Friday.
const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-02-13', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const timeline = (text: string) => buildDossier([article('a1', 'Vellmar Post', text), article('a2', 'Kestrel News', text)]).dossier.timeline;
const show = (t: ReturnType<typeof timeline>) => JSON.stringify(t.map((x) => [x.date, x.text]));

test('a date in a fronted "Since …" clause shows its clause', () => {
  const t = timeline('Since Mara Voss took office in January, the Velmora council has approved 40 new ferry permits, officials said on Thursday.');
  const e = t.find((x) => x.date === '2026-01');
  assert.ok(e, show(t));
  assert.equal(e.text, 'Since Mara Voss took office in January');
});

test('a date in a subordinate clause inside the main clause shows that clause', () => {
  const t = timeline('The Velmora council has approved 40 new ferry permits since Mara Voss took office in January.');
  const e = t.find((x) => x.date === '2026-01');
  assert.ok(e, show(t));
  assert.equal(e.text, 'since Mara Voss took office in January');
  const u = timeline('Velmora police arrested Ardel Brekke on Wednesday after he fled the harbour in March.');
  const m = u.find((x) => x.date === '2025-03');
  assert.ok(m, show(u));
  assert.equal(m.text, 'after he fled the harbour in March');
  // The main clause's own date keeps the sentence.
  assert.ok(u.some((x) => x.date === '2026-02-11' && x.text.startsWith('Velmora police arrested')), show(u));
});

test('"since" before a bare date opens no clause', () => {
  const t = timeline('The Velmora ferry has carried 40,000 passengers since January.');
  const e = t.find((x) => x.date === '2026-01');
  assert.ok(e, show(t));
  assert.equal(e.text, 'The Velmora ferry has carried 40,000 passengers since January.');
});

test('a year in a reduced relative shows the noun phrase with its participle', () => {
  const t = timeline('The Velmora harbour board fined the ferry operator under a law passed in 2018, the board said on Thursday.');
  const e = t.find((x) => x.date === '2018');
  assert.ok(e, show(t));
  assert.equal(e.text, 'a law passed in 2018');
  // A participle put after its noun as an adjective dates the main act: the sentence stays whole.
  const u = timeline('Prosecutors in Velmora charged the three harbour officers involved in 2019.');
  assert.ok(u.some((x) => x.date === '2019' && x.text === 'Prosecutors in Velmora charged the three harbour officers involved in 2019.'), show(u));
});

test('the start of a stretch whose end is no claim of its own is no entry', () => {
  const t = timeline('From March to April, the Velmora ferry carried 40,000 passengers. The Velmora ferry sank on Thursday.');
  assert.ok(!t.some((x) => x.date === '2025-03'), show(t));
  assert.ok(t.some((x) => x.date === '2026-02-12'), show(t));
  // A date moved from one month to another is two points.
  const u = timeline('The Velmora council moved the ferry vote from March to April.');
  assert.ok(u.some((x) => x.date.endsWith('-03')), show(u));
});

test('a subordinator opening a phrase, not a clause, leaves the date to the main clause', () => {
  // A relative clause's verb after the phrase, a coordinated main verb, a verbless phrase.
  const t = timeline('Velmora ferries closed last week after the arrest of four dockers who planned a strike will reopen Monday.');
  assert.ok(t.some((x) => x.date === '2026-02-16' && x.text.startsWith('Velmora ferries closed')), show(t));
  const u = timeline('The Velmora harbour inquiry ended in November after 69 days of hearings and has taken on new life this year.');
  assert.ok(u.some((x) => x.date === '2026' && x.text.startsWith('The Velmora harbour inquiry')), show(u));
  const v = timeline('A Velmora docker who voted while on probation was arrested and charged in Ardel earlier this week.');
  assert.ok(v.some((x) => x.text.startsWith('A Velmora docker who voted')), show(v));
});
