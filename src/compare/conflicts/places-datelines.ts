/**
 * The state or country of a dateline's town (issue #10, places by their construction): a wire
 * dateline ("CARACAS, Venezuela (AP) _ …", "AMHERST, N.Y. (AP) _ …") says where a report was filed
 * by a town and the state or country it lies in. A town lies in one country, so two reports of
 * one story that file from the same town and give it two countries disagree on a place, whatever
 * their sentences tell: "CARACAS, Venezuela (AP)" in two reports, "CARACAS, Nicaragua (AP)" in a
 * third. Every other place comparison reads a sentence from after its dateline (swaps.ts
 * bodyStart: a dateline's town is where a reporter sat, no participant of the sentence), so the
 * dateline's own town-and-region pair is read here, and only as that pair.
 *
 * Faithful before complete:
 * - the town is the same written name (folded); its regions are compared only when both are
 *   sovereign countries that are not one country under two names ("Burma" / "Myanmar",
 *   "England" / "Britain": slots.ts countriesApart), or both US states (spelled out or in the AP's
 *   abbreviations). A country against a state, a continent or a territory may hold the other and
 *   is never compared;
 * - many towns share a name across US states (Portland, Springfield, Columbia) and across
 *   countries (Tripoli in Libya and Lebanon, Hyderabad in India and Pakistan, Valencia in Spain
 *   and Venezuela), and one story's wires may file from both of a pair, so the card is always
 *   possible, and raised only when the two datelines open sentences that report the same thing
 *   (content words shared, names left out): reports telling different things from two towns of
 *   one name are most likely filed from two towns;
 * - the lone report is named by loneReport's rule (two independent reports against one).
 * Linear in the articles' sentences: one anchored pattern per sentence, datelines grouped by town.
 */
import type { Claim, Conflict, Entity } from '../../core/dossier-schema.js';
import type { AnnotatedArticle } from '../../core/schema.js';
import { US_STATE_OF_ABBREVIATION } from '../../annotate/lexicon/places.js';
import { MONTH } from '../../annotate/times/lexicon.js';
import { loneReport, type ArticleMeta } from './conflicts.js';
import { countriesApart, sovereign } from './slots.js';
import { articleOrder, cmp, contentStems, datelineLength, dice, fold, uniqArticles } from '../words/lex.js';

/** The fifty US states: two of them never hold one another (a town lies in one). */
export const US_STATES = new Set(
  ('Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|' +
    'Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|' +
    'New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|' +
    'South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming').split('|'),
);
/** The AP's dotted initials of states (the abbreviations of places.ts are the dotless ones). */
const STATE_INITIALS = new Map(
  'N.Y.:New York|N.J.:New Jersey|N.H.:New Hampshire|N.M.:New Mexico|N.C.:North Carolina|N.D.:North Dakota|S.C.:South Carolina|S.D.:South Dakota|R.I.:Rhode Island|W.Va.:West Virginia'
    .split('|')
    .map((p) => p.split(':') as [string, string]),
);
/** Content words two dateline sentences share to report the same thing (as swaps.ts SAME_REPORT_*). */
const SAME_REPORT_DICE = 0.3;
const SAME_REPORT_SHARED = 3;

/** A dateline's town and the region after its comma: "CARACAS, Venezuela (AP) _", "AMHERST, N.Y. -". */
const TOWN_REGION = /^(\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*)*),\s+((?:\p{Lu}[\p{L}.]*)(?:\s+\p{Lu}[\p{L}.]*){0,3})/u;
const MONTH_START = new RegExp(`^(?:${MONTH})\\b`, 'i');

interface Dateline {
  article: string;
  town: string;
  /** The region as written, its span in the article, and what it is compared as. */
  region: string;
  start: number;
  end: number;
  kind: 'country' | 'state';
  key: string;
  /** The sentence after the dateline: its content stems, names left out. */
  stems: Set<string>;
  text: string;
}

/** A name as an entity for the country tests of slots.ts (which read an entity's written names). */
const asEntity = (name: string): Entity => ({ id: name, name, type: 'place', aliases: [{ text: name }], articles: [], mentions: [] }) as unknown as Entity;

/** The region of a dateline, read as a US state or a sovereign country; null for anything else. */
function readRegion(raw: string): { kind: 'country' | 'state'; key: string; text: string } | null {
  const text = raw.replace(/\s+$/, '');
  if (MONTH_START.test(text)) return null;
  const bare = text.replace(/\.$/, '');
  const state = US_STATES.has(text) ? text : US_STATE_OF_ABBREVIATION.get(bare) ?? STATE_INITIALS.get(text) ?? STATE_INITIALS.get(`${bare}.`) ?? null;
  if (state) return { kind: 'state', key: state, text };
  const name = text.replace(/^the\s+/i, '');
  if (sovereign(asEntity(name))) return { kind: 'country', key: name, text };
  return null;
}

