/**
 * Review of conflicts/findings.ts (session 18): the later report's finding must be asserted. A
 * finding verb under a negation the negated-finding reader does not know ("never found", "were
 * unable to find", "failed to find", "have yet to find"), in an infinitive or under a modal ("a
 * test to find drugs … will take weeks"), or in a condition or a question ("if drugs are found",
 * "whether drugs would be found") reports nothing found, so no "not found → found" update.
 * Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;

const early = 'The harbour coroner said on April 2 that no drugs were found in the body of the fiddler Tomas Wrenly, who died at his home in Callow.';
const updates = (late: string) =>
  buildDossier([article('a1', 'Callow Post', '2026-04-03', early), article('a2', 'Wren Courier', '2026-04-10', late)]).dossier.updates.filter((x) => x.kind === 'finding');

test('a finding the later report does not assert is no update', () => {
  for (const late of [
    'The harbour coroner said on April 9 that investigators never found drugs in the body of the fiddler Tomas Wrenly.',
    'The harbour coroner said on April 9 that a toxicology test to find drugs in the body of the fiddler Tomas Wrenly will take weeks.',
    'The harbour coroner said on April 9 that investigators were unable to find drugs in the body of the fiddler Tomas Wrenly.',
    'The harbour coroner said on April 9 that tests failed to find drugs in the body of the fiddler Tomas Wrenly.',
    'The harbour coroner said on April 9 it was unclear whether drugs would be found in the body of the fiddler Tomas Wrenly.',
    'The harbour coroner said on April 9 that investigators have yet to find drugs in the body of the fiddler Tomas Wrenly.',
    'The harbour coroner said on April 9 that if drugs are found in the body of the fiddler Tomas Wrenly, police will investigate.',
  ]) {
    assert.deepEqual(updates(late).map((u) => u.values.map((v) => v.value)), [], late);
  }
});

test('a finding the later report asserts is still an update', () => {
  const u = updates('The harbour coroner said on April 9 that a toxicology test found traces of a sedative drug in the body of the fiddler Tomas Wrenly.');
  assert.deepEqual(u.map((x) => x.values.map((v) => v.value)), [['no drugs were found', 'found traces of a sedative']]);
});
