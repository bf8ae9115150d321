/** The `--db` option every corpus command shares, and how a command opens the store with it. */
import { InvalidArgumentError, type Command } from 'commander';
import type { CorpusFilter, CorpusStore } from '../../store/store.js';

export function addDbOption(cmd: Command): Command {
  return cmd.option('--db <path>', 'corpus database (default: $PARALLAX_DB, else parallax.db in the user data directory)');
}

/** Open the corpus; read commands (`mustExist`) refuse to create an empty one by mistake. */
export async function openCorpus(db: string | undefined, mustExist: boolean): Promise<CorpusStore> {
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

/** An ISO date prefix (YYYY, YYYY-MM or YYYY-MM-DD), or a usage error naming the flag. */
export function dateOption(flag: string): (v: string) => string {
  return (v: string) => {
    if (!/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(v)) throw new InvalidArgumentError(`${flag} must be a date: YYYY, YYYY-MM or YYYY-MM-DD`);
    return v;
  };
}

/** `--since`, `--until` and `--outlet`: which part of the corpus a read command covers. */
export function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--since <date>', 'only what was published on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)', dateOption('--since'))
    .option('--until <date>', 'only what was published on or before DATE (a month or year includes all of it)', dateOption('--until'))
    .option('--outlet <name>', 'only articles of this outlet (case does not matter)');
}

/** The filter the options above set (undated articles fall outside any date filter). */
export function filterOf(opts: { since?: string; until?: string; outlet?: string }): CorpusFilter {
  return { since: opts.since, until: opts.until, outlet: opts.outlet };
}
