/**
 * The timeline cites an article for an entry only when its time expression dates the same event
 * (src/compare/timeline.ts): agreeing on the date is not enough. Invented reports, real
 * annotator.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { eventHead, sameEvent } from '../src/compare/timeline.js';
import { dateLabel, renderDossier } from '../src/render/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string, published: string | null = '2026-04-02'): Article {
  return { id, outlet, published, title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}

const head = (s: string, expr: string) => {
  const at = s.indexOf(expr);
  return eventHead(s, at, at + expr.length);
};

test('the event a date is attached to: the verb of its clause, else the noun it follows', () => {
  assert.equal(head('The wall, built in 1994, still stands.', '1994').head, 'build');
  assert.equal(head('Mr. Orvel has been mayor of Tessin since 1994.', '1994').head, 'mayor');
  assert.equal(head('On Monday, the Tessin bridge collapsed into the river.', 'Monday').head, 'collaps');
  assert.equal(head('The bridge over the Tessel, which opened to traffic in March 2015, was inspected twice.', 'March 2015').head, 'open');
});

test('one event by lemma, irregular form, synonym or event class; not two predicates that share a year', () => {
  const built = head('The harbour wall, built in 1994, gave way.', '1994');
  const build = head('Workers built the harbour wall in 1994.', '1994');
  const constructed = head('The harbour wall was constructed in 1994.', '1994');
  const mayor = head('Mr. Orvel, the harbour town mayor since 1994, visited the wall.', '1994');
  assert.ok(sameEvent(built, build));
  assert.ok(sameEvent(built, constructed));
  assert.ok(!sameEvent(built, mayor));
  const toppled = head('Rebels toppled the governor in March 2019.', 'March 2019');
  const overthrew = head('The rebels overthrew the regional governor in March 2019.', 'March 2019');
  assert.ok(sameEvent(toppled, overthrew));
  const collapsed = head('The coalition government collapsed on Wednesday after a lost vote.', 'Wednesday');
  const ousted = head('Parliament toppled the coalition government on Wednesday in a vote.', 'Wednesday');
  assert.ok(sameEvent(collapsed, ousted));
  // One kind of event next to both dates, under other verbs.
  const damaged = head('The depot had been damaged by another fire last March.', 'last March');
  const putOut = head('It is the second fire there: last March, a blaze in the roof was put out within an hour.', 'last March');
  assert.ok(sameEvent(damaged, putOut));
  // Words far back in a long clause are not the event's participants.
  const returns = head('Residents giving in 2025 to help flood victims may deduct their gifts on their 2024 tax returns.', '2024');
  const flood = head('Volunteers raised money for the victims of the devastating river flood of 2024.', '2024');
  assert.ok(!sameEvent(returns, flood));
});

test('a timeline entry is not supported by an article that dates another event in the same year', () => {
  const d = buildDossier([
    art('a1', 'Daily Ardel', 'The harbour wall of Velmora collapsed on Tuesday after a storm. The wall, built by the port authority in 1994, had been inspected in January. Mayor Tomas Orvel said repairs would start soon.'),
    art('a2', 'Harbour Post', 'The old harbour wall in Velmora collapsed on Tuesday during a storm. Tomas Orvel, mayor of Velmora since 1994, said the wall had been inspected in January.'),
    art('a3', 'Coast News', 'A storm brought down the harbour wall of Velmora on Tuesday. The wall was built by the port authority in 1994 and inspected in January, said Mayor Tomas Orvel.'),
  ]).dossier;
  const y1994 = d.timeline.filter((e) => e.date === '1994');
  // The building of the wall and Orvel's term as mayor are two entries, never one.
  const built = y1994.find((e) => e.support.includes('a1'));
  assert.ok(built, JSON.stringify(d.timeline));
  assert.deepEqual(built.support, ['a1', 'a3']);
  const mayor = y1994.find((e) => e.support.includes('a2'));
  assert.ok(mayor && mayor !== built && mayor.support.length === 1, JSON.stringify(y1994));
  // The collapse, dated by three outlets in three wordings, stays one entry.
  const tuesday = d.timeline.filter((e) => e.date === '2026-03-31');
  assert.equal(tuesday.length, 1, JSON.stringify(tuesday));
  assert.deepEqual(tuesday[0].support, ['a1', 'a2', 'a3']);
});

test('the baseline of a record ("the largest since 1948") is no timeline entry; a start "since 1994" stays', () => {
  const d = buildDossier([
    art('a1', 'Daily Ardel', 'The treasury of Velmora reported a surplus of 12 million crowns on Tuesday, the largest surplus since 1948. Finance minister Ila Marten, in office since 1994, welcomed it.'),
    art('a2', 'Harbour Post', 'Velmora posted a 12 million crown surplus on Tuesday, its biggest since 1948, the treasury said. Ila Marten, finance minister since 1994, welcomed the figure.'),
  ]).dossier;
  assert.ok(!d.timeline.some((e) => e.date === '1948'), JSON.stringify(d.timeline.map((e) => e.date)));
  assert.ok(d.timeline.some((e) => e.date === '1994'), JSON.stringify(d.timeline.map((e) => e.date)));
});

test('decades read as decades; forecasts, targets and fiscal years are no events; a sentence that dates two events is one entry', () => {
  const d = buildDossier([
    art('a1', 'Daily Ardel', 'The Velmora port, which grew fast in the 1990s, closed its north dock on Tuesday. The port authority expects traffic to double by 2030. Its fiscal 2027 budget cuts dredging. The dock opened in 1962 and was rebuilt in March 2019.'),
    art('a2', 'Harbour Post', 'Velmora closed the north dock of its port on Tuesday. The port grew quickly in the 1990s. Officials say cargo volumes will double by 2030, and the fiscal 2027 budget cuts dredging. The dock opened in 1962 and was rebuilt in March 2019.'),
  ]).dossier;
  const dates = d.timeline.map((e) => e.date);
  assert.ok(!dates.includes('2030') && !dates.includes('2027'), JSON.stringify(dates));
  const decade = d.timeline.find((e) => e.precision === 'decade');
  assert.equal(decade && dateLabel(decade), '1990s');
  assert.match(renderDossier(d, 'text'), /\n\s+1990s\s+The port grew quickly in the 1990s\./);
  // Each sentence is the text of one entry; the other date of it shows its own clause.
  const texts = d.timeline.map((e) => e.text);
  assert.equal(new Set(texts).size, texts.length, JSON.stringify(texts));
  assert.equal(d.timeline.find((e) => e.date === '1962')?.text, 'The dock opened in 1962');
  assert.equal(d.timeline.find((e) => e.date === '2019-03')?.text, 'The dock opened in 1962 and was rebuilt in March 2019.');
  // A schedule stays: what was arranged happens on its date.
  const s = buildDossier([
    art('b1', 'Daily Ardel', 'The ferry terminal in Velmora will remain closed until Friday, the port authority said.'),
    art('b2', 'Harbour Post', 'Velmora ferry terminal stays closed until Friday, officials said.'),
  ]).dossier;
  assert.ok(s.timeline.some((e) => e.date === '2026-04-03'), JSON.stringify(s.timeline.map((e) => e.date)));
});
