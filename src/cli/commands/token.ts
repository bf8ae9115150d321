/**
 * `parallax token create|list|revoke`: the API tokens a team server (`parallax serve` bound to
 * anything but loopback) requires. Tokens live in the corpus database as hashes only
 * (src/store/tokens.ts); `create` prints the token once, on standard output, and nothing else
 * ever shows it.
 */
import type { Command } from 'commander';
import { UserError } from '../../core/errors.js';
import { terminalSafe } from '../../render/escape.js';
import { addDbOption, openCorpus } from './corpus-db.js';
import { warn, writeOutput } from '../options.js';

export function registerToken(program: Command): void {
  const token = program.command('token').description('API tokens for a team server: create, list, revoke (stored as hashes in the corpus database)');

  const create = token
    .command('create')
    .description('make a token and print it once (keep it: only its hash is stored)')
    .option('--read-only', 'the token may read but not paste articles for analysis or ingest')
    .option('--name <name>', 'who or what the token is for (shown by `token list`)');
  addDbOption(create);
  create.action(async (opts: { readOnly?: boolean; name?: string; db?: string }) => {
    const { createToken } = await import('../../store/tokens.js');
    const store = await openCorpus(opts.db, false);
    try {
      const { token: secret, record } = await createToken(store, { name: opts.name, readOnly: opts.readOnly });
      warn(`parallax: made ${record.readOnly ? 'read-only' : 'read-write'} token ${record.id}${record.name ? ` (${terminalSafe(record.name)})` : ''} in ${terminalSafe(store.file)}; it is shown this once:`);
      await writeOutput(`${secret}\n`, undefined);
    } finally {
      await store.close();
    }
  });

  const list = token
    .command('list')
    .description('list the tokens: id, access, name, creation time (never the secret)')
    .option('-f, --format <format>', 'text or json', 'text');
  addDbOption(list);
  list.action(async (opts: { format: string; db?: string }) => {
    if (opts.format !== 'text' && opts.format !== 'json') throw new UserError(null, `--format must be text or json (got "${opts.format}")`);
    const store = await openCorpus(opts.db, true);
    try {
      const tokens = (await store.listTokens()).map(({ id, name, readOnly, createdAt }) => ({ id, name, readOnly, createdAt }));
      const text =
        opts.format === 'json'
          ? `${JSON.stringify({ tokens }, null, 2)}\n`
          : tokens.length
            ? tokens.map((t) => `${t.id}  ${t.readOnly ? 'read-only ' : 'read-write'}  ${t.createdAt}  ${terminalSafe(t.name ?? '')}`.trimEnd()).join('\n') + '\n'
            : 'no tokens (make one with `parallax token create`)\n';
      await writeOutput(text, undefined);
    } finally {
      await store.close();
    }
  });

  const revoke = token.command('revoke').description('revoke a token by its id (as `token list` shows it); it stops working at once').argument('<id>', 'token id');
  addDbOption(revoke);
  revoke.action(async (id: string, opts: { db?: string }) => {
    const store = await openCorpus(opts.db, true);
    try {
      if (!(await store.revokeToken(id))) throw new UserError(null, `no token with id "${terminalSafe(id)}" (see \`parallax token list\`)`);
      warn(`parallax: revoked token ${id}`);
    } finally {
      await store.close();
    }
  });
}
