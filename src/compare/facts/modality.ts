/**
 * Factuality of a sentence's main claim (issue #12): whether its main clause tells an act as done
 * ("the index rose 3%", "Kovac sued the city", "has been charged") or as not (yet) real — a
 * future or a modal ("will rise", "could cut"), an expectation ("is expected to rise", "is likely
 * to win"), a plan, promise or threat ("plans to sue", "vowed to appeal"), a rule or an order
 * ("the law requires candidates to win more than half", "ordered him to pay"), a conditional
 * ("If convicted, he faces …") or a denial ("denied that he took the money").
 *
 * Why: a shared fact cites every member's outlet for one statement. Session 28's unseen reading
 * found facts whose members told one act with another factuality — a rule or an expectation
 * merged with the outcome ("must win more than half" / "his margin was 1.2 points above what he
 * needed"; "is expected to rise 3%" / "rose 3%"; "plans to sue" / "sued"): the words match, the
 * claims do not (Saurí & Pustejovsky 2009, FactBank: an event's factuality is part of what a
 * sentence asserts about it). The one-claim gate (one-claim.ts) keeps two such sentences in
 * separate groups, which stay related: the plan told by one outlet and the outcome by another are
 * neither omissions nor exclusives of each other.
 *
 * Precision first: two sentences are told apart only when one main clause plainly tells the act
 * as done (a past or perfect verb group, no modal, no governing verb, no hedge such as
 * "reportedly") and the other plainly puts that same act (a verb of the same lemma) under an
 * irrealis marker of its own main clause, which the first does not also tell under such a marker.
 * A present tense is left alone: news uses it for scheduled acts ("Biden meets Putin on
 * Wednesday") as well as for standing states. The main clause is the act reading's
 * (predicates.ts readAct); where it read none, or a word that stands in no verb group and is no
 * past form, the main clause's first verb group with an auxiliary; else no reading.
 * Linear in the sentence's words; read once per sentence the gate asks about.
 */
import { IRREGULAR } from '../words/irregular-verbs.js';
import { AUX, IN_VERB_GROUP, lookup, RELATIVES, scan, SUBORDINATORS, verbAt, type ActReading, type ScanItem } from '../words/predicates.js';

export interface Factuality {
  /**
   * How the main clause tells its act: `done` (past or perfect, nothing irrealis), `irrealis`
   * (under a modal, a governing verb or a conditional), or null when neither is plain (a present
   * tense, a main clause not read, a question).
   */
  kind: 'done' | 'irrealis' | null;
  /** Lemmas of the main clause's verbs, for `done`. */
  doneActs: Set<string>;
  /** Lemmas of the verbs anywhere in the sentence that stand under an irrealis marker (scope below). */
  irrealisActs: Set<string>;
  /** Lemmas of the verbs under the main clause's own irrealis marker (for `irrealis`). */
  mainIrrealis: Set<string>;
  /** The marker as written ("will", "expected", "plans"), for saying why. */
  marker: string | null;
}

/** A modal of ability with its negation in one word. */
const NEGATED_ABILITY = new Set(['cannot', "can't", "couldn't"]);
/** Modal auxiliaries: the act after them is possible, necessary or to come, not told as done. */
const MODALS = new Set(['will', 'would', 'shall', 'should', 'may', 'might', 'could', 'can', 'must', 'cannot', "won't", "wouldn't", "shouldn't", "couldn't", "can't", "mustn't"]);
// A word ending in a contracted modal ("they'll", "he'd"): "'d" is "would" as often as "had", but
// before a bare verb ("he'd resign") it is "would"; the verb-group walk only sees it before one.
const CONTRACTED_MODAL = /^[a-z]+'(?:ll|d)$/;

/**
 * Verbs (and adjectives after a copula) that govern an act with "to" and do not assert it
 * (non-factive, non-implicative; Karttunen 1971): expectation, plan, intention, promise, threat,
 * attempt, proposal, schedule. Implicative verbs ("managed to", "was forced to", "had to") entail
 * their act and are not listed; nor "agree" and "decide", whose act is itself an outcome.
 */
