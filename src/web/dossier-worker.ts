/**
 * The worker thread that builds dossiers for the web server (dossier-pool.ts): the compare
 * stage is CPU-bound and synchronous, so it runs here, off the thread that answers requests.
 * One message in ({ id, articles }), one out ({ id, ok, result | error }).
 */
import { parentPort } from 'node:worker_threads';
import { buildDossier } from '../compare/dossier.js';
import type { Article } from '../core/schema.js';

parentPort?.on('message', (m: { id: number; articles: Article[] }) => {
  try {
    parentPort!.postMessage({ id: m.id, ok: true, result: buildDossier(m.articles) });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, ok: false, error: e instanceof Error ? e.message : String(e) });
  }
});
