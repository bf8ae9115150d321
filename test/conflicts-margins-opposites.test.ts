/**
 * Figures of two kinds or two things in alike sentences (issue #10, session 21): a margin against
 * a score ("won by 12 points" / "scored 21 points"), a move's start against its end ("from $12" /
 * "to $15"; figure-kinds.ts), figures of opposite acts ("closed at $40" / "opened at $38"), two
 * subjects of one move ("Korvel's shares fell 5 percent" / "The Dorsk index fell 2 percent") and
 * two nouns one figure qualifies ("a magnitude 7.1 earthquake" / "a magnitude 6.2 aftershock";
 * measured-nouns.ts). Invented text; each test fails without the mechanism it names, and the
 * last assertions of each keep what must still be raised.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string | null, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const OUTLETS = ['Vellmar Post', 'Kestrel News', 'Selen Monitor'];
const cards = (...texts: string[]): Conflict[] => buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], '2026-03-04', t))).dossier.conflicts;
const shown = (cs: Conflict[]): Array<{ values: string[]; confidence: string }> => cs.map((c) => ({ values: c.claims.map((cl) => cl.value).sort(), confidence: c.confidence }));
/** Three reports, the first one's sentence against the second's, which the third repeats with another ending. */
const story = (one: string, two: string): Conflict[] => cards(one, two, two.replace(/[^,]*\.$/, ' a spokesman said.'));

test('a margin against a score, and a start against an end, are no card', () => {
  assert.deepEqual(shown(story('Orlen won by 12 points on Sunday, beating Tarsk in the final, officials said.', 'Orlen scored 21 points on Sunday, beating Tarsk in the final, officials said.')), []);
  assert.deepEqual(shown(story('The council raised the minimum wage to $15 an hour on Monday, officials said.', 'The council raised the minimum wage from $12 an hour on Monday, officials said.')), []);
  assert.deepEqual(shown(story('Orlen won by 12 points on Sunday, beating Tarsk in the final, officials said.', 'Orlen won by 9 points on Sunday, beating Tarsk in the final, officials said.')), [{ values: ['12', '9'], confidence: 'high' }]);
  assert.deepEqual(shown(story('The council raised the minimum wage to $15 an hour on Monday, officials said.', 'The council raised the minimum wage to $16 an hour on Monday, officials said.')), [{ values: ['$15', '$16'], confidence: 'high' }]);
});

test('figures of opposite acts are no card', () => {
  assert.deepEqual(shown(story('Korvel shares closed at $40 on Monday, the exchange said.', 'Korvel shares opened at $38 on Monday, the exchange said.')), []);
  assert.deepEqual(shown(story('Korvel shares closed at $40 on Monday, the exchange said.', 'Korvel shares closed at $38 on Monday, the exchange said.')), [{ values: ['$38', '$40'], confidence: 'high' }]);
});

test("two subjects of one move, and two nouns a figure qualifies, are no card", () => {
  assert.deepEqual(shown(story("Korvel's shares fell 5 percent on Monday, the exchange said.", 'The Dorsk index fell 2 percent on Monday, the exchange said.')), []);
  assert.deepEqual(shown(story('A magnitude 7.1 earthquake struck off the coast on Monday, the geological survey said.', 'A magnitude 6.2 aftershock struck off the coast on Monday, the geological survey said.')), []);
  assert.deepEqual(shown(story("Korvel's shares fell 5 percent on Monday, the exchange said.", 'Korvel shares fell 3 percent on Monday, the exchange said.')), [{ values: ['3 percent', '5 percent'], confidence: 'high' }]);
  assert.deepEqual(shown(story('A magnitude 7.1 earthquake struck off the coast on Monday, the geological survey said.', 'A magnitude 6.9 earthquake struck off the coast on Monday, the geological survey said.')), [{ values: ['6.9', '7.1'], confidence: 'high' }]);
});
