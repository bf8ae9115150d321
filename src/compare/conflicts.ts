/**
 * Conflicts and timeline from the claim graph (claims.ts). A conflict needs direct evidence: two
 * claims from different articles, about the same thing by their context, whose values cannot
 * both be true (2014-12 vs 2024-12; 4,000 vs 9,000 deaths). Claims that only reach each other
 * through a chain of other claims never make a conflict on their own, which keeps false alarms
 * rare. The timeline groups the compatible date claims of each component into dated events.
 */
import type { Claim, Conflict, TimelineEvent } from '../core/dossier-schema.js';
import type { ArticleSpan } from '../core/schema.js';
import type { Precision } from '../core/schema.js';
import { compatible, sourcesDiffer, type ClaimGraph, type ClaimItem } from './claims.js';
import { articleOrder, cmp, uniqArticles } from './lex.js';

export interface ConflictResult {
  conflicts: Conflict[];
  /** Claim ids standing for an outlier value (their sentences should not represent a fact). */
  outlierClaims: Set<number>;
  /** Conflict id by claim id, for claims inside a conflict. */
  conflictOfClaim: Map<number, string>;
}

/** Maps a sentence (article + start) to the id of the fact it belongs to. */
export type FactOf = (article: string, sentenceStart: number) => string | null;

const MAX_VERSIONS = 3;

const spanOf = (c: ClaimItem): ArticleSpan => ({ article: c.article, start: c.start, end: c.end });

/**
 * The lone dissenter: when the largest set of mutually compatible articles has at least two
 * members and exactly one article holds no claim compatible with it, that article is the likely
 * outlier. With two sides of one article each, or several dissenters, nobody is singled out.
 */
function outliersOf(claims: ClaimItem[]): string[] {
  let best: Set<string> = new Set();
  for (const c of claims) {
    const agree = new Set(claims.filter((d) => compatible(c, d)).map((d) => d.article));
    if (agree.size > best.size) best = agree;
  }
  const all = new Set(claims.map((c) => c.article));
  const rest = [...all].filter((a) => !best.has(a));
  return best.size >= 2 && rest.length === 1 ? rest : [];
}

/**
 * The lone dissenter among sides already sorted by support (most articles first): with exactly
 * two sides, one backed by at least two articles and the other by one article not on the first
 * side, that one article is the likely outlier (speaker, place and name conflicts).
 */
export function loneDissenter(sides: Claim[]): string[] {
  if (sides.length !== 2 || sides[0].articles.length < 2 || sides[1].articles.length !== 1) return [];
  return sides[0].articles.includes(sides[1].articles[0]) ? [] : sides[1].articles;
}

/** A value inside its sentence: what aboutText needs of a claim (or of a name mention). */
export interface InSentence {
  start: number;
  end: number;
  sentence: { start: number; text: string };
}

