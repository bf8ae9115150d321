/**
 * Cross-article entities: one entity per real-world referent from the annotators' name mentions,
 * despite spelling and transliteration variants (Hmeimim/Khmeimim, Ahmad/Ahmed al-Sharaa,
 * Sergei/Sergey Lavrov, Assad/Bashar al-Assad/Mr. Assad), without merging different people whose
 * names look alike (Asaad al-Shaibani is not Bashar al-Assad). Owns the canonical name choice and
 * the alias list (each spelling with the articles and outlets that use it).
 */
import type { Alias, Entity } from '../core/dossier-schema.js';
import type { AnnotatedArticle, EntityType, Mention } from '../core/schema.js';
import { articleOrder, cmp, nameTokens, sameNameToken, skeleton, uniqArticles } from './lex.js';

interface MentionRef {
  article: string;
  articleIndex: number;
  mention: Mention;
  tokens: string[];
}

interface Cluster {
  /** Token sequence of the longest form seen, used to match further forms. */
  full: string[];
  refs: MentionRef[];
  person: boolean;
}

export interface EntityIndex {
  entities: Entity[];
  /** Entity id of the mention covering [start, end) in an article (any overlap), or null. */
  at(article: string, start: number, end: number): string | null;
  /** Entity id for a name as written ("Sharaa", "Mr. Putin"), preferring entities of `article`. */
  byName(name: string, article?: string): string | null;
  get(id: string): Entity | undefined;
}

/** Full names agree when first and last tokens agree and the shorter's middle tokens occur in order in the longer. */
function sameFullName(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  // A compound surname without the first name ("Boone Isaacs" of "Cheryl Boone Isaacs").
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < long.length && short.every((t, i) => sameNameToken(t, long[long.length - short.length + i]))) return true;
  if (!sameNameToken(a[0], b[0]) || !sameNameToken(a[a.length - 1], b[b.length - 1])) return false;
  let j = 1;
  for (let i = 1; i < short.length - 1; i++) {
    while (j < long.length - 1 && !sameNameToken(short[i], long[j])) j++;
    if (j >= long.length - 1) return false;
    j++;
  }
  return true;
}

function tokensEqual(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((t, i) => sameNameToken(t, b[i]));
}

