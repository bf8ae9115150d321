/**
 * The server's analysis budget (issue #16): analysis runs on a worker thread, so other requests
 * keep answering while a worst-case POST runs; an analysis over the time budget is stopped with
 * a 503 that says so; too many articles is a 413. Traffic goes to 127.0.0.1 only, bounded.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DossierPool } from '../src/web/dossier-pool.js';
import { startTestServer } from './helpers/web-server.js';

/** A hostile but legal upload: many quotes sharing words, one long "sentence" (~0.4 MB). */
function worstCaseBody(): string {
  const quotes = '“We will go,” he said “and '.repeat(12_000);
  const other = 'The harbour authority said on Monday that the ferry terminal will reopen next week. '.repeat(20);
  return JSON.stringify({ articles: [{ text: quotes, outlet: 'A' }, { text: other, outlet: 'B' }] });
}

async function post(url: string, body: string): Promise<{ status: number; json: Record<string, unknown>; ms: number }> {
  const t0 = performance.now();
  const r = await fetch(`${url}api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: r.status, json: (await r.json()) as Record<string, unknown>, ms: performance.now() - t0 };
}

test('a worst-case POST runs off the request thread: a probe keeps answering meanwhile', async () => {
  const pool = new DossierPool(120_000);
  const srv = await startTestServer({ runDossier: (a) => pool.build(a) });
  try {
    const analysis = post(srv.url, worstCaseBody());
    let done = false;
    void analysis.finally(() => (done = true));
    const probes: number[] = [];
    // Probe the stories list while the analysis runs (bounded: at most 400 probes).
    while (!done && probes.length < 400) {
      const t0 = performance.now();
      const r = await fetch(`${srv.url}api/stories`);
      await r.arrayBuffer();
      assert.equal(r.status, 200);
      probes.push(performance.now() - t0);
      await new Promise((res) => setTimeout(res, 20));
    }
    const result = await analysis;
    assert.equal(result.status, 200, JSON.stringify(result.json).slice(0, 300));
    assert.ok(probes.length >= 3, `the analysis took ${result.ms.toFixed(0)} ms; ${probes.length} probes answered meanwhile`);
    // A ratio, not a time: a probe must not wait for the analysis (it did: the whole of it).
    const worst = Math.max(...probes.slice(1));
    assert.ok(worst < result.ms / 3, `slowest probe ${worst.toFixed(0)} ms while the analysis took ${result.ms.toFixed(0)} ms`);
  } finally {
    await pool.close();
    await srv.close();
  }
});

test('over the time budget: 503 with a message, and the next analysis still works', async () => {
  const pool = new DossierPool(1);
  const srv = await startTestServer({ runDossier: (a) => pool.build(a) });
  try {
    const r = await post(srv.url, worstCaseBody());
    assert.equal(r.status, 503);
    assert.match(String(r.json.error), /analysis stopped: it took longer than the server's budget/);
    const probe = await fetch(`${srv.url}api/stories`);
    assert.equal(probe.status, 200);
  } finally {
    await pool.close();
    await srv.close();
  }
});

test('more articles than one analysis compares: 413 naming the cap', async () => {
  const srv = await startTestServer({ maxAnalyzeArticles: 3 });
  try {
    const articles = Array.from({ length: 4 }, (_, i) => ({ text: `The ferry terminal reopened on Monday, report ${i} said.`, outlet: `O${i}` }));
    const r = await post(srv.url, JSON.stringify({ articles }));
    assert.equal(r.status, 413);
    assert.match(String(r.json.error), /too many articles: 4 sent, one analysis compares at most 3/);
  } finally {
    await srv.close();
  }
});

test('the stories list is cached per database version: another connection\'s commit changes the version', async () => {
  const { openStore } = await import('../src/store/store.js');
  const { tempDb } = await import('./helpers/corpus.js');
  const file = tempDb();
  const writer = await openStore(file);
  const reader = await openStore(file, { mustExist: true });
  try {
    const v1 = await reader.dataVersion();
    assert.equal(await reader.dataVersion(), v1, 'stable while nothing changes');
    await writer.lockWriter();
    await writer.unlockWriter();
    assert.notEqual(await reader.dataVersion(), v1, 'a commit elsewhere is seen');
  } finally {
    await reader.close();
    await writer.close();
  }
});

test('GET /api/stories answers from its cache while the version stands, and anew once it changes', async () => {
  const { versionedStore } = await import('./helpers/web-server.js');
  const { store, setVersion, queries } = versionedStore();
  const reader = store;
  const srv = await startTestServer({ store: reader });
  const ids = async () => ((await (await fetch(`${srv.url}api/stories`)).json()) as { stories: Array<{ id: string }> }).stories.map((s) => s.id);
  try {
    const first = await ids();
    assert.equal(queries(), 1);
    assert.deepEqual(await ids(), first, 'same version: same answer');
    assert.equal(queries(), 1, 'same version: no second query');
    // The corpus changes (a story goes away) and its version with it: the next answer says so.
    (store as unknown as { stories: Map<string, unknown> }).stories.delete(first[0]);
    setVersion(2);
    const after = await ids();
    assert.equal(queries(), 2, 'a new version is queried');
    assert.deepEqual(after, first.slice(1));
  } finally {
    await srv.close();
  }
});
