/**
 * Scraped text → the article's cleaned text, plus an account of everything removed and the
 * metadata facts the removed lines carried (headline, dateline, byline, credits, URLs, outlet
 * names). Owns the page-furniture rules.
 *
 * How it works. The input is split into paragraph units (one line each, or a hard-wrapped
 * paragraph joined back). Rules then mark units as furniture, in this order:
 *   1. line rules that hold anywhere (skip links, "Advertisement", player messages, copyright…);
 *   2. context rules (the headline before "Read More »", the caption before a photo credit,
 *      the video title before a duration);
 *   3. the header zone — every unit before the first prose paragraph: headline, dateline,
 *      byline, section labels, standfirst;
 *   4. the footer zone — every unit after the last prose paragraph: self-promotion, author
 *      bios, short link-like lines;
 *   5. in the body, only what cannot be a sentence of the story (headings, lone nav labels).
 * The guiding rule: a unit that reads as a sentence of the story is never removed by a weak
 * rule; only patterns that no story sentence has (or position outside the story) remove text.
 * Every removal is reported with its reason and 1-based line number.
 */
import type { Removed } from '../core/schema.js';
import {
  captionWithCredit, creditOnly, looksLikePerson, parseAgencyLine, parseByline, parseContributors, parseReportingBy, uniq, wireDateline,
} from './credits.js';
import { CLOCK_TIME, findAmbiguousDate, findDate, wireDatelineDay } from './dates.js';
import { isRule, plainLine, type PlainLine } from './markdown.js';
import { BUDGET_ENTRY, emailSignoff, linkHeading, linkLine, serviceTrailer, wireBoilerplate, wireTail } from './wire.js';
import { compiledOnce } from '../core/regex.js';

/** Where an outlet name came from; lower rank = stronger evidence. */
export interface OutletClue {
  name: string;
  rank: number;
  how: string;
}

export interface CleanFacts {
  title: string | null;
  published: string | null;
  updated: string | null;
  authors: string[];
  agencies: string[];
  photoCredits: string[];
  /** Source URLs the text states ("Original url:"). */
  urls: string[];
  /** E-mail domains of author sign-offs (an outlet's domain). */
  emailDomains: string[];
  outletClues: OutletClue[];
}

export interface CleanResult {
  text: string;
  removed: Removed[];
  facts: CleanFacts;
}

interface Unit {
  /** 1-based line number of the unit's first line. */
  line: number;
  raw: string;
  text: string;
  p: PlainLine;
  words: number;
  block: number;
  /** Units in the same block (no blank line between). */
  blockSize: number;
  mark: { reason: string; kind: string } | null;
}

// ---------------------------------------------------------------------------------------------
// Small predicates

const CLOSERS = '"\'”’»)]」』）】';
/**
 * The last character that matters for how a line ends: closing quotes and brackets are looked
 * through, and one space before them (tokenised corpora and some CMSs print `the charm. ”`).
 * A character scan, not an end-anchored regex: V8 runs those from every position of the line.
 */
function lastMark(s: string): string {
  let i = s.length - 1;
  while (i >= 0 && CLOSERS.includes(s[i])) i--;
  if (i < s.length - 1 && s[i] === ' ') i--;
  return i >= 0 ? s[i] : '';
}
/** Ends like a sentence: . ! ? … or : — possibly followed by closing quotes or brackets. */
const endsSentence = (s: string): boolean => '.!?…:。！？：'.includes(lastMark(s) || 'x');
const endsFullStop = (s: string): boolean => '.!?…。！？'.includes(lastMark(s) || 'x');
const endsQuestion = (s: string): boolean => '?!？！'.includes(lastMark(s) || 'x');
/** A line that breaks off mid-sentence (a comma, a semicolon) is prose cut short, not a label. */
const endsClause = (s: string): boolean => s.endsWith(',') || s.endsWith(';');

/**
 * Words = runs of non-space characters; Chinese and Japanese write without spaces, so there two
 * characters count as a word (about the length of a word in those scripts). A loop, no array:
 * this runs on every line.
 */
function countWords(s: string): number {
  let n = 0;
  let cjk = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) cjk++;
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return cjk > 0 ? Math.max(n, Math.round(cjk / 2)) : n;
}

/**
 * A prose paragraph: ends like a sentence and has a few words, or is long. This is what the
 * header and footer zones stop at, so a story paragraph is never inside either.
 */
function isProse(u: Unit): boolean {
  if (u.p.heading > 0) return false;
  if (endsFullStop(u.text)) return u.words >= 2;
  // A line ending in a colon introduces something ("He said:"), unless it is a short label.
  return ((u.text.endsWith(':') || endsClause(u.text)) && u.words >= 4) || u.words >= 25;
}

// ---------------------------------------------------------------------------------------------
// 1. Rules that hold anywhere. Each pattern is something page chrome says and a story does not.

