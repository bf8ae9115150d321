/**
 * One fact is one claim stated by every cited sentence (invented articles, real annotator):
 * coherence of a fact's members (facts.ts coherentGroups), no two different
 * years, no two different quoted remarks, both sentences stating each other's claim, an
 * infinitive never read as a clause's main act (predicates.ts readAct), and a split fact's values
 * still compared by the conflicts stage.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { coherentGroups, otherRemarks, yearsDiffer } from '../src/compare/facts/facts.js';
import { readAct } from '../src/compare/words/predicates.js';
import type { Dossier } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';
import { assertSpansValid } from './helpers/dossier-fixtures.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, text, outlet, language: null, published: '2026-03-04', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

const textOf = (d: Dossier, s: { article: string; start: number; end: number }): string => d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end);
const factWith = (d: Dossier, needle: string) => d.facts.find((f) => f.sentences.some((s) => textOf(d, s).includes(needle)))!;

test('coherent groups: a conflicting pair never shares a group, however the chain runs', () => {
  // A~B and B~C, A and C conflicting (another act, another year): two groups.
  const agree = (x: number, y: number): boolean => Math.abs(x - y) === 1;
  const conflict = (x: number, y: number): boolean => Math.abs(x - y) === 2;
  const groups = coherentGroups([0, 1, 2], agree, conflict, (x) => `a${x}`, 40);
  assert.equal(groups.length, 2);
  assert.ok(groups.every((g) => !(g.includes(0) && g.includes(2))));
  // A sentence agreeing with one of four others leaves the fact; with two of four it stays.
  const star = (x: number, y: number): boolean => x === 0 || y === 0 || (x <= 2 && y <= 2);
  const g2 = coherentGroups([0, 1, 2, 3, 4], star, () => false, (x) => `a${x}`, 40);
  assert.ok(g2.some((g) => g.includes(0) && g.includes(1) && g.includes(2)));
  // Members of one article need no agreement with each other (merging checked them already).
  assert.equal(coherentGroups([0, 1, 2], (x, y) => x + y !== 2, (x, y) => x + y === 2, (x) => (x === 1 ? 'b' : 'a'), 40).length, 1);
});

test('value checks of one claim: years and quoted remarks', () => {
  assert.ok(yearsDiffer('The league lost the vote in 1991.', 'The league lost the vote in 1997.'));
  assert.ok(!yearsDiffer('The league lost votes in 1991 and 1997.', 'It lost the vote in 1997.'));
  assert.ok(!yearsDiffer('The league lost the vote in 1991.', 'The league lost the vote.'));
  assert.ok(otherRemarks('"Every ferry on this coast must carry lifeboats for all," Korvin said.', '"Our fishermen are tired of broken promises from the capital," Korvin said.'));
  assert.ok(!otherRemarks('"Every ferry on this coast must carry lifeboats for all," Korvin said.', 'Korvin said: "Every ferry on this coast must carry lifeboats."'));
  // A sentence continuing a quotation opened earlier begins inside it: its first mark closes it.
  assert.ok(!otherRemarks('"The council picked its own candidates for the harbour board."', 'The council picked its own candidates for the harbour board," said Ilse Marrow, a dock clerk who did not vote.'));
  // A quoted label of a word or two is no remark.
  assert.ok(!otherRemarks('The board called the plan "reckless" on Monday.', 'Critics called the plan "a gamble" on Monday.'));
});

test('an infinitive is not the main act of its clause', () => {
  assert.deepEqual(readAct('The failure of the harbour board to inspect the pier prompted a national debate.').main.map((p) => p.lemma), ['prompt']);
  // After the main verb, an infinitive complement belongs to the main act ("agreed to inspect":
  // agree, inspect; facts-main-event.test.ts), but it never stands in for it.
  assert.deepEqual(readAct('The harbour board agreed to inspect the pier.').main.map((p) => p.lemma), ['agree', 'inspect']);
});

test('the same words with another year are two facts, not one consensus fact', () => {
  const arts = [
    art('y1', 'Orvel Post', 'The separatist Velmoran League lost a referendum on independence from the Dalvenian federation by a narrow margin in 1991. The harbour reopened on Monday.'),
    art('y2', 'Lantern Daily', 'The separatist Velmoran League lost a referendum on independence from the Dalvenian federation by a narrow margin in 1997. Ferries sail again.'),
    art('y3', 'Veska Herald', 'The Velmoran League campaigned in the fishing towns this week. The harbour reopened on Monday after repairs.'),
  ];
  const { dossier: d } = buildDossier(arts);
  assertSpansValid(d);
  const lost = factWith(d, 'in 1991');
  assert.deepEqual(lost.support, ['y1'], 'the outlet dating the loss to 1997 does not confirm 1991');
  assert.ok(!d.coverage.consensus.includes(lost.id));
});

test('two different quoted remarks of one speaker are two facts', () => {
  const arts = [
    art('q1', 'Orvel Post', 'Mayor Dessa Korvin of Brennick, who toured the flooded harbour and the broken sea wall with fishermen and engineers on Tuesday, told reporters: "We will rebuild every pier." The port stays open.'),
    art('q2', 'Lantern Daily', 'Mayor Dessa Korvin of Brennick, who toured the flooded harbour and the broken sea wall with fishermen and engineers on Tuesday, told reporters: "Nobody warned our town in time." Talks continue.'),
    art('q3', 'Veska Herald', 'Mayor Dessa Korvin toured the Brennick harbour on Tuesday. The port stays open this week.'),
  ];
  const { dossier: d } = buildDossier(arts);
  assertSpansValid(d);
  const rebuild = factWith(d, 'rebuild every pier');
  assert.ok(!rebuild.support.includes('q2'), 'a remark on the warning does not state the promise to rebuild');
});
