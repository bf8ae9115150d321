/**
 * `parallax serve`: a small node:http server for the stories list, story, article and analyze
 * pages and the JSON API behind them (docs/web.md). It owns routing, request limits and the
 * security headers:
 * - every response carries a strict Content-Security-Policy (scripts and styles only from this
 *   origin, no inline code, no framing, forms only to this origin) plus nosniff/no-referrer;
 * - it binds to 127.0.0.1 unless told otherwise, and then answers only requests whose Host header
 *   names the loopback address (a DNS-rebinding page cannot reach it under another name);
 * - POSTs from another origin are refused (the browser's Origin header says where a form is);
 * - request bodies over the upload limit get 413 with a message saying the size and the limit;
 * - given an authenticator (serve bound to anything but loopback), every request but the login
 *   form's needs an API token, and a read-only token only reads (auth.ts).
 */
import http from 'node:http';
import { URL } from 'node:url';
import { UserError } from '../core/errors.js';
import { FORMAT_VERSION } from '../core/version.js';
import { HIGHLIGHT_JS, FORM_JS } from '../render/html/client.js';
import { renderHtmlReport } from '../render/html/report.js';
import { terminalSafe } from '../render/escape.js';
import { CSS } from '../render/html/style.js';
import { analysisResultPage, analyzePage, articlePage, errorPage, storiesPage, storyPage, type StoriesPageData } from './pages.js';
import { isPublicPath, localPath, loginCookie, loginPage, LOGOUT_COOKIE, presentedToken, refusal, type Authenticator } from './auth.js';
import { articlesFromSubmission, type PastedRecord, type Submission, type UploadedFile } from './submission.js';
import type { CorpusFilter } from '../store/store.js';
import type { Annotate, BuildDossier, StoreReader, StorySummary } from './types.js';
import type { Dossier } from '../core/dossier-schema.js';
import type { Article } from '../core/schema.js';
import { withOutletDirectory } from '../compare/outlet-groups.js';
import type { OutletDirectory } from '../ingest/outlets.js';
import type { StoredPlacement } from '../store/corpus.js';
import { randomUUID } from 'node:crypto';

export { DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_UPLOAD } from './defaults.js';
import { DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_UPLOAD } from './defaults.js';
const PAGE_SIZE = 50;

export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  // same-origin, not no-referrer: with no-referrer, browsers send "Origin: null" on our own form
  // posts, and the Origin check below could no longer tell them from a foreign page's.
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export interface WebOptions {
  store: StoreReader | null;
  /** The articles a story's dossier compares (default: all of `store.storyArticles(id)`). */
  dossierArticles?: (storyId: string) => Promise<Article[]>;
  buildDossier: BuildDossier;
  annotate: Annotate;
  /** Shown on the stories page (the database path). */
  dbLabel?: string | null;
  maxUploadBytes?: number;
  /** Story dossiers kept in memory (each rebuilt only when its articles change). */
  cacheSize?: number;
  /**
   * Build a dossier off the request thread, within a time budget (dossier-pool.ts; `serve` passes
   * one). Without it `buildDossier` runs inline (tests with fixture dossiers).
   */
  runDossier?: (articles: Article[]) => Promise<{ dossier: Dossier; warnings: string[] }>;
  /**
   * Store analysed articles in the corpus ("Save to corpus" on the analyze page's result): where
   * each went. Without it, or without a store, results are not offered for saving.
   */
  save?: (articles: Article[]) => Promise<StoredPlacement[]>;
  /** What the user's config says about outlets (attributes to group coverage by). */
  outletInfo?: OutletDirectory | null;
  /** Most articles one POST may have analysed (default MAX_ANALYZE_ARTICLES); more is 413. */
  maxAnalyzeArticles?: number;
  /** Require an API token on every request (serve passes one when bound to anything but loopback). */
  auth?: Authenticator;
}

/**
 * Articles one analysis request may compare. WHY: comparing is superlinear in articles (fact and
 * claim alignment grow with the pairs of articles); 100 covers any one story (story pages compare
 * at most 30) while keeping an analysis within the time budget. More is answered 413.
 */
export const MAX_ANALYZE_ARTICLES = 100;

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const APP_JS = `${HIGHLIGHT_JS}\n${FORM_JS}`;

