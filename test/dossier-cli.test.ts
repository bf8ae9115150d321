/** `parallax analyze` end to end through the CLI: formats, --out, warnings, bad inputs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { runCliSync } from './helpers/cli-process.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Dossier } from '../src/core/dossier-schema.js';

const BIN = path.resolve('bin/parallax.js');
const run = (args: string[]) => runCliSync(args);

function story(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-analyze-'));
  writeFileSync(
    path.join(dir, 'one.json'),
    JSON.stringify({ outlet: 'North Post', published: '2026-03-02', text: 'The city council of Brenmoor approved the new tram line on Monday after a debate of six hours.\n\nMayor Ilse Varnhout said the first trams would run in 2028.' }),
  );
  writeFileSync(
    path.join(dir, 'two.json'),
    JSON.stringify({ outlet: 'South Herald', published: '2026-03-03', text: 'Brenmoor city council approved the new tram line on Monday after six hours of debate.\n\nMayor Ilse Varnhout told reporters the first trams would run in 2028.' }),
  );
  return dir;
}

test('analyze --format json prints a valid dossier; --out writes it to a file', () => {
  const dir = story();
  const r = run(['analyze', dir, '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const d = Dossier.parse(JSON.parse(r.stdout));
  assert.deepEqual(d.articles.map((a) => a.outlet), ['North Post', 'South Herald']);
  assert.ok(d.facts.some((f) => f.support.length === 2), 'the shared statement is one fact');
  const out = path.join(dir, 'dossier.json');
  const w = run(['analyze', dir, '--format', 'json', '--out', out]);
  assert.equal(w.status, 0, w.stderr);
  assert.equal(w.stdout, '');
  assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), JSON.parse(r.stdout));
});

test('analyze text and Markdown reports lead with the agreement', () => {
  const dir = story();
  const t = run(['analyze', dir]);
  assert.equal(t.status, 0, t.stderr);
  assert.match(t.stdout, /^STORY DOSSIER — 2 articles, 2 compared/);
  assert.match(t.stdout, /SUMMARY \(SOURCES PER SENTENCE; AGREED FACTS FIRST\)[\s\S]*tram line[\s\S]*\[North Post; South Herald\]/);
  const m = run(['analyze', dir, '--format', 'markdown']);
  assert.equal(m.status, 0, m.stderr);
  assert.match(m.stdout, /^# Story dossier/);
});

test('analyze with one article says there is nothing to compare; a missing input is one line', () => {
  const dir = story();
  const one = run(['analyze', path.join(dir, 'one.json'), '--format', 'json']);
  assert.equal(one.status, 0);
  assert.match(one.stderr, /only one article/);
  assert.ok(JSON.parse(one.stdout).warnings.some((w: string) => /only one article/.test(w)));
  const bad = run(['analyze', path.join(dir, 'missing.txt'), path.join(dir, 'one.json')]);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /missing\.txt: no such file or directory/);
  assert.ok(!/at .*\.js:\d+/.test(bad.stderr), 'no stack trace');
  const strict = run(['analyze', '--strict', path.join(dir, 'missing.txt'), path.join(dir, 'one.json')]);
  assert.notEqual(strict.status, 0);
  assert.equal(strict.stdout, '');
});

test('a week-long timeline date reads as the week it starts, not as a day a week early', async () => {
  const { formatDate } = await import('../src/render/html/timeline.js');
  assert.equal(formatDate('2021-09-27', 'week'), 'week of 27 Sep 2021');
  assert.equal(formatDate('2021-09-27', 'day'), '27 Sep 2021');
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-week-'));
  const file = path.join(dir, 'story.jsonl');
  const rec = (outlet: string, text: string): string => JSON.stringify({ outlet, published: '2026-03-09', text });
  writeFileSync(file, [rec('Harbour Gazette', 'The ferry Selka ran aground at Ostrava Point over the weekend, the port authority said on Monday.'), rec('Coast Radio', 'The ferry Selka ran aground at Ostrava Point over the weekend, port officials said.')].join('\n') + '\n');
  const r = spawnSync(process.execPath, [path.resolve('bin/parallax.js'), 'analyze', file, '--format', 'markdown'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /\*\*week of 2026-03-02\*\*/);
});