function datelinesOf(a: AnnotatedArticle): Dateline[] {
  const out: Dateline[] = [];
  for (const s of a.sentences) {
    const text = a.text.slice(s.start, s.end);
    const len = datelineLength(text.slice(0, 120));
    if (!len) continue;
    const m = TOWN_REGION.exec(text.slice(0, len));
    if (!m) continue;
    // The region as read by the dateline pattern may run into the agency's bracket or dash: cut at them.
    const regionRaw = m[2].split(/\s*[(_—–-]/)[0];
    const region = readRegion(regionRaw);
    if (!region) continue;
    const start = s.start + m[0].length - m[2].length;
    const body = text.slice(len);
    const names = new Set(a.mentions.filter((x) => x.start >= s.start + len && x.end <= s.end).flatMap((x) => contentStems(x.text)));
    out.push({ article: a.id, town: fold(m[1]).replace(/\s+/g, ' '), region: region.text, start, end: start + region.text.length, kind: region.kind, key: region.key, stems: new Set(contentStems(body).filter((w) => !names.has(w))), text });
  }
  return out;
}

/** Two regions that cannot both hold one town: two US states, or two sovereign countries that are not one country under two names. */
function regionsApart(x: Dateline, y: Dateline): boolean {
  if (x.kind !== y.kind || x.key === y.key) return false;
  return x.kind === 'state' || countriesApart([asEntity(x.key), asEntity(y.key)]);
}

/** Dateline conflicts; ids continue from `offset`; `taken` holds value pairs already raised (names sorted, "|"-joined) and is extended. */
export function findDatelineConflicts(articles: AnnotatedArticle[], offset: number, meta: Map<string, ArticleMeta>, taken: Set<string> = new Set()): Conflict[] {
  const byTown = new Map<string, Dateline[]>();
  for (const a of articles) for (const d of datelinesOf(a)) byTown.set(d.town, [...(byTown.get(d.town) ?? []), d]);
  const out: Conflict[] = [];
  for (const [town, list] of [...byTown].sort((x, y) => cmp(x[0], y[0]))) {
    // One region per article (an article filing twice from one town gives it once).
    const perArticle = new Map<string, Dateline>();
    for (const d of list) if (!perArticle.has(d.article)) perArticle.set(d.article, d);
    const ds = [...perArticle.values()];
    const keys = [...new Set(ds.map((d) => d.key))];
    // A real disagreement has two or three versions (as for the other place cards).
    if (keys.length < 2 || keys.length > 3) continue;
    const sides = keys.map((k) => ds.filter((d) => d.key === k));
    if (!sides.every((s, i) => sides.every((t, j) => j <= i || regionsApart(s[0], t[0])))) continue;
    // The datelines open sentences reporting the same thing (content words shared).
    const sameReport = sides.some((s, i) => sides.some((t, j) => j > i && s.some((x) => t.some((y) => {
      const d = dice(x.stems, y.stems);
      return d.dice >= SAME_REPORT_DICE && d.shared >= SAME_REPORT_SHARED;
    }))));
    // Two towns of one name file different news: no card unless the reports tell one thing.
    if (!sameReport) continue;
    const names = keys.slice().sort(cmp).join('|');
    if (taken.has(names)) continue;
    taken.add(names);
    const claims: Claim[] = sides
      .map((s) => ({
        value: s[0].region,
        normalized: s[0].key,
        articles: uniqArticles(s.map((d) => d.article)),
        spans: s.map((d) => ({ article: d.article, start: d.start, end: d.end })).sort((p, q) => articleOrder(p.article, q.article) || p.start - q.start),
      }))
      .sort((p, q) => q.articles.length - p.articles.length || articleOrder(p.articles[0], q.articles[0]) || cmp(p.normalized, q.normalized));
    const townName = list[0].text.slice(0, list[0].text.indexOf(','));
    out.push({
      id: `c${offset + out.length + 1}`,
      kind: 'place',
      about: `the dateline ${townName}`,
      claims,
      outliers: loneReport(claims, ds.map((d) => ({ article: d.article, text: d.text })), meta),
      facts: [],
      confidence: 'possible',
      why: `The reports file from ${townName} and put it in ${claims.map((c) => `${c.value} (${c.articles.join(', ')})`).join(' and in ')}: a town lies in one ${sides[0][0].kind === 'country' ? 'country' : 'state'}, unless two towns share the name, so check.`,
    });
    void town;
  }
  return out;
}
