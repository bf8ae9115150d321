/**
 * Entity kinds and merges read on real stories (issue #12, entities pass): an illness named
 * like a place or a body, a broadcaster and its programmes, an outlet written with "The", and a
 * capitalised common word opening a clause after a colon. Invented sentences only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEntities } from '../src/compare/entities/entities.js';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle, Mention } from '../src/core/schema.js';
import { annotated } from './helpers/dossier-fixtures.js';

type M = [surface: string, type: Mention['type'], role?: string, nth?: number];
const art = (id: string, text: string, mentions: M[]): AnnotatedArticle => annotated({ id, outlet: `Outlet ${id}`, published: '2026-03-01', text, mentions });
const read = (text: string): AnnotatedArticle =>
  annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-02', authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] });

test('a name one mention shows to be an illness is one in the whole story, whatever the others were typed', () => {
  const t1 = 'The singer died of Varnox on Monday, his family said. He had been treated in Ostrel.';
  const t2 = 'Doctors in Ostrel said Varnox patients filled two wards. Varnox spread fast.';
  const ents = buildEntities([
    art('a1', t1, [['Varnox', 'place'], ['Ostrel', 'place']]),
    art('a2', t2, [['Ostrel', 'place'], ['Varnox', 'organization'], ['Varnox', 'place', undefined, 1]]),
  ]).entities;
  assert.equal(ents.find((e) => e.name === 'Varnox')?.type, 'other');
  assert.equal(ents.find((e) => e.name === 'Ostrel')?.type, 'place', 'a place beside it keeps its type');
});

test('a broadcaster named by its initials and its newsroom and programme named after it are one body; a word parent is not', () => {
  const t1 = 'QBN News first reported the deal. A QBN spokesman declined to comment.';
  const t2 = 'The anchor of QBN Nightly News said the talks had failed. Senate Republicans blocked the bill in the Senate.';
  const ents = buildEntities([
    art('a1', t1, [['QBN News', 'organization'], ['QBN', 'organization', undefined, 1]]),
    art('a2', t2, [['QBN Nightly News', 'organization'], ['Senate Republicans', 'organization'], ['Senate', 'organization', undefined, 1]]),
  ]).entities;
  const qbn = ents.filter((e) => /QBN/.test(e.name));
  assert.equal(qbn.length, 1, qbn.map((e) => e.name).join(' | '));
  assert.equal(qbn[0].aliases.length, 3);
  assert.equal(ents.filter((e) => /Senate/.test(e.name)).length, 2, 'a committee or caucus of the Senate is a body of its own');
});

test('an outlet of the outlet table named with a capitalised "The" is an organization', () => {
  const a = read('The senator attacked The Intercept for its coverage on Friday. Readers of the site were not surprised.');
  const m = a.mentions.find((x) => /Intercept/.test(x.text));
  assert.equal(m?.type, 'organization', JSON.stringify(a.mentions));
});

test('a common word opening a clause after a colon is no name when the article writes it in lower case', () => {
  const a = read(
    'Lately the mayor has stirred a row by complaining about “gridlockism” in an interview with Ana Pell of Vox. ' +
      'His view is one you hear from cautious Republicans: Gridlockism is “think tank” talk, the language of the council, entering politics in a way that turns voters off.',
  );
  assert.ok(!a.mentions.some((m) => m.text === 'Gridlockism'), JSON.stringify(a.mentions));
  assert.ok(a.mentions.some((m) => m.text === 'Republicans'));
  // A name after a colon stays one.
  const b = read('The council heard one witness: Marta Ovelle told it the bridge was unsafe.');
  assert.ok(b.mentions.some((m) => m.text === 'Marta Ovelle'), JSON.stringify(b.mentions));
});

test('an everyday word met only where a clause opens after a colon is no entity; an indefinite pronoun is no name', () => {
  const t1 = 'The mayor gave one reason for the new rules: Downtown is empty after six.';
  const ents = buildEntities([art('a1', t1, [['Downtown', 'organization']])]).entities;
  assert.equal(ents.length, 0, ents.map((e) => e.name).join(' | '));
  const a = read('The mayor spoke for an hour. Everyone has a different view of the plan, she said.');
  assert.ok(!a.mentions.some((m) => m.text === 'Everyone'), JSON.stringify(a.mentions));
});

test('an abbreviation is not the body whose name opens with it: "U.S." is not the "U.S. Senate"', () => {
  const t1 = 'The U.S. Senate voted on the aid bill. The U.S. pledged more money on Tuesday.';
  const ents = buildEntities([art('a1', t1, [['U.S. Senate', 'place'], ['U.S.', 'place', undefined, 1]])]).entities;
  assert.equal(ents.length, 2, ents.map((e) => `${e.name}: ${e.aliases.map((a) => a.text).join(', ')}`).join(' | '));
});

test('a national body named with and without its country is one body; two countries\u2019 bodies of one bare word are not', () => {
  const t1 = 'The US Food and Drug Administration approved the drug on Friday.';
  const t2 = 'The Food and Drug Administration said the review was complete. The British Army and the US Army trained together.';
  const ents = buildEntities([
    art('a1', t1, [['US Food and Drug Administration', 'organization']]),
    art('a2', t2, [['Food and Drug Administration', 'organization'], ['British Army', 'organization'], ['US Army', 'organization']]),
  ]).entities;
  const fda = ents.filter((e) => /Food and Drug/.test(e.name));
  assert.equal(fda.length, 1, fda.map((e) => e.name).join(' | '));
  assert.equal(fda[0].articles.length, 2);
  assert.equal(ents.filter((e) => /Army/.test(e.name)).length, 2);
});

test('role words between a body and the role noun belong to the role: "Senate Majority Leader" names the Senate', () => {
  const a = read('Senate Majority Leader Rosa Velden said the vote would go ahead. The Foreign Ministry spokesman Ivo Brannik agreed.');
  const names = a.mentions.map((m) => m.text);
  assert.ok(names.includes('Senate') && !names.includes('Senate Majority'), names.join(' | '));
  assert.ok(names.includes('Foreign Ministry'), 'an organization word ends the body, not the role');
});

test('an illness named with and without its number is one illness once the story shows it to be one; "F-16" is no "F"', () => {
  const t1 = 'Two patients died of VARNOX-21 in Ostrel this week.';
  const t2 = 'The Varnox ward in Ostrel was closed. The F-16 and the F jet flew over.';
  const ents = buildEntities([
    art('a1', t1, [['VARNOX-21', 'organization'], ['Ostrel', 'place']]),
    art('a2', t2, [['Varnox', 'place'], ['Ostrel', 'place'], ['F-16', 'other'], ['F', 'other']]),
  ]).entities;
  const ill = ents.filter((e) => /varnox/i.test(e.name));
  assert.equal(ill.length, 1, ill.map((e) => e.name).join(' | '));
  assert.equal(ill[0].type, 'other');
  assert.ok(ents.some((e) => e.name === 'F-16'));
});

test('a network named by a word joins its newsroom only where the outlet table knows the newsroom', () => {
  const t1 = 'Fox News reported the meeting first. A Fox spokesman declined to comment.';
  const t2 = 'The Vantor Files, a series on the company, ran for a month. Vantor said it would respond.';
  const ents = buildEntities([
    art('a1', t1, [['Fox News', 'organization'], ['Fox', 'organization', undefined, 1]]),
    art('a2', t2, [['Vantor Files', 'organization'], ['Vantor', 'organization', undefined, 1]]),
  ]).entities;
  assert.equal(ents.filter((e) => /Fox/.test(e.name)).length, 1, ents.map((e) => e.name).join(' | '));
  assert.equal(ents.filter((e) => /Vantor/.test(e.name)).length, 2, 'no table vouches for a word parent here');
});

test('on a tie a real type wins over "other", the annotator\'s word for a name it cannot type', () => {
  const t1 = 'The pledge came as Tomas Reval spoke with the prime minister of Ostrel on Monday.';
  const t2 = 'The move expands on the Reval administration’s action last month to share doses.';
  const ents = buildEntities([
    art('a1', t1, [['Tomas Reval', 'person'], ['Ostrel', 'place']]),
    art('a2', t2, [['Reval', 'other']]),
  ]).entities;
  const reval = ents.find((e) => /Reval/.test(e.name));
  assert.equal(reval?.articles.length, 2, 'one entity in both articles');
  assert.equal(reval?.type, 'person');
});
