/**
 * Wire budget entries as non-prose (annotate/prose.ts), on invented wire copy: a paragraph opened
 * by a story slug with its dateline in brackets ("HARBOUR-CRANE (Undated) _ Special package: …",
 * a note to editors describing another story) is a non-prose span, and no sentence quotes it; the
 * text is unchanged. A dateline opening a story's own paragraph ("HALVAR, Dalvenia (AP) _ …")
 * stays in its sentence: the conflicts stage reads its place.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, text: string): Article {
  return { id, text, outlet: 'Wire', language: null, published: '2026-03-04', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

const WIRE = [
  'HALVAR, Dalvenia (AP) _ The Velmora port authority on Tuesday closed the northern harbour to cargo ships after a crane collapsed onto a loading pier.',
  '',
  'The crane fell during a storm on Monday night, crushing two empty containers.',
  '',
  'HARBOUR-CRANE (Undated) _ Special package: Cranes are ageing in ports across the region. Engineers disagree about how often they should be inspected.',
  '',
  'OSLO — The Nordic ministers will meet on Friday to discuss shipping rules.',
  '',
  'The authority expects to reopen the pier within three weeks.',
].join('\n');

test('a wire budget entry is non-prose; the text is unchanged; a story dateline stays', () => {
  const a = annotate(art('x', WIRE));
  assert.equal(a.text, WIRE);
  const marked = (a.nonProse ?? []).map((n) => `${n.kind}:${a.text.slice(n.start, n.end)}`);
  assert.deepEqual(marked, ['slug:HARBOUR-CRANE (Undated) _ Special package: Cranes are ageing in ports across the region. Engineers disagree about how often they should be inspected.']);
  const sents = a.sentences.map((s) => a.text.slice(s.start, s.end));
  assert.ok(sents[0].startsWith('HALVAR, Dalvenia (AP) _ The Velmora port authority'));
  assert.ok(sents.includes('OSLO — The Nordic ministers will meet on Friday to discuss shipping rules.'));
  assert.ok(!sents.some((s) => /Cranes are ageing|Engineers disagree|HARBOUR-CRANE/.test(s)), 'no sentence of the budget entry');
  for (const m of a.mentions) assert.equal(a.text.slice(m.start, m.end), m.text);
});

test('capitals before a dash inside prose, and a hyphenated word in capitals opening prose, stay prose', () => {
  const text = [
    'The council voted to close the harbour on Tuesday.',
    '',
    'NATO-led patrols will continue in the strait, the ministry said.',
    '',
    'A spokesman said the pier — built in 1960 — was cracked.',
  ].join('\n');
  const a = annotate(art('y', text));
  assert.equal(a.nonProse, undefined);
  assert.equal(a.sentences.length, 3);
});

