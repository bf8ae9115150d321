/**
 * Coverage: which facts most outlets report (consensus), which one outlet alone reports
 * (exclusives, each shown with the nearest statement of the other outlets and why that is not
 * the same) and what an outlet leaves out that most others report (omissions).
 *
 * Reads the fact alignment (facts.ts): a fact's support, the related pairs (a sentence close to a
 * fact though not aligned with it: a partial report or a different version) and the claim-level
 * clashes (a different figure, the opposite polarity).
 */
import type { Coverage, Fact } from '../../core/dossier-schema.js';
import type { Alignment, FactCluster } from './facts.js';
import { tokenize } from '../words/text.js';

/** "Most" of n articles: more than half, and never fewer than two. */
export function majority(n: number): number {
  return Math.max(2, Math.floor(n / 2) + 1);
}

/**
 * What consensus is counted over. Ten reports of one outlet (or ten copies of one wire story)
 * agreeing are one voice repeated, not ten: consensus counts independent sources — each outlet
 * once, a wire agency's copy as that agency, a sentence crediting another organisation as that
 * organisation (sources.ts) — and needs most of the story's sources, at least two. When every
 * article comes from one source, there is no cross-outlet agreement to speak of; the dossier says
 * so and counts articles instead.
 */
export function consensusBasis(articleSources: string[], reports: number = articleSources.length): { basis: 'sources' | 'articles'; of: number; need: number } {
  const distinct = new Set(articleSources).size;
  if (distinct >= 2) return { basis: 'sources', of: distinct, need: majority(distinct) };
  // Articles of one source are counted as reports: copies of one text are one report (`reports`).
  return { basis: 'articles', of: reports, need: majority(reports) };
}

// Words named in a reason: enough to see what differs, short enough to read at a glance.
const REASON_WORDS = 4;

// Affinity from which a nearest statement counts as close (facts.ts RELATED: a partial report).
const RELATED_NEAR = 0.7;
// An article the retrieval found nothing in for an exclusive (no sentence of it shares enough rare
// words) is read whole for its nearest statement, so that each other outlet's closest version is
// shown beside the exclusive ("why is this theirs alone?" is answered for every outlet), but only
// in stories of few reports, where each outlet's version is worth a line: in a story of many, the
// scan would cost (exclusives × sentences), and the list would be too long to read. Sentences per
// article read, at most: a news article's body; the rest is background.
const NEAREST_SCAN_REPORTS = 8;
const NEAREST_SCAN_SENTENCES = 80;
// Sentence pairs scored by those whole-article reads, per dossier: eight long articles with
// thousands of exclusives would otherwise cost (exclusives × 560) matcher calls (eight invented
// articles of 400 sentences: +1.4 s CPU at 100,000 pairs). A three-outlet story of 30 sentences
// each uses about 2,000. Past it, the retrieved candidates alone give the nearest statements
// (as in a story of many reports).
const NEAREST_SCAN_PAIRS = 20_000;

type Nearest = NonNullable<Coverage['exclusives'][number]['nearest']>[number];

/** Content words of `a` (surface forms, text order, once each) whose stem `b` lacks. */
function lacking(a: string, b: string): string[] {
  const have = new Set(tokenize(b).map((t) => t.stem));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const t of tokenize(a)) {
    if (t.stop || t.num || have.has(t.stem) || seen.has(t.stem) || t.norm.length < 3) continue;
    seen.add(t.stem);
    out.push(t.norm);
    if (out.length >= REASON_WORDS) break;
  }
  return out;
}

const quoteList = (ws: string[]): string => ws.map((w) => `“${w}”`).join(', ');

/**
 * Coverage of the facts. `facts[k]` is the dossier fact of `clusters[k]`; `touched(article)`
 * lists the facts an article reports at least in part (a related sentence), which are neither
 * its omissions nor another article's exclusives. `articleSources[k]` is the source of article k
 * (its outlet, or the agency of a wire copy).
 */
