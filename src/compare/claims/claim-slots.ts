/**
 * Claim slots: the claims of a component (claims.ts) split into groups that each hold at most one
 * claim per article, so that a conflict compares values given for ONE thing. A component chains
 * claims through shared words: "six AK 47 rifles, 12 magazines" (one operation) and "in their
 * five operations, 31 magazines" (the total) meet through "magazines", and an article that gives
 * both figures made the whole component look like an article writing about two things, so a
 * third article's "22 magazines" for the one operation was never compared (issue #10).
 *
 * The split is a constrained single-link clustering: edges are taken agreements first, then
 * strongest first (context similarity, ties by claim ids), and two groups merge only when no article has a claim in both
 * (a "cannot-link" between claims of one article: an article gives one value for one thing, and
 * two values of one article are two things). Linear in the edges after sorting them; groups
 * are kept with their articles, so the merge test is a set intersection of the smaller group.
 */
import { compatible, ownActsDiffer, type ClaimGraph } from './claims.js';

/** Groups of claim ids (each sorted), at most one claim per article in a group, ordered by first id. */
export function claimSlots(graph: ClaimGraph): number[][] {
  const n = graph.claims.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r];
    while (parent[i] !== r) {
      const next = parent[i];
      parent[i] = r;
      i = next;
    }
    return r;
  };
  // Articles of each group, by root.
  const arts = new Map<number, Set<string>>(graph.claims.map((c) => [c.id, new Set([c.article])]));
  // Agreements first: two claims with close contexts and compatible values are one thing more
  // surely than two with close contexts and different values (those are what a conflict is
  // made of, and they join last). Otherwise a total ("31 magazines in five operations") whose
  // words are a little closer to one operation's "12 magazines" than to another outlet's "31"
  // lands in the operation's slot and turns a lone outlier into a three-way split.
  const agree = new Set(graph.edges.filter((e) => compatible(graph.claims[e.a], graph.claims[e.b])));
  const edges = [...graph.edges].sort((a, b) => Number(agree.has(b)) - Number(agree.has(a)) || b.sim - a.sim || a.a - b.a || a.b - b.b);
  for (const e of edges) {
    // Figures of two acts by their own verbs (a toll, a count of the injured) are two things.
    if (ownActsDiffer(graph.claims[e.a], graph.claims[e.b])) continue;
    const ra = find(e.a);
    const rb = find(e.b);
    if (ra === rb) continue;
    const sa = arts.get(ra)!;
    const sb = arts.get(rb)!;
    const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
    let clash = false;
    for (const a of small) if (large.has(a)) clash = true;
    if (clash) continue;
    const root = Math.min(ra, rb);
    const other = Math.max(ra, rb);
    parent[other] = root;
    for (const a of arts.get(other)!) arts.get(root)!.add(a);
    arts.delete(other);
  }
  const groups = new Map<number, number[]>();
  for (const c of graph.claims) {
    const r = find(c.id);
    const list = groups.get(r);
    if (list) list.push(c.id);
    else groups.set(r, [c.id]);
  }
  return [...groups.values()].map((l) => l.sort((a, b) => a - b)).sort((a, b) => a[0] - b[0]);
}
