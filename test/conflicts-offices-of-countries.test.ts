/**
 * One office of two countries is two offices (issue #10, session 23; conflicts/roles.ts
 * officeCountry, used by slots.ts, swaps.ts and the role cards): a bare "President" names the
 * office of the country its report is filed from, or the country its own title names. "a dinner
 * with President Ruben Castelo" from Lisbon and "meeting President Adi Wirana" from Jakarta are
 * two presidents (they made a name card by three paths). The same two names in reports all filed
 * from one country are still a card. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-07', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const TAIL = '\n\nThe envoy said a new proposal would be studied.';
const J1 = 'JAKARTA, Indonesia (AP) _ Talks on the future of the disputed island of Kora made progress on Friday, a U.N. envoy said after meeting President Adi Wirana.';
const J2 = 'JAKARTA, Indonesia (AP) _ A U.N. envoy said talks on the disputed island of Kora made progress on Friday after he met President Adi Wirana.';
const LISBON = 'LISBON, Portugal (AP) _ Talks on the future of the disputed island of Kora made progress on Friday, a U.N. envoy said after a dinner with President Ruben Castelo.';
const nameCards = (texts: string[]): string[] =>
  buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Associated Press', 'Kestrel News', 'Orrin Daily'][i], t + TAIL))).dossier.conflicts
    .filter((c) => c.kind === 'name')
    .map((c) => c.claims.map((cl) => cl.value).join(' / '));

test('bare titles in reports from two countries are two presidents: no card', () => {
  assert.deepEqual(nameCards([J1, J2, LISBON]), []);
});

test('a title naming its country against a bare title from another: no card', () => {
  const un = J1.replace('JAKARTA, Indonesia (AP) _ ', 'UNITED NATIONS (AP) _ ').replace('President Adi Wirana', 'Indonesian President Adi Wirana');
  assert.deepEqual(nameCards([un, J2, LISBON]), []);
});

test('the same two names in reports all filed from one country are still a card', () => {
  assert.equal(nameCards([J1, J2, LISBON.replace('LISBON, Portugal (AP) _ ', 'JAKARTA, Indonesia (AP) _ ')]).length, 1);
});
