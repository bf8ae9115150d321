/**
 * Figures of a past state ("once worth $40 billion"; "When the plant opened in 2010, it employed
 * 400 workers") are not compared with figures of now (past-moments.ts figureOfPastState).
 * An age of a past state of the life in its own sentence ("Anna Varga, 19, swam the strait when
 * she was a student") is not compared with a dated report's age ("Anna Varga, 64, died on
 * Monday"): issue #10, session 22, past-moments.ts. Invented text; fails without the gate, and the
 * last assertion keeps a real age card.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string | null, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const OUTLETS = ['Kestrel News', 'Vellmar Post', 'Selen Monitor'];
const cards = (...texts: string[]): Conflict[] => buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], '2026-03-04', t))).dossier.conflicts;
const values = (cs: Conflict[]): string[][] => cs.map((c) => c.claims.map((cl) => cl.value).sort());

test("an age of a past state of the life is no card against today's age", () => {
  const died = 'Anna Varga, 64, died on Monday at her home in Karvik, her family said.';
  const again = 'Anna Varga, 64, died on Monday at her home in Karvik, officials said.';
  assert.deepEqual(values(cards(died, 'Anna Varga died on Monday at her home in Karvik, her family said. Anna Varga, 19, swam the Dorsk strait when she was a student.', again)), []);
  assert.deepEqual(values(cards(died, 'Anna Varga died on Monday at her home in Karvik, her family said. Anna Varga, 61, swam the Dorsk strait last summer.', again)), [['61', '64']]);
});

test('a figure of a past state is no card against a figure of now', () => {
  const story = (one: string, two: string): Conflict[] => cards(one, two, two.replace(/[^,]*\.$/, ' a spokesman said.'));
  assert.deepEqual(values(story('Korvel, once worth $40 billion, filed for bankruptcy on Monday, officials said.', 'Korvel, valued at $12 billion, filed for bankruptcy on Monday, officials said.')), []);
  assert.deepEqual(values(story('When the Karvik plant opened in 2010, it employed 400 workers; it closed on Monday, officials said.', 'The Karvik plant, which employed 900 workers, closed on Monday, officials said.')), []);
  assert.deepEqual(values(story('Korvel, valued at $40 billion, filed for bankruptcy on Monday, officials said.', 'Korvel, valued at $12 billion, filed for bankruptcy on Monday, officials said.')), [['$12 billion', '$40 billion']]);
});
