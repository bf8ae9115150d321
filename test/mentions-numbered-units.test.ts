/**
 * Review of session 17's ranked-list rule (mentions.ts rankedList / ordinalLed), on invented
 * text: consecutive ordinals after commas are placings in results ("1st Yohan Blake, 2nd …"), but
 * a list of numbered units or streets has the same shape ("1st Cavalry Division, 2nd Infantry
 * Division"): a name headed by an everyday noun, not typed a person and opening with no given
 * name, keeps its number (else two divisions become one "Infantry Division").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';

function names(text: string): string[] {
  const a = annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
  return a.mentions.map((m) => m.text);
}

test('numbered units in a list keep their numbers', () => {
  const n = names('Troops of the 82nd Airborne Division, 1st Cavalry Division, 2nd Infantry Division and 3rd Armored Division took part in the Velmora drill.');
  assert.ok(n.includes('1st Cavalry Division'), n.join(' | '));
  assert.ok(n.includes('2nd Infantry Division'), n.join(' | '));
});

test('placings in a results list still leave the rank out', () => {
  const n = names('The race ended: 1st Yohan Blake 9.75, 2nd Tyson Gay 9.80, 3rd Asafa Powell 9.85.');
  assert.ok(n.includes('Yohan Blake') && n.includes('Asafa Powell'), n.join(' | '));
});
