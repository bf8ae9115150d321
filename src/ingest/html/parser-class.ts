/**
 * htmlparser2's `Parser` class, loaded on the first HTML page rather than at start-up: importing
 * it costs tens of milliseconds that runs over text input should not pay. Only its parser module
 * is loaded (the tokenizer and entity decoding): the package's index also loads its DOM handler,
 * DomUtils and serialiser, ~50 ms more at start-up that parsing here never uses. The package's
 * `exports` map hides that file, so it is required by its path beside the index; should a later
 * version lay its files out otherwise, the index is loaded instead (same class).
 *
 * This module does nothing else because the build's bundle step (scripts/bundle.mjs) puts a
 * copy of it in the bundle that requires the same file of node_modules by its path, so that
 * esbuild bundles htmlparser2's parser and the bundle's V8 code cache covers it (issue #16: ~7 ms
 * of loading and compiling three packages' files on an input with one HTML page). Both load the
 * same CommonJS file of the same package.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Parser } from 'htmlparser2';

let ParserCtor: typeof Parser | null = null;

/** The `Parser` class of htmlparser2, loaded on the first call. */
export function parserClass(): typeof Parser {
  if (ParserCtor) return ParserCtor;
  const require = createRequire(import.meta.url);
  try {
    const own = (require(path.join(path.dirname(require.resolve('htmlparser2')), 'Parser.js')) as { Parser?: typeof Parser }).Parser;
    if (typeof own === 'function') ParserCtor = own;
  } catch {
    // Not this layout: the index below.
  }
  ParserCtor ??= (require('htmlparser2') as { Parser: typeof Parser }).Parser;
  return ParserCtor;
}
