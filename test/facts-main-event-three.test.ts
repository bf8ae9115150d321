/**
 * The main event told by three outlets in three wordings (facts.ts, the claim-coherence check):
 * ledes that the main-event link joins — one act of the same participants, each the other's best
 * match — stay one consensus fact when a fact of three articles is checked pair by pair, although
 * their main verbs ("voted" / "approved" / "passed") are no one lemma or synset. Before, the link
 * merged them and the check split them again, and the story reported no shared fact at all.
 * Below the ledes the check stays as strict as it was. Invented text.
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

const VOTED = 'The Velmora parliament voted Wednesday to form a select committee tasked with investigating the Halvar harbour fire, with nearly all opposition members opposing the motion.';
const APPROVED = 'The Velmora parliament on Wednesday approved the creation of a new select committee to probe the Halvar harbour fire, after opposition members failed to block the motion.';
const PASSED = 'The Velmora parliament on Wednesday passed a motion to create a select committee focused solely on investigating the Halvar harbour fire, a move the opposition panned as partisan.';

test('three ledes telling one vote in three wordings are one consensus fact', () => {
  const { dossier: d } = buildDossier([
    art('a', 'Courier', `${VOTED} The committee will hold its first hearing in May, the speaker said.`),
    art('b', 'Ledger', `${APPROVED} Fishermen in the port have been unable to sail since the fire.`),
    art('c', 'Gazette', `${PASSED} The fire destroyed three warehouses and a customs office last month.`),
  ]);
  assertSpansValid(d);
  const f = d.facts.find((x) => x.sentences.some((s) => textOf(d, s) === VOTED));
  assert.ok(f, 'the vote is a fact');
  const cited = new Set(f.sentences.map((s) => textOf(d, s)));
  assert.deepEqual([...cited].sort(), [APPROVED, PASSED, VOTED].sort());
  assert.ok(d.coverage.consensus.includes(f.id));
});

test('the same three sentences below the ledes are not kept together by it', () => {
  const { dossier: d } = buildDossier([
    art('a', 'Courier', `Fishing boats stayed in port for a third week. ${VOTED}`),
    art('b', 'Ledger', `Insurers began paying claims for the burned warehouses. ${APPROVED}`),
    art('c', 'Gazette', `A customs office moved into a temporary building. ${PASSED}`),
  ]);
  const f = d.facts.find((x) => x.sentences.some((s) => textOf(d, s) === VOTED));
  assert.ok(f);
  assert.ok(new Set(f.sentences.map((s) => s.article)).size < 3);
});
