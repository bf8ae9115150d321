/**
 * Fetching over HTTP for ingest: the one place Parallax goes to the network. Feed URLs
 * (feeds.ts) and the pages that feed items link to (links.ts) both come through `fetchBytes`:
 * Node's global fetch, http(s) only, a time limit covering connect and download, a size cap
 * checked on the declared length and again while streaming, redirects followed (at most 20, the
 * limit of the fetch standard, after which fetch fails), a User-Agent naming Parallax, and every
 * failure turned into a UserError naming the URL with a reason a user can act on.
 */
import { UserError, oneLine } from '../core/errors.js';
import { mb } from './decode.js';

export const FETCH_TIMEOUT_MS = 20_000;
/** Largest download we accept, feed or page (a news page is well under 2 MB; a big feed a few MB). */
export const MAX_FETCH_BYTES = 16 * 1024 * 1024;
/** Sites see who is asking; a named agent is the polite (and often the only accepted) way. */
export const USER_AGENT = 'Parallax/0.1 (news report comparison; feed reader)';

export interface FetchOptions {
  /** Give up on a URL after this long (connect + download). */
  timeoutMs?: number;
  /** Refuse downloads larger than this. */
  maxBytes?: number;
}

export interface FetchedBytes {
  body: Buffer;
  /** The final URL, after redirects. */
  url: string;
  /** The Content-Type header, lower-cased, or null. */
  contentType: string | null;
  /** 200, or 304 when a conditional request (`FetchRequest.validators`) found nothing new (empty body). */
  status: number;
  /** The response's validators, for the next conditional request. */
  etag: string | null;
  lastModified: string | null;
}

/** What a conditional GET sends back: the ETag and Last-Modified of the copy we already have. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchRequest {
  /** The Accept header. */
  accept: string;
  /** What is fetched, for "… too large" ("feed", "page"). */
  what: string;
  /** Ends the request early (the caller gave up, e.g. on Ctrl-C). */
  signal?: AbortSignal;
  /** Make it a conditional GET (If-None-Match / If-Modified-Since): a 304 answer is no error. */
  validators?: Validators;
}

/** Error codes that mean the host (or the network) cannot be reached at all, not a bad answer. */
const CONNECT_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'ECONNRESET', 'UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT']);
/** Of those, the ones an offline machine gives for every host. */
const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'ENETDOWN']);

/** The code of a request that got no answer within the time limit. */
const TIMEOUT = 'TIMEOUT';

/** A fetch failure as a UserError that also says whether it was a connection-level failure. */
export class FetchError extends UserError {
  constructor(
    url: string,
    reason: string,
    /** The system error code of a connection failure (ECONNREFUSED, ENOTFOUND …), TIMEOUT, else null. */
    readonly code: string | null = null,
  ) {
    super(url, reason);
  }

  /** The host could not be reached (DNS, refused, unreachable) or did not answer in time. */
  get hostDown(): boolean {
    return this.code !== null && (CONNECT_CODES.has(this.code) || this.code === TIMEOUT);
  }

  /** The failure an offline machine gives for any host. */
  get offline(): boolean {
    return this.code !== null && OFFLINE_CODES.has(this.code);
  }
}

/** Why a fetch failed, in words a user can act on (undici puts the system error in `cause`). */
function networkReason(e: unknown, u: URL, timeoutMs: number): { reason: string; code: string | null } {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError') return { reason: `no answer within ${timeoutMs / 1000} s`, code: TIMEOUT };
  if (err?.name === 'AbortError') return { reason: 'cancelled', code: null };
  const code = err?.cause?.code ?? (err as NodeJS.ErrnoException)?.code ?? null;
  const host = u.hostname;
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return { reason: `cannot resolve host ${host} (is this machine offline?)`, code };
    case 'ECONNREFUSED':
      return { reason: `cannot reach ${u.host} (connection refused)`, code };
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
    case 'ENETDOWN':
      return { reason: `cannot reach ${u.host} (network unreachable: is this machine offline?)`, code };
    case 'ECONNRESET':
      return { reason: `connection to ${u.host} was reset`, code };
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'ETIMEDOUT':
      return { reason: `cannot reach ${u.host} (connection timed out: is this machine offline?)`, code };
    default:
      return { reason: `cannot fetch (${oneLine(code ?? err?.cause?.message ?? err?.message ?? String(e))})`, code: null };
  }
}

/** Parse `url` as an http(s) URL, or throw a FetchError naming it. */
export function httpUrl(url: string, kind: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new FetchError(url, 'not a valid URL');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new FetchError(url, `only http:// and https:// ${kind} URLs can be fetched`);
  return u;
}

/** GET `url`: time-limited, size-capped, redirects followed. Failures are FetchErrors naming `url`. */
export async function fetchBytes(u: URL, req: FetchRequest, opts: FetchOptions = {}): Promise<FetchedBytes> {
  const url = u.href;
  const timeoutMs = opts.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? MAX_FETCH_BYTES;
  // The timeout also aborts the body stream, so a server that trickles bytes cannot hold us.
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = req.signal ? AbortSignal.any([timeout, req.signal]) : timeout;
  try {
    const headers: Record<string, string> = { accept: req.accept, 'user-agent': USER_AGENT };
    if (req.validators?.etag) headers['if-none-match'] = req.validators.etag;
    if (req.validators?.lastModified) headers['if-modified-since'] = req.validators.lastModified;
    const res = await fetch(u, { signal, redirect: 'follow', headers });
    const etag = res.headers.get('etag');
    const lastModified = res.headers.get('last-modified');
    if (res.status === 304 && req.validators) {
      await res.body?.cancel().catch(() => undefined);
      return { body: Buffer.alloc(0), url: res.url || url, contentType: null, status: 304, etag: etag ?? req.validators.etag ?? null, lastModified: lastModified ?? req.validators.lastModified ?? null };
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new FetchError(url, `HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`);
    }
    const declared = Number(res.headers.get('content-length'));
    if (declared > maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      throw new FetchError(url, `${req.what} too large (${mb(declared)}; the limit is ${mb(maxBytes)})`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (res.body) {
      const reader = res.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.length;
        if (size > maxBytes) {
          await reader.cancel().catch(() => undefined);
          throw new FetchError(url, `${req.what} too large (more than ${mb(maxBytes)})`);
        }
        chunks.push(value);
      }
    }
    if (size === 0) throw new FetchError(url, 'empty response');
    return { body: Buffer.concat(chunks), url: res.url || url, contentType: res.headers.get('content-type')?.toLowerCase() ?? null, status: res.status, etag, lastModified };
  } catch (e) {
    if (e instanceof UserError) throw e;
    // Which signal fired decides the words: our time limit, or the caller giving up.
    const cause = timeout.aborted ? Object.assign(new Error('timeout'), { name: 'TimeoutError' }) : e;
    const { reason, code } = networkReason(cause, u, timeoutMs);
    throw new FetchError(url, reason, code);
  }
}

/** The charset a Content-Type header names (`text/html; charset=ISO-8859-1` → `iso-8859-1`), or null. */
export function headerCharset(contentType: string | null): string | null {
  const m = contentType ? /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType) : null;
  return m ? m[1].toLowerCase() : null;
}
