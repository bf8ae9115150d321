/**
 * The stories list's per-version cache under concurrent requests: answers sent by the fast path
 * (by exact URL, without parsing, once the turn's database version is known) are the bytes and
 * headers of the full path, and never outlive the version they were made for.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startTestServer } from './helpers/web-server.js';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** `n` GETs of `path` at once over `sockets` keep-alive connections. */
async function burst(base: string, path: string, n: number, agent: http.Agent): Promise<Answer[]> {
  const u = new URL(base);
  const one = (): Promise<Answer> =>
    new Promise((resolve, reject) => {
      http
        .get({ host: u.hostname, port: u.port, path, agent, headers: { host: u.host } }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        })
        .on('error', reject);
    });
  return Promise.all(Array.from({ length: n }, one));
}

test('concurrent GET /api/stories: every answer is the current version\'s, with the same bytes and headers', async () => {
  const { versionedStore } = await import('./helpers/web-server.js');
  const { store, setVersion, queries } = versionedStore();
  const reader = store;
  const srv = await startTestServer({ store: reader });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const strip = (h: http.IncomingHttpHeaders) => {
    const { date: _date, 'keep-alive': _ka, connection: _c, ...rest } = h;
    return rest;
  };
  try {
    for (const path of ['/api/stories', '/api/stories?limit=5', '/api/stories?limit=5&offset=0']) {
      const answers = [...(await burst(srv.url, path, 60, agent)), ...(await burst(srv.url, path, 60, agent))];
      for (const a of answers) {
        assert.equal(a.status, 200);
        assert.equal(a.body, answers[0].body, path);
        assert.deepEqual(strip(a.headers), strip(answers[0].headers), path);
      }
    }
    const before = JSON.parse((await burst(srv.url, '/api/stories', 1, agent))[0].body) as { stories: Array<{ id: string }> };
    const queried = queries();
    // The corpus changes and its version with it: no answer after that may be the old list.
    (store as unknown as { stories: Map<string, unknown> }).stories.delete(before.stories[0].id);
    setVersion(2);
    const after = await burst(srv.url, '/api/stories', 60, agent);
    for (const a of after) {
      const ids = (JSON.parse(a.body) as { stories: Array<{ id: string }> }).stories.map((s) => s.id);
      assert.deepEqual(ids, before.stories.slice(1).map((s) => s.id));
    }
    assert.ok(queries() > queried && queries() <= queried + after.length);
  } finally {
    agent.destroy();
    await srv.close();
  }
});
