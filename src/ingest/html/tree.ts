/**
 * One htmlparser2 pass → a light element tree plus the page's metadata sources (`<meta>`,
 * `<link>`, `<title>`, `<html lang>`, JSON-LD scripts, `<time datetime>`).
 *
 * Owns the safety limits of HTML parsing: the tree is built from parser callbacks (never by
 * recursion), its depth is capped so that later passes may walk it without deep stacks, and
 * elements that never hold readable text (scripts, styles, SVG, forms' widgets …) are dropped
 * while parsing so that they cost neither memory nor time.
 */
import type { Parser } from 'htmlparser2';
import { parserClass } from './parser-class.js';

export interface El {
  tag: string;
  /** `id` and `class` attributes joined. */
  idClass: string;
  /** ARIA role and microdata itemprop: the only other attributes scoring reads (the rest are not kept). */
  role: string | null;
  itemprop: string | null;
  parent: El | null;
  children: Array<El | string>;
  depth: number;
  /**
   * Scratch sums that content scoring (content.ts) accumulates over the paragraphs below an
   * element. Plain fields rather than Maps keyed by element: a 20 MB page has a million elements
   * and Maps of that size cost more in garbage collection than the whole parse.
   */
  sText: number;
  sLinks: number;
  sOwn: number;
  sCount: number;
  sCard: number;
  sHeads: number;
  /** Index of the first fully linked line below (a card's title), or -1. */
  sTitleAt: number;
  sScore: number;
}

export interface ParsedPage {
  root: El;
  title: string | null;
  htmlLang: string | null;
  metas: Array<{ key: string; content: string }>;
  links: Array<{ rel: string; href: string }>;
  jsonLd: string[];
  times: string[];
}

/**
 * Deepest element kept as its own node. Real pages nest a few dozen levels; beyond this,
 * further elements are flattened into their ancestor at the cap (their text stays), which keeps
 * every later walk bounded and makes a 10,000-deep page as cheap as a flat one.
 */
export const MAX_DEPTH = 200;

/**
 * Elements whose content is never article text; skipped while parsing. <head> is not among them:
 * without an HTML5 tree builder, body content of a page that never closes its <head> would be
 * lost; what <head> legitimately holds (title, meta, link, script, style) is skipped one by one.
 */
const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'canvas', 'object', 'embed',
  'select', 'option', 'optgroup', 'textarea', 'button', 'input', 'title', 'audio', 'video', 'map',
  'dialog', 'datalist', 'frameset', 'frame', 'applet', 'picture', 'source', 'track', 'img', 'meter', 'progress',
]);

/** Elements without end tags: never pushed as a parent. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Elements hidden by their attributes: the reader never sees their text. */
function isHidden(attrs: Record<string, string>): boolean {
  if ('hidden' in attrs) return true;
  if (attrs['aria-hidden'] === 'true') return true;
  const style = attrs.style;
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}

