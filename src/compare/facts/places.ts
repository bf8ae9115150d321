/**
 * The places a fact's sentence is about, and the test the one-claim gate (one-claim.ts, between
 * the sentence a fact shows and each sentence it cites) asks of them: placeUnnamed, one sentence
 * tells of a place (a country, a city) that the other sentence's whole report never names. A
 * report cannot state a claim about a place it never mentions: "Jordan has enacted a law banning
 * smoking in public places" is not what a report of another country's smoking ban says, however
 * many words ("enacted", "law", "banning smoking in public places") the two sentences share.
 * Loose topics (DUC 2006: 25 reports on smoking bans, on adoptions, on a disease over months)
 * put the same act in different countries side by side.
 *
 * What is read as a place the sentence is about, and why:
 *   - the annotator's place mentions (annotate/ner, type `place`) inside the sentence;
 *   - never a dateline's place ("ATHENS, Greece (AP) _ …"): where the report was filed;
 *   - never a place inside a quotation: what someone said, not what the sentence asserts;
 *   - only places in the sentence's subject (the words before its first verb: "Jordan has
 *     enacted …", "Police in Athens arrested …", "In Velmora, the council voted …"): the
 *     participant the claim is about. A place in an adjunct after the verb ("… said at the White
 *     House", "… a visit to Paris") is a circumstance one outlet adds and another leaves out, and
 *     a report that leaves it out still states the claim.
 * What counts as the other report naming a place: each of its words, anywhere in the report's
 * text, by stem or as the place's people with a short ending ("Jordan" / "Jordanian"; kinNamed),
 * or its initials written as an acronym ("United States" / "U.S."); an acronym place is taken
 * as named (its full name is not looked for).
 * A report that names the place anywhere gives no evidence: it may tell of it in another
 * sentence ("the kingdom") and state the claim with a pronoun.
 */
import type { AnnotatedArticle, Mention } from '../../core/schema.js';
import { stem } from '../words/text.js';

/** A place a sentence is about: its words, lower-cased (capitalised words of the name only). */
export type PlaceName = string[];

