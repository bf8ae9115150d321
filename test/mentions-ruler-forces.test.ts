/**
 * Review of session 17's collective-noun rule (mentions.ts combineWithRules), on invented text:
 * a lone name before "forces" is the group's when it names a region or a people ("Tigray
 * forces"), but news writes a ruler's surname there too ("Assad forces"), and that stays the
 * ruler's (rulerWord: the name's word vector nearer "president" than the region words).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';

function typeOf(text: string, name: string): string | undefined {
  const a = annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
  return a.mentions.find((m) => m.text === name)?.type;
}

test("a ruler's surname before 'forces' stays a person", () => {
  assert.equal(typeOf('Residents of the river town said Assad forces shelled the market on Monday.', 'Assad'), 'person');
});

test("a region's name before 'forces' is still the group", () => {
  assert.equal(typeOf('Residents said Oromia forces shelled the town on Monday, and Tigray forces were seen near Velmora.', 'Tigray'), 'organization');
});
