import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/cli/config.js';
import { UNKNOWN_OUTLET, coverageByGroup, outletGroups, withOutletDirectory } from '../src/compare/outlet-groups.js';
import { Dossier } from '../src/core/dossier-schema.js';
import { FERRY_DOSSIER } from './fixtures/ferry-dossier.js';

async function config(json: unknown) {
  const dir = mkdtempSync(path.join(tmpdir(), 'parallax-cfg-'));
  const file = path.join(dir, 'c.json');
  writeFileSync(file, JSON.stringify(json));
  return loadConfig(file);
}

test('config: outlets by domain or by name, with any attributes; bad entries are named', async () => {
  const c = await config({ outlets: {
    'plain.example': 'Plain Post',
    'www.kestrel.example': { name: 'Kestrel News', country: 'Dalvenia', kind: 'broadcaster', since: 1998 },
    'The Halvar Courier': { country: 'Dalvenia', owner: 'Courier Group' },
  } });
  assert.deepEqual(c.outlets, { 'plain.example': 'Plain Post', 'www.kestrel.example': 'Kestrel News' });
  assert.deepEqual(c.outletInfo.lookup(null, 'https://news.kestrel.example/a/1')?.attributes, { country: 'Dalvenia', kind: 'broadcaster', since: '1998' });
  assert.deepEqual(c.outletInfo.lookup('the halvar courier', null), { name: 'The Halvar Courier', attributes: { country: 'Dalvenia', owner: 'Courier Group' } });
  assert.equal(c.outletInfo.lookup('Plain Post', null), null);
  await assert.rejects(config({ outlets: { 'site.example': { country: 'X' } } }), /outlets\.site\.example needs a "name"/);
  await assert.rejects(config({ outlets: { 'Some Outlet': { country: ['X'] } } }), /outlets\.Some Outlet\.country expected a string/);
});

test('outlet groups: one per outlet; unnamed outlets by URL host, the rest in one "Unknown outlet" group', async () => {
  const c = await config({ outlets: { 'Harbour Post': { country: 'Dalvenia' } } });
  const groups = outletGroups([
    { id: 'a1', outlet: 'Harbour Post', url: null },
    { id: 'a2', outlet: null, url: 'https://www.quay.example/x' },
    { id: 'a3', outlet: null, url: null },
    { id: 'a4', outlet: 'harbour post', url: null },
    { id: 'a5', outlet: null, url: null },
    { id: 'a6', outlet: 'quay.example', url: 'https://quay.example/y' },
  ], c.outletInfo);
  assert.deepEqual(groups, [
    { name: 'Harbour Post', known: true, articles: ['a1', 'a4'], attributes: { country: 'Dalvenia' } },
    { name: 'quay.example', known: false, articles: ['a2', 'a6'], attributes: {} },
    { name: UNKNOWN_OUTLET, known: false, articles: ['a3', 'a5'], attributes: {} },
  ]);
});

test('coverage by an attribute: facts per group, what only it reports, consensus it misses', async () => {
  const named = FERRY_DOSSIER.articles.filter((a) => a.outlet);
  const c = await config({ outlets: Object.fromEntries(named.map((a, i) => [a.outlet!, { country: i < 2 ? 'North' : 'South' }])) });
  const d = withOutletDirectory(FERRY_DOSSIER, c.outletInfo);
  assert.ok(Dossier.safeParse(d).success);
  const cg = coverageByGroup(d, 'country');
  // The article without an outlet has no country: it forms the group whose value is null.
  assert.deepEqual(cg.groups.map((g) => g.value).sort(), ['North', 'South', null].sort());
  assert.deepEqual(cg.groups.find((g) => g.value === null)!.outlets, [UNKNOWN_OUTLET]);
  for (const g of cg.groups) {
    const arts = new Set(g.articles);
    for (const id of g.facts) assert.ok(d.facts.find((f) => f.id === id)!.support.some((a) => arts.has(a)));
    for (const id of g.exclusives) assert.ok(d.facts.find((f) => f.id === id)!.support.every((a) => arts.has(a)));
    for (const id of g.missing) {
      assert.ok(d.coverage.consensus.includes(id));
      assert.ok(!d.facts.find((f) => f.id === id)!.support.some((a) => arts.has(a)));
    }
  }
  const total = cg.groups.reduce((n, g) => n + g.articles.length, 0);
  assert.equal(total, d.articles.length);
  const byOutlet = coverageByGroup(d, 'outlet');
  assert.equal(byOutlet.groups.length, new Set(d.articles.map((a) => a.outlet)).size);
});
