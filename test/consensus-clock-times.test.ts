/**
 * Two sentences told alike with clock times that cannot be one moment ("It took place at
 * 20:36:08 local time" / "… at 23:49:56 local time": two aftershocks months apart) are two
 * events, not one shared fact (facts/dates.ts clockTimesDiffer, asked by the one-claim gate);
 * one moment in two time zones keeps its minutes and stays one. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { clockTimesDiffer } from '../src/compare/facts/dates.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;

test('clock times with no minute in common are two moments', () => {
  assert.equal(clockTimesDiffer('It took place at 20:36:08 local time (Thursday 00:36:08 UTC).', 'It took place at 23:49:56 local time (Thursday 02:49:56 UTC).'), true);
  // One moment in two zones; a time in one sentence only.
  assert.equal(clockTimesDiffer('The probe flew past at 10:06 p.m. PDT Sunday.', 'The probe flew past at 1:06 a.m. EDT Monday.'), false);
  assert.equal(clockTimesDiffer('The probe flew past at 10:06 p.m. PDT Sunday.', 'The probe flew past on Sunday night.'), false);
});

test('two aftershocks told alike are not one shared fact', () => {
  const d = buildDossier([
    article('a1', 'Alpha News', '2010-07-15', 'A strong aftershock shook central Veldra on Wednesday. The earthquake measured 5.9 on the moment magnitude scale. It took place at 20:36:08 local time (Thursday 00:36:08 UTC). The quake was felt in Porvik and Selm, officials said. No damage was reported.'),
    article('a2', 'Beta Post', '2010-10-21', 'A further aftershock struck central Veldra on Wednesday. The earthquake measured 6.0 on the moment magnitude scale. It took place at 23:49:56 local time (Thursday 02:49:56 UTC). The quake was felt in Porvik and Selm, officials said. No damage was reported.'),
  ]).dossier;
  const shared = d.facts.filter((f) => f.support.length >= 2).map((f) => f.text);
  assert.ok(!shared.some((t) => /took place at/.test(t)), shared.join(' | '));
});
