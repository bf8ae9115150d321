/**
 * The lede link (facts.ts LEDE_LINK), on invented articles with the real annotator: the first
 * sentences of two reports that assert one act of the same participant in each outlet's own words
 * (affinity between MAIN_EVENT_RELATED and MAIN_EVENT_LINK) are one consensus fact; the same two
 * sentences further down their articles are not (only a lede states the report's main event), and
 * two ledes whose acts are related only by word vectors ("warned" / "praised") are not either.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Dossier } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';
import { assertSpansValid } from './helpers/dossier-fixtures.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, text, outlet, language: null, published: '2026-03-04', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

const textOf = (d: Dossier, s: { article: string; start: number; end: number }): string => d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end);
const factWith = (d: Dossier, needle: string) => d.facts.find((f) => f.sentences.some((s) => textOf(d, s).includes(needle)))!;

// One warning told twice: "warned lawmakers … close to exhausting its borrowing capacity under the
// debt ceiling" / "warned parliament … cash reserves would probably be drained … unless the debt
// ceiling is lifted" (affinity about 0.49: each adds its own circumstances).
const WARNED = 'Finance Minister Lena Orsk on Tuesday again warned lawmakers that Velmora was close to exhausting its borrowing capacity under the debt ceiling, now expected to run out in May.';
const CAUTIONED = "Orsk warned parliament that the state's cash reserves would probably be drained within weeks unless the debt ceiling is lifted, a fight that has split the ruling coalition.";

test('two ledes telling one act of one participant in other words are one consensus fact', () => {
  const { dossier: d } = buildDossier([
    art('a', 'Courier', `${WARNED} The harbour master said repairs to the old crane would take a month.`),
    art('b', 'Ledger', `${CAUTIONED} Fishing boats were told to stay in port until the weekend.`),
  ]);
  assertSpansValid(d);
  const f = factWith(d, 'warned lawmakers');
  assert.deepEqual([...f.support].sort(), ['a', 'b'], 'the warning is reported by both outlets');
  assert.ok(d.coverage.consensus.includes(f.id));
  assert.ok(!d.coverage.exclusives.some((e) => e.facts.includes(f.id)));
});

test('the same sentences below other ledes are not linked by it, nor two ledes of different acts', () => {
  const { dossier: d } = buildDossier([
    art('a', 'Courier', `The harbour master said repairs to the old crane would take a month. ${WARNED}`),
    art('b', 'Ledger', `Fishing boats were told to stay in port until the weekend. ${CAUTIONED}`),
  ]);
  const f = factWith(d, 'warned lawmakers');
  assert.deepEqual(f.support, ['a'], 'below the lede, the pair is under the main-event floor');
  const { dossier: e } = buildDossier([
    art('a', 'Courier', `${WARNED} The harbour master said repairs to the old crane would take a month.`),
    art('b', 'Ledger', "Orsk praised parliament for lifting the debt ceiling after a fight that had split the ruling coalition. Fishing boats were told to stay in port until the weekend."),
  ]);
  assert.deepEqual(factWith(e, 'warned lawmakers').support, ['a'], 'praising is another act (vectors put the two verbs near)');
});