export function buildEntities(articles: AnnotatedArticle[]): EntityIndex {
  const outletOf = new Map(articles.map((a) => [a.id, a.outlet ?? a.id]));
  const refs: MentionRef[] = [];
  articles.forEach((a, articleIndex) => {
    for (const m of a.mentions) {
      const toks = nameTokens(m.text);
      if (toks.length === 0) continue;
      refs.push({ article: a.id, articleIndex, mention: m, tokens: toks });
    }
  });

  const clusters: Cluster[] = [];
  // Clusters by the skeleton of their last name token: every match below needs that token to
  // agree, so the index keeps the work linear in the number of mentions.
  const byLast = new Map<string, Cluster[]>();
  const lastKey = (toks: string[]): string => skeleton(toks[toks.length - 1]);
  const near = (toks: string[]): Cluster[] => byLast.get(lastKey(toks)) ?? [];
  const add = (c: Cluster): void => {
    clusters.push(c);
    const k = lastKey(c.full);
    const list = byLast.get(k);
    if (list) list.push(c);
    else byLast.set(k, [c]);
  };
  // Longest forms first: full names found the entities, shorter forms then attach to them.
  const order = refs
    .map((r, i) => ({ r, i }))
    .sort((x, y) => y.r.tokens.length - x.r.tokens.length || x.r.articleIndex - y.r.articleIndex || x.r.mention.start - y.r.mention.start || x.i - y.i);

  const multi = order.filter((x) => x.r.tokens.length >= 2);
  const single = order.filter((x) => x.r.tokens.length === 1);

  for (const { r } of multi) {
    const person = r.mention.type === 'person';
    // A person's full name matches another person's only name for name: first and last token.
    // Places and organisations with several words must agree on every word.
    // (Either side typed a person is enough: the annotator may type one form of a name "other".)
    const hit = near(r.tokens).find((c) => (person || c.person ? sameFullName(c.full, r.tokens) || tokensEqual(c.full, r.tokens) : tokensEqual(c.full, r.tokens)));
    if (hit) {
      hit.refs.push(r);
      if (r.tokens.length > hit.full.length) hit.full = r.tokens;
    } else add({ full: r.tokens, refs: [r], person });
  }

  const articlesOf = (c: Cluster): Set<string> => new Set(c.refs.map((x) => x.article));
  for (const { r } of single) {
    const tok = r.tokens[0];
    const person = r.mention.type === 'person';
    let cands: Cluster[];
    if (person) {
      // A lone person name is a surname ("Assad", "Mr. al-Sharaa"): it matches a full name by
      // its LAST token only, so "Assad" never reaches "Asaad al-Shaibani" through his first name.
      cands = near(r.tokens).filter((c) => c.person && c.full.length >= 2 && sameNameToken(c.full[c.full.length - 1], tok));
      if (cands.length === 0) cands = near(r.tokens).filter((c) => c.full.length === 1 && sameNameToken(c.full[0], tok));
    } else {
      cands = near(r.tokens).filter((c) => c.full.length === 1 && sameNameToken(c.full[0], tok));
    }
    if (cands.length > 1) {
      // Two people share the surname: the one the same article names in full is meant.
      const local = cands.filter((c) => articlesOf(c).has(r.article));
      if (local.length >= 1) cands = local;
    }
    if (cands.length > 1) {
      // Still ambiguous: take the most mentioned only when it dominates, else keep apart.
      cands.sort((a, b) => b.refs.length - a.refs.length);
      if (cands[0].refs.length < 2 * cands[1].refs.length) cands = [];
    }
    if (cands.length >= 1) cands[0].refs.push(r);
    else add({ full: r.tokens, refs: [r], person });
  }

  const built = clusters.map((c) => toEntity(c, outletOf));
  built.sort(
    (a, b) =>
      b.articles.length - a.articles.length || b.mentions.length - a.mentions.length || cmp(a.name, b.name) || articleOrder(a.mentions[0].article, b.mentions[0].article) || a.mentions[0].start - b.mentions[0].start,
  );
  built.forEach((e, i) => (e.id = `e${i + 1}`));

  const spanIndex = new Map<string, Array<{ start: number; end: number; id: string }>>();
  for (const e of built) {
    for (const m of e.mentions) {
      let list = spanIndex.get(m.article);
      if (!list) spanIndex.set(m.article, (list = []));
      list.push({ start: m.start, end: m.end, id: e.id });
    }
  }
  const byId = new Map(built.map((e) => [e.id, e]));
  for (const list of spanIndex.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  // Mentions never nest far: a binary search to the last mention starting before `end`, then a
  // short walk back, finds any overlap without scanning the article's whole list.
  const at = (article: string, start: number, end: number): string | null => {
    const list = spanIndex.get(article);
    if (!list) return null;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start < end) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (list[k].end > start) return list[k].id;
    return null;
  };
  // Memoised: byName is asked per quote and per claim, and re-tokenizing every entity's name and
  // aliases on each call made it quadratic in entities (the entities are final here).
  const entityTokens = new Map<Entity, { full: string[]; aliases: string[][] }>();
  const tokensOf = (e: Entity): { full: string[]; aliases: string[][] } => {
    let t = entityTokens.get(e);
    if (!t) entityTokens.set(e, (t = { full: nameTokens(e.name), aliases: e.aliases.map((al) => nameTokens(al.text)) }));
    return t;
  };
  const answers = new Map<string, string | null>();
  const byName = (name: string, article?: string): string | null => {
    const key = `${article ?? ''}\u0000${name}`;
    const known = answers.get(key);
    if (known !== undefined) return known;
    const found = lookup(name, article);
    answers.set(key, found);
    return found;
  };
  const lookup = (name: string, article?: string): string | null => {
    const toks = nameTokens(name);
    if (toks.length === 0) return null;
    const score = (e: Entity): number => {
      const { full, aliases } = tokensOf(e);
      const matches = aliases.some((al) => tokensEqual(al, toks)) || (toks.length === 1 && full.length >= 1 && sameNameToken(full[full.length - 1], toks[0])) || sameFullName(full, toks);
      if (!matches) return -1;
      return (article && e.articles.includes(article) ? 1000 : 0) + e.mentions.length;
    };
    let best: Entity | null = null;
    let bestScore = -1;
    for (const e of built) {
      const s = score(e);
      if (s > bestScore) {
        best = e;
        bestScore = s;
      }
    }
    return best ? best.id : null;
  };
  return { entities: built, at, byName, get: (id) => byId.get(id) };
}

function toEntity(c: Cluster, outletOf: Map<string, string>): Entity {
  const forms = new Map<string, Set<string>>();
  const types = new Map<EntityType, number>();
  for (const r of c.refs) {
    let s = forms.get(r.mention.text);
    if (!s) forms.set(r.mention.text, (s = new Set()));
    s.add(r.article);
    types.set(r.mention.type, (types.get(r.mention.type) ?? 0) + 1);
  }
  const aliases: Alias[] = [...forms].map(([text, arts]) => {
    const articles = uniqArticles(arts);
    return { text, articles, outlets: [...new Set(articles.map((a) => outletOf.get(a) ?? a))] };
  });
  aliases.sort((a, b) => b.articles.length - a.articles.length || cmp(a.text, b.text));
  const type = [...types].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0][0];
  return {
    id: '',
    name: canonicalName(aliases),
    type,
    aliases,
    mentions: c.refs
      .map((r) => ({ article: r.article, start: r.mention.start, end: r.mention.end }))
      .sort((a, b) => articleOrder(a.article, b.article) || a.start - b.start),
    articles: uniqArticles(c.refs.map((r) => r.article)),
  };
}

/**
 * The most complete common form: among spellings used by at least two articles (all spellings
 * when none is shared), the one with most name words, then the most widely used, then the
 * longer (keeps particles: "Bashar al-Assad" over "Bashar Assad" when equally used).
 */
export function canonicalName(aliases: Alias[]): string {
  const shared = aliases.filter((a) => a.articles.length >= 2);
  const pool = shared.length ? shared : aliases;
  const best = [...pool].sort(
    (a, b) =>
      nameTokens(b.text).length - nameTokens(a.text).length ||
      b.articles.length - a.articles.length ||
      // Prefer the conventional lower-case particle ("al-Sharaa") over a sentence-initial capital.
      Number(/\bAl-/.test(a.text)) - Number(/\bAl-/.test(b.text)) ||
      b.text.length - a.text.length ||
      cmp(a.text, b.text),
  )[0];
  return best.text;
}