const TO_GOVERNORS = new Set([
  'expect', 'forecast', 'predict', 'project', 'anticipate', 'likely', 'unlikely', 'due', 'set', 'poised', 'schedule', 'slate', 'going', 'about',
  'plan', 'intend', 'aim', 'seek', 'want', 'hope', 'wish', 'vow', 'pledge', 'promise', 'threaten', 'propose', 'try', 'attempt', 'prepare',
]);
/** Those of the governors that take a clause with "that" as well. */
const THAT_GOVERNORS = new Set(['expect', 'forecast', 'predict', 'project', 'anticipate', 'hope', 'wish', 'propose', 'plan', 'intend', 'promise', 'pledge', 'vow']);
/**
 * Verbs of rule, order and request: the act of their complement ("requires candidates to win",
 * "ordered the company to pay", "urged Congress to pass") is what someone must or should do, not
 * what was done. Their object stands between the verb and "to" (or "that" opens the act).
 */
const DEONTIC = new Set(['require', 'order', 'urge', 'ask', 'demand', 'call', 'direct', 'instruct', 'mandate', 'oblige', 'obligate']);
/** Verbs of denial: the act of their complement is told as not done by the speaker's word. */
const DENIAL = new Set(['deny']);
/** Items between a "that" opening the governed clause and its verb (its subject). */
const SUBJECT_REACH = 5;
/** Items after the governed verb in which a coordinated verb may follow ("to cut jobs and close …"). */
const COORDINATION_REACH = 6;
/** Auxiliaries that make a verb group past or perfect: its act is told as done. */
const PAST_AUX = new Set(['was', 'were', 'had', 'has', 'have', 'did', "wasn't", "weren't", "hadn't", "hasn't", "haven't", "didn't"]);
/** Present auxiliaries: the verb group is present (a present passive or progressive), not done. */
const PRESENT_AUX = new Set(['is', 'are', 'am', 'be', 'being', 'do', 'does', "isn't", "aren't", "doesn't", "don't"]);
/** Adverbs that make a verb group someone's word on the act (polarity.ts HEDGED). */
const HEDGES = new Set(['reportedly', 'allegedly', 'apparently', 'purportedly', 'supposedly', 'reputedly']);
/** Adverbs of hindsight: after "would" they tell a past act from after it (readingAt). */
const HINDSIGHT = new Set(['eventually', 'ultimately', 'subsequently', 'later', 'afterwards', 'afterward']);
/** Words opening an embedded question or free relative ("how the fire started", "what happened"). */
const WH = new Set(['how', 'why', 'what', 'whether', 'where', 'when']);
/** Conditional openers: a main clause after a fronted "if" clause tells a possible act. */
const CONDITIONAL = new Set(['if', 'unless']);

/** Past verbs of saying and announcing that open a reported clause. */
const SAID = new Set(['said', 'told', 'announced', 'stated', 'added', 'confirmed', 'wrote', 'declared', 'reported', 'disclosed', 'revealed', 'explained', 'insisted']);
/** Items before a modal in which a past verb of saying opens its reported clause. */
const REPORT_REACH = 14;

/** Whether a past verb of saying stands before item k in its sentence (its reported clause holds k). */
function reportedBefore(items: ScanItem[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - REPORT_REACH; j--) if (SAID.has(items[j].w) && !items[j].cap) return true;
  return false;
}

/** Items after a comma in which a trailing verb of saying closes the reported clause (", Facebook said on Friday", ", according to the company"). */
const REPORT_AFTER_REACH = 5;

/**
 * Whether a reporting clause set off by a comma follows item k (", Facebook said on Friday.",
 * ", said a spokesman", ", according to officials"): the clause before it is reported, as with a
 * verb of saying before it. Linear in the sentence's words.
 */
