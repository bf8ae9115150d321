/**
 * Two apostrophes for a double quote mark (`''…''`, the New York Times' plain text and other
 * outlets', quote-marks.ts) read as the curly marks are by every attribution rule (session 24,
 * issue #11): rules that looked for “ ” or " around a comma or a clause saw the apostrophes as
 * letters, so the same sentence got another speaker, or none, in that spelling. Each sentence is
 * invented; each is read in both spellings and must give the same speakers. Likewise a dash typed
 * as two hyphens (" -- ") around a parenthetical.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';

function speakers(text: string): string[] {
  const a = annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
  return a.quotes.map((q) => `${q.speaker?.text ?? null} / ${q.speakerName ?? null}`);
}

function bothSpellings(curly: string, expected: string[]): void {
  assert.deepEqual(speakers(curly), expected, 'curly marks');
  assert.deepEqual(speakers(curly.replace(/[“”]/g, "''")), expected, 'two apostrophes');
}

test('a participle after an inverted attribution shares its speaker', () => {
  bothSpellings('The ferry sank in March. “This is one of those things,” said Mr. Brekke, adding that he did not think the board “will get there.”', ['Brekke / Brekke', 'Brekke / Brekke']);
});

test('", but she" after a quoted fragment ends the clause, and the colon gives her the next quote', () => {
  bothSpellings('The ferry sank in March. Holm said both men are “non-entities,” but she gave Brekke a compliment: “He is a fine sailor.”', ['Holm / Holm', 'she / Holm']);
});

test('a fragment quoted in the subject’s relative clause: the verb after it is the subject’s, not inverted', () => {
  bothSpellings('The ferry sank in March. Tomas Brekke, who has called the board “reckless,” said the plan was “dead in the water.”', ['Tomas Brekke / Tomas Brekke', 'Tomas Brekke / Tomas Brekke']);
});

test('a fragment quoted in a naming relative clause is that clause’s speaker’s, not the main subject’s', () => {
  bothSpellings('In a video that Judge Tomas Brekke called “vile,” Greta Holm voiced a wish to sink the ferry.', ['Tomas Brekke / Tomas Brekke']);
});

test('a parenthetical between two dashes typed as hyphens is passed over as one between em dashes is', () => {
  // Plain-text and wire copy write a dash as " -- ": the subject before the pair is the speaker.
  const em = 'The ferry sank in March. A former harbour master — Tom Brekke, who lost the 2008 election to Holm — said the board “offered no changes to its plan.”';
  assert.deepEqual(speakers(em), ['A former harbour master / null']);
  assert.deepEqual(speakers(em.replace(/ — /g, ' -- ')), ['A former harbour master / null']);
});
