/**
 * Language naming at ingest: English by its function words (no model loaded), other languages by
 * fastText's identifier, declared tags normalised, too-short texts left unnamed; the dossier names
 * the language of an article it leaves out. Texts are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildDossier } from '../src/compare/dossier.js';
import { ingestAll } from '../src/ingest/index.js';
import { identifyLanguage, languageName, primaryLanguage } from '../src/ingest/language.js';
import { tempDir } from './helpers/corpus.js';

const EN = 'The council said on Tuesday that the new bridge over the river would open in the spring, after two years of work that were delayed by floods and by a dispute with the builder over costs.';
const DE = 'Der Stadtrat teilte am Dienstag mit, dass die neue Brücke über den Fluss im Frühjahr eröffnet werde, nach zwei Jahren Bauzeit, die durch Hochwasser und einen Streit über die Kosten verzögert wurde.';
const FR = 'Le conseil municipal a annoncé mardi que le nouveau pont sur la rivière ouvrirait au printemps, après deux années de travaux retardés par les inondations et par un différend sur les coûts.';

test('languages are identified: English fast, others by fastText, short texts not guessed', async () => {
  assert.deepEqual(await identifyLanguage(EN), { code: 'en', confidence: 1 });
  assert.equal((await identifyLanguage(DE))?.code, 'de');
  assert.equal((await identifyLanguage(FR))?.code, 'fr');
  assert.equal(await identifyLanguage('Brücke offen'), null);
  assert.equal(primaryLanguage('en-GB'), 'en');
  assert.equal(primaryLanguage('DE_at'), 'de');
  assert.equal(primaryLanguage('x'), null);
  assert.equal(languageName('de'), 'German');
});

test('ingest names each article\'s language and the dossier names the one it leaves out', async () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'a.txt'), EN + '\n\n' + EN.replace('Tuesday', 'Tuesday evening') + '\n');
  writeFileSync(path.join(dir, 'b.txt'), EN.replace('the builder', 'the contractor') + '\n');
  writeFileSync(path.join(dir, 'c.txt'), DE + '\n');
  writeFileSync(path.join(dir, 'd.json'), JSON.stringify({ text: FR, language: 'fr-CA' }));
  const { articles } = await ingestAll([dir]);
  assert.deepEqual(articles.map((a) => a.language), ['en', 'en', 'de', 'fr']);
  const { dossier, warnings } = buildDossier(articles);
  assert.equal(dossier.excluded.length, 2);
  assert.ok(warnings.some((w) => /written in German \(de\)/.test(w)), warnings.join('\n'));
  assert.ok(warnings.some((w) => /written in French \(fr\)/.test(w)), warnings.join('\n'));
});
