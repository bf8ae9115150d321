/**
 * The learned reporting lexicon generalised by word form (session 24, issue #11), on invented
 * text: a verb reports speech in each of its inflections, not only in the spellings the dev part
 * happened to write three times (bench/reporting-lexicon.ts inflectionsOf, read by quotes.ts);
 * a description head counts in either number (headsByNumber); and after a quote that closed its
 * sentence, a verb other than one of speaking with an object of its own is the reporter's next
 * sentence, not the quote's attribution (quotes.ts OBJECT_AFTER_VERB).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';
import { basesOf, inflect, learnReportingLexicon } from '../bench/reporting-lexicon.js';
import type { Attribution, PolnearArticle } from '../bench/polnear.js';

function read(text: string): AnnotatedArticle {
  return annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const quote = (a: AnnotatedArticle, start: string) => a.quotes.find((q) => q.text.startsWith(start));

test('regular inflections of a verb base, with doubling only where English doubles', () => {
  assert.deepEqual(inflect('argue'), ['argues', 'argued', 'arguing']);
  assert.deepEqual(inflect('deny'), ['denies', 'denied', 'denying']);
  assert.deepEqual(inflect('quip'), ['quips', 'quipped', 'quipping']);
  assert.ok(inflect('admit').includes('admitted') && inflect('visit').includes('visited'));
  // "noted" is a form of "note", never of "not" (which would double: "notted").
  assert.ok(basesOf('noted').includes('note') && !basesOf('noted').includes('not'));
  assert.ok(basesOf('hoping').includes('hope') && !basesOf('hoping').includes('hop'));
});

test('the learner lends a verb whose forms pass together its unseen forms, not a form seen mostly otherwise', () => {
  // Invented articles: "quipped" marked as a cue twice and "quipping" once (three cues together,
  // none of the forms three times alone); "lamented" six times; "laments" written three times
  // outside any cue (a noun here: "the laments of the crew"): the verb passes on its pooled
  // counts (6 of 9), but the form's own uses keep it out.
  const articles: PolnearArticle[] = [];
  const add = (text: string, cueWord: string | null) => {
    const attributions: Attribution[] = [];
    if (cueWord) {
      const at = text.indexOf(cueWord);
      attributions.push({ source: null, cue: [{ start: at, end: at + cueWord.length }], content: null } as unknown as Attribution);
    }
    articles.push({ name: `a${articles.length}`, text, published: null, attributions, heldOut: false });
  };
  add('“We sail at dawn,” Holm quipped.', 'quipped');
  add('“The sea is calm,” Brekke quipped.', 'quipped');
  add('Holm was quipping that “the sea is calm.”', 'quipping');
  for (let i = 0; i < 6; i++) add(`“The ferry is late,” Ruiz lamented ${i}.`, 'lamented');
  for (let i = 0; i < 3; i++) add(`The laments of the crew went on ${i}.`, null);
  const { verbs, inflections } = learnReportingLexicon(articles);
  assert.ok(!verbs.includes('quipped') && !verbs.includes('quips'));
  assert.ok(inflections.includes('quips') && inflections.includes('quipped'));
  assert.ok(verbs.includes('lamented'));
  assert.ok(inflections.includes('lamenting'));
  assert.ok(!inflections.includes('laments'));
});

test('a learned verb in a spelling the dev part wrote fewer than three times reports speech', () => {
  // The committed table has "rebuffed" and "lamented"; "rebuffs" and "lamenting" come from their
  // verbs' pooled counts.
  const a = read('The ferry sank in March. The harbour board rebuffs calls for a “quick fix” for the island.');
  assert.equal(quote(a, 'quick fix')?.speaker?.text, 'The harbour board');
  const b = read('The ferry sank in March. Tomas Brekke is lamenting the “slow death” of the island’s harbour.');
  assert.equal(quote(b, 'slow death')?.speakerName, 'Tomas Brekke');
});

test('a description head learned in one number counts in the other', () => {
  // The dev sources hold "supporters"; "the ferry supporter" is the same kind of speaker.
  const a = read('The ferry sank in March. At the town meeting on Monday, the ferry supporter retorted: “There is money for a ferry if the board wants one.”');
  assert.equal(quote(a, 'There is money')?.speaker?.text, 'the ferry supporter');
});

test('a verb with an object of its own after a closed quote is the next sentence, not its attribution', () => {
  // "rebuked" is a learned reporting verb; here it tells what Holm did, and the quote before it
  // continues Brekke, who spoke in the sentence before.
  const a = read('The ferry sank in March. Brekke spoke at the harbour. “You either leave or you stay.” Holm rebuked the captain, who had left early.');
  assert.equal(quote(a, 'You either leave')?.speakerName, 'Brekke');
  // A day after the verb times it: still the attribution.
  const b = read('The ferry sank in March. Brekke spoke at the harbour. “You either leave or you stay.” Holm responded Tuesday.');
  assert.equal(quote(b, 'You either leave')?.speakerName, 'Holm');
});

test('a quote after a naming participle that opens the sentence is a name: the clause after it gives no speaker', () => {
  // "it" is the plan the quote names; "outlines" (a learned form) made it the quote's speaker.
  const a = read('The ferry sank in March. The rule is part of a broader plan that Holm unveiled. Dubbed “Path out of the Storm,” it outlines new rules for the harbour.');
  assert.equal(quote(a, 'Path out of the Storm')?.speaker, null);
  const b = read('The ferry sank in March. The rule is part of a broader plan that Holm unveiled. Known as “Path out of the Storm,” it outlined new rules for the harbour.');
  assert.equal(quote(b, 'Path out of the Storm')?.speaker, null);
});
