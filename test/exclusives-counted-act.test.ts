/**
 * Exclusives that are true (issue #12), on invented text: a sentence whose main act and its count
 * another outlet tells in other words ("Seventy people have been killed - mostly Dorvan civilians and 9
 * Velmoran military personnel" / "At least 9 Velmoran troops were among dozens killed …") is
 * reported there (facts.ts countedAct), so it is not listed as one outlet's exclusive, though the
 * rest of the two sentences shares too few words for the word coverage. The same count of another
 * act ("were among dozens arrested") leaves both listed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, file: `${id}.txt`, outlet, url: null, title: null, published: '2026-05-08', authors: [], agencies: [], text, removed: [] } as unknown as Article;
}

/** The texts of every listed exclusive. */
function exclusives(texts: string[]): string[] {
  const { dossier: d } = buildDossier(texts.map((t, k) => art(`a${k}`, `Outlet ${k}`, t)));
  const textOf = (id: string): string => {
    const s = d.facts.find((f) => f.id === id)!.source;
    return d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end);
  };
  return d.coverage.exclusives.flatMap((e) => e.facts.map(textOf));
}

const LEFT =
  'Pilgrims fled the Ardel shrine this morning after twin blasts on Tuesday evening. ' +
  'Seventy people have been killed - mostly Dorvan civilians and 9 Velmoran military personnel. ' +
  'The ministry promised an inquiry within a week.';
const RIGHT = (act: string): string =>
  `At least 9 Velmoran troops were among dozens ${act} after two bombs ripped through worshippers gathered at the north gate of the Ardel shrine in the old city and a hotel about 300 yards from the gate. ` +
  'Trade stopped for a day. Farmers waited in long lines.';

test('a count of the main act told in other words is not an exclusive', () => {
  const ex = exclusives([LEFT, RIGHT('killed')]);
  assert.ok(!ex.some((t) => /Seventy people have been killed/.test(t)), JSON.stringify(ex));
  assert.ok(!ex.some((t) => /At least 9 Velmoran troops were among/.test(t)), JSON.stringify(ex));
});

test('the same count of another act leaves the exclusive listed', () => {
  const ex = exclusives([LEFT, RIGHT('arrested')]);
  assert.ok(ex.some((t) => /Seventy people have been killed/.test(t)), JSON.stringify(ex));
  assert.ok(ex.some((t) => /At least 9 Velmoran troops were among/.test(t)), JSON.stringify(ex));
});