export function buildCoverage(
  facts: Fact[],
  clusters: FactCluster[],
  alignment: Alignment,
  articleIds: string[],
  touched: (article: string) => Set<string>,
  articleSources: string[] = articleIds,
  copyGroups: string[] = articleIds,
): Coverage {
  const n = articleIds.length;
  if (n < 2) return { consensus: [], exclusives: [], omissions: [] };
  // Copies of one report (sources.ts reportCopies: `copyGroups[k]` is the first article of
  // article k's group) are one report: a fact two copies carry is that report's alone.
  const groupOf = new Map(articleIds.map((a, k) => [a, copyGroups[k] ?? a]));
  const reportOf = (a: string): string => groupOf.get(a) ?? a;
  const reportsOf = (support: readonly string[]): Set<string> => new Set(support.map(reportOf));
  const reports = new Set(copyGroups).size;
  const basis = consensusBasis(articleSources, reports);
  // Independent sources of a fact (`sources`, sources.ts: each outlet once, a wire copy as its
  // agency, a credited sentence as the credited organisation); in a story of one source, its
  // reports (copies once).
  const backing = (f: Fact): number => (basis.basis === 'sources' ? f.sources ?? f.support.length : reportsOf(f.support).size);
  const consensus = facts.filter((f) => f.support.length >= 2 && backing(f) >= basis.need).map((f) => f.id);
  // A fact one report carries is exclusive only when no other report comes close to it: a
  // sentence of another outlet related to it reports part of it in other words, or a different
  // version of it (another figure), and either way the outlet is not alone with it. (The copies
  // of the report touch it too; they are the same report.)
  // Each article's sentences (alignment indices, text order), for the nearest statement of an
  // article the retrieval found nothing in (NEAREST_SCAN_REPORTS).
  const sentencesOf = new Map<string, number[]>();
  if (reports <= NEAREST_SCAN_REPORTS) {
    for (const x of alignment.sentences) {
      const list = sentencesOf.get(x.article);
      if (!list) sentencesOf.set(x.article, [x.idx]);
      else if (list.length < NEAREST_SCAN_SENTENCES) list.push(x.idx);
    }
  }
  const budget = { pairs: NEAREST_SCAN_PAIRS };
  const touchers = new Map<string, Set<string>>();
  for (const a of articleIds) for (const f of touched(a)) touchers.set(f, (touchers.get(f) ?? new Set<string>()).add(reportOf(a)));
  const exclusives = articleIds.map((a) => {
    const ids: string[] = [];
    const nearest: Nearest[] = [];
    const own = reportOf(a);
    facts.forEach((f, k) => {
      const rs = reportsOf(f.support);
      if (rs.size !== 1 || f.support[0] !== a) return;
      const others = [...(touchers.get(f.id) ?? [])].filter((g) => g !== own).length;
      if (others > 0) return;
      // A sentence cut off by the end of its excerpt ("… as companies continue to brace
      // themselves for a...") cannot be said to be reported by one outlet alone: what it
      // reports ends at the cut, and the rest may be what the others say (facts.ts cutOff).
      if (clusters[k].members.every((m) => m.cut)) return;
      ids.push(f.id);
      // One nearest statement per other report: a copy's is the same sentence again, and a copy
      // of the exclusive's own report is not another outlet's version of it (it would show the
      // sentence itself as "nearest … says it only in part").
      const seen = new Set<string>([own]);
      for (const x of nearestOf(f, clusters[k], alignment, sentencesOf, budget)) {
        const g = reportOf(x.sentence.article);
        if (seen.has(g)) continue;
        seen.add(g);
        nearest.push(x);
      }
    });
    return { article: a, facts: ids, nearest };
  });
  const omissions = articleIds.map((a) => ({
    article: a,
    // What most of the OTHER reports give and this one does not (copies counted once).
    facts: facts
      .filter((f) => !f.support.some((b) => reportOf(b) === reportOf(a)) && reportsOf(f.support).size >= majority(reports - 1) && !touched(a).has(f.id))
      .map((f) => f.id),
  }));
  const groups = new Map<string, string[]>();
  for (const a of articleIds) {
    const g = groups.get(reportOf(a));
    if (g) g.push(a);
    else groups.set(reportOf(a), [a]);
  }
  const copies = [...groups.values()].filter((g) => g.length >= 2);
  return copies.length ? { consensus, exclusives, omissions, basis, copies } : { consensus, exclusives, omissions, basis };
}

