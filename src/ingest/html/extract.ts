/**
 * HTML → article: the one entry point that `read`, `analyze`, corpus ingest and the `extract`
 * command use for web pages. One parse (tree.ts), then metadata (metadata.ts) and the body
 * (content.ts) from the same tree. Never throws on malformed markup: the parser is forgiving
 * and every walk is bounded, so bad pages give best-effort (possibly empty) text.
 */
import { articleText } from './content.js';
import { pageMetadata } from './metadata.js';
import { parseHtml } from './tree.js';

export interface ExtractedArticle {
  title: string | null;
  /** Paragraphs separated by "\n\n". */
  text: string;
  /** ISO 8601. */
  published: string | null;
  authors: string[];
  /** From page metadata only (og:site_name, JSON-LD publisher). */
  outlet: string | null;
  /** Canonical URL. */
  url: string | null;
  language: string | null;
}

export function extractArticle(html: string, opts: { url?: string | null } = {}): ExtractedArticle {
  const page = parseHtml(html);
  const meta = pageMetadata(page, opts.url ?? null);
  const text = articleText(page.root, meta.title);
  return {
    title: meta.title,
    text,
    published: meta.published,
    authors: meta.authors,
    outlet: meta.outlet,
    url: meta.url,
    language: meta.language,
  };
}
