/**
 * Contradictions of polarity and status: one report asserts an act of a named participant, another
 * denies it ("Jon Vark was charged with arson" / "Jon Vark has not been charged"), or tells the
 * complementary outcome of one status act ("Arno Kell survived the crash" / "Arno Kell died in the
 * crash"; status-acts.ts). The value-based stages (conflicts.ts) never compare these: no figure,
 * date or name differs.
 *
 * A card needs, for one sentence of each of two articles of different outlets:
 * - the same participant: both main clauses have a named subject and the names of the shorter are
 *   all in the longer (predicates.ts readAct subject, the oneActor rule), with no speaker before a
 *   reported clause ("Eli Marn said Jon Vark …"), no possessive ("Vark's brother"), the same
 *   generational suffix ("Jr."), a bare surname only when its article names no other person of
 *   it ("Eli Vark" beside "Vark"), in the same voice (a
 *   passive subject is the act's patient, an active one its agent);
 * - the same act: the same main verb lemma, or the two outcomes of one status act, with opposite
 *   polarity once the complementary outcome is counted as a denial;
 * - one occasion: what follows the verb in its clause (object, complement), when both sentences
 *   give it, shares a content word ("the race" / "the mayoral race"), and neither sentence writes
 *   a year the other does not (a year of its own tells of another occasion);
 * - a plain construction: the main verb asserted or negated by "not", "n't" or "never" in its own
 *   verb group, not under a modal, an infinitive ("has yet to be charged", "is expected to win"),
 *   a question or a quotation, and the denial not bounded in time ("has not been seen since
 *   Tuesday", "had not lost in ten years": a pause, not a denial of the act).
 * Not a card when the later report's change is an evolution (issue #10): the denial published
 * before the assertion ("not yet charged" on Monday, "charged" on Tuesday), or for the one
 * outcome that can follow the other (survived, then died of the injuries), the survival first.
 * Those are updates with their times. A card is "high" only when the construction is
 * unambiguous: one verb negated by "not" or "n't", unhedged ("reportedly"), denying no narrower
 * act than the one asserted (no complement word the assertion lacks), not an act still pending ("has not been", "not
 * yet", "still": true on the day it was written, and perhaps overtaken the same day), and the
 * reports of one day or the denial the later one; otherwise "possible".
 *
 * Linear: sentences are indexed by (act, participant name word); only readings of one bucket are
 * paired, and a bucket keeps at most BUCKET_CAP readings a side.
 */
import type { Conflict, Update } from '../../core/dossier-schema.js';
import type { AnnotatedArticle } from '../../core/schema.js';
import type { Alignment, FactSentence } from '../facts/facts.js';
import { STOP, stem } from '../words/lex.js';
import { AUX, readAct, scan, SUBORDINATORS } from '../words/predicates.js';
import type { ArticleMeta } from './conflicts.js';
import { complementary, statusAct, wordAct } from './status-acts.js';

/** One sentence's main act read with its polarity. */
interface Reading {
  s: FactSentence;
  /** The act (status-acts.ts) and the verb's own lemma. */
  act: string;
  lemma: string;
  /** The act asserted (true) or denied (negated, or its complementary outcome told). */
  positive: boolean;
  /** Negated by "never" (a claim over all times: never "high"). */
  never: boolean;
  /** Hedged by "reportedly", "allegedly", "apparently": a report of someone's word, never "high". */
  hedged: boolean;
  /** A phrase fronted before the subject's name, set off by a comma ("Last year, Vark …"). */
  fronted: boolean;
  /** The complement opens with a pronoun ("did not sign it"): what it stands for is not read. */
  pronounTail: boolean;
  /** A negation still pending ("has not been", "not yet", "still not"). */
  pending: boolean;
  passive: boolean;
  /** Stems of the subject's name words. */
  subject: Set<string>;
  /** Content stems after the verb in its clause. */
  tail: Set<string>;
  /** Years written in the sentence. */
  years: Set<string>;
  /** The subject-to-verb words as written, and their offsets in the article. */
  value: string;
  start: number;
  end: number;
}

