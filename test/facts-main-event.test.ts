/**
 * The main event told in other words (invented articles, real annotator): two outlets' sentences
 * whose main clauses assert one act of shared participants are one fact even when their words
 * match only in part (facts.ts MAIN_EVENT_LINK, predicates.ts sameMainAct), unless they name
 * different years; and the act reading behind it (readAct: "soared by nearly a million", "added
 * 4,000 jobs", a capitalised "May").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildDossier } from '../src/compare/dossier.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import { alignFacts } from '../src/compare/facts/facts.js';
import type { Dossier } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';
import { oppositeAct, otherActors, readAct, sameMainAct } from '../src/compare/words/predicates.js';
import { Affinity } from '../src/compare/match/affinity.js';
import { assertSpansValid } from './helpers/dossier-fixtures.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, text, outlet, language: null, published: '2026-03-04', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

const textOf = (d: Dossier, s: { article: string; start: number; end: number }): string => d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end);
const factWith = (d: Dossier, needle: string) => d.facts.find((f) => f.sentences.some((s) => textOf(d, s).includes(needle)));
const lemmas = (text: string): string[] => readAct(text).main.map((p) => (p.negated ? `not ${p.lemma}` : p.lemma));

test('the main act is read through an amount after "by", an "added" with a figure, and a capitalised May', () => {
  // "by" before an amount is the verb's measure, not the agent of a reduced relative clause.
  assert.deepEqual(lemmas('Harbour jobs in Velmora soared by nearly a million in March, setting a record.'), ['soar']);
  assert.deepEqual(lemmas('Freight volumes rose by about 4% in the first quarter.'), ['rise']);
  assert.deepEqual(lemmas('A survey commissioned by the port authority confirms the shortage.'), ['confirm']);
  // "Added" with an amount is the act; after a quote it is attribution.
  assert.deepEqual(lemmas('The port added 4,500 jobs in the first quarter.'), ['add']);
  assert.ok(!lemmas('"The new terminal is finished," the harbour master added.').includes('add'));
  // "in May as …": the month is no auxiliary, so "as" opens a background clause.
  assert.deepEqual(lemmas('The port added 4,500 jobs in May as the strike ended.'), ['add']);
});

test('an infinitive complement is part of the main act, negated under "declined", "refused", "failed"', () => {
  assert.deepEqual(lemmas('The harbour council voted to repeal the tariff on Monday.'), ['vote', 'repeal']);
  assert.deepEqual(lemmas('The tribunal declined to hear the appeal of the port authority.'), ['decline', 'not hear']);
  assert.deepEqual(lemmas('The court chose not to hear the appeal of the port authority.'), ['choose', 'not hear']);
  const a = readAct('The tribunal declined to hear the appeal of the port authority on Monday.');
  const b = readAct('The court chose not to hear the appeal of the port authority.');
  assert.ok(sameMainAct(a, b, 0.5), 'both report that the appeal was not heard');
  assert.ok(!oppositeAct(a, b, 0.5) && !oppositeAct(a, a, 0.5));
  assert.ok(!sameMainAct(a, readAct('The tribunal heard the appeal of the port authority on Monday.'), 0.5), 'hearing it is the opposite');
});

test('two subjects naming one group in other forms are not other actors ("Democratic senators" / "Committee Democrats")', () => {
  const a = readAct('A group of Democratic senators is demanding answers from the harbour authority about the audit.');
  const b = readAct('Seven Finance Committee Democrats demanded answers from the harbour authority about the audit.');
  assert.ok(!otherActors(a, b, 0.5));
  assert.ok(otherActors(readAct('Ansel Boies showed the memos on Monday.'), readAct('Velmora Software showed its memos on Thursday.'), 0.5));
});

test('the main acts of two sentences are one act through a synonym, with the same polarity', () => {
  assert.ok(sameMainAct(readAct('The Velmora council rejected the harbour tariff on Monday.'), readAct('The Velmora council declined to adopt the harbour tariff on Monday.'), 0.5));
  assert.ok(!sameMainAct(readAct('The Velmora council rejected the harbour tariff on Monday.'), readAct('The Velmora council praised the harbour tariff on Monday.'), 0.5));
  assert.ok(!sameMainAct(readAct('The council approved the tariff.'), readAct('The council did not approve the tariff.'), 0.5));
});

const JOBS_A = 'Harbour jobs in Velmora soared by nearly 4,000 in March, the largest monthly gain since the port authority began keeping records. Dock managers said the new container terminal drove the hiring.';
const JOBS_B = 'Employment at the Velmora harbour soared to a record high at the end of March, the port authority said on Tuesday, easing fears of a slowdown. The mayor praised the union for its patience during the long talks.';
const OTHER = 'The ferry timetable of the port of Velmora changes in June. Fishing boats will use the northern quay from next week.';

test('the main event told in other words by two outlets is one shared fact, not two exclusives', () => {
  const { dossier: d } = buildDossier([art('m1', 'Orvel Post', JOBS_A), art('m2', 'Lantern Daily', JOBS_B), art('m3', 'Veska Herald', OTHER)]);
  assertSpansValid(d);
  const soared = factWith(d, 'Harbour jobs in Velmora soared')!;
  assert.deepEqual([...soared.support].sort(), ['m1', 'm2'], 'both outlets report the rise of harbour jobs');
  assert.ok(d.coverage.consensus.includes(soared.id));
  // The sentences each outlet tells alone stay apart.
  assert.equal(factWith(d, 'The mayor praised')!.support.length, 1);
  assert.equal(factWith(d, 'Dock managers said')!.support.length, 1);
  // Without the main-event link the two sentences are two facts (their words match only in part).
  const arts = [art('m1', 'Orvel Post', JOBS_A), art('m2', 'Lantern Daily', JOBS_B)].map((a) => annotate(a));
  const off = alignFacts(arts, buildEntities(arts), { mainEventLink: 2 });
  assert.ok(off.facts.every((f) => f.members.length === 1));
});

test('one act told of two different years is not one fact through the main-event link', () => {
  const arts = [
    art('y1', 'Orvel Post', JOBS_A.replace('in March,', 'in March 2019,')),
    art('y2', 'Lantern Daily', JOBS_B.replace('end of March,', 'end of March 2024,')),
  ].map((a) => annotate(a));
  const al = alignFacts(arts, buildEntities(arts));
  assert.ok(al.facts.every((f) => f.members.length === 1), 'a rise in 2019 and a rise in 2024 are two facts');
  // The same pair without the years is one fact (the years alone keep it apart).
  const same = [art('y1', 'Orvel Post', JOBS_A), art('y2', 'Lantern Daily', JOBS_B)].map((a) => annotate(a));
  assert.ok(alignFacts(same, buildEntities(same)).facts.some((f) => f.members.length === 2));
});

test('a wire dateline shared by two reports is no participant they share', () => {
  // Two agency reports filed from one city about two different cases: "HARBOURTON (AP)" says where
  // and by whom each was filed, not who took part, so it anchors no link between them.
  const aff = new Affinity([
    'HARBOURTON (AP) — A harbour clerk was convicted Wednesday of lying to investigators.',
    'HARBOURTON (AP) — A ferry pilot was sentenced Thursday for lying to a grand jury.',
    'A Harbourton clerk was convicted Wednesday of lying to investigators.',
    'A ferry pilot from Harbourton was sentenced Thursday for lying to a grand jury.',
  ]);
  assert.equal(aff.anchored(0, 1), false);
  // The same name in the sentences' own words is a participant.
  assert.equal(aff.anchored(2, 3), true);
});
