/**
 * User configuration: a JSON file given with --config, else `parallax.config.json` in the
 * working directory if present. It extends the built-in outlet table, and `fetchLinks: false`
 * turns off `ingest`'s fetching of the pages feed items link to (as `--no-fetch-links` does).
 */
import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { UserError } from '../core/errors.js';

const Config = z.object({ outlets: z.record(z.string(), z.string()).default({}), fetchLinks: z.boolean().optional() }).strict();
export type Config = z.infer<typeof Config>;

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
  const parsed = Config.safeParse(json);
  if (!parsed.success) throw new UserError(path, `invalid config: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`);
  return parsed.data;
}
