/** The stand-off invariant: every span of every layer lies inside the text and matches its `text`. */
import assert from 'node:assert/strict';
import type { AnnotatedArticle } from '../../src/core/schema.js';

export function checkSpans(a: AnnotatedArticle): void {
  const spans: Array<{ start: number; end: number; text?: string }> = [
    ...a.sentences,
    ...a.mentions,
    ...a.mentions.flatMap((m) => (m.role ? [m.role] : [])),
    ...a.times,
    ...a.quantities,
    ...a.quotes,
    ...a.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])),
  ];
  for (const s of spans) {
    assert.ok(s.start >= 0 && s.end <= a.text.length && s.start < s.end, `bad span ${s.start}-${s.end}`);
    if (s.text !== undefined) assert.equal(a.text.slice(s.start, s.end), s.text);
  }
}

