/** Markdown escaping of article content (render/escape.ts): safe, and no stray backslashes. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownBlock, markdownInline } from '../src/render/escape.js';

test('markdownInline: a figure that starts the text keeps no stray backslash (a conflict value "10.4 billion")', () => {
  assert.equal(markdownInline('10.4 billion'), '10.4 billion');
  assert.equal(markdownInline('3.5%'), '3.5%');
  assert.equal(markdownInline('2014'), '2014');
  assert.equal(markdownInline('12 people'), '12 people');
  assert.equal(markdownInline('-5 degrees'), '-5 degrees');
});

test('markdownInline: list markers, breaks and inline syntax at the start are still neutralised', () => {
  // An ordered-list marker: its dot is escaped, never the digits.
  assert.equal(markdownInline('10. item'), '10\\. item');
  assert.equal(markdownInline('3) item'), '3\\) item');
  assert.equal(markdownInline('- item'), '\\- item');
  assert.equal(markdownInline('---'), '\\---');
  assert.equal(markdownInline('# title'), '\\# title');
  assert.equal(markdownInline('a *b* <i>'), 'a \\*b\\* \\<i\\>');
  // Every backslash the escaper adds stands before ASCII punctuation (the only escapable characters).
  for (const s of ['10.4 billion', '10. x', '1) y', '- z', '=== w', '[a](b)']) {
    const out = markdownInline(s);
    for (let i = out.indexOf('\\'); i >= 0; i = out.indexOf('\\', i + 2)) assert.match(out[i + 1], /[!-/:-@[-`{-~]/, `${s} → ${out}`);
  }
});

test('markdownBlock: paragraphs kept, each escaped inline', () => {
  assert.equal(markdownBlock('10.4 billion was raised.\n\n2. Second'), '10.4 billion was raised.\n\n2\\. Second');
});
