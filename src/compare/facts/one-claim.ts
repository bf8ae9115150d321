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
 */
import type { Affinity } from '../match/affinity.js';
import type { Entailment } from '../match/entail.js';
import { mainActIn, mainActsDiffer, oppositeAct, sameMainAct, type ActReading } from '../words/predicates.js';
import { coherentGroups, measuresAmount, otherRemarks, yearsDiffer, type FactCluster, type FactSentence } from './facts.js';

export interface ClaimTools {
  aff: Affinity;
  entail: Entailment;
  /** Each sentence's act reading (predicates.ts readAct), by sentence idx. */
  acts: ActReading[];
  /** The word-vector cut for two predicates naming one act (facts.ts PREDICATE_NEAR). */
  near: number;
}

// Each member is checked against at most this many others (the earliest): linear time on facts
// of hundreds of sentences (as facts.ts SPLIT_CHECK).
const SPLIT_CHECK = 40;
// Whole-sentence evidence from which two sentences are near copies (one wire text edited by two
// outlets): one claim whatever the act reading says (as facts.ts NEAR_COPY).
const NEAR_COPY = 1.5;
// A shared phrase of this many ordinary words is the claim itself, told inside two otherwise
// different sentences (as facts.ts CLAIM_PHRASE_WORDS).
const CLAIM_PHRASE_WORDS = 3;
// Share of a sentence's content the other must state for the two to be one claim, both ways
// (as facts.ts MUTUAL_CLAIM); one way suffices when their main acts are one act.
const MUTUAL_CLAIM = 0.6;
// Predicates named outright: a vector cut no pair of word vectors reaches (predicates.ts
// samePredicateWord then uses lemma, derivation, synset and event class only).
const OUTRIGHT = 2;
// With main acts related by vectors only, one of the two must state at least half of the other
// and the other a good part of the first: "struck down a moratorium …" / "has ended a moratorium …"
// (0.58 / 0.5) are one claim; "called for Condon to resign" / "Condon refused to resign" (0.72 / 0)
// and "believes the case will leave a mark" / "a case he described as …" (0 / 1) are not.
const PARTIAL_CLAIM = 0.5;
const SOME_CLAIM = 0.4;

export function oneClaimFacts(facts: FactCluster[], sentences: FactSentence[], related: Array<[number, number]>, t: ClaimTools): FactCluster[] {
  const memo = new Map<string, boolean>();
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
  const cannotBeOne = (x: number, y: number): boolean => {
    const a = sentences[x].text;
    const b = sentences[y].text;
    // One measurement (measured above): the verbs may differ, but a different year, another
    // remark or the opposite act still makes two claims.
    if (measured(x, y)) return yearsDiffer(a, b) || otherRemarks(a, b) || oppositeAct(t.acts[x], t.acts[y], t.near);
    return yearsDiffer(a, b) || otherRemarks(a, b) || oppositeAct(t.acts[x], t.acts[y], t.near) || mainActsDiffer(t.acts[x], t.acts[y], t.near);
  };
  const decide = (x: number, y: number): boolean => {
    if (cannotBeOne(x, y)) return false;
    const ax = t.acts[x];
    const ay = t.acts[y];
    if (t.aff.evidence(x, y).whole >= NEAR_COPY || t.aff.phraseWords(x, y) >= CLAIM_PHRASE_WORDS) return true;
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
    // its two sentences to state one claim.
    const groups = coherentGroups(ms, oneClaim, cannotBeOne, (x) => sentences[x].article, SPLIT_CHECK);
    if (groups.length === 1) {
      out.push(f);
      continue;
    }
    // The group of the fact's most central member keeps the sentences that also support it.
    const pos = new Map(f.members.map((m, k) => [m.idx, k]));
    let lead = 0;
    f.centrality.forEach((c, k) => {
      if (c > f.centrality[lead]) lead = k;
    });
    const first = Math.min(...ms);
    for (const g of groups) {
      const sorted = [...g].sort((p, q) => p - q);
      const ks = sorted.map((x) => pos.get(x)!);
      out.push({
        members: ks.map((k) => f.members[k]),
        centrality: ks.map((k) => f.centrality[k]),
        also: ks.includes(lead) ? f.also : [],
        origin: f.origin,
        aligned: f.aligned ?? first,
      });
      if (sorted[0] !== first) related.push(sorted[0] < first ? [sorted[0], first] : [first, sorted[0]]);
    }
  }
  return out;
}