function reportedAfter(items: ScanItem[], k: number): boolean {
  for (let m = k + 1; m < items.length; m++) {
    if (items[m].w !== ',') continue;
    for (let j = m + 1; j < items.length && j <= m + REPORT_AFTER_REACH && !items[j].brk; j++) {
      if (items[j].cap) continue;
      if (SAID.has(items[j].w) || (items[j].w === 'according' && items[j + 1]?.w === 'to')) return true;
    }
  }
  return false;
}

/** Lemma of a verb form at item i (lookup as a verb), or null. */
function lemmaAt(items: ScanItem[], i: number): string | null {
  const it = items[i];
  if (!it || it.brk || it.cap) return null;
  return lookup(it.w, true)?.lemma ?? null;
}

/** Whether the word is a past form or a past participle (an irregular form, or "-ed"). */
function pastForm(w: string): boolean {
  const base = IRREGULAR[w];
  if (base !== undefined) return base !== w;
  return /[a-z]{2}ed$/.test(w) && lookup(w, true) !== null && lookup(w, true)!.lemma !== w;
}

/**
 * The irrealis marker at item k, if any: a modal, a to-governor followed by "to" (past the verb
 * group's adverbs: "is widely expected to"), a deontic verb followed within a few words by "to"
 * or "that", a verb of denial. Returns where the governed act may start, or -1.
 */
