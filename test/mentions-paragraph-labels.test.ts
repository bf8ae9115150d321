/**
 * A lone capital and its full stop opening a paragraph is a label, not a name
 * (src/annotate/mentions.ts paragraphLabel): a transcript's "Q." was typed a person (session 24's
 * unseen reading). An initial written with its name stays a person. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import type { Article } from '../src/core/schema.js';

const mentionsOf = (text: string) =>
  annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '1998-08-18', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] } as unknown as Article).mentions.map((m) => [m.text, m.type]);

test("a transcript's Q. and A. are no names; an initial with its name is one", () => {
  const ms = mentionsOf('The deposition reads in part:\n\nQ. Were you ever alone with Ms. Varga in the study?\n\nA. I do not recall.\n\nJ. Edgar Holm, the lawyer, objected.');
  assert.ok(!ms.some(([t]) => t === 'Q.' || t === 'A.'), JSON.stringify(ms));
  assert.ok(ms.some(([t, type]) => t === 'J. Edgar Holm' && type === 'person'), JSON.stringify(ms));
});
