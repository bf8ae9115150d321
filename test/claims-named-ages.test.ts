/**
 * A hyphened age told of a named person ("6-year-old Tomas Rell", "Tomas Rell, a 6-year-old
 * boy", "a 6-year-old boy, Tomas Rell,") is that person's age, compared with the age in commas
 * another outlet gives the person ("Tomas Rell, 10,"): issue #10, "a 10-year-old" / "6-year-old
 * X" missed on an unseen DUC 2006 story. Another person's age, a list of people and an unnamed
 * age stay apart. Invented text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-02-10', title: null, url: null, file: null, authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] } as unknown as Article;
}
const cards = (...texts: string[]): string[] =>
  buildDossier(texts.map((t, i) => art(`a${i + 1}`, `Outlet ${i + 1}`, t))).dossier.conflicts.map((c) => `${c.claims.map((x) => x.value).sort().join('/')}`);

const COMMAS = 'A federal judge in Miami on Monday heard the case of Tomas Rell, 10, whose father wants him home.';

test('an age before a name disagrees with the age in commas after it', () => {
  assert.deepEqual(cards('A federal judge in Miami heard the case of 6-year-old Tomas Rell on Monday, lawyers for the family said.', COMMAS), ['10/6-year-old']);
});

test('an age in an apposition of a name disagrees with the age in commas', () => {
  assert.deepEqual(cards('A federal judge in Miami on Monday heard the case of Tomas Rell, a 6-year-old boy whose father wants him home.', COMMAS), ['10/6-year-old']);
  assert.deepEqual(cards('A federal judge in Miami on Monday heard the case of a 6-year-old boy, Tomas Rell, whose father wants him home.', COMMAS), ['10/6-year-old']);
});

test('no card for another person\'s age, for a list of people, or for the same age', () => {
  assert.deepEqual(cards('A federal judge in Miami heard the case of 6-year-old Tomas Rell on Monday, lawyers for the family said.', 'A federal judge in Miami on Monday heard the case of Ana Ruiz, 10, whose father wants her home.'), []);
  assert.deepEqual(cards('A federal judge in Miami heard the case of a 6-year-old boy, Tomas Rell, 10, and his mother on Monday.', COMMAS), []);
  assert.deepEqual(cards('A federal judge in Miami heard the case of 10-year-old Tomas Rell on Monday, lawyers for the family said.', COMMAS), []);
});

test('an age told of one named person is not compared with another named person\'s age in a sentence that names both', () => {
  assert.deepEqual(cards('Police arrested Marco Velez and his half-brother Tomas Rell, 24, in connection with the shooting at the Dorsk housing project.', 'Police also arrested Velez\'s half-brother, 17-year-old Kristo Velez, and Rell in connection with the shooting at the Dorsk housing project.'), []);
});

test('a named age anchors two sentences as the same age written without a name does', () => {
  const d = buildDossier([
    art('a1', 'Outlet 1', 'A 36-year-old Australian climber is dead after falling about 150 metres at Mount Ardel.'),
    art('a2', 'Outlet 2', 'On Friday, 36-year-old Duncan Raite died after slipping and falling about 60 metres from a ridge.'),
  ]).dossier;
  assert.deepEqual(d.conflicts.map((c) => `${c.confidence}:${c.claims.map((x) => x.value).sort().join('/')}`), ['high:about 150 metres/about 60 metres']);
});

// Review (session 19): a nounless age ("at the age of N") is compared with a named age only where
// it is the person's age when reported (claims.ts OWN_AGE_NOW): not an age at another time, not
// a possessed relative's age in a sentence that names only the one person.
const OBIT = 'Tomas Rell, 61, a retired ferry captain, died at his home in Velmora on Sunday, his family said.';

test("a nounless age of another time or of the person's relative is no card against the named age", () => {
  assert.deepEqual(cards(OBIT, 'Rell, a retired ferry captain who lived in Velmora, died on Sunday; his wife died at the age of 58 in 2019, his family said.'), []);
  assert.deepEqual(cards(OBIT, "Rell's mother, a ferry captain in Velmora, died at the age of 58, his family said on Sunday."), []);
  assert.deepEqual(cards('Tomas Rell, 61, won the Velmora marathon on Sunday, his ninth victory in the race.', 'Rell began running the Velmora marathon at the age of 12 and won the race on Sunday for the ninth time.'), []);
});

test('the age at death written without a name still disagrees with the named age', () => {
  assert.deepEqual(cards(OBIT, 'Rell, a retired ferry captain who lived in Velmora, died at his home on Sunday at the age of 62, his family said.'), ['61/62']);
});

test("an age whose noun is a possessor is the possessor's, not the named person's", () => {
  assert.deepEqual(cards('Police in Velmora charged Tomas Rell, 41, with neglect on Monday after the boy was found alone.', "Police in Velmora charged Tomas Rell, a 6-year-old boy's father, with neglect on Monday after the boy was found alone."), []);
});
