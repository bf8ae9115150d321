/**
 * Hostile inputs (issue #16): prints the goals — inputs up to the upload limit that take more
 * than 10 s, inputs silently not read, control characters reaching the terminal — and the
 * stories-list throughput of the web server measured with a loopback load generator.
 *
 * - Time: each reproduction of the issue is run in-process through the stage it attacked, CPU
 *   time measured (user + system: on a shared machine wall time mostly measures the others).
 * - Silently unread: the CLI is run on each bad input; an input counts when it is neither read
 *   nor named on standard error.
 * - Escapes: the CLI is run with control sequences in file and outlet names; any C0/C1 control
 *   character (other than newline and tab) on standard error counts.
 * - Throughput: `GET /api/stories` on 127.0.0.1 with a fixed number of requests (bounded in
 *   count and time), with the per-version cache and without it (the store's `dataVersion` hidden).
 * The kill -9 and XSS results are the crash test (test/corpus-cli-crash.test.ts) and the browser
 * tests (test/browser.test.ts); they are not re-run here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { annotate } from '../src/annotate/index.js';
import { buildDossier } from '../src/compare/dossier.js';
import { buildMatchContext, matchScore, prepareSentence } from '../src/compare/match/match.js';
import type { Article } from '../src/core/schema.js';
import { parseFeed } from '../src/ingest/feeds.js';
import { createWebServer, listen } from '../src/web/server.js';
import { MemoryStore, toArticle } from '../test/helpers/memory-store.js';
import { FERRY_DOSSIER } from '../test/fixtures/ferry-dossier.js';

const BIN = path.resolve('bin/parallax.js');
const LIMIT_S = 10;

function cpu(f: () => unknown): number {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return Math.round((c.user + c.system) / 1000);
}

const art = (id: string, text: string, outlet: string | null = null): Article => ({
  id, file: `${id}.txt`, outlet, url: null, title: null, published: '2025-10-15', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [],
});
const SEED = 'The harbour authority said on Monday that the ferry terminal will reopen next week after the fire. '.repeat(15);

/** The issue's reproductions, each through the stage it attacked (CPU ms). */
function timings(): Record<string, number> {
  const words = 'the minister said that fleet ships would sail to harbour'.split(' ');
  let seed = 7;
  const rnd = (): string => words[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % words.length];
  const longSentence = (n: number): string => Array.from({ length: n }, rnd).join(' ');
  const out: Record<string, number> = {};
  out['feed: 30 comments then a root (345 bytes)'] = cpu(() => {
    try {
      parseFeed('f.xml', '<!-- -->'.repeat(30) + '<x/>');
    } catch {
      /* refused: the point is the time */
    }
  });
  out['feed: 1 MB of comments'] = cpu(() => {
    try {
      parseFeed('f.xml', '<!-- -->'.repeat(125_000) + '<x/>');
    } catch {
      /* refused */
    }
  });
  out['analyze: 1.2 MB of repeated quotes'] = cpu(() => buildDossier([art('a1', '“We will go,” he said “and '.repeat(45_000)), art('a2', SEED)]));
  out['analyze: 1 MB without a sentence end'] = cpu(() => buildDossier([art('a1', longSentence(170_000)), art('a2', SEED)]));
  out['match: two 100k-word sentences'] = cpu(() => {
    const a = longSentence(100_000);
    const b = longSentence(100_000);
    const ctx = buildMatchContext([a, b]);
    matchScore(prepareSentence(a, ctx), prepareSentence(b, ctx), ctx);
  });
  out['annotate: 1 MB word then @'] = cpu(() => annotate(art('a1', 'a'.repeat(1_000_000) + '@ x')));
  out['analyze: 100 short articles (the web cap)'] = cpu(() =>
    buildDossier(Array.from({ length: 100 }, (_, i) => art(`a${i + 1}`, `Report ${i}: the ferry terminal fire killed ${i % 7 + 10} people on Tuesday, officials said. ${SEED.slice(0, 200)}`, `Outlet ${i}`))),
  );
  return out;
}

function cli(args: string[], input?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, timeout: 60_000 });
}

