/**
 * One person of one family name given two given names that are not alike ("Daniel Rosenberg" /
 * "David Rosenberg", the group's lawyer in every report; src/compare/conflicts/given-names.ts
 * findNamesakes), on invented reports through the real pipeline: a possible name card, the lone
 * report named. Two people of one family name are no card: kin in a sentence (an owner and the
 * owner's son), two titles (a senator and a representative), one title of two places (two
 * governors) or two bodies (two spokesmen), an article that names both, a generational suffix.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-03-04T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const OUTLETS = ['Daily Ardel', 'Harbour Post', 'Coast News'];
const cards = (texts: string[]) =>
  buildDossier(texts.map((t, i) => art(`a${i + 1}`, OUTLETS[i], t))).dossier.conflicts
    .filter((c) => c.kind === 'name')
    .map((c) => `${c.confidence} ${c.claims.map((cl) => `${cl.value}:${cl.articles.join(',')}`).join(' / ')} outliers=${c.outliers.join(',')}`);

test('one lawyer written "Daniel Rosenberg" by two reports and "David Rosenberg" by a third is a possible name card', () => {
  assert.deepEqual(
    cards([
      'The court rejected the group\'s claim on Monday. Daniel Rosenberg, the group\'s lawyer, said it would appeal.',
      'The group lost its case. Its lawyer, Daniel Rosenberg, called the ruling a mistake and said an appeal would follow.',
      'Judges threw out the claim. David Rosenberg, a lawyer for the group, said the group would appeal the ruling.',
    ]),
    ['possible Daniel Rosenberg:a1,a2 / David Rosenberg:a3 outliers=a3'],
  );
});

test('a lawyer for the family is a role, not kin: "A lawyer for the family, Daniel Rosenberg" / "David Rosenberg, a lawyer for the family"', () => {
  assert.deepEqual(
    cards([
      'A lawyer for the family, Daniel Rosenberg, said they would sue the hospital.',
      'The family will sue the hospital, said David Rosenberg, a lawyer for the family.',
    ]),
    ['possible Daniel Rosenberg:a1 / David Rosenberg:a2 outliers='],
  );
});

test('two people of one family name raise no name card', () => {
  // Kin: the owner and the owner's son.
  assert.deepEqual(cards([
    'Daniel Rosenberg, the team\'s owner, said the club would appeal the ruling on Tuesday.',
    'David Rosenberg, the owner\'s son, said the club would appeal the ruling on Tuesday.',
  ]), []);
  // Two titles.
  assert.deepEqual(cards([
    'Sen. John Kerrigan said the committee would vote on the bill next week.',
    'Rep. Mary Kerrigan said the committee would vote on the bill next week.',
  ]), []);
  // One title of two bodies.
  assert.deepEqual(cards([
    'Robert Chen, a spokesman for the Ardel police, said the road would reopen on Friday.',
    'Thomas Chen, a spokesman for the Marlow Fire Department, said the road would reopen on Friday.',
  ]), []);
  // An article that names both tells of two lawyers.
  assert.deepEqual(cards([
    'Daniel Rosenberg, a lawyer for the group, said it would appeal. David Rosenberg, another lawyer, agreed.',
    'David Rosenberg, a lawyer for the group, said the group would appeal the ruling.',
  ]), []);
  // A generational suffix: father and son.
  assert.deepEqual(cards([
    'Daniel Rosenberg Jr., the group\'s lawyer, said it would appeal the ruling on Monday.',
    'David Rosenberg, the group\'s lawyer, said it would appeal the ruling on Monday.',
  ]), []);
});

test('descriptions sharing only a body or a modifier are two roles: a founder and a chief executive, two players, two local victims', () => {
  // One company, two roles (a father who founded it, a son who runs it).
  assert.deepEqual(cards([
    'Robert Hale, the company\'s founder, said the factory in Marlow would close in June and its workers would be moved.',
    'Michael Hale, the company\'s chief executive, said the factory in Marlow would close in June and its workers would be moved.',
  ]), []);
  // One team, two players.
  assert.deepEqual(cards([
    'Ryan Williams, the team\'s captain, said the players would not strike before the final on Saturday.',
    'Luke Williams, the team\'s goalkeeper, said the players would not strike before the final on Saturday.',
  ]), []);
  // One modifier, two trades: two victims of one crash.
  assert.deepEqual(cards([
    'Maria Lopez, a local nurse, was killed when the bus overturned on the coast road near Marlow on Sunday.',
    'Jose Lopez, a local teacher, was killed when the bus overturned on the coast road near Marlow on Sunday.',
  ]), []);
  // One role with a longer head still reads as one: "chief executive" / "chief executive officer".
  assert.deepEqual(cards([
    'Robert Hale, the company\'s chief executive, said the factory in Marlow would close in June and its workers would be moved.',
    'Michael Hale, the chief executive officer of the company, said the factory in Marlow would close in June and its workers would be moved.',
  ]).length, 1);
});

test('given names of two sexes are two people: "Anna Berg" / "Peter Berg", lawyers for the family', () => {
  assert.deepEqual(cards([
    'A lawyer for the family, Anna Berg, said they would sue the hospital.',
    'The family will sue the hospital, said Peter Berg, a lawyer for the family.',
  ]), []);
});

test('kin in the sentence after the name is two people: the club\'s owner who took over from his father', () => {
  assert.deepEqual(cards([
    'Robert Hale, the club\'s owner, said the stadium would be sold to the city council by the end of June.',
    'Michael Hale, the club\'s owner, said the stadium would be sold to the city council by the end of June. He took over the club from his father in 2019.',
  ]), []);
});

test('a title alone is many people\'s: two senators of one family name (cousins) are no card', () => {
  assert.deepEqual(cards([
    'Sen. Mark Udall said on Tuesday that the drilling bill would not pass the Senate this year.',
    'Sen. Tom Udall said Tuesday that the drilling bill would not pass the Senate this year.',
  ]), []);
});

test('two alike given names that entity linking keeps apart ("Christine" / "Christina Carter", one principal) are a possible name card that says one may be misspelt', () => {
  const texts = [
    'Christine Carter, the school\'s principal, said classes would resume on Monday after the flood.',
    'Christine Carter, the principal of the school, said classes would resume Monday after the flood.',
    'Classes will resume on Monday after the flood, said Christina Carter, the principal of the school.',
  ];
  assert.deepEqual(cards(texts), ['possible Christine Carter:a1,a2 / Christina Carter:a3 outliers=']);
  const why = buildDossier(texts.map((t, i) => art(`a${i + 1}`, OUTLETS[i], t))).dossier.conflicts.find((c) => c.kind === 'name')?.why ?? '';
  assert.match(why, /misspelt/);
});
