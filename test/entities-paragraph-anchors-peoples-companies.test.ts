/**
 * Entities read by their construction (src/compare/entities/entities.ts, src/annotate/mentions.ts):
 * a bare surname is the person its own paragraph names in full just before it, not the story's
 * most mentioned namesake; a company named with a plural head ("X Resorts") is no person; a
 * people named before "tribe" or as the first word of a tribe's name is no place, person or body
 * in its bare mentions; a climate pattern named with "El" or "La" is no person. Invented names and
 * sentences only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

const read = (id: string, text: string): AnnotatedArticle =>
  annotate({ id, file: null, outlet: `Outlet ${id}`, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] });

const list = (a: AnnotatedArticle): string => a.mentions.map((m) => `${m.text}/${m.type}`).join(', ');
const typesOf = (a: AnnotatedArticle, name: string): string[] => a.mentions.filter((m) => m.text === name).map((m) => m.type);

test('a bare surname is the person its own paragraph names in full before it', () => {
  const arts = [
    read('a1', 'Former President Wendell Ostrava spoke at the museum on Monday. Ostrava praised the volunteers.\n\nThe museum also honours Josiah Ostrava, the state’s first governor. Ostrava served seven terms in the 1780s.'),
    read('a2', 'Wendell Ostrava opened the new wing of the museum on Monday. Ostrava said it was a proud day.'),
  ];
  const ents = buildEntities(arts).entities;
  const governor = ents.find((e) => e.name === 'Josiah Ostrava');
  const president = ents.find((e) => e.name === 'Wendell Ostrava');
  assert.ok(governor && president, ents.map((e) => e.name).join(', '));
  const text = (m: { article: string; start: number; end: number }): string => arts.find((a) => a.id === m.article)!.text.slice(m.start, m.end);
  // The governor's paragraph's bare surname is his; the president's paragraph's stays the president's.
  assert.equal(governor.mentions.filter((m) => text(m) === 'Ostrava').length, 1, JSON.stringify(governor.mentions));
  assert.ok(governor.mentions.some((m) => m.start > arts[0].text.indexOf('\n') && text(m) === 'Ostrava'), JSON.stringify(governor.mentions));
  assert.equal(president.mentions.filter((m) => m.article === 'a1' && text(m) === 'Ostrava').length, 1, JSON.stringify(president.mentions));
});

test('a child named in full in its paragraph keeps its bare surname from the adult of the story', () => {
  const arts = [
    read('a1', 'Sheriff Colm Verhagen said the fire started in a garage on Elm Street. Verhagen said two engines responded.\n\nA neighbour, Tobin Verhagen, 9, called for help. Verhagen ran to the house next door, his mother said.'),
    read('a2', 'Sheriff Colm Verhagen said the fire was under control by noon. Verhagen praised the crews.'),
  ];
  const ents = buildEntities(arts).entities;
  const boy = ents.find((e) => e.name === 'Tobin Verhagen');
  assert.ok(boy, ents.map((e) => e.name).join(', '));
  assert.equal(boy.mentions.length, 2, JSON.stringify(boy.mentions));
  // Two people of the surname named in full in one paragraph leave the choice to the other rules.
  const b = [read('b1', 'Mark Verhagen and Tobin Verhagen arrived on Monday. Verhagen said the road was closed.'), read('b2', 'Mark Verhagen said the road was closed. Verhagen left. Verhagen returned.')];
  const eb = buildEntities(b).entities;
  assert.ok(!eb.find((e) => e.name === 'Tobin Verhagen')!.mentions.some((m) => m.article === 'b1' && m.start > 40), JSON.stringify(eb));
});

test('a company named with a plural head is a body, a surname that is such a plural a person', () => {
  const a = read('a1', 'The ski area is owned by Valdane Resorts, which said it would reopen on Friday. Valdane Resorts said the lifts were safe. Marlow Foods said sales fell.');
  assert.deepEqual(typesOf(a, 'Valdane Resorts'), ['organization', 'organization'], list(a));
  assert.deepEqual(typesOf(a, 'Marlow Foods'), ['organization'], list(a));
  // A known given name before it, or the plural used alone as a name, keeps the person.
  const b = read('a2', 'Steve Jobs said the plan would work. Tyra Banks agreed.');
  assert.deepEqual(typesOf(b, 'Steve Jobs'), ['person'], list(b));
  assert.deepEqual(typesOf(b, 'Tyra Banks'), ['person'], list(b));
  const c = read('a3', 'Quillon Woods, a teacher, said the school was closed. Woods said parents were told.');
  assert.notEqual(typesOf(c, 'Quillon Woods')[0], 'organization', list(c));
});

test('a people named before "tribe" or in its tribe’s name is a people in its bare mentions', () => {
  const a = read('a1', 'The Vashuk Tribe said on Monday it would resume whaling. The Vashuk have hunted whales for centuries, said Rosa Venn, a Vashuk elder.');
  assert.deepEqual(typesOf(a, 'Vashuk Tribe'), ['organization'], list(a));
  assert.deepEqual(typesOf(a, 'Vashuk'), ['other', 'other'], list(a));
  assert.deepEqual(typesOf(a, 'Rosa Venn'), ['person'], list(a));
  const b = read('a2', 'The Orrani tribe said the land was sacred. Lorna Tewa, an Orrani elder, agreed. The Orrani said no.');
  assert.ok(typesOf(b, 'Orrani').length === 3 && typesOf(b, 'Orrani').every((t) => t === 'other'), list(b));
  // A place a people is named for keeps its type after a locative preposition.
  const d = read('a4', 'The Orrani tribe fled the fighting. Aid reached camps in Orrani on Friday.');
  assert.deepEqual(typesOf(d, 'Orrani')[0], 'other', list(d));
  assert.notEqual(typesOf(d, 'Orrani')[1], 'other', list(d));
  // Not a place the lexicon knows ("Oklahoma tribes"), nor a surname of the article's person.
  const c = read('a3', 'Oklahoma tribes met on Friday. Dana Vellor said the Vellor people had left.');
  assert.deepEqual(typesOf(c, 'Oklahoma'), ['place'], list(c));
  assert.notEqual(typesOf(c, 'Vellor')[0], 'other', list(c));
});

test('a climate pattern named with a Spanish article is no person or body', () => {
  const a = read('a1', 'El Niño is expected to bring heavy rain to the coast this winter, forecasters said. La Niña conditions ended in the spring.');
  assert.deepEqual(typesOf(a, 'El Niño'), ['other'], list(a));
  assert.deepEqual(typesOf(a, 'La Niña'), ['other'], list(a));
  // A city named so keeps its type.
  const b = read('a2', 'El Paso police said the road was closed.');
  assert.deepEqual(typesOf(b, 'El Paso'), ['place'], list(b));
});

test('a relative named once in a paragraph does not take the subject’s bare surname', () => {
  const arts = [
    read('a1', 'Karen Ostrava, 34, disappeared in May. Ostrava was last seen at a bus stop.\n\nHer mother, Jean Ostrava, said she was worried. Ostrava had called her every day, police said.'),
    read('a2', 'Karen Ostrava was found on Friday. Ostrava was unharmed.'),
  ];
  const ents = buildEntities(arts).entities;
  const mother = ents.find((e) => e.name === 'Jean Ostrava');
  assert.ok(mother, ents.map((e) => e.name).join(', '));
  assert.equal(mother.mentions.length, 1, JSON.stringify(mother.mentions));
  // Nor one whose kinship an apposition after the name tells.
  const b = [
    read('b1', 'Karen Ostrava, 34, disappeared in May. Ostrava was last seen at a bus stop.\n\nJean Ostrava, her mother, said she was worried. Ostrava had called her every day, police said.'),
    read('b2', 'Karen Ostrava was found on Friday. Ostrava was unharmed.'),
  ];
  const mb = buildEntities(b).entities.find((e) => e.name === 'Jean Ostrava');
  assert.equal(mb?.mentions.length, 1, JSON.stringify(mb?.mentions));
});

test('a person whose surname is a company-like plural keeps her type when written as a person', () => {
  // "who" after the name is a person's; "Banks" is nearer "companies" than "smith" in GloVe.
  const a = read('a5', 'The shop is owned by Tovah Banks, who said it would reopen on Friday. Tovah Banks said the shelves were full.');
  assert.deepEqual(typesOf(a, 'Tovah Banks'), ['person', 'person'], list(a));
  // A company with "which" stays a body.
  const b = read('a6', 'The ski area is owned by Valdane Resorts, which said it would reopen on Friday. Valdane Resorts said the lifts were safe.');
  assert.deepEqual(typesOf(b, 'Valdane Resorts'), ['organization', 'organization'], list(b));
});

test('a city or league before a noun of weather or seasons is no climate pattern', () => {
  const a = read('a7', 'El Paso winters are mild, the mayor said. El Paso police closed the road on Monday.');
  assert.deepEqual(typesOf(a, 'El Paso'), ['place', 'place'], list(a));
  const b = read('a8', 'The El Paso event drew 3,000 people. Police in El Paso said no one was hurt.');
  assert.ok(!typesOf(b, 'El Paso').includes('other'), list(b));
  const c = read('a9', 'La Paz weather turned cold on Monday. Protesters marched in La Paz.');
  assert.ok(!typesOf(c, 'La Paz').includes('other'), list(c));
  const d = read('a10', 'La Liga season resumes in June. La Liga said the clubs agreed.');
  assert.ok(!typesOf(d, 'La Liga').includes('other'), list(d));
  const e = read('a11', 'El Niño conditions are expected this year. La Niña conditions ended in the spring.');
  assert.deepEqual(typesOf(e, 'La Niña'), ['other'], list(e));
});

test('a namesake talked of (after "about", "named for") anchors no bare surname of the paragraph', () => {
  const arts = [
    read('a1', 'Former President Wendell Ostrava spoke at the museum on Monday. Ostrava praised the volunteers.\n\nAsked about Josiah Ostrava, the state’s first governor, Ostrava said he was his hero.'),
    read('a2', 'Wendell Ostrava opened the new wing of the museum on Monday. Ostrava said it was a proud day.'),
  ];
  const gov = buildEntities(arts).entities.find((e) => e.name === 'Josiah Ostrava');
  assert.equal(gov?.mentions.length, 1, JSON.stringify(gov?.mentions));
  const b = [
    read('b1', 'Senator Dana Kolbe said the bill would pass. Kolbe spoke on Monday.\n\nThe bill is named for Arne Kolbe, who died in 2019. Kolbe said the vote was close.'),
    read('b2', 'Senator Dana Kolbe voted yes. Kolbe said the bill was fair.'),
  ];
  const arne = buildEntities(b).entities.find((e) => e.name === 'Arne Kolbe');
  assert.equal(arne?.mentions.length, 1, JSON.stringify(arne?.mentions));
});

test('a town before "people" is no people: its residents are', () => {
  // An unknown word ("Uvalde") and a word nearer "city" than "tribe" ("Sderot") stay places.
  for (const town of ['Uvalde', 'Sderot']) {
    const a = read('a12', `${town} people are grieving. ${town} police said the suspect was caught. The mayor of ${town} spoke on Monday.`);
    assert.ok(!typesOf(a, town).includes('other'), list(a));
  }
  // A people the word table places near "tribe" still is one before "people".
  const b = read('a13', 'Hopi people met on Monday. The Hopi said the water was theirs.');
  assert.deepEqual(typesOf(b, 'Hopi'), ['other', 'other'], list(b));
});
