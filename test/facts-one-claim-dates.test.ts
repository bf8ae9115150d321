// The one-claim gate's date test (src/compare/facts/one-claim.ts datesDiffer): two sentences
// whose dates, as resolved against each article's publication date, do not overlap tell of
// different times, though their words match ("next year" in two reports a year apart). Invented
// sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import type { Article } from '../src/core/schema.js';
import { Affinity } from '../src/compare/match/affinity.js';
import { Entailment } from '../src/compare/match/entail.js';
import { readAct } from '../src/compare/words/predicates.js';
import type { FactCluster, FactSentence } from '../src/compare/facts/facts.js';
import { dateSpan, datesDiffer, oneClaimFacts, sentenceDates } from '../src/compare/facts/one-claim.js';

function article(id: string, text: string, published: string): Article {
  return { id, text, outlet: id, language: null, published, file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

function gate(items: Array<[string, string]>, withDates = true): FactCluster[] {
  const arts = items.map(([text, published], i) => annotate(article(`a${i + 1}`, text, published)));
  const sentences: FactSentence[] = arts.map((a, i) => ({ idx: i, article: a.id, articleIndex: i, start: 0, end: a.text.length, text: a.text }));
  const aff = new Affinity(sentences.map((s) => s.text));
  const entail = new Entailment(sentences.map((s) => s.text), aff.ctx);
  const dates = withDates ? sentenceDates(sentences, new Map(arts.map((a) => [a.id, a.times]))) : undefined;
  const fact: FactCluster = { members: sentences, also: [], centrality: sentences.map((_, i) => 1 - i / 10), origin: null, aligned: null };
  return oneClaimFacts([fact], sentences, [], { aff, entail, acts: sentences.map((s) => readAct(s.text)), near: 0.5, dates });
}

test('spans of resolved dates', () => {
  const day = (s: string): number => Date.parse(`${s}T00:00:00Z`) / 86_400_000;
  assert.deepEqual(dateSpan('2004', 'year'), [day('2004-01-01'), day('2005-01-01')]);
  assert.deepEqual(dateSpan('2004-02', 'month'), [day('2004-02-01'), day('2004-03-01')]);
  assert.deepEqual(dateSpan('2004-02-16', 'week'), [day('2004-02-16'), day('2004-02-23')]);
  assert.deepEqual(dateSpan('2004-02-16', 'day'), [day('2004-02-16'), day('2004-02-17')]);
  assert.equal(datesDiffer([dateSpan('2004', 'year')!], [dateSpan('2004-02-16', 'day')!]), false);
  assert.equal(datesDiffer([dateSpan('2004', 'year')!], [dateSpan('2005-02-16', 'day')!]), true);
  assert.equal(datesDiffer([], [dateSpan('2005-02-16', 'day')!]), false);
});

test('"next year" in two reports a year apart is two years, so two claims', () => {
  const a = 'The Harlow council expects to hold a vote on the harbour bridge next year, its chairman said after a stormy meeting over the cost of the project.';
  const b = 'Harlow councillors will vote next year on the harbour bridge, the council chairman told reporters.';
  assert.equal(gate([[a, '2004-03-02'], [b, '2005-03-02']]).length, 2);
  // Without the dates (or in reports of one year) the two are one claim; so are near copies (one
  // text sent again on another day).
  assert.equal(gate([[a, '2004-03-02'], [b, '2005-03-02']], false).length, 1);
  assert.equal(gate([[a, '2004-03-02'], [b, '2004-05-10']]).length, 1);
  assert.equal(gate([[a, '2004-03-02'], [a.replace('its chairman', 'the chairman'), '2005-03-02']]).length, 1);
});
