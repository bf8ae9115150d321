/**
 * Numbers that look like years or decades but date nothing (issue #11, session 15, both read on an
 * unseen ECB+ story where they became timeline entries): a decade as a manner ("a 1950s-style
 * office building") and a house number before a street's name ("at 2016 Ontario"). Invented text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string): AnnotatedArticle {
  return annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published: '2026-05-22', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const texts = (a: AnnotatedArticle) => a.times.map((x) => x.text);

test('a decade as a manner is no date; a decade as a time still is', () => {
  assert.deepEqual(texts(read('The lights were still on in the low 1950s-style ferry office in Velmora.')), []);
  assert.deepEqual(texts(read('The café in Velmora has 1970s-inspired decor.')), []);
  assert.deepEqual(texts(read('The ferry office in Velmora was built in the 1950s.')), ['the 1950s']);
});

test('a house number before a street name is no year; a year after "in" before a name still is', () => {
  assert.deepEqual(texts(read('Mara Lind, who runs a bakery out of a house at 2016 Orchard, said she heard shots.')), []);
  assert.deepEqual(texts(read('The bakery opened in 2016 Orchard Street’s first shop.')), ['2016']);
});
