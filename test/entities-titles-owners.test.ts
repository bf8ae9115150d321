/**
 * A title in the plural before a pair of people ("Justices …", "Reps. …") is the role, not part
 * of the first name (src/annotate/mentions.ts isRoleHeadTok; src/annotate/tokens.ts); a division
 * named "X School of …" inside a longer name is an organization (strongTypeOf); a body written
 * without the body that owns it ("the Rules Committee" after "the Senate Rules Committee") is
 * that body when exactly one body of the story ends so (src/compare/entities/entities.ts
 * ownerWords). Invented sentences only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(id: string, text: string): AnnotatedArticle {
  return annotate({ id, file: null, outlet: `Outlet ${id}`, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] });
}
const names = (a: AnnotatedArticle): string[] => a.mentions.map((m) => m.text);

test('a plural title before two people is their role, not part of the first name', () => {
  const a = read('a', 'With Justice Mara Velden writing, Justices Samuel Orrick and Neil Tamsin dissented on Monday.');
  assert.ok(names(a).includes('Samuel Orrick'), names(a).join(' | '));
  assert.ok(!names(a).some((n) => n.startsWith('Justices')), names(a).join(' | '));
  const b = read('b', 'The speaker blocked two picks, Reps. Jim Hallett of Ohio and Jim Corder of Iowa, on Friday.');
  assert.ok(names(b).includes('Jim Hallett'), names(b).join(' | '));
  assert.ok(!names(b).includes('Reps'), names(b).join(' | '));
  assert.equal(b.mentions.find((m) => m.text === 'Jim Hallett')?.role?.text, 'Reps.');
});

test('an abbreviated plural title ends no sentence and is a role whoever follows', () => {
  const a = read('a', 'In a letter to Sens. Sheldrake Vorhees and Tamsin Orr, she asked for the files. It was sent on Monday.');
  assert.equal(a.sentences.length, 2, JSON.stringify(a.sentences.map((s) => a.text.slice(s.start, s.end))));
  assert.equal(a.mentions.find((m) => m.text === 'Sheldrake Vorhees')?.role?.text, 'Sens.', JSON.stringify(a.mentions.map((m) => [m.text, m.type])));
  assert.ok(!names(a).some((n) => n.startsWith('Sens')), names(a).join(' | '));
});

test('a plural word that opens a name stays in it when no given name follows', () => {
  const a = read('a', 'Fans filled the stands for the Senators Cup final on Friday.');
  assert.ok(names(a).includes('Senators Cup'), names(a).join(' | '));
});

test('"X University School of Medicine" is an organization, even after "at"', () => {
  const a = read('a', 'Dr. Lena Ostrow, a professor at Halvard University School of Medicine, led the study.');
  assert.equal(a.mentions.find((m) => m.text === 'Halvard University School of Medicine')?.type, 'organization', JSON.stringify(a.mentions.map((m) => [m.text, m.type])));
});

test('a body written without its owner is the one body of the story that ends so', () => {
  const a = read('a', 'The Senate Rules Committee met on Tuesday to mark up the bill.');
  const b = read('b', 'Both leaders sit on the Rules Committee but rarely speak at its hearings.');
  const ents = buildEntities([a, b]).entities;
  const rules = ents.filter((e) => /Rules Committee/.test(e.name));
  assert.equal(rules.length, 1, JSON.stringify(rules.map((e) => e.name)));
  assert.equal(rules[0].name, 'Senate Rules Committee');
});

test('two bodies that end so leave the short name apart; an unknown first word is no owner', () => {
  const a = read('a', 'The Senate Rules Committee and the Pentagon Rules Committee met on Tuesday.');
  const b = read('b', 'The Rules Committee will vote next week.');
  const ents = buildEntities([a, b]).entities;
  assert.ok(ents.some((e) => e.name === 'Rules Committee'), JSON.stringify(ents.map((e) => e.name)));
  const c = read('c', 'The National Harbour Council met on Tuesday.');
  const d = read('d', 'The Harbour Council will vote next week.');
  const ents2 = buildEntities([c, d]).entities;
  assert.ok(ents2.some((e) => e.name === 'Harbour Council'), JSON.stringify(ents2.map((e) => e.name)));
});
