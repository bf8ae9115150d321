/**
 * The learned lede-pair model (issue #12, match/lede-pairs.ts, trained by
 * bench/train-lede-pairs.ts): two ledes whose main verbs the lexicon does not name one act
 * ("stripped … of his post" / "voted to censure …") are never joined by it (the model weighs no
 * verb: two steps of one affair told in one frame look like one event to it); two events of one
 * kind told alike on different days stay two facts; and only the pair
 * the model joined passes the checks that ask for one verb: a lede another link brought into a
 * fact, whose main act is another actor's later act ("the opposition demanded the mayor's
 * resignation after a fire killed 12 people"), is checked as before. Invented articles (and the
 * bundled invented example), real annotator.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';
import { LEDE_PAIR_FEATURES } from '../src/compare/match/lede-pairs.js';
import { LEDE_PAIR_MODEL } from '../src/compare/match/lede-pair-model.js';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ingestAll } from '../src/ingest/index.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, text, outlet, language: null, published: '2026-03-04', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

const shared = (texts: string[]): string[][] => {
  const { dossier: d } = buildDossier(texts.map((t, k) => art(`a${k}`, `Outlet ${k}`, t)));
  return d.facts.filter((f) => new Set(f.sentences.map((s) => s.article)).size > 1).map((f) => f.sentences.map((s) => d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end)));
};

test('the shipped model is the one its features describe', () => {
  assert.deepEqual(LEDE_PAIR_MODEL.features, [...LEDE_PAIR_FEATURES]);
  assert.ok(LEDE_PAIR_MODEL.threshold > 0.5 && LEDE_PAIR_MODEL.threshold < 1);
});

test('two ledes whose verbs the lexicon does not name one act are not joined by the model', () => {
  // The model weighs no verb (its act features learned ~0): two steps of one affair told in one
  // frame ("stripped … of his post" / "voted to censure …", "… to reinstate …") read as one event
  // to it, and the fact would cite an outlet for a step it never told.
  for (const other of ['voted to censure Mayor Dario Kessel over', 'voted to reinstate Mayor Dario Kessel after']) {
    const facts = shared([
      'The Velmora city council stripped Mayor Dario Kessel of his post over a bribery scandal at the harbour authority. Kessel called it a vendetta. His deputy will serve until an election.',
      `The Velmora city council ${other} a bribery scandal at the harbour authority. Prosecutors have charged two aides. A special election will follow.`,
    ]);
    assert.equal(facts.length, 0, JSON.stringify(facts));
  }
});

test('two acts of one kind on different days stay two facts', () => {
  const facts = shared([
    'The Velmora city council stripped Mayor Dario Kessel of his post on Tuesday over a bribery scandal at the harbour authority. Kessel called it a vendetta. His deputy will serve until an election.',
    'The Velmora city council voted on Monday to censure Mayor Dario Kessel over a bribery scandal at the harbour authority. Prosecutors have charged two aides. A special election will follow.',
  ]);
  assert.equal(facts.length, 0, JSON.stringify(facts));
});

test('a lede another link brought into a fact is not kept there by the model', async () => {
  const dir = 'examples/harbour-fire';
  const files = readdirSync(dir).filter((f) => f !== 'EXPECTED.md').sort().map((f) => path.join(dir, f));
  const { articles } = await ingestAll(files);
  const { dossier: d } = buildDossier(articles);
  const text = (a: string, s: number, e: number): string => d.articles.find((x) => x.id === a)!.text.slice(s, e);
  const demand = d.facts.find((f) => f.sentences.some((s) => /opposition has demanded the resignation/.test(text(s.article, s.start, s.end))));
  assert.ok(demand, 'the demand is a fact');
  assert.equal(new Set(demand.sentences.map((s) => s.article)).size, 1, 'the opposition\'s demand is no part of the casualty fact');
});
