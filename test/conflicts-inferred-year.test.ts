/**
 * A month written without its year against the same month with one ("the June meeting" /
 * "the June 1995 meeting") differs only in the year the annotator supplied from the publication
 * date: no card (inferred-years.ts). A year either outlet wrote, or another month or day, is
 * still compared. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const cards = (published: string[], ...texts: string[]): Conflict[] => buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Kestrel News', 'Selen Monitor'][i], published[i], t))).dossier.conflicts;
const dates = (cs: Conflict[]): string[] => cs.filter((c) => c.kind === 'date').map((c) => c.claims.map((cl) => cl.value).sort().join(' / '));

test('a month without its year against the same month with one is no card', () => {
  const pub = ['1998-10-21', '1998-10-22', '1998-10-23'];
  assert.deepEqual(dates(cards(pub,
    'Lawyers for Orvane showed e-mail messages about the June 1995 meeting with Kestrel executives in court on Tuesday.',
    'Lawyers for Orvane showed e-mail messages about the June meeting with Kestrel executives in court on Tuesday.',
    'Lawyers for Orvane showed e-mail messages about the June 1995 meeting with Kestrel executives in court.',
  )), []);
  // Two written years of one meeting are still two claims.
  assert.equal(dates(cards(pub,
    'Lawyers for Orvane showed e-mail messages about the June 1995 meeting with Kestrel executives in court on Tuesday.',
    'Lawyers for Orvane showed e-mail messages about the June 1996 meeting with Kestrel executives in court on Tuesday.',
    'Lawyers for Orvane showed e-mail messages about the June 1995 meeting with Kestrel executives in court.',
  )).length, 1);
});
