/**
 * `GET /api/stories` throughput of the real server (issue #16: ≥ 5,000 requests/s with the
 * answers cached per database version): `node dist/bench/run.js stories-rps`.
 *
 * An invented corpus (50 events × 3 articles, written here, nothing from ../shared) is ingested
 * into a scratch SQLite file with the CLI; `parallax serve --port 0` runs in its own process and
 * this process is the loopback load generator (keep-alive connections, a fixed number of
 * requests, bounded in time). A static node:http server answering the same bytes, also in its own
 * process, is the yardstick measured the same way. The machine is shared, so besides requests
 * per second (wall clock, which the other users' load lowers) the figure that does not depend on
 * them is printed too: the server process's CPU per request (from /proc), and the requests per
 * second one free core would give at that cost. Each figure is the best of `ROUNDS` rounds.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

const BIN = path.resolve('bin/parallax.js');
const REQUESTS = 20_000;
const CONCURRENCY = 32;
const MAX_MS = 10_000;
const ROUNDS = 3;

/** 50 invented towns: each story has its own place (the clusterer rightly joins events of one town). */
const PLACES = ['Or', 'Kel', 'Sar', 'Vel', 'Dun', 'Mab', 'Tiv', 'Quen', 'Hal', 'Bro'].flatMap((a) => ['vano', 'bridge', 'mouth', 'linta', 'marra'].map((b) => a + b));
const PEOPLE = ['Mara Quillon', 'Teodor Vask', 'Ilse Brannigan', 'Piet Oyelaran', 'Nadia Forsell', 'Colm Ardrey', 'Ruth Zaleski', 'Emil Santore', 'Greta Hollis', 'Jonas Mbeki'];
/** Ten kinds of event with their own vocabulary, so each (place, event) is its own story. */
const EVENTS: Array<(p: string, who: string, n: number) => string> = [
  (p, who, n) => `Floodwater covered the lower town of ${p} after the river rose ${n} centimetres overnight. Mayor ${who} said pumps and sandbags were on their way.`,
  (p, who, n) => `Bus drivers in ${p} walked out over pay, leaving ${n} routes without service. Union leader ${who} said the strike would go on.`,
  (p, who, n) => `Engineers closed the old stone bridge in ${p} after finding ${n} cracks in its central arch. Council engineer ${who} ordered a full survey.`,
  (p, who, n) => `A chess prodigy from ${p}, ${who}, won the national championship at ${n} years old with a queen sacrifice in the final round.`,
  (p, who, n) => `The ${p} orchestra premiered a symphony by ${who}, who wrote ${n} minutes of music for violins, harp and a choir of children.`,
  (p, who, n) => `Archaeologists digging near ${p} unearthed ${n} Roman coins and a bronze helmet, excavation leader ${who} announced.`,
  (p, who, n) => `A wildfire burned ${n} hectares of pine forest east of ${p}; firefighter ${who} said helicopters dropped water all night.`,
  (p, who, n) => `The ${p} hospital opened a cancer ward with ${n} beds, director ${who} told patients and nurses at the ribbon cutting.`,
  (p, who, n) => `Police in ${p} arrested ${n} suspects in a bank robbery; detective ${who} said the stolen cash was recovered from a garage.`,
  (p, who, n) => `Farmers around ${p} lost ${n} tonnes of apples to hail, and cooperative chair ${who} asked the ministry for compensation.`,
];
const OUTLETS = ['The Northern Ledger', 'Coastline Daily', 'Valley Post'];

/** 50 invented stories (10 kinds of event, a town each, months apart), each told by three outlets. */
export function corpus(): string {
  const lines: string[] = [];
  PLACES.forEach((place, n) => {
    const i = Math.floor(n / EVENTS.length);
    const j = n % EVENTS.length;
    const text = EVENTS[j];
    const who = `${PEOPLE[(i * 3 + j) % PEOPLE.length].split(' ')[0]} ${PEOPLE[(j * 7 + i) % PEOPLE.length].split(' ')[1]}`;
      const month = String(1 + ((i * 10 + j) % 12)).padStart(2, '0');
      const year = 2020 + Math.floor((i * 10 + j) / 12);
      OUTLETS.forEach((outlet, k) => {
        lines.push(JSON.stringify({
          text: k === 0 ? text(place, who, 12 + i * 7 + j) : `${place} (${outlet}) — ${text(place, who, 12 + i * 7 + j)}`,
          title: `${place}: ${text(place, who, 12 + i * 7 + j).split(/[,.;]/)[0]}`,
          outlet,
          url: `https://${outlet.toLowerCase().replace(/[^a-z]+/g, '')}.example/${year}/${month}/${place.toLowerCase()}-${j}`,
          published: `${year}-${month}-1${k}T08:00:00Z`,
        }));
      });
  });
  return lines.join('\n') + '\n';
}

/** User + system CPU seconds of a process so far (/proc/PID/stat, clock ticks of 1/100 s). */
function cpuSeconds(pid: number): number | null {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return null;
  }
}

/** Start a server process; resolves with its port once it printed its URL. */
function start(args: string[]): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /http:\/\/[^\s:]+:(\d+)\//.exec(out);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${err.trim()}`)));
  });
}

