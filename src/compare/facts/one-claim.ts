/**
 * The one-claim gate: every sentence a fact cites states the fact's claim, not merely its topic.
 *
 * The alignment (facts.ts) links sentences by shared words, phrases and acts, and checks the
 * links of facts told by three or more articles pairwise (its claim-coherence check); a fact of
 * two articles passed when one of its sentences covered the other in one direction. On loose
 * topics (DUC 2006: 25 reports of a subject over months) two sentences share the topic's names
 * and stock phrases while they state different things: "The Lawrence family has called for
 * Condon to resign" / "Condon … refused to resign"; "The ruling was widely considered the most
 * important" / "A new constitutional formula is widely considered the only way"; a pollster said
 * one thing / the same pollster said another. Citing both outlets for one fact is wrong.
 *
 * Here every pair of members of different articles must state one claim: near copies, a shared
 * phrase of ordinary words (the claim as a noun phrase), or — their main acts not two different
 * acts (word vectors may relate the verbs: "soared" / "rose") — each covering most of the other
 * (entail.ts, either the whole sentence or its lead clause, MUTUAL_CLAIM), or one covering most of
 * the other with the same main act or its act named in the other; two statements of measure that
 * each give the other's amount are one claim whatever their verbs. A fact whose members fail
 * splits into its coherent groups (facts.ts coherentGroups); the groups keep the fact they came
 * from (`aligned`, so the conflicts stage still compares their values as one report's) and stay
 * related (so neither becomes an exclusive of its outlet). Linear in a fact's members: each is
 * checked against at most SPLIT_CHECK others.
 *
 * The sentence a fact shows and each sentence it cites must also be told of one time: resolved
 * dates of which none overlaps ("… expected … this year" in a 2000 report / "… this year" in a 1998
 * one) are two claims (dates.ts; asked of the hub's pairs only, see settle).
 *
 * Two sentences giving another value for one thing ("kills up to 3 million" / "up to 2.7 million";
 * "killed more than 250" / "248 … were killed") are two claims whatever else they share: figures.ts
 * reads each figure's kind (exact, bound, approximation) and compares them more strictly than the
 * merge's clash test. One act done by different named actors in the active voice ("The
 * Palestinians opposed …" / "The Clinton administration has opposed …") is two claims too, though
 * each sentence names the other's actor somewhere (otherActor).
 *
 * One named participant in converse roles of one act ("a letter from Kovac" / "a letter to Kovac";
 * "Kovac sued Brannik" / "Brannik sued Kovac": converse-roles.ts) is two claims, and so are two
 * written days of the month of which neither sentence has the other's, whether or not a
 * publication date gave them a year (dates.ts writtenDaysDiffer).
 *
 * Read on the DUC 2003 / 2006 dev topics (bench consensus), what still paired different claims:
 * a running story's stages sharing a dateline and most words but told of different weekdays
 * (weekdaysDiffer, with the years' test); two statements on a topic whose subjects differ and
 * neither names the other's ("The ruling was widely considered …" / "A new formula is widely
 * considered …"; a shared noun phrase that is only an argument of each: otherSubjects, asked of
 * every pair short of a near copy); and an aspectual verb taken for the act ("continues to
 * portray" / "…, Balthazar continued, …": ownActs).
 */
import type { Affinity } from '../match/affinity.js';
import type { Entailment } from '../match/entail.js';
import { AUX, CLAUSE_NEGATORS, DETERMINERS, lookup, NEGATIVE_IMPLICATIVE, mainActIn, mainActsDiffer, oppositeAct, PRONOUNS, RELATIVES, sameMainAct, scan, SUBORDINATORS, verbAt, type ActReading } from '../words/predicates.js';
import { stem, tokenize, type Token } from '../words/text.js';
import { converseRoles } from './converse-roles.js';
import { factualityDiffers, factualityOf, type Factuality } from './modality.js';
import { clockTimesDiffer, datesDiffer, weekdayDiffers, writtenDaysDiffer, type SentenceTimes } from './dates.js';
import { placeUnnamed, type PlaceName, type ReportWords } from './places.js';
import { figuresDiffer, figuresOf, talliesDiffer, type Figure } from './figures.js';
import { claimFigures, lacksFigure, remarksDiffer, reportedIn, type Reported } from './supporters.js';
import { CLAIM_PHRASE_WORDS, coherentGroups, measuresAmount, MUTUAL_CLAIM, NEAR_COPY, otherRemarks, SPLIT_CHECK, yearsDiffer, type FactCluster, type FactSentence } from './facts.js';

