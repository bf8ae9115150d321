/**
 * Pairing quote marks in texts whose layout or spacing breaks the usual pattern
 * (src/annotate/quote-marks.ts), on invented text: a two-sentence quote in a text that puts each
 * sentence on a line of its own closes in the next paragraph without a repeated opening mark; a
 * straight closing mark spaced as an opening one after the quote's comma (`law, "Marsh said.`)
 * still closes the quote. Both had left a named quote with no speaker, so two outlets crediting
 * one statement to different people raised no speaker conflict.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string): AnnotatedArticle {
  return annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const quote = (a: AnnotatedArticle, start: string) => a.quotes.find((q) => q.text.startsWith(start));

test('a quote split over two one-sentence paragraphs closes in the second', () => {
  const a = read('Mara Lind ran to help.\n\n“He was badly shaken.\n\nHe tried to give first aid to her, and tried to comfort her,” said Sgt. Tomas Veld.\n\nLind went back to work.');
  const q = quote(a, 'He was badly shaken');
  assert.ok(q, 'the quote is found');
  assert.match(q.text, /tried to comfort her$/);
  assert.equal(q.speakerName, 'Tomas Veld');
  assert.equal(q.attribution, 'named');
});

test('an unclosed quote is still dropped when the next paragraph opens its own quote', () => {
  const a = read('“We will win this.\n\nThe mayor called the plan “reckless” on Monday.\n\nShe left.');
  assert.equal(quote(a, 'We will win'), undefined);
  assert.ok(quote(a, 'reckless'));
});

test('a straight closing mark spaced as an opening one after the quote closes it', () => {
  const a = read('The agency backed the change.\n\n"By rolling back this late rule, we are making sure that rare birds keep the full protection of the law, "Ilse Marsh said.\n\nOthers disagreed.');
  const q = quote(a, 'By rolling back');
  assert.ok(q, 'the quote is found');
  assert.match(q.text, /protection of the law$/);
  assert.equal(q.speakerName, 'Ilse Marsh');
  // A second quote after it in the paragraph keeps the usual pairing: the mark opens that one.
  const b = read('He said "it is over, "and then "we go home" before leaving.');
  assert.ok(quote(b, 'we go home'));
});

test('a quote in two-apostrophe marks runs on over a paragraph that opens with the mark', () => {
  const a = read("The mayor spoke.\n\n''This man hates the ferry,'' Mr. Holm said of the captain. ''If he sank a boat, we would say so.\n\n''This was a reckless act as well as a crime.''\n\nThe board met.");
  const q = quote(a, 'If he sank');
  assert.ok(q, 'the quote is found');
  assert.match(q.text, /as well as a crime\.$/);
  assert.equal(q.speakerName, 'Holm');
});

test('a paragraph that ends in a closing mark or parenthesis is not run on into the next quote', () => {
  const a = read("The list counts 500 more ''family fortunes.'.')\n\n''The quality of these lists comes down to staff,'' Mr. Holm said.");
  const q = quote(a, 'The quality');
  assert.ok(q, 'the second paragraph keeps its own quote');
  assert.equal(q.text, 'The quality of these lists comes down to staff');
  // A single mark there ends a quote inside the quote, which goes on.
  const b = read('"They come to me and say, \'Will we be thrown out?\'\n\n"We go to school and hear it every day," Ilse Marsh said.');
  assert.ok(b.quotes.some((x) => x.text.startsWith('They come to me') && /every day$/.test(x.text)));
});

test('a quote after a closing mark written with a space before it continues the speaker', () => {
  for (const [o, c] of [['“', '”'], ['"', '"'], ["''", "''"]]) {
    const a = read(`The mayor spoke. ${o}This man hates the ferry,${c} Mr. Holm said of the captain. ${o}If he sank a boat, we would say so. ${c} ${o}This was a reckless act as well as a crime.${c} The board met.`);
    assert.equal(quote(a, 'This was a reckless')?.speakerName, 'Holm', `marks ${o}${c}`);
  }
});

test('an unclosed quote does not run on into a next paragraph that reports someone\'s speech', () => {
  // The closing mark ends the reporter's paraphrase of another speaker: running the quote on
  // would credit her words to the first one.
  const a = read('Piet Oram said: "We will appeal the ruling.\n\nIlse Marsh, the mayor, said the town would not." She left.');
  assert.ok(!a.quotes.some((q) => q.text.includes('Ilse Marsh') && q.speakerName === 'Piet Oram'), JSON.stringify(a.quotes.map((q) => [q.text, q.speakerName])));
});
