/**
 * A story's records (../shared/bench/stories/*.jsonl lines) read as the product reads a user's
 * files: each written to a temporary JSON file and ingested (ingest/, metadata and cleaning
 * included), so that a bench sees the articles `parallax analyze` would. Shared by the benches
 * that print real dossiers' cards and entity errors.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Article } from '../src/core/schema.js';
import { ingestAll } from '../src/ingest/index.js';

/** One story record as the story sets give it. */
export interface StoryRec { id: string; story: string; title?: string; text: string; outlet?: string; published?: string }

/** The records' articles, ingested from temporary files (removed afterwards). */
export async function ingestRecords(recs: StoryRec[], prefix: string): Promise<Article[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  try {
    const files = recs.map((r) => {
      const f = path.join(dir, `${r.id.replace(/[^\w.-]/g, '_')}.json`);
      writeFileSync(f, JSON.stringify({ title: r.title, text: r.text, outlet: r.outlet, published: r.published }));
      return f;
    });
    return (await ingestAll(files)).articles;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
