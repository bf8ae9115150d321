/**
 * The name layer on forms real stories use (src/annotate/mentions.ts, src/compare/entities/
 * entities.ts): a title of a department named with "and" before a name, a plural party word
 * glued before a surname, and a transliterated full name across outlets. Invented names and
 * sentences only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

const read = (id: string, text: string): AnnotatedArticle =>
  annotate({ id, file: null, outlet: `Outlet ${id}`, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] });

test('a title of a department named with "and" stays whole before the name', () => {
  const t = 'The rule was announced on Monday. Health and Human Services Secretary Marta Quillon said the rule would widen access.';
  const a = read('a1', t);
  const quillon = a.mentions.find((m) => m.text === 'Marta Quillon');
  assert.equal(quillon?.type, 'person');
  assert.equal(quillon?.role?.text, 'Health and Human Services Secretary');
  assert.ok(!a.mentions.some((m) => m.text === 'Human Services'), a.mentions.map((m) => m.text).join(', '));
  // The body's name may open further left, at its head and a complement.
  const t3 = 'On Monday the Office for Harbour Safety and Inspection Director Ilse Varga said the quay was closed.';
  assert.equal(read('a3', t3).mentions.find((m) => m.text === 'Ilse Varga')?.role?.text, 'Office for Harbour Safety and Inspection Director');
  // A person before "and" keeps the two apart: "Donald Pelham and Homeland Security Secretary …".
  const t2 = 'Donald Pelham and Homeland Security Secretary Ilse Varga met on Monday.';
  const varga = read('a2', t2).mentions.find((m) => m.text === 'Ilse Varga');
  assert.equal(varga?.role?.text, 'Homeland Security Secretary');
});

test('a plural party word glued before a surname is no first name', () => {
  const t = 'Former Rep. David Pelham spoke on Monday. Republicans Pelham and Cox argued over the bill. "We lost," Pelham said.';
  const a = read('a1', t);
  assert.ok(!a.mentions.some((m) => m.text === 'Republicans Pelham'), a.mentions.map((m) => m.text).join(', '));
  assert.ok(a.mentions.some((m) => m.text === 'Pelham' && m.start === t.indexOf('Pelham and') && m.type === 'person'));
});

test('a transliterated full name across outlets is one person; two names are not', () => {
  // (The apposition's role keeps the capitalised body it belongs to: "The Velmar spokesman, X".)
  const t1 = 'The Velmar spokesman, Zabriullah Mukhtarid, said the talks would resume.';
  const t2 = 'A memorial was held for the mother of Velmar spokesman Zabrihullah Mukhtari on Friday.';
  assert.equal(read('a1', t1).mentions.find((m) => m.text === 'Zabriullah Mukhtarid')?.role?.text, 'Velmar spokesman');
  const ents = buildEntities([read('a1', t1), read('a2', t2)]);
  const people = ents.entities.filter((e) => e.type === 'person');
  assert.equal(people.length, 1, people.map((e) => e.name).join(' | '));
  // Another role, two names the lexicons know (Christina/Christine), or a man's and a woman's
  // name (Gabriel/Gabriela) stay two people.
  const t3 = 'The Velmar commander Zabrihullah Mukhtari said the talks would resume.';
  assert.equal(buildEntities([read('a1', t1), read('a3', t3)]).entities.filter((e) => e.type === 'person').length, 2);
  for (const [x, y] of [['Christina', 'Christine'], ['Gabriel', 'Gabriela']]) {
    const t4 = `The rebel spokesman, ${x} Kestrova, said the talks would resume.`;
    const t5 = `The rebel spokesman ${y} Kestrova said the talks would resume.`;
    assert.equal(buildEntities([read('a4', t4), read('a5', t5)]).entities.filter((e) => e.type === 'person').length, 2, `${x}/${y}`);
  }
});
