/**
 * User configuration: a JSON file given with --config, else `parallax.config.json` in the
 * working directory if present. It extends the built-in outlet table, and `fetchLinks: false`
 * turns off `ingest`'s fetching of the pages feed items link to (as `--no-fetch-links` does).
 */
import { promises as fs } from 'node:fs';
import { UserError } from '../core/errors.js';

/** `{"outlets": {"domain": "Name"}, "fetchLinks": boolean}`, nothing else. */
export interface Config {
  outlets: Record<string, string>;
  fetchLinks?: boolean;
}

/**
 * Check a parsed config by hand: two fields do not justify loading a schema library on every
 * command's start-up. Returns the problems (empty when valid).
 */
function configProblems(json: unknown): string[] {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return ['(root) expected an object'];
  const o = json as Record<string, unknown>;
  const out: string[] = [];
  for (const k of Object.keys(o)) if (k !== 'outlets' && k !== 'fetchLinks') out.push(`(root) unrecognized key: "${k}"`);
  if (o.outlets !== undefined) {
    if (o.outlets === null || typeof o.outlets !== 'object' || Array.isArray(o.outlets)) out.push('outlets expected an object of domain → outlet name');
    else for (const [d, n] of Object.entries(o.outlets)) if (typeof n !== 'string') out.push(`outlets.${d} expected a string`);
  }
  if (o.fetchLinks !== undefined && typeof o.fetchLinks !== 'boolean') out.push('fetchLinks expected a boolean');
  return out;
}

export async function loadConfig(file?: string): Promise<Config> {
  const path = file ?? 'parallax.config.json';
  let raw: string;
  try {
    raw = await fs.readFile(path, 'utf8');
  } catch (e) {
    if (!file && (e as NodeJS.ErrnoException).code === 'ENOENT') return { outlets: {} };
    throw new UserError(path, 'cannot read config file');
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new UserError(path, `config is not valid JSON (${(e as Error).message})`);
  }
  const problems = configProblems(json);
  if (problems.length) throw new UserError(path, `invalid config: ${problems.join('; ')}`);
  const o = json as { outlets?: Record<string, string>; fetchLinks?: boolean };
  return o.fetchLinks === undefined ? { outlets: o.outlets ?? {} } : { outlets: o.outlets ?? {}, fetchLinks: o.fetchLinks };
}