// The same tokenisation as predicates.ts scan (its SCAN), to find where each word stands.
const SCAN = /[\p{L}\p{N}][\p{L}\p{N}'’]*(?:[.-][\p{L}\p{N}]+)*|--|[,;:()\[\]\u2014\u2013]/gu;
const MODALS = new Set(['will', 'would', 'may', 'might', 'could', 'should', 'can', 'must', 'shall', 'cannot', "won't", "can't", "wouldn't", "couldn't", "shouldn't"]);
/** Words of a verb group besides auxiliaries: negators, adverbs of aspect, the infinitive's "to". */
const GROUP = new Set(['not', 'never', 'also', 'still', 'already', 'just', 'yet', 'now', 'to', 'once', 'again', 'only', 'ever', 'finally', 'reportedly', 'allegedly', 'apparently']);
// Adverbs that make a verb group a report of someone's word ("reportedly", "allegedly"): the
// claim is hedged, which never makes a "high" card; "apparently" likewise.
const HEDGED = new Set(['reportedly', 'allegedly', 'apparently']);
/**
 * Pronouns as the verb's object ("did not sign it", "did not attend them"): they stand for a thing
 * named in another sentence, which the other report's complement may not be; STOP drops them from
 * the tail, which would read the denial as a broad one.
 */
const PRONOUN_OBJECTS = new Set(['it', 'them', 'this', 'these', 'those', 'him', 'her', 'one']);
/** Auxiliaries that open a conditional by inversion ("Had he been charged", "Were she to win", "Should he lose"). */
const INVERTED = new Set(['had', 'were', 'should']);
/** Forms of verbs of saying, believing and alleging (the lexicon has no entry for them): one inside a subject span opens a reported clause. */
const SAYING = /^(?:say|says|said|tell|tells|told|reported|reports|announced|announces|stated|states|added|adds|noted|notes|explained|explains|wrote|writes|tweeted|claimed|claims|insisted|insists|believes?|believed|thinks?|thought|alleged|alleges|confirmed|confirms|denied|denies|according)$/;
/** After a negator, words that make it a focus ("not only won", "not just lost"), not a denial. */
const FOCUS = new Set(['only', 'just', 'merely', 'simply']);
/**
 * In the clause after a denied verb: a bound on the time the denial covers ("not seen since
 * Tuesday", "had not lost in ten years", "not charged until", "never again"): it says the act did
 * not happen within a stretch, which a report of the act outside it does not contradict.
 */
const BOUNDED = new Set(['since', 'until', 'till', 'again', 'anymore', 'longer', 'yet', 'ever']);
/** A preposition bounding a stretch only with a time noun after it ("in ten years", "for weeks", "over the past month"); "not charged in the fire" is a plain denial. */
const STRETCH = new Set(['in', 'for', 'during', 'over', 'within', 'before', 'after']);
const TIME_NOUN = /^(?:days?|weeks?|months?|years?|decades?|hours?|time|while|weekend|season)$/;
const STRETCH_REACH = 4;
/** Tail words that open another clause: the complement of the main verb stops there. */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'because', 'after', 'before', 'as', 'and', 'but', 'or', 'said', 'says', 'according']);
const YEAR = /\b(?:1[89]\d\d|20\d\d)\b/g;
/** Readings kept per bucket and side: a participant's act told more often than this is a story's running subject, and the first readings of each side already show a contradiction if there is one. */
const BUCKET_CAP = 24;
/** Content words after the verb read as its complement. */
const TAIL_WORDS = 8;
/** At most this many characters of subject and verb group are shown as a claim's value. */
const VALUE_CHARS = 90;

