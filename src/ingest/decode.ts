/**
 * Bytes to text, safely. Owns the checks every input passes before anything parses it: empty,
 * too large, gzip (by magic number, not by name), binary, byte-order marks and character sets.
 * Plain text must be UTF-8 (or UTF-16 with a BOM): a scraped article in another encoding is
 * refused with the byte offset of the first bad sequence rather than silently mangled. HTML may
 * declare its charset, so `decodeHtml` honours `<meta charset>` and falls back to Windows-1252,
 * the de-facto default of the web, when bytes are not valid UTF-8.
 */
import { gunzipSync } from 'node:zlib';
import { UserError } from '../core/errors.js';

/** Largest input we read whole (a news article is a few KB; a saved page rarely over 5 MB). */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;
/** Largest text we annotate as one article: past this it is not an article but a dump. */
export const MAX_ARTICLE_CHARS = 2 * 1024 * 1024;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function isGzip(buf: Uint8Array): boolean {
  return buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b;
}

/** Decompress gzip with a cap on the output so a zip bomb cannot exhaust memory. */
export function gunzipBounded(input: string, buf: Uint8Array, maxBytes = MAX_INPUT_BYTES): Buffer {
  try {
    return gunzipSync(buf, { maxOutputLength: maxBytes });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || /too large|maxOutputLength/i.test(String(e))) {
      throw new UserError(input, `decompresses to more than ${mb(maxBytes)}`);
    }
    throw new UserError(input, 'not a valid gzip file');
  }
}

export function mb(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/**
 * A file is binary when its first 8 KB hold a NUL byte (text never does) or more than 10% C0
 * control characters other than tab, newline, carriage return and form feed.
 */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) ctrl++;
  }
  return n > 0 && ctrl / n > 0.1;
}

function utf16Bom(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 saved without a byte-order mark (some Windows tools do this): text in Latin script then
 * has a zero byte in every other position. Recognised so it is decoded instead of being refused
 * as binary; the pattern is unmistakable (binary data does not alternate zeros so regularly).
 */
function utf16WithoutBom(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 8) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) zeroEven++;
    if (buf[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  // A clear majority, not all: non-Latin characters have no zero byte, binary data alternates no zeros.
  if (zeroOdd > 0.7 * pairs && zeroEven < 0.05 * pairs) return 'utf-16le';
  if (zeroEven > 0.7 * pairs && zeroOdd < 0.05 * pairs) return 'utf-16be';
  return null;
}

function firstInvalidUtf8(buf: Uint8Array): number {
  // Binary search is wrong for UTF-8; a linear scan of lead/continuation bytes is exact and cheap.
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= buf.length || (buf[i + k] & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Common checks; returns the bytes to decode (gunzipped if needed). */
function prepare(input: string, raw: Uint8Array): Uint8Array {
  if (raw.length === 0) throw new UserError(input, 'empty file');
  if (raw.length > MAX_INPUT_BYTES) throw new UserError(input, `too large (${mb(raw.length)}; the limit is ${mb(MAX_INPUT_BYTES)})`);
  let buf = raw;
  if (isGzip(buf)) buf = gunzipBounded(input, buf);
  if (buf.length === 0) throw new UserError(input, 'empty file');
  if (!utf16Bom(buf) && !utf16WithoutBom(buf) && looksBinary(buf)) throw new UserError(input, 'binary file, not text');
  return buf;
}

/** Decode a text, Markdown or JSON input: UTF-8 (BOM stripped) or UTF-16 with a BOM. */
export function decodeText(input: string, raw: Uint8Array): string {
  const buf = prepare(input, raw);
  const bom = utf16Bom(buf);
  if (bom) return new TextDecoder(bom).decode(buf.subarray(2));
  const bomless = utf16WithoutBom(buf);
  if (bomless) return new TextDecoder(bomless).decode(buf);
  try {
    return stripBom(UTF8.decode(buf));
  } catch {
    const at = firstInvalidUtf8(buf);
    throw new UserError(input, `not UTF-8 text (invalid byte 0x${buf[at]?.toString(16).padStart(2, '0')} at offset ${at})`);
  }
}

/**
 * Decode an HTML page. Order (after the common checks): a byte-order mark; then UTF-16 without
 * a BOM (recognised by its zero bytes); then the charset the page declares — unless it names a
 * legacy single-byte set while the bytes are valid UTF-8 with multi-byte sequences (a page
 * re-saved as UTF-8 that kept its old declaration: legacy text is practically never valid
 * UTF-8 by chance; a fetched page's HTTP charset, when given, is that declaration); then UTF-8;
 * then Windows-1252, the de-facto default of the web. A file named `.gz` that is not gzip data
 * is refused rather than parsed as markup.
 */
export function decodeHtml(input: string, raw: Uint8Array, transportCharset: string | null = null): string {
  if (/\.gz$/i.test(input) && raw.length > 0 && !isGzip(raw)) throw new UserError(input, 'named .gz but not gzip data');
  const buf = prepare(input, raw);
  const bom = utf16Bom(buf);
  if (bom) return new TextDecoder(bom).decode(buf.subarray(2));
  const bare = utf16WithoutBom(buf);
  if (bare) return new TextDecoder(bare).decode(buf);
  // The HTTP Content-Type charset of a fetched page outranks the page's own declaration (as in browsers).
  const declared = transportCharset ?? sniffCharset(buf);
  let utf8: string | null = null;
  try {
    utf8 = stripBom(UTF8.decode(buf));
  } catch {
    utf8 = null;
  }
  // A page that declares UTF-16 yet reached here has no zero bytes: browsers read it as UTF-8.
  if (declared && !/^(utf-?8|unicode-1-1-utf-8|utf-?16(le|be)?)$/i.test(declared)) {
    const multiByteUtf8 = utf8 !== null && /[^\u0000-\u007f]/.test(utf8);
    if (!multiByteUtf8) {
      try {
        return decodeLegacy(declared, buf);
      } catch {
        /* unknown label: fall through to UTF-8 / Windows-1252 */
      }
    }
  }
  return utf8 ?? decodeWindows1252(buf);
}

/** Decode with a WHATWG label; throws on an unknown one. */
function decodeLegacy(label: string, buf: Uint8Array): string {
  const dec = new TextDecoder(label);
  return dec.encoding === 'windows-1252' ? decodeWindows1252(buf) : dec.decode(buf);
}

/**
 * Windows-1252 (also what the web means by "iso-8859-1" and "us-ascii"). Node's TextDecoder
 * decodes it as Latin-1, leaving 0x80–0x9F as C1 control characters instead of the curly
 * quotes, dashes and € that pages actually mean, so those 32 bytes are mapped here.
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(buf: Uint8Array): string {
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/**
 * The charset an HTML page declares in its first 4 KB: `<meta charset>`, the http-equiv form
 * (`content="text/html; charset=…"`) or an XML declaration's `encoding`. Lower-cased label, or null.
 */
export function sniffCharset(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.subarray(0, 4096)).toString('latin1');
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta) return meta[1].toLowerCase();
  const xml = /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return xml ? xml[1].toLowerCase() : null;
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
