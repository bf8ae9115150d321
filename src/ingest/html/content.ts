/**
 * The article body: cut the page into paragraphs, score every element by the paragraphs it
 * holds, take the best element as the story container and print its paragraphs.
 *
 * 1. Segmentation: one walk (iterative) turns the tree into paragraphs — the text between two
 *    block boundaries — each remembering its innermost block element, how much of it is link
 *    text, and whether it sits inside page furniture (nav, comments, share bars, …; hints.ts).
 *    Furniture hints are then checked against the text (`resolveBoilers`) and teasers of other
 *    stories are marked (`markTeasers`).
 * 2. Scoring: a paragraph that reads like prose (long, or a full sentence, little link text)
 *    is worth its length; link lists, menus and labels are worth a penalty. Every element sums
 *    the values of the paragraphs below it, and the element with the highest sum wins: it is
 *    the smallest box that holds the prose without the clutter around it. Because penalties are
 *    summed too, a story split into several boxes by an ad or a "read more" block is still
 *    taken whole when the prose on both sides outweighs what sits between.
 * 3. Output: the container's paragraphs minus furniture, teasers, link lists, ad labels and the
 *    leading headline, byline and date lines; "\n\n" between paragraphs.
 */
import { BLOCK, HEADING, Kind, classify, isDiscussion, isSemanticFurniture } from './hints.js';
import type { El } from './tree.js';

export interface Para {
  owner: El;
  text: string;
  len: number;
  linkLen: number;
  heading: boolean;
  /** The furniture-like elements (hints.ts) around it, innermost last; empty when none. */
  boilers: El[];
  /** Inside page furniture, once `resolveBoilers` has decided which hints hold. */
  boiler: boolean;
  /** Link text before any other text (a teaser's linked title). */
  leadLink: number;
  /** A teaser of another page (set by `markTeasers`). */
  teaser: boolean;
}

interface Frame {
  el: El;
  i: number;
  block: boolean;
  boiler: boolean;
  link: boolean;
}

const NONE: El[] = [];

function wrapsBlocks(el: El): boolean {
  const cell = el.tag === 'td' || el.tag === 'th';
  for (const c of el.children) if (typeof c !== 'string' && BLOCK.has(c.tag) && (cell || c.tag !== 'br')) return true;
  return false;
}

/** Walk the tree once (explicit stack) and cut its text into paragraphs. */
export function segment(root: El): Para[] {
  const paras: Para[] = [];
  const blocks: El[] = [root];
  let parts: string[] = [];
  let linkParts: string[] = [];
  let inLink = 0;
  let leadLink = 0;
  let leadDone = false;
  const boilers: El[] = [];
  // Paragraphs share one copy of the furniture stack until it changes.
  let snapshot: El[] = NONE;

  const flush = (): void => {
    if (parts.length === 0) return;
    const text = parts.join('').replace(/\s+/g, ' ').trim();
    const linkLen = linkParts.length ? linkParts.join(' ').replace(/\s+/g, ' ').trim().length : 0;
    const lead = leadLink;
    parts = [];
    linkParts = [];
    leadLink = 0;
    leadDone = false;
    if (text === '') return;
    const owner = blocks[blocks.length - 1];
    let heading = false;
    // A paragraph is a heading when its innermost block (or one of the two around it) is one.
    for (let e: El | null = owner, k = 0; e && k < 3; e = e.parent, k++) if (HEADING.has(e.tag)) heading = true;
    paras.push({ owner, text, len: text.length, linkLen: Math.min(linkLen, text.length), heading, boilers: snapshot, boiler: false, leadLink: lead, teaser: false });
  };

  const stack: Frame[] = [{ el: root, i: 0, block: true, boiler: false, link: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.i < top.el.children.length) {
      const child = top.el.children[top.i++];
      if (typeof child === 'string') {
        parts.push(child);
        if (inLink > 0) linkParts.push(child);
        if (!leadDone) {
          if (inLink > 0) leadLink += child.trim().length;
          else if (/\S/.test(child)) leadDone = true;
        }
        continue;
      }
      if (child.tag === 'br' || child.tag === 'hr') {
        flush();
        continue;
      }
      const kind = classify(child);
      if (kind === Kind.Hidden) continue;
      // An inline element that wraps blocks (a <span> around the whole story) acts as a block;
      // so does a table cell used for layout. A data cell is a word apart from its neighbours
      // and its row is one paragraph.
      const block = BLOCK.has(child.tag) || wrapsBlocks(child);
      if (!block && (child.tag === 'td' || child.tag === 'th')) parts.push(' ');
      // Inline furniture ("Share" links, ad labels inside a paragraph) is simply dropped.
      if (kind === Kind.Boiler && !block) continue;
      if (block) {
        flush();
        blocks.push(child);
      }
      const boiler = kind === Kind.Boiler;
      if (boiler) {
        boilers.push(child);
        snapshot = boilers.slice();
      }
      const link = child.tag === 'a';
      if (link) inLink++;
      stack.push({ el: child, i: 0, block, boiler, link });
      continue;
    }
    stack.pop();
    if (top.block) {
      flush();
      blocks.pop();
    }
    if (top.boiler) {
      boilers.pop();
      snapshot = boilers.length ? boilers.slice() : NONE;
    }
    if (top.link) inLink--;
  }
  flush();
  return paras;
}