// A dateline before the text proper ("TEHRAN, Iran (AP) _ ", "WASHINGTON -- ", "OTTAWA, August
// 20 (Xinhua) -- "): where the report was filed, not what it says.
const DATELINE = /^[A-Z][A-Za-z .'-]{1,30}(?:,[^_\n]{1,40}?)?\s*(?:\([^)]{1,30}\))?\s*(?:_|--|—|–)\s/;
// The first verb of a sentence's main clause, as a written form: an auxiliary or modal, a
// lower-case word ending in -ed, or a common irregular past. The subject is read before it. Bounded, not a parse: a place after the first such word is read as a circumstance.
const FIRST_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|does|did|do|[a-z]{2,}ed|said|says|told|made|won|lost|took|gave|began|came|went|left|fell|rose|hit|set|put|cut|shot|struck|led|met|held|ran|saw|sent|spent|brought|bought|sold|paid|kept|built|found|became)\b/;
const QUOTE = /["“”]/g;
// A fronted locative: "In Jordan, …" (the place, then its comma), the place's words capitalised.
const FRONTED_PLACE = /^\s*In\s+(?:the\s+)?([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s*,\s*/;

/** Whether `at` (an offset in the span's text) is inside a double quotation. */
function quoted(text: string, at: number): boolean {
  return ((text.slice(0, at).match(QUOTE) ?? []).length & 1) === 1;
}

/**
 * The places the span [start, end) of an article is about (see the header): place mentions in
 * its subject, outside a dateline and a quotation.
 */
export function sentencePlaces(a: AnnotatedArticle, start: number, end: number): PlaceName[] {
  const text = a.text.slice(start, end);
  const dl = DATELINE.exec(text);
  let from = dl ? dl[0].length : 0;
  const out: PlaceName[] = [];
  const places = placeIndex(a);
  const placeAt = (s: number, e: number): Mention | undefined => places.get(`${start + s}:${start + e}`);
  const add = (m: Mention): void => {
    if (quoted(text, m.start - start)) return;
    const words = a.text.slice(m.start, m.end).split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w.toLowerCase());
    if (words.length) out.push(words);
  };
  // A fronted locative scoping the whole clause: "In Jordan, smoking is banned …".
  const fronted = FRONTED_PLACE.exec(text.slice(from));
  if (fronted) {
    const s = from + /^\s*In\s+(?:the\s+)?/.exec(fronted[0])![0].length;
    const m = placeAt(s, s + fronted[1].length);
    if (m) {
      add(m);
      from += fronted[0].length;
    }
  }
  // The place as the whole subject: "Jordan has enacted …", "The United States signed …". A place
  // that only qualifies the subject ("Former Minneapolis police officer Derek Chauvin was
  // sentenced", "A Florida man …", "Job openings in the United States soared") is left out: a
  // detail one outlet adds (read on AllSides dev: five pairs of one claim split by such places).
  const verb = FIRST_VERB.exec(text.slice(from));
  if (verb) {
    // [\s\S], not ".": a subject wrapped over two lines ("The old\ndairy warehouse was …") is
    // one subject, and "." stops at the line break, so the match failed and threw.
    const subject = /^\s*(?:the\s+)?([\s\S]*?)\s*$/i.exec(text.slice(from, from + verb.index))!;
    const s = from + subject.index + subject[0].length - subject[0].replace(/^\s*(?:the\s+)?/i, '').length;
    const m = subject[1] ? placeAt(s, s + subject[1].length) : undefined;
    if (m) add(m);
  }
  return out;
}

// Each article's place mentions by their span, built once per article: looking a span up among
// all the article's mentions for each of its sentences cost (sentences × mentions), quadratic in
// the article's length.
const PLACE_INDEX = new WeakMap<AnnotatedArticle, Map<string, Mention>>();

/** The place mentions of an article by `start:end` (the first of each span, as `find` gave). */
function placeIndex(a: AnnotatedArticle): Map<string, Mention> {
  let ix = PLACE_INDEX.get(a);
  if (!ix) {
    ix = new Map();
    for (const m of a.mentions ?? []) {
      const key = `${m.start}:${m.end}`;
      if (m.type === 'place' && !ix.has(key)) ix.set(key, m);
    }
    PLACE_INDEX.set(a, ix);
  }
  return ix;
}

/** What a report names: its words' lower-cased forms and stems, and the acronyms it writes. */
export interface ReportWords {
  words: Set<string>;
  stems: Set<string>;
  acronyms: Set<string>;
}

/** The words of a report's text (see ReportWords), read once per article. */
export function reportWords(text: string): ReportWords {
  const words = new Set<string>();
  const stems = new Set<string>();
  const acronyms = new Set<string>();
  for (const m of text.matchAll(/[A-Za-z][A-Za-z.'’]*/g)) {
    const raw = m[0];
    // "U.S.", "U.K.", "UAE": an acronym, letters only.
    if (/^(?:[A-Z]\.){2,}$/.test(raw) || /^[A-Z]{2,5}$/.test(raw)) acronyms.add(raw.replace(/\./g, '').toLowerCase());
    const w = raw.replace(/['’]s?$|\.+$/g, '').toLowerCase();
    if (!w) continue;
    words.add(w);
    stems.add(stem(w));
  }
  return { words, stems, acronyms };
}

/** Whether a report names a place anywhere (see the header). */
export function namesPlace(r: ReportWords, place: PlaceName): boolean {
  const content = place.filter((w) => !/^(?:the|of|and)$/.test(w));
  if (!content.length) return true;
  const initials = content.map((w) => w[0]).join('');
  if (content.length >= 2 && r.acronyms.has(initials)) return true;
  const bare = content.map((w) => w.replace(/\./g, ''));
  // An acronym place ("U.S.", "UAE") named in full elsewhere: left as named (the full name's
  // words are not looked for; no evidence).
  if (content.length === 1 && (/\./.test(content[0]) || content[0].length <= 3)) return true;
  return bare.every((w) => r.words.has(w) || r.stems.has(stem(w)) || kinNamed(r, w));
}

/**
 * Whether the report writes `w` (4 letters or more) with one of the short endings a place's
 * people or adjective take in English ("Jordan" / "Jordanian", "Israel" / "Israeli", "Kenya" /
 * "Kenyan", "Sudan" / "Sudanese"): probing these few endings keeps the test a set look-up.
 */
function kinNamed(r: ReportWords, w: string): boolean {
  return w.length >= 4 && KIN_ENDINGS.some((e) => r.words.has(w + e));
}

const KIN_ENDINGS = ['n', 'i', 'an', 'ns', 'is', 'ian', 'ese', 'ish', 'ans', 'ians'];

/** One of the two sentences tells of a place the other's whole report never names. */
export function placeUnnamed(xPlaces: PlaceName[], yReport: ReportWords, yPlaces: PlaceName[], xReport: ReportWords): boolean {
  return xPlaces.some((p) => !namesPlace(yReport, p)) || yPlaces.some((p) => !namesPlace(xReport, p));
}
