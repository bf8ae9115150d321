/**
 * Markdown (as scrapers emit it) → plain text, one line at a time. Owns the inline syntax:
 * headings, emphasis, links, autolinks, images, list and quote markers. The text a reader sees
 * is kept; the syntax around it goes. What carried information of its own (a link's address, an
 * image) is returned so cleaning can list it in `removed`.
 */

export interface PlainLine {
  /** The line as plain text, trimmed, runs of white space collapsed. */
  text: string;
  /** Markdown heading level (1–6) or 0. */
  heading: number;
  /** The line was a list item ("- ", "* ", "• ", "1. "). */
  listItem: boolean;
  /** The whole line was emphasised (`**…**` or `*…*`): scrapers mark captions and credits so. */
  emphasised: boolean;
  /** The whole line was one link or autolink. */
  linkOnly: boolean;
  /** Link addresses and images dropped from the line. */
  dropped: Array<{ text: string; reason: string }>;
}

const HEADING = /^(#{1,6})\s+(.*?)(?:\s+#+)?$/;
const LIST = /^(?:[-*+•▪◦·]|\d{1,3}[.)])\s+/;
const QUOTE = /^(?:>\s?)+/;
const RULE = /^(?:[-*_]\s*){3,}$/;
const IMAGE = /!\[([^\]]*)\]\(([^)]*)\)/g;
const LINK = /\[([^\]]+)\]\(\s*<?([^)\s>]*)>?(?:\s+["'][^"']*["'])?\s*\)/g;
const REF_LINK = /\[([^\]]+)\]\[[^\]]*\]/g;
const AUTOLINK = /<((?:https?|ftp):\/\/[^>\s]+|[^>\s@]+@[^>\s@]+\.[a-z]{2,})>/gi;
const BOLD = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g;
// Single `*`/`_` emphasis only at word edges, so "file_name" or "5*3" are left alone.
const ITALIC_STAR = /(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])/g;
const ITALIC_UNDERSCORE = /(^|[^\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])/g;
const CODE = /`([^`]+)`/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>|])/g;

/** True when the line is a Markdown horizontal rule (`---`, `***`). */
export function isRule(line: string): boolean {
  return RULE.test(line.trim());
}

export function plainLine(raw: string): PlainLine {
  let s = raw.replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ').trim();
  const dropped: PlainLine['dropped'] = [];
  let heading = 0;
  const h = HEADING.exec(s);
  if (h) {
    heading = h[1].length;
    s = h[2];
  }
  s = s.replace(QUOTE, '');
  let listItem = false;
  if (LIST.test(s)) {
    listItem = true;
    s = s.replace(LIST, '');
  }
  const before = s;
  s = s.replace(IMAGE, (_m, alt: string, src: string) => {
    dropped.push({ text: alt ? `${alt} (${src})` : src, reason: 'image (Markdown image markup)' });
    return '';
  });
  let links = 0;
  s = s.replace(LINK, (_m, text: string, href: string) => {
    links++;
    // "#" and empty targets are how scrapers flatten in-page links: nothing was lost.
    if (href && href !== '#') dropped.push({ text: href, reason: 'link address (the link text is kept)' });
    return text;
  });
  s = s.replace(REF_LINK, (_m, text: string) => {
    links++;
    return text;
  });
  s = s.replace(AUTOLINK, (_m, url: string) => {
    links++;
    return url;
  });
  const stripped = s.trim();
  const linkOnly = links > 0 && /^(?:\[[^\]]+\]\([^)]*\)|<[^>]+>)$/.test(before.trim());
  const emphasised = /^(\*\*|__|\*|_)(?=\S).*\S\1$/.test(stripped) && !/^(\*\*|__|\*|_)[^*_]*\1.+\1$/.test(stripped);
  s = s.replace(BOLD, '$2').replace(ITALIC_STAR, '$1$2').replace(ITALIC_UNDERSCORE, '$1$2').replace(CODE, '$1').replace(ESCAPE, '$1');
  s = s.replace(/ {2,}/g, ' ').trim();
  return { text: s, heading, listItem, emphasised, linkOnly, dropped };
}