/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?。！？…]["'”’»)\]]*$/u;

/** Prose: long, or a finished sentence, and mostly not link text. */
export function isProse(p: Para): boolean {
  if (p.heading || p.teaser) return false;
  if (p.linkLen > p.len * 0.35) return false;
  return p.len >= 80 || (p.len >= 30 && SENTENCE_END.test(p.text));
}

/** What a paragraph adds to the score of every element that holds it. */
function value(p: Para): number {
  // Headings are neutral: a story has them, and so do link lists.
  if (p.heading) return 0;
  const ld = p.linkLen / p.len;
  // Link-dense text (menus, "related" lists, tag clouds) counts against a container.
  if (ld > 0.5) return -p.linkLen;
  if (isProse(p)) return p.len * (1 - ld);
  // Long text with many links (a digest item, a paragraph of sources) counts a little.
  if (!p.teaser && p.len >= 80) return p.len * (1 - 2 * ld);
  // Short labels ("Advertisement", "Share", dates) count a little against.
  return -Math.min(p.len, 10);
}

/**
 * Decide which furniture hints hold. A hint is overruled when the element holds most of the
 * page's prose: layout wrappers get names like "content-with-sidebar" or "page-header-wrap",
 * and a box that holds the story is not furniture whatever it is called. Comment sections are
 * the exception — on a busy page readers write more than the reporter did — and so are the
 * semantic furniture elements (<aside>, <nav>, …), which authors choose on purpose.
 */
export function resolveBoilers(paras: Para[]): void {
  const prose = new Map<El, number>();
  let total = 0;
  for (const p of paras) {
    if (p.boilers.length === 0 || !isProse(p)) {
      if (isProse(p)) total += p.len;
      continue;
    }
    total += p.len;
    for (const b of p.boilers) prose.set(b, (prose.get(b) ?? 0) + p.len);
  }
  const holds = new Map<El, boolean>();
  for (const [el, n] of prose) holds.set(el, !(n >= 0.5 * total && n >= 400) || isDiscussion(el) || isSemanticFurniture(el));
  for (const p of paras) p.boiler = p.boilers.some((b) => holds.get(b) ?? true);
}

/**
 * Teasers of other stories ("cards": a linked headline and a line of summary) read like prose
 * but are not the story. Three signs give them away: the paragraph opens with a long link (the
 * headline); the smallest box around it that holds more than the paragraph itself is full of
 * links; or that box is small and holds a linked headline or title line above it. A story's own paragraphs sit in a
 * big box of mostly plain text whose headings, if any, are not links.
 */
export function markTeasers(paras: Para[]): void {
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    // Cards are recognised with their furniture (headline in a <header>, metadata line) …
    const linkedHead = p.heading && p.linkLen >= 0.8 * p.len ? 1 : 0;
    const linkedTitle = !p.heading && p.len >= 10 && p.linkLen >= 0.9 * p.len;
    for (let e: El | null = p.owner; e; e = e.parent) {
      e.sCard += p.len;
      e.sCount++;
      e.sHeads += linkedHead;
      if (linkedTitle && e.sTitleAt < 0) e.sTitleAt = i;
      if (p.boiler) continue;
      // … link density without it (a share bar next to the story must not make it look linky).
      e.sText += p.len;
      e.sLinks += p.linkLen;
      e.sOwn++;
    }
  }
  // Paragraphs opening with a long link, counted per parent box: a list of them is a teaser list.
  const leadLinked = (p: Para): boolean => !p.heading && p.leadLink >= 25 && p.leadLink >= 0.15 * p.len;
  const leadLists = new Map<El | null, number>();
  for (const p of paras) if (leadLinked(p)) leadLists.set(p.owner.parent, (leadLists.get(p.owner.parent) ?? 0) + 1);
  // … unless the list sits in the flow of the story's own prose (a digest: "1. <a>Headline</a> …").
  const proseBoxes = new Set<El | null>();
  for (const p of paras) if (!p.boiler && isProse(p) && !leadLinked(p)) proseBoxes.add(p.owner.parent);
  for (const list of [...leadLists.keys()]) if (list && proseBoxes.has(list.parent)) leadLists.delete(list);
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    if (p.boiler || p.heading) continue;
    // One such paragraph is prose that starts with a link; three side by side are a list of stories.
    if (leadLinked(p) && (leadLists.get(p.owner.parent) ?? 0) >= 3) {
      p.teaser = true;
      continue;
    }
    let box: El | null = p.owner;
    while (box && box.sText < 1.6 * p.len && box.sOwn < 2) box = box.parent;
    // Only a small box is a card; a paragraph alone in a big linky region is a short story.
    if (box && box.sText <= 5 * p.len && box.sLinks > 0.3 * box.sText) {
      p.teaser = true;
      continue;
    }
    let card: El | null = p.owner;
    while (card && card.sCount < 2) card = card.parent;
    // A card: few lines, with a linked headline, or a linked title line above the summary (a
    // "Read more" link below a short story's paragraph is not a title).
    if (card && card.sCount <= 6 && card.sCard <= 800 && (card.sHeads > 0 || (card.sTitleAt >= 0 && card.sTitleAt < i))) p.teaser = true;
  }
}

