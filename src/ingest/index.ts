/**
 * The ingest stage as one call: input specs → Articles plus per-input errors. Used by `read`,
 * `analyze` and corpus ingest alike, so every command accepts the same inputs.
 */
import { UserError } from '../core/errors.js';
import type { Article, InputError } from '../core/schema.js';
import { buildArticle, type IngestOptions } from './article.js';
import { readInputs } from './inputs.js';
import { withLanguage } from './language.js';

export interface IngestResult {
  articles: Article[];
  errors: InputError[];
}

export interface IngestAllOptions extends IngestOptions {
  /** Stop at the first failed input (throws a UserError naming it). */
  strict?: boolean;
  /** Called for each failed input as soon as it fails. */
  onError?: (e: InputError) => void;
}

export async function ingestAll(specs: string[], opts: IngestAllOptions = {}): Promise<IngestResult> {
  const articles: Article[] = [];
  const errors: InputError[] = [];
  const fail = (e: InputError): void => {
    // Under --strict the error ends the run and is printed once, by the CLI, from the UserError.
    if (opts.strict) throw new UserError(e.input, e.reason);
    errors.push(e);
    opts.onError?.(e);
  };
  for await (const item of readInputs(specs)) {
    if (!item.ok) {
      fail(item.error);
      continue;
    }
    try {
      const article = buildArticle(item.record, `a${articles.length + 1}`, opts);
      if (article.text.trim() === '') fail({ input: item.record.source, reason: 'no article text left after cleaning' });
      else articles.push(await withLanguage(article));
    } catch (e) {
      if (e instanceof UserError) fail({ input: e.input ?? item.record.source, reason: e.reason });
      else throw e;
    }
  }
  return { articles, errors };
}
