/** `parallax schema [name]`: print the JSON Schema of an output format. */
import type { Command } from 'commander';
import { UserError } from '../../core/errors.js';
import { writeOutput } from '../options.js';

/** The outputs with a schema (the keys of SCHEMAS in core/json-schema.ts; the schema test checks they agree). */
export const SCHEMA_NAMES = ['read', 'dossier', 'extract', 'match', 'ingest', 'stories', 'search', 'cluster'];

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description(`print the JSON Schema of an output format (${SCHEMA_NAMES.join(', ')})`)
    .argument('[name]', 'which output', 'read')
    .option('-o, --out <file>', 'write to FILE')
    .action(async (name: string, opts: { out?: string }) => {
      // zod and the schemas are loaded only here, not at every start-up.
      const [{ z }, { SCHEMAS }] = await Promise.all([import('zod'), import('../../core/json-schema.js')]);
      const schema = SCHEMAS[name];
      if (!schema) throw new UserError(null, `unknown schema "${name}" (one of: ${Object.keys(SCHEMAS).join(', ')})`);
      await writeOutput(JSON.stringify(z.toJSONSchema(schema), null, 2), opts.out);
    });
}
