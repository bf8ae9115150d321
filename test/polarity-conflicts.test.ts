/**
 * Contradictions of polarity and status (conflicts/polarity.ts, status-acts.ts; issue #10): one
 * report asserts an act of a named participant that another denies, or tells its complementary
 * outcome. A card only for one participant, one act, one occasion, in a plain construction; an
 * act pending in an earlier report and done in a later one is an update, never a card; such
 * opposite statements are never one consensus fact. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const story = (s: string): string => `${s} The fire at the Karvik harbour warehouse started shortly after midnight. Firefighters from three towns fought the blaze for six hours.`;
const dossierOf = (a: string, b: string, da = '2026-03-10', db = '2026-03-10') => buildDossier([article('a1', 'Callow Post', da, story(a)), article('a2', 'Wren Courier', db, story(b))]).dossier;
const cards = (a: string, b: string, da?: string, db?: string) => dossierOf(a, b, da, db).conflicts.filter((c) => c.kind === 'polarity');

test('an act one report asserts and another denies, the same day, is a polarity card', () => {
  const cs = cards('Jon Vark was charged with arson, police said.', 'Jon Vark was not charged, police said.');
  assert.equal(cs.length, 1, JSON.stringify(cs));
  assert.deepEqual(cs[0].claims.map((c) => [c.value, c.normalized, c.articles[0]]), [['Jon Vark was charged', 'charge', 'a1'], ['Jon Vark was not charged', 'not charge', 'a2']]);
  assert.equal(cs[0].confidence, 'high');
  assert.deepEqual(cs[0].outliers, []);
  // A denial with a place or cause after it is still a plain denial (no bound in time).
  assert.equal(cards('Jon Vark was charged over the fire, police said.', 'Jon Vark was not charged over the fire, police said.').length, 1);
});

test('a surname opening the sentence names the participant (a recognised name mention, the whole subject)', () => {
  const cs = cards('Jon Vark was charged with arson on Monday, police said.', 'Police questioned the watchman Jon Vark on Sunday. Vark was not charged with arson, his lawyer Ede Marn said on Monday.');
  assert.deepEqual(cs.map((c) => c.claims.map((x) => x.value)), [['Jon Vark was charged', 'Vark was not charged']]);
});

test('not confirming is at most a possible card (it may mean not yet)', () => {
  const cs = cards('The Karvik Harbour Office confirmed the report about Jon Vark on Monday.', 'The Karvik Harbour Office did not confirm the report about Jon Vark on Monday.');
  assert.deepEqual(cs.map((c) => c.confidence), ['possible'], JSON.stringify(cs));
});

test('a denial of an act still pending is at most a possible card', () => {
  const cs = cards('Jon Vark was charged with arson on Monday, police said.', 'Jon Vark has not been charged, police said on Monday.');
  assert.equal(cs.length, 1, JSON.stringify(cs));
  assert.equal(cs[0].confidence, 'possible');
});

test('an act pending in the earlier report and done in the later is an update, never a card', () => {
  const d = dossierOf('Jon Vark was charged with arson on Tuesday, police said.', 'Jon Vark has not yet been charged, police said.', '2026-03-11', '2026-03-10');
  assert.deepEqual(d.conflicts.filter((c) => c.kind === 'polarity'), []);
  const u = d.updates.filter((x) => x.kind === 'status');
  assert.deepEqual(u.map((x) => x.values.map((v) => [v.value, v.published])), [[['Jon Vark has not yet been charged', '2026-03-10'], ['Jon Vark was charged', '2026-03-11']]]);
});

test('the two outcomes of one status act are a possible card, and never one consensus fact', () => {
  const d = dossierOf('The watchman, Arno Kell, survived the fire.', 'The watchman Arno Kell died in the fire.');
  const cs = d.conflicts.filter((c) => c.kind === 'polarity');
  assert.equal(cs.length, 1, JSON.stringify(d.conflicts));
  assert.deepEqual(cs[0].claims.map((c) => c.normalized), ['survive', 'die']);
  assert.equal(cs[0].confidence, 'possible');
  // The consensus must not credit both outlets with one of the two statements (words/antonyms.ts).
  assert.ok(!d.facts.some((f) => f.support.length > 1 && /Kell/.test(f.text)), JSON.stringify(d.facts.map((f) => [f.text, f.support])));
});

test('survived in the earlier report and died in the later is an update', () => {
  const d = dossierOf('The watchman Arno Kell died of burns from the fire in hospital.', 'The watchman, Arno Kell, survived the fire.', '2026-03-14', '2026-03-10');
  assert.deepEqual(d.conflicts.filter((c) => c.kind === 'polarity'), []);
  assert.equal(d.updates.filter((x) => x.kind === 'status').length, 1, JSON.stringify(d.updates));
});

test('an asserted act and its denial are never one consensus fact', () => {
  const d = dossierOf('Jon Vark has been charged with arson over the Karvik fire.', 'Jon Vark has not been charged with arson over the Karvik fire.');
  assert.ok(!d.facts.some((f) => f.support.length > 1 && /Vark/.test(f.text)), JSON.stringify(d.facts.map((f) => [f.text, f.support])));
});

test('no card for two acts, two people, a bounded denial or a hedged assertion', () => {
  for (const [a, b] of [
    // Two charges: the complements share no word.
    ['Jon Vark was charged with arson, police said.', 'Jon Vark was not charged with murder, police said.'],
    // Two people of one family name.
    ['Jon Vark was charged with arson, police said.', 'Ada Vark was not charged, police said.'],
    // A denial bounded in time.
    ['Jon Vark was arrested at the harbour on Monday.', 'Jon Vark has not been arrested at the harbour since March.'],
    ['Jon Vark sailed in the harbour race on Sunday.', 'Jon Vark had not sailed in the harbour race in ten years.'],
    // The assertion under a modal or an infinitive.
    ['Jon Vark will be charged with arson, police said.', 'Jon Vark was not charged, police said.'],
    ['Jon Vark is expected to be charged with arson.', 'Jon Vark was not charged, police said.'],
    // Another occasion: a year only one report writes.
    ['Jon Vark was charged with arson in 2019, police said.', 'Jon Vark was not charged, police said.'],
    // "not only": a focus, not a denial.
    ['Jon Vark was charged with arson, police said.', 'Jon Vark was not only charged with arson but also with theft, police said.'],
  ]) {
    assert.deepEqual(cards(a, b).map((c) => c.claims.map((x) => x.value)), [], `${a} / ${b}`);
  }
});

test('one outlet reporting both is not a card (its later report may correct the earlier)', () => {
  const d = buildDossier([article('a1', 'Callow Post', '2026-03-10', story('Jon Vark was charged with arson, police said.')), article('a2', 'Callow Post', '2026-03-10', story('Jon Vark was not charged, police said.'))]).dossier;
  assert.deepEqual(d.conflicts.filter((c) => c.kind === 'polarity'), []);
});

test('many reports of one participant\'s act make one card, each article on its side once', () => {
  const yes = 'Jon Vark was charged with arson, police said.';
  const no = 'Jon Vark was not charged with arson, police said.';
  const arts = [yes, no, yes, no, yes].map((t, i) => article(`a${i + 1}`, `Outlet ${i + 1}`, '2026-03-10', story(t)));
  const cs = buildDossier(arts).dossier.conflicts.filter((c) => c.kind === 'polarity');
  assert.deepEqual(cs.map((c) => c.claims.map((x) => x.articles)), [[['a1', 'a3', 'a5'], ['a2', 'a4']]]);
});

test('a speaker named before a reported clause is not the participant of its act', () => {
  assert.deepEqual(cards('Eli Marn was charged with arson.', 'Eli Marn said Jon Vark was not charged with arson.'), []);
});

test('a possessive name or a generational suffix names another person', () => {
  assert.deepEqual(cards('Jon Vark was charged with arson.', "Jon Vark's brother was not charged with arson."), []);
  assert.deepEqual(cards('Jon Vark was charged with arson.', 'Jon Vark Jr. was not charged with arson.'), []);
});

test('a bare surname in an article that names another person of that surname is not the other report\'s full name', () => {
  assert.deepEqual(cards('Jon Vark was charged with arson.', 'Eli Vark was questioned. Vark was not charged with arson either, police said.'), []);
});

test('a denial narrower than the assertion, or a hedged report, is at most possible', () => {
  for (const [a, b] of [
    ['Ida Renn attended the summit dinner on Monday.', 'Ida Renn did not attend the summit talks.'],
    ['Jon Vark won the election.', 'Jon Vark did not win the election outright.'],
    ['Jon Vark was charged with arson.', 'Jon Vark was reportedly not charged with arson.'],
    ['Jon Vark was allegedly charged with arson.', 'Jon Vark was not charged with arson.'],
  ]) {
    const cs = cards(a, b);
    assert.ok(cs.every((c) => c.confidence === 'possible'), JSON.stringify([a, b, cs]));
  }
  // A broader denial still contradicts a narrower assertion.
  assert.deepEqual(cards('Jon Vark was charged with arson.', 'Jon Vark was not charged, police said.').map((c) => c.confidence), ['high']);
});

test('a denial inside a quotation opened in an earlier sentence, or in a conditional, is no card', () => {
  assert.deepEqual(cards('Jon Vark was charged with arson.', '“We are relieved. Jon Vark was not charged,” his lawyer Ede Marn said.'), []);
  assert.deepEqual(cards('Jon Vark was charged with arson.', 'Had Jon Vark not been charged, he would be free.'), []);
});

test('a phrase fronted before the name (a time, a case, a contrast) makes the card at most possible', () => {
  for (const b of ['Last year, Jon Vark was not charged.', 'In the earlier case, Jon Vark was not charged.', 'Unlike his brother, Jon Vark was not charged.']) {
    const cs = cards('Jon Vark was charged with arson.', b);
    assert.ok(cs.every((c) => c.confidence === 'possible'), JSON.stringify([b, cs]));
  }
});

test('a denial whose object is a pronoun is at most possible (it may stand for another thing)', () => {
  const cs = cards('Jon Vark signed the harbour deal on Monday.', 'Jon Vark did not sign it, his office said.');
  assert.ok(cs.length && cs.every((c) => c.confidence === 'possible'), JSON.stringify(cs));
});
