/**
 * Cross-article entities (src/compare/entities/entities.ts): nicknames, middle initials, suffixes and
 * titles; bare surnames; never two different given names merged; spelling variants marked only
 * when they are spelling variants. Invented names and sentences only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEntities, isSpellingVariant, nameTokens, sameGiven } from '../src/compare/entities/entities.js';
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

test('one-letter surname variants: merged with the same given name or the same role, never across two given names', () => {
  const t1 = 'Attorney General Renaldo Quiñales testified. Quiñales declined to answer.';
  const t2 = 'Renaldo Quiñalez, the attorney general, testified. Attorney General Quiñalez said little.';
  const t3 = 'Marta Quiñalez, a clerk, watched. Her lawyer, Tomas Quiñales, objected.';
  const t4 = 'Attorney General Quiñalez spoke again on Friday.';
  const ents = buildEntities([
    art('a1', t1, [['Renaldo Quiñales', 'person', 'Attorney General'], ['Quiñales', 'other', undefined, 1]]),
    art('a2', t2, [['Renaldo Quiñalez', 'person'], ['Quiñalez', 'person', 'Attorney General', 1]]),
    art('a3', t3, [['Marta Quiñalez', 'person'], ['Tomas Quiñales', 'person']]),
    art('a4', t4, [['Quiñalez', 'person', 'Attorney General']]),
  ]);
  const ag = entityOf(ents, 'a1', t1, 'Renaldo Quiñales');
  assert.ok(ag);
  assert.equal(entityOf(ents, 'a2', t2, 'Renaldo Quiñalez'), ag, 'same given name, surname one letter apart');
  assert.equal(entityOf(ents, 'a2', t2, 'Quiñalez said'), ag, 'a bare surname is the person its article introduced, in its spelling');
  assert.equal(entityOf(ents, 'a4', t4, 'Quiñalez'), ag, 'a bare surname with the role of one of two namesakes');
  assert.notEqual(entityOf(ents, 'a3', t3, 'Marta Quiñalez'), ag, 'another given name is another person');
  assert.notEqual(entityOf(ents, 'a3', t3, 'Tomas Quiñales'), ag);
  assert.notEqual(entityOf(ents, 'a3', t3, 'Marta Quiñalez'), entityOf(ents, 'a3', t3, 'Tomas Quiñales'));
  const e = ents.get(ag!)!;
  const variants = e.aliases.filter((al) => al.variant).map((al) => al.text);
  assert.ok(variants.some((v) => /Quiñale[sz]/.test(v)), 'the other spelling is shown as a variant');
});

test('acronyms: linked to the name whose initials they spell, in the story', () => {
  const t1 = 'The Coastal Fisheries Authority closed the bay. The CFA said tests were due.';
  const t2 = 'CFA inspectors arrived. The U.S. Marine Safety Board (MSB) was not consulted; the MSB declined to comment.';
  const ents = buildEntities([
    art('a1', t1, [['Coastal Fisheries Authority', 'organization'], ['CFA', 'organization']]),
    art('a2', t2, [['CFA', 'organization'], ['U.S. Marine Safety Board', 'organization'], ['MSB', 'organization'], ['MSB', 'organization', undefined, 1]]),
  ]);
  const cfa = entityOf(ents, 'a1', t1, 'Coastal Fisheries Authority');
  assert.equal(entityOf(ents, 'a1', t1, 'CFA'), cfa);
  assert.equal(entityOf(ents, 'a2', t2, 'CFA'), cfa, 'across articles of one story');
  const msb = entityOf(ents, 'a2', t2, 'U.S. Marine Safety Board');
  assert.equal(entityOf(ents, 'a2', t2, 'MSB'), msb, 'a leading country abbreviation is left out of the initials');
  assert.notEqual(msb, cfa);
  assert.equal(ents.byName('CFA'), cfa);
  assert.ok(ents.get(cfa!)!.aliases.every((al) => !al.variant), 'an acronym is another form, not a spelling variant');
});

test('father and son: "Jr." and "Sr." are two people; a bare full name never goes to the less-named one', () => {
  const t1 = 'Dorian Kell Jr. took over the firm. His father, Dorian Kell Sr., retired in 1990.';
  const t2 = 'Dorian Kell Jr. spoke to reporters.';
  const t3 = 'Dorian Kell said the firm would grow.';
  const ents = buildEntities([
    art('a1', t1, [['Dorian Kell Jr.', 'person'], ['Dorian Kell Sr.', 'person']]),
    art('a2', t2, [['Dorian Kell Jr.', 'person']]),
    art('a3', t3, [['Dorian Kell', 'person']]),
  ]);
  const son = entityOf(ents, 'a1', t1, 'Dorian Kell Jr.');
  const father = entityOf(ents, 'a1', t1, 'Dorian Kell Sr.');
  assert.ok(son && father);
  assert.notEqual(son, father, 'two suffixes, two people');
  assert.equal(entityOf(ents, 'a2', t2, 'Dorian Kell Jr.'), son);
  assert.ok(ents.get(son!)!.aliases.every((al) => al.text !== 'Dorian Kell Sr.'));
  // Both fit; the son, named twice as often in the story, may take it (dominance), the father never.
  const bare = entityOf(ents, 'a3', t3, 'Dorian Kell');
  assert.ok(bare !== father, 'never the father by default');
});

test('father and son with two given names: a bare surname in the article naming both once is neither; a role decides', () => {
  const t1 = 'Senator Halvard Brisk and his son Pello Brisk arrived. Brisk said nothing.';
  const t2 = 'Senator Brisk spoke on Tuesday.';
  const ents = buildEntities([
    art('a1', t1, [['Halvard Brisk', 'person', 'Senator'], ['Pello Brisk', 'person'], ['Brisk', 'person', undefined, 2]]),
    art('a2', t2, [['Brisk', 'person', 'Senator']]),
  ]);
  const father = entityOf(ents, 'a1', t1, 'Halvard Brisk');
  const son = entityOf(ents, 'a1', t1, 'Pello Brisk');
  assert.notEqual(father, son);
  const bare = entityOf(ents, 'a1', t1, 'Brisk said');
  assert.ok(bare !== father && bare !== son, 'ambiguous in its own article: neither dominates');
  assert.equal(entityOf(ents, 'a2', t2, 'Brisk'), father, 'the role says which one');
});

test('acronyms: only where the article introduced the name first, another article did, or the lexicon pairs them', () => {
  // "BP" spells "Border Patrol", but a2 used it before any full name (a dateline-like credit).
  const t1 = 'BEIJING (BP) - The Border Patrol closed the road. The Border Patrol (BP) said it would reopen.';
  const t2 = 'HARBIN (BP) - Snow fell overnight.';
  const t3 = 'The Associated Press reported the closure; AP photographers were there.';
  const ents = buildEntities([
    art('a1', t1, [['BP', 'organization'], ['Border Patrol', 'organization'], ['Border Patrol', 'organization', undefined, 1], ['BP', 'organization', undefined, 1]]),
    art('a2', t2, [['BP', 'organization']]),
    art('a3', t3, [['Associated Press', 'organization'], ['AP', 'organization']]),
  ]);
  const patrol = entityOf(ents, 'a1', t1, 'Border Patrol');
  assert.notEqual(entityOf(ents, 'a1', t1, 'BP'), patrol, 'the acronym came before the full name in its article');
  assert.notEqual(entityOf(ents, 'a2', t2, 'BP'), patrol, 'initials alone do not make an expansion');
  assert.equal(entityOf(ents, 'a3', t3, 'AP'), entityOf(ents, 'a3', t3, 'Associated Press'), 'a known pair of the lexicon');
  // A country's initials and its name, both in the places lexicon, in two articles.
  const u1 = 'Officials said the US is going in the wrong direction.';
  const u2 = 'Officials said the United States is going in the wrong direction.';
  const places = buildEntities([art('a1', u1, [['US', 'other']]), art('a2', u2, [['United States', 'place']])]);
  assert.equal(entityOf(places, 'a1', u1, 'US'), entityOf(places, 'a2', u2, 'United States'), 'a known pair of the places lexicon');
});

test('spelling variants: two words in their own right one letter apart are two names', () => {
  const t1 = 'Floods hit Hunan Province and the city of Tartous. Iris Delvane spoke.';
  const t2 = 'Floods hit Henan Province; in Tartus the port closed. Eris Delvane spoke too.';
  const ents = buildEntities([
    art('a1', t1, [['Hunan Province', 'place'], ['Tartous', 'place'], ['Iris Delvane', 'person']]),
    art('a2', t2, [['Henan Province', 'place'], ['Tartus', 'place'], ['Eris Delvane', 'person']]),
  ]);
  assert.notEqual(entityOf(ents, 'a1', t1, 'Hunan Province'), entityOf(ents, 'a2', t2, 'Henan Province'), 'two provinces, both frequent words');
  assert.equal(entityOf(ents, 'a1', t1, 'Tartous'), entityOf(ents, 'a2', t2, 'Tartus'), 'a transliteration variant still meets');
  assert.notEqual(entityOf(ents, 'a1', t1, 'Iris Delvane'), entityOf(ents, 'a2', t2, 'Eris Delvane'), 'given names with other first letters');
});

test('bare surnames across articles: through their own article, the story\'s one namesake introduced twice, or a rare name', () => {
  // "Baker" is an everyday word and a common surname: introduced once elsewhere, it may be anyone.
  const t1 = 'Councillor Dana Baker opened the session. Baker spoke first. Mira Quellbrook seconded.';
  const t2 = 'Baker, a witness, saw the fire. Quellbrook was not there.';
  const t3 = 'Tobin Fletcher won the vote. Fletcher thanked staff.';
  const t4 = 'Tobin Fletcher said he was pleased.';
  const t5 = 'Fletcher left early.';
  const ents = buildEntities([
    art('a1', t1, [['Dana Baker', 'person', 'Councillor'], ['Baker', 'person', undefined, 1], ['Mira Quellbrook', 'person']]),
    art('a2', t2, [['Baker', 'person'], ['Quellbrook', 'person']]),
    art('a3', t3, [['Tobin Fletcher', 'person'], ['Fletcher', 'person', undefined, 1]]),
    art('a4', t4, [['Tobin Fletcher', 'person']]),
    art('a5', t5, [['Fletcher', 'person']]),
  ]);
  const dana = entityOf(ents, 'a1', t1, 'Dana Baker');
  assert.equal(entityOf(ents, 'a1', t1, 'Baker spoke'), dana, 'introduced in its own article');
  assert.notEqual(entityOf(ents, 'a2', t2, 'Baker'), dana, 'a common surname introduced once, elsewhere: may be another Baker');
  assert.equal(entityOf(ents, 'a2', t2, 'Quellbrook'), entityOf(ents, 'a1', t1, 'Mira Quellbrook'), 'a rare surname, one person of it in the story');
  assert.equal(entityOf(ents, 'a5', t5, 'Fletcher'), entityOf(ents, 'a3', t3, 'Tobin Fletcher'), 'the story\'s namesake, introduced by two articles');
});

test('demonyms are not entities', () => {
  const t1 = 'Iraqi officials met Americans in Basra. Latin American envoys came.';
  const ents = buildEntities([art('a1', t1, [['Iraqi', 'other'], ['Americans', 'person'], ['Basra', 'place'], ['Latin American', 'other']])]);
  assert.equal(entityOf(ents, 'a1', t1, 'Iraqi'), null);
  assert.equal(entityOf(ents, 'a1', t1, 'Americans'), null);
  assert.equal(entityOf(ents, 'a1', t1, 'Latin American'), null);
  assert.ok(entityOf(ents, 'a1', t1, 'Basra'));
});

test('photo credits and postal boxes are not entities', () => {
  const t1 = 'Write to the desk, P.O. Box 4412, Varnton. Ilse Marek/Daily Courier Photo. The Daily Courier printed it.';
  const ents = buildEntities([
    art('a1', t1, [['P.O. Box', 'organization'], ['Varnton', 'place'], ['Ilse Marek/Daily Courier Photo', 'organization'], ['Daily Courier', 'organization', undefined, 1]]),
  ]);
  assert.equal(entityOf(ents, 'a1', t1, 'P.O. Box'), null);
  assert.equal(entityOf(ents, 'a1', t1, 'Ilse Marek/Daily Courier Photo'), null);
  assert.ok(entityOf(ents, 'a1', t1, 'Varnton'));
  const i = t1.indexOf('The Daily Courier') + 4;
  assert.ok(ents.at('a1', i, i + 'Daily Courier'.length), 'the outlet named in prose is one');
});

test('middle names: a chain of names may leave out a whole name, never an initial', () => {
  const t1 = 'Prosecutors charged Abdel Karim Ali al-Tessari on Monday. George H. W. Halbrook watched.';
  const t2 = 'Abdel Karim Tessari denied the charge. George W. Halbrook did not.';
  const ents = buildEntities([
    art('a1', t1, [['Abdel Karim Ali al-Tessari', 'person'], ['George H. W. Halbrook', 'person']]),
    art('a2', t2, [['Abdel Karim Tessari', 'person'], ['George W. Halbrook', 'person']]),
  ]);
  assert.equal(entityOf(ents, 'a2', t2, 'Abdel Karim Tessari'), entityOf(ents, 'a1', t1, 'Abdel Karim Ali al-Tessari'));
  assert.notEqual(entityOf(ents, 'a2', t2, 'George W. Halbrook'), entityOf(ents, 'a1', t1, 'George H. W. Halbrook'));
});

test('codes: words with figures are equal or different, never spellings of each other', () => {
  const t1 = 'Crews flew the Varo KX210 and the Varo KX21 over Tessel.';
  const ents = buildEntities([art('a1', t1, [['Varo KX210', 'organization'], ['Varo KX21', 'organization'], ['Tessel', 'place']])]);
  const second = t1.indexOf('Varo KX21 ');
  assert.notEqual(entityOf(ents, 'a1', t1, 'Varo KX210'), ents.at('a1', second, second + 'Varo KX21'.length));
});

test('one-letter surname variants: not between two surnames that are both frequent words', () => {
  const t1 = 'Councillor Tony Hill met Rep. Tony Hall in Dorvel.';
  const ents = buildEntities([art('a1', t1, [['Tony Hill', 'person', 'Councillor'], ['Tony Hall', 'person', 'Rep.'], ['Dorvel', 'place']])]);
  assert.notEqual(entityOf(ents, 'a1', t1, 'Tony Hill'), entityOf(ents, 'a1', t1, 'Tony Hall'));
});
