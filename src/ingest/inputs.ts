/**
 * Input resolution: turns the command line's input specs (files, directories, `-`) into a stream
 * of raw records, each either text/Markdown or HTML plus whatever metadata the input carried
 * (JSON records). Owns format detection, directory walking (sorted, so runs are deterministic)
 * and JSON / JSON Lines parsing. A bad input yields an error item and the stream goes on; JSON
 * Lines files are streamed line by line so a corpus file of any size is never held whole.
 */
import { createReadStream, promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { UserError, oneLine } from '../core/errors.js';
import type { InputError } from '../core/schema.js';
import type { ExtractedPage } from './article.js';
import { decodeHtml, decodeText, MAX_INPUT_BYTES, mb } from './decode.js';

export type RawFormat = 'text' | 'html';

export interface RawMeta {
  id?: string | null;
  url?: string | null;
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
  authors?: string[] | null;
  language?: string | null;
}

export interface RawRecord {
  /** Label used in errors and as the article's `file`: a path, "-", or "path:line". */
  source: string;
  format: RawFormat;
  content: string;
  meta: RawMeta;
  /** For HTML: the page's extraction when the reader already made it (feeds.ts, fetched pages). */
  extracted?: ExtractedPage;
}

export type InputItem = { ok: true; record: RawRecord } | { ok: false; error: InputError };

type FileKind = 'text' | 'html' | 'json' | 'jsonl';

const EXT_KIND: Record<string, FileKind> = {
  '.txt': 'text', '.text': 'text', '.md': 'text', '.markdown': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.shtml': 'html',
  '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** The kind a path names by its extension (a trailing `.gz` is looked through), or null. */
export function kindFromName(p: string): FileKind | null {
  const base = p.toLowerCase().replace(/\.gz$/, '');
  return EXT_KIND[path.extname(base)] ?? null;
}

/** Guess the kind of unnamed content (stdin, extension-less files) from its first characters. */
export function sniffKind(content: string): FileKind {
  const head = content.slice(0, 2048).trimStart();
  if (/^(<!doctype html|<html|<head|<body|<meta|<article|<div|<p[\s>])/i.test(head)) return 'html';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    // The whole first line (a JSON Lines record may be far longer than the sniffed head).
    const nl = content.indexOf('\n');
    const firstLine = (nl < 0 ? content : content.slice(0, nl)).trim();
    // One complete object on the first line means JSON Lines; a multi-line object is JSON.
    try {
      JSON.parse(firstLine);
      return 'jsonl';
    } catch {
      return 'json';
    }
  }
  return 'text';
}

/**
 * Does this input error only say that the record or file holds no article text (an empty JSON
 * record, an empty file, a page whose text is all furniture)? WHY: a feed or a scraper's dump
 * routinely carries such records; skipping them is not a failure to read, so corpus ingest
 * counts them as skipped and still exits 0 (docs/cli.md, exit codes).
 */
export function isEmptyContent(e: InputError): boolean {
  return /^(?:record has no text \(empty|empty file|standard input is empty|no article text left after cleaning)/.test(e.reason);
}

function err(input: string, reason: string): InputItem {
  return { ok: false, error: { input, reason: oneLine(reason) } };
}

function asError(input: string, e: unknown): InputItem {
  if (e instanceof UserError) return err(e.input ?? input, e.reason);
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return err(input, 'no such file or directory');
  if (code === 'EACCES' || code === 'EPERM') return err(input, 'permission denied');
  if (code === 'EISDIR') return err(input, 'is a directory');
  return err(input, e instanceof Error ? e.message : String(e));
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** `"author": "Jane Doe"`, `"authors": ["A", "B"]` or `[{ "name": "A" }]` (JSON-LD style) → names. */
function authorList(v: unknown): string[] | null {
  const items = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  const names = items
    .map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' ? (a as Record<string, unknown>).name : null))
    .filter((a): a is string => typeof a === 'string' && a.trim() !== '')
    .map((a) => a.trim());
  return names.length ? names : null;
}

/** Validate one JSON record `{text | html, url?, title?, outlet?, published?, id?}`. */
export function recordFromJson(source: string, value: unknown): InputItem {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return err(source, 'record is not a JSON object');
  }
  const o = value as Record<string, unknown>;
  const meta: RawMeta = {
    id: typeof o.id === 'number' ? String(o.id) : str(o.id),
    url: str(o.url),
    title: str(o.title),
    outlet: str(o.outlet),
    published: str(o.published),
    authors: authorList(o.authors ?? o.author),
    language: str(o.language),
  };
  for (const k of ['text', 'html'] as const) {
    const v = o[k];
    if (v !== undefined && v !== null && typeof v !== 'string') return err(source, `"${k}" must be a string (got ${Array.isArray(v) ? 'an array' : typeof v})`);
  }
  const text = str(o.text);
  const html = str(o.html);
  if (text !== null) return { ok: true, record: { source, format: 'text', content: text, meta } };
  if (html !== null) return { ok: true, record: { source, format: 'html', content: html, meta } };
  if (typeof o.text === 'string' || typeof o.html === 'string') return err(source, 'record has no text (empty "text" / "html")');
  return err(source, 'record has neither "text" nor "html"');
}

/** JSON.parse's message with "position N" turned into a line and column a user can go to. */
export function jsonMessage(e: unknown, text: string): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg
    .replace(/\s*\(line \d+ column \d+\)$/, '')
    .replace(/at position (\d+)/, (_m, pos: string) => {
      const before = text.slice(0, Number(pos));
      const line = before.split('\n').length;
      const col = Number(pos) - before.lastIndexOf('\n');
      return `at line ${line} column ${col}`;
    });
}

function* fromJsonText(source: string, content: string): Generator<InputItem> {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (e) {
    yield err(source, `invalid JSON (${jsonMessage(e, content)})`);
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) yield err(source, 'JSON array holds no records');
    for (let i = 0; i < value.length; i++) yield recordFromJson(`${source}[${i}]`, value[i]);
  } else {
    yield recordFromJson(source, value);
  }
}

