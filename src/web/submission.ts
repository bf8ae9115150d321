/**
 * What a user sends to the analyze page or `POST /api/analyze` → Articles, through exactly the
 * ingest path the CLI uses. Pasted texts become JSON records and dropped files keep their own
 * format; both are written to a private temporary directory and read back with `ingestAll`, so
 * format detection, charset decoding, gzip, JSON records, cleaning and the per-input error
 * messages are the same as for `parallax analyze` (no second, subtly different reader).
 * Error messages name the upload ("report.html", "articles[2]"), never the temporary path.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Article, InputError } from '../core/schema.js';
import { ingestAll } from '../ingest/index.js';

/** One pasted article or API record: `text` (plain) or `html`, with optional metadata. */
export interface PastedRecord {
  text?: string | null;
  html?: string | null;
  outlet?: string | null;
  title?: string | null;
  url?: string | null;
  published?: string | null;
  id?: string | null;
}

export interface UploadedFile {
  name: string;
  data: Uint8Array;
}

export interface Submission {
  records: PastedRecord[];
  files: UploadedFile[];
  /** How records are named in errors: "articles" for the API, "pasted article" for the form. */
  recordLabel?: string;
}

/** A file name safe to create in our temporary directory, keeping the extension that names its format. */
function safeName(name: string): string {
  const base = path.basename(name.replace(/\\/g, '/')).replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '');
  return base.slice(-120) || 'upload';
}

export async function articlesFromSubmission(sub: Submission): Promise<{ articles: Article[]; errors: InputError[] }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'parallax-upload-'));
  const names = new Map<string, string>();
  try {
    const specs: string[] = [];
    let n = 0;
    const slot = (label: string, file: string): string => {
      // The numeric prefix keeps the order the user gave (ingest reads directories sorted).
      const p = path.join(dir, `${String(++n).padStart(4, '0')}-${file}`);
      names.set(p, label);
      specs.push(p);
      return p;
    };
    const label = sub.recordLabel ?? 'articles';
    const records = sub.records.map((r, i) => ({ r, i })).filter(({ r }) => (r.text ?? '').trim() !== '' || (r.html ?? '').trim() !== '');
    for (const { r, i } of records) {
      const rec: Record<string, string> = {};
      for (const k of ['text', 'html', 'outlet', 'title', 'url', 'published', 'id'] as const) {
        const v = r[k];
        if (typeof v === 'string' && v.trim() !== '') rec[k] = v;
      }
      await writeFile(slot(`${label}[${i}]`, 'record.json'), JSON.stringify(rec), 'utf8');
    }
    for (const f of sub.files) {
      const p = slot(f.name, safeName(f.name));
      await writeFile(p, f.data);
    }
    if (specs.length === 0) return { articles: [], errors: [] };
    const { articles, errors } = await ingestAll(specs);
    const rename = (s: string | null): string | null => {
      if (s === null) return s;
      for (const [p, lbl] of names) if (s === p || s.startsWith(p)) return lbl + s.slice(p.length);
      return s.startsWith(dir) ? path.basename(s) : s;
    };
    return {
      articles: articles.map((a) => ({ ...a, file: rename(a.file) })),
      errors: errors.map((e) => ({ input: rename(e.input) ?? e.input, reason: e.reason })),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