export interface ClaimTools {
  aff: Affinity;
  entail: Entailment;
  /** Each sentence's act reading (predicates.ts readAct), by sentence idx. */
  acts: ActReading[];
  /** The word-vector cut for two predicates naming one act (facts.ts PREDICATE_NEAR). */
  near: number;
  /** Each sentence's resolved dates (dates.ts), by sentence idx. */
  times?: SentenceTimes[];
  /** Each sentence's places it is about (places.ts sentencePlaces), by sentence idx. */
  places?: PlaceName[][];
  /** What a report names (places.ts reportWords), by the sentence's article index. */
  report?: (articleIndex: number) => ReportWords;
  /**
   * Whether two sentences are the ledes of two articles joined by the main-event or lede link
   * (facts.ts: one act of shared participants asserted by both main clauses, each the other's
   * best match): one claim told in each outlet's own words, as facts.ts's coherence check holds.
   */
  ledePair?: (x: number, y: number) => boolean;
  /**
   * Whether two sentences are ledes the learned lede-pair model joined (match/lede-pairs.ts): one
   * main event told with other verbs, so main acts that differ by the word (mainActsDiffer) do not
   * make them two claims; every other reason (figures, times, actors, years, remarks) still does.
   */
  learnedLede?: (x: number, y: number) => boolean;
}

// SPLIT_CHECK (each member checked against at most that many others: linear time), NEAR_COPY,
// CLAIM_PHRASE_WORDS and MUTUAL_CLAIM are the alignment's own (facts.ts): the gate asks each pair
// of a fact what the alignment asked of the pair that made it.
// Predicates named outright: a vector cut no pair of word vectors reaches (predicates.ts
// samePredicateWord then uses lemma, derivation, synset and event class only).
const OUTRIGHT = 2;
// With main acts related by vectors only, one of the two must state at least half of the other
// and the other a good part of the first: "struck down a moratorium …" / "has ended a moratorium …"
// (0.58 / 0.5) are one claim; "called for Condon to resign" / "Condon refused to resign" (0.72 / 0)
// and "believes the case will leave a mark" / "a case he described as …" (0 / 1) are not.
const PARTIAL_CLAIM = 0.5;
// Rounds of settling a group round a hub (settle): a group whose sentences gather round more than
// this many different hubs leaves the rest standing alone (bounded: each round is linear).
const HUB_ROUNDS = 4;
// Added to the top centrality of a fact's members to show a hub that was not the most central
// (facts.ts centrality spans about -12 to 3.1).
const HUB_LEAD = 1;
const SOME_CLAIM = 0.4;

// A weekday named as a day (capitalised, singular: "Mondays" is a habit, not a day).
const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!s)/g;

/**
 * Two sentences that each name the day of what they tell, with no weekday in common, tell of
 * different days: one date has one weekday, so however the outlets' publication dates differ,
 * "voted Friday" and "won, official results showed Sunday" cannot be one event's report (a
 * running story's stages — the vote, partial results, final results — share their dateline and
 * most of their words). As yearsDiffer for years; either sentence naming no weekday is no
 * evidence.
 */
export function weekdaysDiffer(a: string, b: string): boolean {
  const da = new Set([...a.matchAll(WEEKDAY)].map((m) => m[1]));
  if (!da.size) return false;
  const db = new Set([...b.matchAll(WEEKDAY)].map((m) => m[1]));
  if (!db.size) return false;
  for (const d of da) if (db.has(d)) return false;
  return true;
}

// Aspectual and conative verbs: they say that an act goes on, starts, stops or is attempted, and
// the act itself is their complement ("continues to portray him as an outsider": the act is
// portraying). Alone as a main verb they are no act two sentences can share: "the party continues
// to portray him …" and "…, Balthazar continued, even Quebecers … will vote …" (a verb of saying)
// are not one act because both "continue".
const ASPECTUAL = new Set(['continue', 'begin', 'start', 'resume', 'keep', 'stop', 'cease', 'try', 'attempt']);

/** The act reading with aspectual main verbs left out: the main act is their complement, if read. */
export function ownActs(r: ActReading): ActReading {
  if (!r.main.some((p) => ASPECTUAL.has(p.lemma))) return r;
  return { ...r, main: r.main.filter((p) => !ASPECTUAL.has(p.lemma)) };
}

