/**
 * Two persons of one surname are two participants (issue #12, a wrong shared fact read on DUC
 * 2006 dev: two physicians of one surname, quoted on one topic, stood as one fact): "Dr. Peter
 * Varnholt … expressed concern …" / "… said Dr. Mary Varnholt, a … drug testing official" share the
 * surname, the committee and the topic, and nothing else. Given names the lexicons know that are
 * not one name (entities.ts sameGiven) tell two people, and so does a known given name beside a word
 * no lexicon knows that opens with another letter and is no everyday word ("Peter" / "Linn"); a
 * nickname ("Pete" / "Peter"), a role ("Coach") or a lone surname does not. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-02-10', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const A = 'Dr. Peter Varnholt, a consulting physician for the Velmora Olympic Committee, expressed concern about the growing use of steroids among teenagers.';

const shared = (b: string): string[] =>
  buildDossier([
    article('a1', 'Daily A', `Steroid use is spreading among high school athletes, doctors say.\n\n${A}\n\nHe spoke at a conference.`),
    article('a2', 'Daily B', `Coaches report more cases of steroid use among young athletes.\n\n${b}\n\nThe program runs in ten schools.`),
  ])
    .dossier.facts.filter((f) => f.support.length > 1 && /Varnholt/.test(f.text))
    .map((f) => f.text);

test('two given names of one surname are two persons', () => {
  assert.deepEqual(shared('"I get calls every day from coaches and parents," said Dr. Mary Varnholt, a physician at Dorsk Health University and a Velmora Olympic Committee drug testing official.'), []);
  assert.deepEqual(shared('Dr. Mary Varnholt, a physician for the Velmora Olympic Committee, expressed concern about the growing use of steroids among teenagers.'), []);
  // A given name no lexicon knows, opening with another letter, and no everyday word.
  assert.deepEqual(shared('Dr. Linn Varnholt, a physician for the Velmora Olympic Committee, expressed concern about the growing use of steroids among teenagers.'), []);
});

test('a nickname or a lone surname is the same person', () => {
  assert.equal(shared('Dr. Pete Varnholt, a physician for the Velmora Olympic Committee, expressed concern about the growing use of steroids among teenagers.').length, 1);
  // An everyday word before the surname is a role, not another given name.
  assert.equal(shared('Coach Varnholt, a physician for the Velmora Olympic Committee, expressed concern about the growing use of steroids among teenagers.').length, 1);
  assert.equal(shared('Dr. Varnholt, a physician for the Velmora Olympic Committee, expressed concern about the growing use of steroids among teenagers.').length, 1);
});

test('two spellings of one given name are one person: a romanisation, an English spelling', () => {
  // The name lexicons know both forms and sameGiven keeps them apart (a false entity merge costs
  // more than a split), but here a split says two people where both sentences tell of one.
  const b = (given: string): string => `Dr. ${given} Varnholt, a consulting physician for the Velmora Olympic Committee, expressed concern about the growing use of steroids among teenagers.`;
  const pair = (x: string, y: string): string[] =>
    buildDossier([
      article('a1', 'Daily A', `Steroid use is spreading among high school athletes, doctors say.\n\n${b(x)}\n\nHe spoke at a conference.`),
      article('a2', 'Daily B', `Coaches report more cases of steroid use among young athletes.\n\n${b(y)}\n\nThe program runs in ten schools.`),
    ]).dossier.facts.filter((f) => f.support.length > 1 && /Varnholt/.test(f.text)).map((f) => f.text);
  assert.equal(pair('Yevgeny', 'Evgeny').length, 1, 'Yevgeny / Evgeny');
  assert.equal(pair('Aleksandr', 'Alexander').length, 1, 'Aleksandr / Alexander');
  assert.equal(pair('Steven', 'Stephen').length, 1, 'Steven / Stephen');
  assert.deepEqual(pair('Michael', 'Michelle'), [], "a man's name and a woman's stay two people");
});
