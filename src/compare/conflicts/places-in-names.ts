/**
 * A place inside a name (issue #10: places as modifiers): "the Kansas Board of Education" in two
 * reports and "the Utah Board of Education" in a third, "the Ohio-based company" / "the
 * Texas-based company". The recogniser reads such a name as one organisation (or one "other"
 * name), so the place it holds is no mention of its own and no place comparison saw it; the same
 * name with another place in it, in a sentence that reports the same thing, names another body in
 * another place for one act.
 *
 * Owns reading the place a name holds and comparing names that differ in that place only. A name
 * holds a place when one of its words, or two or three words in a row, is a place the lexicon knows
 * (places.ts); the name's pattern is the name with that place blanked ("* Board of Education";
 * "*-based" with the noun after it). A card needs all of:
 * - the two places are of one width (two countries, two states or regions, two towns; placeLevel)
 *   and, for countries, two sovereign countries, not one under two names (slots.ts countriesApart);
 * - the lone name is written by one article only, and that article never writes the other name
 *   (an article naming both bodies tells of two, "the Kansas board … while the Utah board …"), nor
 *   does any other article write both;
 * - the other name is written by another article in a sentence that reports the same thing (the
 *   sentences' content words, names left out: as swaps.ts, Dice ≥ 0.3 and three stems shared), not
 *   of another time (past-years.ts), not a week apart, and neither sentence gives a figure the
 *   other lacks while lacking one of the other's (two bodies' own figures: slots.ts figuresApart).
 * The card is always possible: two bodies of one kind in two places are common in a story (two
 * state boards, two branches), and the name is read, not parsed. Linear: names are indexed by
 * their pattern, each pattern's postings capped.
 */
import type { Claim, Conflict, Entity } from '../../core/dossier-schema.js';
import type { AnnotatedArticle } from '../../core/schema.js';
import { PLACES, placeLevel, WIDE_PLACE_NAMES } from '../../annotate/lexicon/places.js';
import { aboutText, loneReport, type ArticleMeta } from './conflicts.js';
import { countriesApart, figuresApart } from './slots.js';
import { toldOfOtherTimes } from './past-years.js';
import { otherActsTold } from './told-acts.js';
import { articleOrder, cmp, contentStems, dice, fold, mentionsWithSentences, uniqArticles } from '../words/lex.js';

/** Sentences report the same thing: as swaps.ts (SAME_REPORT_DICE, SAME_REPORT_SHARED). */
const SAME_REPORT_DICE = 0.3;
const SAME_REPORT_SHARED = 3;
/** A pattern shared by more names than this says nothing about one body (and bounds the work). */
const MAX_POSTING = 40;
/** Reports more than this many days apart may tell two events in the same words (as swaps.ts). */
const FOLLOW_UP_DAYS = 7;
/** A hyphened place modifier: "Ohio-based", "Texas-born"; its noun is read after it. */
const HYPHENED = /^(.+)-(based|born|bred|made|built|registered|headquartered)$/i;

interface Held {
  article: string;
  /** The place as written, and its span in the article. */
  place: string;
  start: number;
  end: number;
  /** The whole name as written (folded), for "writes both" tests. */
  name: string;
  sentence: { start: number; end: number; text: string };
  stems: Set<string>;
}

const known = (p: string): boolean => PLACES.has(p) || WIDE_PLACE_NAMES.has(p);

