/**
 * Claim-level alignment and coverage on invented articles (real annotator): opposite polarity and
 * different figures are not one fact, a sentence reporting two things supports two facts,
 * exclusives carry the nearest statement of the other outlets and why it differs, and
 * screening keeps short reports of one event worded differently.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Dossier } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';
import { screen } from '../src/compare/facts/screen.js';
import { renderDossier } from '../src/render/dossier.js';
import { assertSpansValid } from './helpers/dossier-fixtures.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, text, outlet, language: null, published: '2026-03-04', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

const textOf = (d: Dossier, s: { article: string; start: number; end: number }): string => d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end);
const factWith = (d: Dossier, needle: string) => d.facts.find((f) => f.sentences.some((s) => textOf(d, s).includes(needle)));

function trialStory(): Article[] {
  return [
    art('t1', 'Orvel Post',
      'A court in Brennick found former harbour commissioner Tamsin Orlov guilty of fraud on Tuesday. ' +
      'The fraud involved contracts for the dredging of the Brennick canal worth 14 million crowns. ' +
      'Orlov will be sentenced next month, the court said. ' +
      'Prosecutors said the dredging contracts had been awarded without a tender.'),
    art('t2', 'Lantern Daily',
      'Former harbour commissioner Tamsin Orlov pleaded not guilty of fraud in a court in Brennick on Tuesday. ' +
      'The case concerns contracts for the dredging of the Brennick canal worth 14 million crowns. ' +
      'Her lawyer said the dredging contracts had been awarded without a tender because of an emergency.'),
    art('t3', 'Veska Herald',
      'Former harbour commissioner Tamsin Orlov was found guilty of fraud by a court in Brennick on Tuesday. ' +
      'The contracts for the dredging of the Brennick canal were worth 40 million crowns, prosecutors said. ' +
      'Orlov will be sentenced next month and plans to appeal, the court was told. ' +
      'Divers from the canal authority inspected the dredging of the Brennick canal locks in a separate survey last week.'),
  ];
}

test('opposite polarity is not one fact: "found guilty" and "pleaded not guilty" stay apart', () => {
  const { dossier: d } = buildDossier(trialStory());
  assertSpansValid(d);
  const guilty = factWith(d, 'found former harbour commissioner')!;
  const pleaded = factWith(d, 'pleaded not guilty')!;
  assert.notEqual(guilty.id, pleaded.id);
  assert.ok(!guilty.support.includes('t2'), 'the outlet reporting a not-guilty plea does not confirm the verdict');
});

test('a different figure is not one fact: 14 million and 40 million crowns stay apart', () => {
  const { dossier: d } = buildDossier(trialStory());
  const fourteen = factWith(d, 'worth 14 million')!;
  const forty = factWith(d, 'worth 40 million')!;
  assert.notEqual(fourteen.id, forty.id);
  assert.deepEqual(fourteen.support, ['t1', 't2']);
  // The other version is related, not an exclusive of its outlet.
  assert.ok(!d.coverage.exclusives.some((e) => e.facts.includes(forty.id)));
});

test('exclusives carry the nearest statement of the other outlets and why it differs', () => {
  const { dossier: d } = buildDossier(trialStory());
  const divers = factWith(d, 'Divers from the canal authority')!;
  const ex = d.coverage.exclusives.find((e) => e.article === 't3')!;
  assert.ok(ex.facts.includes(divers.id));
  const near = (ex.nearest ?? []).filter((n) => n.fact === divers.id);
  for (const n of near) {
    assert.notEqual(n.sentence.article, 't3');
    assert.ok(n.reason.length > 0);
    assert.ok(['value', 'polarity', 'different'].includes(n.why));
  }
  assert.ok(near.some((n) => n.why === 'different' && /does not say/.test(n.reason)), JSON.stringify(near));
  assertSpansValid(d);
  assert.match(renderDossier(d, 'text'), /nearest in /);
  // Byte-identical on a second run.
  assert.equal(JSON.stringify(buildDossier(trialStory()).dossier), JSON.stringify(d));
});

test('a sentence reporting two things supports two facts', () => {
  const arts = [
    art('s1', 'Orvel Post', 'The Brennick ferry terminal will stay closed until Friday, the port authority said. Ferry services to the northern islands were suspended after the storm. Dock workers cleared debris from the quays.'),
    art('s2', 'Lantern Daily', 'Ferry services to the northern islands were suspended after the storm, and the Brennick ferry terminal will stay closed until Friday, the port authority said. Fishing boats stayed in harbour.'),
    art('s3', 'Veska Herald', 'The Brennick ferry terminal will stay closed until Friday, the port authority said on Sunday. A bakery on the seafront lost its roof.'),
  ];
  const { dossier: d } = buildDossier(arts);
  assertSpansValid(d);
  const closed = factWith(d, 'will stay closed until Friday, the port authority said.')!;
  const suspended = factWith(d, 'Ferry services to the northern islands were suspended after the storm.')!;
  assert.notEqual(closed.id, suspended.id);
  assert.ok(closed.support.includes('s2'), `closure: ${closed.support}`);
  assert.ok(suspended.support.includes('s2'), `suspension: ${suspended.support}`);
});

test('screening keeps three short reports of one event in other words', () => {
  const arts = [
    art('r1', 'Left Wire', 'Lawmakers in Drovia voted on Thursday to remove Senator Halvard Quist from the ethics committee after weeks of pressure over undisclosed lobbying payments. Quist called the vote a political stunt.'),
    art('r2', 'Centre Wire', 'The Drovian senate stripped Halvard Quist of his seat on the ethics panel, citing lobbying payments he failed to disclose. The decision passed by a wide margin.'),
    art('r3', 'Right Wire', 'Senator Quist was ousted from the Drovia ethics committee in a vote his allies described as a smear campaign over lobbying fees.'),
  ];
  const s = screen(arts);
  assert.deepEqual(s.keep, ['r1', 'r2', 'r3']);
  assert.deepEqual(s.excluded, []);
});

test('independent support: an outlet reporting on another organisation\'s word counts as that source', () => {
  const arts = [
    art('w1', 'Orvel Post', 'Rescuers pulled eleven miners alive from the flooded Karsk colliery on Sunday, the regional governor said. The mine had been closed for safety checks in May.'),
    art('w2', 'Lantern Daily', 'Rescuers pulled eleven miners alive from the flooded Karsk colliery on Sunday, Reuters reported. Relatives waited at the pit head through the night.'),
    art('w3', 'Veska Herald', 'According to Reuters, rescuers pulled eleven miners alive from the flooded Karsk colliery on Sunday. A second shaft remained under water.'),
  ];
  const { dossier: d } = buildDossier(arts);
  assertSpansValid(d);
  const rescue = factWith(d, 'pulled eleven miners alive')!;
  assert.deepEqual(rescue.support, ['w1', 'w2', 'w3']);
  assert.equal(rescue.sources, 2, 'the Post, and Reuters twice');
  assert.deepEqual(rescue.credits!.map((c) => [c.article, c.source]), [['w2', 'Reuters'], ['w3', 'Reuters']]);
  assert.match(renderDossier(d, 'text'), /2 independent sources: Lantern Daily credits Reuters; Veska Herald credits Reuters/);
  // A wire copy (its dateline) counts as the agency; a credit line alone does not.
  const wired = buildDossier([
    art('d1', 'Orvel Post', 'KARSK (Reuters) — Rescuers pulled eleven miners alive from the flooded Karsk colliery on Sunday, officials said. The pumps ran all night.'),
    art('d2', 'Lantern Daily', 'Rescuers pulled eleven miners alive from the flooded Karsk colliery on Sunday, Reuters reported. Relatives waited at the pit head.'),
    art('d3', 'Veska Herald', 'Rescuers pulled eleven miners alive from the flooded Karsk colliery on Sunday, officials said. AFP contributed reporting.'),
  ]).dossier;
  const w = factWith(wired, 'pulled eleven miners alive')!;
  assert.deepEqual(w.support, ['d1', 'd2', 'd3']);
  assert.equal(w.sources, 2, 'Reuters (its copy and a credit) and the Herald');
  // A person credited is a speaker, not a news source.
  const other = buildDossier([art('p1', 'Orvel Post', 'According to Governor Ilse Marr, the mine had been closed for safety checks in May.'), art('p2', 'Lantern Daily', 'The mine had been closed for safety checks in May, according to Governor Ilse Marr.')]).dossier;
  for (const f of other.facts) assert.deepEqual(f.credits, []);
});

test('independent support: two copies of one agency\'s story, one crediting another agency, are one source', () => {
  // Both copies are the Associated Press's (one names it in full as the outlet, both carry its
  // dateline); the second copy credits Tass. The relay makes AP and Tass one voice for this fact.
  const arts = [
    art('a1', 'Associated Press', 'KARSK (AP) — Rescuers pulled eleven miners alive from the flooded Karsk colliery on Sunday, officials said. The pumps ran all night.'),
    art('a2', 'AP', 'KARSK (AP) — Rescuers pulled eleven miners alive from the flooded Karsk colliery on Sunday, the Tass news agency reported. Relatives waited at the pit head.'),
    art('a3', 'Veska Herald', 'The regional council met on Monday to discuss the budget of the Karsk school district for next year.'),
  ];
  const { dossier: d } = buildDossier(arts);
  const rescue = factWith(d, 'pulled eleven miners alive')!;
  assert.deepEqual(rescue.support, ['a1', 'a2']);
  assert.equal(rescue.sources, 1, 'one agency relaying another is not two confirmations');
  assert.ok(!d.coverage.consensus.includes(rescue.id));
});

test('antonymous predicates in the same slot are not one fact: "rose" and "fell" stay apart', () => {
  const arts = [
    art('r1', 'Orvel Post', 'Shares of the Brennick Shipping Company rose sharply on Tuesday after the harbour authority renewed its licence. Traders cited the renewal.'),
    art('r2', 'Lantern Daily', 'Shares of the Brennick Shipping Company fell sharply on Tuesday after the harbour authority renewed its licence. Traders were surprised.'),
    art('r3', 'Veska Herald', 'Shares of the Brennick Shipping Company rose sharply on Tuesday after the harbour authority renewed its licence, brokers said.'),
  ];
  const { dossier: d } = buildDossier(arts);
  assertSpansValid(d);
  const rose = factWith(d, 'Company rose sharply')!;
  const fell = factWith(d, 'Company fell sharply')!;
  assert.notEqual(rose.id, fell.id);
  assert.deepEqual(rose.support, ['r1', 'r3']);
  // The other version is related: neither is an exclusive.
  assert.ok(!d.coverage.exclusives.some((e) => e.facts.includes(fell.id)));
});

test('a different participant in the same role is not one fact, but the slot stage still compares them', () => {
  const arts = [
    art('m1', 'Orvel Post', 'Police in Velmora arrested Tomas Brenner on Monday in connection with the warehouse fire at the harbour. The fire destroyed two storage halls.'),
    art('m2', 'Lantern Daily', 'Police in Velmora arrested Karel Mosk on Monday in connection with the warehouse fire at the harbour. Firefighters worked through the night.'),
    art('m3', 'Veska Herald', 'Police in Velmora arrested Tomas Brenner on Monday in connection with the warehouse fire at the harbour, officials said.'),
  ];
  const { dossier: d } = buildDossier(arts);
  assertSpansValid(d);
  const brenner = factWith(d, 'arrested Tomas Brenner')!;
  const mosk = factWith(d, 'arrested Karel Mosk')!;
  assert.notEqual(brenner.id, mosk.id);
  assert.ok(!brenner.support.includes('m2'), 'the outlet naming another suspect does not confirm this one');
  assert.ok(d.conflicts.some((c) => c.kind === 'name' && c.claims.some((cl) => cl.value === 'Karel Mosk')), 'the two names are a name conflict');
});

test('another act of the same participants is not one fact: a request for an investigation is not the arrest', () => {
  const arts = [
    art('p1', 'Orvel Post', 'Police arrested harbour commissioner Edvin Marsk at his home in Velmora on Tuesday over the port funds.'),
    art('p2', 'Lantern Daily', 'Senator Ilsa Voran asked prosecutors to investigate harbour commissioner Edvin Marsk over the port funds on Tuesday.'),
    art('p3', 'Veska Herald', 'Harbour commissioner Edvin Marsk was detained by police in Velmora on Tuesday over the port funds.'),
  ];
  const { dossier: d } = buildDossier(arts);
  assertSpansValid(d);
  const arrest = factWith(d, 'Police arrested')!;
  // "arrested" / "detained": one act in other words, one fact.
  assert.deepEqual(arrest.support, ['p1', 'p3']);
  // The senator's request names the same man and the same funds but reports another act.
  const request = factWith(d, 'asked prosecutors')!;
  assert.notEqual(request.id, arrest.id);
  assert.deepEqual(request.support, ['p2']);
  // It stays related to the arrest: not an exclusive of its outlet.
  assert.ok(!d.coverage.exclusives.some((e) => e.facts.includes(request.id)));
});
