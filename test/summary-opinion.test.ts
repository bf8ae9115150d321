/**
 * The summary and opinion (issue #12: readers found columns leading the summary, and sentences
 * whose subject is an unresolved pronoun): a sentence in the writer's own voice (the reader
 * addressed, or what ought to happen with nobody's words reported) is no statement of the story;
 * an article the learned opinion model reads as a column does not give the lead while a report
 * offers one; a preposition with a pronoun object opens a sentence that leans on another.
 * Invented text throughout.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSummary, unfit } from '../src/compare/summary/summary.js';
import { opinionScore, writerVoice } from '../src/compare/summary/opinion.js';
import { annotated, factOf } from './helpers/dossier-fixtures.js';


test('summary: the writer speaking to the reader, or saying what ought to happen, is no statement of the story', () => {
  assert.equal(writerVoice('If you were lucky enough to miss the news last summer, the harbour strike passed you by.'), true);
  assert.equal(writerVoice('It is time to stop pretending that the Dunmore ferry can pay for itself.'), true);
  assert.equal(writerVoice('Every child in Dunmore ought to be back in a classroom by September.'), true);
  // Someone's advice reported by the writer, and a quoted "you", are the story's.
  assert.equal(writerVoice('Harbour officials said residents should leave the coast road by Friday.'), false);
  assert.equal(writerVoice('“You will see the ferry back by May,” the mayor told reporters in Dunmore.'), false);
  assert.equal(unfit('The Dunmore council must stop pretending that its ferry can pay for itself.'), 'voice');
  assert.equal(unfit('Harbour officials said residents should leave the coast road by Friday.'), null);
});

test('summary: a preposition with a pronoun object, or the frame of a contrast, opens a sentence that leans on another', () => {
  assert.equal(unfit('Without it, hundreds of island families would have no way to reach the mainland.'), 'dependent');
  assert.equal(unfit('After that, the council stopped paying the ferry operator for the winter crossings.'), 'dependent');
  // The frame of a contrast whose other half is elsewhere.
  assert.equal(unfit('On one side is the harbour master, who has called for the ferry to be sold.'), 'dependent');
  // A demonstrative that dates is no pointer back.
  assert.equal(unfit('After this week’s vote, the council will stop paying the ferry operator for winter crossings.'), null);
});

test('summary: the opinion model reads a column apart from a report', () => {
  const column = [
    'I have taken the Dunmore ferry every week for twenty years.',
    'You would think the council cares about the people who depend on it.',
    'Why should islanders pay for a terrible, shameful mistake?',
    'We deserve better than this disgraceful neglect.',
  ];
  const report = [
    'The Dunmore council voted on Tuesday to cut the winter ferry service to Kellan Island.',
    'The crossing will run twice a week from November, down from daily.',
    'Council officials said the service lost 2 million euros last year.',
    '“We had no choice,” the council leader told reporters.',
  ];
  assert.ok(opinionScore(column) >= 0.5, String(opinionScore(column)));
  assert.ok(opinionScore(report) < 0.5, String(opinionScore(report)));
});

test('summary: a column does not give the lead while a report offers one', () => {
  const colLead = 'The Dunmore council cut the winter ferry service to Kellan Island on Tuesday, a terrible blow.';
  const colRest =
    'I have taken the Dunmore ferry every week for twenty years. You would think the council cares about the people who depend on it. Why should islanders pay for a shameful mistake? We deserve better than this disgraceful neglect.';
  const repFirst = 'Harbour workers in Dunmore unloaded the last timber cargo of the season on Monday.';
  const repLead = 'The Dunmore council voted on Tuesday to cut the winter ferry service to Kellan Island to two crossings a week.';
  const arts = [
    annotated({ id: 'a1', outlet: 'a1', published: null, text: `${colLead} ${colRest}` }),
    annotated({ id: 'a2', outlet: 'a2', published: null, text: `${repFirst} ${repLead} Council officials gave the service's losses as the reason.` }),
  ];
  const facts = [factOf('f1', arts, [['a1', colLead]]), factOf('f2', arts, [['a2', repLead]]), factOf('f3', arts, [['a2', repFirst]])];
  const summary = buildSummary(facts, arts, 2, 100);
  assert.equal(summary[0]?.fact, 'f2', summary.map((s) => s.text).join(' | '));
});
