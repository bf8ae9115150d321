/**
 * Session 28 (issue #11), on invented text: a parenthetical attribution set off by commas inside
 * the sentence after a quote ("Any ''clear-eyed'' reading of the levy, said Piet Varga, an expert
 * on harbours, would find it fair.") credits the quote; only an attribution that closed the
 * sentence was read, and an apposition with "that" in it stopped even that one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string): AnnotatedArticle {
  return annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const quote = (a: AnnotatedArticle, start: string) => a.quotes.find((q) => q.text.startsWith(start));

test('"…, said NAME, …" inside the sentence after a quote names its speaker', () => {
  const a = read('The talks went on.\n\nAny ’’clear-eyed’’ reading of Mr. Lind’s plan, said Piet Varga, an expert on harbours at the Nordwelle Institute, would conclude that he wants a deal.'.replace(/’’/g, "''"));
  assert.equal(quote(a, 'clear-eyed')?.speakerName, 'Piet Varga');
  const b = read('The union met on Monday.\n\n“We are deeply disappointed” about the decision, said Anna Brekke, head of the ferry union, a group that has broken away from the others.');
  assert.equal(quote(b, 'We are deeply')?.speakerName, 'Anna Brekke');
  // The name before the verb, too.
  const c = read('The talks went on.\n\nAny "clear-eyed" reading of the plan, Piet Varga said, would find it fair.');
  assert.equal(quote(c, 'clear-eyed')?.speakerName, 'Piet Varga');
});

test('no comment clause: a participle or a name that is no speaker gives nothing new', () => {
  // "said to be" is no attribution; nor is a name after another verb.
  const a = read('The talks went on.\n\nThe so-called "harbour deal," said to be worth millions, was signed by the council.');
  assert.equal(quote(a, 'harbour deal')?.speaker, null);
});
