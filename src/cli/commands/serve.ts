/** `parallax serve [--db PATH] [--port N]`: the local web app (src/web/server.ts, docs/web.md). */
import type { Command } from 'commander';
import { annotate } from '../../annotate/index.js';
import { buildDossier } from '../../compare/dossier.js';
import { UserError } from '../../core/errors.js';
import { createWebServer, DEFAULT_HOST, DEFAULT_MAX_UPLOAD, DEFAULT_PORT, isLoopback, listen } from '../../web/server.js';
import { warn } from '../options.js';

function intOption(name: string, v: string, min: number, max: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new UserError(null, `--${name} must be a whole number from ${min} to ${max} (got "${v}")`);
  return n;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('local web app: stories list, story pages, and a page to paste articles and get a dossier')
    .option('--port <n>', `port to listen on (0 = any free port)`, String(DEFAULT_PORT))
    .option('--host <addr>', 'address to bind (default: loopback only; anything else exposes the app to your network)', DEFAULT_HOST)
    .option('--max-upload <mb>', 'largest upload accepted, in MB', String(DEFAULT_MAX_UPLOAD / (1024 * 1024)))
    .action(async (opts: { port: string; host: string; maxUpload: string }) => {
      const port = intOption('port', opts.port, 0, 65535);
      const maxUploadBytes = intOption('max-upload', opts.maxUpload, 1, 1024) * 1024 * 1024;
      if (!isLoopback(opts.host)) warn(`parallax: warning: serving on ${opts.host}: other machines on your network can reach this app`);
      const server = createWebServer({ store: null, buildDossier, annotate, maxUploadBytes });
      let url: string;
      try {
        url = await listen(server, port, opts.host);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        const why = code === 'EADDRINUSE' ? `port ${port} is already in use (try --port 0 for any free port)` : code === 'EACCES' ? `no permission to use port ${port}` : (e as Error).message;
        throw new UserError(null, `cannot start the server: ${why}`);
      }
      process.stdout.write(`Parallax is serving on ${url} (Ctrl-C to stop)\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          server.close(() => resolve());
          server.closeAllConnections();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
