/**
 * A wire dateline with no country ("LISBON (AP) _") still says where a report was filed (issue
 * #10, session 24): its town fills no place slot of the fact (slots.ts), and bare titles in
 * reports filed from two towns may be two countries' offices (roles.ts officeTown: "President
 * Adi Wirana" from Jakarta / "President Ruben Castelo" from Lisbon). Invented text; the first
 * test fails without either reading (a sure place card JAKARTA / LISBON, then a name card), the
 * second keeps the card when every report is filed from one town.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-07', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const TAIL = '\n\nThe envoy said a new proposal would be studied.';
const J1 = 'JAKARTA (AP) _ Talks on the future of the disputed island of Kora made progress on Friday, a U.N. envoy said after meeting President Adi Wirana.';
const J2 = 'JAKARTA (AP) _ A U.N. envoy said talks on the disputed island of Kora made progress on Friday after he met President Adi Wirana.';
const LISBON = 'LISBON (AP) _ Talks on the future of the disputed island of Kora made progress on Friday, a U.N. envoy said after a dinner with President Ruben Castelo.';
const cards = (texts: string[]): string[] =>
  buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Associated Press', 'Kestrel News', 'Orrin Daily'][i], t + TAIL))).dossier.conflicts.map((c) => `${c.kind}: ${c.claims.map((cl) => cl.value).join(' / ')}`);

test('reports filed from two towns, no country in either dateline: no place card, no president card', () => {
  assert.deepEqual(cards([J1, J2, LISBON]), []);
});

test('the same two presidents in reports all filed from one town are still a card', () => {
  assert.deepEqual(cards([J1, J2, LISBON.replace('LISBON', 'JAKARTA')]), ['name: Adi Wirana / Ruben Castelo']);
});

test("a dateline's town is where the report was filed, no place of the fact", () => {
  const plain = (t: string): string => t.replace(/ after .*$/, '.');
  assert.deepEqual(cards([plain(J1), plain(J1).replace('A U.N. envoy', 'An envoy of the U.N.'), plain(LISBON)]), []);
});
