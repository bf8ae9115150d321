/**
 * The lede after a headline (issue #12): a report that opens with a headline line and a date line
 * states its main event in the first sentence of prose that follows them, and that sentence is a
 * lede as much as the headline is (match/ledes.ts). Two outlets' ledes of one event told in their
 * own words are then one shared fact, although a telegraphic headline ("Singer Ana Brel dies at
 * 91") is what the first sentence of each article is. Invented articles, real annotator.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';
import { headlineLine, ledeFlags } from '../src/compare/match/ledes.js';
import { oneNamedAct, readAct } from '../src/compare/words/predicates.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, text, outlet, language: null, published: '2026-03-06', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

test('a headline line is a line with no mark ending prose and text after it', () => {
  const t = 'Singer Ana Brel dies at 91\nMarch 5, 2026\nAna Brel died on Thursday in Lyon.';
  assert.ok(headlineLine(t, 0, 26));
  assert.ok(!headlineLine('Ana Brel died on Thursday in Lyon. She was 91.', 0, 34), 'a sentence of prose is no headline');
  assert.ok(!headlineLine('Singer Ana Brel dies at 91', 0, 26), 'a one-line text is its own lede');
});

test('after a headline line, the first sentence of prose is a lede too, within the page furniture', () => {
  const text = 'Singer Ana Brel dies at 91\nBy Outlet staff\nAna Brel died on Thursday in Lyon. She was 91.';
  const s = (start: number, end: number) => ({ article: 'a', start, end, text: text.slice(start, end) });
  const flags = ledeFlags([s(0, 26), s(27, 42), s(43, 77), s(78, 89)], () => text);
  assert.deepEqual(flags, [true, false, true, false]);
  const plain = 'Ana Brel died on Thursday in Lyon. She was 91.';
  const p = (start: number, end: number) => ({ article: 'b', start, end, text: plain.slice(start, end) });
  assert.deepEqual(ledeFlags([p(0, 34), p(35, 46)], () => plain), [true, false], 'no headline: the first sentence alone');
});

test("two outlets' ledes after their headlines, one death in other words, are one shared fact", () => {
  const ledes = [
    'Ana Brel, whose ballads about the Lyon docks sold millions of records in the 1960s and 1970s, died on Thursday at her home near the old harbour, her publisher said.',
    'The singer Ana Brel has died in Lyon at the age of 91 after a long illness, her family announced in a brief statement.',
  ];
  const { dossier: d } = buildDossier([
    art('a0', 'Outlet A', `Quays fall silent as the port city remembers its favourite voice\nMarch 6, 2026\n${ledes[0]} She had been ill since the autumn. Her last album came out in 2009, to warm reviews in Paris and Brussels.`),
    art('a1', 'Outlet B', `Tributes pour in from Paris, Brussels and Montreal for a legend\nMarch 6, 2026\n${ledes[1]} Brel recorded more than 40 albums of ballads over six decades. A funeral is planned at the cathedral next week.`),
  ]);
  const fact = d.facts.find((f) => f.sentences.some((s) => d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end) === ledes[0]));
  assert.ok(fact, 'the first lede is a fact');
  const cited = fact.sentences.map((s) => d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end));
  assert.ok(cited.includes(ledes[1]), `the two ledes are one fact; cited: ${JSON.stringify(cited)}`);
});

test('a verb in "-ie" takes "-s" in the present: "dies" is the verb "die", not "dy"', () => {
  // A headline tells its event in the present: without this "Singer Ana Brel dies at 91" had no
  // main act at all, and nothing to link by act.
  assert.deepEqual(readAct('Ballad singer Ana Brel dies at 91').main.map((p) => p.lemma), ['die']);
  assert.deepEqual(readAct('The Dorsk mayor denies the harbour charges.').main.map((p) => p.lemma), ['deny']);
});

test('one named participant: one actor, or the named subject of a passive named by an active with no named subject', () => {
  const vark = readAct('Jon Vark, the former harbour master, was arrested on Friday on charges of taking bribes.');
  assert.ok(oneNamedAct(vark, readAct('Police arrested Jon Vark at his home after a two-year inquiry into the port.')));
  assert.ok(!oneNamedAct(vark, readAct('Police arrested Ana Brel at her home after a two-year inquiry into the port.')), 'another person arrested');
  assert.ok(!oneNamedAct(readAct('Ana Brel died on Thursday in Lyon.'), readAct('Jon Vark died on Thursday in Lyon.')), 'two people');
  assert.ok(!oneNamedAct(readAct('Ana Brel sang in Lyon on Thursday.'), readAct('Ana Brel died in Lyon on Thursday.')), 'two acts');
});

test('the passive link needs the passive: one named person in swapped roles is no one act', () => {
  // "Ana Brel shot a burglar" / "A burglar shot the singer Ana Brel": one act, one named person,
  // and the other sentence's subject names no one, yet she is the shooter in one and the shot in
  // the other. Only a passive's subject ("Jon Vark was arrested") is the active's named object.
  assert.ok(!oneNamedAct(readAct('Ana Brel shot a burglar at her home on Monday.'), readAct('A burglar shot the singer Ana Brel at her home on Monday.')), 'swapped roles');
  assert.ok(!oneNamedAct(readAct('Jon Vark was arrested on Friday.'), readAct('Police arrested a man who attacked Jon Vark.')), 'the name outside the object');
  assert.ok(!oneNamedAct(readAct('Jon Vark was arrested on Friday.'), readAct("Police arrested Jon Vark's brother on Friday.")), 'the name owns the object');
  assert.ok(oneNamedAct(readAct('Jon Vark was arrested on Friday.'), readAct('Police arrested the former harbour master Jon Vark at his home.')), 'the object named after its title');
});

test("two ledes after headlines telling one act with one named person in swapped roles are no shared fact", () => {
  const ledes = [
    'Ana Brel, whose ballads about the Lyon docks sold millions of records, shot a burglar at her home near the old harbour on Thursday night, her publisher said.',
    'A burglar shot the singer Ana Brel in Lyon at the age of 91 as she slept, her family announced in a brief statement.',
  ];
  const { dossier: d } = buildDossier([
    art('a0', 'Outlet A', `Harbour singer in late-night shooting at home\nMarch 6, 2026\n${ledes[0]} The man was taken to hospital. She had lived in the house since 1971.`),
    art('a1', 'Outlet B', `Intruder wounds famous voice of the docks\nMarch 6, 2026\n${ledes[1]} Brel recorded more than 40 albums of ballads over six decades. Police are searching the area.`),
  ]);
  const text = (s: { article: string; start: number; end: number }) => d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end);
  const joined = d.facts.find((f) => f.sentences.some((s) => text(s) === ledes[0]) && f.sentences.some((s) => text(s) === ledes[1]));
  assert.equal(joined, undefined, 'the shooter and the shot are not one fact');
});

test('one actor and one act with two objects that share no word are two events, not one named act', () => {
  // "won the mayoral election" / "has won the regional chess championship": the same person wins
  // twice; the act and the actor alike do not make the two ledes one fact.
  assert.ok(!oneNamedAct(readAct('Ana Brel, who has run the port city since 2020, won the mayoral election on Sunday.'), readAct('The mayor Ana Brel has won the regional chess championship in Lyon.')));
  assert.ok(oneNamedAct(readAct('Ana Brel won the mayoral election on Sunday.'), readAct('The mayor Ana Brel has won the mayoral race in Lyon.')), 'one object told in other words');
  assert.ok(oneNamedAct(readAct('Ana Brel died peacefully on Thursday.'), readAct('The singer Ana Brel has died aged 91.')), 'no object: an adverb, an age');
  const ledes = [
    'Ana Brel, who has run the port city since 2020, won the mayoral election on Sunday with 54 percent of the vote, officials said.',
    'The mayor Ana Brel has won the regional chess championship in Lyon after a long final against a teenager, organisers announced in a brief statement.',
  ];
  const { dossier: d } = buildDossier([
    art('a0', 'Outlet A', `Mayor wins second term\nMarch 6, 2026\n${ledes[0]} Turnout was low. Her rival conceded.`),
    art('a1', 'Outlet B', `Brel takes regional crown\nMarch 6, 2026\n${ledes[1]} She had lost the final twice. The prize is a trophy.`),
  ]);
  const text = (s: { article: string; start: number; end: number }) => d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end);
  assert.equal(d.facts.find((f) => f.sentences.some((s) => text(s) === ledes[0]) && f.sentences.some((s) => text(s) === ledes[1])), undefined, 'an election and a chess title are not one fact');
});
