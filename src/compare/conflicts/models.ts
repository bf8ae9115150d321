/**
 * What an object is, by make and model: the sentences of one aligned fact name the vehicle or
 * weapon the fact is about ("a Fokker 50 plane", "the plane, a Falcon F-50,") with different
 * models. Owns reading a model name in its construction — before a head noun that names a kind of
 * object, or in an appositive after it — and the tests that keep this faithful. A `name` conflict
 * (what the object is named), never confident by construction alone when a side is unsure.
 *
 * Precision before recall:
 * - Only inside one aligned fact (facts.ts), never across loosely similar sentences.
 * - A model has a figure in it ("737", "F-50", "AK-47"): a capitalised word alone before "plane"
 *   is as often the operator ("a Swissair jet"), the country ("a Russian plane") or a colour
 *   word, and operator against model is two true descriptions, not a contradiction.
 * - Two models differ only when both have a make or family word and these share no word in any
 *   spelling ("Falcon F-50" / "Fokker 50"), or they share it and each has a number the other
 *   lacks ("Boeing 737" / "Boeing 747"). "737" / "Boeing 737-800" is one model written more or
 *   less fully.
 * - An article of the fact that writes both models anywhere (two planes, a collision, a fleet)
 *   makes the pair silent, as for places and names (slots.ts).
 */
import type { Claim, Conflict } from '../../core/dossier-schema.js';
import type { AnnotatedArticle, ArticleSpan } from '../../core/schema.js';
import { COUNTRY_OF_DEMONYM, PLACES } from '../../annotate/lexicon/places.js';
import { aboutText, loneReport, type ArticleMeta } from './conflicts.js';
import type { IdentifiedFact } from './slots.js';
import { articleOrder, cmp, fold, sameNameToken, uniqArticles } from '../words/lex.js';
import { matchesOf } from '../../core/regex.js';

