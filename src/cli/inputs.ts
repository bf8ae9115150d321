/**
 * What every command that reads articles shares: the `<inputs...>` argument with `--config`,
 * the output and `--strict` options, and reading the inputs (each failed input reported on one
 * line as it fails; no article at all is a usage error).
 */
import type { Command } from 'commander';
import { EXIT, UserError, formatInputError } from '../core/errors.js';
import type { Article, InputError } from '../core/schema.js';
import { loadConfig, type Config } from './config.js';
import { addOutputOptions, addStrictOption, warn, type Format } from './options.js';

export interface InputCommandOptions {
  format: Format;
  out?: string;
  strict?: boolean;
  config?: string;
}

export const CONFIG_HELP = 'config file (JSON) naming and describing outlets: {"outlets": {"example.com": "Example News", "Kestrel News": {"country": "…", "kind": "…", "owner": "…"}}}';

/** A subcommand taking article inputs, with --config, --format, --out and --strict. */
export function inputCommand(program: Command, name: string, description: string, formats?: Format[]): Command {
  const cmd = program
    .command(name)
    .description(description)
    .argument('<inputs...>', 'text/Markdown, HTML, JSON or JSON Lines files, directories, or - for standard input')
    .option('--config <file>', CONFIG_HELP);
  addOutputOptions(cmd, formats);
  addStrictOption(cmd);
  return cmd;
}

/** Ingest the inputs; throws a UserError when none could be read. */
export async function readArticles(inputs: string[], opts: InputCommandOptions): Promise<{ articles: Article[]; errors: InputError[]; config: Config }> {
  const config = await loadConfig(opts.config);
  const { ingestAll } = await import('../ingest/index.js');
  const { articles, errors } = await ingestAll(inputs, {
    strict: opts.strict,
    outlets: config.outlets,
    onError: (e) => warn(formatInputError(e.input, e.reason)),
  });
  if (articles.length === 0) throw new UserError(null, 'no article could be read', EXIT.USAGE);
  return { articles, errors, config };
}
