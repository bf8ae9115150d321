/**
 * API tokens of the team server (issue #14): making one, checking one, and the rules of their
 * form. Owns the token format and hashing; the table lives behind `TokenStore` (store.ts), so the
 * same code serves every backend.
 *
 * A token is `plx_<id>_<secret>`: `id` (8 random bytes, hex) is public — `parallax token list`
 * shows it and `revoke` takes it — and `secret` is 32 random bytes (base64url). Only the SHA-256
 * of the whole token is stored. WHY a plain hash and not a slow password hash: the secret is 256
 * random bits, so no dictionary or brute force applies, and a fast hash keeps a check per
 * request cheap. A token is shown once, when it is made; nothing else ever prints or logs it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { UserError } from '../core/errors.js';
import type { StoredToken, TokenStore } from './store.js';

const FORM = /^plx_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

/** Hex SHA-256 of a token, as stored. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Make a token, store its hash, and return the token (the only time it exists in clear). */
export async function createToken(store: TokenStore, opts: { name?: string | null; readOnly?: boolean } = {}): Promise<{ token: string; record: StoredToken }> {
  const name = opts.name?.trim() || null;
  if (name !== null && (name.length > 100 || /[\u0000-\u001f\u007f-\u009f]/.test(name))) {
    throw new UserError(null, 'a token name is at most 100 characters, without control characters');
  }
  const id = randomBytes(8).toString('hex');
  const token = `plx_${id}_${randomBytes(32).toString('base64url')}`;
  const record: StoredToken = { id, hash: tokenHash(token), name, readOnly: !!opts.readOnly, createdAt: new Date().toISOString() };
  await store.addToken(record);
  return { token, record };
}

/** The stored token a presented one matches, or null (malformed, unknown or revoked). */
export async function verifyToken(store: TokenStore, presented: string): Promise<StoredToken | null> {
  if (!FORM.test(presented)) return null;
  const found = await store.tokenByHash(tokenHash(presented));
  // The lookup is by hash, so a hit is the token; the id check only guards against a store
  // that returned another row.
  return found && presented.startsWith(`plx_${found.id}_`) ? found : null;
}
