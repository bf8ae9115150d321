/**
 * Session 28 (issue #11), on invented text: two fronted adverbials before the subject ("On
 * Thursday, after remaining neutral through the primaries, Marr endorsed Holm, saying, “…”"): the
 * subject after the second one is the participle's speaker; only one introductory phrase was
 * passed over, so the quote had no speaker.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string): AnnotatedArticle {
  return annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const quote = (a: AnnotatedArticle, start: string) => a.quotes.find((q) => q.text.startsWith(start));

test('a time and then a circumstance before the subject: the subject speaks', () => {
  const a = read('The campaign went on.\n\nOn Thursday, after remaining neutral through the primaries, Ilse Marr appeared on the radio and endorsed Holm, saying, “I think a fighter in the lead is good.”');
  assert.equal(quote(a, 'I think a fighter')?.speakerName, 'Ilse Marr');
  // One introductory phrase, as before.
  const b = read('The campaign went on.\n\nOn Thursday, Ilse Marr appeared on the radio and endorsed Holm, saying, “I think a fighter in the lead is good.”');
  assert.equal(quote(b, 'I think a fighter')?.speakerName, 'Ilse Marr');
});
