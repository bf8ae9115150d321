/**
 * The parallax CLI run as a child process without blocking the test's event loop (servers and
 * other children keep answering meanwhile): a whole run with its output, or a long-lived child
 * (a worker) whose stderr is collected while it runs.
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const BIN = path.resolve('bin/parallax.js');

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `parallax args…` to its end; `env` is added to this process's environment. */
export function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: options.cwd, env: { ...process.env, ...options.env } }, (err, stdout, stderr) => {
      // A child killed by a signal, or one that could not start, has no exit code: it is
      // reported as status 1 with why in stderr (CI once saw a bare 1 with an empty stderr).
      const e = err as (Error & { code?: number | string; signal?: string | null }) | null;
      const why = e?.signal ? `\n[test] the child was killed by ${e.signal}` : e && typeof e.code !== 'number' ? `\n[test] ${e.message}` : '';
      resolve({ status: e ? (typeof e.code === 'number' ? e.code : 1) : 0, stdout, stderr: stderr + why });
    });
  });
}

export interface CliChild {
  child: ChildProcess;
  /** Everything written to stderr so far. */
  stderr: string;
  /** The exit code; null when a signal killed it or it could not start (see `how`). */
  exited: Promise<number | null>;
  /** How the child stands, for a test's failure message: running, its exit code or signal, or why it could not start. */
  how(): string;
}

/**
 * Starts `parallax args…` and leaves it running; its stdout is drained. A child that cannot start
 * (EAGAIN or ENOMEM on a loaded machine) or that a signal ends (the kernel's out-of-memory
 * killer) is said as such by `how()`, and `exited` resolves: a test waiting on it must never
 * mistake a dead child for a silent one.
 */
export function spawnCli(args: string[]): CliChild {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let state = 'running';
  const c: CliChild = {
    child,
    stderr: '',
    exited: new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        state = signal ? `killed by ${signal}` : `exited with ${code}`;
        resolve(code);
      });
      child.on('error', (e) => {
        state = `could not start (${e.message})`;
        resolve(null);
      });
    }),
    how: () => (state === 'running' ? `running (pid ${child.pid})` : state),
  };
  child.stderr!.on('data', (d: Buffer) => (c.stderr += d.toString()));
  child.stdout!.resume();
  return c;
}

export interface CliSyncResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `parallax args…` synchronously (stdin from `input`). A spawn that fails before the CLI
 * runs (EAGAIN or ENOMEM when a loaded CI machine is short of processes or memory; seen twice as
 * a null status with empty output) is tried again, up to three times, since it says nothing about
 * Parallax; any other failure is returned, and a child killed by a signal has it in `stderr`.
 */
export function runCliSync(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string } = {}): CliSyncResult {
  for (let attempt = 1; ; attempt++) {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      encoding: 'utf8', input: options.input, cwd: options.cwd, env: options.env ? { ...process.env, ...options.env } : undefined, maxBuffer: 256 * 1024 * 1024,
    });
    const code = (r.error as NodeJS.ErrnoException | undefined)?.code;
    if (r.error && (code === 'EAGAIN' || code === 'ENOMEM') && attempt < 3) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500 * attempt);
      continue;
    }
    if (r.error) throw new Error(`parallax ${args.join(' ')} could not run: ${r.error.message}`);
    const stderr = (r.stderr ?? '') + (r.signal ? `\n[test] the child was killed by ${r.signal}` : '');
    return { status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr };
  }
}
