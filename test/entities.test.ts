/**
 * Cross-article entities (src/compare/entities.ts): nicknames, middle initials, suffixes and
 * titles; bare surnames; never two different given names merged; spelling variants marked only
 * when they are spelling variants. Invented names and sentences only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEntities, isSpellingVariant, nameTokens, sameGiven } from '../src/compare/entities.js';
import type { AnnotatedArticle, Mention } from '../src/core/schema.js';
import { annotated } from './helpers/dossier-fixtures.js';

type M = [surface: string, type: Mention['type'], role?: string, nth?: number];
const art = (id: string, text: string, mentions: M[]): AnnotatedArticle => annotated({ id, outlet: `Outlet ${id}`, published: '2026-03-01', text, mentions });

const entityOf = (ents: ReturnType<typeof buildEntities>, article: string, text: string, surface: string): string | null => {
  const i = text.indexOf(surface);
  return ents.at(article, i, i + surface.length);
};

test('given names: nicknames from the public list, never two different names', () => {
  assert.ok(sameGiven('william', 'bill'));
  assert.ok(sameGiven('chuck', 'charles'));
  assert.ok(sameGiven('richard', 'dick'));
  assert.ok(sameGiven('joseph', 'joe'));
  assert.ok(!sameGiven('michelle', 'michael'), 'two English given names in their own right');
  assert.ok(sameGiven('ahmad', 'ahmed'), 'transliterations still meet');
  assert.ok(!sameGiven('bill', 'richard'));
});

test('name words: titles and generational suffixes are not the name', () => {
  assert.deepEqual(nameTokens('Joseph R. Tamber Jr.'), ['joseph', 'r', 'tamber']);
  assert.deepEqual(nameTokens('Gen. Orrin Vastel'), ['orrin', 'vastel']);
  assert.deepEqual(nameTokens('Jr.'), ['jr'], 'a lone word is kept');
});

test('one person across nickname, middle initial, suffix and surname; different people kept apart', () => {
  const t1 = 'Senator Joseph R. Tamber Jr. arrived in Ostrel. Tamber spoke for an hour. Michelle Korvan listened.';
  const t2 = 'Joe Tamber said the plan was ready. Michael Korvan disagreed with him.';
  const t3 = 'Bill Dennet and William Dennet met in N.Y. on Tuesday. Ticket No. 4 was sold.';
  const ents = buildEntities([
    art('a1', t1, [['Joseph R. Tamber Jr.', 'person'], ['Ostrel', 'place'], ['Tamber', 'other', undefined, 1], ['Michelle Korvan', 'person']]),
    art('a2', t2, [['Joe Tamber', 'person'], ['Michael Korvan', 'person']]),
    art('a3', t3, [['Bill Dennet', 'person'], ['William Dennet', 'person'], ['N.Y.', 'place'], ['No.', 'other']]),
  ]);
  const tamber = entityOf(ents, 'a1', t1, 'Joseph R. Tamber Jr.');
  assert.ok(tamber);
  assert.equal(entityOf(ents, 'a2', t2, 'Joe Tamber'), tamber, 'Joe is Joseph; the suffix and initial do not matter');
  assert.equal(entityOf(ents, 'a1', t1, 'Tamber spoke'), tamber, 'a bare surname is the person its article introduced');
  assert.notEqual(entityOf(ents, 'a1', t1, 'Michelle Korvan'), entityOf(ents, 'a2', t2, 'Michael Korvan'), 'Michelle is not Michael');
  assert.equal(entityOf(ents, 'a3', t3, 'Bill Dennet'), entityOf(ents, 'a3', t3, 'William Dennet'));
  assert.notEqual(entityOf(ents, 'a3', t3, 'N.Y.'), entityOf(ents, 'a3', t3, 'No.'), 'N.Y. is not No.');
  const e = ents.get(tamber!)!;
  assert.ok(e.aliases.every((al) => !al.variant), 'a nickname and a surname alone are not spelling variants');
});

test('father and son: different middle initials are different people', () => {
  const t1 = 'Former president Arvid K. Morrow visited. President Arvid T. Morrow spoke later.';
  const ents = buildEntities([art('a1', t1, [['Arvid K. Morrow', 'person'], ['Arvid T. Morrow', 'person']])]);
  assert.notEqual(entityOf(ents, 'a1', t1, 'Arvid K. Morrow'), entityOf(ents, 'a1', t1, 'Arvid T. Morrow'));
});

test('run-together middle initials: "K.T." is "K. T." and "KT", never "T."', () => {
  assert.deepEqual(nameTokens('Arvid K.T. Morrow'), ['arvid', 'k', 't', 'morrow']);
  assert.deepEqual(nameTokens('Arvid KT Morrow'), ['arvid', 'k', 't', 'morrow']);
  assert.deepEqual(nameTokens('U.S. Arvid'), ['us', 'arvid'], 'a leading abbreviation is no initial');
  const t1 = 'Arvid K.T. Morrow founded the archive. His son Arvid T. Morrow opened it.';
  const t2 = 'The elder Arvid K. T. Morrow was honoured. Arvid T. Morrow spoke. Arvid KT Morrow did not attend.';
  const ents = buildEntities([
    art('a1', t1, [['Arvid K.T. Morrow', 'person'], ['Arvid T. Morrow', 'person']]),
    art('a2', t2, [['Arvid K. T. Morrow', 'person'], ['Arvid T. Morrow', 'person'], ['Arvid KT Morrow', 'person']]),
  ]);
  const father = entityOf(ents, 'a1', t1, 'Arvid K.T. Morrow');
  const son = entityOf(ents, 'a1', t1, 'Arvid T. Morrow');
  assert.ok(father && son);
  assert.notEqual(father, son, 'a second middle initial is another person');
  assert.equal(entityOf(ents, 'a2', t2, 'Arvid K. T. Morrow'), father);
  assert.equal(entityOf(ents, 'a2', t2, 'Arvid KT Morrow'), father);
  assert.equal(entityOf(ents, 'a2', t2, 'Arvid T. Morrow'), son);
});

test('spelling variants: marked only when a word is spelled differently', () => {
  assert.ok(isSpellingVariant(['youssef', 'demiri'], ['yusuf', 'demiri']));
  assert.ok(!isSpellingVariant(['demiri'], ['yusuf', 'demiri']), 'surname only');
  assert.ok(!isSpellingVariant(['bill', 'dennet'], ['william', 'dennet']), 'a nickname');
  assert.ok(!isSpellingVariant(['yusuf', 'k', 'demiri'], ['yusuf', 'demiri']), 'a middle initial');
});

test('byName: memoised lookups give the same answers, preferring the article that names the person', () => {
  const t1 = 'Ilse Varnholt spoke first. Varnholt left.';
  const t2 = 'Oskar Varnholt arrived later.';
  const ents = buildEntities([art('a1', t1, [['Ilse Varnholt', 'person'], ['Varnholt', 'person']]), art('a2', t2, [['Oskar Varnholt', 'person']])]);
  const ilse = entityOf(ents, 'a1', t1, 'Ilse Varnholt');
  const oskar = entityOf(ents, 'a2', t2, 'Oskar Varnholt');
  assert.notEqual(ilse, oskar);
  assert.equal(ents.byName('Varnholt', 'a2'), oskar);
  assert.equal(ents.byName('Varnholt', 'a1'), ilse);
  assert.equal(ents.byName('Varnholt', 'a2'), oskar, 'the memo keys on the article too');
  assert.equal(ents.byName('Ms. Ilse Varnholt'), ilse);
  assert.equal(ents.byName('Nobody Here'), null);
});
