/** The `--db` option every corpus command shares, and how a command opens the store with it. */
import { InvalidArgumentError, type Command } from 'commander';
import type { SqliteStore } from '../../store/sqlite.js';

export function addDbOption(cmd: Command): Command {
  return cmd.option('--db <path>', 'corpus database (default: $PARALLAX_DB, else parallax.db in the user data directory)');
}

/** Open the corpus; read commands (`mustExist`) refuse to create an empty one by mistake. */
export async function openCorpus(db: string | undefined, mustExist: boolean): Promise<SqliteStore> {
  // SQLite is loaded by the commands that open a corpus, not at every start-up.
  const { openStore } = await import('../../store/store.js');
  return openStore(db, { mustExist });
}

/** A positive integer option value, or a usage error naming the flag. */
export function intOption(flag: string, min = 0): (v: string) => number {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${flag} must be an integer ≥ ${min}`);
    return n;
  };
}