export function parseHtml(html: string): ParsedPage {
  const root = makeEl('#root', {}, null);
  const page: ParsedPage = { root, title: null, htmlLang: null, metas: [], links: [], jsonLd: [], times: [] };
  // One entry per element open in the parser: the node it became, or null when it was flattened
  // (depth cap) and its text goes to the current node. `skipDepth` > 0 while inside a dropped element.
  const open: Array<El | null> = [];
  let cur = root;
  let skipDepth = 0;
  let inTitle = false;
  let titleBuf = '';
  let ldBuf: string | null = null;
  let linear = false;

  const parser = new (parserClass())(
    {
      onopentag(name, attrs) {
        // Deep pages only: swap the parser's stacks for linear ones (see linearStacks).
        if (!linear && open.length + skipDepth > SWAP_DEPTH) {
          linear = true;
          linearStacks(parser);
        }
        // Metadata is collected wherever it sits.
        if (name === 'meta') {
          const key = (attrs.property || attrs.name || attrs.itemprop || attrs['http-equiv'] || '').toLowerCase();
          if (key && attrs.content != null) page.metas.push({ key, content: attrs.content });
          return;
        }
        if (name === 'link') {
          if (attrs.rel && attrs.href) page.links.push({ rel: attrs.rel.toLowerCase(), href: attrs.href });
          return;
        }
        if (name === 'html' && attrs.lang && !page.htmlLang) page.htmlLang = attrs.lang;
        if (name === 'time' && attrs.datetime && page.times.length < 20) page.times.push(attrs.datetime);
        if (name === 'title' && page.title === null) {
          inTitle = true;
          titleBuf = '';
        }
        if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) ldBuf = '';
        if (skipDepth > 0) {
          if (!VOID.has(name)) skipDepth++;
          return;
        }
        if (DROP.has(name) || (name !== 'html' && name !== 'body' && isHidden(attrs))) {
          if (!VOID.has(name)) skipDepth = 1;
          return;
        }
        if (VOID.has(name)) {
          if (name === 'br' || name === 'hr') cur.children.push(makeEl(name, attrs, cur));
          return;
        }
        if (cur.depth >= MAX_DEPTH) {
          open.push(null);
          return;
        }
        const el = makeEl(name, attrs, cur);
        cur.children.push(el);
        cur = el;
        open.push(el);
      },
      ontext(text) {
        if (inTitle) titleBuf += text;
        if (ldBuf !== null) {
          ldBuf += text;
          return;
        }
        if (skipDepth > 0) return;
        const kids = cur.children;
        const last = kids.length - 1;
        // Adjacent text pieces (entities split them) are merged to keep the tree small.
        if (last >= 0 && typeof kids[last] === 'string') kids[last] = (kids[last] as string) + text;
        else kids.push(text);
      },
      onclosetag(name) {
        if (name === 'title' && inTitle) {
          inTitle = false;
          page.title = titleBuf;
        }
        if (name === 'script' && ldBuf !== null) {
          if (page.jsonLd.length < 50) page.jsonLd.push(ldBuf);
          ldBuf = null;
        }
        if (skipDepth > 0) {
          if (!VOID.has(name)) skipDepth--;
          return;
        }
        if (VOID.has(name)) return;
        const el = open.pop();
        if (el === undefined) return;
        if (el !== null && el.parent) cur = el.parent;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.write(html);
  parser.end();
  return page;
}

/** Nesting depth past which the parser's stacks are made linear (real pages stay far below). */
const SWAP_DEPTH = 400;

/**
 * htmlparser2 keeps its open-element stack top-first in a plain array (`unshift`/`shift`) and
 * looks end tags up with `indexOf`: O(depth) per element, so a page of 200,000 nested <div>s
 * takes about a minute and a 20 MB one would not finish. Its two stacks are swapped for a view
 * of an array kept top-last (push/pop: O(1)) that also counts names, so a stray end tag that
 * matches nothing is answered at once and a matching one costs only what it closes. The view
 * offers exactly what the parser uses: unshift, shift, indexOf, length and [i] (i from the top).
 * Should a future htmlparser2 keep its stacks otherwise, nothing is swapped (the test suite's
 * deep-nesting bound would then flag the slowdown).
 */
function linearStacks(parser: Parser): void {
  const p = parser as unknown as Record<string, unknown>;
  for (const key of ['stack', 'foreignContext']) {
    const old = p[key];
    if (Array.isArray(old) && !Object.isFrozen(p)) p[key] = topFirstView(old.slice());
  }
}

function topFirstView<T>(initial: T[]): T[] {
  const items: T[] = initial.reverse();
  const counts = new Map<T, number>();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  const api = {
    unshift(x: T): number {
      items.push(x);
      counts.set(x, (counts.get(x) ?? 0) + 1);
      return items.length;
    },
    shift(): T | undefined {
      const x = items.pop();
      if (x !== undefined) counts.set(x, (counts.get(x) ?? 1) - 1);
      return x;
    },
    indexOf(x: T): number {
      if (!counts.get(x)) return -1;
      const i = items.lastIndexOf(x);
      return i < 0 ? -1 : items.length - 1 - i;
    },
  };
  return new Proxy(api, {
    get(target, prop) {
      if (prop === 'length') return items.length;
      if (typeof prop === 'string' && prop.length > 0 && prop.charCodeAt(0) >= 48 && prop.charCodeAt(0) <= 57) {
        return items[items.length - 1 - Number(prop)];
      }
      return Reflect.get(target, prop);
    },
    set(target, prop, value) {
      if (prop === 'length') {
        const n = Number(value);
        // Only truncation from the top is meaningful for a stack; the parser only ever clears it.
        if (n === 0) {
          items.length = 0;
          counts.clear();
        }
        return true;
      }
      return Reflect.set(target, prop, value);
    },
  }) as unknown as T[];
}

function makeEl(tag: string, attrs: Record<string, string>, parent: El | null): El {
  const id = attrs.id ?? '';
  const cls = attrs.class ?? '';
  return {
    tag, idClass: id && cls ? `${id} ${cls}` : id || cls, role: attrs.role ?? null, itemprop: attrs.itemprop ?? null,
    parent, children: [], depth: parent ? parent.depth + 1 : 0,
    sText: 0, sLinks: 0, sOwn: 0, sCount: 0, sCard: 0, sHeads: 0, sTitleAt: -1, sScore: 0,
  };
}
