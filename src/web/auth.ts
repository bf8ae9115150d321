/**
 * Authentication of the team server (issue #14): when `parallax serve` binds to anything but
 * loopback, every request needs an API token (src/store/tokens.ts) — the JSON API as
 * `Authorization: Bearer <token>`, the pages through a login form that puts the token in a
 * cookie (HttpOnly: no script reads it; SameSite=Strict: no other site's page sends it). A
 * read-only token may only read (GET, HEAD): pasting articles for analysis, or any other write,
 * is refused. Owns the credential's extraction, the rules, and the login page; the server calls
 * `authorize` before routing.
 */
import type http from 'node:http';
import { escapeHtml as e } from '../render/escape.js';
import { page } from './pages.js';

/** Who a verified token belongs to (never the secret). */
export interface Principal {
  id: string;
  readOnly: boolean;
}

/** Checks a presented token; the server never sees the stored hashes. */
export interface Authenticator {
  verify(token: string): Promise<Principal | null>;
}

export const COOKIE = 'parallax_token';
/** A login lasts 30 days (the token itself lasts until it is revoked, which ends the login too). */
const COOKIE_MAX_AGE = 30 * 24 * 3600;

/** Paths open without a token: the login form and what it needs. */
const PUBLIC = new Set(['/login', '/logout', '/assets/app.css', '/assets/app.js', '/favicon.ico']);

export const isPublicPath = (pathname: string): boolean => PUBLIC.has(pathname);

/** The token a request presents: the bearer header first, else the login cookie. */
export function presentedToken(req: http.IncomingMessage): string | null {
  const h = req.headers.authorization;
  if (h !== undefined) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
    return m ? m[1] : null;
  }
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === COOKIE) return part.slice(eq + 1).trim() || null;
  }
  return null;
}

/** The login cookie for a verified token (no `Secure`: the server itself speaks plain HTTP; put TLS in front). */
export function loginCookie(token: string): string {
  return `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${COOKIE_MAX_AGE}`;
}

export const LOGOUT_COOKIE = `${COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`;

/** Only a path of this server may follow a login (no `//host` or scheme: no open redirect). */
export function localPath(next: string | null): string {
  return next && /^\/(?![/\\])[^\s]*$/.test(next) && !next.startsWith('/login') ? next : '/';
}

/** Why a principal may not make this request, or null when it may. */
export function refusal(principal: Principal, method: string): string | null {
  if (principal.readOnly && method !== 'GET' && method !== 'HEAD') {
    return 'this token is read-only: it cannot paste articles for analysis or ingest (ask for a read-write token)';
  }
  return null;
}

/** The login form (and, after a failed attempt, why). */
export function loginPage(p: { error?: string; next?: string }): string {
  const body = `<h1>Sign in</h1>
<p>This Parallax server is shared: sign in with an API token. Whoever runs it makes one with <code>parallax token create</code> (add <code>--read-only</code> for a token that can read but not paste articles).</p>
${p.error ? `<div class="error-box" role="alert"><p>${e(p.error)}</p></div>` : ''}
<form method="post" action="/login">
<input type="hidden" name="next" value="${e(localPath(p.next ?? null))}">
<label for="token">API token</label>
<input type="password" id="token" name="token" autocomplete="current-password" spellcheck="false" required>
<p class="form-actions"><button type="submit">Sign in</button></p>
</form>`;
  return page('Sign in', body, null);
}
