/**
 * A surname opening a sentence is its verb's actor (measure.ts commonOpener), though it may be an
 * everyday word ("Brown", "Young") or look like a plural ("Jones", "Williams"): read as a common
 * noun, two players' scores met as one figure and raised a sure false card (session 21 review of
 * the claim-index counts). Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';
import { measureOf } from '../src/compare/claims/measure.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-01', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const story = (texts: string[]) => buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Kestrel News'][i], t))).dossier;
const figures = (d: ReturnType<typeof story>) => d.conflicts.filter((c) => c.kind === 'number' || c.kind === 'quantity');

test('two players named by everyday-word surnames opening their sentences are not one figure', () => {
  const d = story([
    'Guard Tia Brown led Orlen all night. Brown scored 21 points as Orlen beat Tarsk 88-80 on Sunday.',
    'Forward Ana Young was the difference. Young scored 12 points as Orlen beat Tarsk 88-80 on Sunday.',
  ]);
  assert.deepEqual(figures(d).map((c) => c.claims.map((cl) => cl.value)), []);
});

test('a surname in the form of a plural opening its sentence is still its figure\'s actor', () => {
  const agent = (s: string, fig: string): string | null => measureOf(s, s.indexOf(fig), s.indexOf(fig) + fig.length, null).agent;
  assert.equal(agent('Jones scored 21 points as Orlen beat Tarsk.', '21'), 'jones');
  assert.equal(agent('Williams scored 21 points as Orlen beat Tarsk.', '21'), 'williams');
  // Agents' plurals and everyday nouns' plurals stay common nouns.
  assert.equal(agent('Rescuers pulled 14 survivors from the rubble.', '14'), null);
  assert.equal(agent('Troops killed 14 militants near the border.', '14'), null);
  const d = story(['Jones scored 21 points as Orlen beat Tarsk 88-80 on Sunday.', 'Smith scored 12 points as Orlen beat Tarsk 88-80 on Sunday.']);
  assert.deepEqual(figures(d).map((c) => c.claims.map((cl) => cl.value)), []);
});

test('two common-noun subjects opening their sentences ("Police" / "Soldiers") are two actors', () => {
  // Session 21 review: dropped as no actor, the two forces' counts met as one figure, a sure card.
  assert.deepEqual(figures(story(['Police arrested 200 protesters in Dorvania on Saturday as crowds marched on the parliament.', 'Soldiers arrested 400 protesters in Dorvania on Saturday as crowds marched on the parliament.'])).map((c) => c.claims.map((cl) => cl.value)), []);
  assert.deepEqual(figures(story(['Rebels freed 12 hostages near Karvik on Saturday, the army said.', 'Troops freed 30 hostages near Karvik on Saturday, the army said.'])).map((c) => c.claims.map((cl) => cl.value)), []);
  // One subject on both sides still disagrees.
  assert.deepEqual(figures(story(['Police arrested 200 protesters in Dorvania on Saturday as crowds marched on the parliament.', 'Police arrested 400 protesters in Dorvania on Saturday as crowds marched on the parliament.'])).map((c) => [c.confidence, ...c.claims.map((cl) => cl.value).sort()]), [['high', '200', '400']]);
});