function markerAt(items: ScanItem[], k: number): number {
  const it = items[k];
  if (it.brk || it.cap) return -1;
  if (MODALS.has(it.w) || /^[a-z]+'ll$/.test(it.w)) return k + 1;
  const lemma = lookup(it.w, true)?.lemma ?? it.w;
  if (TO_GOVERNORS.has(lemma) || TO_GOVERNORS.has(it.w)) {
    if (items[k + 1]?.w === 'to') return k + 2;
    // A verb of expectation or plan with a clause ("expected that Quebec will hold", "proposed
    // that the council vote"): its act is no more done than with "to".
    return items[k + 1]?.w === 'that' && THAT_GOVERNORS.has(lemma) ? k + 2 : -1;
  }
  if (DEONTIC.has(lemma)) {
    // "requires candidates to win", "ordered the company to pay", "called on Congress to act",
    // "demanded that he resign": the act follows "to" or "that" within a short object.
    // "to" must open an infinitive (a verb after it), not a place ("were called in and took her
    // to the hospital": read on an ECB+ dev topic); "call" orders only as "call on … to".
    if (lemma === 'call' && items[k + 1]?.w !== 'on' && items[k + 1]?.w !== 'upon') return -1;
    for (let j = k + 1; j < items.length && j <= k + 5 && !items[j].brk; j++) {
      if (items[j].w === 'that') return j + 1;
      if (items[j].w === 'to') return /v/i.test(lookup(items[j + 1]?.w ?? '', true)?.kinds ?? '') && !items[j + 1].cap ? j + 1 : -1;
    }
    return -1;
  }
  if (DENIAL.has(lemma)) return items[k + 1]?.w === 'that' ? k + 2 : k + 1;
  return -1;
}

/**
 * Lemmas of the acts a marker governs: the verb at `from` (past the verb group's auxiliaries and
 * adverbs: "will be charged", "to quickly cut"), or after a "that" the first word read as a verb
 * (past its subject: "denied that the plant closed"); and a verb coordinated with it ("to cut
 * jobs and close the terminal"). Only the governed verb phrase: a wider window took in a reduced
 * relative clause of the object ("… from medicines called …") as a governed act (read on a DUC
 * 2006 dev topic).
 */
function scopeActs(items: ScanItem[], from: number, out: Set<string>): void {
  let j = from;
  if (items[j - 1]?.w === 'that') {
    while (j < items.length && j < from + SUBJECT_REACH && !items[j].brk && !verbAt(items, j)) j++;
  } else {
    while (j < items.length && !items[j].brk && (AUX.has(items[j].w) || IN_VERB_GROUP.has(items[j].w) || /^[a-z]{4,}ly$/.test(items[j].w))) j++;
  }
  const l = j < items.length ? lemmaAt(items, j) : null;
  if (!l) return;
  out.add(l);
  for (let k = j + 1; k + 1 < items.length && k <= j + COORDINATION_REACH && !items[k].brk; k++) {
    if (items[k].w !== 'and' && items[k].w !== 'or') continue;
    const c = lemmaAt(items, k + 1);
    if (c) out.add(c);
    break;
  }
}

/** The factuality of a sentence's main clause, read from its act reading (predicates.ts readAct). */
export function factualityOf(text: string, act: ActReading): Factuality {
  const items = scan(text);
  const irrealisActs = new Set<string>();
  for (let k = 0; k < items.length; k++) {
    const from = markerAt(items, k);
    if (from >= 0) scopeActs(items, from, irrealisActs);
  }
  const none: Factuality = { kind: null, doneActs: new Set(), irrealisActs, mainIrrealis: new Set(), marker: null };
  // A question asserts nothing.
  if (text.includes('?')) return none;
  if (act.mainAt >= 0 && act.mainAt < items.length && act.main.length) {
    const r = readingAt(items, act.mainAt, new Set(act.main.map((p) => p.lemma)), none);
    // A bare past form followed in its clause by a verb group with an auxiliary ("Two workers
    // held in connection with the fire will be charged") is a reduced relative clause, not the
    // main verb: the group is read instead.
    const bare = !inGroup(items, act.mainAt) && pastForm(items[act.mainAt].w);
    if (bare && laterGroup(items, act.mainAt)) {
      const h = auxVerb(items, act.mainAt + 1);
      const lemmas = new Set<string>();
      if (h >= 0) scopeActs(items, h, lemmas);
      return lemmas.size ? readingAt(items, h, lemmas, none) : none;
    }
    // The act reading's main verb stands in a verb group or is a past form: its reading stands.
    if (r.kind || inGroup(items, act.mainAt) || bare) return r;
  }
  // Else (no main act read, or a word read as one that is none: "Two suspects have been charged"
  // gave "suspects", read on a DUC 2006 dev topic) the main clause's first verb group with an
  // auxiliary, if any.
  const g = auxVerb(items);
  if (g < 0 || g === act.mainAt) return none;
  const lemmas = new Set<string>();
  scopeActs(items, g, lemmas);
  return lemmas.size ? readingAt(items, g, lemmas, none) : none;
}

/** Coordinators and clause openers: a verb group after one is another clause's. */
const CLAUSE_BOUNDARY = new Set(['and', 'but', 'or', 'nor', 'that', 'said', 'says', 'told']);

/** Whether an auxiliary stands after `at` in its clause (no break, coordinator, relative or subordinator before it). */
function laterGroup(items: ScanItem[], at: number): boolean {
  for (let k = at + 1; k < items.length; k++) {
    const it = items[k];
    if (it.brk || CLAUSE_BOUNDARY.has(it.w) || RELATIVES.has(it.w) || SUBORDINATORS.has(it.w)) return false;
    if (!it.cap && AUX.has(it.w)) return true;
  }
  return false;
}

/** Whether the word at `at` follows an auxiliary or a word of the verb group ("has been charged", "will not"). */
function inGroup(items: ScanItem[], at: number): boolean {
  const prev = items[at - 1];
  return !!prev && !prev.brk && !prev.cap && prev.w !== 'to' && (AUX.has(prev.w) || IN_VERB_GROUP.has(prev.w));
}

/**
 * The verb of the first verb group of the main clause that opens with an auxiliary or modal
 * ("Two suspects held in connection with … will be charged"): past the words of a relative or
 * subordinate clause (from its opener to the next comma: "Kovac, who was arrested Monday, will
 * appear"). -1 when there is none, or when the group's head is a copula before no verb ("was 3
 * percent").
 */
function auxVerb(items: ScanItem[], from = 0): number {
  let sub = false;
  for (let k = from; k < items.length; k++) {
    const it = items[k];
    if (it.brk) {
      if (it.w === ',') sub = false;
      continue;
    }
    if (it.cap) continue;
    if (RELATIVES.has(it.w) || SUBORDINATORS.has(it.w) || it.w === 'that') sub = true;
    if (sub || !AUX.has(it.w)) continue;
    let j = k + 1;
    while (j < items.length && !items[j].brk && !items[j].cap && (AUX.has(items[j].w) || IN_VERB_GROUP.has(items[j].w) || /^[a-z]{4,}ly$/.test(items[j].w))) j++;
    if (j >= items.length || items[j].brk || items[j].cap) return -1;
    return /v/i.test(lookup(items[j].w, true)?.kinds ?? '') ? j : -1;
  }
  return -1;
}

/** The factuality of the main clause whose verb stands at `at`, with the lemmas of its acts. */
function readingAt(items: ScanItem[], at: number, mainActs: Set<string>, none: Factuality): Factuality {
  // A fronted conditional clause ("If convicted, Kovac faces …"): the main act is possible.
  const first = items.findIndex((x) => !x.brk);
  const conditional = first >= 0 && CONDITIONAL.has(items[first].w) && first < at;
  // The main verb itself governs the act ("is expected to rise", "plans to sue", "requires … to
  // win", "denied taking"): the act told is under it.
  const own = markerAt(items, at);
  if (own >= 0) {
    const acts = new Set<string>();
    scopeActs(items, own, acts);
    return { ...none, kind: 'irrealis', mainIrrealis: acts, marker: items[at].raw };
  }
  // Back over the verb group before the main verb: a modal, or "to" after a governor ("is set to
  // raise", "is going to", "wants to build"); else a past auxiliary makes it done.
  let pastAux = false;
  let presentAux = false;
  let hedged = false;
  for (let k = at - 1; k >= 0 && !items[k].brk; k--) {
    const w = items[k].w;
    // A denied ability ("couldn't understand", "could not find", "cannot pay") tells, in a
    // report of the past, that the act did not happen as often as that it may not: no reading.
    // (Read on a DUC 2003 dev topic: "did not understand" / "couldn't understand" is one claim.)
    if (NEGATED_ABILITY.has(w) || ((w === 'could' || w === 'can') && (items[k + 1]?.w === 'not' || items[k + 1]?.w === 'never'))) return none;
    // "would" after a past verb of saying or announcing is the backshifted future of a reported
    // decision ("announced that Trump would be suspended for two years"), which a report written
    // after it often tells as done ("has suspended Trump for two years"): the same decision, so
    // no reading (read on an AllSides dev story).
    // So too when the reporting clause follows ("Trump would be suspended for two years, Facebook
    // said"; ", according to Facebook"): the order of the clauses does not change the tense.
    if ((w === 'would' || w === "wouldn't" || /^[a-z]+'d$/.test(w)) && (reportedBefore(items, k) || reportedAfter(items, k))) return none;
    // "would" with an adverb of hindsight before the verb ("would eventually win", "would
    // ultimately resign", "would subsequently be convicted") is a narrative's future in the past:
    // it tells, from after the fact, an act that did happen, as a report telling it as done does;
    // it may also be a conditional ("the plan would eventually cut costs"), so no reading either
    // way. ("would later" already ends the walk: "later" is no verb-group word.)
    if ((w === 'would' || /^[a-z]+'d$/.test(w)) && items.slice(k + 1, at).some((x) => HINDSIGHT.has(x.w))) return none;
    // "'d" before "been" or a participle is "had" ("He'd been dropped off by helicopter": read
    // on an ECB+ dev topic), a past auxiliary.
    if (/^[a-z]+'d$/.test(w) && (items[k + 1]?.w === 'been' || pastForm(items[k + 1]?.w ?? ''))) {
      pastAux = true;
      continue;
    }
    if (MODALS.has(w) || /^[a-z]+'ll$/.test(w) || CONTRACTED_MODAL.test(w)) {
      return { ...none, kind: 'irrealis', mainIrrealis: mainActs, marker: items[k].raw };
    }
    if (w === 'to') {
      const g = k - 1;
      const gl = g >= 0 ? (lookup(items[g].w, true)?.lemma ?? items[g].w) : '';
      // "is to visit" (a schedule) or a governor before "to": irrealis; another "to" (an
      // implicative "managed to", "had to") ends the reading: no plain construction.
      if (g >= 0 && (TO_GOVERNORS.has(gl) || TO_GOVERNORS.has(items[g].w) || items[g].w === 'is' || items[g].w === 'are')) {
        return { ...none, kind: 'irrealis', mainIrrealis: mainActs, marker: items[g].raw };
      }
      return none;
    }
    if (PAST_AUX.has(w)) pastAux = true;
    else if (PRESENT_AUX.has(w)) presentAux = true;
    else if (HEDGES.has(w)) hedged = true;
    else if (!(AUX.has(w) || IN_VERB_GROUP.has(w) || /^[a-z]{4,}ly$/.test(w))) break;
  }
  // An irrealis marker earlier in the main verb's clause ("… steps his administration will take to
  // try to get more Americans vaccinated"): the verb read as the main act stands under it, so it is
  // told as no done act (read on an AllSides dev story, where the participle was taken for the
  // main verb).
  for (let k = at - 1; k >= 0 && !items[k].brk; k--) if (markerAt(items, k) >= 0) return none;
  if (conditional) return { ...none, kind: 'irrealis', mainIrrealis: mainActs, marker: items[first].raw };
  // A participle after a present auxiliary ("is expected", "are charged") is a present passive,
  // no past (read on a DUC 2006 dev topic: "It is widely expected that Quebec will hold …").
  if (!(pastAux || (!presentAux && pastForm(items[at].w)))) return none;
  // A hedged outcome ("reportedly discussed", "allegedly paid") is someone's word on the act, not
  // the act told plainly as done (FactBank reads it as probable, not certain; polarity.ts never
  // makes a "high" card of it): no reading. Read on the seed reports: "The two leaders reportedly
  // discussed the future of two Russian military bases" / "The Kremlin said the fate of Russia's
  // two main bases … is set to be discussed" stay one fact.
  if (hedged) return none;
  // A verb inside a subordinate clause of its own ("ask anyone with information about how the
  // fire started to call …", where the act reading took "started" for the main verb: read on an
  // ECB+ dev topic) is no main act told as done.
  for (let k = at - 1; k >= 0 && !items[k].brk; k--) if (!items[k].cap && (WH.has(items[k].w) || RELATIVES.has(items[k].w) || SUBORDINATORS.has(items[k].w))) return none;
  // Only the acts told as done: a verb coordinated after "to" ("… to call") is an infinitive.
  const done = new Set<string>();
  for (let k = at; k < items.length; k++) {
    const l = lemmaAt(items, k);
    if (l && mainActs.has(l) && items[k - 1]?.w !== 'to') done.add(l);
  }
  return done.size ? { ...none, kind: 'done', doneActs: done } : none;
  return none;
}

/**
 * Two sentences that tell one act with another factuality: one main clause tells it as done, the
 * other's main clause puts a verb of the same lemma under an irrealis marker, and the first does
 * not itself tell that act under one ("rose 3% and is expected to rise further" states both). Null
 * when not; else the marker, for saying why.
 */
export function factualityDiffers(a: Factuality, b: Factuality): string | null {
  const one = (x: Factuality, y: Factuality): string | null => {
    if (x.kind !== 'done' || y.kind !== 'irrealis') return null;
    for (const l of x.doneActs) if (y.mainIrrealis.has(l) && !x.irrealisActs.has(l)) return y.marker ?? 'irrealis';
    return null;
  };
  return one(a, b) ?? one(b, a);
}
