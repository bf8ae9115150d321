/**
 * The summary's lead and order on real-story defects (issue #12): an agreed report of this week's
 * event that also names an older date leads (the old date is its background, not its news); one
 * column's sentences come after the reports' sentences; sentences of one article are shown in
 * that article's order. Invented text throughout.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSummary, datesBackground } from '../src/compare/summary/summary.js';
import { annotated, factOf } from './helpers/dossier-fixtures.js';

test('summary: a report dated this week that names an older date is news, not background', () => {
  const news = 'A Dunmore court sentenced the former harbour master to six years in prison on Friday for the fraud uncovered last May.';
  const side = 'Handed down by Judge Aline Ferro, the sentence was longer than lawyers in the port town had predicted.';
  const text = `${news} ${side} The court heard from twelve witnesses.`;
  const arts = ['a1', 'a2'].map((id) =>
    annotated({ id, outlet: id, published: '2026-03-14', text, times: [['on Friday', '2026-03-13', 'day', true], ['last May', '2025-05', 'month', true]] }),
  );
  assert.equal(datesBackground(arts[0], 0, news.length, 7), false);
  const facts = [factOf('f1', arts, [['a1', news], ['a2', news]]), factOf('f2', arts, [['a1', side]])];
  const summary = buildSummary(facts, arts, 2, 100);
  assert.equal(summary[0].fact, 'f1', summary.map((s) => s.text).join(' | '));
});

test('summary: an old date alone still makes a sentence background', () => {
  const old = 'Last May, auditors found that the harbour master had taken money from the ferry fund.';
  const arts = [annotated({ id: 'a1', outlet: 'a1', published: '2026-03-14', text: old, times: [['Last May', '2025-05', 'month', true]] })];
  assert.equal(datesBackground(arts[0], 0, old.length, 7), true);
});

test("summary: one column's sentences come after the reports' sentences", () => {
  // The column argues (questions, the reader addressed, what ought to happen, evaluative words:
  // the opinion model reads it as a column) without the first person the position prior already
  // weighs; two of its sentences can stand alone and carry the story's words.
  const voice = [
    'Why should islanders pay for the mistakes of a careless and arrogant council?',
    'You would think the council cares about the families who depend on the winter crossings.',
    'The council should restore the daily boat before the first winter storm.',
    'What kind of shameful council abandons its own islands?',
  ];
  const colA = 'Fishing families on Kellan Island now face a bleak, cruel and lonely winter without their daily boat to the mainland.';
  const colB = 'Saving two million euros on the backs of island children and the elderly is a heartless and disgraceful choice.';
  const repLead = 'The Dunmore council voted on Tuesday to cut the winter ferry service to Kellan Island to two crossings a week.';
  const repNext = 'Council officials said the ferry service lost two million euros last year as fuel prices rose.';
  const repLast = 'Kellan Island has about four hundred residents, most of them fishing families.';
  const arts = [
    annotated({ id: 'a1', outlet: 'a1', published: null, text: `${voice[0]} ${colA} ${colB} ${voice[1]} ${voice[2]} ${voice[3]}` }),
    annotated({ id: 'a2', outlet: 'a2', published: null, text: `${repLead} The vote was seven to four. The meeting lasted three hours. A harbour official read the accounts aloud. ${repNext} ${repLast}` }),
  ];
  const facts = [factOf('f1', arts, [['a2', repLead]]), factOf('f2', arts, [['a1', colA]]), factOf('f3', arts, [['a1', colB]]), factOf('f4', arts, [['a2', repNext]]), factOf('f5', arts, [['a2', repLast]])];
  const shown = buildSummary(facts, arts, 2, 50).map((s) => s.fact);
  assert.deepEqual(shown.slice(0, 3), ['f1', 'f4', 'f5'], shown.join(' '));
});

test("summary: sentences of one article are shown in the article's order", () => {
  const first = 'A fire destroyed the Harrow Street warehouse in Dunmore on Monday night, killing two security guards.';
  const second = 'Investigators traced the blaze to a storeroom of paint thinner that the owner had been told to move.';
  const third = 'The owner of the warehouse, Tomas Rell, was charged with negligence by the Dunmore prosecutor.';
  const arts = [annotated({ id: 'a1', outlet: 'a1', published: null, text: `${first} ${second} ${third}` })];
  // The third sentence ranks above the second (more of the story's words); shown, it follows it.
  const facts = [factOf('f1', arts, [['a1', first]]), factOf('f3', arts, [['a1', third]]), factOf('f2', arts, [['a1', second]])];
  const shown = buildSummary(facts, arts, 1, 100);
  const starts = shown.map((s) => s.sentences[0].start);
  assert.deepEqual(starts, [...starts].sort((p, q) => p - q), shown.map((s) => s.fact).join(' '));
  assert.equal(shown.length, 3);
});

test('summary: an event the first report tells as its news leads though later reports date it as background', () => {
  // A topic collection over weeks: the first report tells the arrest as the news ("on Friday"),
  // a report three weeks later dates it ("on March 13") as background to its own news. The arrest
  // is what both report; a side remark one report alone makes must not lead instead.
  const news = 'Police in Dunmore arrested the former harbour master Tomas Rell on Friday on charges of fraud.';
  const later = 'Police in Dunmore arrested the former harbour master Tomas Rell on March 13 on charges of fraud.';
  const side = 'A lawyer for the harbour workers said on Tuesday that the union would sue the port authority.';
  const arts = [
    annotated({ id: 'a1', outlet: 'o1', published: '2026-03-14', text: `${news} The court set bail at a hearing.`, times: [['on Friday', '2026-03-13', 'day', true]] }),
    annotated({ id: 'a2', outlet: 'o2', published: '2026-04-02', text: `${side} ${later}`, times: [['on Tuesday', '2026-03-31', 'day', true], ['on March 13', '2026-03-13', 'day']] }),
  ];
  assert.equal(datesBackground(arts[1], arts[1].text.indexOf(later), arts[1].text.length, 7), true);
  const facts = [factOf('f1', arts, [['a1', news], ['a2', later]]), factOf('f2', arts, [['a2', side]])];
  const summary = buildSummary(facts, arts, 2, 100);
  assert.equal(summary[0]?.fact, 'f1', summary.map((s) => s.text).join(' | '));
});
