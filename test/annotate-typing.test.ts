/**
 * Entity typing across one article (src/annotate/mentions.ts): one sense per discourse, titles
 * against lexicons, acronyms of common nouns, generational suffixes and label words. Fixtures are
 * invented; each assertion fails without the rule it names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';
import { checkSpans } from './helpers/spans.js';

function read(text: string): AnnotatedArticle {
  const a = annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-02', authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] });
  checkSpans(a);
  return a;
}
/** The types of every mention with this exact text, in order. */
const typesOf = (a: AnnotatedArticle, name: string): string[] => a.mentions.filter((m) => m.text === name).map((m) => m.type);

test('one sense per discourse: a surname of a person the article names is that person, not the city', () => {
  const a = read(
    'Houston arrested after late-night crash\n' +
      'Riverside Otters wide receiver Marcus Houston was arrested early Saturday, police said.\n' +
      'Officers stopped Houston on the freeway. Houston was released on bail, and Houston’s lawyer declined to comment.\n' +
      'The team flew in from Houston, Texas, last week. Its next game is in Houston.',
  );
  assert.equal(a.mentions.find((m) => m.text === 'Marcus Houston')?.type, 'person');
  // Headline, object, subject, possessive: all him.
  assert.deepEqual(typesOf(a, 'Houston').slice(0, 4), ['person', 'person', 'person', 'person']);
  // The mention's own place context still wins: "from Houston, Texas", "in Houston".
  assert.deepEqual(typesOf(a, 'Houston').slice(4), ['place', 'place']);
});

test('one sense per discourse: without a person of that name the lexicon stands', () => {
  const a = read('Flights to Houston were cancelled on Saturday. Houston airport reopened later, officials said.');
  assert.ok(typesOf(a, 'Houston').length >= 1);
  assert.ok(typesOf(a, 'Houston').every((t) => t === 'place'));
});

test('one sense per discourse: a weak place cue on a possessive does not outvote the full name', () => {
  const a = read(
    'Witnesses saw Delphine Marrow cross the street with her children.\n' +
      'Two men were charged in Marrow’s death. Marrow was 34. The jury heard that Marrow had shielded a child.',
  );
  assert.equal(a.mentions.find((m) => m.text === 'Delphine Marrow')?.type, 'person');
  assert.deepEqual(typesOf(a, 'Marrow'), ['person', 'person', 'person']);
});

test('one sense per discourse: a name the article types as a team is not made a person', () => {
  // "SAN Diego Chargers" at a sentence start leaves "Diego Chargers", which looks like a person;
  // "The Chargers are …" says team, so "Chargers" elsewhere stays an organization.
  const a = read('SAN Diego Chargers receiver Ted Molloy was stopped on Friday.\nThe Chargers are due to play on Sunday. Chargers coach Ann Pike said little.');
  assert.deepEqual(typesOf(a, 'Chargers'), ['organization', 'organization']);
});

test('a human title outweighs the lexicons; a relational role word does not', () => {
  const a = read('Coach Washington praised the defence. Mr. Lincoln, the club owner, agreed. Moscow and its ally Syria objected.');
  assert.equal(typesOf(a, 'Washington')[0], 'person');
  assert.equal(typesOf(a, 'Lincoln')[0], 'person');
  assert.equal(typesOf(a, 'Syria')[0], 'place');
});

test('acronyms of common nouns and time zones are not names; agencies still are', () => {
  const a = read(
    'The NFL said the player was arrested on suspicion of DUI at 7:31 AM ET. It was his second DUI. ' +
      'He had bought a new TV, and two ISPs said their networks were down. An ISP was fined by the FCC.',
  );
  const names = a.mentions.map((m) => m.text);
  for (const n of ['DUI', 'ET', 'TV', 'ISP', 'ISPs']) assert.ok(!names.includes(n), `${n} is not a name`);
  assert.equal(typesOf(a, 'NFL')[0], 'organization');
  assert.equal(typesOf(a, 'FCC')[0], 'organization');
});

test('generational suffixes and initials make persons; a Roman numeral alone does not', () => {
  const a = read('Escaped inmate Barnaby Quill Ostrander Jr. was caught on Monday. A letter from R. Milo Tate said so. He studied World War II.');
  assert.equal(typesOf(a, 'Barnaby Quill Ostrander Jr.')[0], 'person');
  assert.equal(typesOf(a, 'R. Milo Tate')[0], 'person');
  assert.notEqual(typesOf(a, 'World War II')[0], 'person');
});

test('a label word before a given name is split off: nationality, department, team member', () => {
  const a = read(
    'The Comets signed Ukrainian Ivan Petrenko on Monday. Interior Ken Valdaro approved it, and fellow Comet Grant Oduya agreed. ' +
      'Chiefs QB Dale Pritchett threw twice.',
  );
  assert.equal(typesOf(a, 'Ivan Petrenko')[0], 'person');
  assert.equal(typesOf(a, 'Ken Valdaro')[0], 'person');
  assert.equal(typesOf(a, 'Grant Oduya')[0], 'person');
  const qb = a.mentions.find((m) => m.text === 'Dale Pritchett');
  assert.equal(qb?.type, 'person');
  assert.equal(qb?.role?.text, 'Chiefs QB');
  // A first name that is no label stays in the name.
  const b = read('Police said Ambrose Joseph Keller was seen in the park.');
  assert.equal(typesOf(b, 'Ambrose Joseph Keller')[0], 'person');
});

test('drugs, chemicals and conditions are no organizations: the WordNet lexicon and a lower-case expansion', () => {
  const a = read(
    'Doctors at the Fenwick clinic prescribed Zoloft and later Prozac to the patient. ' +
      'She had been treated for obsessive-compulsive disorder (OCD) since 2019, and the OCD returned in spring. ' +
      'The Quarry Safety Authority (QSA) said the QSA would review the case.',
  );
  assert.deepEqual(typesOf(a, 'Zoloft'), ['other']);
  assert.deepEqual(typesOf(a, 'Prozac'), ['other']);
  assert.equal(typesOf(a, 'OCD').length, 0, 'spelled out in lower case: an acronym of a common noun');
  assert.ok(typesOf(a, 'QSA').length >= 1 && typesOf(a, 'QSA').every((t) => t === 'organization'), 'a capitalised expansion is a named body');
});