/** The element whose paragraphs score highest, or null when nothing scores above zero. */
export function bestContainer(paras: Para[], useBoiler: boolean): El | null {
  const counted = (p: Para): boolean => !p.boiler || useBoiler;
  for (const p of paras) if (counted(p)) for (let e: El | null = p.owner; e; e = e.parent) e.sScore = 0;
  for (const p of paras) {
    if (!counted(p)) continue;
    const v = value(p);
    if (v !== 0) for (let e: El | null = p.owner; e; e = e.parent) e.sScore += v;
  }
  // Visit elements in document order, deepest first: on a tie the tighter box wins.
  let best: El | null = null;
  let bestScore = 0;
  for (const p of paras) {
    if (!counted(p)) continue;
    for (let e: El | null = p.owner; e; e = e.parent) {
      if (e.sScore > bestScore) {
        best = e;
        bestScore = e.sScore;
      }
    }
  }
  return best;
}

function within(el: El, container: El): boolean {
  for (let e: El | null = el; e; e = e.parent) if (e === container) return true;
  return false;
}

/** Labels that ad slots leave in the text flow, in the languages the web mostly writes them in. */
const AD_LABEL = /^(advertisement|advertising|advert|ad|ads|sponsored|sponsored content|anzeige|werbung|publicité|publicidad|pubblicità|reklama|reclame)$/i;

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The article text: paragraphs of the best container, without furniture, link lists, and
 * without the headline, byline and date lines that precede the first paragraph of prose.
 */
export function articleText(root: El, title: string | null): string {
  const paras = segment(root);
  resolveBoilers(paras);
  markTeasers(paras);
  let useBoiler = false;
  let container = bestContainer(paras, false);
  const proseChars = (c: El | null, boiler: boolean): number =>
    c ? paras.reduce((n, p) => n + (isProse(p) && (boiler || !p.boiler) && within(p.owner, c) ? p.len : 0), 0) : 0;
  // Fallback: when the furniture hints left almost no prose (a story inside an element that
  // `resolveBoilers` may not overrule, e.g. a <header> or a box holding under half the page's
  // prose), score with furniture included if that finds clearly more.
  if (proseChars(container, false) < 200) {
    const alt = bestContainer(paras, true);
    if (proseChars(alt, true) > 2 * proseChars(container, false)) {
      container = alt;
      useBoiler = true;
    }
  }
  if (!container) return '';
  const picked = paras.filter((p) => (useBoiler || !p.boiler) && within(p.owner, container!));
  const kept: Para[] = [];
  const normTitle = title ? norm(title) : null;
  let seenProse = false;
  for (const p of picked) {
    const prose = isProse(p);
    // Link lists inside the story box ("Read more: …" blocks) are not the story.
    if (p.linkLen > p.len * 0.6) continue;
    // Cards of other stories that sit inside the chosen box.
    if (p.teaser) continue;
    // Ad slot labels left in the text flow.
    if (p.len < 30 && AD_LABEL.test(p.text.replace(/[^\p{L} ]+/gu, '').trim())) continue;
    if (!seenProse && !prose) {
      // Before the story starts: headline, kicker, byline, date, share labels. A section
      // heading is kept (stories open with one), the page headline is not; so is a full
      // sentence that only missed being prose by its links (a lead full of linked names).
      const linkySentence = !p.heading && p.len >= 60 && (p.len >= 120 || SENTENCE_END.test(p.text));
      if (!p.heading && !linkySentence) continue;
      if (p.owner.tag === 'h1') continue;
      if (normTitle && norm(p.text) === normTitle) continue;
    }
    if (prose) seenProse = true;
    kept.push(p);
  }
  // After the story ends: drop trailing headings and stray labels ("Comments", "Share") that
  // introduce furniture already cut.
  for (let last = kept[kept.length - 1]; last && (last.heading || (!isProse(last) && last.len < 20)); last = kept[kept.length - 1]) kept.pop();
  return kept.map((p) => p.text).join('\n\n');
}