function* fromJsonLines(source: string, lines: Iterable<string>): Generator<InputItem> {
  let n = 0;
  let any = false;
  for (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    any = true;
    yield parseLine(source, n, line);
  }
  if (!any) yield err(source, 'empty file');
}

/** Stream a JSON Lines file without holding it whole; each line is capped at the input limit. */
async function* streamJsonLines(file: string): AsyncGenerator<InputItem> {
  const stat = await fs.stat(file);
  // A named pipe or a device reports size 0 whatever it holds: only a regular file is empty so.
  if (stat.isFile() && stat.size === 0) {
    yield err(file, 'empty file');
    return;
  }
  if (file.toLowerCase().endsWith('.gz')) {
    // Compressed JSON Lines: decode whole (bounded by the gunzip cap) and split.
    const content = decodeText(file, await fs.readFile(file));
    yield* fromJsonLines(file, content.split('\n'));
    return;
  }
  let n = 0;
  let any = false;
  for await (const bytes of byteLines(createReadStream(file))) {
    n++;
    if (bytes === null) {
      yield err(`${file}:${n}`, `line too long (more than ${mb(MAX_INPUT_BYTES)})`);
      continue;
    }
    let line: string;
    try {
      line = UTF8.decode(bytes);
    } catch {
      // The same bytes in a .txt file are refused: a record is not silently given U+FFFD.
      yield err(`${file}:${n}`, 'not valid UTF-8');
      any = true;
      continue;
    }
    if (line.trim() === '') continue;
    any = true;
    yield parseLine(file, n, line.endsWith('\r') ? line.slice(0, -1) : line);
  }
  if (!any) yield err(file, 'empty file');
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * The lines of a byte stream as byte arrays (without the newline), so each is decoded strictly
 * on its own; a line longer than the input limit is skipped and given as null.
 */
async function* byteLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Uint8Array | null> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl >= 0; nl = buf.indexOf(10, from)) {
      const piece = buf.subarray(from, nl);
      from = nl + 1;
      if (tooLong || size + piece.length > MAX_INPUT_BYTES) yield null;
      else yield parts.length === 0 ? piece : Buffer.concat([...parts, piece]);
      parts = [];
      size = 0;
      tooLong = false;
    }
    const rest = buf.subarray(from);
    if (rest.length === 0) continue;
    if (size + rest.length > MAX_INPUT_BYTES) {
      tooLong = true;
      parts = [];
      size = 0;
    } else if (!tooLong) {
      parts.push(rest);
      size += rest.length;
    }
  }
  if (tooLong) yield null;
  else if (size > 0) yield Buffer.concat(parts);
}

function parseLine(file: string, n: number, line: string): InputItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return err(`${file}:${n}`, `invalid JSON (${jsonMessage(e, line)})`);
  }
  return recordFromJson(`${file}:${n}`, value);
}

