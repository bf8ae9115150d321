/**
 * What an element's tag, role and class/id words say about it. These are general English
 * word patterns that web developers use everywhere ("comments", "share-bar", "related-posts",
 * "cookie-consent"), matched on whole words of the class/id (split on punctuation and camelCase)
 * so that "shared" or "navy" do not trip them. Nothing here names a site.
 */
import type { El } from './tree.js';

/** Elements that lay text out in blocks: a paragraph ends where one opens or closes. */
export const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot',
  'tr', 'ul', 'caption', 'legend', 'html', '#root', 'br', 'article', 'listing', 'plaintext', 'xmp',
]);

export const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Structural elements that hold page furniture, not the story (HTML5 semantics). */
const BOILER_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'figcaption', 'figure', 'menu', 'address']);

/** ARIA landmarks of page furniture. */
const BOILER_ROLES = /^(navigation|complementary|contentinfo|banner|menu|menubar|toolbar|search|dialog|alertdialog|tablist|tooltip)$/;

/**
 * Class/id words of page furniture: navigation, comments, sharing, related and recommended
 * stories, ads, cookie and newsletter prompts, captions and credits, bylines and tag lists.
 * The article's own paragraphs are almost never wrapped in an element named like this.
 */
const BOILER_WORD = new RegExp(
  '^(' +
    [
      'nav', 'navbar', 'navigation', 'menu', 'menus', 'breadcrumb', 'breadcrumbs', 'crumbs', 'footer', 'sidebar', 'rail', 'masthead',
      'comment', 'comments', 'disqus', 'replies', 'reply', 'discussion',
      'share', 'sharing', 'sharebar', 'sharetools', 'social', 'socials', 'follow',
      'related', 'recommended', 'recommendations', 'recirc', 'recirculation', 'promo', 'promos', 'promoted', 'teaser', 'teasers',
      'trending', 'popular', 'mostread', 'outbrain', 'taboola', 'sponsored', 'sponsor', 'partner',
      'ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'adunit', 'dfp', 'gpt',
      'cookie', 'cookies', 'consent', 'gdpr', 'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'paywall', 'regwall',
      'popup', 'modal', 'overlay', 'banner', 'toolbar', 'pagination', 'pager',
      'caption', 'captions', 'figcaption', 'credit', 'credits', 'byline', 'bylines', 'dateline', 'timestamp',
      'tags', 'tag', 'keywords', 'topics', 'categories', 'author', 'authors', 'bio', 'meta', 'metadata',
      'header', 'widget', 'widgets', 'print', 'skip', 'jump', 'toc', 'disclaimer', 'copyright',
    ].join('|') +
    ')$',
);

/** Class/id names of text meant for screen readers only or hidden by the page's CSS. */
const HIDDEN_CLASS = /(^|\s)(hidden|hide|is-hidden|sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader|offscreen|a11y-only|u-hidden|d-none)(\s|$)/i;

/** Class/id words of boxes that only appear on hover or click (tooltips, pop-overs, drop-downs). */
const HOVER_WORD = /^(rollover|tooltip|tooltips|popover|hovercard|flyout|dropdown)$/;

/** Split "article-body__text commentsList" into lower-case words: article, body, text, comments, list. */
export function words(idClass: string): string[] {
  if (!idClass) return [];
  return idClass
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

export const enum Kind {
  Normal = 0,
  /** Page furniture: left out of the article (kept aside for a fallback). */
  Boiler = 1,
  /** Never visible: always left out. */
  Hidden = 2,
}

/** Classify one element by tag, role and class/id words. */
export function classify(el: El): Kind {
  const idc = el.idClass;
  if (idc && HIDDEN_CLASS.test(idc)) return Kind.Hidden;
  if (el.tag === 'body' || el.tag === 'html' || el.tag === 'main') return Kind.Normal;
  if (BOILER_TAGS.has(el.tag)) return Kind.Boiler;
  const role = el.role;
  if (role && BOILER_ROLES.test(role)) return Kind.Boiler;
  if (el.itemprop === 'articleBody') return Kind.Normal;
  if (idc) {
    const ws = words(idc);
    for (const w of ws) if (HOVER_WORD.test(w)) return Kind.Hidden;
    for (const w of ws) if (BOILER_WORD.test(w)) return Kind.Boiler;
  }
  return Kind.Normal;
}

/** Readers' comments: furniture however much prose they hold. */
const DISCUSSION_WORD = /^(comment|comments|disqus|replies|reply|discussion)$/;

export function isDiscussion(el: El): boolean {
  return words(el.idClass).some((w) => DISCUSSION_WORD.test(w));
}

/**
 * Furniture by markup semantics (a <nav>, <aside>, <footer> … or an ARIA landmark role) rather
 * than by a class name: authors choose these on purpose, so no amount of text overrules them.
 */
export function isSemanticFurniture(el: El): boolean {
  if (BOILER_TAGS.has(el.tag)) return true;
  const role = el.role;
  return role !== null && BOILER_ROLES.test(role);
}
