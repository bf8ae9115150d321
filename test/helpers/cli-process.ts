/**
 * The parallax CLI run as a child process without blocking the test's event loop (servers and
 * other children keep answering meanwhile): a whole run with its output, or a long-lived child
 * (a worker) whose stderr is collected while it runs.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
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
      resolve({ status: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

export interface CliChild {
  child: ChildProcess;
  /** Everything written to stderr so far. */
  stderr: string;
  exited: Promise<number | null>;
}

/** Starts `parallax args…` and leaves it running; its stdout is drained. */
export function spawnCli(args: string[]): CliChild {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const c: CliChild = { child, stderr: '', exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
  child.stderr!.on('data', (d: Buffer) => (c.stderr += d.toString()));
  child.stdout!.resume();
  return c;
}
