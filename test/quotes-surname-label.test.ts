/**
 * Session 28 (issue #11), on invented text: a surname that opens a colon label ("Varga fired
 * back: “…”") is a name, not a rubric signpost, when the article brought the person in by full
 * name after a lower-case word ("council spokesman Piet Varga"). Taken for a signpost, the clause
 * naming the speaker was cut out of its sentence, and "he" after the quote went back to the
 * previous sentence's subject: another man's words.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string): AnnotatedArticle {
  return annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const quote = (a: AnnotatedArticle, start: string) => a.quotes.find((q) => q.text.startsWith(start));

test('a surname brought in after its given name opens a label that names the speaker, not a rubric', () => {
  const text =
    'Tomas Brekke, the former harbour master, wrote on Monday that the council “had lost its way,” after council spokesman Piet Varga defended the levy online.\n\n' +
    'Varga fired back: “As the keeper of the harbour,” he wrote, “we know you are rooting for the levy too.”';
  const a = read(text);
  assert.equal(quote(a, 'As the keeper')?.speakerName, 'Piet Varga');
  assert.equal(quote(a, 'we know you')?.speakerName, 'Piet Varga');
  // The label stays in its sentence.
  const at = text.indexOf('Varga fired');
  assert.ok(a.sentences.some((s) => s.start === at));
  // A signpost label is still one ("Why it matters:").
  const b = read('The council met on Monday.\n\nWhy it matters: The levy funds the harbour wall.');
  assert.ok(!b.sentences.some((s) => b.text.slice(s.start, s.end).startsWith('Why it matters')));
});