// A dateline before the text proper ("TEHRAN, Iran (AP) _ ", "WASHINGTON -- "): where the report
// was filed, not what it says. Bounded: a capitalised place and a region of about 70 characters.
const DATELINE = /^[A-Z][A-Z .'-]{1,30}(?:,[^_\n]{1,40}?)?\s(?:_|--|—)\s/;
// Prepositions opening a fronted adverbial ("In his 77-page opinion, …"): not the subject.
const FRONTED_OPENERS = new Set(['with', 'without', 'in', 'on', 'at', 'for', 'by', 'from', 'under', 'over', 'according', 'ahead', 'earlier', 'later', 'meanwhile']);
// Verbs of attribution: the subject of "X said (that) Y …" is read with Y's subject, both in it.
const ATTRIBUTION = new Set(['say', 'tell', 'report', 'announce', 'state', 'add', 'note', 'explain', 'write', 'claim', 'insist', 'cite']);
// Verbs of being, having and doing: no act of their own (predicates.ts NOT_PREDICATE), but the
// end of a subject all the same.
const LIGHT = new Set(['get', 'go', 'come', 'make', 'take', 'give', 'put', 'keep', 'become', 'seem', 'appear', 'remain']);

// Day words in a subject's span ("Sen. Joe Manchin on Sunday said …") date it; they are no participant.
const DAY_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday']);

/**
 * The content words of a sentence's subject: the words of its main clause before its first verb
 * group that is no verb of attribution (a dateline and a fronted adverbial left out; "The Bureau
 * said Friday that the unemployment rate had fallen" gives bureau and unemployment rate). Empty
 * when the subject is a pronoun or was not read.
 */
export function subjectWords(text: string): Token[] {
  const body = text.replace(DATELINE, '');
  const items = scan(body);
  let i = 0;
  if (items.length && (FRONTED_OPENERS.has(items[0].w) || SUBORDINATORS.has(items[0].w))) {
    const comma = items.findIndex((x) => x.w === ',');
    if (comma > 0) i = comma + 1;
  }
  const words: string[] = [];
  for (; i < items.length && words.length < 25; i++) {
    const it = items[i];
    if (it.brk) continue;
    if (!it.cap && (RELATIVES.has(it.w) || it.w === 'that') && words.length) {
      // "X said that Y": the reported clause's subject follows; a relative clause ("a man who
      // pleaded") ends the subject.
      if (it.w === 'that' && i > 0 && ATTRIBUTION.has(lookup(items[i - 1].w)?.lemma ?? '')) continue;
      break;
    }
    if (!it.cap && AUX.has(it.w)) break;
    // A light verb in the present after the subject ("The election results keep …", "The
    // failure … makes Brazil …") is no -ed or -s form verbAt knows, but ends the subject too.
    const light = !it.cap && words.length > 0 && LIGHT.has(lookup(it.w)?.lemma ?? '') && !/^(?:the|a|an|his|her|its|their)$/.test(items[i - 1]?.w ?? '');
    if (light || (!it.cap && verbAt(items, i))) {
      if (ATTRIBUTION.has(lookup(it.w)?.lemma ?? '')) continue;
      break;
    }
    words.push(it.raw);
  }
  return tokenize(words.join(' ')).filter((t) => !t.stop && !t.num && !DAY_WORDS.has(t.norm));
}

/** Whether the shorter of two words (four letters or more) is the whole start of the longer. */
function opensWord(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 4 && l.startsWith(s);
}

/**
 * Whether two words are one word with a short ending, as a place and its people ("Israel" /
 * "Israeli", "Libya" / "Libyan"): the shorter (4 letters or more) is all of the longer's start
 * and the longer adds at most two letters. A shorter word differing in its last letter is
 * another word ("Iran" / "Iraq", "Oman" / "Omar", "Mali" / "Malta": two actors, not one).
 */
function kinWords(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 4 && l.length - s.length <= 2 && l.startsWith(s);
}

/**
 * Whether one of `subject`'s words is said anywhere in `other`: the same stem, or the same word
 * with a short ending (a place and its people: "Libya" / "Libyan", "Israel" / "Israeli"; see
 * kinWords). Word vectors are not
 * asked: they relate the words of one topic ("ruling" / "constitutional" 0.68, "election" /
 * "politics" 0.61), which is what two different statements on a topic share.
 */
function subjectSaid(subject: Token[], other: Token[]): boolean {
  const content = other.filter((t) => !t.stop && !t.num);
  const stems = new Set(content.map((t) => t.stem));
  // Here any longer word the subject word opens counts: a compound names its subject ("fire" in
  // "firefighters brought it under control" tells of the fire; "The fire broke out …" / "The blaze
  // broke out … before firefighters …" are one claim on the bundled example). A shorter word
  // differing in its last letter still does not ("Iran" / "Iraq").
  return subject.some((w) => stems.has(w.stem) || content.some((o) => opensWord(w.norm, o.norm)));
}

/**
 * Two sentences about different things: each has a subject of content words (not a pronoun) and
 * neither names the other's subject anywhere ("The ruling was widely considered the most
 * important …" / "A new constitutional formula is widely considered the only way …"; "The
 * election results keep the movement alive" / "Bouchard's move … will keep the movement
 * alive"). One claim told in two voices names the same participants somewhere ("The House voted
 * to repeal the Act" / "the Act was scuttled"), so either sentence naming the other's subject
 * is enough (predicates.ts otherActors asks the same of named actors with one act; this of any
 * subject, named or not).
 */
export function otherSubjects(a: string, b: string): boolean {
  const sa = subjectWords(a);
  if (!sa.length) return false;
  const sb = subjectWords(b);
  if (!sb.length) return false;
  return !subjectSaid(sa, tokenize(b.replace(DATELINE, ''))) && !subjectSaid(sb, tokenize(a.replace(DATELINE, '')));
}

// Forms of "be" and "get" a few words before a main verb: the passive voice, whose subject is what
// the act was done to ("Xu was arrested"), not who did it.
const PASSIVE_AUX = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'get', 'gets', 'got', 'gotten']);
// Words between such an auxiliary and its participle ("was also detained", "were not told").
const PASSIVE_REACH = 3;
const QUOTE_MARK = /["“”]/;

/**
 * The names of the actor of a sentence's main act: the capitalised words of its main clause before
 * the main verb, after the last verb of attribution ("Reuters reported that Kovac signed …" gives
 * Kovac: the outlet is the source, not the actor). Empty when the main verb is passive, or the
 * subject is not named ("the president", a pronoun): no evidence then.
 */
export function actorNames(text: string, r: ActReading): string[] {
  if (r.mainAt < 0 || !r.subjectAt.length) return [];
  const items = scan(text);
  // Words inside a quotation are what was said, not who acts ("'Canada is my business,' the
  // prime minister snapped"): an item is quoted when an odd number of double quote marks
  // precede it. A main verb read inside a quotation gives no actor.
  const quoted: boolean[] = [];
  let pos = 0;
  let marks = 0;
  for (const it of items) {
    const at = text.indexOf(it.raw, pos);
    const end = at < 0 ? pos : at;
    for (let c = pos; c < end; c++) if (QUOTE_MARK.test(text[c])) marks++;
    quoted.push(marks % 2 === 1);
    pos = at < 0 ? pos : at + it.raw.length;
  }
  if (quoted[r.mainAt]) return [];
  const v = items[r.mainAt];
  if (v && !v.w.endsWith('ing')) {
    for (let k = r.mainAt - 1, n = 0; k >= 0 && n < PASSIVE_REACH; k--, n++) {
      if (items[k].brk) break;
      if (PASSIVE_AUX.has(items[k].w)) return [];
    }
  }
  let names: string[] = [];
  for (const k of r.subjectAt) {
    const it = items[k];
    if (!it || quoted[k]) continue;
    if (!it.cap && ATTRIBUTION.has(lookup(it.w)?.lemma ?? '')) {
      names = [];
      continue;
    }
    const named = it.cap || (it.upper && k + 1 < items.length && items[k + 1].cap);
    if (named && !DETERMINERS.has(it.w) && !PRONOUNS.has(it.w) && !DAY_WORDS.has(it.w) && !MONTHS.has(it.w)) names.push(it.w);
  }
  return names;
}

// Months in a subject's span date it ("In May Congress rejected …" is read without its fronted
// adverbial, but "Congress in May rejected …" is not): no participant.
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * Whether two name words name one actor: the same stem, the same word but for its last letters
 * (a place and its people: "Israel" / "Israeli", as subjectSaid), or one the initials of the
 * other's words ("U.N." / "United Nations").
 */
function sameActor(a: string[], b: string[]): boolean {
  if (a.some((x) => b.some((y) => stem(x) === stem(y) || kinWords(x, y)))) return true;
  const initials = (ws: string[]): string => ws.map((w) => w[0]).join('');
  const bare = (ws: string[]): string[] => ws.map((w) => w.replace(/[^a-z]/g, '')).filter(Boolean);
  const acro = (x: string[], y: string[]): boolean => bare(x).some((w) => w.length >= 2 && y.length >= 2 && initials(y).includes(w));
  return acro(a, b) || acro(b, a);
}

// Negative implicative verbs (Karttunen 1971; predicates.ts NEGATIVE_IMPLICATIVE): "X declined to
// follow suit" entails that X did not follow, as "did not follow" does. Read on a DUC 2003 dev
// topic: "Germany … has declined to follow suit" was one shared fact with "he hoped other
// countries … such as Italy, France and Germany … would follow the Spanish example" (cited as a
// sentence reporting two things: alsoStates).
// The words right after a clause negator (predicates.ts CLAUSE_NEGATORS), this many, are denied.
const NEGATED_REACH = 3;

/** A scanned word's lemma stem: the table's lemma ("paid": pay), else the word, Porter-stemmed. */
const lemmaStem = (w: string): string => stem(lookup(w)?.lemma ?? w);

/**
 * The complement verbs a sentence denies through a negative implicative ("declined to follow":
 * follow) or through "yet to" ("police have yet to name the suspect": name), as lemma stems.
 */
function implicativeComplements(items: ReturnType<typeof scan>): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 2 < items.length; i++) {
    if (items[i].cap || items[i + 1].w !== 'to') continue;
    if (items[i].w !== 'yet' && !NEGATIVE_IMPLICATIVE.has(lookup(items[i].w)?.lemma ?? '')) continue;
    const v = items[i + 2];
    if (!v.brk && !v.cap && lookup(v.w)) out.add(lemmaStem(v.w));
  }
  return out;
}

