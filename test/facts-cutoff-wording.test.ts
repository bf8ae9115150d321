/**
 * Consensus facts a fact-checker can sign (invented articles, real annotator): a sentence cut off
 * by the end of its excerpt is never the wording shown nor an exclusive, and vouches for a link
 * only as far as its kept words go (facts.ts cutOff, cutLink); a quotation is not shown for a fact
 * whose other outlet tells it in its own words;
 * the act reading skips a reduced relative set off by commas and a restrictive "that" clause
 * (predicates.ts readAct).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { cutOff } from '../src/compare/facts/facts.js';
import { readAct } from '../src/compare/words/predicates.js';
import type { Dossier } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';
import { assertSpansValid } from './helpers/dossier-fixtures.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, text, outlet, language: null, published: '2026-03-04', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

const textOf = (d: Dossier, s: { article: string; start: number; end: number }): string => d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end);
const lemmas = (text: string): string[] => readAct(text).main.map((p) => (p.negated ? `not ${p.lemma}` : p.lemma));

test('the main act skips a reduced relative between commas and a restrictive "that" clause', () => {
  assert.deepEqual(lemmas('The audit, published Monday in the Harbour Review, is based on ten years of port records.'), ['base']);
  assert.deepEqual(lemmas('The captain, relieved of command last month, spoke to a radio host on Friday.'), ['speak']);
  assert.deepEqual(lemmas('The Velmora port authority relieved the captain of command last month.'), ['relieve']);
  assert.deepEqual(lemmas('A smuggling ring that is counted among the largest in the region is suspected of the theft.'), ['suspect']);
  // A comma-free main clause and a reported clause are left alone.
  assert.deepEqual(lemmas('Harbour officials, however, denied the report.'), ['deny']);
  assert.deepEqual(lemmas('Harbour officials said that the pier collapsed.'), ['collapse']);
});

test('a sentence is cut off only at the end of its article, ending with an ellipsis', () => {
  assert.ok(cutOff('The council said the building had been inspected by engineers from the...', ''));
  assert.ok(cutOff('The council said the building had been inspected by engineers from the…”', '\n'));
  assert.ok(!cutOff('The council said the building had been inspected by engineers from the...', ' More text follows.'));
  assert.ok(!cutOff('The council said the building had been inspected.', ''));
});

const closure = [
  art('a', 'Harbour Courier', 'The Velmora harbour council voted 7-2 on Monday to close the old ferry terminal, ending a decade of debate over its future. Ferry operators said they would appeal the decision in the regional court.'),
  art('b', 'Velmora Tribune', 'Ferry operators plan to appeal in the regional court. The Velmora harbour council voted 7-2 on Monday to close the old ferry terminal after...'),
  art('c', 'Coastal Post', 'Mayor Ilse Varga welcomed the vote on the terminal. Council members said the building had been inspected by structural engineers from the regional...'),
];

test('a cut-off sentence is never the wording shown while a whole one exists, nor an exclusive', () => {
  const { dossier: d } = buildDossier(closure);
  assertSpansValid(d);
  const vote = d.facts.find((f) => f.sentences.some((s) => textOf(d, s).includes('close the old ferry terminal after...')));
  assert.ok(vote, 'the cut-off version is aligned with the whole one (the same sentence up to the cut)');
  assert.ok(vote.support.includes('a') && vote.support.includes('b'));
  assert.ok(!vote.text.endsWith('...'), `shown: ${vote.text}`);
  // The Coastal Post's last sentence stops before its claim ends: not something it alone reports.
  const excl = d.coverage.exclusives.flatMap((e) => e.facts).map((id) => d.facts.find((f) => f.id === id)!.text);
  assert.ok(!excl.some((t) => t.includes('structural engineers')), excl.join(' | '));
});

test('a quotation is not the wording shown when another outlet tells the fact in its own words', () => {
  const { dossier: d } = buildDossier([
    art('a', 'Harbour Courier', '“This is the end of the old harbour ferry terminal,” Mayor Ilse Varga said as she met with ferry operators at the Velmora harbour office on Monday. The operators left without comment.'),
    art('b', 'Velmora Tribune', 'Mayor Ilse Varga hosted ferry operators at the Velmora harbour office on Monday to discuss the closure of the terminal. The council has not set a date.'),
  ]);
  const f = d.facts.find((x) => x.support.length === 2 && x.sentences.some((s) => textOf(d, s).includes('hosted ferry operators')));
  assert.ok(f, 'the meeting is one fact of both outlets');
  assert.ok(!f.text.includes("“This is the end"), `shown: ${f.text}`);
});

test('a cut-off sentence whose act was cut away does not join another outlet\'s fact on shared words', () => {
  for (const cut of ['In June, when ferry bookings at Velmora harbour were at their lowest, port officials...', 'Ferry bookings at Velmora harbour, port officials said on Monday, were...']) {
    const { dossier: d } = buildDossier([
      art('a', 'Harbour Courier', `Tourists crowded the old town square for the festival. ${cut}`),
      art('b', 'Velmora Tribune', 'Velmora harbour, like other ports, has seen a surge in ferry bookings driven by the summer tourists.'),
    ]);
    assert.ok(!d.facts.some((f) => f.support.length === 2), d.facts.map((f) => `${f.support.join('+')}: ${f.text}`).join(' | '));
  }
});
