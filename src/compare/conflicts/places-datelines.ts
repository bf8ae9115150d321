/**
 * The state or country of a town (issue #10, places by their construction): a wire dateline
 * ("CARACAS, Venezuela (AP) _ …", "AMHERST, N.Y. (AP) _ …") says where a report was filed by a town
 * and the state or country it lies in, and news writes a town with its state or country in
 * apposition anywhere in its text ("held in Brisbane, Australia, last week"; "a plant in
 * Springfield, Ill."). A town lies in one country, so two reports of one story that give the same
 * town two countries disagree on a place, whatever their sentences tell: "CARACAS, Venezuela (AP)"
 * in two reports, "CARACAS, Nicaragua (AP)" in a third; "Brisbane, Australia" / "Brisbane,
 * Austria". Every other place comparison reads a sentence from after its dateline (swaps.ts
 * bodyStart: a dateline's town is where a reporter sat, no participant of the sentence), and
 * compares a town's region only inside one aligned fact (slots.ts `place:region`), so the
 * town-and-region pair is read here, across the story, and only as that pair.
 *
 * Faithful before complete:
 * - the town is the same written name (folded), and a town itself, not a state or country
 *   ("Georgia, Russia" is no town); its regions are compared only when both are
 *   sovereign countries that are not one country under two names ("Burma" / "Myanmar",
 *   "England" / "Britain": slots.ts countriesApart), or both US states (spelled out or in the AP's
 *   abbreviations). A country against a state, a continent or a territory may hold the other and
 *   is never compared;
 * - an article that gives one town two regions tells of two towns of one name ("Springfield, Ill."
 *   and "Springfield, Mo."), and silences the town; a US state read only in the text makes no
 *   side (it is written to tell a town from its namesakes in other states);
 * - many towns share a name across US states (Portland, Springfield, Columbia) and across
 *   countries (Tripoli in Libya and Lebanon, Hyderabad in India and Pakistan, Valencia in Spain
 *   and Venezuela), and one story's reports may tell of both of a pair, so the card is always
 *   possible, and raised only when the two towns stand in sentences that report the same thing
 *   (content words shared, names left out): reports telling different things of two towns of one
 *   name are most likely telling of two towns — unless the lone report's own text names the
 *   others' country or state and never its own elsewhere ("RIYADH, Oman (AP) _ … Saudi officials
 *   …" against two reports from "RIYADH, Saudi Arabia"; loneNamesOthers; never one report
 *   against one, where a report may tell of news across the border);
 * - the lone report is named by loneReport's rule (two independent reports against one).
 * Linear in the articles' sentences and mentions: one anchored pattern per sentence, one
 * apposition test per place mention, towns grouped by name.
 */
import type { Claim, Conflict, Entity } from '../../core/dossier-schema.js';
import type { AnnotatedArticle, Mention } from '../../core/schema.js';
import { COUNTRY_KEY, placeLevel, US_STATE_OF_ABBREVIATION } from '../../annotate/lexicon/places.js';
import { MONTH, WEEKDAY } from '../../annotate/times/lexicon.js';
import { loneReport, type ArticleMeta } from './conflicts.js';
import { countriesApart, regionInApposition, sovereign } from './slots.js';
import { articleOrder, cmp, contentStems, datelineLength, dice, fold, mentionsWithSentences, uniqArticles } from '../words/lex.js';

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
  /** The town as written, and whether it is read from a dateline or from the text. */
  townText: string;
  where: 'dateline' | 'text';
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

/** The content stems of a sentence's text from `from`, the names in it left out. */
function stemsWithoutNames(a: AnnotatedArticle, from: number, end: number): Set<string> {
  const names = new Set(a.mentions.filter((x) => x.start >= from && x.end <= end).flatMap((x) => contentStems(x.text)));
  return new Set(contentStems(a.text.slice(from, end)).filter((w) => !names.has(w)));
}

/** A weekday or a month after a comma: the time of the clause, not a next item of a list of places. */
const TIME_NEXT = new RegExp(`^\\.?\\s*,\\s*(?:${WEEKDAY}|${MONTH})\\b`);

