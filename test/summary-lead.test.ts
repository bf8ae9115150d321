/**
 * The summary's lead and its order (issue #12, "Summary that a reader accepts"): the lead is the
 * news, not the background every report repeats; a question is no statement; a column's first
 * person is read per article.
 * Invented text throughout.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSummary, firstPersonShare, unfit } from '../src/compare/summary.js';
import type { Fact } from '../src/core/dossier-schema.js';
import { annotated } from './helpers/dossier-fixtures.js';

/** A fact of the given sentences (each [article, sentence text]) of the articles. */
function factOf(id: string, arts: Array<{ id: string; text: string }>, parts: Array<[string, string]>): Fact {
  const sentences = parts.map(([article, s]) => {
    const a = arts.find((x) => x.id === article)!;
    const start = a.text.indexOf(s);
    assert.ok(start >= 0, `fixture: ${s}`);
    return { article, start, end: start + s.length };
  });
  return { id, text: parts[0][1], support: [...new Set(parts.map(([a]) => a))], sentences, source: sentences[0] };
}

test('summary: a question is no statement of the story', () => {
  assert.equal(unfit('Will the ferry terminal at Dunmore reopen before the summer season?'), 'question');
  assert.equal(unfit('Why did the ferry terminal at Dunmore stay closed for eight months?'), 'question');
  assert.equal(unfit('The ferry terminal at Dunmore will reopen before the summer season.'), null);
});

test('summary: the lead is the news, not background dated long before the report', () => {
  const old = 'Last year, the port authority closed the old ferry terminal at Dunmore after a storm flooded it.';
  const news = 'The port authority reopened the ferry terminal at Dunmore on Monday after eight months of repairs.';
  const text = `${old} ${news} Passengers queued for the first crossing to Kellan Island.`;
  const arts = ['a1', 'a2'].map((id) =>
    annotated({ id, outlet: id, published: '2026-03-11', text, times: [['Last year', '2025', 'year', true], ['on Monday', '2026-03-09', 'day', true]] }),
  );
  const facts = [
    factOf('f1', arts, [['a1', old], ['a2', old]]),
    factOf('f2', arts, [['a1', news], ['a2', news]]),
  ];
  const summary = buildSummary(facts, arts, 2, 100);
  assert.equal(summary[0].fact, 'f2', `the reopening leads, not last year's closure: ${summary[0].text}`);
});

test('summary: the first person is read per article (a column says "I" outside quotes, a report in quotes only)', () => {
  assert.equal(firstPersonShare(['I walked along Harrow Street on Monday.', 'The warehouse was gone.', 'We deserve better.', 'The council met.']), 0.5);
  assert.equal(firstPersonShare(['“We will rebuild,” the owner said.', 'The warehouse was gone.']), 0);
  assert.equal(firstPersonShare([]), 0);
});
