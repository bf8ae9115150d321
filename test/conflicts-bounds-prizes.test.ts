/**
 * Two false cards of a final reading, by their general cause: a bound written in words ("less
 * than a month", "less than four weeks") is a bound, not the figure (src/compare/claims/claims.ts
 * construction), so two upper bounds do not contradict each other; and a prize's name ("Most
 * Valuable Player Award") is no person, so its head word is never a name set against a player's
 * (src/annotate/mentions.ts PRIZE_HEADS). Invented text only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { annotate } from '../src/annotate/index.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const OUTLETS = ['Vellmar Post', 'Kestrel News', 'Selen Monitor'];
const story = (...texts: string[]): Conflict[] => buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], '2026-03-05', t))).dossier.conflicts;

test('two upper bounds in words ("less than a month", "less than four weeks") raise no card; bounds that exclude each other still do', () => {
  const base = 'Harbour pilot Mara Oldham was arrested on suspicion of drunken driving on Sunday, the club’s second such arrest in';
  const cs = story(`${base} less than a month.`, `${base} less than a month, police said.`, `${base} less than four weeks.`);
  assert.deepEqual(cs.map((c) => c.claims.map((x) => x.value)), []);
  const cs2 = story(`${base} more than two months.`, `${base} more than two months, police said.`, `${base} less than four weeks.`);
  assert.ok(cs2.length >= 1, 'more than two months against less than four weeks is a contradiction');
});

test('a prize named with a title word inside is no person, and its head word alone is no name', () => {
  const a = annotate({ id: 'a', file: null, outlet: 'O', url: null, title: null, published: '2026-03-02', authors: [], agencies: [], photoCredits: [], language: null, removed: [], text: 'Oldham is a recipient of the Harriers’ Most Valuable Player Award this season. The club won the Velden-Sharp Award on Monday.' });
  assert.ok(!a.mentions.some((m) => m.text === 'Award'), JSON.stringify(a.mentions.map((m) => [m.text, m.type])));
  assert.ok(!a.mentions.some((m) => /Award/.test(m.text) && m.type === 'person'), JSON.stringify(a.mentions.map((m) => [m.text, m.type])));
});
