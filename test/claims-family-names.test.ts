/**
 * An age filed under a person only where the given name written is theirs (claims.ts
 * writtenNameFits, session 26 review): the entity stage links a shorter written name to a longer
 * one through the surname, which joins two people of one family named alike, a daughter
 * "LuAnn Marie Kessler" and her mother "Marie Kessler", a son "John Kessler Jr." and his father
 * "John Kessler"; their two ages were a false possible card. The sentences are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { writtenNameFits } from '../src/compare/claims/claims.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-05', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const story = (texts: string[]) => buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Kestrel News', 'Orrin Daily'][i], t))).dossier;
const ages = (texts: string[]) => story(texts).conflicts.filter((x) => x.kind === 'number' || x.kind === 'quantity').map((x) => x.claims.map((cl) => cl.value).sort().join('/'));

const child = (name: string, age: number, pron: string): string[] => [
  `A car struck a child outside the Marvale supermarket on Wednesday night. ${name}, ${age}, of Dunmore was walking into the store when ${pron} was hit, police said.`,
  `Police in Marvale said ${name}, ${age}, of Dunmore was struck as ${pron} walked into the supermarket on Wednesday night.`,
];
const parent = (name: string, age: number): string => `${name}, ${age}, of Dunmore said the driver of the car that hit the child outside the Marvale supermarket on Wednesday night did not stop.`;

test('a mother named by the daughter\'s later given names is not the daughter: no age card', () => {
  assert.deepEqual(ages([...child('LuAnn Marie Kessler', 12, 'she'), parent('Marie Kessler', 41)]), []);
});

test('a father without the son\'s "Jr." is not the son: no age card', () => {
  assert.deepEqual(ages([...child('John Kessler Jr.', 12, 'he'), parent('John Kessler', 41)]), []);
});

test('the same written name with two ages is still compared', () => {
  assert.deepEqual(ages([...child('LuAnn Marie Kessler', 12, 'she'), child('LuAnn Marie Kessler', 13, 'she')[0]!]), ['12/13']);
});

test('a nationality word heading the name is no given name (writtenNameFits)', () => {
  // The entity stage can name a person after a report's "32-year-old Englishman Robert Buckley";
  // "Robert Buckley, 31," elsewhere is the same man and his age must still be compared (the
  // session 26 merge check lost a real ECB+ dev age card this way).
  assert.equal(writtenNameFits('Tomas Pell', 'Englishman Tomas Pell'), true);
  assert.equal(writtenNameFits('Tomas Pell', 'Frenchwoman Tomas Pell'), true);
  assert.equal(writtenNameFits('Tomas Pell', 'British Tomas Pell'), true);
  // …while another given name still tells two people apart.
  assert.equal(writtenNameFits('Marie Kessler', 'LuAnn Marie Kessler'), false);
});
