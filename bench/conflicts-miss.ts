/**
 * Why an injected change was missed (bench/conflicts-injected.ts): one reason per missed variant,
 * read from the dossier and from the compare stage's own intermediate layers (the claim graph,
 * the fact alignment, the entity mentions, the quote groups), so the table says which stage lost
 * the change:
 * - `not extracted`: no claim (date, number) or name mention (name, place) or quote (speaker)
 *   covers the changed value in the target, or none covers the original value in the articles
 *   that agree on it (the gold's `matches`);
 * - `not aligned`: the value was read on both sides, but the target's sentence is in no fact,
 *   claim edge or quote group with a sentence of the agreeing articles;
 * - `aligned, not compared`: the sentences were aligned (one fact, or a quote group), but no
 *   comparison of the two values was made (different units, contexts below the claim bar, no
 *   shared slot);
 * - `compared, gated`: the two values were compared (a claim edge) but a guard or a confidence
 *   rule kept the conflict out;
 * - `wrong kind`: a conflict touches the change but is of another kind;
 * - `wrong outlier`: a conflict of the right kind touches it, but the target is not its outlier.
 */
import { buildClaims, type ClaimGraph } from '../src/compare/claims/claims.js';
import { buildEntities, type EntityIndex } from '../src/compare/entities/entities.js';
import { splitLongSentences } from '../src/compare/match/long-sentences.js';
import type { Conflict, Dossier } from '../src/core/dossier-schema.js';
import type { AnnotatedArticle, Article } from '../src/core/schema.js';

export const MISS_REASONS = ['not extracted', 'not aligned', 'aligned, not compared', 'compared, gated', 'wrong kind', 'wrong outlier'] as const;
export type MissReason = (typeof MISS_REASONS)[number];

/** One side of the injected change, in the dossier's cleaned text: article id and span(s). */
export interface Side {
  article: string;
  /** The value's spans (target) or the agreeing sentence's span (a match). */
  spans: Array<[number, number]>;
}

export interface MissInput {
  kind: string;
  dossier: Dossier;
  /** The articles as ingested, in dossier order. */
  articles: Article[];
  annotate: (a: Article) => AnnotatedArticle;
  target: Side;
  /** The agreeing articles' sentences (gold `matches`), mapped into their cleaned text. */
  matches: Side[];
  /** Conflicts touching the change, and those of them of the gold kind. */
  hits: Conflict[];
  ofKind: Conflict[];
}

const overlaps = (s: number, e: number, spans: Array<[number, number]>): boolean => spans.some(([a, b]) => s < b && a < e);

/** The reason the change was missed (see the module header). */
export function missReason(x: MissInput): MissReason {
  if (x.ofKind.length) return 'wrong outlier';
  if (x.hits.length) return 'wrong kind';
  const d = x.dossier;
  const excluded = new Set(d.excluded.map((e) => e.article));
  const compared = x.articles.filter((a) => !excluded.has(a.id)).map((a) => splitLongSentences(x.annotate(a)));
  const byId = new Map(compared.map((a) => [a.id, a]));
  const ta = byId.get(x.target.article);
  if (!ta || x.target.spans.length === 0) return 'not extracted';
  const sentenceOf = (a: AnnotatedArticle, pos: number): { start: number; end: number } | null => a.sentences.find((s) => s.start <= pos && pos < s.end) ?? null;
  const ts = sentenceOf(ta, x.target.spans[0][0]);
  // Aligned as one fact: the target's sentence and a match sentence are cited by one fact.
  const factsOf = (article: string, s: number, e: number): Set<string> => new Set(d.facts.filter((f) => f.sentences.some((sp) => sp.article === article && sp.start < e && s < sp.end)).map((f) => f.id));
  const tFacts = ts ? factsOf(ta.id, ts.start, ts.end) : new Set<string>();
  const aligned = x.matches.some((m) => m.spans.some(([s, e]) => [...factsOf(m.article, s, e)].some((f) => tFacts.has(f))));
  if (x.kind === 'date' || x.kind === 'number') {
    const ents: EntityIndex = buildEntities(compared);
    const g: ClaimGraph = buildClaims(compared, ents);
    const want = x.kind === 'date' ? 'date' : 'number';
    const tClaims = g.claims.filter((c) => c.kind === want && c.article === ta.id && overlaps(c.start, c.end, x.target.spans));
    const mClaims = g.claims.filter((c) => c.kind === want && x.matches.some((m) => m.article === c.article && overlaps(c.start, c.end, m.spans)));
    if (tClaims.length === 0 || mClaims.length === 0) return 'not extracted';
    const t = new Set(tClaims.map((c) => c.id));
    const m = new Set(mClaims.map((c) => c.id));
    const edge = g.edges.some((e) => (t.has(e.a) && m.has(e.b)) || (t.has(e.b) && m.has(e.a)));
    if (edge) return 'compared, gated';
    return aligned ? 'aligned, not compared' : 'not aligned';
  }
  if (x.kind === 'speaker') {
    const q = d.quotes.find((y) => y.article === ta.id && overlaps(y.start, y.end, x.target.spans));
    if (!q) return 'not extracted';
    const group = d.quoteGroups.find((gr) => gr.quotes.includes(q.id));
    const inGroup = group ? d.quotes.some((y) => group.quotes.includes(y.id) && x.matches.some((m) => m.article === y.article)) : false;
    if (!inGroup) return 'not aligned';
    return group!.speakerDisagreement ? 'compared, gated' : 'aligned, not compared';
  }
  // Names and places: a mention at the changed value, and the agreeing sentence aligned.
  const mention = ta.mentions.some((mm) => overlaps(mm.start, mm.end, x.target.spans));
  if (!mention) return 'not extracted';
  return aligned ? 'aligned, not compared' : 'not aligned';
}
