// The one-claim gate's converse-roles test (src/compare/facts/converse-roles.ts): one named
// participant in converse roles of one act ("a letter from Kovac" / "a letter to Kovac"; "Kovac
// sued Brannik" / "Brannik sued Kovac") is two claims, whatever words the sentences share; the
// same participants named in another voice or order of one claim stay one. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Affinity } from '../src/compare/match/affinity.js';
import { Entailment } from '../src/compare/match/entail.js';
import { readAct } from '../src/compare/words/predicates.js';
import type { FactCluster, FactSentence } from '../src/compare/facts/facts.js';
import { oneClaimFacts } from '../src/compare/facts/one-claim.js';
import { converseRoles, directionRoles, swappedArguments } from '../src/compare/facts/converse-roles.js';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function gate(a: string, b: string): FactCluster[] {
  const x: FactSentence = { idx: 0, article: 'a1', articleIndex: 0, start: 0, end: a.length, text: a };
  const y: FactSentence = { idx: 1, article: 'a2', articleIndex: 1, start: 0, end: b.length, text: b };
  const sentences = [x, y];
  const aff = new Affinity(sentences.map((s) => s.text));
  const entail = new Entailment(sentences.map((s) => s.text), aff.ctx);
  return oneClaimFacts([{ members: [x, y], also: [], centrality: [1, 0.5], origin: null, aligned: null }], sentences, [], { aff, entail, acts: sentences.map((s) => readAct(s.text)), near: 0.5 });
}

test('a thing from one person and the same thing to that person are two claims', () => {
  const a = 'Mayor Ilse Varga on Monday released a letter from President Tomas Kovac urging the council to drop the harbour plan.';
  const b = 'Mayor Ilse Varga on Monday released a letter to President Tomas Kovac urging the council to drop the harbour plan.';
  assert.ok(directionRoles(a, b));
  assert.equal(gate(a, b).length, 2);
  // Received from / sent to: the head word ("letter") is what is moved, the verbs may differ.
  assert.ok(directionRoles('Varga received a letter from Kovac on Monday.', 'Varga sent a letter to Kovac on Monday.'));
});

test('one act with its two named sides swapped is two claims', () => {
  const a = 'Tomas Kovac sued Pavel Brannik over the harbour contract in the district court on Monday.';
  const b = 'Pavel Brannik sued Tomas Kovac over the harbour contract in the district court on Monday.';
  assert.ok(swappedArguments(a, b));
  assert.equal(gate(a, b).length, 2);
  assert.ok(swappedArguments('Kovac accused Brannik of fraud at the harbour.', 'Brannik accused Kovac of fraud at the harbour.'));
});

test('one claim in another voice, order or with reciprocal acts stays one', () => {
  const none = (a: string, b: string): void => assert.ok(!converseRoles(a, b), `${a} / ${b}`);
  // A passive names its sides the other way round.
  none('Brannik was sued by Kovac over the harbour contract on Monday.', 'Kovac sued Brannik over the harbour contract on Monday.');
  none('Kovac replaced Brannik as harbour master in March.', 'Brannik was replaced by Kovac as harbour master in March.');
  // A reduced passive (no "was") whose agent follows "by the".
  none('Brannik, criticised by the Kovac government over the harbour contract, resigned on Monday.', 'The Kovac government criticised Brannik over the harbour contract, and he resigned on Monday.');
  // A joint act's partner after "with": either side may be named first.
  none('Kovac held talks with Brannik in Dalvik on Monday about the harbour contract.', 'Brannik held talks with Kovac in Dalvik on Monday about the harbour contract.');
  // Reciprocal acts: either side may be named first.
  none('Kovac met Brannik in Dalvik on Monday to discuss the harbour contract.', 'Brannik met Kovac in Dalvik on Monday to discuss the harbour contract.');
  none('The talks between Kovac and Brannik ended on Monday in Dalvik.', 'The talks between Brannik and Kovac ended on Monday in Dalvik.');
  // A journey's two ends in the other order, a coordination, an attribution moved.
  none('Kovac flew from Dalvik to Harlow on Monday for the harbour talks.', 'Kovac flew to Harlow from Dalvik on Monday for the harbour talks.');
  none('Kovac and Brannik signed the harbour deal in Dalvik on Monday.', 'Brannik and Kovac signed the harbour deal in Dalvik on Monday.');
  none('Brannik will resign as harbour master next week, Kovac said.', 'Kovac said Brannik will resign as harbour master next week.');
  // A place after "in" is where, not a side; a noun that may be a verb ("police") is no act.
  none('In Dalvik, police arrested Kovac on Monday on charges of fraud.', 'Kovac was arrested by police in Dalvik on Monday on charges of fraud.');
  none('Dalvik beat Harlow 2-1 in the cup final on Sunday.', 'Harlow lost 2-1 to Dalvik in the cup final on Sunday.');
  assert.equal(gate('Kovac met Brannik in Dalvik on Monday to discuss the harbour contract.', 'Brannik met Kovac in Dalvik on Monday to discuss the harbour contract.').length, 1);
});

function art(id: string, outlet: string, text: string): Article {
  return { id, text, outlet, language: null, published: '2024-03-11', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

test('a dossier cites no report of the converse act for a fact', () => {
  const d = buildDossier([
    art('a', 'Courier', 'Mayor Ilse Varga on Monday released a letter from President Tomas Kovac urging the council to drop the harbour plan. The council meets again next month. Fishing crews welcomed the news at the quay.'),
    art('b', 'Ledger', 'Mayor Ilse Varga on Monday released a letter to President Tomas Kovac urging the council to drop the harbour plan. Harbour workers have protested outside the town hall for weeks over the plan.'),
  ]).dossier;
  const text = (s: { article: string; start: number; end: number }): string => d.articles.find((x) => x.id === s.article)!.text.slice(s.start, s.end);
  const letter = d.facts.filter((f) => f.sentences.some((s) => text(s).includes('a letter')));
  assert.ok(letter.length > 0);
  assert.ok(letter.every((f) => f.support.length < 2), 'from Kovac / to Kovac are two claims');
});
