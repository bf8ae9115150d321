/**
 * Quotations and who said them. Owns quote-mark pairing, attribution and the partial flag.
 *
 * Pairing (one pass over the quote marks):
 * - curly double marks pair open/close; a straight `"` opens after a space or line start and
 *   closes before a space or punctuation; « » and „ “ are handled as opening/closing marks;
 * - single quotes ('redefine', ‘tricked’) pair only inside one paragraph and never inside a
 *   double quote, and an apostrophe between letters (Syria's, don’t) is never a quote mark; a
 *   closing ’ after "s" ("Damascus’ leader") counts only when a single quote is open;
 * - a quote may run over paragraphs the way newspapers write it: a paragraph that opens a quote
 *   without closing it continues into the next paragraph when that one starts with an opening
 *   mark; an unclosed quote without such a continuation is dropped (better no quote than a
 *   quote that runs into the reporter's words).
 * Attribution, first match wins:
 * 1. right after the closing mark: `, he said`, `, Sharaa told Putin`, `, said Mr. Putin`,
 *    `" a Syrian official told AFP`;
 * 2. before the opening mark in the same sentence: the subject of the last reporting verb
 *    (`Putin told Sharaa that … "friendly relations"`, `Al-Sharaa, in his remarks, underscored
 *    the "…"`, `Putin said: "…"`);
 * 3. `according to X` anywhere in the sentence;
 * 4. a paragraph that is nothing but a quote inherits the speaker of the quote that closed the
 *    paragraph before it.
 * The speaker is a name mention, a pronoun or a descriptive phrase ("a Syrian official"). A
 * pronoun resolves to the nearest person mentioned before it outside any quote; a name to the
 * longest form of that name in the article ("Sharaa" → "Ahmed al-Sharaa"); a description to a
 * name it contains or to the one person whose role it matches ("Syrian president").
 */
import type { Mention, Quote, Sentence, TextSpan } from '../core/schema.js';
import { ROLE_HEADS } from './lexicon/persons.js';
import { nameKey } from './mentions.js';

const VERBS =
  'said|says|say|told|tells|tell|added|adds|stated|states|declared|declares|announced|announces|wrote|writes|' +
  'tweeted|posted|noted|notes|explained|explains|insisted|insists|argued|argues|claimed|claims|stressed|stresses|' +
  'warned|warns|urged|urges|asked|asks|replied|answered|responded|continued|concluded|acknowledged|admitted|' +
  'confirmed|confirms|denied|denies|reaffirmed|affirmed|emphasised|emphasized|underscored|underlined|praised|' +
  'praises|promised|promises|pledged|pledges|vowed|vows|called|calls|described|describes|accused|accuses|hoped|' +
  'believes|believed|recalled|suggested|suggests|indicated|predicted|revealed|reported|reports|quoted|cited|' +
  'welcomed|welcomes|thanked|hailed|hails|condemned|condemns|criticised|criticized|dismissed|rejected|' +
  'expressed|voiced|highlighted|labelled|labeled|branded|termed|dubbed|tweets|' +
  'went on|pointed out|told reporters';
const VERB_RE = new RegExp(`\\b(?:${VERBS})\\b`, 'g');
/** Heads of descriptive speakers ("a Syrian official", "the ministry", "government sources"). */
const DESC_HEADS =
  'official|officials|spokesman|spokeswoman|spokesperson|source|sources|diplomat|diplomats|minister|ministry|' +
  'statement|aide|aides|analyst|analysts|expert|experts|witness|witnesses|resident|residents|officer|officers|' +
  'commander|leader|leaders|president|government|agency|office|embassy|report|army|military|police|observer|' +
  'observers|activist|activists|lawyer|adviser|advisor|envoy|negotiator|representative|member|members|' +
  'people|person|man|woman|doctor|journalist|correspondent|agency|group|organisation|organization|monitor';
