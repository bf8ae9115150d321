/**
 * A small HTML → text extractor so HTML input works on its own: the text of block elements
 * (paragraphs, headings, list items, captions) outside page chrome (nav, header, footer, aside,
 * forms, scripts), plus the page's own metadata (canonical URL, og:site_name, published time,
 * author, language, headline). The full extractor (src/ingest/html/extract.ts, scored main-content
 * detection) replaces it via IngestOptions.extractHtml; both feed the same text cleaning.
 */
import { createRequire } from 'node:module';
import type * as Htmlparser2 from 'htmlparser2';
import type { ExtractedPage } from './article.js';

// Loaded on first HTML input only: importing htmlparser2 costs ~100 ms, which text-only runs
// should not pay.
let parserModule: typeof Htmlparser2 | null = null;
function htmlparser2(): typeof Htmlparser2 {
  parserModule ??= createRequire(import.meta.url)('htmlparser2') as typeof Htmlparser2;
  return parserModule;
}

/** Elements whose content is never article text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'iframe', 'select', 'head']);
/** Elements that end a paragraph. */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'figure', 'figcaption', 'blockquote', 'br', 'tr', 'table', 'dd', 'dt', 'pre', 'hr', 'time']);
/** Class/id words of page chrome inside the body (cookie banners, comments, newsletter boxes). */
const CHROME = /\b(?:cookie|consent|banner|comment|newsletter|related|share|social|subscribe|promo|ad-slot|advert|sidebar|breadcrumb|skip-link)/i;

export function basicHtmlExtract(html: string, opts: { url?: string | null } = {}): ExtractedPage {
  const paras: string[] = [];
  let buf = '';
  const stack: boolean[] = []; // per open element: does it start a skipped region?
  let skipDepth = 0;
  let inTitle = false;
  let docTitle = '';
  let h1 = '';
  let inH1 = false;
  const meta: Record<string, string> = {};
  let canonical: string | null = null;
  let language: string | null = null;
  const flush = (): void => {
    const t = buf.replace(/\s+/g, ' ').trim();
    if (t) paras.push(t);
    buf = '';
  };
  const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'source', 'wbr', 'area', 'base', 'col', 'embed', 'track']);
  const parser = new (htmlparser2().Parser)(
    {
      onopentag(name, attrs) {
        if (name === 'html' && attrs.lang) language = attrs.lang;
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          if (key && attrs.content) meta[key] ??= attrs.content;
        }
        if (name === 'link' && /\bcanonical\b/i.test(attrs.rel ?? '') && attrs.href) canonical = attrs.href;
        if (name === 'title') inTitle = true;
        if (name === 'h1') inH1 = true;
        if (BLOCK.has(name)) flush();
        if (VOID.has(name)) return;
        const skip = SKIP.has(name) || CHROME.test(`${attrs.class ?? ''} ${attrs.id ?? ''}`);
        stack.push(skip);
        if (skip) skipDepth++;
      },
      ontext(text) {
        if (inTitle) docTitle += text;
        if (inH1 && skipDepth === 0) h1 += text;
        if (skipDepth === 0) buf += text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (name === 'h1') inH1 = false;
        if (VOID.has(name)) return;
        if (BLOCK.has(name)) flush();
        const skip = stack.pop();
        if (skip) skipDepth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  const ld = jsonLd(html);
  const clean = (s: string | undefined | null): string | null => (s && s.replace(/\s+/g, ' ').trim()) || null;
  const author = clean(meta.author);
  return {
    text: paras.join('\n\n'),
    title: clean(h1) ?? clean(meta['og:title']) ?? clean(ld.headline) ?? clean(docTitle),
    published: clean(meta['article:published_time']) ?? clean(ld.datePublished) ?? null,
    authors: author ? [author] : ld.authors,
    outlet: clean(meta['og:site_name']) ?? clean(ld.publisher),
    url: clean(canonical) ?? clean(meta['og:url']) ?? opts.url ?? null,
    language: clean(language),
  };
}

/** headline, datePublished, author names and publisher name from JSON-LD NewsArticle blocks. */
function jsonLd(html: string): { headline?: string; datePublished?: string; authors: string[]; publisher?: string } {
  const out: { headline?: string; datePublished?: string; authors: string[]; publisher?: string } = { authors: [] };
  const re = /<script[^>]+application\/ld\+json[^>]*>([\s\S]*?)<\/script>/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    let data: unknown;
    try {
      data = JSON.parse(m[1]);
    } catch {
      continue; // a broken JSON-LD block is the page's problem, not a reason to fail the article
    }
    const items = (Array.isArray(data) ? data : [data]).flatMap((d) => (d && typeof d === 'object' && '@graph' in d ? (d as { '@graph': unknown[] })['@graph'] : [d]));
    for (const it of items) {
      if (!it || typeof it !== 'object') continue;
      const o = it as Record<string, unknown>;
      if (!/Article|Posting/.test(String(o['@type'] ?? ''))) continue;
      if (typeof o.headline === 'string') out.headline ??= o.headline;
      if (typeof o.datePublished === 'string') out.datePublished ??= o.datePublished;
      const authors = Array.isArray(o.author) ? o.author : o.author ? [o.author] : [];
      for (const a of authors) {
        const name = typeof a === 'string' ? a : a && typeof a === 'object' ? (a as Record<string, unknown>).name : null;
        if (typeof name === 'string' && name.trim()) out.authors.push(name.trim());
      }
      const pub = o.publisher as Record<string, unknown> | undefined;
      if (pub && typeof pub.name === 'string') out.publisher ??= pub.name;
    }
  }
  return out;
}
