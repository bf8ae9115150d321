/**
 * A throw-away PostgreSQL cluster for tests and benchmarks: `initdb` in a temp directory, a
 * server on a free loopback port (its Unix socket in the same directory), trust authentication
 * for the local bootstrap user `parallax`, and helpers to create and drop databases. Nothing of
 * the machine's own PostgreSQL setup is used or touched.
 *
 * initdb refuses to run as root, so as root the cluster runs as the `postgres` user (Debian's
 * package creates it) or else `nobody`, through runuser. Without PostgreSQL binaries,
 * `findPostgres()` returns null and the tests skip with SKIP_NO_POSTGRES.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { after, before } from 'node:test';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export const SKIP_NO_POSTGRES =
  'PostgreSQL is not installed (no initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin): install Debian\'s postgresql package to run the PostgreSQL tests';

/** The directory holding initdb, pg_ctl and postgres, or null. PARALLAX_PG_BIN overrides. */
export function findPostgres(): string | null {
  const candidates: string[] = [];
  if (process.env.PARALLAX_PG_BIN) candidates.push(process.env.PARALLAX_PG_BIN);
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    for (const v of readdirSync(root).sort((a, b) => Number(b) - Number(a))) candidates.push(path.join(root, v, 'bin'));
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (dir) candidates.push(dir);
  for (const dir of candidates) {
    if (['initdb', 'pg_ctl', 'postgres'].every((b) => existsSync(path.join(dir, b)))) return dir;
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface PgCluster {
  /** postgres://parallax@127.0.0.1:PORT/ — append a database name. */
  base: string;
  port: number;
  /** The data directory (its postmaster.pid names the server process). */
  dataDir: string;
  /** Create a fresh empty database; returns its URL. */
  createDb(name?: string): Promise<string>;
  dropDb(url: string): Promise<void>;
  /** Run SQL on a database (by URL) and return the rows. */
  query<R = Record<string, unknown>>(url: string, sql: string, params?: unknown[]): Promise<R[]>;
  stop(): void;
}

let counter = 0;

/** Extra server settings (`-c name=value`), e.g. shared_preload_libraries for a bench's statistics. */
export interface PgClusterOptions {
  settings?: Record<string, string>;
}

/** Start a cluster (a few seconds); call `stop()` when done (the helper also stops it at exit). */
export async function startPostgres(bin: string, options: PgClusterOptions = {}): Promise<PgCluster> {
  const dir = mkdtempSync(path.join(tmpdir(), 'parallax-pg-'));
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  let runAs: string | null = null;
  if (asRoot) {
    runAs = spawnSync('id', ['-u', 'postgres']).status === 0 ? 'postgres' : 'nobody';
    const uid = Number(execFileSync('id', ['-u', runAs]).toString().trim());
    const gid = Number(execFileSync('id', ['-g', runAs]).toString().trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const run = (cmd: string, args: string[]): void => {
    const full = path.join(bin, cmd);
    const r = runAs ? spawnSync('runuser', ['-u', runAs, '--', full, ...args], { encoding: 'utf8' }) : spawnSync(full, args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr || r.stdout}`);
  };
  run('initdb', ['-D', data, '-U', 'parallax', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions']);
  const port = await freePort();
  // Durability off: a test cluster is thrown away (a killed client is what the tests kill, not
  // the server). Small shared memory: several test clusters may run at once on a small machine.
  const opts = [
    `-p ${port}`, "-c listen_addresses=127.0.0.1", `-c unix_socket_directories=${dir}`, '-c fsync=off',
    '-c synchronous_commit=off', '-c full_page_writes=off', '-c shared_buffers=32MB', '-c max_connections=200',
    ...Object.entries(options.settings ?? {}).map(([k, v]) => `-c ${k}=${v}`),
  ].join(' ');
  run('pg_ctl', ['-D', data, '-o', opts, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']);
  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      /* already gone */
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  const base = `postgres://parallax@127.0.0.1:${port}/`;
  const query = async <R>(url: string, sql: string, params: unknown[] = []): Promise<R[]> => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query(sql, params)).rows as R[];
    } finally {
      await c.end();
    }
  };
  return {
    base,
    port,
    dataDir: data,
    async createDb(name) {
      const db = name ?? `t${process.pid}_${++counter}`;
      await query(`${base}postgres`, `CREATE DATABASE "${db}"`);
      return `${base}${db}`;
    },
    async dropDb(url) {
      const db = new URL(url).pathname.slice(1);
      await query(`${base}postgres`, `DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
    },
    query,
    stop,
  };
}

/**
 * One cluster for the test file that calls this at its top level: started before its first test,
 * stopped after its last. `skip` is the reason to give tests when PostgreSQL is absent; `cluster`
 * may only be read inside tests that did not skip.
 */
export function postgresForFile(): { skip: string | false; readonly cluster: PgCluster } {
  const bin = findPostgres();
  let c: PgCluster | undefined;
  before(async () => {
    if (bin) c = await startPostgres(bin);
  });
  after(() => c?.stop());
  return {
    skip: bin ? false : SKIP_NO_POSTGRES,
    get cluster(): PgCluster {
      if (!c) throw new Error('no PostgreSQL cluster in this test file');
      return c;
    },
  };
}