/**
 * The verbs a sentence denies: implicativeComplements, and the words right after a negator ("did
 * not follow", "never paid"), as lemma stems (so "paid" is denied as "pay" is told).
 */
function deniedStems(items: ReturnType<typeof scan>): Set<string> {
  const out = implicativeComplements(items);
  for (let i = 0; i < items.length; i++) {
    const w = items[i].w;
    if (!CLAUSE_NEGATORS.has(w) && !w.endsWith("n't")) continue;
    for (let k = i + 1; k < items.length && k <= i + NEGATED_REACH && !items[k].brk; k++) out.add(lemmaStem(items[k].w));
  }
  return out;
}

/**
 * One sentence denies an act through a negative implicative verb that the other tells without
 * denying it ("has declined to follow suit" / "would follow the Spanish example"): the opposite
 * polarity, so two claims. Only the implicative's complement counts as the evidence, so a plain
 * negation on both sides ("refused to comment" / "did not comment") is still one claim.
 */
export function implicativeClash(a: string, b: string): boolean {
  const ia = scan(a);
  const ib = scan(b);
  const stemsOf = (items: ReturnType<typeof scan>): Set<string> => new Set(items.filter((x) => !x.brk).map((x) => lemmaStem(x.w)));
  const one = (x: ReturnType<typeof scan>, y: ReturnType<typeof scan>): boolean => {
    const denied = deniedStems(y);
    const told = stemsOf(y);
    for (const v of implicativeComplements(x)) if (told.has(v) && !denied.has(v)) return true;
    return false;
  };
  return one(ia, ib) || one(ib, ia);
}

