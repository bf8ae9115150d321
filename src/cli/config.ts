/**
 * User configuration: a JSON file given with --config, else `parallax.config.json` in the
 * working directory if present. It extends the built-in outlet table, describes outlets
 * (country, kind, owner, any field of the user's own) so dossiers can group coverage by them,
 * and `fetchLinks: false` turns off `ingest`'s fetching of the pages feed items link to (as
 * `--no-fetch-links` does).
 *
 *     {"outlets": {
 *        "example.com": "Example News",
 *        "kestrel.example": {"name": "Kestrel News", "country": "Dalvenia", "kind": "broadcaster"},
 *        "The Halvar Courier": {"country": "Dalvenia", "owner": "Courier Group"}}}
 *
 * A key that is a domain names the outlet of that site; any other key is an outlet's name (for
 * articles whose outlet a record or the text names).
 */
import { promises as fs } from 'node:fs';
import { UserError } from '../core/errors.js';
import { OutletDirectory, isDomainKey, type OutletInfo } from '../ingest/outlets.js';

export interface Config {
  /** Domain → outlet name: extends the built-in outlet table. */
  outlets: Record<string, string>;
  /** What the config says about outlets (attributes), by name and domain. */
  outletInfo: OutletDirectory;
  fetchLinks?: boolean;
}

type Attr = string | number | boolean;

/** The attributes of a config entry: every field but `name`, as strings. */
function attributesOf(o: Record<string, Attr>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(o)) if (k !== 'name') out[k] = String(v).trim();
  return out;
}

/**
 * Check a parsed config by hand: a few fields do not justify loading a schema library on every
 * command's start-up. Returns the problems (empty when valid).
 */
function configProblems(json: unknown): string[] {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return ['(root) expected an object'];
  const o = json as Record<string, unknown>;
  const out: string[] = [];
  for (const k of Object.keys(o)) if (k !== 'outlets' && k !== 'fetchLinks') out.push(`(root) unrecognized key: "${k}"`);
  if (o.outlets !== undefined) {
    if (o.outlets === null || typeof o.outlets !== 'object' || Array.isArray(o.outlets)) out.push('outlets expected an object of domain → outlet name');
    else {
      for (const [d, n] of Object.entries(o.outlets)) {
        if (typeof n === 'string') continue;
        if (n === null || typeof n !== 'object' || Array.isArray(n)) {
          out.push(`outlets.${d} expected a name or an object {"name": …, "country": …}`);
          continue;
        }
        for (const [k, v] of Object.entries(n)) {
          if (!['string', 'number', 'boolean'].includes(typeof v)) out.push(`outlets.${d}.${k} expected a string`);
        }
        const name = (n as Record<string, unknown>).name;
        if (name !== undefined && (typeof name !== 'string' || !name.trim())) out.push(`outlets.${d}.name expected a non-empty string`);
        else if (name === undefined && isDomainKey(d)) out.push(`outlets.${d} needs a "name" (the key is a domain)`);
      }
    }
  }
  if (o.fetchLinks !== undefined && typeof o.fetchLinks !== 'boolean') out.push('fetchLinks expected a boolean');
  return out;
}

/** A parsed, valid config object → Config. */
export function configFrom(json: { outlets?: Record<string, string | Record<string, Attr>>; fetchLinks?: boolean }): Config {
  const names: Record<string, string> = {};
  const entries: Array<{ key: string; info: OutletInfo }> = [];
  for (const [key, v] of Object.entries(json.outlets ?? {})) {
    if (typeof v === 'string') {
      names[key] = v;
      continue;
    }
    const name = typeof v.name === 'string' ? v.name.trim() : key.trim();
    if (isDomainKey(key)) names[key] = name;
    entries.push({ key, info: { name, attributes: attributesOf(v) } });
  }
  const config: Config = { outlets: names, outletInfo: new OutletDirectory(entries) };
  if (json.fetchLinks !== undefined) config.fetchLinks = json.fetchLinks;
  return config;
}

export async function loadConfig(file?: string): Promise<Config> {
  const path = file ?? 'parallax.config.json';
  let raw: string;
  try {
    raw = await fs.readFile(path, 'utf8');
  } catch (e) {
    if (!file && (e as NodeJS.ErrnoException).code === 'ENOENT') return configFrom({});
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
  return configFrom(json as Parameters<typeof configFrom>[0]);
}
