/**
 * What an object is, by make and model (src/compare/conflicts/models.ts), on invented, hand-annotated
 * reports of a fictional air crash: one aligned fact naming the plane as two different models is a
 * possible `name` conflict; one model written more or less fully, an operator before a type code,
 * a flight number, and an article that names both models are not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { differentModels, readModel } from '../src/compare/conflicts/models.js';
import type { Dossier as DossierT } from '../src/core/dossier-schema.js';
import type { AnnotatedArticle, Article } from '../src/core/schema.js';
import { annotated, assertSpansValid } from './helpers/dossier-fixtures.js';

const passThrough = (a: Article): AnnotatedArticle => a as AnnotatedArticle;
const build = (arts: AnnotatedArticle[]): DossierT => buildDossier(arts, { annotate: passThrough }).dossier;
const models = (d: DossierT) => d.conflicts.filter((c) => /different models/.test(c.why));

function crash(id: string, opening: string, extra = ''): AnnotatedArticle {
  const text = `${opening} crashed into the hills above Velmora on Sunday evening, killing all 19 people on board.` + (extra ? `\n\n${extra}` : '');
  return annotated({ id, outlet: `Outlet ${id}`, published: '2026-05-12', text, mentions: [['Velmora', 'place']] });
}

test('one plane named as two different models in one fact is a possible name conflict naming the lone outlet', () => {
  const d = build([
    crash('a1', 'A Fokker 50 plane carrying workers to the mine'),
    crash('a2', 'The Fokker 50 aircraft, chartered by the mining company,'),
    crash('a3', 'The plane, a Falcon F-50, which had left the coast an hour earlier,'),
  ]);
  assertSpansValid(d);
  const got = models(d);
  assert.deepEqual(got.map((c) => [c.kind, c.confidence, c.claims.map((cl) => [cl.value, cl.articles]), c.outliers]), [
    ['name', 'possible', [['Fokker 50', ['a1', 'a2']], ['Falcon F-50', ['a3']]], ['a3']],
  ]);
});

test('one model written more or less fully, an operator before a type code, or a flight number raise nothing', () => {
  assert.equal(differentModels(readModel('Boeing 737')!, readModel('737-800')!), false);
  assert.equal(differentModels(readModel('Swissair MD-11')!, readModel('Swiss Air MD-11')!), false);
  assert.equal(differentModels(readModel('Boeing 737')!, readModel('Boeing 747')!), true);
  // A variant's code against its model's: the same aircraft named more precisely; two variants still differ.
  assert.equal(differentModels(readModel('Airbus A330')!, readModel('Airbus A330-200')!), false);
  assert.equal(differentModels(readModel('A330-200')!, readModel('A330')!), false);
  assert.equal(differentModels(readModel('Airbus A330-200')!, readModel('Airbus A330-300')!), true);
  assert.equal(differentModels(readModel('Airbus A330')!, readModel('Airbus A340')!), true);
  assert.equal(readModel('Swissair Flight 111'), null);
  assert.equal(readModel('Swissair'), null);
  assert.equal(readModel('2009'), null);
  assert.equal(readModel('9-millimeter'), null);
  const d = build([crash('a1', 'A Boeing 737 plane carrying workers to the mine'), crash('a2', 'The 737-800 jet, chartered by the mining company,'), crash('a3', 'The Swissair Flight 111 jet, which had left the coast an hour earlier,')]);
  assert.deepEqual(models(d), []);
});

test('an article that names both models tells of two planes, not a contradiction', () => {
  const d = build([
    crash('a1', 'A Fokker 50 plane carrying workers to the mine'),
    crash('a2', 'The Fokker 50 aircraft, chartered by the mining company,', 'A Falcon F-50 jet landed safely at the coast the same night.'),
    crash('a3', 'The plane, a Falcon F-50, which had left the coast an hour earlier,'),
  ]);
  assert.deepEqual(models(d), []);
});