export function oneClaimFacts(facts: FactCluster[], sentences: FactSentence[], related: Array<[number, number]>, t: ClaimTools): FactCluster[] {
  const memo = new Map<string, boolean>();
  const acts = t.acts.map(ownActs);
  const cover = (x: number, y: number): number => {
    const c = t.entail.covered(x, [y]);
    return Math.max(c.whole, c.lead, c.amounts);
  };
  const oneClaim = (x: number, y: number): boolean => {
    const key = x < y ? `${x}:${y}` : `${y}:${x}`;
    let v = memo.get(key);
    if (v !== undefined) return v;
    v = decide(x, y);
    memo.set(key, v);
    return v;
  };
  // Claims that cannot be one, whatever words they share: another year, another quoted remark,
  // one denying what the other asserts, or two main acts neither of which the other reports (word
  // vectors may relate them).
  // Two statements of measure (facts.ts measuresAmount), each giving the other's amount (entail.ts
  // Covered.amounts: "stopped more than 188,000 immigrants … in June" / "there were nearly 190,000
  // migrant encounters … in June"): one measurement told in each outlet's words, whatever their
  // verbs. (This covers facts.ts's measure link, whose pairs pass the same two tests first.)
  const measured = (x: number, y: number): boolean =>
    measuresAmount(sentences[x].text) && measuresAmount(sentences[y].text) && Math.min(t.entail.covered(x, [y]).amounts, t.entail.covered(y, [x]).amounts) > 0;
  // Each sentence's figures with their kind (exact, bound, approximation), read once (figures.ts).
  const figs = new Map<number, Figure[]>();
  const figures = (x: number): Figure[] => {
    let f = figs.get(x);
    if (!f) figs.set(x, (f = figuresOf(sentences[x].text)));
    return f;
  };
  // Another value for one thing ("up to 3 million" / "up to 2.7 million"; "more than 250" / "248")
  // is another claim for consensus, though merging (facts.ts clashOf, lenient within a tenth for
  // hedged figures) joined the two: the split groups stay `aligned`, so the conflicts stage still
  // compares their values as before.
  const actors = new Map<number, string[]>();
  const actorOf = (x: number): string[] => {
    let n = actors.get(x);
    if (!n) actors.set(x, (n = actorNames(sentences[x].text, t.acts[x])));
    return n;
  };
  // One act (the same main act, or one's main act told in the other) done by different named
  // actors, both in the active voice: "The Palestinians sharply opposed the settlement expansion"
  // / "The Clinton administration has opposed construction of new settlements"; "Barak has
  // promised to halt building" / "The Palestinian side has repeatedly asked Israel to halt …".
  // predicates.ts otherActors asks that neither names the other's subject anywhere (one claim in
  // two voices names the same participants somewhere), which an actor named as the other's
  // object or circumstance ("… between Israel and the Palestinians") defeats; here the voice is
  // read, so the actors themselves are compared.
  const otherActor = (x: number, y: number): boolean => {
    const na = actorOf(x);
    if (!na.length) return false;
    const nb = actorOf(y);
    if (!nb.length || sameActor(na, nb)) return false;
    const ax = acts[x];
    const ay = acts[y];
    return sameMainAct(ax, ay, t.near) || mainActIn(ax, ay, OUTRIGHT) || mainActIn(ay, ax, OUTRIGHT);
  };
  // Another time: resolved dates of which none overlaps, a weekday named in one that is not
  // the weekday of the calendar day written in the other, or written days of the month of which
  // none is the other's, resolved or not (dates.ts).
  const otherTimes = (x: number, y: number): boolean => {
    const tx = t.times?.[x];
    const ty = t.times?.[y];
    return !!tx && !!ty && (datesDiffer(tx, ty) || weekdayDiffers(tx, ty) || writtenDaysDiffer(tx, ty));
  };
  // Another place: one sentence is about a place the other's whole report never names
  // (places.ts: "Jordan has enacted a law banning smoking" cited to a report of another country).
  // Asked of the hub's pairs with the dates, for the same reason: what the fact shows.
  const otherPlace = (x: number, y: number): boolean => {
    const px = t.places?.[x];
    const py = t.places?.[y];
    if (!px || !py || !t.report || (!px.length && !py.length)) return false;
    return placeUnnamed(px, t.report(sentences[y].articleIndex), py, t.report(sentences[x].articleIndex));
  };
  // Each sentence's attribution frame and what it reports (supporters.ts reportedIn), read once.
  const reported = new Map<number, Reported | null>();
  const reportOf = (x: number): Reported | null => {
    if (!reported.has(x)) reported.set(x, reportedIn(sentences[x].text));
    return reported.get(x)!;
  };
  // Each sentence's factuality (modality.ts), read once.
  const factualities = new Map<number, Factuality>();
  const factuality = (x: number): Factuality => {
    let f = factualities.get(x);
    if (!f) factualities.set(x, (f = factualityOf(sentences[x].text, t.acts[x])));
    return f;
  };
  const cannotBeOne = (x: number, y: number): boolean => {
    const a = sentences[x].text;
    const b = sentences[y].text;
    // Two reported statements of one speaker whose contents share no word once their frames are
    // left out (supporters.ts remarksDiffer): two remarks, however alike the name and title.
    if (remarksDiffer(reportOf(x), reportOf(y))) return true;
    if (figuresDiffer(figures(x), figures(y))) return true;
    // Two results with no score in common (figures.ts talliesDiffer): two games or votes told alike.
    if (talliesDiffer(a, b)) return true;
    // Two clock times that cannot be one moment (dates.ts clockTimesDiffer): two events told alike.
    if (clockTimesDiffer(a, b)) return true;
    if (otherActor(x, y)) return true;
    // One named participant in converse roles of one act ("a letter from Kovac" / "a letter to
    // Kovac"; "Kovac sued Brannik" / "Brannik sued Kovac": converse-roles.ts): who did what to
    // whom differs, whatever words the two share.
    if (converseRoles(a, b)) return true;
    // One act told as done by one and as planned, expected, required, possible or denied by the
    // other ("rose 3%" / "is expected to rise 3%"; "sued" / "plans to sue"; "won more than half"
    // / "the law requires candidates to win more than half"; modality.ts): a forecast, a rule or a
    // plan is not its outcome, whatever words the two share and whatever they measure.
    if (factualityDiffers(factuality(x), factuality(y))) return true;
    // One measurement (measured above): the verbs may differ, but a different year, another
    // remark or the opposite act still makes two claims.
    if (measured(x, y)) return yearsDiffer(a, b) || weekdaysDiffer(a, b) || otherRemarks(a, b) || oppositeAct(acts[x], acts[y], t.near);
    return yearsDiffer(a, b) || weekdaysDiffer(a, b) || otherRemarks(a, b) || oppositeAct(acts[x], acts[y], t.near) || (mainActsDiffer(acts[x], acts[y], t.near) && !(t.learnedLede?.(x, y) ?? false));
  };
  const decide = (x: number, y: number): boolean => {
    if (cannotBeOne(x, y)) return false;
    const ax = acts[x];
    const ay = acts[y];
    if (t.aff.evidence(x, y).whole >= NEAR_COPY) return true;
    // Below a near copy, two sentences about different subjects state different things, however
    // much of their topic's words they share: a phrase ("… social security and civil service …"
    // as what Congress rejected / where the country failed to cut spending) or a figure.
    if (otherSubjects(sentences[x].text, sentences[y].text)) return false;
    // Two ledes joined as one main event (ledePair), nothing making them two claims (above): each
    // lede adds its own circumstances round the one event, so neither covers most of the other
    // ("Rosa Tellan, who spent 18 years as a fire chief in …, was named Friday to take over the
    // Dalvik Fire Service as it tries to …" / "A new chief has been selected to lead the Dalvik
    // Fire Service in the aftermath of …"; AllSides dev 5839), which facts.ts's coherence check
    // already accepts for ledes of three articles, and this gate split again. Asked after
    // otherSubjects: two ledes whose subjects neither names are two people's acts, however alike
    // the rest ("A veteran city councillor was arrested on Friday in Dalvik on suspicion of
    // taking bribes" / "The owner of a construction company was arrested on Friday in Dalvik on
    // suspicion of paying bribes"); the appointment's "new chief" is named in the other lede
    // ("… as a fire chief …").
    if (t.ledePair?.(x, y)) return true;
    if (t.aff.phraseWords(x, y) >= CLAIM_PHRASE_WORDS) return true;
    if (measured(x, y)) return true;
    const cx = cover(x, y);
    const cy = cover(y, x);
    // Each states most of the other.
    if (Math.min(cx, cy) >= MUTUAL_CLAIM) return true;
    const lo = Math.min(cx, cy);
    const hi = Math.max(cx, cy);
    // One states half of the other or more and their main acts are one act named outright
    // (lemma, derivation, synset or event class): the other adds details of its own ("Fauci told
    // CNN that health officials are considering revising masking guidelines" / "Fauci said the
    // CDC is considering recommending masks").
    if (hi >= PARTIAL_CLAIM && sameMainAct(ax, ay, OUTRIGHT)) return true;
    // One states most of the other and reports the other's main act outright, as its
    // circumstance or in a clause of its own ("will join governors sending officers to the
    // border" / "South Dakota is sending troops to the border"; "fell to 385,000 from a revised
    // 405,000" / "the prior week's reading was revised down to 405,000").
    const both = ax.main.length > 0 && ay.main.length > 0;
    if (hi >= MUTUAL_CLAIM && both && (mainActIn(ax, ay, OUTRIGHT) || mainActIn(ay, ax, OUTRIGHT))) return true;
    // Main acts related only by word vectors ("struck down" / "ended", but also "called for" /
    // "refused", "believes" / "described"): each must state a good part of the other too.
    if (hi >= PARTIAL_CLAIM && lo >= SOME_CLAIM && sameMainAct(ax, ay, t.near)) return true;
    // A sentence whose main act was not read (a verbless lead, a quotation, an irregular verb)
    // gives no evidence of another act: it is one claim with a sentence that states most of it
    // and reports the other's act, if any, outright.
    if (hi >= MUTUAL_CLAIM && (!ax.main.length || !ay.main.length)) {
      const first = !ax.main.length ? cx : cy;
      return first >= MUTUAL_CLAIM && mainActIn(ay, ax, OUTRIGHT) && mainActIn(ax, ay, OUTRIGHT);
    }
    return false;
  };
  // A sentence of another article that also reports a fact inside a sentence whose own fact is
  // another one (facts.ts `also`) is cited only when nothing makes it another claim than the one
  // shown: another value for one thing, another actor of one act, another year, weekday or
  // remark, two main acts neither reports, or a subject that neither sentence names in the
  // other. Read on the DUC 2006 dev topics: "She figures it could now rent for $1,000 a month"
  // cited "… said Mendez, who paid $350 a month …"; "the Board … voted 17-0 against recommending
  // that Robison's sentence be commuted" cited "Bush agreed with the recommendation … and
  // commuted the sentence".
  // An act the hub denies through a negative implicative and the other tells undenied (or the
  // reverse) is another claim too (implicativeClash; read on a DUC 2003 dev topic: "Germany … has
  // declined to follow suit" cited "he hoped … Germany … would follow the Spanish example").
  // Asked here only: between the members of a fact it also split a held-out story's only shared
  // fact (lede bench held-out, stories with no shared fact 95 → 96), unread.
  // The hub's figures, each given by the sentence cited (supporters.ts): a supporter that gives
  // no figure passed every value test, with nothing to compare. Near copies pass (one text edited).
  const claimFigs = new Map<number, Figure[]>();
  const claimFigsOf = (x: number): Figure[] => {
    let f = claimFigs.get(x);
    if (!f) claimFigs.set(x, (f = claimFigures(sentences[x].text)));
    return f;
  };
  const givesFigures = (hub: number, y: number): boolean => !measuresAmount(sentences[hub].text) || !lacksFigure(claimFigsOf(hub), claimFigsOf(y)) || t.aff.evidence(hub, y).whole >= NEAR_COPY;
  const alsoStates = (hub: number, a: number): boolean =>
    givesFigures(hub, a) &&
    !cannotBeOne(hub, a) &&
    !otherTimes(hub, a) && !otherPlace(hub, a) && !implicativeClash(sentences[hub].text, sentences[a].text) && !otherSubjects(sentences[hub].text, sentences[a].text);
  // A sentence no longer cited stays related to the fact (a partial report or another version):
  // its outlet is not said to omit the fact, nor the fact to be another outlet's exclusive.
  const keepAlso = (hub: number, also: FactSentence[]): FactSentence[] =>
    also.filter((a) => {
      if (alsoStates(hub, a.idx)) return true;
      related.push(a.idx < hub ? [a.idx, hub] : [hub, a.idx]);
      return false;
    });
  const articleOf = (x: number): string => sentences[x].article;
  const spans = (g: number[]): boolean => new Set(g.map(articleOf)).size >= 2;
  // The sentence a group shows must itself state one claim with every other sentence it cites
  // (settle). coherentGroups asks each member to agree with half of a group, so A~B and B~C could
  // cite C for A's words: read on the DUC 2006 dev topics, "The report … prompted the reform" was
  // shown citing "The report comes less than a week after an inquiry highlighted …", which had
  // joined through a third outlet's sentence agreeing with both. A sentence the hub does not
  // state leaves the group; the rest of the group may gather round a hub of its own.
  // The hub shown states each sentence it cites: one claim, told of the same time (otherTimes).
  // The dates are asked of the hub's pairs only, not of every pair of members (coherentGroups):
  // a fact told over months gathers reports whose own dates differ though each states the hub's
  // claim (the hub's date is what the fact shows).
  const states = (h: number, y: number): boolean => oneClaim(h, y) && !otherTimes(h, y) && !otherPlace(h, y) && givesFigures(h, y);
  const settle = (g: number[], centrality: Map<number, number>): Array<{ members: number[]; hub: number }> => {
    const groups: Array<{ members: number[]; hub: number }> = [];
    let pending = [...g].sort((p, q) => p - q);
    for (let round = 0; round < HUB_ROUNDS && spans(pending); round++) {
      // The sentence shown so far (the most central) stays the hub when it states one claim with
      // every other: facts that were right keep their shown sentence.
      let lead = pending[0];
      for (const x of pending) if (centrality.get(x)! > centrality.get(lead)!) lead = x;
      const agreesAll = (h: number): boolean => pending.every((y) => y === h || states(h, y));
      let hub = lead;
      if (!agreesAll(lead)) {
        // Else the member that states one claim with the most others of other articles (checked
        // among the first SPLIT_CHECK, so a large fact costs linear time); ties go to the more
        // central, then the earlier.
        let best = -1;
        for (const x of pending.slice(0, SPLIT_CHECK)) {
          let n = 0;
          for (const y of pending) if (y !== x && articleOf(y) !== articleOf(x) && states(x, y)) n++;
          if (n > best || (n === best && centrality.get(x)! > centrality.get(hub)!)) {
            best = n;
            hub = x;
          }
        }
        if (best <= 0) break;
      }
      const kept = pending.filter((y) => y === hub || states(hub, y));
      groups.push({ members: kept, hub });
      pending = pending.filter((y) => !kept.includes(y));
    }
    // What no hub states stands alone (related to the fact it left, so no exclusive).
    if (pending.length) {
      if (!groups.length && !spans(pending)) groups.push({ members: pending, hub: pending[0] });
      else for (const x of pending) groups.push({ members: [x], hub: x });
    }
    return groups;
  };
  const out: FactCluster[] = [];
  for (const f of facts) {
    const arts = new Set(f.members.map((m) => m.article));
    if (arts.size < 2) {
      out.push(f);
      continue;
    }
    const ms = f.members.map((m) => m.idx);
    // A member joins a group when it states one claim with at least half of the group's members
    // of other articles and cannot-be-one with none (coherentGroups): outlets telling one claim as
    // a noun phrase inside otherwise different sentences ("… Russia's only military outposts
    // outside the former USSR" / "… its only military bases outside the former Soviet Union")
    // cover each other too little pairwise although each states it. A fact of two articles needs
    // its two sentences to state one claim. Each group is then settled round a hub that states
    // one claim with every sentence it cites (settle).
    const pos = new Map(f.members.map((m, k) => [m.idx, k]));
    const central = new Map(f.members.map((m, k) => [m.idx, f.centrality[k]]));
    // A group of one article has no one to settle with: its most central member is its hub.
    const mostCentral = (g: number[]): number => g.reduce((h, x) => (central.get(x)! > central.get(h)! ? x : h), g[0]);
    const groups = coherentGroups(ms, oneClaim, cannotBeOne, articleOf, SPLIT_CHECK).flatMap((g) => (spans(g) ? settle(g, central) : [{ members: g, hub: mostCentral(g) }]));
    // The group of the fact's most central member keeps the sentences that also support it (a
    // sentence reporting two things), each only when it can be one claim with the group's hub:
    // the merge asked them to cover the fact's sampled members, not to tell the same act of the
    // same actors with the same values.
    let lead = 0;
    f.centrality.forEach((c, k) => {
      if (c > f.centrality[lead]) lead = k;
    });
    const top = Math.max(...f.centrality);
    if (groups.length === 1 && groups[0].hub === f.members[lead].idx) {
      const hub = groups[0].hub;
      const also = keepAlso(hub, f.also);
      out.push(also.length === f.also.length ? f : { ...f, also });
      continue;
    }
    const first = Math.min(...ms);
    for (const { members: g, hub } of groups) {
      const sorted = [...g].sort((p, q) => p - q);
      const ks = sorted.map((x) => pos.get(x)!);
      // The hub is shown: above every other member's centrality (facts.ts toFact shows the most
      // central member not carrying an outlier value).
      const centrality = ks.map((k) => (f.members[k].idx === hub && hub !== f.members[lead].idx ? top + HUB_LEAD : f.centrality[k]));
      const hasLead = ks.includes(lead);
      out.push({
        members: ks.map((k) => f.members[k]),
        centrality,
        also: hasLead ? keepAlso(hub, f.also) : [],
        origin: f.origin,
        aligned: groups.length > 1 ? (f.aligned ?? first) : f.aligned,
      });
      if (sorted[0] !== first) related.push(sorted[0] < first ? [sorted[0], first] : [first, sorted[0]]);
      // A group split off is related to the hub of the fact's first group of several articles
      // too, when that is another article's: related to a sentence of its own article only, it
      // would count as its outlet's exclusive though other outlets tell the same topic.
      const anchor = groups.find((x) => spans(x.members))?.hub;
      if (anchor !== undefined && anchor !== hub && sentences[sorted[0]].article !== sentences[anchor].article) related.push(sorted[0] < anchor ? [sorted[0], anchor] : [anchor, sorted[0]]);
    }
  }
  return out;
}