/**
 * A region in apposition to a town that a time phrase follows ("struck Springfield, Ill., Sunday
 * evening"): slots.ts regionInApposition reads a capitalised word after the region's comma as a
 * list of places and gives up; a weekday or a month there opens the clause's time instead.
 */
function regionBeforeTime(a: AnnotatedArticle, starts: Map<number, Mention>, townEnd: number, sentenceEnd: number): Mention | null {
  const comma = /^\s*,\s*/.exec(a.text.slice(townEnd, Math.min(sentenceEnd, townEnd + 6)));
  if (!comma) return null;
  const r = starts.get(townEnd + comma[0].length);
  if (!r || r.type !== 'place' || r.end > sentenceEnd) return null;
  return TIME_NEXT.test(a.text.slice(r.end, Math.min(sentenceEnd, r.end + 20))) ? r : null;
}

/** The towns an article writes with their state or country: in its datelines, and in apposition in its text. */
function townsOf(a: AnnotatedArticle): Dateline[] {
  const out: Dateline[] = [];
  const bodyFrom = new Map<number, number>();
  for (const s of a.sentences) {
    const text = a.text.slice(s.start, s.end);
    const len = datelineLength(text.slice(0, 120));
    bodyFrom.set(s.start, s.start + len);
    if (!len) continue;
    const m = TOWN_REGION.exec(text.slice(0, len));
    if (!m) continue;
    // The region as read by the dateline pattern may run into the agency's bracket or dash: cut at them.
    const regionRaw = m[2].split(/\s*[(_—–-]/)[0];
    const region = readRegion(regionRaw);
    if (!region) continue;
    const start = s.start + m[0].length - m[2].length;
    out.push({ article: a.id, town: fold(m[1]).replace(/\s+/g, ' '), townText: m[1], where: 'dateline', region: region.text, start, end: start + region.text.length, kind: region.kind, key: region.key, stems: stemsWithoutNames(a, s.start + len, s.end), text });
  }
  // A town and its region in apposition in the text ("in Brisbane, Australia, last week"): the
  // region mention right after the town's comma, closing the apposition (slots.ts regionInApposition).
  const starts = new Map<number, Mention>();
  for (const x of a.mentions) if (!starts.has(x.start)) starts.set(x.start, x);
  for (const { mention: m, sentence: s } of mentionsWithSentences(a)) {
    if (m.type !== 'place' || m.start < (bodyFrom.get(s.start) ?? s.start)) continue;
    // The town must be a town: a state or a country before a comma is no town of a region.
    if (placeLevel([m.text]) !== 'local') continue;
    const r = regionInApposition(a, m.end, s.end) ?? regionBeforeTime(a, starts, m.end, s.end);
    if (!r) continue;
    const region = readRegion(r.text);
    if (!region) continue;
    out.push({ article: a.id, town: fold(m.text).replace(/\s+/g, ' '), townText: m.text, where: 'text', region: region.text, start: r.start, end: r.start + region.text.length, kind: region.kind, key: region.key, stems: stemsWithoutNames(a, bodyFrom.get(s.start) ?? s.start, s.end), text: a.text.slice(s.start, s.end) });
  }
  return out;
}

/** Two regions that cannot both hold one town: two US states, or two sovereign countries that are not one country under two names. */
function regionsApart(x: Dateline, y: Dateline): boolean {
  if (x.kind !== y.kind || x.key === y.key) return false;
  return x.kind === 'state' || countriesApart([asEntity(x.key), asEntity(y.key)]);
}

/** Capitalised runs of one to three words: where a country or a state may be named. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}/gu;

/** "from (the)" before a country: where someone comes from. */
const ORIGIN_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
/** People named by where they come from after a demonym or a country ("Libyan refugees", "Syria's exiles"). */
const ORIGIN_AFTER = /^(?:['’]s)?\s+(?:refugees?|migrants?|nationals?|citizens?|exiles?|immigrants?|emigrants?|asylum|evacuees?|expatriates?|workers?|labou?rers?|passengers?|fishermen|tourists?|visitors?|students?|pilgrims?|prisoners?|hostages?|detainees?|deportees?)\b/i;

/**
 * The countries (by the lexicon's one key per country, demonyms included: "Saudi" is Saudi Arabia)
 * and US states an article's text names, outside the spans given. Linear in the text.
 */
function regionsNamed(a: AnnotatedArticle, outside: Array<[number, number]>): Set<string> {
  const out = new Set<string>();
  for (const m of a.text.matchAll(CAPITALISED_RUN)) {
    const words = [...m[0].matchAll(/\S+/g)].map((w) => ({ start: m.index! + w.index!, text: w[0] }));
    for (let i = 0; i < words.length; i++) {
      for (let j = i; j < words.length; j++) {
        const start = words[i].start;
        const end = words[j].start + words[j].text.length;
        if (outside.some(([p, q]) => start < q && p < end)) continue;
        // A country named as where people come from ("60 Libyan refugees", "migrants from Libya")
        // is no place of the report's news: a report from the other town of the name tells of
        // them when its story is the others' (clustering put it beside them for that).
        if (ORIGIN_BEFORE.test(a.text.slice(Math.max(0, start - 12), start)) || ORIGIN_AFTER.test(a.text.slice(end, end + 24))) continue;
        const raw = a.text.slice(start, end).replace(/['’]s$/, '').replace(/,$/, '');
        const key = COUNTRY_KEY.get(raw.toLowerCase().replace(/\./g, ''));
        if (key !== undefined) out.add(`country:${key}`);
        const bare = raw.replace(/\.$/, '');
        const state = US_STATES.has(raw) ? raw : US_STATE_OF_ABBREVIATION.get(bare) ?? STATE_INITIALS.get(raw) ?? null;
        if (state) out.add(`state:${state}`);
      }
    }
  }
  return out;
}

/** A region's key as regionsNamed files it. */
const namedKey = (d: Dateline): string => (d.kind === 'state' ? `state:${d.key}` : `country:${COUNTRY_KEY.get(d.key.toLowerCase().replace(/\./g, '')) ?? d.key}`);

/**
 * A lone report that names the others' region itself (as where its news is, not where people come
 * from: regionsNamed), and its own nowhere else: "RIYADH, Oman (AP)
 * _ … Saudi King Fahd …" where two reports file from "RIYADH, Saudi Arabia". A report filed from
 * the other town of the name tells of that town's country, not of the others' (a report from
 * Tripoli, Lebanon names Lebanon, not Libya), so a lone report whose own text places its news in
 * the others' country has most likely slipped on the region, whatever the reports tell. Two sides
 * only, the lone side one article, the other two or more.
 */
function loneNamesOthers(sides: Dateline[][], byArticle: Map<string, AnnotatedArticle>): boolean {
  if (sides.length !== 2) return false;
  const ordered = [...sides].sort((x, y) => new Set(x.map((d) => d.article)).size - new Set(y.map((d) => d.article)).size);
  const [lone, others] = ordered;
  const loneArts = new Set(lone.map((d) => d.article));
  if (loneArts.size !== 1 || new Set(others.map((d) => d.article)).size < 2) return false;
  const a = byArticle.get(lone[0].article);
  if (!a) return false;
  const named = regionsNamed(a, lone.map((d) => [d.start, d.end]));
  return named.has(namedKey(others[0])) && !named.has(namedKey(lone[0]));
}

/** Dateline conflicts; ids continue from `offset`; `taken` holds value pairs already raised (names sorted, "|"-joined) and is extended. */
export function findDatelineConflicts(articles: AnnotatedArticle[], offset: number, meta: Map<string, ArticleMeta>, taken: Set<string> = new Set()): Conflict[] {
  const byTown = new Map<string, Dateline[]>();
  for (const a of articles) for (const d of townsOf(a)) byTown.set(d.town, [...(byTown.get(d.town) ?? []), d]);
  const byArticle = new Map(articles.map((a) => [a.id, a]));
  const out: Conflict[] = [];
  for (const [town, list] of [...byTown].sort((x, y) => cmp(x[0], y[0]))) {
    // One region per article (an article filing twice from one town gives it once). An article
    // that gives the town two regions tells of two towns of one name: the town is left alone.
    const perArticle = new Map<string, Dateline>();
    let twoTowns = false;
    for (const d of list) {
      const had = perArticle.get(d.article);
      if (!had) perArticle.set(d.article, d);
      else if (had.key !== d.key) twoTowns = true;
    }
    if (twoTowns) continue;
    const ds = [...perArticle.values()];
    const keys = [...new Set(ds.map((d) => d.key))];
    // A real disagreement has two or three versions (as for the other place cards).
    if (keys.length < 2 || keys.length > 3) continue;
    const sides = keys.map((k) => list.filter((d) => d.key === k));
    if (!sides.every((s, i) => sides.every((t, j) => j <= i || regionsApart(s[0], t[0])))) continue;
    // A US state written in the text is what tells a town from its namesakes in other states
    // (most American town names recur across states, and a story of many cities has reports of
    // both: "In Portland, Ore., 2,000 people marched" / "In Portland, Maine, 2,000 people
    // marched"): a state read only in the text is no side (a dateline's state still is, and an
    // article giving one town two states still silences it, above).
    if (sides.some((s) => s.every((d) => d.where === 'text' && d.kind === 'state'))) continue;
    // The towns stand in sentences reporting the same thing (content words shared; for a
    // dateline, the sentence it opens).
    const sameReport = sides.some((s, i) => sides.some((t, j) => j > i && s.some((x) => t.some((y) => {
      const d = dice(x.stems, y.stems);
      return d.dice >= SAME_REPORT_DICE && d.shared >= SAME_REPORT_SHARED;
    }))));
    // Two towns of one name file different news: no card unless the reports tell one thing, or
    // the lone report names the others' region itself (loneNamesOthers). Not one report against
    // one: a report from one town naming only the other town's country may tell of news across the
    // border ("TRIPOLI, Lebanon _ A cleric who fled Libya …" / "TRIPOLI, Libya _ …"), and with no
    // majority nothing says it slipped (session 27's oneNamesOther, taken back in its review: a
    // false possible card on invented text).
    if (!sameReport && !loneNamesOthers(sides, byArticle)) continue;
    // A pair another stage raised already, under the regions' keys or as written (with or
    // without the abbreviation's full stop: "Ill." / "Ill"), is not raised twice.
    const pairs = [keys, sides.map((s) => s[0].region), sides.map((s) => s[0].region.replace(/\.$/, ''))].map((vs) => vs.slice().sort(cmp).join('|'));
    if (pairs.some((p) => taken.has(p))) continue;
    taken.add(pairs[0]);
    const claims: Claim[] = sides
      .map((s) => ({
        value: s[0].region,
        normalized: s[0].key,
        articles: uniqArticles(s.map((d) => d.article)),
        spans: s.map((d) => ({ article: d.article, start: d.start, end: d.end })).sort((p, q) => articleOrder(p.article, q.article) || p.start - q.start),
      }))
      .sort((p, q) => q.articles.length - p.articles.length || articleOrder(p.articles[0], q.articles[0]) || cmp(p.normalized, q.normalized));
    const townName = list[0].townText;
    const filed = list.every((d) => d.where === 'dateline');
    const region = sides[0][0].kind === 'country' ? 'country' : 'state';
    out.push({
      id: `c${offset + out.length + 1}`,
      kind: 'place',
      about: filed ? `the dateline ${townName}` : `the town ${townName}`,
      claims,
      outliers: loneReport(claims, ds.map((d) => ({ article: d.article, text: d.text })), meta),
      facts: [],
      confidence: 'possible',
      why: `${filed ? `The reports file from ${townName} and put it` : `The reports put ${townName}`} in ${claims.map((c) => `${c.value} (${c.articles.join(', ')})`).join(' and in ')}: a town lies in one ${region}, unless two towns share the name, so check.`,
    });
    void town;
  }
  return out;
}