/**
 * Analyses held for "Save to corpus" (the articles, by a random token in the result page's
 * form). WHY a few: a reader saves the result they are looking at; holding every analysis
 * would let uploads fill the memory. The oldest is dropped first.
 */
const PENDING_SAVES = 8;

/** `?since=&until=&outlet=` of the corpus API (dates as ISO prefixes, as the CLI takes them). */
function corpusFilter(url: URL): CorpusFilter {
  const f: CorpusFilter = {};
  for (const key of ['since', 'until'] as const) {
    const v = url.searchParams.get(key);
    if (v === null || v === '') continue;
    if (!/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(v)) throw new HttpError(400, `${key} must be a date: YYYY, YYYY-MM or YYYY-MM-DD`);
    f[key] = v;
  }
  const outlet = url.searchParams.get('outlet');
  if (outlet) f.outlet = outlet;
  return f;
}

function mbText(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

function send(res: http.ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}): void {
  const buf = Buffer.from(body, 'utf8');
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': String(buf.length), 'Cache-Control': 'no-store', ...extra });
  res.end(buf);
}

/** Stories-list answers cached per database version (distinct parameter sets kept). */
const LIST_CACHE_SIZE = 256;

/** Headers of every cached JSON answer but its length, flat (writeHead takes them as they are). */
const JSON_HEADERS = Object.entries({ ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).flat();

/** A JSON answer already serialised (the stories-list cache). */
function sendBytes(res: http.ServerResponse, buf: Buffer): void {
  res.writeHead(200, [...JSON_HEADERS, 'Content-Length', String(buf.length)]);
  res.end(buf);
}

const sendJson = (res: http.ServerResponse, status: number, value: unknown, extra?: Record<string, string>) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value, null, 2), extra);
const sendHtml = (res: http.ServerResponse, status: number, html: string, extra?: Record<string, string>) =>
  send(res, status, 'text/html; charset=utf-8', html, extra);

/** Read the whole body, refusing (413) as soon as it passes `limit` bytes. */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  const tooBig = (n: number, exact: boolean) =>
    new HttpError(413, `upload too large: ${exact ? '' : 'more than '}${mbText(n)} sent, the limit is ${mbText(limit)} (start parallax serve with --max-upload to raise it)`);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooBig(declared, true));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > limit) {
        done = true;
        reject(tooBig(limit, false));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks));
    });
    req.on('error', (err) => {
      if (!done) reject(err);
    });
  });
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/** A form or API body → a Submission. Multipart/urlencoded via WHATWG `Request.formData()`, JSON by hand. */
async function parseSubmission(req: http.IncomingMessage, body: Buffer, recordLabel: string): Promise<Submission> {
  const rawType = String(req.headers['content-type'] ?? '');
  const type = rawType.toLowerCase();
  if (type.startsWith('application/json')) {
    let value: unknown;
    let json: string;
    try {
      json = UTF8.decode(body);
    } catch {
      // As for a file: bytes that are not UTF-8 are refused, never turned into U+FFFD.
      throw new HttpError(400, 'request body is not valid UTF-8');
    }
    try {
      value = JSON.parse(json);
    } catch (err) {
      throw new HttpError(400, `request body is not valid JSON (${(err as Error).message})`);
    }
    const arts = (value as { articles?: unknown })?.articles;
    if (!Array.isArray(arts)) throw new HttpError(400, 'expected a JSON object {"articles": [{"text": "…", "outlet": "…"}, …]}');
    const records: PastedRecord[] = arts.map((r, i) => {
      if (!r || typeof r !== 'object') throw new HttpError(400, `articles[${i}]: not a JSON object`);
      const o = r as Record<string, unknown>;
      return { text: str(o.text), html: str(o.html), outlet: str(o.outlet), title: str(o.title), url: str(o.url), published: str(o.published), id: str(o.id) };
    });
    return { records, files: [], recordLabel };
  }
  if (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded')) {
    let form: FormData;
    try {
      form = await new Request('http://localhost/', { method: 'POST', headers: { 'content-type': rawType }, body: new Uint8Array(body) }).formData();
    } catch {
      throw new HttpError(400, 'could not read the form data');
    }
    const texts = form.getAll('text').map((v) => (typeof v === 'string' ? v : ''));
    const outlets = form.getAll('outlet').map((v) => (typeof v === 'string' ? v : ''));
    const titles = form.getAll('title').map((v) => (typeof v === 'string' ? v : ''));
    // Each pasted block sends text, outlet and title in that order, so index i pairs them.
    const records: PastedRecord[] = texts.map((text, i) => ({ text, outlet: outlets[i] ?? null, title: titles[i] ?? null }));
    const files: UploadedFile[] = [];
    for (const v of form.getAll('file')) {
      if (typeof v === 'string' || v.size === 0) continue;
      files.push({ name: v.name || 'upload', data: new Uint8Array(await v.arrayBuffer()) });
    }
    return { records, files, recordLabel };
  }
  throw new HttpError(415, 'send application/json, multipart/form-data or application/x-www-form-urlencoded');
}

