/**
 * The team server's authentication (issue #14): bound to anything but loopback, `parallax serve`
 * requires an API token — bearer header for the JSON API, a login cookie (HttpOnly,
 * SameSite=Strict) for the pages; read-only tokens cannot paste; revoked tokens stop working;
 * the database holds hashes only and no secret reaches the logs. Traffic goes to 127.0.0.1 only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openStore } from '../src/store/store.js';
import { createToken, verifyToken } from '../src/store/tokens.js';
import { localPath } from '../src/web/auth.js';
import { startTestServer } from './helpers/web-server.js';
import { tempDb } from './helpers/corpus.js';

const BIN = path.resolve('bin/parallax.js');

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { encoding: 'utf8' }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** A server requiring tokens of a fresh database, with one read-write and one read-only token. */
async function authServer() {
  const store = await openStore(tempDb());
  const rw = await createToken(store, { name: 'editor' });
  const ro = await createToken(store, { name: 'reader', readOnly: true });
  const srv = await startTestServer({ auth: { verify: async (t) => verifyToken(store, t).then((r) => r && { id: r.id, readOnly: r.readOnly }) } });
  return {
    srv, store, rw: rw.token, ro: ro.token, rwId: rw.record.id,
    close: async () => {
      await srv.close();
      await store.close();
    },
  };
}

const PASTE = JSON.stringify({ articles: [{ text: 'The ferry terminal reopened on Monday, the harbour authority said.', outlet: 'A' }, { text: 'The harbour authority said the ferry terminal reopened on Monday.', outlet: 'B' }] });

test('the JSON API needs a bearer token: none or a wrong one is 401 with WWW-Authenticate, a valid one is answered', async () => {
  const s = await authServer();
  try {
    const none = await fetch(`${s.srv.url}api/stories`);
    assert.equal(none.status, 401);
    assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer/);
    assert.match(((await none.json()) as { error: string }).error, /Authorization: Bearer/);
    const wrong = await fetch(`${s.srv.url}api/stories`, { headers: { authorization: `Bearer ${s.rw.slice(0, -2)}xx` } });
    assert.equal(wrong.status, 401);
    const ok = await fetch(`${s.srv.url}api/stories`, { headers: { authorization: `Bearer ${s.rw}` } });
    assert.equal(ok.status, 200);
    assert.ok(((await ok.json()) as { stories: unknown[] }).stories.length > 0);
  } finally {
    await s.close();
  }
});

test('pages send a visitor without a token to the login form; a login sets an HttpOnly, SameSite=Strict cookie that opens them', async () => {
  const s = await authServer();
  try {
    const page = await fetch(`${s.srv.url}stories/s-ferry`, { redirect: 'manual' });
    assert.equal(page.status, 303);
    assert.equal(page.headers.get('location'), '/login?next=%2Fstories%2Fs-ferry');
    const form = await fetch(`${s.srv.url}login`);
    assert.equal(form.status, 200);
    assert.match(await form.text(), /type="password" id="token" name="token"/);
    const bad = await fetch(`${s.srv.url}login`, { method: 'POST', body: new URLSearchParams({ token: 'plx_0000000000000000_x', next: '/' }), redirect: 'manual' });
    assert.equal(bad.status, 401);
    assert.equal(bad.headers.get('set-cookie'), null);
    const login = await fetch(`${s.srv.url}login`, { method: 'POST', body: new URLSearchParams({ token: s.rw, next: '/stories/s-ferry' }), redirect: 'manual' });
    assert.equal(login.status, 303);
    assert.equal(login.headers.get('location'), '/stories/s-ferry');
    const cookie = login.headers.get('set-cookie') ?? '';
    assert.match(cookie, /^parallax_token=plx_/);
    assert.match(cookie, /; HttpOnly/);
    assert.match(cookie, /; SameSite=Strict/);
    const withCookie = await fetch(`${s.srv.url}stories/s-ferry`, { headers: { cookie: cookie.split(';')[0] }, redirect: 'manual' });
    assert.equal(withCookie.status, 200);
    const out = await fetch(`${s.srv.url}logout`, { method: 'POST', headers: { cookie: cookie.split(';')[0] }, redirect: 'manual' });
    assert.equal(out.status, 303);
    assert.match(out.headers.get('set-cookie') ?? '', /^parallax_token=;.*Max-Age=0/);
  } finally {
    await s.close();
  }
});

test('a login may only lead to a path of this server (no open redirect)', () => {
  assert.equal(localPath('//evil.example/x'), '/');
  assert.equal(localPath('https://evil.example/'), '/');
  assert.equal(localPath('/\\evil.example'), '/');
  assert.equal(localPath('/stories/s1?page=2'), '/stories/s1?page=2');
  assert.equal(localPath(null), '/');
});

