/**
 * Starts the web app on a free loopback port for tests. Stories come from an in-memory store of
 * the hand-made fixtures; their dossiers are the fixtures themselves (so page tests do not depend
 * on how far the compare stage has come), and anything else goes through the real buildDossier.
 */
import type http from 'node:http';
import { annotate } from '../../src/annotate/index.js';
import { buildDossier } from '../../src/compare/dossier.js';
import type { Dossier } from '../../src/core/dossier-schema.js';
import type { Article } from '../../src/core/schema.js';
import { createWebServer, listen, type WebOptions } from '../../src/web/server.js';
import { FERRY_DOSSIER } from '../fixtures/ferry-dossier.js';
import { HOSTILE_DOSSIER } from '../fixtures/hostile-dossier.js';
import { MemoryStore, toArticle } from './memory-store.js';

const FIXTURES: Dossier[] = [FERRY_DOSSIER, HOSTILE_DOSSIER];

export function fixtureAwareBuild(articles: Article[]): { dossier: Dossier; warnings: string[] } {
  const same = (d: Dossier) => d.articles.length === articles.length && d.articles.every((a, i) => a.id === articles[i].id && a.text === articles[i].text);
  const fixture = FIXTURES.find(same);
  return fixture ? { dossier: fixture, warnings: [] } : buildDossier(articles);
}

export function fixtureStore(): MemoryStore {
  return new MemoryStore(new Map([
    ['s-ferry', FERRY_DOSSIER.articles.map(toArticle)],
    ['s-hostile', HOSTILE_DOSSIER.articles.map(toArticle)],
  ]));
}

export interface TestServer {
  url: string;
  server: http.Server;
  close(): Promise<void>;
}

export async function startTestServer(opts: Partial<WebOptions> = {}): Promise<TestServer> {
  const server = createWebServer({ store: fixtureStore(), buildDossier: fixtureAwareBuild, annotate, ...opts });
  const url = await listen(server, 0);
  return {
    url,
    server,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

/**
 * The fixture store with a database version the test sets and a count of stories-list queries:
 * for checking the list cache (answers from cache while the version stands, anew once it changes).
 */
export function versionedStore(): { store: MemoryStore & { dataVersion: () => Promise<number> }; setVersion: (v: number) => void; queries: () => number } {
  const store = fixtureStore();
  let version = 1;
  let queries = 0;
  const list = store.listStories;
  const reader = Object.assign(store, {
    dataVersion: async () => version,
    listStories: (o: Parameters<typeof list>[0]) => {
      queries++;
      return list.call(store, o);
    },
  });
  return { store: reader, setVersion: (v) => (version = v), queries: () => queries };
}