/** Bad inputs: each must be read, or named on standard error. Returns the ones that were neither. */
function silentlyUnread(): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-bench-'));
  const ok = 'The harbour authority said on Monday that the ferry terminal will reopen next week.';
  const cases: Array<{ name: string; args: string[]; input?: string; mark: RegExp }> = [];
  const real = path.join(dir, 'real.txt');
  writeFileSync(real, ok);
  const d = path.join(dir, 'd');
  spawnSync('mkdir', [d]);
  symlinkSync(real, path.join(d, 'linked.txt'));
  symlinkSync(path.join(dir, 'none.txt'), path.join(d, 'broken.txt'));
  cases.push({ name: 'symlinked file in a directory', args: ['read', d, '--format', 'json'], mark: /linked\.txt/ });
  cases.push({ name: 'broken link in a directory', args: ['read', d, '--format', 'json'], mark: /broken\.txt/ });
  const rec = JSON.stringify({ text: `${ok} `.repeat(40) });
  cases.push({ name: 'JSON Lines on stdin, first record > 2 KB', args: ['read', '-', '--format', 'json'], input: `${rec}\n${rec}\n`, mark: /-:2/ });
  const bad = path.join(dir, 'bad.jsonl');
  writeFileSync(bad, Buffer.concat([Buffer.from('{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]));
  cases.push({ name: 'invalid UTF-8 in JSON Lines', args: ['read', bad, '--format', 'json'], mark: /bad\.jsonl:1/ });
  const pairs = path.join(dir, 'p.jsonl');
  writeFileSync(pairs, Buffer.concat([Buffer.from('{"id":1,"a":"caf'), Buffer.from([0xe9]), Buffer.from('","b":"x"}\n')]));
  cases.push({ name: 'invalid UTF-8 in match input', args: ['match', pairs], mark: /p\.jsonl:1/ });
  const five = path.join(dir, 'five.json');
  writeFileSync(five, '{"text": 5}');
  cases.push({ name: '{"text": 5}', args: ['read', five], mark: /must be a string/ });
  const fifo = path.join(dir, 'pipe.jsonl');
  const haveFifo = spawnSync('mkfifo', [fifo]).status === 0;
  const missed: string[] = [];
  for (const c of cases) {
    const r = cli(c.args, c.input);
    if (!c.mark.test(r.stdout) && !c.mark.test(r.stderr)) missed.push(c.name);
  }
  if (haveFifo) {
    // The reader opens the pipe, then a writer (a child, so this process does not block) fills it.
    const writer = spawnSync('sh', ['-c', `(printf '%s\\n' '${rec.replace(/'/g, '')}' > '${fifo}' &) ; '${process.execPath}' '${BIN}' read '${fifo}' --format json`], { encoding: 'utf8', timeout: 60_000 });
    if (!/"articles"/.test(writer.stdout) || /empty file/.test(writer.stderr)) missed.push('named pipe *.jsonl');
  }
  return missed;
}

/** Control characters that reached standard error (count over a few hostile names). */
function terminalEscapes(): number {
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-bench-'));
  const evil = path.join(dir, 'x\u001b]0;title\u0007\u001b[2J.txt');
  writeFileSync(evil, '');
  const jsonl = path.join(dir, 'o.jsonl');
  writeFileSync(jsonl, JSON.stringify({ text: 'The ferry terminal reopened on Monday.', outlet: 'Evil\u001b[31m News\u009b2J' }) + '\n' + JSON.stringify({ text: 'Das ist ein deutscher Text über Fähren und Häfen.', outlet: 'Böse\u001b]0;x\u0007' }) + '\n');
  let n = 0;
  for (const args of [['read', evil], ['analyze', jsonl, '--format', 'json'], ['read', path.join(dir, 'missing\u001b[31m.txt')]]) {
    const r = cli(args);
    n += (r.stderr.match(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g) ?? []).length;
  }
  return n;
}

/** Requests per second of GET /api/stories on 127.0.0.1: `total` requests, `concurrency` at a time, at most `maxMs`. */
async function throughput(kind: 'cached' | 'uncached' | 'static', total = 4000, concurrency = 16, maxMs = 8000): Promise<number> {
  const store = new MemoryStore(new Map(Array.from({ length: 60 }, (_, i) => [`s${i}`, FERRY_DOSSIER.articles.map(toArticle)])));
  const reader = kind === 'cached' ? Object.assign(store, { dataVersion: async () => 1 }) : store;
  // The yardstick: a server answering fixed bytes, measured the same way on the same machine.
  const fixed = Buffer.from(JSON.stringify({ stories: await store.listStories({ limit: 50 }) }, null, 2));
  const server =
    kind === 'static'
      ? http.createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': fixed.length }).end(fixed))
      : createWebServer({ store: reader, buildDossier: (a) => buildDossier(a), annotate });
  const url = new URL(await listen(server, 0));
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const get = (): Promise<void> =>
    new Promise((resolve, reject) => {
      http.get({ host: '127.0.0.1', port: url.port, path: '/api/stories', agent, headers: { host: url.host } }, (res) => {
        res.resume();
        res.on('end', resolve);
      }).on('error', reject);
    });
  for (let i = 0; i < 200; i++) await get(); // warm-up
  let sent = 0;
  const t0 = performance.now();
  const worker = async (): Promise<void> => {
    while (sent < total && performance.now() - t0 < maxMs) {
      sent++;
      await get();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const secs = (performance.now() - t0) / 1000;
  agent.destroy();
  await new Promise<void>((r) => server.close(() => r()));
  return Math.round(sent / secs);
}

export async function run(): Promise<Record<string, unknown>> {
  const times = timings();
  for (const [k, v] of Object.entries(times)) console.log(`  ${k}: ${v} ms CPU`);
  const slow = Object.entries(times).filter(([, v]) => v > LIMIT_S * 1000).map(([k]) => k);
  const unread = silentlyUnread();
  const escapes = terminalEscapes();
  const uncached = await throughput('uncached');
  const cachedRps = await throughput('cached');
  const staticRps = await throughput('static');
  console.log(`inputs over ${LIMIT_S} s: ${slow.length}${slow.length ? ` (${slow.join('; ')})` : ''}`);
  console.log(`silently unread inputs: ${unread.length}${unread.length ? ` (${unread.join('; ')})` : ''}`);
  console.log(`terminal control characters printed: ${escapes}`);
  console.log(`GET /api/stories on 127.0.0.1: ${cachedRps} requests/s cached, ${uncached} uncached; a static server ${staticRps} (60 stories, 16 connections, load generator in the same process)`);
  console.log('kill -9 during ingest and XSS payloads: test/corpus-cli-crash.test.ts and test/browser.test.ts (not re-run here)');
  return { cpuMs: times, overLimit: slow, silentlyUnread: unread, terminalEscapes: escapes, storiesRps: { cached: cachedRps, uncached, staticServer: staticRps } };
}
