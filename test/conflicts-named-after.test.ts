/**
 * A name that is another person's whole name with words after it ("the Walter Holm Crusade" /
 * "Walter Holm's ministry") is a body named after that person (or the person again), never a
 * second person in the slot: no name card (issue #10, a false possible card read on an unseen
 * ECB+ story in session 22). Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-02-13', authors: [], agencies: [], text, removed: [] }) as unknown as Article;

test('a body named after a person is no second person', () => {
  const { dossier } = buildDossier([
    article('a1', 'Daily A', "Lena Marsh, the pin-up model, died on Thursday in a Velmora hospital. She was 85.\n\nIn the years since she had gone underground, Lena had become a born-again Christian working for the Walter Holm Crusade.\n\nHer agent said she had been ill for weeks."),
    article('a2', 'Daily B', "Lena Marsh, the pin-up model, died on Thursday in a Velmora hospital, her agent said. She was 85.\n\nShe became a born-again Christian and worked for Walter Holm's ministry, among others.\n\nShe had been ill for weeks."),
    article('a3', 'Daily C', "Lena Marsh, the pin-up model, died on Thursday in a Velmora hospital. She was 85.\n\nInstead, she worked full-time for evangelist Walter Holm's ministry.\n\nShe had been ill for weeks, her agent said."),
  ]);
  const names = dossier.conflicts.filter((c) => c.kind === 'name');
  assert.deepEqual(names.map((c) => c.claims.map((x) => x.value)), []);
});