/**
 * The nearest statement of each other article to an exclusive fact: the best-scoring of the
 * sentences the alignment retrieved for the fact's sentences (the inverted index's candidates,
 * so at most a dozen per sentence), and why it is not the same fact. An article with nothing among
 * them is read whole (`sentencesOf`: filled only in stories of few reports, NEAREST_SCAN_REPORTS;
 * while the dossier's `budget` of scored pairs lasts) for its best-scoring sentence; one whose
 * every sentence scores nothing has nothing close.
 */
function nearestOf(f: Fact, c: FactCluster, al: Alignment, sentencesOf: Map<string, number[]>, budget: { pairs: number }): Nearest[] {
  const best = new Map<string, { i: number; j: number; s: number }>();
  const consider = (i: number, j: number): void => {
    const other = al.sentences[j];
    const s = al.score(i, j);
    const prev = best.get(other.article);
    if (!prev || s > prev.s || (s === prev.s && j < prev.j)) best.set(other.article, { i, j, s });
  };
  for (const m of c.members) {
    for (const j of al.candidates(m.idx)) {
      if (al.sentences[j].article !== m.article) consider(m.idx, j);
    }
  }
  const own = new Set(c.members.map((m) => m.article));
  for (const [article, list] of sentencesOf) {
    if (own.has(article) || best.has(article)) continue;
    const cost = c.members.length * list.length;
    if (cost > budget.pairs) break;
    budget.pairs -= cost;
    for (const m of c.members) for (const j of list) consider(m.idx, j);
    // Nothing in common at all: no statement of that article is near the exclusive.
    if ((best.get(article)?.s ?? 0) <= 0) best.delete(article);
  }
  const out: Array<Nearest & { s: number; j: number }> = [];
  for (const { i, j, s } of best.values()) {
    const a = al.sentences[i];
    const b = al.sentences[j];
    // A different figure or the opposite polarity is the reason only when the sentences are
    // otherwise close (related); between different statements it is incidental.
    const clash = s >= RELATED_NEAR ? al.clash(i, j) : null;
    let why: Nearest['why'];
    let reason: string;
    if (clash?.kind === 'value') {
      why = 'value';
      reason = `gives ${clash.b} where this gives ${clash.a}`;
    } else if (clash?.kind === 'polarity') {
      why = 'polarity';
      reason = 'says the opposite (one of the two is negated or uses the opposite word)';
    } else if (clash?.kind === 'participant') {
      // Another actor in the same role: a different statement about someone else.
      why = 'different';
      reason = `names ${clash.b} where this names ${clash.a}`;
    } else {
      why = 'different';
      const miss = lacking(a.text, b.text);
      const extra = lacking(b.text, a.text);
      reason = miss.length ? `does not say ${quoteList(miss)}` : 'says it only in part';
      if (extra.length) reason += `; says ${quoteList(extra)} instead`;
    }
    out.push({ fact: f.id, sentence: { article: b.article, start: b.start, end: b.end }, why, reason, s, j });
  }
  // Closest first; the sentence order breaks ties, so the output is the same on every run.
  out.sort((x, y) => y.s - x.s || x.j - y.j);
  return out.map(({ fact, sentence, why, reason }) => ({ fact, sentence, why, reason }));
}