const SKIP_LINK = /^skip (?:to|next|navigation|over|ahead)\b/i;
const AD_LABEL = /^(?:advertisement|advertising|advert|ad|sponsored(?: content)?|paid (?:content|post)|promoted(?: content)?|anzeige|werbung|publicité|publicidad|pubblicità|reklama)\s*:?$/i;
const PLAYER_MESSAGE = /\b(?:browser|device) (?:does not|doesn't|cannot|can't|can not) (?:support|play)\b|\benable javascript to (?:watch|view|play)\b|\bto view this video\b|\byour browser is out of date\b/i;
const DURATION = /^\(?\d{1,2}:\d{2}(?::\d{2})?\)?(?:\s*(?:min|mins|minutes))?$/i;
const READ_MORE = /^(?:(?:read|see|show|view|load|watch|listen)\s+(?:more|the full (?:story|article)|full (?:story|article)|on|here|now)|(?:continue|keep) reading)\b[^.]*$/i;
const POINTER_END = /[»›→≫]$/;
const RELATED_LABEL =
  /^(?:related(?:\s+(?:article|articles|stories|story|content|coverage|reading|news|topics|video|videos|links))?|also read|read also|see also|recommended(?: for you| reading| stories)?|more on this(?: story| topic)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|you (?:may|might) also (?:like|be interested in)|editor'?s picks?|top stories|latest (?:news|stories)|further reading|in pictures|related video|watch|listen)\b/i;
const NEWSLETTER = /\bnewsletters?\b/i;
const CALL_TO_ACTION =
  /^(?:sign up|subscribe|register now|log ?in|sign in|follow us|share (?:this|on|via)|click here|tap here|download (?:our|the) app|get the app|join (?:us|our)|support (?:us|our)|donate|become a (?:member|subscriber|supporter))\b/i;
const SHARE_BUTTONS = /^(?:(?:share|tweet|email|e-mail|print|copy link|link copied|facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|messenger|flipboard|bluesky|threads|comments?|save|bookmark)(?:\s*[|·,/•]\s*|\s+|$)){1,10}$/i;
// "Copyright lawyers said…" is a story sentence: a copyright line has ©/(c) or a year after the word.
const COPYRIGHT = /^(?:copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*\d{4})|\ball rights reserved\b/i;
const COPYRIGHT_HOLDER = /(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?(.+?)(?:\.\s|\.?$|\s+all rights reserved)/i;
const COMMENT_POLICY = /\bcomment(?:ing)? (?:policy|guidelines|rules)\b|\bcommunity (?:guidelines|standards|rules)\b|\bbefore (?:commenting|posting a comment)\b|\bcomments? (?:are|is) (?:closed|moderated|disabled)\b|\bhouse rules\b/i;
const SOURCE_URL_LABEL =
  /^(?:original (?:url|article|link|source)|source(?: url| link)?|url|permalink|canonical(?: url)?|read the original(?: article)?|this (?:article|story) (?:was )?(?:originally )?(?:published|appeared) (?:on|in|at|by))\s*:?\s*(\S*)$/i;
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;
const EDITOR = /^(?:edited by|editing by|editor|editors|copy[- ]?edited by|fact[- ]checked by|produced by|graphics by|design(?:ed)? by|additional editing by)\s*:?\s+(.+)$/i;
const SIGNOFF_REACHED = /^(.+?)\s+(?:can be (?:reached|contacted) (?:at|on|via)|may be reached at)\s+(.*)$/i;
const DATE_LABEL =
  /^(?:published|posted|first published|updated|last updated|last modified|modified|date|dated|publication date|veröffentlicht|publiziert|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato)\b(?:\s*(?:date|on|at|am|le|el|il|:))*/i;
/** Date-label words wherever they stand in a dateline ("Von Jane Doe, publiziert am 12.03.2019"). */
const DATE_WORDS = /(?<![\p{L}])(?:published|posted|updated|on|at|veröffentlicht|publiziert|aktualisiert|am|um|publié|le|mis à jour|publicado|actualizado|el|pubblicato|aggiornato|il)(?![\p{L}])/giu;
const UPDATED_LABEL = /^(?:updated|last updated|last modified|modified)\b/i;
/** Names of analytics/tracking scripts that scrapers leave behind as a lone line. */
const TRACKER = /^(?:clicky|chartbeat|google analytics|google tag manager|matomo|piwik|comscore|quantcast|hotjar|parse\.ly|nielsen|statcounter|gemius|tealium|mixpanel|plausible|scorecard ?research|facebook pixel|outbrain|taboola)$/i;
/** "3 hours ago", "Yesterday at 14:05": a page's relative timestamp, useless without the page's clock. */
const RELATIVE_STAMP = /^(?:(?:updated|published|posted)\s*:?\s*)?(?:(?:\d+|an?|one)\s+(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago|just now|today|yesterday)(?:\s*(?:at|,)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?$/i;
/** "5 min read", "Reading time: 4 minutes", "Listen to this article · 5:32". */
const READING_TIME = /^(?:\d+\s*(?:-|–)?\s*min(?:ute)?s?\.?\s+read|reading time\s*:?\s*\d+.*|listen to (?:this )?(?:article|story)\b.*|listen\s*[·|-]?\s*\d{1,2}:\d{2}(?:\s*min)?)$/i;
/** BBC-style picture lines: "Image source, Getty Images", "Image caption, People gather …". */
const IMAGE_LINE = /^(?:image|media) (?:source|caption|credit),\s*(.+)$/i;
/** A web address closing a line (looked through when asking how the words before it end). */
const URL_TAIL = /\s*(?:https?:\/\/|www\.)\S+\s*$/i;
const EMAIL = /[\w.+-]{1,64}@([\w-]+(?:\.[\w-]+)+)/; // local part ≤ 64 (RFC 5321): a linear scan

// Footer-only: self-promotion is recognised by what an outlet says about itself, in its own
// voice ("our", "this content"): "Few residents subscribe to the ferry pass." is story.
const SELF_PROMO =
  /^a message from\b|\breprint permission\b|\brepublish(?:ing)?\b.{0,40}\b(?:content|article|story|stories)\b|\bfill out this form\b|\bcan be found here\b|\b(?:support|donate to|fund) (?:our|independent|quality) (?:journalism|reporting)\b|\bdelivers (?:independent|award-winning|trusted|unrivalled|in-depth)\b|\bsubscribe to (?:this|our)\b|\bdownload our app\b|\bfollow us on\b/i;
const SELF_SUBJECT =
  /^(?:[Aa] [Mm]essage from\s+)?((?:The\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}'’&.-]*)){0,5}?)(?:\s*:|\s+(?:delivers|brings|provides|is an? (?:independent|leading|award-winning|nonprofit|non-profit)))/u;
const MORE_FROM = /\bmore (?:stories|news|articles|videos) from\s+(.+)$/i;
const TOP_STORY = /^(?:skip next section\s+)?(.+?)[’']s? top stor(?:y|ies)$/i;

/**
 * Reasons of the header lines cleaning takes out of the text but which describe the article: its
 * headline, standfirst and dateline. They are metadata, not sentences of the story, yet they name
 * the event and its date; story clustering reads them back (src/cluster/doc.ts).
 */
export const HEADLINE_REASON = 'headline (kept as title)';
export const DATELINE_REASON = 'dateline (kept as publication date)';
export const AMBIGUOUS_DATELINE_REASON = 'dateline (numeric date reads two ways: not kept)';
export const STANDFIRST_REASON = 'standfirst or subheadline (header line that is not a sentence of the story)';
const HEADER_REASONS = new Set([HEADLINE_REASON, DATELINE_REASON, AMBIGUOUS_DATELINE_REASON, STANDFIRST_REASON]);

/** The removed lines that are the article's headline, standfirst or dateline, in text order. */
export function headerLines(removed: ReadonlyArray<{ text: string; reason: string }>): string[] {
  return removed.filter((r) => HEADER_REASONS.has(r.reason)).map((r) => r.text);
}

interface LineRule {
  kind: string;
  reason: string;
  test: (u: Unit) => boolean;
  /** A reason that depends on the line (the rule's own reason otherwise). */
  reasonOf?: (u: Unit) => string;
}

const LINE_RULES: LineRule[] = [
  { kind: 'nav', reason: 'navigation link ("skip to …")', test: (u) => u.words <= 10 && !endsFullStop(u.text) && SKIP_LINK.test(u.text) },
  { kind: 'ad', reason: 'advertisement label', test: (u) => u.words <= 3 && AD_LABEL.test(u.text) },
  { kind: 'media', reason: 'media player message', test: (u) => u.words <= 20 && PLAYER_MESSAGE.test(u.text) },
  { kind: 'duration', reason: 'video duration', test: (u) => u.words <= 2 && DURATION.test(u.text) },
  { kind: 'stamp', reason: 'relative timestamp (not a publication date)', test: (u) => u.words <= 8 && RELATIVE_STAMP.test(u.text) },
  { kind: 'readtime', reason: 'reading time or audio player', test: (u) => u.words <= 10 && READING_TIME.test(u.text) },
  { kind: 'imageline', reason: 'picture source or caption line', test: (u) => u.words <= 60 && IMAGE_LINE.test(u.text) },
  { kind: 'tracker', reason: 'tracker name (analytics script left by the scraper)', test: (u) => u.words <= 3 && TRACKER.test(u.text) },
  {
    kind: 'readmore',
    reason: 'call to action ("read more")',
    test: (u) => u.words <= 6 && !endsSentence(u.text) && (READ_MORE.test(u.text) || (POINTER_END.test(u.text) && u.words <= 4)),
  },
  {
    kind: 'related',
    reason: 'related-article teaser',
    test: (u) => u.words <= 25 && RELATED_LABEL.test(u.text) && (/^[^:]{0,40}:/.test(u.text) || (u.words <= 5 && !endsSentence(u.text))),
  },
  {
    kind: 'newsletter',
    reason: 'newsletter sign-up',
    test: (u) => u.words <= 30 && NEWSLETTER.test(u.text) && (!endsSentence(u.text) || /^(?:sign up|subscribe|get|join|new)\b/i.test(u.text)),
  },
  { kind: 'cta', reason: 'call to action (sign-up, sharing, app)', test: (u) => u.words <= 25 && CALL_TO_ACTION.test(u.text) },
  { kind: 'share', reason: 'share buttons', test: (u) => u.words <= 12 && SHARE_BUTTONS.test(u.text) },
  { kind: 'copyright', reason: 'copyright line', test: (u) => u.words <= 40 && COPYRIGHT.test(u.text) },
  { kind: 'comments', reason: 'comment policy', test: (u) => u.words <= 40 && COMMENT_POLICY.test(u.text) },
  { kind: 'sourceurl', reason: 'source URL line (kept as url)', test: (u) => u.words <= 12 && sourceUrlLine(u.text) },
  { kind: 'agencyline', reason: 'agency credit (kept as metadata)', test: (u) => u.words <= 12 && parseAgencyLine(u.text) !== null },
  { kind: 'editor', reason: 'editor credit (an editor, not an author)', test: (u) => u.words <= 14 && editorNames(u.text) !== null },
  { kind: 'reporting', reason: 'reporting credit (reporters kept as authors)', test: (u) => u.words <= 40 && parseReportingBy(u.text) !== null },
  { kind: 'contrib', reason: 'contributor credit (kept as metadata)', test: (u) => u.words <= 20 && parseContributors(u.text) !== null },
  { kind: 'signoff', reason: 'author sign-off (kept as author)', test: (u) => u.words <= 30 && signoffName(u.text) !== null },
  { kind: 'dateline', reason: DATELINE_REASON, test: (u) => u.words <= 14 && DATE_LABEL.test(u.text) && countWords(datelineRest(u.text) ?? 'x x x x x') <= 4 },
  { kind: 'credit', reason: 'photo credit (kept as metadata)', test: (u) => u.words <= 12 && creditOnly(u.text) !== null },
  { kind: 'caption', reason: 'photo caption (credit kept as metadata)', test: (u) => u.words <= 80 && captionWithCredit(u.text) !== null },
  // Wire-service boilerplate (wire.ts): notes to editors, pick-up markers, control words,
  // slugs, distribution notes, e-mail sign-offs; and the "On the Net:" heading of a link list.
  { kind: 'wire', reason: 'wire service', test: (u) => wireBoilerplate(u.text, u.words) !== null, reasonOf: (u) => wireBoilerplate(u.text, u.words) ?? 'wire service' },
  { kind: 'links', reason: 'list of web links ("On the Net:")', test: (u) => linkHeading(u.text, u.words) },
  { kind: 'hr', reason: 'horizontal rule (Markdown)', test: (u) => isRule(u.raw) },
  // A line of punctuation only ("------", "___", "$$$"): a separator, whatever its characters.
  { kind: 'hr', reason: 'separator line (no letters or digits)', test: (u) => u.text !== '' && !/[\p{L}\p{N}]/u.test(u.text) && u.words <= 3 },
  { kind: 'image', reason: 'image (Markdown image markup)', test: (u) => u.text === '' && u.p.dropped.some((d) => d.reason.startsWith('image')) },
  { kind: 'empty', reason: 'markup only', test: (u) => u.text === '' },
];

/** "Original url:" alone, or with the URL on the same line. */
function sourceUrlLine(text: string): boolean {
  const m = SOURCE_URL_LABEL.exec(text);
  return m !== null && (m[1] === '' || BARE_URL.test(m[1]));
}

/** "Edited by: Jane Doe, John Roe" → the names; null unless every part is a person's name. */
function editorNames(text: string): string[] | null {
  const m = EDITOR.exec(text);
  if (!m) return null;
  const names = m[1].replace(/[.;]+$/, '').split(/\s*(?:,|;|\band\b|&)\s*/).filter(Boolean);
  return names.length > 0 && names.every((n) => looksLikePerson(n)) ? names : null;
}

/**
 * The words of a line besides its date and date label ("Published : 15 Oct 2025 07:36 PM" → ""),
 * or null when the line holds no complete date. A dateline is a date with at most a few words.
 * Further dates and clock times on the line are not words either ("Posted: Nov 27, 2005 8: 20 AM
 * ET Last Updated: Nov 27, 2005 8: 10 PM ET", "21 July 2013 Last updated at 11: 11 GMT").
 * `ambiguousToo`: a numeric date that reads two ways ("05 / 02 / 2013") counts as the date.
 */
function datelineRest(text: string, ambiguousToo = false): string | null {
  const find = (t: string): { start: number; end: number } | null => findDate(t) ?? (ambiguousToo ? findAmbiguousDate(t) : null);
  const d = find(text);
  if (!d) return null;
  let rest = (text.slice(0, d.start) + ' ' + text.slice(d.end)).replace(DATE_LABEL, ' ');
  for (let k = 0; k < 2; k++) {
    const e = find(rest);
    if (!e) break;
    rest = rest.slice(0, e.start) + ' ' + rest.slice(e.end);
  }
  return rest.replace(CLOCK_TIME, ' ').replace(/[-–—|·,:•/()@]/g, ' ').trim();
}

/**
 * "on Dec 23 2012, 5: 03p" under a headline: a line in lower case that is a dateline does not
 * continue the line above (hard-wrapped text does), or the headline would swallow it.
 */
function datelineLine(text: string): boolean {
  if (countWords(text) > DATELINE_MAX_WORDS) return false;
  const rest = datelineRest(text, true);
  return rest !== null && datelineWords(rest);
}

const DATELINE_MAX_WORDS = 24;
/** How many story units at the top a date line left by the header zone is looked for in (see cleanText). */
const LEAD_DATE_UNITS = 3;
/**
 * A word that makes a date line the date of a later change to the article, not its own date
 * ("Revised March 5, 2026", "Corrected …", "Edited …", "Amended …"): isUpdateDate knows "updated"
 * and "modified" only (see cleanText).
 */
const REVISION_WORD = /\b(?:revised|revision|corrected|correction|edited|amended|changed|refreshed|reviewed|modified|updated)\b/i;
/** Nothing before a date that opens the story but a weekday ("Mon Feb 2, 2009 …", "Monday, Feb. 2, 2009 …"). */
const LEAD_WEEKDAY = /^\s*(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?\s*)?$/i;

/** A short line that is a date with at most a few capitalised words or date labels around it. */
function datelineWords(rest: string): boolean {
  const words = rest.split(/\s+/).filter(Boolean);
  return words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w) || DATELINE_GLUE.test(w));
}

function signoffName(text: string): string | null {
  if (!/reached|contacted/.test(text)) return null;
  const m = SIGNOFF_REACHED.exec(text.replace(/^[•·*-]\s*/, ''));
  return m && looksLikePerson(m[1]) ? m[1] : null;
}

// ---------------------------------------------------------------------------------------------
// Units: lines, with hard-wrapped paragraphs joined back.

/**
 * Join lines of one block that are one hard-wrapped paragraph. Scraped pages put one paragraph
 * per line, so lines are joined only on a clear signal: the next line continues in lower case,
 * or the block has the shape of wrapped text (3+ lines of similar width without sentence ends).
 */
function wrappedBlock(lines: PlainLine[]): boolean {
  if (lines.length < 3 || lines.some((l) => l.heading || l.listItem)) return false;
  const body = lines.slice(0, -1);
  const lens = body.map((l) => l.text.length);
  const open = body.filter((l) => !endsSentence(l.text)).length;
  return Math.min(...lens) >= 40 && Math.max(...lens) - Math.min(...lens) <= 30 && open * 2 >= body.length;
}

function toUnits(input: string): Unit[] {
  // Lines holding only zero-width characters (left by editors and CMSs) count as blank.
  // NFC: the same letter is one code point in every article ("é" never "e" + combining accent),
  // so names match across outlets and offsets count what a reader sees.
  const rawLines = input.normalize('NFC').replace(/\r\n?/g, '\n').replace(/^[\u200b-\u200d\u2060\ufeff \t\u00a0]+$/gm, '').split('\n');
  const units: Unit[] = [];
  let block = 0;
  let i = 0;
  while (i < rawLines.length) {
    if (rawLines[i].trim() === '') {
      i++;
      continue;
    }
    const start = i;
    while (i < rawLines.length && rawLines[i].trim() !== '') i++;
    const plains = rawLines.slice(start, i).map(plainLine);
    const wrapped = wrappedBlock(plains);
    const blockUnits: Unit[] = [];
    for (let k = 0; k < plains.length; k++) {
      const p = plains[k];
      const prev = blockUnits[blockUnits.length - 1];
      const continues =
        prev !== undefined &&
        !p.heading && !p.listItem && !prev.p.heading && !prev.p.listItem &&
        (wrapped || (/^\p{Ll}/u.test(p.text) && !endsSentence(prev.text) && prev.text !== '' && !datelineLine(p.text)));
      if (continues) {
        prev.raw += '\n' + rawLines[start + k].trim();
        prev.text = `${prev.text} ${p.text}`.trim();
        prev.words = countWords(prev.text);
        prev.p = { ...prev.p, text: prev.text, dropped: [...prev.p.dropped, ...p.dropped] };
        continue;
      }
      blockUnits.push({ line: start + k + 1, raw: rawLines[start + k].trim(), text: p.text, p, words: countWords(p.text), block, blockSize: 0, mark: null });
    }
    for (const u of blockUnits) {
      u.blockSize = blockUnits.length;
      // A wire marker glued after the paragraph's last sentence ("… cooperation. A plane, 2nd
      // graf, pvs"; "… oil. enditem =0822 NNNN"): the marker goes, the sentences stay (wire.ts).
      const glued = wireTail(u.text);
      if (glued) {
        const marker = u.text.slice(glued.start).trim();
        u.text = u.text.slice(0, glued.start).trimEnd();
        u.words = countWords(u.text);
        u.p = { ...u.p, text: u.text, dropped: [...u.p.dropped, { text: marker, reason: glued.reason }] };
      }
    }
    units.push(...blockUnits);
    block++;
  }
  return units;
}

// ---------------------------------------------------------------------------------------------

export function cleanText(input: string): CleanResult {
  const units = toUnits(input);
  const facts: CleanFacts = {
    title: null, published: null, updated: null, authors: [], agencies: [], photoCredits: [], urls: [], emailDomains: [], outletClues: [],
  };
  const mark = (u: Unit, kind: string, reason: string): void => {
    if (!u.mark) u.mark = { kind, reason };
  };

  // 1. Line rules.
  for (const u of units) {
    for (const rule of LINE_RULES) {
      if (rule.test(u)) {
        mark(u, rule.kind, rule.reasonOf?.(u) ?? rule.reason);
        break;
      }
    }
  }

  // A news service's budget (its list of stories for clients) is not an article: when two or
  // more of its entries were found (wire.ts `budgetEntry`), the rest of it is the budget's own
  // section heads, schedules and contact notes, and goes too. One entry can be quoted inside a
  // story about the service; two with the slug, summary and credit form cannot.
  if (units.filter((u) => u.mark?.reason === BUDGET_ENTRY).length >= 2) {
    for (const u of units) mark(u, 'wire', 'news service budget (a list of stories, not an article)');
  }

  // 2. Context rules.
  let firstProse = units.findIndex((u) => !u.mark && isProse(u));
  if (firstProse < 0) firstProse = units.length;
  const prevUnit = (i: number): Unit | undefined => units[i - 1];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const prev = prevUnit(i);
    const kind = u.mark?.kind;
    if (kind === 'readmore' && prev && !prev.mark && prev.words <= 25 && (!endsSentence(prev.text) || endsQuestion(prev.text))) {
      // The teaser headline right above "Read More »" is the link's title, not story text.
      mark(prev, 'related', 'related-article teaser (headline above "read more")');
    }
    if (kind === 'related' && !/:/.test(u.text)) {
      // A bare "Related" / "Most read" label heads a list of headlines in the same block.
      for (let j = i + 1; j < units.length && !units[j].mark && units[j].block === u.block && !endsSentence(units[j].text) && units[j].words <= 25; j++) {
        mark(units[j], 'related', 'related-article teaser (listed under a "related" label)');
      }
    }
    if (kind === 'credit' && prev && !prev.mark && prev.blockSize === 1 && prev.words <= 35 && !/["“”«»]/.test(prev.text) && prev.p.heading === 0 && (u.p.emphasised || i - 1 < firstProse)) {
      // A paragraph directly above a credit-only line is that picture's caption — when the
      // scraper set the credit apart (emphasis) or the picture heads the article. A plain
      // credit line in the body may belong to a picture without caption: the paragraph above
      // it is then story, and story is never dropped on a guess.
      mark(prev, 'caption', 'photo caption (above a photo credit)');
    }
    if (kind === 'duration' && prev && !prev.mark && prev.words <= 15 && (!endsSentence(prev.text) || endsQuestion(prev.text))) {
      mark(prev, 'videotitle', 'video title (above a video duration)');
    }
    if (kind === 'links') {
      // The addresses listed under "On the Net:", one a line ("Census Bureau: http://…").
      for (let j = i + 1; j < units.length && (units[j].mark === null || units[j].mark?.kind === 'links') && linkLine(units[j].text, units[j].words); j++) {
        mark(units[j], 'links', 'list of web links ("On the Net:")');
      }
    }
    if (kind === 'sourceurl') {
      const next = units[i + 1];
      const inline = SOURCE_URL_LABEL.exec(u.text)?.[1];
      if (inline && BARE_URL.test(inline)) facts.urls.push(inline);
      else if (next && BARE_URL.test(next.text)) {
        facts.urls.push(next.text);
        next.mark = { kind: 'sourceurl', reason: 'source URL (kept as url)' };
      }
    }
  }

  // 3. Header zone: everything before the first prose paragraph.
  let headerEnd = 0;
  let standfirsts = 0;
  for (; headerEnd < units.length; headerEnd++) {
    const u = units[headerEnd];
    if (u.mark) continue;
    if (headerCredit(u, units, headerEnd)) continue;
    const titleLike = facts.title === null && u.words <= 20 && endsQuestion(u.text) && u.blockSize === 1;
    if (isProse(u) && !titleLike) break;
    const kind = classifyHeader(u, facts, standfirsts);
    if (kind === null) break;
    if (kind === 'subhead') standfirsts++;
  }

  // Picture blocks print the image's title or alt text on the line above the caption. (After the
  // header pass, so that a standfirst above a header picture is reported as what it is.)
  for (let i = 1; i < units.length; i++) {
    const u = units[i];
    const prev = units[i - 1];
    if (u.mark?.kind === 'caption' && !prev.mark && prev.block === u.block && !endsSentence(prev.text) && prev.words <= 20) {
      mark(prev, 'caption', 'photo caption (image title above the caption)');
    }
  }

  // 4. Footer zone: everything after the last prose paragraph (walking back from the end).
  // A short line in the same block as prose (no blank line between) is part of that text — a
  // list at the end of a story, a sign-off word — not page chrome, so the catch-all spares it.
  const proseBlocks = new Set(units.filter((u) => !u.mark && isProse(u)).map((u) => u.block));
  const knownAuthors = uniq(bylineAuthors(units));
  let chromeBelow = false;
  for (let i = units.length - 1; i >= headerEnd; i--) {
    const u = units[i];
    if (u.mark) {
      chromeBelow = true;
      continue;
    }
    const bioOf = knownAuthors.find((a) => u.text.startsWith(a + ' ') && /^\s*\p{Lu}/u.test(u.text.slice(a.length)));
    if (bioOf) {
      mark(u, 'bio', 'author bio (after the end of the story)');
      continue;
    }
    if (compiledOnce(SELF_PROMO).test(u.text)) {
      mark(u, 'promo', 'outlet self-promotion (after the end of the story)');
      continue;
    }
    // A news service's trailer below a syndicated story (wire.ts): its sales and contact
    // lines, the column's letters line, the writer's note, "Thank you." and its signature.
    const trailer = serviceTrailer(u.text, u.words);
    if (trailer) {
      mark(u, 'service', trailer);
      chromeBelow = true;
      continue;
    }
    // A labelled web address after the story ("Navajo Nation: http://…"): a pointer for the
    // reader, the tail of a link list whose heading the scraper lost.
    if (linkLine(u.text, u.words) && !endsFullStop(u.text.replace(URL_TAIL, ''))) {
      mark(u, 'links', 'web link after the end of the story');
      continue;
    }
    if (u.words <= 10 && (MORE_FROM.test(u.text) || TOP_STORY.test(u.text))) {
      mark(u, 'footer', 'outlet self-reference (page footer)');
      continue;
    }
    // The catch-all only takes a short line that sits among recognised page chrome (a nav link
    // or credit below it) and carries no figures: a list or table closing a story stays.
    if (chromeBelow && !isProse(u) && titleLike(u) && !proseBlocks.has(u.block) && !/\d/.test(u.text)) {
      mark(u, 'footer', 'short line after the end of the story (page footer)');
      continue;
    }
    break;
  }

  // 5. Body: nothing beyond the rules above. Subheadings, short list items and one-line
  // questions stay: measured on the extraction benchmark's article bodies, rules for them
  // removed more story (lists, rhetorical questions, product names) than furniture.

  // Facts from the marked units.
  for (const u of units) collectFacts(u, facts);
  // A wire dateline ("MOSCOW (Reuters) —") opening the first story paragraph credits the agency.
  const lead = units.find((u) => !u.mark);
  const wire = lead ? wireDateline(lead.text) : null;
  if (wire) facts.agencies.push(wire);
  // …and a wire dateline that prints its year ("NEW YORK, March 3, 2011 /PRNewswire/ --") is
  // the story's own date line: a publication date when the header states none.
  const filed = lead ? wireDatelineDay(lead.text, null) : null;
  if (filed) facts.published ??= filed;
  // …and a complete date that the header zone did not take (the first line was not read as a
  // headline, or the date runs on into the story on one line): one that opens the first story
  // unit ("Mon Feb 2, 2009 10:48am EST A ferry sank …"; nothing before it but a weekday), or a
  // line among the first story units that is a dateline whole ("November 20, 2012" under a
  // first line read as story) is the article's own date line, as a header dateline is: a
  // publication date when nothing else states one. The text is not changed (the line stays story,
  // as it was). Not an update date (isUpdateDate), and only within the first three units: a date
  // line further down is a date in the story (a chronology, a caption).
  if (facts.published === null) {
    const first = units.filter((u) => !u.mark).slice(0, LEAD_DATE_UNITS);
    for (const [k, u] of first.entries()) {
      const head = u.text.slice(0, 80);
      const d = findDate(head);
      if (!d) continue;
      // A date that opens a sentence ("March 3, 2011 was the day …") is no date line: a weekday
      // before it or a clock time after it marks one.
      // Nor is a date with a weekday that the sentence goes on from in lower case ("Friday, March
      // 13, 2026, will be remembered as …", "… 2026 was the day …", "… at 9pm the harbour
      // burned"): the date is the sentence's subject or adverbial, an event's day, and a date
      // line is followed by the story's first word, a capital.
      const runsOn = /^\s*[,;]?\s*\p{Ll}/u.test(head.slice(d.end));
      const opens = k === 0 && !runsOn && LEAD_WEEKDAY.test(head.slice(0, d.start)) && (/^\s*(?:mon|tue|wed|thu|fri|sat|sun)/i.test(head) || d.iso.includes('T'));
      const whole = u.words <= DATELINE_MAX_WORDS && !endsFullStop(u.text) && (() => {
        const rest = datelineRest(u.text);
        return rest !== null && datelineWords(rest);
      })();
      if ((opens || whole) && !isUpdateDate(whole ? u.text : head, d) && !REVISION_WORD.test(whole ? u.text : head.slice(0, d.start))) {
        facts.published = d.iso;
        break;
      }
    }
  }
  facts.authors = uniq(facts.authors);
  facts.agencies = uniq(facts.agencies);
  facts.photoCredits = uniq(facts.photoCredits);
  facts.urls = uniq(facts.urls);

  const removed: Removed[] = [];
  const kept: string[] = [];
  for (const u of units) {
    if (u.mark) {
      removed.push({ text: u.raw, reason: u.mark.reason, line: u.line });
      continue;
    }
    kept.push(u.text);
    for (const d of u.p.dropped) removed.push({ text: d.text, reason: d.reason, line: u.line });
  }
  return { text: kept.join('\n\n'), removed, facts };
}

/**
 * Short and mostly capitalised, as link texts, section names and teasers are ("DW's Top Story",
 * "More stories from The Example News"). A sentence fragment without its full stop ("Products
 * also include shampoo and soap") has lower-case words and is not taken for one.
 */
function titleLike(u: Unit): boolean {
  if (u.words > 10) return false;
  const words = u.text.split(/\s+/);
  const caps = words.filter((w) => /^[\p{Lu}\d"“'‘(]/u.test(w)).length;
  return words.length <= 2 || caps * 2 >= words.length;
}

/** Authors named by the credit lines marked so far (byline, sign-off): an author bio starts with one. */
function bylineAuthors(units: Unit[]): string[] {
  const out: string[] = [];
  for (const u of units) {
    if (u.mark?.kind === 'byline') out.push(...(parseByline(u.text)?.authors ?? (looksLikePerson(u.text) ? [u.text] : [])));
    if (u.mark?.kind === 'signoff') {
      const name = signoffName(u.text);
      if (name) out.push(name);
    }
  }
  return out;
}

/**
 * A header dateline or byline. A dateline is a complete date with at most a few capitalised
 * words around it (an outlet name, a weekday, "Published"); a sentence that mentions a date has
 * lower-case words and a full stop, so it is never taken for one.
 */
/** Lower-case words a dateline may hold besides names: connectors and date labels. */
const DATELINE_GLUE = /^(?:at|on|by|of|and|the|last|updated|published|posted|am|um|le|el|il|publiziert|veröffentlicht|aktualisiert|publié|publicado|pubblicato)$/i;

function headerCredit(u: Unit, units: Unit[], i: number): boolean {
  // (Up to 24 words for a dateline: two dates with their times and labels are that long,
  // "Posted: Nov 27, 2005 8: 20 AM ET Last Updated: Nov 27, 2005 8: 10 PM ET"; the words besides
  // the dates are what is limited.)
  if (u.words > DATELINE_MAX_WORDS || endsFullStop(u.text)) return false;
  const rest = datelineRest(u.text);
  if (rest !== null && datelineWords(rest)) {
    u.mark = { kind: 'dateline', reason: DATELINE_REASON };
    return true;
  }
  // "05 / 02 / 2013", "Posted 2 / 3 / 2009 11: 11 PM": the line is a dateline all the same — not
  // a headline, not a standfirst, not story — but its date reads two ways, so none is kept.
  if (rest === null) {
    const amb = datelineRest(u.text, true);
    if (amb !== null && datelineWords(amb)) {
      u.mark = { kind: 'dateline', reason: AMBIGUOUS_DATELINE_REASON };
      return true;
    }
  }
  if (u.words > 14) return false;
  const nearDate = [units[i - 1], units[i + 1]].some((n) => n !== undefined && n.block === u.block && n.words <= 10 && datelineRest(n.text) !== null);
  if (parseByline(u.text) || (nearDate && u.words <= 4 && looksLikePerson(u.text))) {
    u.mark = { kind: 'byline', reason: 'byline (kept as author)' };
    return true;
  }
  return false;
}

/**
 * Is the dateline's date the last update rather than the publication? When the line opens with
 * an update label ("Updated: May 24, 2005"), when an update label stands before the date and no
 * publication label does ("Story updated …"), or when the date comes first and an update label
 * follows with no second date ("21 July 2013 Last updated at 11: 11 GMT", "Sep 10, 2010 |
 * Updated 8: 52 PM": the date shown is the day of the update). "On April 30, 2008 at 4: 31 AM,
 * updated April 30, 2008 …" prints both dates: the first is the publication.
 */
function isUpdateDate(t: string, d: { start: number; end: number }): boolean {
  if (UPDATED_LABEL.test(t)) return true;
  const before = t.slice(0, d.start);
  if (/\b(?:published|posted|created|release[d]?)\b/i.test(before)) return false;
  if (/\bupdated\b/i.test(before)) return true;
  const after = t.slice(d.end);
  const up = /\bupdated\b/i.exec(after);
  return up !== null && findDate(after.slice(up.index)) === null;
}

/** Header text units: headline, section label or standfirst. */
/** Marks a header unit and returns the kind given, or null when the header ends at it. */
function classifyHeader(u: Unit, facts: CleanFacts, standfirsts: number): string | null {
  if (u.words <= 2 && !endsSentence(u.text) && u.p.heading === 0) {
    // "World", "PoliticsSyria": a section or topic label above the headline.
    u.mark = { kind: 'label', reason: 'section label' };
  } else if (facts.title === null && u.words <= 30) {
    facts.title = u.text;
    u.mark = { kind: 'title', reason: HEADLINE_REASON };
  } else if (standfirsts >= 2) {
    // A page has a standfirst or two under the headline; a run of further non-sentence lines is
    // a list or table that starts the story (a calendar, a score box): the header ends there.
    return null;
  } else {
    u.mark = { kind: 'subhead', reason: STANDFIRST_REASON };
  }
  return u.mark.kind;
}

/** Read the metadata a marked unit carries. */
function collectFacts(u: Unit, facts: CleanFacts): void {
  const kind = u.mark?.kind;
  const t = u.text;
  switch (kind) {
    case 'dateline': {
      const d = findDate(t);
      if (!d) return;
      if (isUpdateDate(t, d)) facts.updated ??= d.iso;
      else facts.published ??= d.iso;
      const rest = (t.slice(0, d.start) + ' ' + t.slice(d.end)).replace(DATE_LABEL, ' ').replace(DATE_WORDS, ' ').replace(/\s+/g, ' ');
      const name = rest.replace(/^[\s\-–—|·,:•]+|[\s\-–—|·,:•]+$/g, '').replace(/\s*[-–—|·•]\s*$/, '').trim();
      // "By Jane Doe | October 15, 2025": the words beside the date are a byline, not an outlet.
      const byline = name ? parseByline(name, true) : null;
      if (byline) {
        facts.authors.push(...byline.authors);
        facts.agencies.push(...byline.agencies);
      } else if (name && /^(?:The\s+)?\p{Lu}/u.test(name) && countWords(name) <= 6 && !looksLikeWeekday(name) && (countWords(name) >= 2 || /^The\b/.test(name)) && !findDate(name) && !/\d{1,2}\s?[:.]\s?\d{2}\b/.test(name)) {
        // WHY the date and time checks: a dateline often prints two dates ("on September 14, 2013
        // 11: 41am | Updated on September 14, 2013 11: 41am"); what is left beside the first one
        // is the second date, and no outlet's name holds a date or a clock time.
        // One bare word beside a date is more often a section ("World", "U.S.") than the outlet.
        facts.outletClues.push({ name, rank: 2, how: 'dateline' });
      }
      return;
    }
    case 'wire': {
      const name = emailSignoff(t);
      if (name && looksLikePerson(name)) facts.authors.push(name);
      return;
    }
    case 'byline': {
      const b = parseByline(t);
      if (b) {
        facts.authors.push(...b.authors);
        facts.agencies.push(...b.agencies);
      } else if (looksLikePerson(t)) facts.authors.push(t);
      return;
    }
    case 'imageline': {
      const m = IMAGE_LINE.exec(t);
      if (m && /^(?:image|media) (?:source|credit)/i.test(t)) facts.photoCredits.push(m[1].trim());
      return;
    }
    case 'agencyline':
      facts.agencies.push(...(parseAgencyLine(t) ?? []));
      return;
    case 'contrib': {
      const c = parseContributors(t);
      if (c) facts.agencies.push(...c.agencies);
      return;
    }
    case 'reporting':
      facts.authors.push(...(parseReportingBy(t) ?? []));
      return;
    case 'signoff': {
      const name = signoffName(t);
      if (name) facts.authors.push(name);
      const email = EMAIL.exec(t);
      if (email) facts.emailDomains.push(email[1].toLowerCase());
      return;
    }
    case 'credit': {
      const c = creditOnly(t);
      if (c) facts.photoCredits.push(c);
      return;
    }
    case 'caption': {
      const c = captionWithCredit(t);
      if (c) facts.photoCredits.push(c.credit);
      return;
    }
    case 'copyright': {
      const m = COPYRIGHT_HOLDER.exec(t);
      if (m && /^(?:The\s+)?\p{Lu}/u.test(m[1]) && countWords(m[1]) <= 8) facts.outletClues.push({ name: m[1], rank: 1, how: 'copyright line' });
      return;
    }
    case 'promo': {
      const m = compiledOnce(SELF_SUBJECT).exec(t);
      if (m && !/^(?:Support|Subscribe|Sign|Follow|Download|Donate|To|More|Please)\b/.test(m[1])) facts.outletClues.push({ name: m[1], rank: 2, how: 'self-promotion' });
      return;
    }
    case 'nav':
    case 'footer': {
      const more = MORE_FROM.exec(t) ?? TOP_STORY.exec(t);
      if (more) facts.outletClues.push({ name: more[1].trim(), rank: 3, how: 'self-reference' });
      return;
    }
  }
}

function looksLikeWeekday(s: string): boolean {
  return /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/i.test(s.trim());
}