interface Round {
  rps: number;
  serverCpuMsPerRequest: number | null;
}

/** `REQUESTS` GETs of `urlPath`, `CONCURRENCY` at a time over keep-alive connections. */
async function load(port: number, pid: number, urlPath: string): Promise<Round> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const get = (): Promise<number> =>
    new Promise((resolve, reject) => {
      http.get({ host: '127.0.0.1', port, path: urlPath, agent, headers: { host: `127.0.0.1:${port}` } }, (res) => {
        let n = 0;
        res.on('data', (c: Buffer) => (n += c.length));
        res.on('end', () => (res.statusCode === 200 ? resolve(n) : reject(new Error(`HTTP ${res.statusCode}`))));
      }).on('error', reject);
    });
  for (let i = 0; i < 500; i++) await get(); // warm-up: JIT, the first answer fills the cache
  let sent = 0;
  const cpu0 = cpuSeconds(pid);
  const t0 = performance.now();
  const worker = async (): Promise<void> => {
    while (sent < REQUESTS && performance.now() - t0 < MAX_MS) {
      sent++;
      await get();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const secs = (performance.now() - t0) / 1000;
  const cpu1 = cpuSeconds(pid);
  agent.destroy();
  return { rps: Math.round(sent / secs), serverCpuMsPerRequest: cpu0 === null || cpu1 === null ? null : Math.round(((cpu1 - cpu0) * 1000 * 1000) / sent) / 1000 };
}

async function measure(args: string[], urlPath: string): Promise<Round & { body: Buffer }> {
  const { child, port } = await start(args);
  try {
    const body = await new Promise<Buffer>((resolve, reject) =>
      http.get({ host: '127.0.0.1', port, path: urlPath, headers: { host: `127.0.0.1:${port}` } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => resolve(Buffer.concat(parts)));
      }).on('error', reject),
    );
    let best: Round = { rps: 0, serverCpuMsPerRequest: null };
    for (let r = 0; r < ROUNDS; r++) {
      const round = await load(port, child.pid!, urlPath);
      if (round.rps > best.rps) best = { ...best, rps: round.rps };
      if (round.serverCpuMsPerRequest !== null && (best.serverCpuMsPerRequest === null || round.serverCpuMsPerRequest < best.serverCpuMsPerRequest)) {
        best = { ...best, serverCpuMsPerRequest: round.serverCpuMsPerRequest };
      }
    }
    return { ...best, body };
  } finally {
    child.removeAllListeners('exit');
    child.kill('SIGTERM');
  }
}

export async function run(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-rps-'));
  try {
    const jsonl = path.join(dir, 'corpus.jsonl');
    writeFileSync(jsonl, corpus());
    const db = path.join(dir, 'corpus.db');
    const ing = spawnSync(process.execPath, [BIN, 'ingest', jsonl, '--db', db, '--format', 'json'], { encoding: 'utf8' });
    if (ing.status !== 0) throw new Error(`ingest failed: ${ing.stderr}`);
    const served = await measure([BIN, 'serve', '--db', db, '--port', '0'], '/api/stories');
    const stories = (JSON.parse(served.body.toString('utf8')) as { stories: unknown[] }).stories.length;
    // The yardstick answers the very bytes the server sent, with the same keep-alive handling.
    const bodyFile = path.join(dir, 'body.json');
    writeFileSync(bodyFile, served.body);
    const staticSrc = `const b=require('fs').readFileSync(${JSON.stringify(bodyFile)});const s=require('http').createServer((q,r)=>r.writeHead(200,{'Content-Type':'application/json','Content-Length':b.length}).end(b));s.listen(0,'127.0.0.1',()=>console.log('http://127.0.0.1:'+s.address().port+'/'));process.on('SIGTERM',()=>process.exit(0));`;
    const yard = await measure(['-e', staticSrc], '/');
    const perCore = (ms: number | null) => (ms ? Math.round(1000 / ms) : null);
    const result = {
      stories,
      bytesPerAnswer: served.body.length,
      requests: REQUESTS,
      concurrency: CONCURRENCY,
      rounds: ROUNDS,
      serve: { rps: served.rps, serverCpuMsPerRequest: served.serverCpuMsPerRequest, rpsPerFreeCore: perCore(served.serverCpuMsPerRequest) },
      staticServer: { rps: yard.rps, serverCpuMsPerRequest: yard.serverCpuMsPerRequest, rpsPerFreeCore: perCore(yard.serverCpuMsPerRequest) },
    };
    console.log(`GET /api/stories (${stories} stories, ${served.body.length} bytes), parallax serve in its own process, ${CONCURRENCY} keep-alive connections from this one, best of ${ROUNDS}:`);
    console.log(`  parallax serve: ${served.rps} requests/s; ${served.serverCpuMsPerRequest} ms server CPU per request (${perCore(served.serverCpuMsPerRequest)} requests/s per free core)`);
    console.log(`  static node:http server, same bytes: ${yard.rps} requests/s; ${yard.serverCpuMsPerRequest} ms CPU per request (${perCore(yard.serverCpuMsPerRequest)} requests/s per free core)`);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
