/**
 * A speaker card compares people, and two people who share only their initials ("J.R. Halden" /
 * "JR Pellow") are two people: the shared initials must not make them one (issue #10: a statement
 * credited by name to two different people; an unseen ECB+ story credited one general manager's
 * statement to "A.J. Smith" in three reports and to "A.J. Butler" in two, with no card).
 * A name that opens with an initial ("A.J. Marlow") is a name, not the article "a"; and an article
 * that credits by name a part of the same statement to one side's speaker backs that side when
 * an outlier is named (the same story: a fourth report gave part of the statement to the lone
 * side's speaker, so the two-against-one outlier was the wrong outlet).
 * Invented articles, run through the whole pipeline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const QUOTE = '“We are aware of the off-the-field issue involving Marcus and we will let the legal process run its course,”';

test('one statement credited to two people who share only initials is a speaker card', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', `Harbor Hawks receiver Marcus Dole was arrested early Tuesday. ${QUOTE} Hawks general manager J.R. Halden said in a statement.`),
    article('a2', 'Kestrel News', `Receiver Marcus Dole of the Harbor Hawks was arrested on Tuesday. ${QUOTE} general manager J.R. Halden said in a statement.`),
    article('a3', 'Selen Wire', `The Harbor Hawks said receiver Marcus Dole was arrested Tuesday. ${QUOTE} Hawks general manager JR Pellow said in a statement.`),
  ]);
  const card = d.conflicts.find((c) => c.kind === 'speaker');
  assert.ok(card, 'the statement is credited to Halden and to Pellow');
  assert.deepEqual(card.claims.map((c) => c.articles), [['a1', 'a2'], ['a3']]);
});

test('one person written with and without initials is no card', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', `Harbor Hawks receiver Marcus Dole was arrested early Tuesday. ${QUOTE} Hawks general manager J.R. Halden said in a statement.`),
    article('a2', 'Kestrel News', `Receiver Marcus Dole of the Harbor Hawks was arrested on Tuesday. ${QUOTE} general manager Halden said in a statement.`),
  ]);
  assert.equal(d.conflicts.filter((c) => c.kind === 'speaker').length, 0);
});

test('a name opening with the initial "A." is a name: its statement credited to another person is a card', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', `Harbor Hawks receiver Marcus Dole was arrested early Tuesday. ${QUOTE} Hawks general manager A.J. Marlow said in a statement.`),
    article('a2', 'Kestrel News', `Receiver Marcus Dole of the Harbor Hawks was arrested on Tuesday. ${QUOTE} general manager Tom Pellow said in a statement.`),
  ]);
  const card = d.conflicts.find((c) => c.kind === 'speaker');
  assert.ok(card, 'Marlow and Pellow are both named');
  assert.deepEqual(card.outliers, [], 'one report against one: no outlier');
});

test('a report crediting part of the statement to the lone side\'s speaker keeps the outlier unnamed', () => {
  const arts = [
    article('a1', 'Vellmar Post', `Harbor Hawks receiver Marcus Dole was arrested early Tuesday. ${QUOTE} Hawks general manager A.J. Marlow said in a statement.`),
    article('a2', 'Kestrel News', `Receiver Marcus Dole of the Harbor Hawks was arrested on Tuesday. ${QUOTE} general manager Tom Pellow said in a statement.`),
    article('a3', 'Selen Wire', `The Harbor Hawks said receiver Marcus Dole was arrested on Tuesday morning. ${QUOTE} Hawks general manager Tom Pellow said.`),
  ];
  const { dossier: before } = buildDossier(arts);
  assert.deepEqual(before.conflicts.find((c) => c.kind === 'speaker')?.outliers, ['a1'], 'two named reports against one');
  const { dossier: d } = buildDossier([...arts, article('a4', 'Orren Daily', 'Receiver Marcus Dole was arrested on Tuesday in Harbor City. Marlow said he was aware of the “off-the-field issue involving Marcus” and would wait.')]);
  const card = d.conflicts.find((c) => c.kind === 'speaker');
  assert.ok(card, 'the card stays');
  assert.deepEqual(card.outliers, [], 'a4 backs Marlow: two against two');
});
