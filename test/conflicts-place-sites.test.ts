/**
 * One person's one site named two ways (src/compare/conflicts/swaps.ts sitePairs: "underwent hip
 * surgery at the London Clinic" / "is recovering at London Bridge Hospital after hip surgery", the
 * same person), and parts of a group placed in two places (partOfGroup: "Two of the injured were
 * taken to X" / "Three of the injured were taken to Y"), on invented reports through the real
 * pipeline. A person moved between sites and two groups of casualties raise no card.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-03-04T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const OUTLETS = ['Daily Ardel', 'Harbour Post', 'Coast News'];
const cards = (texts: string[]) =>
  buildDossier(texts.map((t, i) => art(`a${i + 1}`, OUTLETS[i], t))).dossier.conflicts
    .filter((c) => c.kind === 'place')
    .map((c) => `${c.confidence} ${c.claims.map((cl) => `${cl.value}:${cl.articles.join(',')}`).join(' / ')} outliers=${c.outliers.join(',')}`);

test('one person\'s surgery at two named hospitals in two reports worded differently is a possible place card', () => {
  assert.deepEqual(
    cards([
      'Alan Brookes underwent hip surgery at the London Clinic on Tuesday, his office said.',
      'Alan Brookes is recovering at London Bridge Hospital after hip surgery on Tuesday, his office said.',
    ]),
    ['possible London Clinic:a1 / London Bridge Hospital:a2 outliers='],
  );
  assert.deepEqual(
    cards([
      'Former minister Alan Brookes underwent hip surgery at the London Clinic on Tuesday, his office said.',
      'The former minister is recovering at London Bridge Hospital after hip surgery on Tuesday, Brookes\'s office said.',
      'Alan Brookes, 71, had hip surgery at the London Clinic, his office said on Tuesday.',
    ]),
    ['possible London Clinic:a1,a3 / London Bridge Hospital:a2 outliers=a2'],
  );
});

test('a person moved between two hospitals raises no place card', () => {
  assert.deepEqual(
    cards([
      'Alan Brookes was taken to St Anne\'s Hospital after the crash on Tuesday and later moved to a clinic in Karvik.',
      'Alan Brookes was treated at Karvik General Hospital after the crash on Tuesday, police said.',
    ]),
    [],
  );
});

test('two parts of a group taken to two hospitals in the same words raise no place card', () => {
  assert.deepEqual(
    cards([
      'Two of the injured were taken to St Mary\'s Hospital, where one was in critical condition, police said.',
      'Three of the injured were taken to Royal Free Hospital, where one was in critical condition, police said.',
    ]),
    [],
  );
});

test('a site told as to come ("will undergo surgery at") against where the person was taken raises no place card', () => {
  assert.deepEqual(
    cards([
      'Rovers striker Dale Pike was taken to Northgate Hospital with a knee injury after the draw against United on Saturday.',
      'Dale Pike will undergo surgery on his knee injury at the Harley Clinic next week, Rovers said.',
    ]),
    [],
  );
});

test('one person at two hotels in two reports raises no place card: one stays at one and meets at another', () => {
  assert.deepEqual(
    cards([
      'KARVIK — Trade talks between Velmora and Dravia opened in Karvik on Friday.\n\nForeign Minister Lena Sorvik is staying at the Grand Harbour Hotel during the three days of trade talks, her spokesman said.\n\nThe talks are expected to end on Sunday.',
      'KARVIK — Negotiators from Velmora and Dravia began trade talks in Karvik on Friday.\n\nLena Sorvik opened the first day of trade talks at the Park Royal Hotel on Friday with a call for lower tariffs.\n\nBoth sides hope to sign a deal by Sunday.',
    ]),
    [],
  );
});