test('a read-only token reads but cannot paste articles (API or form); a read-write token can', async () => {
  const s = await authServer();
  try {
    const auth = (t: string) => ({ authorization: `Bearer ${t}` });
    assert.equal((await fetch(`${s.srv.url}api/stories`, { headers: auth(s.ro) })).status, 200);
    assert.equal((await fetch(`${s.srv.url}stories/s-ferry`, { headers: auth(s.ro) })).status, 200);
    const apiPaste = await fetch(`${s.srv.url}api/analyze`, { method: 'POST', headers: { ...auth(s.ro), 'content-type': 'application/json' }, body: PASTE });
    assert.equal(apiPaste.status, 403);
    assert.match(((await apiPaste.json()) as { error: string }).error, /read-only/);
    const formPaste = await fetch(`${s.srv.url}analyze`, { method: 'POST', headers: auth(s.ro), body: new URLSearchParams({ text: 'The ferry sank.' }) });
    assert.equal(formPaste.status, 403);
    const rwPaste = await fetch(`${s.srv.url}api/analyze`, { method: 'POST', headers: { ...auth(s.rw), 'content-type': 'application/json' }, body: PASTE });
    assert.equal(rwPaste.status, 200);
  } finally {
    await s.close();
  }
});

test('a revoked token stops working at once; the database keeps only SHA-256 hashes of tokens', async () => {
  const file = tempDb();
  const store = await openStore(file);
  try {
    const { token, record } = await createToken(store, { name: 'laptop' });
    assert.match(token, /^plx_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    assert.equal(record.hash, createHash('sha256').update(token).digest('hex'));
    assert.ok(await verifyToken(store, token));
    const listed = await store.listTokens();
    assert.deepEqual(listed.map((t) => t.id), [record.id]);
    // The secret is everything after the id (base64url may itself hold '_').
    const secret = /^plx_[0-9a-f]{16}_(.+)$/.exec(token)![1];
    assert.ok(!JSON.stringify(listed).includes(secret), 'no secret in what the store returns');
    assert.ok(await store.revokeToken(record.id));
    assert.equal(await verifyToken(store, token), null);
    assert.equal(await store.revokeToken(record.id), false);
  } finally {
    await store.close();
  }
});

test('on loopback no sign-in exists or is needed', async () => {
  const srv = await startTestServer();
  try {
    assert.equal((await fetch(`${srv.url}api/stories`)).status, 200);
    assert.equal((await fetch(`${srv.url}login`)).status, 404);
  } finally {
    await srv.close();
  }
});

test('CLI: token create prints the token once on stdout, list and revoke work, the file holds no secret', async () => {
  const db = tempDb();
  const made = await cli(['token', 'create', '--read-only', '--name', 'night desk', '--db', db]);
  assert.equal(made.code, 0, made.stderr);
  const token = made.stdout.trim();
  assert.match(token, /^plx_[0-9a-f]{16}_/);
  const id = token.split('_')[1];
  // The secret is everything after "plx_<id>_": base64url, so it may itself hold "_" (taking
  // split('_')[2] made it a fragment of a few characters, found by chance in the database bytes).
  const secret = token.slice(`plx_${id}_`.length);
  assert.equal(secret.length, 43);
  assert.ok(!made.stderr.includes(secret), 'the secret is not on standard error');
  assert.match(made.stderr, new RegExp(`read-only token ${id}`));
  const list = await cli(['token', 'list', '--db', db, '--format', 'json']);
  assert.deepEqual((JSON.parse(list.stdout) as { tokens: Array<{ id: string; name: string; readOnly: boolean }> }).tokens.map((t) => [t.id, t.name, t.readOnly]), [[id, 'night desk', true]]);
  assert.ok(!list.stdout.includes(secret));
  for (const f of [db, `${db}-wal`]) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(f);
    } catch {
      continue;
    }
    assert.ok(!bytes.includes(Buffer.from(secret)), `${path.basename(f)} holds no secret`);
  }
  assert.equal((await cli(['token', 'revoke', id, '--db', db])).code, 0);
  const again = await cli(['token', 'revoke', id, '--db', db]);
  assert.equal(again.code, 2);
  assert.match(again.stderr, /no token with id/);
});

test('CLI: serve on a non-loopback address refuses to start without a token, and with one requires it (no secret in its logs)', async () => {
  const db = tempDb();
  assert.equal((await cli(['ingest', path.resolve('examples/harbour-fire'), '--db', db])).code, 0);
  const refused = await cli(['serve', '--db', db, '--host', '0.0.0.0', '--port', '0']);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /requires an API token: make one with `parallax token create/);
  const token = (await cli(['token', 'create', '--db', db])).stdout.trim();
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--host', '0.0.0.0', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const t = setInterval(() => {
        const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
        if (m) {
          clearInterval(t);
          resolve(Number(m[1]));
        }
      }, 50);
      child.on('exit', (code) => {
        clearInterval(t);
        reject(new Error(`serve exited with ${code}: ${out}`));
      });
    });
    const url = `http://127.0.0.1:${port}/api/stories`;
    assert.equal((await fetch(url)).status, 401);
    assert.equal((await fetch(url, { headers: { authorization: `Bearer ${token}` } })).status, 200);
    assert.equal((await fetch(url, { headers: { authorization: 'Bearer plx_0123456789abcdef_nope' } })).status, 401);
    assert.match(out, /every request needs an API token/);
    assert.ok(!out.includes(token.slice(token.indexOf('_', 4) + 1)), 'no secret in the server output');
  } finally {
    child.removeAllListeners('exit');
    child.kill('SIGTERM');
  }
});
