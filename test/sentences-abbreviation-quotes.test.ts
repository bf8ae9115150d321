/**
 * Sentence ends after an abbreviation or a figure (src/annotate/sentences.ts), on invented text:
 * a decimal point written with a space after it ("$368. 0 million") ends no sentence; after a
 * state's abbreviation or a dotted acronym, a quote that opens with a sentence opener starts a new
 * sentence ("…, of Eastport, Fla. “She has …”"), which then continues the speaker named before
 * it, while a lower-case quoted term after "U.S." stays inside its sentence.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../src/annotate/sentences.js';
import { annotate } from '../src/annotate/index.js';

const texts = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));

test('a decimal point followed by a space ends no sentence', () => {
  const t = 'The ferry line lost $368. 0 million last year. Fares rose 2. 5 percent. The board met in 2014. It sold two boats.';
  assert.deepEqual(texts(t), [
    'The ferry line lost $368. 0 million last year.',
    'Fares rose 2. 5 percent.',
    'The board met in 2014.',
    'It sold two boats.',
  ]);
});

test('a year before a figure that opens the next sentence still ends its sentence', () => {
  // "… in 2014. 52 percent of …": a figure opening a sentence (common in web copy) after a year
  // is no spaced decimal; joined, the two sentences made one span for both claims.
  const t = 'Turnout on the islands rose in 2014. 52 percent of voters backed the ferry plan.';
  assert.deepEqual(texts(t), ['Turnout on the islands rose in 2014.', '52 percent of voters backed the ferry plan.']);
});

test('a quote opening a sentence after a state abbreviation starts a new sentence', () => {
  const t = "''The crossing felt safer,'' said Ilse Marr, 41, of Eastport, Fla. ''She definitely runs the ferry better than anyone.'' Trade grew in the U.S. ''war on the islands'' years.";
  assert.deepEqual(texts(t), [
    "''The crossing felt safer,'' said Ilse Marr, 41, of Eastport, Fla.",
    "''She definitely runs the ferry better than anyone.''",
    "Trade grew in the U.S. ''war on the islands'' years.",
  ]);
  const a = annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text: t, removed: [] });
  assert.equal(a.quotes.find((q) => q.text.startsWith('She definitely'))?.speakerName, 'Ilse Marr');
});
