/**
 * Access to ../shared (seeds and benchmark data) for tests and benchmarks. It exists on the
 * developers' machines and in CI, never on a user's: callers skip with a clear message when it
 * is absent. PARALLAX_SHARED overrides the location.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function sharedDir(): string | null {
  const candidates = [process.env.PARALLAX_SHARED, path.resolve('..', 'shared'), path.resolve('..', '..', 'shared')];
  for (const c of candidates) if (c && existsSync(path.join(c, 'seeds'))) return c;
  return null;
}

export const SKIP_NO_SHARED = '../shared is absent (seeds and benchmark data live there on developer and CI machines)';

/** Seed article paths, sorted; null when ../shared is absent. */
export function seedFiles(): string[] | null {
  const dir = sharedDir();
  if (!dir) return null;
  const seeds = path.join(dir, 'seeds');
  return readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(seeds, f));
}

/** A seed file whose text contains `needle` (seeds are identified by content, not by file name). */
export function seedContaining(needle: string): string | null {
  for (const f of seedFiles() ?? []) if (readFileSync(f, 'utf8').includes(needle)) return f;
  return null;
}
