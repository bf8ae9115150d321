/**
 * One statement credited to two named people who may both have said it (issue #10, session 23;
 * conflicts/speaker-proxies.ts; invented text): a spokesman reading his minister's statement, and a
 * second politician repeating the pledge, are no speaker card. Two outlets giving one statement to
 * two people with nothing of the kind around it still raise one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-04T10:00:00Z', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const speakerCards = (texts: string[]): string[] =>
  buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Kestrel News', 'Orrin Daily'][i], t))).dossier.conflicts
    .filter((c) => c.kind === 'speaker')
    .map((c) => c.claims.map((cl) => `${cl.value}:${cl.articles.join(',')}`).join(' / '));

const Q = '"We will rebuild every single home that was lost in this terrible storm, and we will start this week,"';
const VARGA = `${Q} Interior Minister Anna Varga said in a statement on Monday.`;
const VARGA2 = `${Q} Interior Minister Anna Varga said on Monday.`;

test('a spokesman delivering the minister\'s words is no speaker card', () => {
  assert.deepEqual(speakerCards([VARGA, VARGA2, `${Q} said Ivo Mensk, a spokesman for Interior Minister Anna Varga, reading her statement to reporters on Monday.`]), []);
});

test('a second politician repeating the pledge is no speaker card', () => {
  assert.deepEqual(speakerCards([VARGA, VARGA2, `Prime Minister Tomas Holm repeated the pledge on Tuesday: ${Q} Holm said.`]), []);
});

test('one statement given to another named person with no such construction is still a card', () => {
  assert.deepEqual(speakerCards([VARGA, VARGA2, `${Q} Prime Minister Tomas Holm said on Monday.`]), ['Anna Varga:a1,a2 / Tomas Holm:a3']);
});