export function createWebServer(opts: WebOptions): http.Server {
  const maxUpload = opts.maxUploadBytes ?? DEFAULT_MAX_UPLOAD;
  const cache = new Map<string, { dossier: Dossier; warnings: string[] }>();
  const cacheSize = opts.cacheSize ?? 32;
  let allowedHosts: Set<string> | null = null;

  const server = http.createServer((req, res) => {
    if (cachedListAnswer(req, res)) return;
    handle(req, res).catch((err: unknown) => {
      // A UserError is the request's fault (e.g. a malformed search query): 400 with its reason.
      const status = err instanceof HttpError ? err.status : err instanceof UserError ? 400 : 500;
      const message = err instanceof HttpError || err instanceof UserError ? err.message : `internal error: ${(err as Error)?.message ?? String(err)}`;
      if (status === 500) process.stderr.write(`parallax serve: ${terminalSafe(message)}\n`);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const extra: Record<string, string> = {};
      const allow = (err as { allow?: string }).allow;
      if (status === 405 && allow) extra.Allow = allow === 'GET' ? 'GET, HEAD' : allow;
      if (status === 401) extra['WWW-Authenticate'] = 'Bearer realm="parallax"';
      if (status === 413) {
        // Say so and close: the client may still be sending. Drain what is in flight (bounded)
        // so the browser reads our answer instead of a connection reset.
        extra.Connection = 'close';
        let drained = 0;
        req.on('data', (c: Buffer) => {
          drained += c.length;
          if (drained > 64 * maxUpload) req.destroy();
        });
        req.resume();
      }
      if (isApi(req)) sendJson(res, status, { error: message }, extra);
      else sendHtml(res, status, status === 413 && req.url?.startsWith('/analyze') ? analyzePage({ error: message, maxUploadBytes: maxUpload }) : errorPage(status, message), extra);
    });
  });

  server.on('listening', () => {
    const addr = server.address();
    if (addr && typeof addr === 'object' && isLoopback(addr.address)) {
      const p = addr.port;
      allowedHosts = new Set([`127.0.0.1:${p}`, `localhost:${p}`, `[::1]:${p}`]);
    } else allowedHosts = null;
  });

  const isApi = (req: http.IncomingMessage) => (req.url ?? '').startsWith('/api/');

  // The config's outlet attributes are added here, after the (worker's) build: the worker has no config.
  const build = (articles: Article[]): Promise<{ dossier: Dossier; warnings: string[] }> =>
    (opts.runDossier ? opts.runDossier(articles) : Promise.resolve().then(() => opts.buildDossier(articles)))
      .then((b) => ({ dossier: withOutletDirectory(b.dossier, opts.outletInfo), warnings: b.warnings }));
  const maxArticles = opts.maxAnalyzeArticles ?? MAX_ANALYZE_ARTICLES;
  const listCache = new Map<string, Buffer>();
  let listVersion: number | null = null;
  const rememberUrl = (url: string, bytes: Buffer): void => {
    if (listByUrl.size >= LIST_CACHE_SIZE) listByUrl.delete(listByUrl.keys().next().value as string);
    listByUrl.set(url, bytes);
  };
  // The database version, asked at most once per turn of the event loop. WHY: asking costs a
  // SQLite read (~20 µs, more than the rest of a cached answer), and every request answered in
  // one turn was received before the first of them asked, so the version read then is at least
  // as new as any of them may expect; setImmediate forgets it before the next turn's requests.
  let turnVersion: Promise<number> | undefined;
  let versionAsked = false;
  /** This turn's version once its answer came (undefined before, and after the turn). */
  let turnVersionValue: number | undefined;
  const dataVersion = (): Promise<number> | undefined => {
    if (!versionAsked) {
      const asked = opts.store?.dataVersion?.();
      turnVersion = asked;
      turnVersionValue = undefined;
      asked?.then(
        (v) => {
          if (turnVersion === asked && versionAsked) turnVersionValue = v;
        },
        () => {}, // the request that asked reports the failure
      );
      versionAsked = true;
      setImmediate(() => {
        versionAsked = false;
        turnVersionValue = undefined;
      });
    }
    return turnVersion;
  };

  // The cached stories lists again, by the request's exact URL. A GET whose URL was answered
  // from the cache of the version this turn already read is sent before any parsing (URL,
  // routing, the async handler: most of a cached answer's cost); the bytes are the ones the full
  // path would send. Anything else (another method, a server with sign-in, an unexpected Host,
  // the first request of a turn, a URL not seen under this version) takes the full path, which
  // fills this map.
  const listByUrl = new Map<string, Buffer>();
  function cachedListAnswer(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    if (req.method !== 'GET' || opts.auth || turnVersionValue === undefined || turnVersionValue !== listVersion) return false;
    const hit = listByUrl.get(req.url ?? '');
    if (!hit) return false;
    if (allowedHosts && !allowedHosts.has(String(req.headers.host ?? '').toLowerCase())) return false;
    sendBytes(res, hit);
    return true;
  }

  // Threads (follow-ups linked by rare shared names, docs/clustering.md) come from the clusterer's
  // saved state: restored once per database version (restoring costs seconds on a large corpus).
  let threadCache: { version: number | undefined; threads: Map<string, { id: string; stories: number }> } | null = null;
  async function withThreads(stories: StorySummary[]): Promise<StorySummary[]> {
    const store = opts.store;
    if (!store?.loadClusterState || stories.length === 0) return stories;
    const version = await store.dataVersion?.();
    let threads = threadCache && version !== undefined && threadCache.version === version ? threadCache.threads : null;
    if (!threads) {
      const state = await store.loadClusterState();
      const { threadsOfSnapshot } = await import('../cluster/index.js');
      threads = state ? threadsOfSnapshot(state.snapshot) : new Map<string, { id: string; stories: number }>();
      threadCache = { version, threads };
    }
    return stories.map((s) => (threads.has(s.id) ? { ...s, thread: threads.get(s.id)! } : s));
  }

  async function dossierFor(story: StorySummary): Promise<{ dossier: Dossier; warnings: string[] }> {
    const articles = await (opts.dossierArticles ? opts.dossierArticles(story.id) : opts.store!.storyArticles(story.id));
    const key = `${story.id}\u0000${articles.map((a) => a.id).join('\u0000')}`;
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    if (!articles.length) throw new HttpError(404, `story ${story.id} has no articles`);
    const built = await build(articles);
    cache.set(key, built);
    while (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
    return built;
  }

  const pending = new Map<string, Article[]>();
  const hold = (articles: Article[]): string | null => {
    if (!opts.save || !opts.store) return null;
    const token = randomUUID();
    pending.set(token, articles);
    while (pending.size > PENDING_SAVES) pending.delete(pending.keys().next().value as string);
    return token;
  };

  async function analyze(req: http.IncomingMessage, recordLabel: string) {
    const body = await readBody(req, maxUpload);
    const sub = await parseSubmission(req, body, recordLabel);
    const { articles, errors } = await articlesFromSubmission(sub);
    if (!articles.length) {
      const why = errors.length ? errors.map((x) => `${x.input}: ${x.reason}`).join('; ') : 'no article text was sent';
      throw Object.assign(new HttpError(400, `nothing to analyse: ${why}`), { sub });
    }
    if (articles.length > maxArticles) {
      throw new HttpError(413, `too many articles: ${articles.length} sent, one analysis compares at most ${maxArticles} (split them by story, or use parallax ingest and the stories pages)`);
    }
    const built = await build(articles);
    const warnings = [...errors.map((x) => `${x.input}: ${x.reason} (skipped)`), ...built.warnings];
    return { dossier: built.dossier, warnings, articles };
  }

  const redirect = (res: http.ServerResponse, location: string, cookie?: string) => {
    res.writeHead(303, { ...SECURITY_HEADERS, Location: location, 'Cache-Control': 'no-store', ...(cookie ? { 'Set-Cookie': cookie } : {}) });
    res.end();
  };

  /**
   * The login form, and the token check of every other request when the server requires one.
   * True when the request has been answered here.
   */
  async function authenticate(req: http.IncomingMessage, res: http.ServerResponse, url: URL, method: string): Promise<boolean> {
    const auth = opts.auth;
    if (url.pathname === '/login' || url.pathname === '/logout') {
      if (!auth) throw new HttpError(404, 'this server needs no sign-in: it answers on the loopback address only');
      if (url.pathname === '/logout') {
        if (method !== 'POST') throw Object.assign(new HttpError(405, `${method} is not allowed here (use POST)`), { allow: 'POST' });
        redirect(res, '/login', LOGOUT_COOKIE);
        return true;
      }
      if (method === 'GET' || method === 'HEAD') {
        sendHtml(res, 200, loginPage({ next: url.searchParams.get('next') ?? '/' }));
        return true;
      }
      if (method !== 'POST') throw Object.assign(new HttpError(405, `${method} is not allowed here (use POST)`), { allow: 'POST' });
      const form = new URLSearchParams((await readBody(req, 16 * 1024)).toString('utf8'));
      const token = (form.get('token') ?? '').trim();
      if (!token || !(await auth.verify(token))) {
        sendHtml(res, 401, loginPage({ error: 'This token is not valid: mistyped, or revoked.', next: form.get('next') ?? '/' }));
        return true;
      }
      redirect(res, localPath(form.get('next')), loginCookie(token));
      return true;
    }
    if (!auth || isPublicPath(url.pathname)) return false;
    const token = presentedToken(req);
    const who = token ? await auth.verify(token) : null;
    if (!who) {
      if (isApi(req)) throw new HttpError(401, 'authentication required: send Authorization: Bearer <token> (`parallax token create` makes one)');
      if (method === 'GET' || method === 'HEAD') {
        redirect(res, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
        return true;
      }
      throw new HttpError(401, 'sign in first: this server requires an API token');
    }
    const why = refusal(who, method);
    if (why) throw new HttpError(403, why);
    return false;
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const host = String(req.headers.host ?? '').toLowerCase();
    if (allowedHosts && !allowedHosts.has(host)) throw new HttpError(403, `unexpected Host header "${host}": this server answers only on the loopback address`);
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      throw new HttpError(400, 'malformed URL');
    }
    const method = req.method ?? 'GET';
    if (method === 'POST') {
      // Browsers say where a request comes from: Sec-Fetch-Site (modern ones) and Origin. Clients
      // that send neither (curl, scripts) are not browsers driven by a foreign page.
      const site = req.headers['sec-fetch-site'];
      const origin = req.headers.origin;
      if (site !== undefined && site !== 'same-origin' && site !== 'none') throw new HttpError(403, `cross-site request refused (Sec-Fetch-Site: ${site})`);
      if (origin !== undefined && origin !== `http://${host}`) throw new HttpError(403, `cross-origin request refused (Origin ${origin})`);
    }
    const parts = url.pathname.split('/').filter(Boolean);
    let params: string[];
    try {
      params = parts.map((p) => decodeURIComponent(p));
    } catch {
      throw new HttpError(400, 'malformed URL escape');
    }
    const route = (m: string, ...pattern: string[]): boolean => {
      if (parts.length !== pattern.length) return false;
      if (!pattern.every((p, i) => p === '*' || p === params[i])) return false;
      if (method !== m && !(m === 'GET' && method === 'HEAD')) {
        throw Object.assign(new HttpError(405, `${method} is not allowed here (use ${m})`), { allow: m });
      }
      return true;
    };
    if (await authenticate(req, res, url, method)) return;
    const store = opts.store;
    const page = Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1);

    // --- assets
    if (route('GET', 'assets', 'app.css')) return send(res, 200, 'text/css; charset=utf-8', CSS, { 'Cache-Control': 'max-age=300' });
    if (route('GET', 'assets', 'app.js')) return send(res, 200, 'text/javascript; charset=utf-8', APP_JS, { 'Cache-Control': 'max-age=300' });

    // Browsers ask for an icon on every page; answering "none" keeps the console (and logs) clean.
    if (route('GET', 'favicon.ico')) {
      res.writeHead(204, { ...SECURITY_HEADERS, 'Cache-Control': 'max-age=86400' });
      res.end();
      return;
    }

    // --- JSON API
    if (route('GET', 'api', 'stories')) {
      const limit = Math.min(500, Math.max(1, Number.parseInt(url.searchParams.get('limit') ?? String(PAGE_SIZE), 10) || PAGE_SIZE));
      const offset = Math.max(0, Number.parseInt(url.searchParams.get('offset') ?? '0', 10) || 0);
      const q = (url.searchParams.get('q') ?? '').trim();
      if (!store) return sendJson(res, 200, { version: FORMAT_VERSION, stories: [], database: null });
      // The same question of the same database version gets the same bytes: cached, so the list
      // costs a lookup, not a query and a serialisation (the key is the normalised parameters).
      const filter = corpusFilter(url);
      const version = await dataVersion();
      const key = [limit, offset, q, filter.since ?? '', filter.until ?? '', filter.outlet ?? ''].join('\u0000');
      const rawUrl = req.url ?? '';
      if (version !== undefined) {
        if (version !== listVersion) {
          listCache.clear();
          listByUrl.clear();
          listVersion = version;
        }
        const hit = listCache.get(key);
        if (hit) {
          rememberUrl(rawUrl, hit);
          return sendBytes(res, hit);
        }
      }
      const body: Record<string, unknown> = { version: FORMAT_VERSION, stories: await store.listStories({ limit, offset, ...filter }), limit, offset };
      if (q && store.search) body.results = await store.search(q, limit, filter);
      const bytes = Buffer.from(JSON.stringify(body, null, 2), 'utf8');
      // Kept only if the version did not move while the list was read.
      if (version !== undefined && version === listVersion) {
        if (listCache.size >= LIST_CACHE_SIZE) listCache.delete(listCache.keys().next().value as string);
        listCache.set(key, bytes);
        rememberUrl(rawUrl, bytes);
      }
      return sendBytes(res, bytes);
    }
    if (route('GET', 'api', 'stats')) {
      if (!store?.stats || !store.counts) throw new HttpError(404, 'no corpus database is open, so there is nothing to count');
      const filter = corpusFilter(url);
      return sendJson(res, 200, {
        version: FORMAT_VERSION,
        filter: { since: filter.since ?? null, until: filter.until ?? null, outlet: filter.outlet ?? null },
        ...(await store.stats(filter)),
        counts: await store.counts(filter),
      });
    }
    if (route('GET', 'api', 'stories', '*')) {
      const story = (await store?.getStory(params[2])) ?? null;
      if (!story) throw new HttpError(404, `no story with id "${params[2]}"`);
      const { dossier, warnings } = await dossierFor(story);
      return sendJson(res, 200, { version: FORMAT_VERSION, story, dossier, warnings });
    }
    if (route('GET', 'api', 'articles', '*')) {
      const a = (await store?.getArticle(params[2])) ?? null;
      if (!a) throw new HttpError(404, `no article with id "${params[2]}"`);
      return sendJson(res, 200, { version: FORMAT_VERSION, article: opts.annotate(a) });
    }
    if (route('POST', 'api', 'analyze')) {
      const { dossier, warnings } = await analyze(req, 'articles');
      return sendJson(res, 200, { version: FORMAT_VERSION, dossier, warnings });
    }
    if (parts[0] === 'api') throw new HttpError(404, `no API route ${method} ${url.pathname} (see docs/web.md)`);

    // --- pages
    const searchFor = async (q: string): Promise<{ results: StoriesPageData['results']; searchError: string | null }> => {
      if (!q || !store?.search) return { results: null, searchError: null };
      try {
        return { results: await store.search(q, 50), searchError: null };
      } catch (err) {
        if (err instanceof UserError) return { results: null, searchError: err.reason };
        throw err;
      }
    };
    if (route('GET')) {
      const q = (url.searchParams.get('q') ?? '').trim();
      const stories = store ? await store.listStories({ limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE }) : [];
      return sendHtml(res, 200, storiesPage({
        stories: await withThreads(stories.slice(0, PAGE_SIZE)), hasNext: stories.length > PAGE_SIZE, page, query: q,
        hasStore: !!store, dbLabel: opts.dbLabel ?? null,
        ...(await searchFor(q)),
      }));
    }
    if (route('GET', 'stories', '*')) {
      const story = (await store?.getStory(params[1])) ?? null;
      if (!story) throw new HttpError(404, `no story with id "${params[1]}"`);
      const { dossier, warnings } = await dossierFor(story);
      const saved = Number.parseInt(url.searchParams.get('saved') ?? '', 10);
      return sendHtml(res, 200, storyPage(story, dossier, warnings, { groupBy: url.searchParams.get('group'), saved: saved > 0 ? saved : null }));
    }
    if (route('GET', 'stories', '*', 'report.html')) {
      // The story as the self-contained report, to save or send: a download, so it is opened
      // from disk under its own CSP meta tag rather than inside this origin.
      const story = (await store?.getStory(params[1])) ?? null;
      if (!story) throw new HttpError(404, `no story with id "${params[1]}"`);
      const { dossier, warnings } = await dossierFor(story);
      const name = `parallax-story-${story.id.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 60)}.html`;
      return send(res, 200, 'text/html; charset=utf-8', renderHtmlReport(dossier, { title: story.headline, warnings }), {
        'Content-Disposition': `attachment; filename="${name}"`,
      });
    }
    if (route('GET', 'articles', '*')) {
      const a = (await store?.getArticle(params[1])) ?? null;
      if (!a) throw new HttpError(404, `no article with id "${params[1]}"`);
      const storyId = (await store?.storyOfArticle(a.id)) ?? null;
      return sendHtml(res, 200, articlePage(opts.annotate(a), storyId));
    }
    if (route('POST', 'analyze', 'save')) {
      // "Save to corpus": the held articles go into the store; the answer is their story's page.
      const form = new URLSearchParams((await readBody(req, 64 * 1024)).toString('utf8'));
      const token = form.get('token') ?? '';
      const articles = pending.get(token);
      if (!articles || !opts.save) throw new HttpError(410, 'this analysis is no longer held for saving (the app keeps the last few, and none across a restart): analyse the articles again and save at once');
      const placed = await opts.save(articles);
      pending.delete(token);
      // The story most of them joined (ties: the first article's): the permalink to open.
      const votes = new Map<string, number>();
      for (const p of placed) if (p.story) votes.set(p.story, (votes.get(p.story) ?? 0) + 1);
      const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
      if (!best) throw new HttpError(500, 'the articles were stored but belong to no story yet');
      res.writeHead(303, { ...SECURITY_HEADERS, Location: `/stories/${encodeURIComponent(best)}?saved=${placed.length}`, 'Content-Length': '0', 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    if (parts.length === 1 && params[0] === 'analyze') {
      if (method === 'GET' || method === 'HEAD') return sendHtml(res, 200, analyzePage({ maxUploadBytes: maxUpload }));
      if (method !== 'POST') throw new HttpError(405, `${method} is not allowed here`);
      try {
        const { dossier, warnings, articles } = await analyze(req, 'pasted article');
        const saveToken = hold(articles);
        const saveNote = saveToken ? null : opts.store ? null : 'To save results, start parallax serve with a corpus (parallax ingest … --db PATH makes one).';
        return sendHtml(res, 200, analysisResultPage(dossier, warnings, { saveToken, saveNote }));
      } catch (err) {
        if (!(err instanceof HttpError) || err.status !== 400) throw err;
        // Give the form back with what was pasted, so nothing typed is lost.
        const sub = (err as HttpError & { sub?: Submission }).sub;
        const records = (sub?.records ?? []).map((r) => ({ text: r.text ?? '', outlet: r.outlet ?? '', title: r.title ?? '' }));
        return sendHtml(res, 400, analyzePage({ error: err.message, maxUploadBytes: maxUpload, records }));
      }
    }
    throw new HttpError(404, `nothing at ${url.pathname}`);
  }

  return server;
}

export function isLoopback(address: string): boolean {
  return address === '127.0.0.1' || address === '::1' || address === 'localhost' || address.startsWith('127.') || address === '::ffff:127.0.0.1';
}

/** Start listening; resolves with the URL to open. */
export function listen(server: http.Server, port = DEFAULT_PORT, host = DEFAULT_HOST): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const addr = server.address();
      const p = addr && typeof addr === 'object' ? addr.port : port;
      const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
      resolve(`http://${shown}:${p}/`);
    });
  });
}
