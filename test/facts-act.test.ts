/**
 * One fact is one act (invented articles, real annotator): the main clause's predicate and its
 * polarity decide, not a predicate word of a background clause (predicates.ts readAct, sameAct,
 * oppositeAct; facts.ts), and a fact is shown in the words of a member whose main act every
 * cited sentence reports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Dossier } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';
import { oppositeAct, readAct, sameAct } from '../src/compare/words/predicates.js';
import { assertSpansValid } from './helpers/dossier-fixtures.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, text, outlet, language: null, published: '2026-03-04', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

const textOf = (d: Dossier, s: { article: string; start: number; end: number }): string => d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end);
const factWith = (d: Dossier, needle: string) => d.facts.find((f) => f.sentences.some((s) => textOf(d, s).includes(needle)));
const lemmas = (ps: Array<{ lemma: string; negated: boolean }>): string[] => ps.map((p) => (p.negated ? `not ${p.lemma}` : p.lemma));

test('the main predicate is read past a fronted adverbial, subordinate and relative clauses and attribution', () => {
  assert.deepEqual(lemmas(readAct('Mayor Dessa Korvin lashed out at the council on Friday after an audit reaffirmed the deficit.').main), ['lash']);
  assert.deepEqual(lemmas(readAct('With the count still under way, the harbour board, which met on Monday, approved the new tariff.').main), ['approve']);
  assert.deepEqual(lemmas(readAct('The minister said on Tuesday that the ferry service would resume in May.').main), ['resume']);
  assert.deepEqual(lemmas(readAct('Cargo volumes increased by 12% in March as the strike ended, the port said.').main), ['increase']);
  assert.deepEqual(lemmas(readAct('A report commissioned by the council confirms the deficit of the port.').main), ['confirm']);
  assert.deepEqual(lemmas(readAct('The panel rejected the first plan, but it endorsed the second one.').main), ['reject', 'endorse']);
  // A negative subject negates the clause's verb; an irregular past is its base verb.
  assert.deepEqual(lemmas(readAct('No trace of the trawler has been found.').main), ['not find']);
  assert.deepEqual(lemmas(readAct('Divers found the remains of the trawler.').main), ['find']);
});

test('two sentences are one act when the main act of one is reported by the other, with the same polarity', () => {
  const a = readAct('Dock workers walked off the job on Monday after the harbour authority cut their overtime pay.');
  const b = readAct('The harbour authority cut overtime pay for dock workers, union officials said.');
  const c = readAct('The harbour authority praised the dock workers after the audit of overtime pay.');
  assert.ok(sameAct(a, b, 0.5), 'the cut, told by one as the circumstance of the walkout');
  assert.ok(!sameAct(a, c, 0.5), 'a walkout and praise share only a background noun');
  assert.ok(oppositeAct(readAct('No trace of the trawler has been found.'), readAct('The remains of the trawler were found on Sunday.'), 0.5));
  assert.ok(!oppositeAct(readAct('No trace of the trawler has been found.'), readAct('Nothing of the trawler has been found.'), 0.5));
});

test('a predicate word of a background clause does not make one fact: an attack on the press is not the audit it followed', () => {
  const arts = [
    art('b1', 'Orvel Post', 'Governor Anselm Tarrow on Friday lashed out at the Velmora Gazette after a draft report of the Brennick harbour audit reaffirmed the port authority deficit of 3 million crowns.'),
    art('b2', 'Lantern Daily', 'A draft report of a partisan audit of the Brennick harbour accounts confirms the port authority deficit of 3 million crowns, the Velmora Gazette first reported on Thursday.'),
    art('b3', 'Veska Herald', 'The Brennick port council will debate the tariffs of the ferry terminal next month.'),
  ];
  const { dossier: d } = buildDossier(arts);
  assertSpansValid(d);
  const attack = factWith(d, 'lashed out')!;
  assert.ok(!attack.support.includes('b2'), 'the other outlet reports the audit, not the governor lashing out');
  assert.ok(!d.coverage.consensus.includes(attack.id) || attack.support.length === 1);
});

test('one act with opposite polarity is not one fact, even with a long shared phrase', () => {
  const arts = [
    art('n1', 'Orvel Post', 'No trace of the missing trawler Marta Vell has been found in the Brennick strait after three days of searching, the coastguard said on Sunday.'),
    art('n2', 'Lantern Daily', 'The remains of the missing trawler Marta Vell have been found in the Brennick strait after three days of searching, the coastguard said on Sunday.'),
    art('n3', 'Veska Herald', 'The remains of the missing trawler Marta Vell were found in the Brennick strait after three days of searching, according to the coastguard.'),
  ];
  const { dossier: d } = buildDossier(arts);
  assertSpansValid(d);
  const found = factWith(d, 'The remains of the missing trawler Marta Vell have been found')!;
  assert.ok(!found.support.includes('n1'), 'the outlet saying nothing was found does not confirm the find');
  const none = factWith(d, 'No trace')!;
  assert.notEqual(none.id, found.id);
});

test('a fact is shown in the words of a member whose main act every cited sentence reports', () => {
  const arts = [
    art('w1', 'Orvel Post', 'Dock workers at the port of Velmora walked off the job on Monday after the harbour authority cut their overtime pay by a third.'),
    art('w2', 'Lantern Daily', 'The harbour authority cut overtime pay for dock workers at the port of Velmora by a third on Monday, saying the port had lost money for three years in a row, union officials said.'),
    art('w3', 'Veska Herald', 'The ferry timetable of the port of Velmora changes in June.'),
  ];
  const { dossier: d } = buildDossier(arts);
  assertSpansValid(d);
  const cut = factWith(d, 'cut overtime pay for dock workers')!;
  assert.deepEqual(cut.support, ['w1', 'w2']);
  assert.ok(cut.text.startsWith('The harbour authority cut overtime pay'), `shown: ${cut.text}`);
});

test('the same act by another named actor is not one fact: one showing of memos is not the other', () => {
  assert.ok(!sameAct(readAct('Government lawyer Ansel Boies showed the court internal memos on Monday.'), readAct('The Velmora Software Company showed the court internal memos on Thursday.'), 0.5));
  assert.ok(sameAct(readAct('Governor Ansel Boies signed the harbour bill on Monday.'), readAct('Boies signed the harbour bill into law, his office said.'), 0.5), 'one actor named in two ways');
  const arts = [
    art('s1', 'Orvel Post', 'Government lawyer Ansel Boies showed the court internal memos about the Brennick harbour contracts worth 40 million crowns on Monday.'),
    art('s2', 'Lantern Daily', 'The Velmora Shipping Company showed the court internal memos about the Brennick harbour contracts worth 40 million crowns on Thursday.'),
    art('s3', 'Veska Herald', 'The ferry timetable of the port of Velmora changes in June.'),
  ];
  const { dossier: d } = buildDossier(arts);
  assertSpansValid(d);
  const boies = factWith(d, 'Ansel Boies showed')!;
  assert.ok(!boies.support.includes('s2'));
});
