/** `parallax schema [name]`: print the JSON Schema of an output format. */
import type { Command } from 'commander';
import { z } from 'zod';
import { UserError } from '../../core/errors.js';
import { SCHEMAS } from '../../core/json-schema.js';
import { writeOutput } from '../options.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description(`print the JSON Schema of an output format (${Object.keys(SCHEMAS).join(', ')})`)
    .argument('[name]', 'which output', 'read')
    .option('-o, --out <file>', 'write to FILE')
    .action(async (name: string, opts: { out?: string }) => {
      const schema = SCHEMAS[name];
      if (!schema) throw new UserError(null, `unknown schema "${name}" (one of: ${Object.keys(SCHEMAS).join(', ')})`);
      await writeOutput(JSON.stringify(z.toJSONSchema(schema), null, 2), opts.out);
    });
}
