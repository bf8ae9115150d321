/**
 * A runoff is a vote's second round by its own name (issue #10, session 24; series.ts RUNOFF):
 * "led the first round on May 3" / "led the runoff on May 17" tell of two rounds. Invented text;
 * the first test fails without the reading (a possible date card), the second keeps one runoff's
 * two dates a card.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-05-18', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const OUTLETS = ['Kestrel News', 'Orrin Daily', 'Harlow Tribune'];
const cards = (...texts: string[]): string[][] => buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], t))).dossier.conflicts.map((c) => c.claims.map((cl) => cl.value).sort());

const RUNOFF = 'Reval led the runoff on May 17 with 46 percent, the commission said.';

test('the first round and the runoff are two rounds: no date card', () => {
  assert.deepEqual(cards('Reval led the first round on May 3 with 41 percent, the commission said.', RUNOFF, RUNOFF.replace('the commission said', 'officials said')), []);
});

test("one runoff's two dates are still a card", () => {
  assert.deepEqual(cards(RUNOFF.replace('May 17', 'May 10'), RUNOFF, RUNOFF.replace('the commission said', 'officials said')), [['May 10', 'May 17']]);
});
