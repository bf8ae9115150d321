/**
 * The summary's position prior is read at the sentence shown (issue #12, "leads with the main
 * event"): a fact whose earliest member is some article's lead, but which is shown in the wording
 * of another article's body sentence, neither takes the lead's weight nor leads the summary.
 * Invented text throughout.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSummary } from '../src/compare/summary/summary.js';
import { annotated, factOf } from './helpers/dossier-fixtures.js';

test('summary: a fact shown in a body sentence does not lead for another article’s lead sentence', () => {
  // a1 opens with the arrest in a sentence that cannot stand alone ("he" before anyone is named),
  // so the fact is shown in a2's wording, the ninth sentence of a2.
  const dangling = 'Police said he was arrested at the Dunmore ferry terminal on Monday carrying forged passports.';
  const body = 'Police said Tomas Brell was arrested at the Dunmore ferry terminal on Monday carrying forged passports.';
  const news = 'The ferry operator suspended crossings from Dunmore to Kellan Island on Monday after the arrest.';
  const filler = [
    'Crossings to the island normally run every two hours between April and October.',
    'The harbour master had asked for extra staff at the terminal before the summer season.',
    'A new ticket office opened at the terminal in March after years of complaints from islanders.',
    'Fishing boats kept working out of the northern quay throughout the day.',
    'The island has about four thousand residents and depends on the ferry for supplies.',
    'Local shops said deliveries of bread and fuel would arrive by fishing boat instead.',
    'A council meeting on the ferry contract is set for next month in the town hall.',
  ];
  const arts = [
    annotated({ id: 'a1', outlet: 'a1', published: null, text: `${dangling} ${news} ${filler[0]}` }),
    annotated({ id: 'a2', outlet: 'a2', published: null, text: `${filler[6]} ${news} ${filler.slice(0, 6).join(' ')} ${body}` }),
  ];
  const facts = [
    factOf('f1', arts, [['a1', dangling], ['a2', body]]),
    factOf('f2', arts, [['a1', news], ['a2', news]]),
  ];
  const summary = buildSummary(facts, arts, 2, 100);
  assert.equal(summary[0]?.fact, 'f2', `the suspension, told in two articles' second sentence, leads: ${summary.map((s) => s.text).join(' | ')}`);
  assert.ok(summary.some((s) => s.fact === 'f1' && s.text === body), 'the arrest still follows, in the wording that names him');
});