/** Words the claims are about: the clause around the majority claim, from its own sentence. */
export function aboutText(c: InSentence): string {
  const s = c.sentence;
  const rel = c.start - s.start;
  const relEnd = c.end - s.start;
  // Clause boundaries: punctuation that separates clauses in news prose.
  const before = s.text.slice(0, rel);
  const after = s.text.slice(relEnd);
  const cutBefore = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—'), before.lastIndexOf(' – '), before.lastIndexOf('('), before.lastIndexOf(':'));
  // A full stop ends the clause unless it closes a title ("Mr.", "Gen.").
  const afterStop = after.search(/[,;—()]| – |(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Prof|Gov|Sen|Rep))[.!?](\s|$)/);
  let left = before.slice(cutBefore + 1).trim();
  let right = (afterStop >= 0 ? after.slice(0, afterStop) : after).trim();
  const lw = left.split(/\s+/).filter(Boolean);
  const rw = right.split(/\s+/).filter(Boolean);
  // Keep the about-phrase readable: at most ten words on a side.
  left = lw.slice(-10).join(' ');
  right = rw.slice(0, 10).join(' ');
  // A phrase cut at the word limit should not end on "at" or "the".
  right = right.replace(/(?:\s+(?:a|an|the|at|in|on|of|to|for|by|with|from|and|or|that|which|who))+$/i, '');
  const expr = s.text.slice(rel, relEnd);
  return [left, expr, right].filter(Boolean).join(' ').replace(/^[\s"“”'‘’,;:.—–-]+|[\s"“”'‘’,;:—–-]+$/g, '');
}

export function findConflicts(graph: ClaimGraph, factOf: FactOf): ConflictResult {
  const conflicts: Conflict[] = [];
  const outlierClaims = new Set<number>();
  const conflictOfClaim = new Map<number, string>();
  const compOf = new Map<number, number>();
  graph.components.forEach((comp, i) => comp.forEach((c) => compOf.set(c, i)));
  // Direct evidence only: the claims at either end of an edge whose values cannot both be true,
  // plus the claims directly linked to those (the sides). Claims reached only through a chain
  // stay out of the conflict.
  const core = new Map<number, Set<number>>();
  for (const e of graph.edges) {
    const x = graph.claims[e.a];
    const y = graph.claims[e.b];
    if (!sourcesDiffer(x, y, e.sim)) continue;
    const ci = compOf.get(e.a)!;
    // An article that itself gives the other value too is talking about two things, not
    // disagreeing: the outlets' sides must be apart.
    const comp = graph.components[ci].map((i) => graph.claims[i]);
    if (comp.some((c) => (c.article === x.article && compatible(c, y)) || (c.article === y.article && compatible(c, x)))) continue;
    const set = core.get(ci) ?? new Set<number>();
    set.add(e.a);
    set.add(e.b);
    core.set(ci, set);
  }
  const neighbours = new Map<number, number[]>();
  for (const e of graph.edges) {
    neighbours.set(e.a, [...(neighbours.get(e.a) ?? []), e.b]);
    neighbours.set(e.b, [...(neighbours.get(e.b) ?? []), e.a]);
  }
  for (const ci of [...core.keys()].sort((a, b) => a - b)) {
    const ids = new Set(core.get(ci));
    for (const id of core.get(ci)!) for (const n of neighbours.get(id) ?? []) ids.add(n);
    const members = [...ids].sort((a, b) => a - b).map((i) => graph.claims[i]);
    // Several claims of one article in the component count once per value.
    const byValue = new Map<string, ClaimItem[]>();
    for (const c of members) {
      const list = byValue.get(c.normalized);
      if (list) list.push(c);
      else byValue.set(c.normalized, [c]);
    }
    const claims: Claim[] = [...byValue].map(([normalized, cs]) => {
      const texts = new Map<string, number>();
      for (const c of cs) texts.set(c.text, (texts.get(c.text) ?? 0) + 1);
      const value = [...texts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0][0];
      return {
        value,
        normalized,
        articles: uniqArticles(cs.map((c) => c.article)),
        spans: cs.map(spanOf).sort((a, b) => articleOrder(a.article, b.article) || a.start - b.start),
      };
    });
    // An article giving values that cannot both hold is writing about two things (two years,
    // two events): the claims here are not one claim, whatever their context.
    const selfContradicting = members.some((c) => members.some((d) => d.article === c.article && !compatible(c, d)));
    if (selfContradicting) continue;
    // A real disagreement has two or three versions; a spread of figures around similar words
    // (a box score: points, rebounds, assists of several players) is not a disagreement.
    if (byValue.size > MAX_VERSIONS) continue;
    const outliers = outliersOf(members);
    // The majority side first, the outlier's value last.
    const lone = (c: Claim): boolean => c.articles.every((a) => outliers.includes(a));
    claims.sort((a, b) => Number(lone(a)) - Number(lone(b)) || b.articles.length - a.articles.length || cmp(a.normalized, b.normalized));
    const id = `c${conflicts.length + 1}`;
    for (const c of members) {
      conflictOfClaim.set(c.id, id);
      if (outliers.includes(c.article) && !members.some((d) => d.article !== c.article && compatible(c, d))) outlierClaims.add(c.id);
    }
    // Described in the words of the majority side.
    // The best-connected claim of the majority side: its clause is what the others talk about.
    const degree = new Map<number, number>();
    for (const e of graph.edges) {
      degree.set(e.a, (degree.get(e.a) ?? 0) + e.sim);
      degree.set(e.b, (degree.get(e.b) ?? 0) + e.sim);
    }
    const majority = members
      .filter((c) => !outliers.includes(c.article))
      .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.articleIndex - b.articleIndex || a.start - b.start);
    const facts = [...new Set(members.map((c) => factOf(c.article, c.sentence.start)).filter((f): f is string => f !== null))];
    conflicts.push({
      id,
      kind: members[0].kind === 'date' ? 'date' : members[0].unit?.startsWith('count:') ? 'number' : 'quantity',
      about: aboutText(majority[0] ?? members[0]),
      claims,
      outliers,
      facts: facts.sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))),
    });
  }
  return { conflicts, outlierClaims, conflictOfClaim };
}

