/**
 * Years of a named work or one-off event told in sentences never aligned (issue #10, session 23:
 * "the film, released in 2005" / "the 2006 film"; "the Lockerbie bombing in 1988" / "in 1989"):
 * the claim index files such a year under the thing its noun phrase names
 * (conflicts/thing-years.ts), and the card is at most possible. The sentences are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const story = (texts: string[]) => buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Kestrel News', 'Orrin Daily'][i], '2026-03-01', t))).dossier;
const years = (d: ReturnType<typeof story>): string[][] => d.conflicts.filter((c) => c.kind === 'date').map((c) => c.claims.map((cl) => cl.value).sort());
const died = 'The pin-up model Vera Halloran died in Vellmar on Thursday, her agent said.';

test("a work's year, as a modifier in one report and a participle in the other, is compared (possible)", () => {
  const d = story([
    'Actress Greta Moll played Vera Halloran in The Silent Hour, the 2006 film about her life, and attended its premiere in Vellmar.',
    'Vera Halloran, who died on Thursday in Vellmar at 85, was the subject of The Silent Hour, a film released in 2005 that starred Greta Moll.',
    died,
  ]);
  assert.deepEqual(years(d), [['2005', '2006']]);
  const card = d.conflicts.find((c) => c.kind === 'date')!;
  assert.equal(card.confidence, 'possible');
  assert.equal(card.about, 'the year of the film The Silent Hour');
});

test("a one-off named event's year, before and after its noun, is compared (possible)", () => {
  const d = story([
    'Ivo Marrek, who was questioned over the Lockerbie bombing in 1988, died in Vellmar on Thursday, his family said.',
    'Relatives of those killed in the 1989 Lockerbie bombing said they had long wanted Marrek to testify in court.',
  ]);
  assert.deepEqual(years(d), [['1988', '1989']]);
  assert.ok(d.conflicts.every((c) => c.confidence === 'possible'));
});

test("two films named by no title ('a 2005 film' / 'the 2006 film') are not compared", () => {
  // A director has many films: without a title the year's noun names none of them.
  const d = story([
    'The director Anton Reel, who shot a 2005 film in Vellmar, died there on Thursday, his studio said.',
    'Critics in Dorsk long admired the 2006 film that Reel shot on the coast with an amateur cast.',
  ]);
  assert.deepEqual(years(d), []);
});

test('the year a work was shot is not the year it came out', () => {
  const d = story([
    'Actress Greta Moll played Vera Halloran in The Silent Hour, the 2006 film about her life, and attended its premiere in Vellmar.',
    'Vera Halloran, who died on Thursday in Vellmar at 85, was the subject of The Silent Hour, a film shot in 2005 that starred Greta Moll.',
    died,
  ]);
  assert.deepEqual(years(d), []);
});

test('a novel and the film of the same title are two works', () => {
  const d = story([
    'Vera Halloran inspired The Silent Hour, the 2005 novel by Ines Korr, and she met its author in Vellmar.',
    'Greta Moll played Vera Halloran in the 2006 film The Silent Hour, shot in Vellmar.',
    died,
  ]);
  assert.deepEqual(years(d), []);
});

test('a recurring named occasion and two events of one kind are not compared', () => {
  // A series named by its year (no event noun after the name), and two bombings of two places.
  assert.deepEqual(years(story(['Ivo Marrek, who played in the 2006 World Cup, died in Vellmar on Thursday.', 'Marrek, a veteran of the 2010 World Cup, was a coach in Vellmar until his death on Thursday.'])), []);
  assert.deepEqual(years(story(['Marrek was questioned over the Karvik bombing in 1988, prosecutors in Vellmar said.', 'Marrek was questioned over the 1989 Dorsk bombing, prosecutors in Vellmar said.'])), []);
  // Nor an election under its place's name: a recurring occasion is no one-off event.
  assert.deepEqual(years(story(['Marrek won the Vellmar election in 1988 and again in 1992.', 'Marrek, who lost the 1989 Vellmar election, later led the party in Dorsk.'])), []);
});

test('years of one name decades apart are two things (a place\'s two earthquakes, a remake), not compared', () => {
  assert.deepEqual(years(story([
    'A strong earthquake shook northern California on Tuesday, cracking roads and cutting power to 40,000 homes. Engineers said the bridge had been rebuilt after the San Francisco earthquake in 1989.',
    'A powerful earthquake struck northern California on Tuesday, cutting power to 40,000 homes. Parts of the city were built on rubble cleared after the 1906 San Francisco earthquake.',
  ])), []);
  assert.deepEqual(years(story([
    'The actor Tom Reyes died on Monday at the age of 88, his family said. He was best known for The Long Road, the 1962 film about a family of miners.',
    'Tom Reyes, the actor, died on Monday aged 88, his family said. He later played the grandfather in The Long Road, the 2009 film about a family of miners.',
  ])), []);
  // Two years apart: a town's two fires.
  assert.deepEqual(years(story([
    'Fire crews in Marlow were called to a warehouse blaze on Monday. Some of the firefighters had also fought the Marlow fire in 2019, officials said.',
    'A warehouse blaze in Marlow drew fire crews on Monday. Residents said the smoke reminded them of the 2021 Marlow fire, officials said.',
  ])), []);
});

test('a name after "by" is a work\'s author, not its title: no "year of the film Human Rights Watch"', () => {
  const d = story([
    'Police in Karvik detained 40 protesters on Saturday, witnesses said. Abuses by the force were documented in a report by Human Rights Watch, published in 2005.',
    'Karvik police detained about 40 protesters on Saturday, witnesses said. The force\'s abuses were the subject of a report by Human Rights Watch, published in 2006.',
  ]);
  assert.deepEqual(d.conflicts.filter((c) => /Human Rights Watch/.test(c.about)).map((c) => c.about), []);
});
