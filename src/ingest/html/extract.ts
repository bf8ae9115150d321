/**
 * HTML → article: the one entry point that `read`, `analyze`, corpus ingest and the `extract`
 * command use for web pages. One parse (tree.ts), then metadata (metadata.ts) and the body
 * (content.ts) from the same tree. Never throws on malformed markup: the parser is forgiving
 * and every walk is bounded, so bad pages give best-effort (possibly empty) text.
 */
import { articleText } from './content.js';
import { pageMetadata } from './metadata.js';
import { parseHtml, type El } from './tree.js';

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
  /** Picture captions (`<figcaption>`), left out of the body but kept so credits can be read. */
  captions: string[];
}

/** At most this many captions are kept: credits repeat, and a gallery page can hold hundreds. */
const MAX_CAPTIONS = 20;

/** Text of every `<figcaption>`, walked iteratively (pages may nest 10,000 levels deep). */
function figureCaptions(root: El): string[] {
  const out: string[] = [];
  const stack: El[] = [root];
  while (stack.length > 0 && out.length < MAX_CAPTIONS) {
    const el = stack.pop() as El;
    if (el.tag === 'figcaption') {
      const parts: string[] = [];
      const inner: Array<El | string> = [...el.children];
      while (inner.length > 0) {
        const c = inner.shift() as El | string;
        if (typeof c === 'string') parts.push(c);
        else inner.unshift(...c.children);
      }
      const text = parts.join(' ').replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
      continue;
    }
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      if (typeof c !== 'string') stack.push(c);
    }
  }
  return out;
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
    captions: figureCaptions(page.root),
  };
}
