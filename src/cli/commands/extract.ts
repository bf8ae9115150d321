/**
 * `parallax extract <file.html | file.html.gz | dir | - ...>`: the article of each saved web
 * page — body text with its paragraphs, headline, date, authors, outlet, canonical URL and
 * language — as JSON (`[{ file, title, text, published, authors, outlet, url, language }]`) or
 * as plain text. Directories are walked (sorted) for .html/.htm/.xhtml/.shtml, optionally .gz.
 * A page that cannot be read is one line on standard error; the others still run.
 */
import { promises as fs } from 'node:fs';
import type { Command } from 'commander';
import { EXIT, UserError, formatInputError, oneLine } from '../../core/errors.js';
import type { Extracted } from '../../core/schema.js';
import { addOutputOptions, warn, writeOutput, type Format } from '../options.js';

/** The page files an input spec names: itself, or the HTML files below a directory. */
async function expand(spec: string, onError: (input: string, e: unknown) => void): Promise<string[]> {
  if (spec === '-') return ['-'];
  const { kindFromName, listDirectory } = await import('../../ingest/inputs.js');
  const stat = await fs.stat(spec);
  if (!stat.isDirectory()) return [spec];
  let problems = 0;
  const files = (await listDirectory(spec, undefined, (p, e) => (problems++, onError(p, e)))).filter((f) => kindFromName(f) === 'html');
  if (files.length === 0 && problems === 0) throw new UserError(spec, 'directory holds no HTML files (.html .htm .xhtml .shtml, optionally .gz)');
  return files;
}

/** Read and extract one page; a problem with it is a UserError naming it. */
export async function extractFile(file: string): Promise<Extracted> {
  // Loaded on use, not at every start-up.
  const [{ MAX_INPUT_BYTES, decodeHtml, mb }, { extractArticle }, { readStdin }] = await Promise.all([
    import('../../ingest/decode.js'),
    import('../../ingest/html/extract.js'),
    import('../../ingest/inputs.js'),
  ]);
  let raw: Buffer;
  if (file === '-') {
    raw = await readStdin();
  } else {
    const stat = await fs.stat(file);
    if (stat.size > MAX_INPUT_BYTES) throw new UserError(file, `too large (${mb(stat.size)}; the limit is ${mb(MAX_INPUT_BYTES)})`);
    raw = await fs.readFile(file);
  }
  const html = decodeHtml(file, raw);
  // The published record: captions are read internally for photo credits, not part of it.
  const { captions: _captions, ...article } = extractArticle(html);
  // An empty body is a failed input (exit 1, one line), not an empty success: white space, a
  // JSON file, a page with no readable text.
  if (article.text.trim() === '') throw new UserError(file, 'no article text found (is it an HTML page with a readable body?)', EXIT.FAILURE);
  return { file, ...article };
}

function reason(e: unknown): string {
  if (e instanceof UserError) return e.reason;
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return e instanceof Error ? e.message : String(e);
}

export function renderExtracted(pages: Extracted[], format: Format): string {
  if (format === 'json') return JSON.stringify(pages, null, 2);
  if (pages.length === 1) return pages[0].text;
  // Several pages: each body under a header naming its file (as `head` does).
  return pages.map((p) => `==> ${oneLine(p.file)} <==\n\n${p.text}`).join('\n\n');
}

export function registerExtract(program: Command): void {
  const cmd = program
    .command('extract')
    .description('extract the article (body, headline, date, authors, outlet, URL, language) from saved web pages')
    .argument('<inputs...>', 'HTML files (.html, .html.gz), directories, or - for standard input');
  addOutputOptions(cmd, ['text', 'json'], 'text');
  cmd.action(async (inputs: string[], opts: { format: Format; out?: string }) => {
    const pages: Extracted[] = [];
    let failed = 0;
    for (const spec of inputs) {
      let files: string[];
      try {
        files = await expand(spec, (p, e) => {
          warn(formatInputError(p, reason(e)));
          failed++;
        });
      } catch (e) {
        warn(formatInputError(spec, reason(e)));
        failed++;
        continue;
      }
      for (const f of files) {
        try {
          pages.push(await extractFile(f));
        } catch (e) {
          warn(formatInputError(f, reason(e)));
          failed++;
        }
      }
    }
    if (pages.length === 0) throw new UserError(null, 'no page could be read', EXIT.USAGE);
    await writeOutput(renderExtracted(pages, opts.format), opts.out);
    process.exitCode = failed > 0 ? EXIT.FAILURE : EXIT.OK;
  });
}
