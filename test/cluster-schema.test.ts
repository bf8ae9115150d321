import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ClusterResult } from '../src/core/corpus-schema.js';

test('cluster --format json validates against the published ClusterResult schema', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-cschema-'));
  const file = path.join(dir, 'docs.jsonl');
  const story = 'A magnitude 6.1 earthquake struck the coastal town of Varen on Tuesday, killing four people.';
  writeFileSync(
    file,
    [
      { id: 'x1', text: story },
      { id: 'x2', text: story },
      { id: 'y1', text: 'The Orlen city council approved a new tram line to the airport after a two-year debate.' },
    ].map((d) => JSON.stringify(d)).join('\n') + '\n',
  );
  const r = spawnSync(process.execPath, [path.resolve('bin/parallax.js'), 'cluster', file, '--format', 'json'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const parsed = ClusterResult.safeParse(JSON.parse(r.stdout));
  assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues));
  const all = parsed.data!.stories.flatMap((s) => s.articles).sort();
  assert.deepEqual(all, ['x1', 'x2', 'y1']);
  const s = parsed.data!.stories.find((st) => st.articles.includes('x2'))!;
  assert.deepEqual(s.duplicates, [{ article: 'x2', of: 'x1' }]);
  const schema = spawnSync(process.execPath, [path.resolve('bin/parallax.js'), 'schema', 'cluster'], { encoding: 'utf8' });
  assert.equal(schema.status, 0, schema.stderr);
  assert.equal(JSON.parse(schema.stdout).type, 'object');
});
