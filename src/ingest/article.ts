/**
 * Raw record → Article: the one place an article's cleaned text is made. After this the text
 * never changes; every later layer points into it by offsets. Text and Markdown go straight to
 * cleaning; HTML first goes through an extractor (page → main text + page metadata), and the
 * extracted text then gets the same cleaning. Metadata precedence is in metadata.ts.
 */
import { UserError } from '../core/errors.js';
import type { Article } from '../core/schema.js';
import { cleanText } from './clean.js';
import { captionWithCredit, creditOnly } from './credits.js';
import { MAX_ARTICLE_CHARS } from './decode.js';
import { extractArticle } from './html/extract.js';
import { resolveMetadata, type PageMeta } from './metadata.js';
import { OutletTable } from './outlets.js';
import type { RawRecord } from './inputs.js';

/** What an HTML extractor returns (the contract of src/ingest/html/extract.ts). */
export interface ExtractedPage extends PageMeta {
  /** Main text, paragraphs separated by "\n\n". */
  text: string;
  /** Picture captions the extractor left out of the text; read for photo credits only. */
  captions?: string[];
}

export interface IngestOptions {
  /** Extra outlets keyed by domain, from the user's config file. */
  outlets?: Record<string, string>;
  /** HTML → main text and page metadata. Defaults to the main-content extractor (src/ingest/html/). */
  extractHtml?: (html: string, opts: { url?: string | null }) => ExtractedPage;
}

// Tables are built once per distinct config object, not once per article.
const tables = new WeakMap<object, OutletTable>();
const DEFAULT_TABLE = new OutletTable();
function outletTable(extra: Record<string, string> | undefined): OutletTable {
  if (!extra || Object.keys(extra).length === 0) return DEFAULT_TABLE;
  let t = tables.get(extra);
  if (!t) {
    t = new OutletTable(extra);
    tables.set(extra, t);
  }
  return t;
}

export function buildArticle(record: RawRecord, id: string, opts: IngestOptions = {}): Article {
  let body = record.content;
  let page: ExtractedPage | null = null;
  if (record.format === 'html') {
    // A reader that already extracted the page (a fetched page checked against its teaser) hands
    // the result on: the same extractor on the same page, not run twice.
    const extracted = record.extracted ?? (opts.extractHtml ?? extractArticle)(record.content, { url: record.meta.url ?? null });
    body = extracted.text;
    page = extracted;
  }
  if (body.length > MAX_ARTICLE_CHARS) {
    throw new UserError(record.source, `text too long for one article (${body.length} characters; the limit is ${MAX_ARTICLE_CHARS})`);
  }
  const cleaned = cleanText(body);
  if (page?.captions?.length) {
    // Captions are not story text, but on web pages they carry the photo credits.
    for (const c of page.captions) {
      const credit = captionWithCredit(c)?.credit ?? creditOnly(c);
      if (credit && !cleaned.facts.photoCredits.includes(credit)) cleaned.facts.photoCredits.push(credit);
    }
  }
  const meta = resolveMetadata(cleaned.facts, outletTable(opts.outlets), record.meta, page);
  // A record whose only text is its headline (a feed item, a headline archive) is an article of
  // one sentence, not an error: its headline becomes its text, flagged `headlineOnly` so that
  // later stages (the dossier, clustering) know there is no body.
  const headlineOnly = cleaned.text.trim() === '' && !!meta.title?.trim();
  return {
    id,
    file: record.source,
    outlet: meta.outlet,
    url: meta.url,
    title: meta.title,
    published: meta.published,
    authors: meta.authors,
    agencies: meta.agencies,
    photoCredits: meta.photoCredits,
    language: meta.language,
    text: headlineOnly ? meta.title!.trim() : cleaned.text,
    removed: cleaned.removed,
    ...(headlineOnly ? { headlineOnly: true } : {}),
  };
}
