/**
 * The same title at two named bodies is two offices (conflicts/slots.ts appositiveBodies): "Dr. X,
 * chairman of the cardiology department at A" and "Dr. Y, chairman of the cardiology department
 * at B" name two people, not one person two ways. Read on an unseen story, where two department
 * chairs at two universities became a confident name card. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-04-06', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const nameCards = (texts: string[]) => buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Kestrel News', 'Orrin Daily'][i], t))).dossier.conflicts.filter((c) => c.kind === 'name');

test('two chairs of like departments at two named universities raise no name card', () => {
  const cards = nameCards([
    'The boxer is being treated by Dr. Alan Merrow, chairman of the cardiology department at Vellmar University Hospital, his lawyer said.',
    'Dr. Peter Osk, chairman of the cardiology department at Tarnby Medical School, is treating the boxer, his lawyer said.',
  ]);
  assert.deepEqual(cards.map((c) => c.claims.map((cl) => cl.value)), []);
});

test('one office at one named body given two holders is still a card', () => {
  const cards = nameCards([
    'The boxer is being treated by Dr. Alan Merrow, chairman of the cardiology department at Vellmar University Hospital, his lawyer said.',
    'The boxer is being treated by Dr. Peter Osk, chairman of the cardiology department at Vellmar University Hospital, his lawyer said.',
  ]);
  assert.equal(cards.length, 1, JSON.stringify(cards.map((c) => c.claims.map((cl) => cl.value))));
});

test('like titles at two bodies sharing a word ("Medical") are two people, also when not aligned as one fact', () => {
  const cards = nameCards([
    'The boxer is being treated by Dr. Alan Merrow, chairman of the cardiology department at Vellmar University Medical Center.',
    'In a journal editorial last month, Dr. Peter Osk, chairman of the cardiology department at Tarnby Medical School, warned that the drug is prescribed too often.',
    'Dr. Peter Osk, who wrote the editorial, said doctors should wait before prescribing the drug to children.',
  ]);
  assert.deepEqual(cards.map((c) => c.claims.map((cl) => cl.value)), []);
});