/** Head nouns naming one object whose make and model outlets report, by kind of object. */
const HEAD_KIND: Record<string, string> = {
  plane: 'aircraft', planes: 'aircraft', aircraft: 'aircraft', airliner: 'aircraft', jet: 'aircraft', jetliner: 'aircraft', turboprop: 'aircraft',
  helicopter: 'helicopter', chopper: 'helicopter',
  ship: 'ship', vessel: 'ship', ferry: 'ship', tanker: 'ship', freighter: 'ship', submarine: 'ship',
  train: 'train', locomotive: 'train',
  truck: 'vehicle', lorry: 'vehicle', bus: 'vehicle', car: 'vehicle', van: 'vehicle', suv: 'vehicle',
  rifle: 'weapon', pistol: 'weapon', handgun: 'weapon', gun: 'weapon', missile: 'weapon', rocket: 'weapon', drone: 'weapon',
};
const HEADS = Object.keys(HEAD_KIND).join('|');
/** One model token: a capitalised word or a figure, hyphens allowed ("MD-11", "F-50", "A320"). */
const TOKEN = String.raw`(?:\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*|\p{N}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*)`;
/** "a Fokker 50 plane", "the Boeing 737 jet": an article, up to three model tokens, the head noun. */
const MODEL_BEFORE = new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he)\s+(${TOKEN}(?:\s+${TOKEN}){0,2})\s+(${HEADS})\b`, 'gu');
/** "the plane, a Falcon F-50," / "the aircraft, an Airbus A320": an indefinite appositive after the head noun. */
const MODEL_AFTER = new RegExp(String.raw`\b(${HEADS}),\s+an?\s+(${TOKEN}(?:\s+${TOKEN}){0,2})(?=\s*[,.;)]|\s+(?:with|carrying|operated|owned|that|which)\b)`, 'gu');

interface Model extends ModelName {
  article: string;
  kind: string;
  text: string;
  start: number;
  end: number;
  sentence: { start: number; text: string };
}

/**
 * Words that make a figure an identifier of a journey, a road or a place rather than a model
 * ("Swissair Flight 111", "the Route 9 bus", "the Gate 12 plane"): such a string is no model.
 */
const IDENTIFIER_WORDS = new Set(['flight', 'route', 'number', 'no', 'line', 'interstate', 'highway', 'channel', 'gate', 'terminal', 'runway', 'pier', 'platform', 'unit', 'squad', 'company', 'battalion', 'station']);

/** Units and counted parts: a figure with one of these is a size or a capacity, not a model. */
const SIZE_WORDS = /^(?:millimet(?:er|re)s?|mm|cm|calib(?:er|re)|inch(?:es)?|in|foot|feet|ft|tons?|tonnes?|met(?:er|re)s?|m|km|seats?|seater|engines?|wheels?|doors?|years?|months?|days?|hours?|passengers?|people|persons?|story|storey|gallons?|liters?|litres?|pounds?|lbs?|kg)$/i;

interface ModelName {
  /** Make or family words, folded (three letters or more, no figure): "falcon", "boeing". */
  words: string[];
  /** The figures: "50", "737", "800". */
  numbers: string[];
  /** Type codes with letters and a figure in one token, folded and without hyphens: "md11", "f50", "a320". */
  codes: string[];
  /**
   * The model a variant code is of: a code's part before its hyphen when that part is a code
   * itself ("a330" of "A330-200", "b737" of "B737-800"; none of "MD-11", whose "MD" has no figure).
   */
  bases: string[];
}

/** Read a model string; null when it is no model (no figure, an identifier, or a place, demonym or year). */
export function readModel(text: string): ModelName | null {
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.some((t) => IDENTIFIER_WORDS.has(fold(t)))) return null;
  // A size is no model ("a 9-millimeter handgun", "a 40-ton truck", "a 12-seat plane").
  if (text.split(/[\s-]+/).some((p) => SIZE_WORDS.test(p))) return null;
  const codes = tokens.filter((t) => /\p{L}/u.test(t) && /\p{N}/u.test(t)).map((t) => fold(t).replace(/-/g, ''));
  const bases = tokens
    .filter((t) => /\p{L}/u.test(t) && /\p{N}/u.test(t) && t.includes('-'))
    .map((t) => fold(t.slice(0, t.indexOf('-'))))
    .filter((b) => /\p{L}/u.test(b) && /\p{N}/u.test(b));
  const parts = text.split(/[\s-]+/).filter(Boolean);
  const numbers = parts.flatMap((p) => p.match(/\p{N}+/gu) ?? []);
  if (numbers.length === 0) return null;
  // A year before the noun is when the object was made or the event happened, not its model.
  if (parts.length === 1 && /^(?:1[89]|20)\d\d$/.test(parts[0])) return null;
  // "a Russian 737", "a Swiss Air MD-11": a place or a demonym says where from, not what; it
  // is no make word.
  const words = parts.filter((p) => /^\p{L}{3,}$/u.test(p) && !COUNTRY_OF_DEMONYM.has(p) && !PLACES.has(p)).map(fold);
  return { words, numbers, codes, bases };
}

/** Two models are different objects' (see the module header), or null when unsure. */
export function differentModels(a: ModelName, b: ModelName): boolean {
  // Both give a type code ("MD-11", "A320"): the code says which model, whatever words stand
  // before it (an operator: "a Swissair MD-11" / "a Swiss Air MD-11" is one model).
  // A variant's code against its model's ("Airbus A330-200" / "Airbus A330"): one names the
  // model more precisely, it does not name another (a false card on unseen MultiLing M008,
  // session 21). Two variants ("A330-200" / "A330-300") still differ.
  if (a.codes.some((x) => b.bases.includes(x)) || b.codes.some((x) => a.bases.includes(x))) return false;
  if (a.codes.length && b.codes.length) return !a.codes.some((x) => b.codes.includes(x));
  if (a.words.length === 0 || b.words.length === 0) return false;
  const shareWord = a.words.some((x) => b.words.some((y) => sameNameToken(x, y)));
  if (!shareWord) return true;
  const aOnly = a.numbers.some((n) => !b.numbers.includes(n));
  const bOnly = b.numbers.some((n) => !a.numbers.includes(n));
  return aOnly && bOnly;
}

/**
 * Any head noun, as a word: both model patterns need one, and this plain pattern is cheap to
 * compile, while the two above (Unicode letter classes, a bounded repetition unrolled three
 * times) cost V8 about a tenth of a second to compile on first use. Sentences without a head
 * noun, nearly all of them, never reach the costly patterns, and most runs never compile them.
 */
const ANY_HEAD = new RegExp(String.raw`\b(?:${HEADS})\b`);

function modelsIn(a: AnnotatedArticle, s: { start: number; end: number }): Model[] {
  const text = a.text.slice(s.start, s.end);
  const out: Model[] = [];
  if (!ANY_HEAD.test(text)) return out;
  const push = (name: string, at: number, head: string): void => {
    const read = readModel(name);
    if (!read) return;
    out.push({ article: a.id, kind: HEAD_KIND[head.toLowerCase()], text: name, start: s.start + at, end: s.start + at + name.length, ...read, sentence: { start: s.start, text } });
  };
  for (const m of matchesOf(MODEL_BEFORE, text)) push(m[1], m.index + m[0].indexOf(m[1]), m[2]);
  for (const m of matchesOf(MODEL_AFTER, text)) push(m[2], m.index + m[0].lastIndexOf(m[2]), m[1]);
  return out;
}

/** Model conflicts of the aligned facts; ids continue from `offset`. */
export function findModelConflicts(articles: AnnotatedArticle[], facts: IdentifiedFact[], offset: number, meta: Map<string, ArticleMeta>): Conflict[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  // Every model an article writes anywhere, per kind of object: an article that knows both
  // models is telling of two objects.
  const written = new Map<string, Model[]>();
  const writtenIn = (art: string): Model[] => {
    let w = written.get(art);
    if (!w) {
      const a = byId.get(art)!;
      written.set(art, (w = a.sentences.flatMap((s) => modelsIn(a, s))));
    }
    return w;
  };
  const out: Conflict[] = [];
  const seen = new Set<string>();
  for (const fact of facts) {
    const models = fact.members.flatMap((s) => modelsIn(byId.get(s.article)!, s));
    if (models.length < 2) continue;
    for (const kind of [...new Set(models.map((m) => m.kind))].sort(cmp)) {
      const ofKind = models.filter((m) => m.kind === kind);
      // An article giving two different models in the fact's own sentence has no single value.
      const perArticle = new Map<string, Model[]>();
      for (const m of ofKind) perArticle.set(m.article, [...(perArticle.get(m.article) ?? []), m]);
      if ([...perArticle.values()].some((ms) => ms.some((x) => ms.some((y) => differentModels(x, y))))) continue;
      // Sides: models that are one model written more or less fully go together.
      const sides: Model[][] = [];
      for (const m of ofKind) {
        const side = sides.find((sd) => sd.every((x) => !differentModels(x, m)));
        if (side) side.push(m);
        else sides.push([m]);
      }
      if (sides.length !== 2) continue;
      // The sides must be apart in every pair, and no article of the fact may write both anywhere.
      if (!sides[0].every((x) => sides[1].every((y) => differentModels(x, y)))) continue;
      const factArticles = uniqArticles(fact.members.map((m) => m.article));
      const both = factArticles.some((art) => {
        const w = writtenIn(art).filter((m) => m.kind === kind);
        return sides.every((sd) => w.some((m) => sd.some((x) => !differentModels(m, x))));
      });
      if (both) continue;
      if (new Set(sides.flatMap((sd) => sd.map((m) => m.article))).size < 2) continue;
      const claims: Claim[] = sides
        .map((sd) => {
          const texts = new Map<string, number>();
          for (const m of sd) texts.set(m.text, (texts.get(m.text) ?? 0) + 1);
          const value = [...texts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0][0];
          return {
            value,
            normalized: value,
            articles: uniqArticles(sd.map((m) => m.article)),
            spans: sd.map((m): ArticleSpan => ({ article: m.article, start: m.start, end: m.end })).sort((a, b) => articleOrder(a.article, b.article) || a.start - b.start),
          };
        })
        .sort((a, b) => b.articles.length - a.articles.length || articleOrder(a.articles[0], b.articles[0]) || cmp(a.normalized, b.normalized));
      const key = claims.map((c) => fold(c.normalized)).sort(cmp).join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      const major = sides.flat().find((m) => claims[0].articles.includes(m.article) && claims[0].spans.some((sp) => sp.start === m.start && sp.article === m.article))!;
      out.push({
        id: `c${offset + out.length + 1}`,
        kind: 'name',
        about: aboutText({ start: major.start, end: major.end, sentence: major.sentence }),
        claims,
        outliers: loneReport(claims, sides.flat().map((m) => ({ article: m.article, text: m.sentence.text })), meta),
        facts: [fact.id],
        confidence: 'possible',
        why: `Both sentences report fact ${fact.id} and name the ${kind} it is about as different models (${claims.map((c) => `“${c.value}”`).join(' / ')}); no article of the fact names both.`,
      });
    }
  }
  return out;
}
