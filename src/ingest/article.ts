/**
 * Raw record → Article: the one place an article's cleaned text is made. After this the text
 * never changes; every later layer points into it by offsets.
 * (First version: text passes through untouched; cleaning and metadata come next.)
 */
import type { Article } from '../core/schema.js';
import type { RawRecord } from './inputs.js';

export interface IngestOptions {
  /** Extra outlets keyed by domain, from the user's config file. */
  outlets?: Record<string, string>;
}

export function buildArticle(record: RawRecord, id: string, _opts: IngestOptions = {}): Article {
  const text = record.content.replace(/\r\n?/g, '\n').trim();
  return {
    id,
    file: record.source,
    outlet: record.meta.outlet ?? null,
    url: record.meta.url ?? null,
    title: record.meta.title ?? null,
    published: record.meta.published ?? null,
    authors: [],
    agencies: [],
    photoCredits: [],
    language: null,
    text,
    removed: [],
  };
}
