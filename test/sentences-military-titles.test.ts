/**
 * Abbreviated military titles (the AP Stylebook's "Spc.", "Pfc.", "Sgts." …) end no sentence:
 * split at "Army Spc." a story's lead became a fragment in the summary and the facts (session 18
 * reading). A title at a real sentence end before an opener is rare enough to leave. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../src/annotate/sentences.js';

const texts = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));

test('"Army Spc." and "Sgts." before names end no sentence', () => {
  const t = 'A court martial in Velt found Army Spc. Ilse Varn guilty of neglect on Friday. Sgts. Oram and Marsh will be tried next month. Pfc. Dana Reyes testified.';
  assert.deepEqual(texts(t), [
    'A court martial in Velt found Army Spc. Ilse Varn guilty of neglect on Friday.',
    'Sgts. Oram and Marsh will be tried next month.',
    'Pfc. Dana Reyes testified.',
  ]);
});
