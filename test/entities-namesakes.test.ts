/**
 * Wrong merges and splits of entities found by the last reading of unseen stories, by pattern
 * (src/compare/entities/entities.ts): a son merged with his father of one name, a body named
 * after a person merged with the person, a place merged with a body whose name holds it, US
 * state abbreviations apart from their states, a party apart from its short name; also a
 * department named with its country split from its other name, and the framing's tie-break
 * between equally ranked actors. Invented names and sentences only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildEntities, headOf } from '../src/compare/entities/entities.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

const read = (id: string, text: string): AnnotatedArticle =>
  annotate({ id, file: null, outlet: `Outlet ${id}`, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] });

/** The entity holding the mention `text` of article `id` (first occurrence). */
function entityOf(arts: AnnotatedArticle[], id: string, text: string): { name: string; type: string; forms: string[] } {
  const ents = buildEntities(arts);
  const a = arts.find((x) => x.id === id)!;
  const start = a.text.indexOf(text);
  const e = ents.get(ents.at(id, start, start + text.length) ?? '');
  assert.ok(e, `no entity for ${text}`);
  return { name: e.name, type: e.type, forms: e.aliases.map((al) => al.text) };
}

test('a son named after his father is not the father: the given-name reading wins over the tail of a longer name', () => {
  const arts = [
    read('a1', 'Marek T. Osvaldo, 12, won the regional spelling contest on Thursday. "He studied every night," said his father, R. Marek Osvaldo, an engineer.'),
    read('a2', "Marek Osvaldo won the contest with the word 'sarcophagus'. His father, R. Marek Osvaldo, drove him to the hall."),
  ];
  const son = entityOf(arts, 'a2', 'Marek Osvaldo won');
  assert.ok(son.forms.includes('Marek T. Osvaldo'), son.forms.join(' | '));
  assert.ok(!son.forms.includes('R. Marek Osvaldo'), son.forms.join(' | '));
  // Without a person of the ordinary reading, a name used without its first initial is the same
  // person ("Paul Bremer" of "L. Paul Bremer").
  const envoy = [read('a3', 'Envoy L. Pell Brenner arrived on Monday. Pell Brenner said the talks would go on.')];
  assert.deepEqual(entityOf(envoy, 'a3', 'Pell Brenner said').forms.sort(), ['L. Pell Brenner', 'Pell Brenner']);
});

test('a body named after a person is that body by the bare name in its own article, the person elsewhere', () => {
  const arts = [
    read('a1', 'Students at Lionel Ashby College in Purcellville study government. The state will recommend Lionel Ashby be approved to enroll students. Schools like Lionel Ashby are in demand.'),
    read('a2', "The crowd cheered when the screen showed Lionel Ashby's famous line about liberty."),
  ];
  const college = entityOf(arts, 'a1', 'Lionel Ashby be approved');
  assert.equal(college.name, 'Lionel Ashby College');
  assert.equal(college.type, 'organization');
  const man = entityOf(arts, 'a2', 'Lionel Ashby');
  assert.equal(man.type, 'person');
  assert.ok(!man.forms.includes('Lionel Ashby College'), man.forms.join(' | '));
  // Marked as the person there ("named for X, the orator"), the bare name stays the person.
  const named = [read('a3', 'Lionel Ashby College was named for Lionel Ashby, the orator.'), arts[1]];
  assert.equal(entityOf(named, 'a3', 'Lionel Ashby, the').type, 'person');
});

test('a place in the complement of a body\'s name is no head anaphor of the body', () => {
  assert.equal(headOf(['university', 'of', 'velmont']), 'university');
  assert.equal(headOf(['international', 'monetary', 'fund']), 'fund');
  const arts = [read('a1', 'Researchers at the University of Velmont studied the pupils. Nathan Roe helped spearhead the Velmont charter-school movement in 1991.')];
  const v = entityOf(arts, 'a1', 'Velmont charter');
  assert.ok(!v.forms.includes('University of Velmont'), v.forms.join(' | '));
  // A body's head still refers back to it: "the Fund" after "the Northern Monetary Fund".
  const f = [read('a2', 'The Northern Monetary Fund met on Monday. The Fund said growth slowed.')];
  assert.ok(entityOf(f, 'a2', 'Fund said').forms.includes('Northern Monetary Fund'));
});

test('a US state\'s AP abbreviation is the state; a surname spelled like one is not', () => {
  const arts = [
    read('a1', 'The clinic opened in Fresno, Calif., on Monday. Doctors across California praised it. Dr. Alma Conn, its director, said more were planned. "We are full," Conn said.'),
    read('a2', 'Patients came from as far as Tampa, Fla., and from Reno, Nev., to the clinic.'),
  ];
  const ca = entityOf(arts, 'a1', 'Calif');
  assert.equal(ca.name, 'California');
  assert.equal(ca.type, 'place');
  assert.deepEqual(ca.forms.sort(), ['Calif', 'California']);
  assert.equal(entityOf(arts, 'a1', 'Conn said').type, 'person');
  assert.equal(entityOf(arts, 'a2', 'Fla').type, 'place');
});

test('a party is one body with its short name, unless a person of the story bears the word', () => {
  const arts = [
    read('a1', 'The Islamic party, Honesty, is the largest party in parliament. Ozal said he did not want Honesty in the government.'),
    read('a2', "Kemal's Honesty Party is the successor of a banned party. The Honesty leader, Recep Tanli, spoke on Monday."),
  ];
  const h = entityOf(arts, 'a1', 'Honesty in the');
  assert.equal(h.type, 'organization');
  assert.ok(h.forms.includes('Honesty Party'), h.forms.join(' | '));
  const g = [read('a3', 'Tom Green of the Green Party spoke on Monday. Green said the vote was close.')];
  assert.ok(!entityOf(g, 'a3', 'Green said').forms.includes('Green Party'));
});

test('a national department named "<country> Department of X" is its "X Department"', () => {
  const arts = [
    read('a1', 'The U.S. Department of Fisheries said on Monday that the quota would stay.'),
    read('a2', 'The Fisheries Department said the quota would stay. The U.S. Fisheries Department gave no figures.'),
  ];
  const d = entityOf(arts, 'a1', 'U.S. Department of Fisheries');
  assert.ok(d.forms.includes('Fisheries Department') && d.forms.includes('U.S. Fisheries Department'), d.forms.join(' | '));
});

test('framing ranks tied actors by mentions, not by the entity id as a string ("e10" before "e9")', async () => {
  const { buildFraming } = await import('../src/compare/entities/framing.js');
  const places = ['Arlo', 'Brisk', 'Cordale', 'Dunmore', 'Elmway', 'Farrowby', 'Glenhart', 'Holtby'];
  let t = places.map((p) => `Trucks drove from ${p} to ${p} Harbor and back to ${p} and ${p}.`).join(' ');
  t += ' The embattled Mayor Vera Lind spoke. Lind said the road was shut. Lind left. The embattled Judge Ora Pell spoke. Pell agreed.';
  const a = read('a1', t);
  const ents = buildEntities([a]);
  // Eight places rank first, so the two people are e9 and e10: two labels (a title and an
  // epithet: a row of bare titles frames no one) and one article each.
  assert.deepEqual(buildFraming([a], ents, 1).map((f) => f.name), ['Vera Lind']);
});