/** Description heads: the list above plus every title and role noun of the person lexicon. */
const DESC_HEAD_RE = [...new Set([...DESC_HEADS.split('|'), ...ROLE_HEADS])]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const DESC_RE = new RegExp(
  String.raw`(?:^|[\s(])((?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Mm]any|[Tt]wo|[Tt]hree)\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:${DESC_HEAD_RE}))$`,
  'u',
);
const DESC_AT = new RegExp(
  String.raw`^((?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:${DESC_HEAD_RE}))(?![\p{L}])`,
  'u',
);
const PRONOUN_END = /(?:^|[^\p{L}])(he|she|they|we|I|it|He|She|They|We|It)$/u;
const PRONOUN_AT = /^(he|she|they|we|I|it)\b/;
/** Words between a subject and its reporting verb that do not break the link. */
const FILLERS = new RegExp(
  String.raw`(?:\s*,[^,"“”]{1,80},|\s+(?:has|had|have|also|reportedly|then|later|previously|earlier|once|again|publicly|warmly|repeatedly|only|had|on\s+\p{Lu}\p{Ll}+day|(?:earlier|later)\s+this\s+\w+|last\s+\w+|this\s+week|on\s+\w+))+\s*$`,
  'u',
);
const VERB_FIRST = new RegExp(`^(?:${VERBS})\\b\\s+`);
const AFTER_VERB = new RegExp(String.raw`^\s*,?\s*(?:(?:also|then|later|reportedly)\s+)?(?:${VERBS})\b`);
const ATTRIBUTION_WINDOW = 400;
/** What may stand between two quotes of one speaker: the attribution of the first (", Mr. Mark said."). */
const ATTRIBUTION_TAIL = new RegExp(String.raw`^[\s,]*(?:[\p{L}.'’-]+\s+){0,6}?(?:${VERBS})\b[^"“”.!?]{0,80}[\s.,;:]*$`, 'u');
const ACCORDING = /\b[Aa]ccording to\s+([^.,;:!?"“”]{2,120})/;
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'that', 'and', 'but', 'of', 'in']);

interface Mark {
  pos: number;
  double: boolean;
  open: boolean;
  close: boolean;
}

