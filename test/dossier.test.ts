/**
 * The dossier on hand-built annotated articles (test/helpers/dossier-fixtures.ts): every part of
 * the contract checked against layers we control, so a failure here is the compare stage's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { agrees, buildSummary, danglingPronoun, unfit } from '../src/compare/summary/summary.js';
import { loadedWords } from '../src/compare/entities/framing.js';
import { annotate } from '../src/annotate/index.js';
import type { Dossier as DossierT } from '../src/core/dossier-schema.js';
import type { AnnotatedArticle, Article } from '../src/core/schema.js';
import { renderDossier } from '../src/render/dossier.js';
import { annotated, assertSpansValid, bridgeStory } from './helpers/dossier-fixtures.js';

const passThrough = (a: Article): AnnotatedArticle => a as AnnotatedArticle;
const build = (arts: AnnotatedArticle[]): DossierT => buildDossier(arts, { annotate: passThrough }).dossier;

test('dossier on a hand-annotated story is valid and every span checks out', () => {
  const d = build(bridgeStory());
  assertSpansValid(d);
  assert.deepEqual(d.articles.map((a) => a.id), ['a1', 'a2', 'a3', 'a4']);
  assert.equal(d.warnings.length, 0);
});

test('entities: transliterations merge, look-alike names stay apart', () => {
  const d = build(bridgeStory());
  const byAlias = (s: string) => d.entities.filter((e) => e.aliases.some((a) => a.text === s));
  const place = byAlias('Qarvan');
  assert.equal(place.length, 1);
  assert.ok(place[0].aliases.some((a) => a.text === 'Karvan' && a.outlets.includes('Karvan Daily')));
  const mayor = byAlias('Yusra al-Hadid')[0];
  for (const s of ['Yousra al-Hadid', 'Hadid', 'al-Hadid']) assert.equal(byAlias(s)[0].id, mayor.id, s);
  assert.equal(mayor.name, 'Yusra al-Hadid');
  assert.deepEqual(mayor.articles, ['a1', 'a2', 'a3', 'a4']);
  // "Mr. Nadir" is the governor Selim Nadir (surname), not the engineer Nadir al-Karimi (first name).
  const governor = byAlias('Selim Nadir')[0];
  const engineer = byAlias('Nadir al-Karimi')[0];
  assert.notEqual(governor.id, engineer.id);
  assert.equal(byAlias('Nadir')[0].id, governor.id);
  assert.equal(byAlias('al-Karimi')[0].id, engineer.id);
});

test('conflicts: resolved dates and a death toll, each with its outlier; agreeing dates are no conflict', () => {
  const d = build(bridgeStory());
  const date = d.conflicts.find((c) => c.kind === 'date');
  assert.ok(date, 'date conflict found');
  assert.deepEqual(date.claims.map((c) => c.normalized).sort(), ['2015-03', '2025-03']);
  assert.deepEqual(date.outliers, ['a1']);
  const lone = date.claims.find((c) => c.normalized === '2015-03')!;
  assert.equal(lone.value, 'in March 2015');
  assert.deepEqual(lone.articles, ['a1']);
  const num = d.conflicts.find((c) => c.kind === 'number');
  assert.ok(num, 'number conflict found');
  assert.deepEqual(num.outliers, ['a4']);
  assert.deepEqual(num.claims.find((c) => c.normalized === '9')!.articles, ['a1', 'a2', 'a3']);
  // "on Monday" and "late on Monday" agree; nothing about them is flagged.
  assert.ok(!d.conflicts.some((c) => c.claims.some((cl) => cl.normalized === '2026-02-09')));
  assert.equal(d.conflicts.filter((c) => c.kind !== 'speaker').length, 2);
});

test('quotes: versions grouped across outlets with word diffs; differing speakers flagged', () => {
  const d = build(bridgeStory());
  const q = new Map(d.quotes.map((x) => [x.id, x]));
  const cracks = d.quoteGroups.find((g) => q.get(g.reference)!.text.startsWith('We saw the cracks'))!;
  assert.deepEqual(cracks.articles, ['a1', 'a2']);
  assert.equal(d.entities.find((e) => e.id === cracks.speaker)!.name, 'Nadir al-Karimi');
  assert.equal(cracks.speakerDisagreement, false);
  const diff = cracks.diffs[0];
  assert.equal(diff.identical, false);
  assert.deepEqual(diff.ops.filter((o) => o.op !== 'equal'), [{ op: 'delete', text: 'to us at all' }]);
  const family = d.quoteGroups.find((g) => q.get(g.reference)!.text.startsWith('Every family'))!;
  assert.equal(family.speakerDisagreement, true);
  assert.equal(family.diffs[0].identical, true);
  const names = family.speakers.map((s) => d.entities.find((e) => e.id === s)!.name).sort();
  assert.deepEqual(names, ['Omar Talib', 'Yusra al-Hadid']);
  const sc = d.conflicts.find((c) => c.kind === 'speaker')!;
  assert.deepEqual(sc.claims.map((c) => c.value).sort(), ['Omar Talib', 'Yusra al-Hadid']);
  assert.deepEqual(sc.outliers, [], 'one source against one: nobody is the outlier');
});

test('facts and coverage: worded-differently statements align; exclusives and omissions per outlet', () => {
  const d = build(bridgeStory());
  const fact = (needle: string) => d.facts.find((f) => f.sentences.some((s) => d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end).includes(needle)))!;
  const collapse = fact('killing nine people');
  // A different toll is a different claim: the outlet saying "seven" is not counted as
  // confirming "nine" (the number conflict reports the disagreement).
  assert.deepEqual(collapse.support, ['a1', 'a2', 'a3']);
  assert.ok(!collapse.text.includes('seven'));
  const seven = fact('killing seven people');
  assert.deepEqual(seven.support, ['a4']);
  assert.ok(!d.coverage.exclusives.some((e) => e.facts.includes(seven.id)), 'a different version is no exclusive');
  assert.ok(!d.coverage.omissions.some((o) => o.facts.includes(collapse.id)), 'nor does the outlet with another toll omit the event');
  // Another date for one event is another claim too (facts/dates.ts): the outlet saying "March
  // 2015" is not counted as confirming "last March" (the date conflict reports the disagreement),
  // and its version is no exclusive.
  assert.deepEqual(fact('opened to traffic last March').support, ['a2', 'a3', 'a4']);
  const opened2015 = fact('opened to traffic in March 2015');
  assert.deepEqual(opened2015.support, ['a1']);
  assert.ok(!d.coverage.exclusives.some((e) => e.facts.includes(opened2015.id)), 'a different version is no exclusive');
  assert.ok(d.coverage.consensus.includes(collapse.id));
  const divers = fact('Divers searched');
  assert.deepEqual(divers.support, ['a4']);
  assert.ok(d.coverage.exclusives.find((e) => e.article === 'a4')!.facts.includes(divers.id));
  const inquiry = fact('independent inquiry');
  assert.equal(inquiry.support.length, 4);
  assert.ok(!d.coverage.omissions.some((o) => o.facts.includes(inquiry.id)));
  assert.ok(d.coverage.omissions.find((o) => o.article === 'a4')!.facts.includes(fact('We saw the cracks').id));
});

test('timeline: events dated across outlets, the disputed date marked', () => {
  const d = build(bridgeStory());
  const day = d.timeline.find((e) => e.date === '2026-02-09')!;
  assert.deepEqual(day.support, ['a1', 'a2', 'a3', 'a4']);
  assert.equal(day.precision, 'day');
  const march = d.timeline.find((e) => e.date === '2025-03')!;
  assert.deepEqual(march.support, ['a2', 'a3', 'a4']);
  assert.ok(march.conflict);
  assert.ok(d.timeline.find((e) => e.date === '2015-03')!.conflict);
  const dates = d.timeline.map((e) => e.date);
  assert.deepEqual(dates, [...dates].sort());
});

test('summary: leads with the event, agreed facts before single-source ones, no quotations, length by words', () => {
  const d = build(bridgeStory());
  assert.ok(d.summary.length >= 3);
  assert.match(d.summary[0].text, /bridge collapsed/, 'the lead is the main event');
  const firstSingle = d.summary.findIndex((s) => s.support.length < 2);
  assert.ok(firstSingle === -1 || d.summary.slice(firstSingle).every((s) => s.support.length < 2), 'agreed facts come first');
  assert.ok(d.summary.slice(0, 3).every((s) => s.support.length >= 2));
  assert.ok(!d.summary.some((s) => /^["“]/.test(s.text)), 'no quotation leads a summary sentence');
  assert.ok(!d.summary.some((s) => s.text.includes('seven people')), 'the outlier wording does not stand for the consensus');
  for (const s of d.summary) {
    assert.ok(s.sentences.length >= s.support.length);
    const src = s.sentences.map((x) => d.articles.find((a) => a.id === x.article)!.text.slice(x.start, x.end));
    assert.ok(src.some((t) => t.includes(s.text)), `summary text is verbatim: ${s.text}`);
  }
  const short = buildDossier(bridgeStory(), { annotate: passThrough, summaryWords: 10 }).dossier.summary;
  assert.equal(short.length, 1, 'a ten-word summary is the lead alone');
});

test('summary: never empty when articles agree, even if no agreed sentence stands alone', () => {
  const text = 'He said the plant would close in May. The union called a strike for Monday.';
  const art = (id: string): AnnotatedArticle => ({
    ...annotated({ id, outlet: id, published: null, text }),
  });
  const arts = [art('a1'), art('a2')];
  const facts = [
    { id: 'f1', text: 'He said the plant would close in May.', support: ['a1', 'a2'], sentences: [{ article: 'a1', start: 0, end: 37 }, { article: 'a2', start: 0, end: 37 }], source: { article: 'a1', start: 0, end: 37 } },
    { id: 'f2', text: 'The union called a strike for Monday.', support: ['a1'], sentences: [{ article: 'a1', start: 38, end: 75 }], source: { article: 'a1', start: 38, end: 75 } },
  ];
  assert.ok(unfit(facts[0].text), 'a pronoun-led sentence cannot stand alone');
  assert.equal(unfit('The full inspection report of the harbour authority is published at https://harbour.example/report.'), 'link', 'a web address is a pointer, not a report');
  assert.equal(unfit('The harbour master gained national attention when he ran to...'), 'incomplete', 'an excerpt cut off with an ellipsis is no statement');
  assert.equal(unfit('The harbour master gained national attention when he ran for mayor in 2019.'), null, 'the whole sentence can stand');
  assert.equal(unfit('The union called a strike for Monday at the harbour of Halvar.'), null);
  const summary = buildSummary(facts, arts, 2);
  assert.ok(summary.length > 0);
  assert.equal(summary[0].fact, 'f1', 'the agreed fact is shown rather than nothing');
});

test('framing: titles and descriptions per outlet, honorifics left out', () => {
  const d = build(bridgeStory());
  const gov = d.framing.find((f) => f.name === 'Selim Nadir')!;
  assert.deepEqual(gov.labels.map((l) => l.label), ['the former governor']);
  assert.ok(!d.framing.some((f) => f.labels.some((l) => /^Mr\.?$/.test(l.label))));
});

test('determinism: the same input gives byte-identical JSON', () => {
  const a = renderDossier(build(bridgeStory()), 'json');
  const b = renderDossier(build(bridgeStory()), 'json');
  assert.equal(a, b);
});

test('one article: still a dossier, and it says there is nothing to compare', () => {
  const d = build([bridgeStory()[0]]);
  assertSpansValid(d);
  assert.ok(d.warnings.some((w) => /only one article/.test(w)));
  assert.equal(d.conflicts.length, 0);
  assert.deepEqual(d.coverage, { consensus: [], exclusives: [], omissions: [] });
  assert.match(renderDossier(d, 'text'), /nothing to compare/);
});

test('another language and an unrelated story are named in warnings and left out', () => {
  const german = annotated({
    id: 'a5',
    outlet: 'Flussblatt',
    published: '2026-02-10',
    text: 'Eine Straßenbrücke über den Fluss Tessel ist am Montag in Karvan eingestürzt. Dabei kamen neun Menschen ums Leben, und die Bürgermeisterin hat eine unabhängige Untersuchung angeordnet. Die Ursache ist noch nicht bekannt, sagte ein Sprecher der Stadt am Dienstag.',
  });
  const other = annotated({
    id: 'a6',
    outlet: 'Garden Weekly',
    published: '2026-02-10',
    text: 'Tomato growers expect an early harvest this summer after a mild spring. Greenhouse owners said seed prices had doubled. Gardeners are advised to water seedlings in the morning and to keep slugs away with copper tape.',
  });
  const r = buildDossier([...bridgeStory(), german, other], { annotate: passThrough });
  assertSpansValid(r.dossier);
  assert.deepEqual(r.dossier.excluded.map((e) => e.article), ['a5', 'a6']);
  assert.ok(r.warnings.some((w) => w.startsWith('a5 (Flussblatt)') && /English/.test(w)));
  assert.ok(r.warnings.some((w) => w.startsWith('a6 (Garden Weekly)') && /different story/.test(w)));
  assert.ok(!r.dossier.facts.some((f) => f.support.includes('a5') || f.support.includes('a6')));
  assert.equal(r.dossier.articles.length, 6, 'left-out articles are still listed');
});

test('renderers: the report leads with agreement and conflicts; Markdown escapes article content', () => {
  const arts = bridgeStory();
  arts[0] = { ...arts[0], outlet: 'Qarvan *Post* <b>' };
  const d = build(arts);
  const txt = renderDossier(d, 'text');
  assert.match(txt, /SUMMARY \(SOURCES PER SENTENCE; AGREED FACTS FIRST\)/);
  assert.match(txt, /likely outlier/);
  assert.match(txt, /\[-to us at all-\]/);
  const md = renderDossier(d, 'markdown');
  assert.ok(md.includes('Qarvan \\*Post\\* \\<b\\>'));
  assert.ok(!md.includes('<b>'));
  assert.deepEqual(JSON.parse(renderDossier(d, 'json')), JSON.parse(JSON.stringify(d)));
});

test('no false alarms: figures of different people; an article giving both values', () => {
  const game = (id: string, text: string, people: string[], quantities: Array<[string, number]>) =>
    annotated({ id, outlet: `Outlet ${id}`, published: '2026-03-01', text, mentions: people.map((p) => [p, 'person'] as [string, 'person']), quantities: quantities.map(([q, v]) => [q, 'count', v, v, 'points']) });
  // Two players' scores read alike but are about different people.
  const players = [
    game('a1', 'Marta Silvan scored 20 points as the Herons beat the Larks in the final on Saturday.', ['Marta Silvan'], [['20 points', 20]]),
    game('a2', 'Dana Kell scored 14 points as the Herons beat the Larks in the final on Saturday.', ['Dana Kell'], [['14 points', 14]]),
    game('a3', 'Dana Kell scored 14 points when the Herons beat the Larks in the final on Saturday.', ['Dana Kell'], [['14 points', 14]]),
  ];
  const p = build(players);
  assertSpansValid(p);
  assert.deepEqual(p.conflicts, []);
  // An article that gives both figures is talking about two things.
  const score = [
    game('a1', 'The Herons beat the Larks in the final on Saturday, scoring 71 points to 64 points in total.', [], [['71 points', 71], ['64 points', 64]]),
    game('a2', 'The Herons beat the Larks in the final on Saturday, scoring 71 points in total.', [], [['71 points', 71]]),
    game('a3', 'The Herons beat the Larks in the final on Saturday after scoring 71 points in total.', [], [['71 points', 71]]),
  ];
  assert.deepEqual(build(score).conflicts, []);
});

test('framing: evaluative wording per outlet (epithets, loaded descriptions, verbs of saying, coined nicknames); junk and neutral stand-ins dropped', () => {
  const t1 = 'Governor Lena Marsk spoke on Monday. The embattled and often combative governor said the budget was fair. Marsk admitted that the figures were late.';
  const t2 = 'The firebrand populist Orla Venn attacked the budget. Her rival dubbed her "Budget Buster" at a rally. The president met bankers on Monday.';
  const t3 = 'Lena Marsk, a tireless reformist, defended the budget. Orla Venn said she would vote against it.';
  const arts = [
    annotated({ id: 'a1', outlet: 'North Post', published: '2026-03-02', text: t1, mentions: [['Lena Marsk', 'person', 'Governor'], ['Marsk', 'person', undefined, 1]] }),
    annotated({ id: 'a2', outlet: 'South Herald', published: '2026-03-02', text: t2, mentions: [['Orla Venn', 'person']] }),
    annotated({ id: 'a3', outlet: 'East Wire', published: '2026-03-02', text: t3, mentions: [['Lena Marsk', 'person'], ['Orla Venn', 'person']] }),
  ];
  const d = build(arts);
  assertSpansValid(d);
  const marsk = d.framing.find((f) => f.name === 'Lena Marsk')!;
  const venn = d.framing.find((f) => f.name === 'Orla Venn')!;
  const by = (f: typeof marsk, kind: string) => f.labels.filter((l) => l.kind === kind);
  assert.deepEqual(by(marsk, 'title').map((l) => [l.label, l.loaded]), [['Governor', []]]);
  assert.deepEqual(by(marsk, 'description').map((l) => [l.label, l.loaded]), [['embattled and often combative governor', ['embattled', 'combative']]]);
  assert.deepEqual(by(marsk, 'verb').map((l) => l.label), ['admitted']);
  assert.deepEqual(by(marsk, 'appositive').map((l) => [l.article, l.label, l.loaded]), [['a3', 'a tireless reformist', ['tireless', 'reformist']]]);
  assert.ok(by(venn, 'epithet').some((l) => l.label.endsWith('firebrand populist') && l.loaded.includes('firebrand')));
  assert.ok(by(venn, 'epithet').some((l) => l.label === 'Budget Buster'), 'a nickname a rival coined');
  assert.ok(!d.framing.some((f) => f.labels.some((l) => l.label === 'president')), 'a neutral "the president" is pinned on no one');
  for (const f of d.framing) for (const l of f.labels) assert.equal(d.articles.find((a) => a.id === l.article)!.text.slice(l.start, l.end), l.label);
});

test('quotes: a group never joins two different speakers through a shared phrase or an unattributed version', () => {
  // Invented: two people say different things that share "rebuild the harbour wall"; a third
  // outlet carries an unattributed quote that shares words with both.
  const arts = [
    annotated({
      id: 'h1', outlet: 'Pier Gazette', published: '2026-03-02',
      text: '“Nobody asked the fishermen whether the port should rebuild the harbour wall at all,” said Pavel Orlov.',
      mentions: [['Pavel Orlov', 'person']],
      quotes: [['Nobody asked the fishermen whether the port should rebuild the harbour wall at all', 'Pavel Orlov']],
    }),
    annotated({
      id: 'h2', outlet: 'Tide Times', published: '2026-03-02',
      text: '“The city will rebuild the harbour wall before the winter storms reach the port,” said Anna Brisk.',
      mentions: [['Anna Brisk', 'person']],
      quotes: [['The city will rebuild the harbour wall before the winter storms reach the port', 'Anna Brisk']],
    }),
    annotated({
      id: 'h3', outlet: 'Coast Courier', published: '2026-03-03',
      text: 'Posters read “the city will rebuild the harbour wall before the storms and nobody asked the fishermen whether the port should”.',
      quotes: [['the city will rebuild the harbour wall before the storms and nobody asked the fishermen whether the port should', null]],
    }),
  ];
  const d = build(arts);
  const q = new Map(d.quotes.map((x) => [x.article, x]));
  const orlov = q.get('h1')!;
  const brisk = q.get('h2')!;
  assert.ok(orlov.speaker && brisk.speaker && orlov.speaker !== brisk.speaker);
  assert.notEqual(orlov.group, brisk.group, 'different speakers, different statements: two groups');
  for (const g of d.quoteGroups) assert.ok(g.speakers.filter((s) => s !== null).length <= 1, `${g.id} joins ${g.speakers.join(', ')}`);
});

test('summary: a cited sentence must give the same figures and polarity; context-dependent sentences cannot stand alone', () => {
  assert.equal(agrees('The fire killed 12 people and injured more than 40.', 'Twelve people died and 43 were injured in the fire.'), true);
  assert.equal(agrees('The fire killed 12 people and injured more than 40.', 'The fire killed 21 people and injured more than 40.'), false, 'another figure');
  assert.equal(agrees('The fire killed 12 people and injured more than 40.', 'The fire killed people and injured many.'), false, 'no figure does not vouch for one');
  assert.equal(agrees('The mayor was charged with negligence over the fire.', 'The mayor was not charged with negligence over the fire.'), false, 'the opposite polarity');
  assert.equal(agrees('Roe left office in 1990 but stayed on as party chief.', 'Roe stayed on as party chief after leaving office.'), false, 'a year is a figure too');
  assert.equal(agrees('The ferry terminal reopened on Friday after the fire.', 'The ferry terminal reopened on Friday.', undefined, 0.5), false, 'the alignment says they are not the same statement');
  for (const s of [
    'Harbour master Sam Roe, for his part, said he had warned the ministry.',
    'The ministry also said the warehouse had been inspected in May.',
    'The union said the strike would go ahead as well.',
    'about the harbour, the minister told reporters on Tuesday.',
  ]) assert.ok(unfit(s), s);
  assert.equal(unfit('The warehouse, also known as Depot 4, burned for six hours on Monday.'), null);
});

test('summary: "he" or "she" before anyone is named points into the sentences left behind', () => {
  const text = 'Police said he was arrested at the harbour on Monday. Harbour master Sam Roe said he had warned the ministry twice.';
  const a = annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
  const [s1, s2] = a.sentences;
  assert.equal(danglingPronoun(a, s1.start, s1.end), true);
  assert.equal(danglingPronoun(a, s2.start, s2.end), false);
});

test('framing: loaded words read by syntax, not as a bag of words', () => {
  assert.deepEqual(loadedWords('the embattled and often combative governor'), ['embattled', 'combative']);
  assert.deepEqual(loadedWords('the firebrand populist'), ['firebrand', 'populist']);
  assert.deepEqual(loadedWords('disgraced former minister'), ['disgraced']);
  assert.deepEqual(loadedWords('a tireless reformist'), ['tireless', 'reformist']);
  // Job descriptions: a compound noun, a possessive owner, names, words after the head.
  assert.deepEqual(loadedWords('the region’s top infectious disease expert'), []);
  assert.deepEqual(loadedWords('a 34-year-old horse trainer'), []);
  assert.deepEqual(loadedWords('the executive director of the National Cancer Institute'), []);
  assert.deepEqual(loadedWords('the three-time candidate of the Good Government Party'), []);
});