function* fromContent(source: string, kind: FileKind, content: string, raw: Uint8Array): Generator<InputItem> {
  switch (kind) {
    case 'json':
      yield* fromJsonText(source, content);
      return;
    case 'jsonl':
      yield* fromJsonLines(source, content.split('\n'));
      return;
    case 'html':
      yield { ok: true, record: { source, format: 'html', content: decodeHtml(source, raw), meta: {} } };
      return;
    case 'text':
      if (content.trim() === '') {
        yield err(source, 'empty file (only white space)');
        return;
      }
      yield { ok: true, record: { source, format: 'text', content, meta: {} } };
  }
}

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_INPUT_BYTES) throw new UserError('-', `standard input is larger than ${mb(MAX_INPUT_BYTES)}`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function* fromFile(file: string, named: FileKind | null): AsyncGenerator<InputItem> {
  const kind = named ?? kindFromName(file);
  if (kind === 'jsonl') {
    yield* streamJsonLines(file);
    return;
  }
  const stat = await fs.stat(file);
  if (stat.size > MAX_INPUT_BYTES) {
    yield err(file, `too large (${mb(stat.size)}; the limit is ${mb(MAX_INPUT_BYTES)})`);
    return;
  }
  const raw = await fs.readFile(file);
  if (kind === 'html') {
    yield* fromContent(file, 'html', '', raw);
    return;
  }
  const content = decodeText(file, raw);
  yield* fromContent(file, kind ?? sniffKind(content), content, raw);
}

const NOT_ARTICLES = /^(?:readme|expected|license|licence|changelog|contributing|notes)(?:\.[\w.]+)?$/i;

/**
 * Files below a directory that we know how to read (or that `accept` takes), sorted for
 * determinism; dot-files and the directory's own documentation skipped. Symbolic links are
 * followed (a link to a directory once: a loop is not walked twice). What cannot be read — a
 * subdirectory without permission, a broken link — goes to `onError` (one line per input, the
 * walk goes on); without `onError` the first such problem throws.
 */
export async function listDirectory(
  dir: string,
  accept: (file: string) => boolean = (p) => kindFromName(p) !== null,
  onError?: (input: string, e: unknown) => void,
): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const fail = (p: string, e: unknown): void => {
    if (!onError) throw e;
    onError(p, e);
  };
  const walk = async (d: string): Promise<void> => {
    let real: string;
    let entries: Dirent[];
    try {
      real = await fs.realpath(d);
      entries = await fs.readdir(d, { withFileTypes: true });
    } catch (e) {
      fail(d, e);
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      // Dot-files and a directory's own documentation (README, EXPECTED, LICENSE …) are not articles.
      if (e.name.startsWith('.') || NOT_ARTICLES.test(e.name)) continue;
      const p = path.join(d, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = await fs.stat(p);
          isDir = st.isDirectory();
          isFile = !isDir;
        } catch (err) {
          if (accept(p)) fail(p, (err as NodeJS.ErrnoException).code === 'ENOENT' ? new UserError(p, 'broken symbolic link') : err);
          continue;
        }
      }
      if (isDir) await walk(p);
      else if (isFile && accept(p)) out.push(p);
    }
  };
  await walk(dir);
  return out;
}

/**
 * Read every input spec in order. Never throws for a bad input: each problem is an error item
 * naming the input, and the remaining inputs are still read.
 */
export async function* readInputs(specs: string[]): AsyncGenerator<InputItem> {
  for (const spec of specs) {
    try {
      if (spec === '-') {
        const raw = await readStdin();
        if (raw.length === 0) {
          yield err('-', 'standard input is empty');
          continue;
        }
        const content = decodeText('-', raw);
        yield* fromContent('-', sniffKind(content), content, raw);
        continue;
      }
      const stat = await fs.stat(spec);
      if (stat.isDirectory()) {
        const problems: InputItem[] = [];
        const files = await listDirectory(spec, undefined, (p, e) => problems.push(asError(p, e)));
        yield* problems;
        if (files.length === 0 && problems.length === 0) yield err(spec, 'directory holds no readable files (.txt .md .html .json .jsonl)');
        for (const f of files) {
          try {
            yield* fromFile(f, null);
          } catch (e) {
            yield asError(f, e);
          }
        }
      } else {
        yield* fromFile(spec, null);
      }
    } catch (e) {
      yield asError(spec, e);
    }
  }
}