export function findQuotes(text: string, sentences: Sentence[], mentions: Mention[]): Quote[] {
  const raw = pairQuotes(text);
  if (raw.length === 0) return [];
  const byStart = new Map<number, Mention>();
  const byEnd = new Map<number, Mention>();
  for (const m of mentions) {
    byStart.set(m.start, m);
    if (m.role) byStart.set(m.role.start, m);
    byEnd.set(m.end, m);
  }
  const persons = mentions.filter((m) => m.type === 'person');
  const speakers = new SpeakerIndex(text, mentions, persons, raw);
  const paragraphs = new Paragraphs(text);
  const quotes: Quote[] = [];
  let prev: { quote: Quote; paraEnd: number; closeAfter: number } | null = null;

  for (const r of raw) {
    let { start, end } = r;
    // Trailing comma inside the marks belongs to the reporter's sentence, not the quote.
    while (end > start && /[\s,]/.test(text[end - 1])) end--;
    while (start < end && /\s/.test(text[start])) start++;
    if (end <= start) continue;
    const sent = sentenceAt(sentences, r.open);
    // Attribution is local: look at most ATTRIBUTION_WINDOW characters back, so a long
    // unpunctuated text with many quotes stays linear.
    const sStart = Math.max(sent ? Math.min(sent.start, r.open) : r.open, r.open - ATTRIBUTION_WINDOW);
    const paraStart = paragraphs.startOf(r.open);
    const paraEnd = paragraphs.endOf(r.close, text.length);
    const afterEnd = sentenceEndAfter(sentences, r.close + 1, paraEnd);
    const after = text.slice(r.close + 1, Math.min(afterEnd, r.close + 200));
    const before = text.slice(Math.max(sStart, paraStart), r.open);

    let speaker: TextSpan | null = null;
    let cue: string | null = null;
    let attributedAfter = false;
    // 1. After the closing mark.
    const a = speakerAfter(text, r.close + 1, after);
    if (a) {
      speaker = a.speaker;
      cue = a.cue;
      attributedAfter = true;
    }
    // 2. Before the opening mark, same sentence.
    if (!speaker) {
      const b = speakerBefore(text, r.open - before.length, before);
      if (b) ({ speaker, cue } = b);
    }
    // 3. "according to X" in the sentence.
    if (!speaker) {
      const sentText = text.slice(sStart, Math.min(afterEnd, r.close + ATTRIBUTION_WINDOW));
      const acc = ACCORDING.exec(sentText);
      if (acc) {
        const s0 = sStart + acc.index + acc[0].length - acc[1].length;
        const t = acc[1].trimEnd();
        speaker = { start: s0, end: s0 + t.length, text: t };
        cue = 'according to';
      }
    }
    const q: Quote = {
      start,
      end,
      text: text.slice(start, end),
      speaker,
      speakerName: null,
      speakerKind: null,
      cue,
      partial: isPartial(text, start, end, before, after, attributedAfter),
    };
    // 4. A quote-only paragraph continues the speaker of the paragraph before; so does a quote
    //    that is a whole sentence right after an attributed quote of the same paragraph
    //    (`“…,” Mr. Mark said. “We are still …”`).
    if (!speaker && prev && prev.quote.speaker) {
      const sameParagraph = prev.paraEnd === paraEnd && !q.partial && /^[\s.,;:!?]*$/.test(text.slice(prev.closeAfter, r.open).replace(ATTRIBUTION_TAIL, ''));
      const nextParagraph = prev.paraEnd < paraStart && onlyQuote(text, paraStart, paraEnd, r.open, r.close) && /^\s*$/.test(text.slice(prev.paraEnd, paraStart));
      if (sameParagraph || nextParagraph) {
        q.speaker = prev.quote.speaker;
        q.cue = prev.quote.cue;
        q.speakerName = prev.quote.speakerName;
      }
    }
    if (q.speaker && q.speakerName === null) q.speakerName = speakers.resolve(q.speaker);
    if (q.speaker) q.speakerKind = speakers.kindOf(q.speaker);
    quotes.push(q);
    prev = { quote: q, paraEnd, closeAfter: r.close + 1 };
  }
  return quotes;

  function speakerAfter(text: string, from: number, after: string): { speaker: TextSpan; cue: string } | null {
    const lead = /^\s*[,—–-]?\s*/.exec(after)![0];
    const p = from + lead.length;
    const rest = after.slice(lead.length);
    // VERB SPEAKER: "said Putin", "said a spokesman", "said Mr. Putin".
    const v = VERB_FIRST.exec(rest);
    if (v) {
      const sp = speakerAt(text, p + v[0].length);
      if (sp) return { speaker: sp, cue: v[0].trim() };
      return null;
    }
    // SPEAKER VERB
    const sp = speakerAt(text, p);
    if (!sp) return null;
    const tail = text.slice(sp.end, sp.end + 140);
    const fill = /^(?:\s*,[^,"“”]{1,100},|\s+(?:has|had|also|then|later|reportedly|on\s+\p{Lu}\p{Ll}+day))*/u.exec(tail)![0];
    const vm = AFTER_VERB.exec(tail.slice(fill.length));
    if (!vm) return null;
    // When the quote closed its own sentence ("… over.” Smith said the deal …"), a following
    // "X said" attributes it only if that sentence is no more than the attribution.
    if (/[.!?]$/.test(text.slice(Math.max(0, from - 2), from - 1))) {
      const rest = text.slice(sp.end + fill.length + vm[0].length, sp.end + fill.length + vm[0].length + 80);
      const tailOfSentence = /^[^.!?"“”]{0,50}[.!?]/.exec(rest);
      if (!tailOfSentence || /\bthat\b/.test(tailOfSentence[0])) return null;
    }
    return { speaker: sp, cue: vm[0].replace(/^[\s,]*/, '').replace(/^(?:also|then|later|reportedly)\s+/, '') };
  }

  /** A speaker starting at `p`: a name (with its role), a pronoun, or a descriptive phrase. */
  function speakerAt(text: string, p: number): TextSpan | null {
    const m = byStart.get(p);
    if (m && (m.type === 'person' || m.type === 'organization' || m.type === 'other')) return { start: m.start, end: m.end, text: m.text };
    const head = text.slice(p, p + 80);
    const pr = PRONOUN_AT.exec(head);
    if (pr) return { start: p, end: p + pr[1].length, text: pr[1] };
    const d = DESC_AT.exec(head);
    if (d) return { start: p, end: p + d[1].length, text: d[1] };
    return null;
  }

  function speakerBefore(text: string, segStart: number, before: string): { speaker: TextSpan; cue: string } | null {
    VERB_RE.lastIndex = 0;
    const verbs: RegExpExecArray[] = [];
    let m: RegExpExecArray | null;
    while ((m = VERB_RE.exec(before))) verbs.push(m);
    // The closest reporting verb with a subject wins ("Lavrov reaffirmed that Moscow offered …").
    for (let k = verbs.length - 1; k >= 0; k--) {
      const found = subjectOf(segStart, before, verbs[k]);
      if (found) return found;
    }
    return null;
  }

  function subjectOf(segStart: number, before: string, last: RegExpExecArray): { speaker: TextSpan; cue: string } | null {
    let seg = before.slice(0, last.index);
    const fill = FILLERS.exec(seg);
    if (fill) seg = seg.slice(0, fill.index);
    seg = seg.replace(/\s+$/, '');
    const segEnd = segStart + seg.length;
    const cue = last[0];
    // "X, a close ally of Y, visited the site and said …": the subject of a coordinated verb is
    // the person who opens the sentence.
    if (/\band$/.test(seg)) {
      let opener: Mention | null = null;
      for (let k = lowerBound(persons, segStart); k < persons.length && persons[k].start < segStart + 120 && !opener; k++) {
        const m = persons[k];
        if ((m.role?.start ?? m.start) >= segStart && /^[\s"“]*$/.test(text.slice(segStart, m.role?.start ?? m.start))) opener = m;
      }
      return opener ? { speaker: { start: opener.start, end: opener.end, text: opener.text }, cue } : null;
    }
    const mention = byEnd.get(segEnd);
    if (mention && mention.type !== 'place') return { speaker: { start: mention.start, end: mention.end, text: mention.text }, cue };
    const pr = PRONOUN_END.exec(seg);
    if (pr) return { speaker: { start: segEnd - pr[1].length, end: segEnd, text: pr[1] }, cue };
    const d = DESC_RE.exec(seg);
    if (d) {
      let t = d[1];
      // Drop leading function words the lazy match may have taken ("that the officials").
      let off = segEnd - t.length;
      for (;;) {
        const w = /^(\S+)\s+/.exec(t);
        if (!w || !FUNCTION_WORDS.has(w[1].toLowerCase()) || /^(?:an?|the|one|another)$/i.test(w[1])) break;
        off += w[0].length;
        t = t.slice(w[0].length);
      }
      return { speaker: { start: off, end: segEnd, text: t }, cue };
    }
    return null;
  }
}

/** Pair quote marks into raw quotes: `open`/`close` are the marks' positions, start/end inside. */
function pairQuotes(text: string): Array<{ open: number; close: number; start: number; end: number }> {
  const marks: Mark[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '"' || c === '“' || c === '”' || c === '„' || c === '«' || c === '»') {
      const prev = i > 0 ? text[i - 1] : '\n';
      const next = i + 1 < n ? text[i + 1] : '\n';
      let open = c === '“' || c === '„' || c === '«';
      let close = c === '”' || c === '»';
      if (c === '"') {
        open = /[\s([{—–\-/*_]/.test(prev) && !/\s/.test(next);
        close = !/\s/.test(prev) && (/[\s.,;:!?)\]}—–\-*_]/.test(next) || i + 1 === n);
        if (!open && !close) open = close = true; // ambiguous: decided by state
      }
      // Some outlets write “ for both: an opening mark followed by white space closes.
      if (c === '“' && /\s/.test(next) && !/\s/.test(prev)) {
        open = false;
        close = true;
      }
      marks.push({ pos: i, double: true, open, close });
    } else if (c === "'" || c === '‘' || c === '’') {
      const prev = i > 0 ? text[i - 1] : '\n';
      const next = i + 1 < n ? text[i + 1] : '\n';
      const letterPrev = /[\p{L}\p{N}]/u.test(prev);
      const letterNext = /[\p{L}\p{N}]/u.test(next);
      if (letterPrev && letterNext) continue; // apostrophe: Syria's, don’t
      const open = !letterPrev && /[\p{L}]/u.test(next) && /[\s([{—–\-"“]/.test(prev);
      const close = !/\s/.test(prev) && !letterNext;
      if (!open && !close) continue;
      marks.push({ pos: i, double: false, open, close });
    }
  }

  const out: Array<{ open: number; close: number; start: number; end: number }> = [];
  let dOpen = -1; // position of the open double mark of the quote in progress
  let sOpen = -1;
  for (const mk of marks) {
    if (mk.double) {
      if (dOpen >= 0) {
        const crossesParagraph = hasParagraphBreak(text, dOpen, mk.pos);
        if (crossesParagraph) {
          // Continuation: every paragraph break inside must be followed by an opening mark.
          if (!continuesAcross(text, dOpen, mk.pos)) {
            dOpen = mk.open ? mk.pos : -1;
            sOpen = -1;
            continue;
          }
          if (mk.open && isParagraphOpening(text, mk.pos)) continue; // the continuation mark itself
        }
        if (mk.close) {
          out.push({ open: dOpen, close: mk.pos, start: dOpen + 1, end: mk.pos });
          dOpen = -1;
          sOpen = -1;
          continue;
        }
        // Two opening marks in one paragraph: the first was never closed; start again.
        dOpen = mk.pos;
        continue;
      }
      if (mk.open) {
        dOpen = mk.pos;
        sOpen = -1;
      }
      continue;
    }
    // Single marks: only outside double quotes, only within one paragraph.
    if (dOpen >= 0) continue;
    if (sOpen >= 0 && hasParagraphBreak(text, sOpen, mk.pos)) sOpen = -1;
    if (sOpen >= 0 && mk.close) {
      // A short span only: long single-quoted runs are usually apostrophes gone wrong.
      if (mk.pos - sOpen <= 300 && text[mk.pos - 1] !== ' ') out.push({ open: sOpen, close: mk.pos, start: sOpen + 1, end: mk.pos });
      sOpen = -1;
    } else if (mk.open) sOpen = mk.pos;
  }
  return out;
}

function hasParagraphBreak(text: string, from: number, to: number): boolean {
  return /\n[ \t\u00a0]*\n/.test(text.slice(from, to));
}

function isParagraphOpening(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n';
}

/** Every paragraph break between `from` and `to` is followed by an opening quote mark. */
function continuesAcross(text: string, from: number, to: number): boolean {
  const re = /\n[ \t\u00a0]*\n\s*/g;
  const seg = text.slice(from, to + 1);
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg))) {
    const c = seg[m.index + m[0].length];
    if (c !== '“' && c !== '"' && c !== '„' && c !== '«') return false;
  }
  return true;
}

/** Paragraph boundaries (blank lines), found once; start/end of the paragraph around a position. */
class Paragraphs {
  private readonly breaks: number[] = []; // index of each "\n\n"

  constructor(text: string) {
    for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', i + 2)) this.breaks.push(i);
  }

  startOf(pos: number): number {
    const k = this.lastBreakBefore(pos);
    return k < 0 ? 0 : this.breaks[k] + 2;
  }

  endOf(pos: number, textLength = Infinity): number {
    const k = this.lastBreakBefore(pos) + 1;
    return k < this.breaks.length ? this.breaks[k] : textLength;
  }

  /** Index of the last break at or before `pos`, or -1. */
  private lastBreakBefore(pos: number): number {
    let lo = 0;
    let hi = this.breaks.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.breaks[mid] <= pos) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  }
}

function sentenceAt(sentences: Sentence[], pos: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return hi >= 0 ? sentences[hi] : null;
}

/** End of the sentence that continues after a closing mark (to the paragraph end at most). */
function sentenceEndAfter(sentences: Sentence[], pos: number, paraEnd: number): number {
  const s = sentenceAt(sentences, pos);
  if (!s || s.end <= pos) {
    // The closing mark ended a sentence: attribution may follow in the next one ("….” Putin said).
    const k = lowerBound(sentences, pos);
    const next = k < sentences.length ? sentences[k] : undefined;
    return next ? Math.min(next.end, paraEnd) : paraEnd;
  }
  return Math.min(s.end, paraEnd);
}

function onlyQuote(text: string, paraStart: number, paraEnd: number, open: number, close: number): boolean {
  return /^\s*$/.test(text.slice(paraStart, open)) && /^[\s.,!?]*$/.test(text.slice(close + 1, paraEnd));
}

/**
 * Full quote: it opens the sentence (or follows "X said:") and nothing but an attribution
 * follows it. One- and two-word quotes are always partial (scare quotes, key words).
 */
function isPartial(text: string, start: number, end: number, before: string, after: string, attributedAfter: boolean): boolean {
  const words = text.slice(start, end).split(/\s+/).filter(Boolean).length;
  if (words <= 2) return true;
  const opensSentence = /^[\s*•\-–—]*$/.test(before) || /:\s*$/.test(before);
  if (!opensSentence) return true;
  if (attributedAfter) return false;
  // The quote ends its own sentence ("… over.”): nothing of the reporter's follows in it.
  if (/[.!?…]$/.test(text.slice(start, end))) return false;
  return !/^[\s.!?]*$/.test(after.split(/(?<=[.!?])\s/)[0] ?? '');
}

const MALE_TITLES = /^(?:mr\.?|sir|lord|king|prince|sheikh|father|brother|spokesman|actor|chairman|businessman|congressman|husband|son|boyfriend|uncle)$/;
const FEMALE_TITLES = /^(?:ms\.?|mrs\.?|miss|mme\.?|madam|dame|lady|queen|princess|sister|spokeswoman|actress|chairwoman|businesswoman|congresswoman|wife|daughter|girlfriend|aunt)$/;

/**
 * Resolves speakers to names. Built once per article so that each quote costs a binary search
 * and a few map lookups, not a scan of every mention (articles with hundreds of quotes stay linear).
 */
class SpeakerIndex {
  /** Longest written form of each person, by the name key of the last word. */
  private readonly longest = new Map<string, string>();
  /** 'm' / 'f' from a gendered title on any mention of the person. */
  private readonly gender = new Map<string, 'm' | 'f'>();
  /** Distinct roles (lower case) and the people who hold them. */
  private readonly roles = new Map<string, Set<string>>();
  /** Person mentions outside quotes, in text order. */
  private readonly free: Mention[] = [];
  private readonly byStart: Mention[];

  constructor(
    private readonly text: string,
    mentions: Mention[],
    persons: Mention[],
    raw: ReadonlyArray<{ open: number; close: number }>,
  ) {
    this.byStart = mentions;
    // For each surname: a multi-word form beats a single word, then the form the article uses
    // most, then the longer, then the first.
    const uses = new Map<string, number>();
    for (const p of persons) uses.set(p.text, (uses.get(p.text) ?? 0) + 1);
    const rank = (t: string): number => (t.includes(' ') ? 1e6 : 0) + uses.get(t)! * 1000 + t.length;
    for (const p of persons) {
      const key = personKey(p.text);
      const cur = this.longest.get(key);
      if (cur === undefined || rank(p.text) > rank(cur)) this.longest.set(key, p.text);
      if (p.role && !this.gender.has(key)) {
        const words = p.role.text.toLowerCase().split(/\s+/);
        const head = words[words.length - 1];
        if (MALE_TITLES.test(head)) this.gender.set(key, 'm');
        else if (FEMALE_TITLES.test(head)) this.gender.set(key, 'f');
      }
    }
    for (const p of persons) {
      if (!p.role) continue;
      const role = p.role.text.toLowerCase();
      if (!this.roles.has(role)) this.roles.set(role, new Set());
      this.roles.get(role)!.add(this.longest.get(personKey(p.text)) ?? p.text);
    }
    // Persons and quotes are both in text order: one sweep marks who stands inside a quote.
    let r = 0;
    for (const p of persons) {
      while (r < raw.length && raw[r].close < p.end) r++;
      const inside = r < raw.length && p.start > raw[r].open && p.end <= raw[r].close;
      if (!inside) this.free.push(p);
    }
  }

  /**
   * A full name stays itself ("Gene Hansbrough" is not "Tyler Hansbrough"); a surname alone
   * becomes the full form of that surname the article uses most ("Hansbrough" → "Tyler
   * Hansbrough"), else the longest.
   */
  canonical(m: Mention): string {
    if (m.text.includes(' ')) return m.text;
    return this.longest.get(personKey(m.text)) ?? m.text;
  }

  kindOf(sp: TextSpan): 'name' | 'pronoun' | 'description' {
    const at = lowerBound(this.byStart, sp.start);
    if (at < this.byStart.length && this.byStart[at].start === sp.start && this.byStart[at].end === sp.end) return 'name';
    return PRONOUN_AT.test(sp.text.toLowerCase()) && sp.text.length <= 4 ? 'pronoun' : 'description';
  }

  resolve(sp: TextSpan): string | null {
    const text = this.text;
    const at = lowerBound(this.byStart, sp.start);
    const direct = at < this.byStart.length && this.byStart[at].start === sp.start && this.byStart[at].end === sp.end ? this.byStart[at] : null;
    if (direct) return direct.type === 'person' ? this.canonical(direct) : direct.text;
    const lower = sp.text.toLowerCase();
    if (lower === 'he' || lower === 'she') {
      // The nearest person before the pronoun, skipping anyone the article marks as the other
      // gender by a title ("Ms. Varga" is not "he", "Mr. Demiri" is not "she").
      const other = lower === 'he' ? 'f' : 'm';
      for (let k = lowerBound(this.free, sp.start) - 1; k >= 0; k--) {
        const m = this.free[k];
        if (m.end <= sp.start && this.gender.get(personKey(m.text)) !== other) return this.canonical(m);
      }
      return null;
    }
    if (PRONOUN_AT.test(lower) && lower.length <= 4) return null;
    // A description containing a name: "a statement released by … SANA". A possessor is not
    // the speaker: "Assad's former aide" is not Assad.
    let inside: Mention | null = null;
    for (let k = at; k < this.byStart.length && this.byStart[k].start < sp.end; k++) {
      const m = this.byStart[k];
      if (m.end <= sp.end && m.type !== 'place' && !/^['’]s?\b/.test(text.slice(m.end, m.end + 2))) inside = m;
    }
    if (inside) return inside.type === 'person' ? this.canonical(inside) : inside.text;
    // A description matching exactly one person's role: "Syrian president", "the mayor".
    // An indefinite description ("a minister", "one official") is someone not named.
    const words = lower.split(/\s+/).filter((w) => !FUNCTION_WORDS.has(w));
    if (words.length === 0 || /^(?:an?|one|another|some|several|many|two|three)\s/.test(lower)) return null;
    const patterns = words.map((w) => new RegExp(`(?:^|[^\\p{L}])${escapeRe(w)}(?:$|[^\\p{L}])`, 'u'));
    const names = new Set<string>();
    for (const [role, holders] of this.roles) if (patterns.every((re) => re.test(role))) for (const n of holders) names.add(n);
    return names.size === 1 ? [...names][0] : null;
  }
}

/** First index whose item starts at or after `pos` (items sorted by start). */
function lowerBound(items: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The key under which one person's name forms meet: the last word, normalised ("al-Sharaa" → "sharaa"). */
function personKey(name: string): string {
  const i = name.lastIndexOf(' ');
  return nameKey(i < 0 ? name : name.slice(i + 1));
}
