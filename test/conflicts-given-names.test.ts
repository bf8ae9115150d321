/**
 * One person given two alike given names by two groups of reports (src/compare/conflicts/given-names.ts),
 * on invented reports through the real annotator: "Brian Dalton" / "Bryant Dalton" for one
 * suspect is a possible name card; one name spelt two ways (Brian/Bryan), a nickname
 * (Bill/William) and an article that names two relatives are not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';
import { slipOfGivenName, soundKey } from '../src/compare/conflicts/given-names.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-03-04T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}

const story = (a: string, b: string, c: string): Article[] => [
  art('a1', 'Daily Ardel', `Police in Marlow arrested a man on Tuesday after a shooting outside a bar that left two people wounded. The suspect, ${a} Dalton, 34, was charged with attempted murder. Dalton was held without bail at the county jail.`),
  art('a2', 'Harbour Post', `A man was arrested Tuesday after a shooting outside a Marlow bar wounded two people, police said. ${b} Dalton, 34, of Marlow, was charged with attempted murder. Dalton is due in court on Friday.`),
  art('a3', 'Coast News', `Two people were wounded in a shooting outside a bar in Marlow on Tuesday. Police arrested ${c} Dalton, 34, and charged him with attempted murder.`),
];
const nameCards = (arts: Article[]) => buildDossier(arts).dossier.conflicts.filter((c) => c.kind === 'name');

test('one suspect written "Brian Dalton" by one report and "Bryant Dalton" by two is a possible name card', () => {
  const cards = nameCards(story('Brian', 'Bryant', 'Bryant'));
  assert.equal(cards.length, 1);
  const [c] = cards;
  assert.equal(c.confidence, 'possible');
  assert.deepEqual(c.claims.map((cl) => [cl.value, cl.articles]), [['Bryant Dalton', ['a2', 'a3']], ['Brian Dalton', ['a1']]]);
  assert.deepEqual(c.outliers, ['a1']);
});

test('one name spelt two ways, a nickname, and two relatives named in one report raise no name card', () => {
  assert.deepEqual(nameCards(story('Brian', 'Bryan', 'Bryan')), []);
  assert.deepEqual(nameCards(story('William', 'Bill', 'Bill')), []);
  const relatives = story('Brian', 'Bryant', 'Bryant');
  relatives[0] = art('a1', 'Daily Ardel', 'Police in Marlow arrested a man on Tuesday after a shooting outside a bar that left two people wounded. The suspect, Brian Dalton, 34, was charged with attempted murder. His brother, Bryant Dalton, was questioned and released.');
  assert.deepEqual(nameCards(relatives), []);
});

test('given names: alike names of their own are a slip; spelling pairs, nicknames and far names are not', () => {
  assert.equal(slipOfGivenName('brian', 'bryant'), true);
  assert.equal(slipOfGivenName('brian', 'bryan'), false);
  assert.equal(slipOfGivenName('marc', 'mark'), false);
  assert.equal(slipOfGivenName('steven', 'stephen'), false);
  assert.equal(slipOfGivenName('rick', 'rich'), false);
  assert.equal(slipOfGivenName('george', 'bill'), false);
  assert.equal(soundKey('Stephen'), soundKey('Steven'));
});