/**
 * Timeline: per component, date claims fall into groups of compatible values (finest first, so
 * "last year" joins "last December" as 2024-12); each group is one dated event supported by its
 * articles. Events are ordered by date, then by support.
 */
export function buildTimeline(graph: ClaimGraph, conflicts: ConflictResult, articleIndex: Map<string, number>): TimelineEvent[] {
  const rank: Record<string, number> = { day: 0, week: 1, month: 2, year: 3, decade: 4 };
  // Groups of compatible date claims, one per event; then groups with the same date whose
  // contexts share an event class ("toppled" / "overthrew") or two ordinary words are one event
  // the claim graph missed linking (a weaker bar is safe: the dates already agree exactly).
  const groups: ClaimItem[][] = [];
  for (const comp of graph.components) {
    const dates = comp.map((i) => graph.claims[i]).filter((c) => c.kind === 'date');
    dates.sort((a, b) => rank[a.precision!] - rank[b.precision!] || a.articleIndex - b.articleIndex || a.start - b.start);
    const local: ClaimItem[][] = [];
    for (const c of dates) {
      const g = local.find((x) => x.every((d) => compatible(c, d)));
      if (g) g.push(c);
      else local.push([c]);
    }
    groups.push(...local);
  }
  const related = (a: ClaimItem[], b: ClaimItem[]): boolean => {
    for (const x of a) {
      for (const y of b) {
        let words = 0;
        for (const k of x.keys.keys()) {
          if (!y.keys.has(k)) continue;
          if (k.startsWith('EV:')) return true;
          if (!k.startsWith('E:')) words++;
        }
        if (words >= 2) return true;
      }
    }
    return false;
  };
  const merged: ClaimItem[][] = [];
  for (const g of groups) {
    const into = merged.find((m) => m[0].iso === g[0].iso && m[0].precision === g[0].precision && related(m, g));
    if (into) into.push(...g);
    else merged.push([...g]);
  }
  const events: Array<TimelineEvent & { order: number }> = [];
  for (const g of merged) {
    const head = g[0];
    const rep = [...g].sort((a, b) => rank[a.precision!] - rank[b.precision!] || a.articleIndex - b.articleIndex || a.start - b.start)[0];
    events.push({
      // The timeline's date is the ISO value (a week by its Monday, a decade by its first year).
      date: head.iso,
      precision: head.precision as Precision,
      text: rep.sentence.text,
      support: uniqArticles(g.map((c) => c.article)),
      spans: g
        .map((c) => ({ article: c.article, start: c.start, end: c.end, text: c.text }))
        .sort((a, b) => articleOrder(a.article, b.article) || a.start - b.start),
      conflict: g.map((c) => conflicts.conflictOfClaim.get(c.id)).find((x) => x !== undefined) ?? null,
      order: (articleIndex.get(rep.article) ?? 0) * 1e9 + rep.start,
    });
  }
  events.sort((a, b) => cmp(a.date, b.date) || b.support.length - a.support.length || a.order - b.order);
  return events.map(({ order: _o, ...e }) => e);
}
