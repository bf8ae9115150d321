/** `parallax serve [--db PATH] [--port N]`: the local web app (src/web/server.ts, docs/web.md). */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { UserError } from '../../core/errors.js';
import type { CorpusStore } from '../../store/store.js';
import type { Authenticator } from '../../web/auth.js';
import { dossierArticles } from './story.js';
import { DEFAULT_ANALYSIS_SECONDS, DEFAULT_HOST, DEFAULT_MAX_UPLOAD, DEFAULT_PORT } from '../../web/defaults.js';
import { warn } from '../options.js';
import { loadConfig } from '../config.js';
import { CONFIG_HELP } from '../inputs.js';

/**
 * Articles compared in one story page. WHY: comparing is superlinear in articles and each one is
 * a column on the page; past a few dozen, a sample of distinct outlets (dossierArticles) says
 * more than every wire copy.
 */
const MAX_STORY_ARTICLES = 30;

function intOption(name: string, v: string, min: number, max: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new UserError(null, `--${name} must be a whole number from ${min} to ${max} (got "${v}")`);
  return n;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('local web app: stories list, story pages, and a page to paste articles and get a dossier')
    .option('--db <path>', 'corpus database from `parallax ingest`: a file or a postgres:// URL (default: $PARALLAX_DB, else parallax.db in the user data directory, if it exists)')
    .option('--port <n>', `port to listen on (0 = any free port)`, String(DEFAULT_PORT))
    .option('--host <addr>', 'address to bind; anything but loopback exposes the app to your network and requires API tokens (parallax token create)', DEFAULT_HOST)
    .option('--max-upload <mb>', 'largest upload accepted, in MB', String(DEFAULT_MAX_UPLOAD / (1024 * 1024)))
    .option('--config <file>', CONFIG_HELP)
    .option('--analysis-timeout <seconds>', 'stop an analysis (a POST or a story page) after this many seconds and answer 503', String(DEFAULT_ANALYSIS_SECONDS))
    .action(async (opts: { db?: string; port: string; host: string; maxUpload: string; analysisTimeout: string; config?: string }) => {
      const config = await loadConfig(opts.config);
      // The server, SQLite and the compare stage load here, not for `--help`.
      const [{ annotate }, { buildDossier }, { defaultDbPath, openStore }, { DossierPool }, { createWebServer, isLoopback, listen }] = await Promise.all([
        import('../../annotate/index.js'),
        import('../../compare/dossier.js'),
        import('../../store/store.js'),
        import('../../web/dossier-pool.js'),
        import('../../web/server.js'),
      ]);
      const port = intOption('port', opts.port, 0, 65535);
      const maxUploadBytes = intOption('max-upload', opts.maxUpload, 1, 1024) * 1024 * 1024;
      const team = !isLoopback(opts.host);
      // No corpus yet is no reason to refuse: the paste page needs none, and the stories page
      // says how to make one. The warning names the path, so a mistyped --db is seen at once.
      const dbPath = opts.db ?? defaultDbPath();
      let store: CorpusStore | null = null;
      const remote = /^postgres(ql)?:\/\//i.test(dbPath);
      if (remote || existsSync(dbPath)) store = await openStore(dbPath, { mustExist: !remote });
      else if (!team) warn(`parallax: no corpus database at ${dbPath} yet: serving the analyze page only (\`parallax ingest … --db ${dbPath}\` makes one)`);
      // Bound to anything but loopback, other machines reach the app: every request then needs an
      // API token (docs/web.md), and without one made there is nobody to let in.
      let auth: Authenticator | undefined;
      if (team) {
        const tokens = store ? await store.listTokens() : [];
        if (!store || tokens.length === 0) {
          await store?.close();
          throw new UserError(null, `serving on ${opts.host} requires an API token: make one with \`parallax token create --db ${dbPath}\` (or serve on 127.0.0.1)`);
        }
        const { verifyToken } = await import('../../store/tokens.js');
        const tokenStore = store;
        auth = { verify: async (t) => verifyToken(tokenStore, t).then((r) => r && { id: r.id, readOnly: r.readOnly }) };
        warn(`parallax: serving on ${opts.host}: other machines on your network can reach this app; every request needs an API token (${tokens.length} made)`);
      }
      const pool = new DossierPool(intOption('analysis-timeout', opts.analysisTimeout, 1, 3600) * 1000);
      const server = createWebServer({
        store, buildDossier, annotate, maxUploadBytes, dbLabel: store?.file ?? null, outletInfo: config.outletInfo, auth,
        runDossier: (articles) => pool.build(articles),
        // "Save to corpus" of a pasted analysis: stored and clustered like an ingest (writer lock).
        save: store ? async (articles) => (await import('../../store/corpus.js')).storeArticles(store!, articles, { onWarning: (w) => warn(`parallax: ${w}`) }) : undefined,
        dossierArticles: store ? (id) => dossierArticles(store!, id, MAX_STORY_ARTICLES) : undefined,
      });
      let url: string;
      try {
        url = await listen(server, port, opts.host);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        const why = code === 'EADDRINUSE' ? `port ${port} is already in use (try --port 0 for any free port)` : code === 'EACCES' ? `no permission to use port ${port}` : (e as Error).message;
        await store?.close();
        throw new UserError(null, `cannot start the server: ${why}`);
      }
      process.stdout.write(`Parallax is serving on ${url} (Ctrl-C to stop)\n`);
      await new Promise<void>((resolve) => {
        server.on('close', () => {
          void pool.close();
          void store?.close();
        });
        const stop = () => {
          server.close(() => resolve());
          server.closeAllConnections();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
