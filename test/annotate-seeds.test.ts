/**
 * The annotate stage on the five seed reports (../shared/seeds; skipped when absent): the
 * findings a dossier depends on, the stand-off invariant on every layer, and the `read` JSON
 * output against the zod contract.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { annotate } from '../src/annotate/index.js';
import { ReadResult, type AnnotatedArticle } from '../src/core/schema.js';
import { buildArticle } from '../src/ingest/article.js';
import { SKIP_NO_SHARED, seedContaining, seedFiles } from './helpers/shared.js';
import { checkSpans } from './helpers/spans.js';

const BIN = path.resolve('bin/parallax.js');
/** All five seeds report a meeting on Wednesday 15 October 2025 and were published that day. */
const PUBLISHED = '2025-10-15';

function readSeed(file: string): AnnotatedArticle {
  const content = readFileSync(file, 'utf8');
  return annotate(buildArticle({ source: file, format: 'text', content, meta: { published: PUBLISHED } }, path.basename(file)));
}

const seeds = seedFiles();
const annotated = seeds ? seeds.map(readSeed) : [];
const seedWith = (needle: string): AnnotatedArticle | null => {
  const f = seedContaining(needle);
  return f ? annotated[seeds!.indexOf(f)] : null;
};

test('seeds: every span of every layer matches its text', (t) => {
  if (!seeds) return t.skip(SKIP_NO_SHARED);
  assert.equal(annotated.length, 5);
  for (const a of annotated) {
    checkSpans(a);
    assert.ok(a.sentences.length > 5 && a.mentions.length > 10 && a.times.length > 0, a.file ?? '');
  }
});

test('seeds: "last December" in the DW report is December 2024; "December 2014" stays 2014', (t) => {
  const dw = seedWith('DW');
  const mt = seedWith('December 2014');
  if (!dw || !mt) return t.skip(SKIP_NO_SHARED);
  const last = dw.times.find((x) => x.text === 'last December');
  assert.deepEqual([last?.value, last?.precision, last?.relative], ['2024-12', 'month', true]);
  const abs = mt.times.find((x) => x.text === 'December 2014');
  assert.deepEqual([abs?.value, abs?.precision, abs?.relative], ['2014-12', 'month', false]);
  // "last year" (the fall of Assad) resolves to 2024 wherever it is written.
  for (const a of annotated) for (const x of a.times.filter((y) => y.text === 'last year')) assert.equal(x.value, '2024');
});

test('seeds: people, places and organizations are typed', (t) => {
  if (!seeds) return t.skip(SKIP_NO_SHARED);
  const typeOf = new Map<string, Set<string>>();
  for (const a of annotated)
    for (const m of a.mentions) {
      if (!typeOf.has(m.text)) typeOf.set(m.text, new Set());
      typeOf.get(m.text)!.add(m.type);
    }
  const expect: Array<[string, string]> = [
    ['Sergey Lavrov', 'person'], ['Sergei Lavrov', 'person'], ['Vladimir Putin', 'person'], ['Putin', 'person'],
    ['Ahmed al-Sharaa', 'person'], ['Ahmad al-Sharaa', 'person'], ['Sharaa', 'person'], ['Bashar al-Assad', 'person'],
    ['Assad', 'person'], ['Asaad al-Shaibani', 'person'], ['Dmitry Peskov', 'person'],
    ['Hmeimim', 'place'], ['Khmeimim', 'place'], ['Tartus', 'place'], ['Tartous', 'place'], ['Damascus', 'place'],
    ['Moscow', 'place'], ['Latakia', 'place'], ['Syria', 'place'], ['Russia', 'place'],
    ['Kremlin', 'organization'], ['Reuters', 'organization'], ['AFP', 'organization'], ['SANA', 'organization'],
  ];
  for (const [name, type] of expect) assert.deepEqual([...(typeOf.get(name) ?? [])], [type], name);
  // Sentence-initial and headline words are not names.
  for (const bad of ['Despite', 'Since', 'Meets', 'With', 'Overthrow', 'Visit']) assert.ok(!typeOf.has(bad), bad);
});

test('seeds: titles and roles are split from the names', (t) => {
  if (!seeds) return t.skip(SKIP_NO_SHARED);
  const roles = new Map<string, Set<string>>();
  for (const a of annotated)
    for (const m of a.mentions)
      if (m.role) {
        if (!roles.has(m.text)) roles.set(m.text, new Set());
        roles.get(m.text)!.add(m.role.text);
      }
  assert.ok(roles.get('Ahmed al-Sharaa')?.has('Syrian President'));
  assert.ok(roles.get('Putin')?.has('Mr.'));
  assert.ok(roles.get('Sergei Lavrov')?.has('Russian Foreign Minister'));
  assert.ok(roles.get('Dmitry Peskov')?.has('Kremlin spokesman'));
  assert.ok(roles.get('Bashar al-Assad')?.has('former President'));
  assert.ok([...(roles.get('Ahmad al-Sharaa') ?? [])].some((r) => /interim President$/.test(r)));
});

test('seeds: the "restore and redefine" quote is attributed to al-Sharaa in four reports', (t) => {
  if (!seeds) return t.skip(SKIP_NO_SHARED);
  const quotes = annotated.flatMap((a) => a.quotes.filter((q) => q.text.includes('restore and redefine')));
  assert.equal(quotes.length, 4);
  for (const q of quotes) {
    assert.match(q.speakerName ?? '', /Sharaa/);
    assert.equal(q.partial, false);
  }
  assert.equal(quotes.filter((q) => q.speaker?.text === 'he').length, 2);
});

test('seeds: ranges and vague amounts', (t) => {
  const mee = seedWith('4,000 to 9,000');
  const mt = seedWith('tens of thousands');
  if (!mee || !mt) return t.skip(SKIP_NO_SHARED);
  const r = mee.quantities.find((q) => q.text === '4,000 to 9,000');
  assert.deepEqual([r?.kind, r?.low, r?.high], ['range', 4000, 9000]);
  const v = mt.quantities.find((q) => q.text === 'tens of thousands');
  assert.deepEqual([v?.kind, v?.low, v?.high], ['vague', 10000, 99999]);
  const war = mee.quantities.find((q) => q.text === '14-year');
  assert.deepEqual([war?.kind, war?.value, war?.unit], ['duration', 14, 'year']);
  assert.ok(!mee.times.some((x) => x.text.includes('14')));
});

test('seeds: `read --format json` validates against the ReadResult schema', (t) => {
  if (!seeds) return t.skip(SKIP_NO_SHARED);
  const r = spawnSync(process.execPath, [BIN, 'read', '--format', 'json', ...seeds], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const parsed = ReadResult.safeParse(JSON.parse(r.stdout));
  assert.ok(parsed.success, parsed.success ? '' : parsed.error.message);
  assert.equal(parsed.data.articles.length, 5);
  for (const a of parsed.data.articles) checkSpans(a);
});

test('`schema read` prints a JSON Schema of the read output', () => {
  const r = spawnSync(process.execPath, [BIN, 'schema', 'read'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const schema = JSON.parse(r.stdout);
  assert.match(schema.$schema, /json-schema\.org/);
  assert.equal(schema.type, 'object');
  const article = schema.properties.articles.items;
  for (const layer of ['sentences', 'mentions', 'times', 'quantities', 'quotes']) assert.ok(article.properties[layer], layer);
  assert.deepEqual(article.properties.times.items.properties.precision.anyOf?.[0]?.enum ?? article.properties.times.items.properties.precision.enum, ['day', 'week', 'month', 'year', 'decade']);
});
