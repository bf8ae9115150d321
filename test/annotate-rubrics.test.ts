/**
 * Non-prose spans (annotate/prose.ts), on invented articles: a rubric label opening a paragraph
 * ("Driving the news:", "Why it matters:", "Yes, but:") and a line that is only a place name or a
 * few capitals are marked as non-prose, left out of the sentence spans (the text itself is never
 * changed), and so quoted by no fact, exclusive or summary sentence; colon labels that introduce
 * someone's words or carry the meaning ("He added:", "Varga:", "Army: 40% …"), a label in
 * capitals (a note to editors, a transcript's speaker) and prose with a colon stay prose.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, text, outlet, language: null, published: '2026-03-04', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

const RUBRICS = [
  'The Velmora port authority on Tuesday closed the northern harbour to cargo ships after a crane collapsed onto a loading pier.',
  '',
  'Driving the news: The crane fell during a storm on Monday night, crushing two empty containers and cracking the pier.',
  '',
  'Why it matters: The northern harbour handles most of the grain exported from the region.',
  '',
  'Yes, but: Harbour master Ilse Varga said the southern berths would stay open.',
  '',
  'HALVAR',
  '',
  'The authority expects to reopen the pier within three weeks.',
].join('\n');

const sentencesOf = (text: string): string[] => {
  const a = annotate(art('x', 'Courier', text));
  return a.sentences.map((s) => a.text.slice(s.start, s.end));
};

test('rubric labels and a dateline line are non-prose spans, outside every sentence; the text is unchanged', () => {
  const a = annotate(art('x', 'Courier', RUBRICS));
  assert.equal(a.text, RUBRICS);
  const marked = (a.nonProse ?? []).map((n) => `${n.kind}:${a.text.slice(n.start, n.end)}`);
  assert.deepEqual(marked, ['rubric:Driving the news:', 'rubric:Why it matters:', 'rubric:Yes, but:', 'dateline:HALVAR']);
  const sents = a.sentences.map((s) => a.text.slice(s.start, s.end));
  assert.ok(sents.includes('The crane fell during a storm on Monday night, crushing two empty containers and cracking the pier.'));
  assert.ok(sents.includes('Harbour master Ilse Varga said the southern berths would stay open.'));
  for (const s of sents) assert.ok(!/^(?:Driving the news|Why it matters|Yes, but|HALVAR)/.test(s), s);
  // Mentions, times and quotes still point into the same text.
  for (const m of a.mentions) assert.equal(a.text.slice(m.start, m.end), m.text);
});

test('a colon label that introduces words or carries the meaning, and prose with a colon, stay prose', () => {
  const text = [
    'The council voted to close the harbour on Tuesday.',
    '',
    'He added: "We had no other choice."',
    '',
    'Varga: The pier will not reopen before June.',
    '',
    'Army: 40% of the crews are back at work.',
    '',
    'The reason is simple: the pier is cracked.',
    '',
    'A spokesman for the port authority told the Courier: "Repairs start next week."',
    '',
    'EDITORS: Photos of the pier are available from the agency.',
  ].join('\n');
  const a = annotate(art('x', 'Courier', `${text}\n\nVarga spoke to reporters on Monday.`));
  assert.equal(a.nonProse, undefined);
  const sents = sentencesOf(text);
  assert.ok(sents.includes('He added: "We had no other choice."'));
  assert.ok(sents.includes('Varga: The pier will not reopen before June.'));
  assert.ok(sents.includes('Army: 40% of the crews are back at work.'));
  assert.ok(sents.includes('The reason is simple: the pier is cracked.'));
  assert.ok(sents.includes('EDITORS: Photos of the pier are available from the agency.'));
});

test('a headline-only record in capitals is its own content, not a dateline', () => {
  const a = annotate(art('x', 'Courier', 'HARBOUR CLOSED'));
  assert.equal(a.nonProse, undefined);
  assert.equal(a.sentences.length, 1);
});

test('no fact, exclusive or summary sentence of a dossier quotes a rubric label', () => {
  const other = [
    'Velmora closed its northern harbour to cargo ships on Tuesday after a crane collapsed onto a loading pier, the port authority said.',
    '',
    'The northern harbour handles most of the grain exported from the region, officials said.',
  ].join('\n');
  const { dossier: d } = buildDossier([art('a', 'Brief', RUBRICS), art('b', 'Courier', other)]);
  const label = /^(?:Driving the news|Why it matters|Yes, but|HALVAR)\b/;
  for (const f of d.facts) {
    assert.ok(!label.test(f.text), f.text);
    for (const s of f.sentences) assert.ok(!label.test(d.articles.find((x) => x.id === s.article)!.text.slice(s.start, s.end)));
  }
  for (const s of d.summary) assert.ok(!label.test(s.text), s.text);
  assert.ok(d.facts.some((f) => f.text.startsWith('The northern harbour handles most of the grain')));
});

test('a colon label with a finite verb is a clause of AP-style prose, not a rubric; a question-word label still is', () => {
  const text = [
    'The Velmora council met on Tuesday to discuss the flooded harbour road.',
    '',
    'Her message was clear: Stay home until the water drops.',
    '',
    'The reason is simple: The ferry budget lacks the money.',
    '',
    "What they're saying: Harbour master Ilse Varga said the road would reopen soon.",
  ].join('\n');
  const sents = sentencesOf(text);
  assert.ok(sents.includes('Her message was clear: Stay home until the water drops.'), JSON.stringify(sents));
  assert.ok(sents.includes('The reason is simple: The ferry budget lacks the money.'), JSON.stringify(sents));
  assert.ok(sents.includes('Harbour master Ilse Varga said the road would reopen soon.'), JSON.stringify(sents));
});
