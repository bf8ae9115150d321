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
const DESC_RE = new RegExp(
  String.raw`(?:^|[\s(])((?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Mm]any|[Tt]wo|[Tt]hree)\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:${DESC_HEADS}))$`,
  'u',
);
const DESC_AT = new RegExp(
  String.raw`^((?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:${DESC_HEADS}))\b`,
  'u',
);
const PRONOUN_END = /(?:^|[^\p{L}])(he|she|they|we|I|it|He|She|They|We|It)$/u;
const PRONOUN_AT = /^(he|she|they|we|I|it)\b/;
/** Words between a subject and its reporting verb that do not break the link. */
const FILLERS = new RegExp(
  String.raw`(?:\s*,[^,"“”]{1,80},|\s+(?:has|had|have|also|reportedly|then|later|previously|earlier|once|again|publicly|warmly|repeatedly|only|had|on\s+\p{Lu}\p{Ll}+day|(?:earlier|later)\s+this\s+\w+|last\s+\w+|this\s+week|on\s+\w+))+\s*$`,
  'u',
);
const AFTER_VERB = new RegExp(String.raw`^\s*,?\s*(?:(?:also|then|later|reportedly)\s+)?(?:${VERBS})\b`);
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
  const quotes: Quote[] = [];
  let prev: { quote: Quote; paraEnd: number } | null = null;

  for (const r of raw) {
    let { start, end } = r;
    // Trailing comma inside the marks belongs to the reporter's sentence, not the quote.
    while (end > start && /[\s,]/.test(text[end - 1])) end--;
    while (start < end && /\s/.test(text[start])) start++;
    if (end <= start) continue;
    const sent = sentenceAt(sentences, r.open);
    const sStart = sent ? Math.min(sent.start, r.open) : r.open;
    const paraStart = paragraphStart(text, r.open);
    const paraEnd = paragraphEnd(text, r.close);
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
      const sentText = text.slice(sStart, afterEnd);
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
      cue,
      partial: isPartial(text, start, end, before, after, attributedAfter),
    };
    // 4. A quote-only paragraph continues the speaker of the paragraph before.
    if (!speaker && prev && prev.quote.speaker && onlyQuote(text, paraStart, paraEnd, r.open, r.close) && prev.paraEnd < paraStart) {
      const between = text.slice(prev.paraEnd, paraStart);
      if (/^\s*$/.test(between)) {
        q.speaker = prev.quote.speaker;
        q.cue = prev.quote.cue;
        q.speakerName = prev.quote.speakerName;
      }
    }
    if (q.speaker && q.speakerName === null) q.speakerName = resolveSpeaker(q.speaker, text, mentions, persons, raw);
    quotes.push(q);
    prev = { quote: q, paraEnd };
  }
  return quotes;

  function speakerAfter(text: string, from: number, after: string): { speaker: TextSpan; cue: string } | null {
    const lead = /^\s*[,—–-]?\s*/.exec(after)![0];
    const p = from + lead.length;
    const rest = after.slice(lead.length);
    // VERB SPEAKER: "said Putin", "said a spokesman", "said Mr. Putin".
    const v = new RegExp(`^(?:${VERBS})\\b\\s+`).exec(rest);
    if (v) {
      const sp = speakerAt(text, p + v[0].length);
      if (sp) return { speaker: sp, cue: v[0].trim() };
      return null;
    }
    // SPEAKER VERB
    const sp = speakerAt(text, p);
    if (!sp) return null;
    const tail = text.slice(sp.end, sp.end + 60);
    const fill = /^(?:\s*,[^,"“”]{1,60},|\s+(?:has|had|also|then|later|reportedly|on\s+\p{Lu}\p{Ll}+day))*/u.exec(tail)![0];
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

function paragraphStart(text: string, pos: number): number {
  const i = text.lastIndexOf('\n\n', pos);
  return i < 0 ? 0 : i + 2;
}

function paragraphEnd(text: string, pos: number): number {
  const i = text.indexOf('\n\n', pos);
  return i < 0 ? text.length : i;
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
    const next = sentences.find((x) => x.start >= pos);
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

/** The named person (or organization) a speaker stands for. */
function resolveSpeaker(
  sp: TextSpan,
  text: string,
  mentions: Mention[],
  persons: Mention[],
  raw: ReadonlyArray<{ open: number; close: number }>,
): string | null {
  const inQuote = (m: Mention): boolean => raw.some((r) => m.start > r.open && m.end <= r.close);
  const direct = mentions.find((m) => m.start === sp.start && m.end === sp.end);
  if (direct) return direct.type === 'person' ? canonical(direct, persons) : direct.text;
  const lower = sp.text.toLowerCase();
  if (lower === 'he' || lower === 'she') {
    let best: Mention | null = null;
    for (const m of persons) {
      if (m.end > sp.start) break;
      if (!inQuote(m)) best = m;
    }
    return best ? canonical(best, persons) : null;
  }
  if (PRONOUN_AT.test(lower) && lower.length <= 4) return null;
  // A description containing a name: "a statement released by … SANA".
  // A possessor is not the speaker: "Assad's former aide" is not Assad.
  const inside = mentions.filter((m) => m.start >= sp.start && m.end <= sp.end && m.type !== 'place' && !/^['’]s?\b/.test(text.slice(m.end, m.end + 2)));
  if (inside.length) {
    const m = inside[inside.length - 1];
    return m.type === 'person' ? canonical(m, persons) : m.text;
  }
  // A description matching exactly one person's role: "Syrian president".
  const words = lower.split(/\s+/).filter((w) => !FUNCTION_WORDS.has(w));
  if (words.length >= 2) {
    const names = new Set<string>();
    for (const m of persons) {
      if (!m.role) continue;
      const role = m.role.text.toLowerCase();
      if (words.every((w) => new RegExp(`(?:^|[^\\p{L}])${escapeRe(w)}(?:$|[^\\p{L}])`, 'u').test(role))) names.add(canonical(m, persons));
    }
    if (names.size === 1) return [...names][0];
  }
  return null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The longest form of a person's name in the article ("Sharaa" → "Ahmed al-Sharaa"). */
function canonical(m: Mention, persons: Mention[]): string {
  const key = nameKey(lastWord(m.text));
  let best = m.text;
  for (const p of persons) {
    if (p.text.length > best.length && nameKey(lastWord(p.text)) === key) best = p.text;
  }
  return best;
}

function lastWord(s: string): string {
  const parts = s.split(/\s+/);
  return parts[parts.length - 1];
}
