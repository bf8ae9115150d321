/**
 * Quotes across outlets counted by independent sources: copies of one report (an agency's text
 * run by two outlets without its dateline) are one source in "quotes carried by several
 * outlets", an outlet reporting apart is another. Invented articles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { reportCopies } from '../src/compare/facts/sources.js';
import type { Article } from '../src/core/schema.js';
import { renderDossier } from '../src/render/dossier.js';
import { annotate } from '../src/annotate/index.js';

const article = (id: string, outlet: string, text: string): Article => ({
  id, file: null, outlet, url: null, title: null, published: '2026-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [],
});

// One agency's report, run by two outlets (the second trims its last paragraph).
const WIRE = [
  'Flood water broke through the river wall at Tamsel on Tuesday night and flooded the lower town before dawn.',
  '“We will rebuild every street the river took from us, and we will start tomorrow,” said Mayor Ilse Vantor at the town hall on Wednesday.',
  'Engineers from the regional water board said the old wall had not been inspected for more than eleven years.',
  'About four hundred residents spent the night in the sports hall and in two schools on the hill above the town.',
  'The regional government promised an emergency fund for the families whose houses were damaged by the water.',
];
const wireA = WIRE.join('\n\n');
const wireB = WIRE.slice(0, 4).join('\n\n');
// An outlet of its own, with the same statement in its own report.
const own = [
  'The mayor of Tamsel spoke to residents gathered outside the flooded town hall on Wednesday morning.',
  '“We will rebuild every street the river took from us, and we will start tomorrow,” Ilse Vantor told the crowd, many of them still in boots.',
  'The water board has not said when the river wall was last inspected, and a spokesman declined to give a date.',
].join('\n\n');
const statement = /We will rebuild every street/;

test('reportCopies: a trimmed copy of one report is its copy; a report written apart is not', () => {
  const arts = [article('a', 'Tamsel Courier', wireA), article('b', 'Valley Post', wireB), article('c', 'Hill Gazette', own)].map(annotate);
  const copies = reportCopies(arts);
  assert.equal(copies.get('a'), 'a');
  assert.equal(copies.get('b'), 'a');
  assert.equal(copies.get('c'), 'c');
});

test('quote groups: copies of one report are one source; an outlet reporting apart is another', () => {
  const d = buildDossier([article('a', 'Tamsel Courier', wireA), article('b', 'Valley Post', wireB), article('c', 'Hill Gazette', own)]).dossier;
  const q = new Map(d.quotes.map((x) => [x.id, x]));
  const g = d.quoteGroups.find((x) => statement.test(q.get(x.reference)!.text))!;
  assert.deepEqual(g.articles, ['a', 'b', 'c']);
  assert.equal(g.sources, 2);
  const text = renderDossier(d, 'text');
  assert.match(text, new RegExp(`${g.id} .*\\(2 independent sources\\)`));
});

test('quote groups: a statement only copies of one report carry is listed as one source, not as several outlets', () => {
  const d = buildDossier([article('a', 'Tamsel Courier', wireA), article('b', 'Valley Post', wireB)]).dossier;
  const q = new Map(d.quotes.map((x) => [x.id, x]));
  const g = d.quoteGroups.find((x) => statement.test(q.get(x.reference)!.text))!;
  assert.deepEqual(g.articles, ['a', 'b']);
  assert.equal(g.sources, 1);
  for (const format of ['text', 'markdown'] as const) {
    const out = renderDossier(d, format);
    const section = out.slice(out.search(/Quotes carried by several outlets/i)).split(/\n(?:## |COVERAGE)/)[0];
    assert.match(section, /only one source carries each of these \(copies of one report, or one outlet's own reports\)/, format);
    assert.match(section, new RegExp(`${g.id}\\W* only in one source's reports`), format);
    // Not listed as a statement several outlets reported (its own heading or speaker line).
    assert.doesNotMatch(section, new RegExp(`### ${g.id}:|  ${g.id} \\S+ —`), format);
  }
});

test('facts count copies of one report as one source: two outlets running one wire text are not a consensus of two', () => {
  const { dossier } = buildDossier([article('a', 'Tamsel Courier', wireA), article('b', 'Valley Post', wireB), article('c', 'Hill Gazette', own)]);
  const shelter = dossier.facts.find((f) => /four hundred residents/.test(f.text));
  assert.ok(shelter, 'the copies\' shared sentence is a fact');
  assert.deepEqual([...shelter!.support].sort(), ['a', 'b']);
  assert.equal(shelter!.sources, 1, 'two copies of one report are one source');
  assert.ok(!dossier.coverage.consensus.includes(shelter!.id), 'one source repeated is no consensus');
});

test('quote groups: two statements that share only a name phrase are two groups; a trimmed version still joins', () => {
  const d = buildDossier([
    article('a', 'Tamsel Courier', 'Speaker Orla Venn praised the minister. "He did his best to keep the more radical wing of the Marten Holt government in check," Venn said on Monday.'),
    article('b', 'Valley Post', 'The opposition has long complained of "bad economic advice from the Marten Holt government" in its pamphlets. Venn said the minister "did his best to keep the more radical wing of the Marten Holt government in check."'),
  ]).dossier;
  const q = new Map(d.quotes.map((x) => [x.id, x]));
  const of = (re: RegExp) => d.quotes.find((x) => re.test(x.text))!.group;
  assert.notEqual(of(/bad economic advice/), of(/^He did his best/), JSON.stringify(d.quoteGroups.map((g) => g.quotes.map((i) => q.get(i)!.text))));
  assert.equal(of(/^did his best/), of(/^He did his best/), 'the trimmed version of Venn\'s statement is hers');
});

test('quote groups: the same words given to two people in one article are two statements', () => {
  const one = [
    'Two councillors of Tamsel spoke after the vote on the river wall on Thursday.',
    '“The wall must be rebuilt before the autumn rains come back to the valley,” said councillor Orla Quist.',
    'Her colleague agreed in nearly the same words.',
    '“The wall must be rebuilt before the autumn rains come back to this valley,” said councillor Benedikt Rask.',
  ].join('\n\n');
  const d = buildDossier([article('a', 'Tamsel Courier', one), article('b', 'Valley Post', 'The council of Tamsel voted on Thursday to rebuild the river wall.')]).dossier;
  const qs = d.quotes.filter((x) => /wall must be rebuilt/.test(x.text));
  assert.equal(qs.length, 2, JSON.stringify(d.quotes.map((x) => x.text)));
  assert.ok(qs[0].speaker && qs[1].speaker && qs[0].speaker !== qs[1].speaker, 'both speakers found');
  assert.notEqual(qs[0].group, qs[1].group);
});
