/**
 * The committed hand labels of the judged benches (bench/exclusives-labels.json,
 * bench/consensus-labels.json): one reader for both. A missing or unreadable file gives no labels,
 * and the bench then reports its items as unlabelled.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The `labels` array of a label file, relative to the working directory (the repo root under `npm run bench`). */
export function readLabels<T>(file: string): T[] {
  try {
    return (JSON.parse(readFileSync(path.resolve(file), 'utf8')) as { labels: T[] }).labels;
  } catch {
    return [];
  }
}