/** Whether position `at` of a sentence lies inside a quotation (an odd number of quote marks before it). */
function quoted(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const curly = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  if (curly > 0 || straight % 2 === 1) return true;
  // A quotation opened in an earlier sentence (“We are relieved. Vark was not charged,” his
  // lawyer said.): the sentence splitter cuts inside it, so the closing mark after the verb with
  // no opening one before it, or an odd number of straight marks in the sentence, shows it.
  const after = text.slice(at);
  const close = after.indexOf('”');
  if (close >= 0 && (after.indexOf('“') < 0 || after.indexOf('“') > close)) return true;
  return (text.match(/"/g) ?? []).length % 2 === 1;
}

/** The main act of a sentence, read as above; null when its construction is not plain. */
function readingOf(s: FactSentence, mentions: ReadonlyArray<{ start: number; end: number }>): Reading | null {
  const text = s.text;
  if (text.includes('?')) return null;
  const r = readAct(text);
  if (r.mainAt < 0 || !r.main.length) return null;
  const items = scan(text);
  const at: number[] = [];
  for (const m of text.matchAll(SCAN)) at.push(m.index ?? 0);
  if (at.length !== items.length) return null;
  const p = r.main.find((x) => x.word === items[r.mainAt].w) ?? r.main[0];
  // The verb group: auxiliaries, negators and aspect adverbs right before the verb.
  let k = r.mainAt - 1;
  const group: string[] = [];
  while (k >= 0 && !items[k].brk && (AUX.has(items[k].w) || GROUP.has(items[k].w) || /n['’]t$/.test(items[k].w))) group.unshift(items[k--].w);
  // The named participant: the subject's name words with a capitalised word that is not merely
  // the sentence's first word ("Police", "The"); or, when readAct sees no name there because the
  // name opens the sentence ("Vark was charged …"), a recognised name mention that is the whole
  // subject: it opens the sentence and ends right before the verb group.
  let subject = r.subjectAt.some((j) => items[j]?.cap) ? r.subject : [];
  let first = Math.min(...r.subjectAt.filter((j) => items[j]?.upper && !items[j].brk), r.mainAt);
  if (!subject.length && k >= 0) {
    const groupAt = s.start + at[k + 1];
    const m = mentions.find((x) => x.start === s.start && x.end <= groupAt && text.slice(x.end - s.start, groupAt - s.start).trim() === '');
    if (m) {
      subject = (text.slice(0, m.end - s.start).match(/\p{L}[\p{L}'’-]*/gu) ?? []).map((w) => w.toLowerCase());
      first = 0;
    }
  }
  if (!subject.length) return null;
  // The main verb in a clause that opens with a subordinator or an inverted auxiliary ("Had Vark
  // not been charged, …", "If Vark is not charged, …", "Although Vark was not charged, …") before
  // the first break: a condition or a concession, not the report's own statement.
  const firstBreak = items.findIndex((x) => x.brk);
  if ((SUBORDINATORS.has(items[0]?.w) || INVERTED.has(items[0]?.w)) && (firstBreak < 0 || firstBreak > r.mainAt)) return null;
  // A fronted phrase before the subject's name ("Last year, Vark was not charged", "In the
  // earlier case, …", "Unlike his brother, …"): it scopes the act to a time, case or contrast the
  // other report may not share; such a card is never "high".
  const nameAt = r.subjectAt.find((j) => j < r.mainAt && items[j].cap && subject.includes(items[j].w));
  const fronted = nameAt !== undefined && items.slice(0, nameAt).some((x) => x.brk && (x.w === ',' || x.w === ':'));
  // A verb of saying inside the subject span ("Eli Marn said Jon Vark was not charged"): readAct
  // reads the speaker and the reported clause's subject as one subject, so the speaker's name
  // would stand for the participant of the act. Which words name the participant is not plain.
  if (r.subjectAt.some((j) => j < r.mainAt && !items[j].cap && SAYING.test(items[j].w))) return null;
  // A possessive name in the subject ("Jon Vark's brother was not charged"): the participant is
  // the possessed noun's referent, not the named person.
  if (r.subjectAt.some((j) => j < r.mainAt && items[j].cap && /['’]s?$/.test(items[j].raw))) return null;
  if (group.some((w) => MODALS.has(w) || w === 'to')) return null;
  const negators = group.filter((w) => w === 'not' || w === 'never' || /n['’]t$/.test(w));
  if (negators.length > 1) return null;
  // A negation readAct sees but the verb group does not hold ("no one was charged", "nobody
  // won"): its scope is a participant, not the act; left out.
  if (p.negated !== (negators.length === 1)) return null;
  const ni = group.findIndex((w) => w === 'not' || w === 'never' || /n['’]t$/.test(w));
  if (ni >= 0 && ni + 1 < group.length && FOCUS.has(group[ni + 1])) return null;
  if (group.includes('yet') && !p.negated) return null;
  if (quoted(text, at[r.mainAt])) return null;
  // The complement: content words after the verb up to a break or another clause.
  const tail = new Set<string>();
  const tailWords: string[] = [];
  for (let j = r.mainAt + 1; j < items.length && tailWords.length < TAIL_WORDS; j++) {
    const w = items[j];
    if (w.brk || CLAUSE_OPENERS.has(w.w)) break;
    tailWords.push(w.w);
    if (!STOP.has(w.w) && w.w.length > 1) tail.add(stem(w.w));
  }
  const { act, flip } = statusAct(p.lemma);
  if (p.negated && flip) return null; // "did not lose": not a plain outcome
  if (p.negated && tailWords.some((w, j) => BOUNDED.has(w) || (STRETCH.has(w) && tailWords.slice(j + 1, j + 1 + STRETCH_REACH).some((x) => TIME_NOUN.test(x))))) return null;
  const pending = p.negated && (group.some((w) => w === 'yet' || w === 'still' || /^(?:has|have|had)(?:n['’]t)?$/.test(w)) || tailWords[0] === 'yet');
  const startRel = at[first];
  const endRel = at[r.mainAt] + items[r.mainAt].raw.length;
  if (endRel - startRel > VALUE_CHARS) return null;
  return {
    s,
    act,
    lemma: p.lemma,
    positive: !p.negated && !flip,
    never: negators[0] === 'never',
    hedged: group.some((w) => HEDGED.has(w)),
    fronted,
    pronounTail: PRONOUN_OBJECTS.has(tailWords[0] ?? ''),
    pending,
    passive: r.passive === true,
    subject: new Set(subject.map((w) => stem(w))),
    tail,
    years: new Set(text.match(YEAR) ?? []),
    value: text.slice(startRel, endRel),
    start: s.start + startRel,
    end: s.start + endRel,
  };
}

/** Publication order of two articles: -1, 0 (one day, or unknown within it), 1; null when either is undated. */
function order(x: ArticleMeta | undefined, y: ArticleMeta | undefined): number | null {
  const a = x?.published ?? null;
  const b = y?.published ?? null;
  if (!a || !b) return null;
  if (a.includes('T') && b.includes('T') && a !== b) return a < b ? -1 : 1;
  const da = a.slice(0, 10);
  const db = b.slice(0, 10);
  return da === db ? 0 : da < db ? -1 : 1;
}

/** The same participant: every subject name word of the shorter is one of the longer's. */
function oneParticipant(a: Reading, b: Reading): boolean {
  // A generational suffix on one name only ("Jon Vark Jr." / "Jon Vark") names another person of
  // the same name (father and son).
  for (const x of SUFFIXES) if (a.subject.has(x) !== b.subject.has(x)) return false;
  const [small, large] = a.subject.size <= b.subject.size ? [a.subject, b.subject] : [b.subject, a.subject];
  return [...small].every((w) => large.has(w));
}

/** Generational suffixes of a name, as stems. */
const SUFFIXES = ['jr', 'sr', 'ii', 'iii', 'iv'];

/** One occasion, as far as the two sentences tell: a shared complement word when both have one, the same years. */
function oneOccasion(a: Reading, b: Reading): boolean {
  if (a.tail.size && b.tail.size && ![...a.tail].some((w) => b.tail.has(w))) return false;
  if (a.years.size !== b.years.size || [...a.years].some((y) => !b.years.has(y))) return false;
  return true;
}

export interface PolarityResult {
  conflicts: Conflict[];
  updates: Update[];
}

/**
 * Polarity and status contradictions between the articles' sentences (see the header). Conflict
 * ids go on from `offset`, update ids from `nextUpdate`.
 */
export function findPolarityConflicts(articles: AnnotatedArticle[], alignment: Alignment, meta: Map<string, ArticleMeta>, factOf: (article: string, start: number) => string | null, offset: number, nextUpdate: number): PolarityResult {
  const buckets = new Map<string, { pos: Reading[]; neg: Reading[] }>();
  const mentionsOf = new Map(articles.map((a) => [a.id, a.mentions]));
  // Each article's full person names (two words or more), as stems: a surname alone stands for
  // any of them, so a bare "Vark" where the article also names "Eli Vark" is not "Jon Vark".
  const fullNames = new Map(articles.map((a) => [a.id, [...new Set(a.mentions.filter((m) => m.type === 'person').map((m) => (a.text.slice(m.start, m.end).match(/\p{L}[\p{L}'’-]*/gu) ?? []).map((w) => stem(w.toLowerCase())).join(' ')))].map((x) => x.split(' ')).filter((x) => x.length > 1)]));
  const otherNamesake = (short: Reading, long: Reading): boolean => (fullNames.get(short.s.article) ?? []).some((f) => short.subject.has(f[f.length - 1]) && !f.every((w) => long.subject.has(w)));
  for (const s of alignment.sentences) {
    const mentions = mentionsOf.get(s.article);
    if (!mentions) continue;
    const r = readingOf(s, mentions);
    if (!r) continue;
    for (const w of r.subject) {
      const key = `${r.act}|${w}`;
      let b = buckets.get(key);
      if (!b) buckets.set(key, (b = { pos: [], neg: [] }));
      const side = r.positive ? b.pos : b.neg;
      if (side.length < BUCKET_CAP) side.push(r);
    }
  }
  const conflicts: Conflict[] = [];
  const updates: Update[] = [];
  const done = new Set<string>();
  const cardOf = new Map<string, Conflict>();
  const updated = new Set<string>();
  const keys = [...buckets.keys()].sort();
  for (const key of keys) {
    const b = buckets.get(key)!;
    if (!b.pos.length || !b.neg.length) continue;
    for (const p of b.pos) {
      for (const n of b.neg) {
        const pair = `${p.s.idx}|${n.s.idx}`;
        if (done.has(pair)) continue;
        done.add(pair);
        if (p.s.article === n.s.article || p.passive !== n.passive) continue;
        const mp = meta.get(p.s.article);
        const mn = meta.get(n.s.article);
        if (mp?.outlet && mp.outlet === mn?.outlet) continue;
        // Sentences alike but for the polarity are no copy of one report (conflicts.ts isCopy): the
        // change is the contradiction itself.
        if (!oneParticipant(p, n) || !oneOccasion(p, n)) continue;
        // The shorter name's article names another person of that surname ("Eli Vark" beside a
        // bare "Vark", against "Jon Vark"): which one it means is not plain.
        const [short, long] = p.subject.size <= n.subject.size ? [p, n] : [n, p];
        if (short.subject.size < long.subject.size && otherNamesake(short, long)) continue;
        // One card (or update) per participant and act, keyed by the act and the head of the
        // shorter name (its last word: "Vark" of "Jon Vark"); further pairs add their articles to
        // its sides, so a story of many reports shows one card, not one per pair.
        const shorter = p.subject.size <= n.subject.size ? p.subject : n.subject;
        const cardKey = `${p.act}|${[...shorter][shorter.size - 1]}`;
        const o = order(mn, mp);
        // The evolution: the denial first for an act that can come to pass (charged, found,
        // confirmed), the assertion first for the outcome that can follow it (survived, then died).
        const survivedFirst = complementary(n.lemma) && statusAct(n.lemma).flip && p.act === 'survive';
        const evolution = o !== null && o !== 0 && (survivedFirst ? o > 0 : o < 0);
        const span = (r: Reading) => ({ article: r.s.article, start: r.start, end: r.end });
        const facts = [...new Set([factOf(p.s.article, p.s.start), factOf(n.s.article, n.s.start)].filter((v): v is string => v !== null))].sort((x, y) => Number(x.slice(1)) - Number(y.slice(1)));
        const normalized = (r: Reading): string => (r.positive ? r.act : r.lemma !== r.act ? r.lemma : `not ${r.act}`);
        if (evolution) {
          if (updated.has(cardKey)) continue;
          updated.add(cardKey);
          const [first, second] = survivedFirst ? [p, n] : [n, p];
          updates.push({
            id: `u${nextUpdate + updates.length + 1}`,
            kind: 'status',
            about: first.value,
            values: [first, second].map((r) => ({ value: r.value, normalized: normalized(r), articles: [r.s.article], spans: [span(r)], published: meta.get(r.s.article)?.published ?? '' })),
            facts,
          });
          continue;
        }
        const flipped = p.lemma !== n.lemma;
        // A denial with a complement word the assertion lacks denies a narrower act ("was charged"
        // / "was not charged with murder"; "won the election" / "did not win the election
        // outright"; "attended the summit dinner" / "did not attend the summit talks"), which the
        // assertion need not contradict: at most possible. A broader denial ("was not charged")
        // contradicts any narrower assertion.
        const narrower = [...n.tail].some((w) => !p.tail.has(w));
        const hedged = p.hedged || n.hedged;
        const fronted = p.fronted || n.fronted;
        const pronoun = p.pronounTail || n.pronounTail;
        const high = !flipped && !n.never && !n.pending && !hedged && !fronted && !pronoun && !narrower && !wordAct(p.act) && o !== null && o >= 0;
        const raised = cardOf.get(cardKey);
        if (raised) {
          // Another pair of the same card: each article joins its side once (never both sides).
          const sides = raised.claims;
          for (const [r, side] of [[p, sides[0]], [n, sides[1]]] as const) {
            if (sides.some((c) => c.articles.includes(r.s.article))) continue;
            side.articles.push(r.s.article);
            side.spans.push(span(r));
          }
          raised.facts = [...new Set([...raised.facts, ...facts])].sort((x, y) => Number(x.slice(1)) - Number(y.slice(1)));
          if (!high) raised.confidence = 'possible';
          continue;
        }
        const reasons: string[] = [];
        if (flipped) reasons.push(`“${n.lemma}” and “${p.lemma}” are read as the two outcomes of one act, which the wording may not intend`);
        if (n.never) reasons.push('the denial says “never”, which may cover another time');
        if (pronoun) reasons.push('a pronoun stands for the complement, which may be another thing than the other report\'s');
        if (fronted) reasons.push('a phrase before the name (a time, a case, a contrast) may scope the act to another occasion');
        if (hedged) reasons.push('a report hedges its claim (“reportedly”, “allegedly”, “apparently”)');
        if (narrower && !flipped) reasons.push('the denial names a complement the assertion does not, so it may deny a narrower act');
        if (wordAct(p.act) && !flipped) reasons.push('not giving one\'s word may mean not yet');
        if (n.pending) reasons.push('the denial tells of an act still pending when it was written, which a later event the same day may have overtaken');
        if (o === null) reasons.push('the reports are not both dated, so which came first is unknown');
        else if (o < 0) reasons.push('the denial was published first');
        const card: Conflict = {
          id: `c${offset + conflicts.length + 1}`,
          kind: 'polarity',
          about: p.value,
          claims: [p, n].map((r) => ({ value: r.value, normalized: normalized(r), articles: [r.s.article], spans: [span(r)] })),
          outliers: [],
          facts,
          confidence: high ? 'high' : 'possible',
          why: `Both reports tell of the same participant (“${p.value}” / “${n.value}”) and the act “${p.act}”${p.tail.size && n.tail.size ? ', with the same complement' : ''}: ${p.s.article} asserts it and ${n.s.article} ${flipped ? `tells the other outcome (“${n.lemma}”)` : 'denies it'}${reasons.length ? `; ${reasons.join('; ')}` : ''}.`,
        };
        cardOf.set(cardKey, card);
        conflicts.push(card);
      }
    }
  }
  return { conflicts, updates };
}
