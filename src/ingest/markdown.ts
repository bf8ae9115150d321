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
// The character classes exclude the opening delimiter too ("[", "(", "<"), so an attempt that
// fails stops at the next one: unbalanced brackets in a long line cost linear, not quadratic, time.
const IMAGE = /!\[([^[\]]*)\]\(([^()]*)\)/g;
const LINK = /\[([^[\]]+)\]\(\s*<?([^()\s<>]*)>?(?:\s+["'][^"'()]*["'])?\s*\)/g;
const REF_LINK = /\[([^[\]]+)\]\[[^[\]]*\]/g;
const AUTOLINK = /<((?:https?|ftp):\/\/[^<>\s]+|[^<>\s@]+@[^<>\s@]+\.[a-z]{2,})>/gi;
// Emphasis content excludes its own delimiter, so an unclosed "**" costs one short scan.
const BOLD_STAR = /\*\*(?=\S)([^*]+?)(?<=\S)\*\*/g;
const BOLD_UNDERSCORE = /__(?=\S)([^_]+?)(?<=\S)__/g;
// Single `*`/`_` emphasis only at word edges, so "file_name" or "5*3" are left alone.
const ITALIC_STAR = /(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])/g;
const ITALIC_UNDERSCORE = /(^|[^\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])/g;
const CODE = /`([^`]+)`/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>|])/g;
const PUA = 0xe000;
/** Characters without which a line has no inline Markdown (emphasis, links, code, escapes). */
const INLINE_SYNTAX = /[*_[\]<`\ue000-\ue07f]/;
const PROTECTED = /[\ue000-\ue07f]/g;
const WHOLE_EMPHASIS = /^(?:\*\*[^*]+\*\*|__[^_]+__|\*[^*]+\*|_[^_]+_)$/;

/** True when the line is a Markdown horizontal rule (`---`, `***`). */
export function isRule(line: string): boolean {
  return RULE.test(line.trim());
}

/** Invisible formatting characters (soft hyphen, zero-width space/joiners, word joiner, BOM). */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** The character references scrapers leave in text (Markdown allows them; readers never see them). */
const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp|ndash|mdash|hellip|lsquo|rsquo|ldquo|rdquo|laquo|raquo|euro|pound|copy|shy));/gi;
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘',
  rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', euro: '€', pound: '£', copy: '©', shy: '',
};

function decodeEntities(s: string): string {
  return s.replace(ENTITY, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name.toLowerCase()] ?? m;
    const cp = dec ? Number(dec) : parseInt(hex ?? '', 16);
    // Controls and out-of-range code points are not text: leave the reference as written.
    return cp >= 0x20 && cp <= 0x10ffff && !(cp >= 0x7f && cp < 0xa0) && !(cp >= 0xd800 && cp < 0xe000) ? String.fromCodePoint(cp) : m;
  });
}

export function plainLine(raw: string): PlainLine {
  let s = raw.includes('&') ? decodeEntities(raw) : raw;
  s = s.replace(INVISIBLE, '').replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ').trim();
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
  // Escaped characters ("\\*") are literal: park them in the private-use area while emphasis is
  // stripped, then restore them.
  s = s.replace(ESCAPE, (_m, c: string) => String.fromCharCode(PUA + c.charCodeAt(0)));
  if (!INLINE_SYNTAX.test(s)) {
    // Most lines of a scraped article carry no inline Markdown: skip the replacements.
    return { text: s.replace(/ {2,}/g, ' '), heading, listItem, emphasised: false, linkOnly: false, dropped };
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
  const emphasised = WHOLE_EMPHASIS.test(stripped);
  s = s.replace(BOLD_STAR, '$1').replace(BOLD_UNDERSCORE, '$1').replace(ITALIC_STAR, '$1$2').replace(ITALIC_UNDERSCORE, '$1$2').replace(CODE, '$1');
  s = s.replace(PROTECTED, (c) => String.fromCharCode(c.charCodeAt(0) - PUA));
  s = s.replace(/ {2,}/g, ' ').trim();
  return { text: s, heading, listItem, emphasised, linkOnly, dropped };
}
