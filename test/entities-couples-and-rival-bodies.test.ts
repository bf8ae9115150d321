/**
 * Session 20's entity merges on invented text (src/compare/entities/entities.ts): given names
 * coordinated before one surname are that many people of the surname, and a bare surname beside
 * them is nobody's for sure; a body named without its owner is not one of two bodies of the story
 * that end in its words ("House" and "Senate Appropriations Committee"). Invented names only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEntities } from '../src/compare/entities/entities.js';
import { entityAt, read } from './helpers/entities.js';

test('the first of two given names coordinated before a surname is a person of that surname', () => {
  const arts = [
    read('a1', 'Tamsin Orloff, 16, was found safe on Tuesday. Her father, Brent Orloff, thanked the police. Brent Orloff said the search was over.'),
    read('a2', 'Brent and Kerry Orloff thanked the volunteers who searched for their daughter.'),
  ];
  const ents = buildEntities(arts);
  const father = entityAt(ents, arts, 'a1', 'Brent Orloff');
  assert.ok(father);
  // "Brent" of "Brent and Kerry Orloff" is the father, not a person of no surname.
  assert.equal(entityAt(ents, arts, 'a2', 'Brent'), father);
  assert.notEqual(entityAt(ents, arts, 'a2', 'Kerry Orloff'), father);
});

test('a bare surname beside a coordinated couple of that surname goes to neither parent', () => {
  const arts = [
    read('a1', 'Tamsin Orloff, 16, was found safe on Tuesday. Her father, Brent Orloff, thanked the police. Brent Orloff said the search was over. Brent Orloff went home.'),
    read('a2', 'Brent and Kerry Orloff thanked the volunteers who searched for their daughter Tamsin. Later on Friday, police said Orloff, a high school junior, had been found.'),
  ];
  const ents = buildEntities(arts);
  const bare = entityAt(ents, arts, 'a2', 'Orloff, a high');
  // The father, named across the story, no longer takes his daughter's bare surname; nor does
  // the mother, the only other Orloff of the report named in full.
  assert.notEqual(bare, entityAt(ents, arts, 'a1', 'Brent Orloff'));
  assert.notEqual(bare, entityAt(ents, arts, 'a2', 'Kerry Orloff'));
});

test('a coordination read whole gives its first given name a person of the surname, and the bare surname stays apart', () => {
  const arts = [read('a1', 'Corinna and Oskar Vantreck founded the group after their son died. Vantreck said the law had changed.')];
  const ents = buildEntities(arts);
  const mother = entityAt(ents, arts, 'a1', 'Corinna');
  const father = entityAt(ents, arts, 'a1', 'Oskar Vantreck');
  assert.ok(mother && father);
  assert.notEqual(mother, father);
  assert.equal(ents.get(mother)!.type, 'person');
  const bare = entityAt(ents, arts, 'a1', 'Vantreck said');
  assert.notEqual(bare, father);
  assert.notEqual(bare, mother);
});

test('a surname of another player before the coordination is no given name of the surname after it', () => {
  const arts = [read('a1', 'Pierre Dunmore ran for two scores. Dunmore and Reggie Callis combined for 200 yards.')];
  const ents = buildEntities(arts);
  assert.equal(entityAt(ents, arts, 'a1', 'Dunmore and'), entityAt(ents, arts, 'a1', 'Pierre Dunmore'));
  assert.notEqual(entityAt(ents, arts, 'a1', 'Dunmore and'), entityAt(ents, arts, 'a1', 'Reggie Callis'));
});

test('a body named without its owner stays apart when two bodies of the story end in its words', () => {
  const arts = [
    read('a1', 'The House Appropriations Committee approved the bill on Monday, and the House will vote on Friday. The Senate Appropriations Committee will vote next week.'),
    read('a2', 'The Appropriations Committee chairman said he was pleased with the vote.'),
  ];
  const ents = buildEntities(arts);
  const house = entityAt(ents, arts, 'a1', 'House Appropriations Committee');
  const senate = entityAt(ents, arts, 'a1', 'Senate Appropriations Committee');
  assert.ok(house && senate);
  assert.notEqual(house, senate);
  const bare = entityAt(ents, arts, 'a2', 'Appropriations Committee');
  assert.notEqual(bare, senate);
  assert.notEqual(bare, house);
  // With one such body in the story the bare name is still that body.
  const one = [
    read('b1', 'The Senate Appropriations Committee will vote next week.'),
    read('b2', 'The Appropriations Committee chairman said he was pleased with the vote.'),
  ];
  const e1 = buildEntities(one);
  assert.equal(entityAt(e1, one, 'b2', 'Appropriations Committee'), entityAt(e1, one, 'b1', 'Senate Appropriations Committee'));
});

test('a bare surname beside a couple of that surname is the one other person of the surname its article names, unless a relative too', () => {
  const arts = [
    read('a1', 'Tamsin Orloff, a tennis player, failed a drug test in May. The only people more surprised than the player were her parents, Brent and Kerry Orloff. Orloff is the first woman to fail such a test.'),
    read('a2', 'Brent Orloff said the family would appeal. Brent Orloff spoke to reporters. Brent Orloff thanked the fans.'),
  ];
  const ents = buildEntities(arts);
  assert.equal(entityAt(ents, arts, 'a1', 'Orloff is'), entityAt(ents, arts, 'a1', 'Tamsin Orloff'));
  // Introduced as the couple's daughter, the third Orloff is a relative too: the surname is nobody's.
  const kin = [read('b1', 'Brent and Kerry Orloff attended with their daughter Tamsin Orloff. Orloff said the day was long.')];
  const e2 = buildEntities(kin);
  const bare = entityAt(e2, kin, 'b1', 'Orloff said');
  assert.notEqual(bare, entityAt(e2, kin, 'b1', 'Tamsin Orloff'));
  assert.notEqual(bare, entityAt(e2, kin, 'b1', 'Kerry Orloff'));
  assert.notEqual(bare, entityAt(e2, kin, 'b1', 'Brent'));
});

test('a longer body whose extra words name nothing on their own is no rival of the bare name', () => {
  const arts = [read('a1', 'The United Nations Security Council met on Monday. The National Security Council advised the president. The Security Council later passed the measure.')];
  const ents = buildEntities(arts);
  assert.equal(entityAt(ents, arts, 'a1', 'Security Council later'), entityAt(ents, arts, 'a1', 'United Nations Security Council'));
});

test('a surname after "the" beside a couple of that surname is the family, none of its members', () => {
  const arts = [read('a1', 'Kyle Orloff, 9, was prescribed the pill three years ago, and his parents, Brent and Kerry Orloff, want him off it. The Orloff\'s case is not unique.')];
  const ents = buildEntities(arts);
  const fam = entityAt(ents, arts, 'a1', "Orloff's case");
  assert.notEqual(fam, entityAt(ents, arts, 'a1', 'Kyle Orloff'));
});

test('a word the article titles alone elsewhere is a surname, not a given name of the coordination after it', () => {
  const arts = [read('a1', 'Former Sen. Rick Callis surged on Monday. Rep. Paul led among young voters. Paul and Rick Callis split the vote, polls showed.')];
  const ents = buildEntities(arts);
  // "Paul" of "Paul and Rick Callis" is the congressman, not a second Callis of given name Paul.
  assert.equal(entityAt(ents, arts, 'a1', 'Paul and'), entityAt(ents, arts, 'a1', 'Paul led'));
});

test('the given name of a person named in full with another surname is that person, not one of a couple', () => {
  const arts = [read('a1', 'Maria Santos hosted the gala on Friday. Maria and Helen Dunmore arrived together, and Santos greeted them.')];
  const ents = buildEntities(arts);
  assert.equal(entityAt(ents, arts, 'a1', 'Maria and'), entityAt(ents, arts, 'a1', 'Maria Santos'));
  assert.notEqual(entityAt(ents, arts, 'a1', 'Maria and'), entityAt(ents, arts, 'a1', 'Helen Dunmore'));
});
