/**
 * Session 28 (issue #11), on invented text: an attribution after a quote that goes on with a
 * coordinated clause in which someone else takes the floor ("“…,” Anna Brekke said, and her
 * husband cut in. “…”") hands the next quote to that person; the quote that follows had been
 * given to the first speaker by the continuation rule.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string): AnnotatedArticle {
  return annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const quote = (a: AnnotatedArticle, start: string) => a.quotes.find((q) => q.text.startsWith(start));

test('"…,” X said, and her husband cut in. “…”: the next quote is the husband’s, not X’s', () => {
  const a = read('The Brekkes waited at the pier.\n\n“Tell her I promised you a picture,” Anna Brekke said, and her husband cut in. “Don’t forget the ferry, we were all on it.”');
  assert.equal(quote(a, 'Tell her')?.speakerName, 'Anna Brekke');
  assert.equal(quote(a, 'Don’t forget')?.speaker?.text, 'her husband');
  const b = read('The council met on Monday.\n\n“The levy stays,” Anna Brekke said, before Piet Varga replied. “It will not pass the vote.”');
  assert.equal(quote(b, 'It will not')?.speakerName, 'Piet Varga');
});

test('a coordinated clause without a new speaker keeps the chain', () => {
  // The same speaker again, or someone who does not speak: the next quote goes on as before.
  const a = read('The council met on Monday.\n\n“The levy stays,” Anna Brekke said, and she smiled. “It will pass the vote.”');
  assert.equal(quote(a, 'It will pass')?.speakerName, 'Anna Brekke');
  const b = read('The council met on Monday.\n\n“The levy stays,” Anna Brekke said, and the crowd cheered. “It will pass the vote.”');
  assert.equal(quote(b, 'It will pass')?.speakerName, 'Anna Brekke');
});

test('"…,” X said, when a reporter asked. “…”: the question came first, the next quote is still X’s', () => {
  // After "when", "as" or "until" the clause says when X spoke, not who spoke next; only a verb of
  // breaking in gives the floor away there.
  const a = read('The mayor spoke at the pier.\n\n“I have no regrets,” Anna Brekke said, when a reporter asked. “I would do it again.”');
  assert.notEqual(quote(a, 'I would do')?.speaker?.text, 'a reporter');
  const b = read('The mayor spoke at the pier.\n\n“I have no regrets,” Anna Brekke said, as Piet Varga said. “I would do it again.”');
  assert.notEqual(quote(b, 'I would do')?.speakerName, 'Piet Varga');
  const c = read('The mayor spoke at the pier.\n\n“We will rebuild,” Anna Brekke said, when her husband cut in. “Don’t forget the ferry.”');
  assert.equal(quote(c, 'Don’t forget')?.speaker?.text, 'her husband');
});