/** The place a name holds, as [start, end) within the name's text, and the name's pattern; null if none. */
export function placeInName(text: string, after: string): { start: number; end: number; pattern: string } | null {
  const hy = HYPHENED.exec(text);
  if (hy && known(hy[1])) {
    // The noun the modifier qualifies ("Ohio-based company"): without it any two bodies "based" somewhere meet.
    const noun = /^\s+([a-z]+)/.exec(after)?.[1];
    return noun ? { start: 0, end: hy[1].length, pattern: `*-${hy[2].toLowerCase()} ${noun}` } : null;
  }
  const words = [...text.matchAll(/[\p{L}.'’-]+/gu)];
  // The name must hold more than the place: the place alone is a place mention.
  if (words.length < 2) return null;
  for (let n = 3; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const s = words[i].index!;
      const last = words[i + n - 1];
      const e = last.index! + last[0].length;
      const cand = text.slice(s, e);
      if (!known(cand)) continue;
      // The rest of the name must be words of a body, not another place ("Kansas City" is one town).
      const rest = `${text.slice(0, s)}*${text.slice(e)}`;
      if (!/\p{L}{3}/u.test(rest.replace('*', ''))) return null;
      return { start: s, end: e, pattern: fold(rest).replace(/\s+/g, ' ').replace(/^the /, '') };
    }
  }
  return null;
}

const fakeEntity = (name: string): Entity => ({ id: name, name, type: 'place', aliases: [{ text: name, articles: [], outlets: [], variant: false }], mentions: [], articles: [] });

/** Place-in-name conflicts (see the module header); ids from `offset + 1`; `taken` holds sorted "|"-joined value pairs and is extended. */
export function findPlacesInNames(articles: AnnotatedArticle[], offset: number, meta: Map<string, ArticleMeta>, taken: Set<string> = new Set()): Conflict[] {
  const byPattern = new Map<string, Held[]>();
  const folded = new Map(articles.map((a) => [a.id, fold(a.text)]));
  for (const a of articles) {
    const stemsOf = new Map<number, Set<string>>();
    for (const { mention: m, sentence: s } of mentionsWithSentences(a)) {
      if (m.type !== 'organization' && m.type !== 'other') continue;
      const got = placeInName(m.text, a.text.slice(m.end, Math.min(s.end, m.end + 30)));
      if (!got) continue;
      let stems = stemsOf.get(s.start);
      if (!stems) {
        const names = new Set(a.mentions.filter((x) => x.start >= s.start && x.end <= s.end).flatMap((x) => contentStems(x.text)));
        stems = new Set(contentStems(a.text.slice(s.start, s.end)).filter((w) => !names.has(w)));
        stemsOf.set(s.start, stems);
      }
      const list = byPattern.get(got.pattern) ?? [];
      if (list.length >= MAX_POSTING) continue;
      list.push({ article: a.id, place: m.text.slice(got.start, got.end), start: m.start + got.start, end: m.start + got.end, name: fold(m.text), sentence: { start: s.start, end: s.end, text: a.text.slice(s.start, s.end) }, stems });
      byPattern.set(got.pattern, list);
    }
  }
  const out: Conflict[] = [];
  const days = (x: string, y: string): number => {
    const p = meta.get(x)?.published;
    const q = meta.get(y)?.published;
    return p && q ? Math.abs(Date.parse(p) - Date.parse(q)) / 86_400_000 : 0;
  };
  for (const pattern of [...byPattern.keys()].sort(cmp)) {
    const list = byPattern.get(pattern)!;
    const places = [...new Set(list.map((h) => h.place))].sort(cmp);
    if (places.length < 2) continue;
    const articlesOf = (p: string): Set<string> => new Set(list.filter((h) => h.place === p).map((h) => h.article));
    // Articles that write each name anywhere (not only in this pattern's mentions): an article
    // naming both bodies tells of two.
    const writes = (article: string, name: string): boolean => folded.get(article)?.includes(name) ?? false;
    for (const lonePlace of places) {
      const loneArts = articlesOf(lonePlace);
      if (loneArts.size !== 1) continue;
      const [loneArt] = loneArts;
      const xs = list.filter((h) => h.place === lonePlace);
      for (const other of places) {
        if (other === lonePlace) continue;
        const pair = [lonePlace, other].sort(cmp).join('|');
        if (taken.has(pair)) continue;
        const levels = [placeLevel([lonePlace]), placeLevel([other])];
        if (levels[0] !== levels[1]) continue;
        if (levels[0] === 'country' && !countriesApart([fakeEntity(lonePlace), fakeEntity(other)])) continue;
        const ys = list.filter((h) => h.place === other && h.article !== loneArt);
        const otherName = ys[0]?.name;
        if (!otherName || writes(loneArt, otherName)) continue;
        if (ys.some((y) => writes(y.article, xs[0].name))) continue;
        let best: { x: Held; d: number } | null = null;
        const backing: Held[] = [];
        for (const y of ys) {
          for (const x of xs) {
            const d = dice(x.stems, y.stems);
            if (d.dice < SAME_REPORT_DICE || d.shared < SAME_REPORT_SHARED) continue;
            if (days(x.article, y.article) > FOLLOW_UP_DAYS) continue;
            if (figuresApart(x.sentence.text, y.sentence.text)) continue;
            if (toldOfOtherTimes(x.sentence.text, meta.get(x.article)?.published, y.sentence.text, meta.get(y.article)?.published)) continue;
            // Two bodies doing other things ("approved" / "rejected"; "voted to remove" / "to keep"): each outlet tells its own (told-acts.ts).
            if (otherActsTold(x.sentence.text, y.sentence.text)) continue;
            if (!backing.some((b) => b.article === y.article)) backing.push(y);
            if (!best || d.dice > best.d) best = { x, d: d.dice };
          }
        }
        if (!best || backing.length === 0) continue;
        taken.add(pair);
        const side = (value: string, hs: Held[]): Claim => ({
          value,
          normalized: value,
          articles: uniqArticles(hs.map((h) => h.article)),
          spans: hs.map((h) => ({ article: h.article, start: h.start, end: h.end })).sort((p, q) => articleOrder(p.article, q.article) || p.start - q.start),
        });
        const claims = [side(other, backing), side(lonePlace, [best.x])].sort((p, q) => q.articles.length - p.articles.length || articleOrder(p.articles[0], q.articles[0]) || cmp(p.normalized, q.normalized));
        const evidence = [...backing, best.x].map((h) => ({ article: h.article, text: h.sentence.text }));
        const y0 = backing[0];
        out.push({
          id: `c${offset + out.length + 1}`,
          kind: 'place',
          about: aboutText({ start: y0.start, end: y0.end, sentence: y0.sentence }),
          claims,
          outliers: loneReport(claims, evidence, meta),
          facts: [],
          confidence: 'possible',
          why: `Only ${loneArt} writes the name with ${lonePlace} in it, where ${uniqArticles(backing.map((h) => h.article)).join(', ')} write${backing.length === 1 ? 's' : ''} the same name with ${other} (“${pattern.replace('*', other)}”) in a sentence that reports the same thing (the sentences share ${Math.round(best.d * 100)}% of their content words, names left out); they may be two bodies in two places, so check`,
        });
      }
    }
  }
  return out;
}
