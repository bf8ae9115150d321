/**
 * The story dossier: several articles about one event in, one cross-article report out
 * (contract: src/core/dossier-schema.ts). Orchestrates the compare stage: screening (language,
 * unrelated stories), annotation, entities, fact alignment, claims → conflicts and timeline,
 * quotes, framing, coverage and summary. Every item cites { article, start, end } spans into the
 * articles' cleaned text; ids are assigned in a deterministic order so the same input always
 * gives byte-identical JSON.
 */
import { annotate as defaultAnnotate } from '../annotate/index.js';
import type { Conflict, Dossier, DossierArticle, Fact } from '../core/dossier-schema.js';
import type { AnnotatedArticle, Article } from '../core/schema.js';
import { FORMAT_VERSION } from '../core/version.js';
import { buildClaims } from './claims/claims.js';
import { findConflicts, speakerConflicts } from './conflicts/conflicts.js';
import { buildTimeline } from './timeline.js';
import { buildEntities } from './entities/entities.js';
import { alignFacts, type Alignment, type FactCluster } from './facts/facts.js';
import { buildFraming } from './entities/framing.js';
import { articleOrder, uniqArticles } from './words/lex.js';
import { fold as foldCase } from './words/text.js';
import { splitLongSentences } from './match/long-sentences.js';
import { buildQuotes } from './quotes.js';
import { eventGroupsWarning, screen } from './facts/screen.js';
import { independentSources, reportCopies, sourceKey, sourceOf } from './facts/sources.js';
import { wireAgency } from './conflicts/wire-copies.js';
import { findSlotConflicts } from './conflicts/slots.js';
import { findRoleConflicts } from './conflicts/roles.js';
import { findGivenNameConflicts } from './conflicts/given-names.js';
import { backLoneSides, findSwaps, tellsOfBoth } from './conflicts/swaps.js';
import { findDatelineConflicts } from './conflicts/places-datelines.js';
import { findPersonPlaceConflicts } from './conflicts/places-of-people.js';
import { findModelConflicts } from './conflicts/models.js';
import { findingUpdates } from './conflicts/findings.js';
import { findPolarityConflicts } from './conflicts/polarity.js';
import { findNameSlotConflicts } from './claims/name-claims.js';
import { buildCoverage } from './facts/coverage.js';
import { buildSummary } from './summary/summary.js';
import { outletGroups } from './outlet-groups.js';
import type { OutletDirectory } from '../ingest/outlets.js';

export interface DossierOptions {
  /** The annotator to use (tests pass hand-built layers through). Default: src/annotate. */
  annotate?: (a: Article) => AnnotatedArticle;
  /**
   * Length of the summary in words (whole sentences, the last one may run over; `analyze
   * --summary-words N`). Default: about 100 words.
   */
  summaryWords?: number;
  /** What the user's config says about outlets: their attributes go into `outlets`. */
  outlets?: OutletDirectory | null;
}

export interface DossierResult {
  dossier: Dossier;
  warnings: string[];
}

function toDossierArticle(a: Article): DossierArticle {
  return { id: a.id, file: a.file, outlet: a.outlet, url: a.url, title: a.title, published: a.published, authors: a.authors, agencies: a.agencies, text: a.text, removed: a.removed };
}

export function buildDossier(articles: Article[], opts: DossierOptions = {}): DossierResult {
  const annotate = opts.annotate ?? defaultAnnotate;
  const screening = screen(articles);
  const keep = new Set(screening.keep);
  // Over-long "sentences" are compared in pieces (long-sentences.ts): pair scores stay bounded.
  const compared: AnnotatedArticle[] = articles.filter((a) => keep.has(a.id)).map((a) => splitLongSentences(annotate(a)));
  const articleIndex = new Map(compared.map((a, i) => [a.id, i]));

  const ents = buildEntities(compared);
  const alignment = alignFacts(compared, ents);

  // Facts in a stable order: widest support first, then where they first appear.
  // (Each fact's count of articles is taken once, not at every comparison of the sort.)
  const supportOf = new Map(alignment.facts.map((c) => [c, new Set([...c.members, ...c.also].map((m) => m.article)).size]));
  const clusters = [...alignment.facts].sort((x, y) => {
    return supportOf.get(y)! - supportOf.get(x)! || x.members[0].articleIndex - y.members[0].articleIndex || x.members[0].start - y.members[0].start;
  });
  const factIdOf = new Map<string, string>();
  clusters.forEach((c, i) => {
    for (const m of c.members) factIdOf.set(`${m.article}:${m.start}`, `f${i + 1}`);
  });
  const factOf = (article: string, start: number): string | null => factIdOf.get(`${article}:${start}`) ?? null;
  // For the conflicts stage, facts that the claim-coherence check split (facts.ts `aligned`) are
  // still one fact: their sentences were aligned as one report, and a value they differ in is a
  // conflict candidate. They are compared under the id of the first of them.
  const conflictFactId = new Map<string, string>();
  const firstOfAligned = new Map<number, string>();
  clusters.forEach((c, i) => {
    const id = c.aligned === null ? `f${i + 1}` : firstOfAligned.get(c.aligned) ?? `f${i + 1}`;
    if (c.aligned !== null && !firstOfAligned.has(c.aligned)) firstOfAligned.set(c.aligned, id);
    for (const m of c.members) conflictFactId.set(`${m.article}:${m.start}`, id);
  });
  const conflictFactOf = (article: string, start: number): string | null => conflictFactId.get(`${article}:${start}`) ?? null;

  const graph = buildClaims(compared, ents);
  // A wire copy's agency (its dateline) counts its outlets once for an outlier (conflicts.ts ArticleMeta.wire).
  const meta = new Map(compared.map((a) => [a.id, { id: a.id, outlet: a.outlet, published: a.published, wire: wireAgency(a.text, a.outlet) }]));
  const clashedPairs = new Set<string>();
  for (const [i, j] of alignment.clashed) {
    const a = alignment.sentences[i];
    const b = alignment.sentences[j];
    clashedPairs.add(`${a.article}:${a.start}|${b.article}:${b.start}`);
    clashedPairs.add(`${b.article}:${b.start}|${a.article}:${a.start}`);
  }
  const linked = (a: string, aStart: number, b: string, bStart: number): boolean => clashedPairs.has(`${a}:${aStart}|${b}:${bStart}`);
  const found = findConflicts(graph, conflictFactOf, [...meta.values()], (id) => ents.get(id)?.name ?? null, linked);
  // Sentences carrying an outlier's value must not stand for the fact they belong to.
  const tainted = new Set<string>();
  for (const id of found.outlierClaims) {
    const c = graph.claims[id];
    tainted.add(`${c.article}:${c.sentence.start}`);
  }
  const byId = new Map(compared.map((a) => [a.id, a]));
  const outletKeys = new Set(compared.map((a) => sourceKey(a.outlet ?? a.id)));
  // Copies of one report (one wire text run by two outlets, a story republished) are one voice.
  const copyOf = reportCopies(compared);
  const facts: Fact[] = clusters.map((c, i) => withSources(toFact(`f${i + 1}`, c, tainted, alignment), byId, outletKeys, copyOf));

  const quotes = buildQuotes(compared, ents, copyOf);
  const speakers = speakerConflicts(quotes, ents, meta, found.conflicts.length, (id) => byId.get(id)?.text ?? null);
  // Place and name conflicts come last so the ids of the other conflicts stay as they were.
  const pairOf = (c: Conflict): string => c.claims.map((cl) => cl.normalized).sort().join('|');
  const slotBase = found.conflicts.length + speakers.length;
  // Facts split apart by a clash (facts.ts `origin`) were aligned as one report: the slot stage
  // compares them as one, under the id of the first of them.
  const slotFacts: Array<{ id: string; members: FactCluster['members'] }> = [];
  // So are facts the claim-coherence check split (facts.ts `aligned`).
  const byOrigin = new Map<string, { id: string; members: FactCluster['members'] }>();
  clusters.forEach((c, i) => {
    const key = c.origin !== null ? `o${c.origin}` : c.aligned !== null ? `a${c.aligned}` : null;
    const prev = key === null ? undefined : byOrigin.get(key);
    if (prev) prev.members = [...prev.members, ...c.members];
    else {
      const f = { id: `f${i + 1}`, members: c.members };
      slotFacts.push(f);
      if (key !== null) byOrigin.set(key, f);
    }
  });
  const slotAll = findSlotConflicts(compared, ents, slotFacts, slotBase, meta);
  // Office holders across the story (roles.ts). When a slot conflict of one aligned fact and the
  // story-wide office reading name the same two people, the office reading is kept: it counts
  // every article that gives the office (so the lone outlet can be named), where the slot sees
  // only the sentences of one fact. Ids are numbered once both are known.
  const rolesAll = findRoleConflicts(compared, ents, 0, meta);
  const rolePairs = new Set(rolesAll.map(pairOf));
  const slotted = slotAll.filter((c) => !(c.kind === 'name' && rolePairs.has(pairOf(c))) && !((c.kind === 'name' || c.kind === 'place') && tellsOfBoth(c.claims, ents))).map((c, i) => ({ ...c, id: `c${slotBase + i + 1}` }));
  // The other way round for places: when the slot stage raised one person's two countries
  // inside one aligned fact, the office reading's possible card for the same two countries
  // (roles.ts officeCountryConflicts) is the same disagreement told twice; the slot card, which
  // reads the two claims of one act, is kept. The two stages normalise a country their own way
  // (the slot's written "Portugal", the office reading's folded key "portugal"), so the pairs are
  // compared case- and accent-folded.
  const foldedPair = (c: Conflict): string => c.claims.map((cl) => foldCase(cl.normalized)).sort().join('|');
  const slotPlaces = new Set(slotted.filter((c) => c.kind === 'place').map(foldedPair));
  const roles = rolesAll.filter((c) => !(c.kind === 'place' && slotPlaces.has(foldedPair(c)))).map((c, i) => ({ ...c, id: `c${slotBase + slotted.length + i + 1}` }));
  // Substitutions found by retrieval (swaps.ts), last; pairs already raised are skipped.
  const named = new Set([...slotted, ...roles].map(pairOf));
  const swaps = findSwaps(compared, ents, found.conflicts.length + speakers.length + slotted.length + roles.length, meta, named);
  // What an object is (make and model) inside aligned facts (models.ts), after everything else.
  const models = findModelConflicts(compared, slotFacts, found.conflicts.length + speakers.length + slotted.length + roles.length + swaps.length, meta);
  // Names read as the name slot of one claim (claims/name-claims.ts), after every other stage:
  // pairs already raised are skipped (the pairs raised, not `named`, which findSwaps extends with
  // every pair it looked at, raised or not).
  const nameSlots = findNameSlotConflicts(compared, ents, found.conflicts.length + speakers.length + slotted.length + roles.length + swaps.length + models.length, meta, new Set([...slotted, ...roles, ...swaps, ...models].map(pairOf)));
  // One person given two alike given names by two groups of reports ("Brian" / "Bryant Dalton"),
  // which entity linking joined as one person (conflicts/given-names.ts), last of all.
  const givenNames = findGivenNameConflicts(compared, ents, found.conflicts.length + speakers.length + slotted.length + roles.length + swaps.length + models.length + nameSlots.length, meta, new Set([...slotted, ...roles, ...swaps, ...models, ...nameSlots].map(pairOf)));
  // A place or name card shown one report against one, with a third report of the same statement
  // on neither side (swaps.ts backLoneSides): the lone version is named when the backers leave it alone.
  const [slottedBacked, swapsBacked] = [backLoneSides(slotted, compared, ents, meta), backLoneSides(swaps, compared, ents, meta)];
  // The country or state of a dateline's town, which every other stage reads past (conflicts/places-datelines.ts).
  const datelines = findDatelineConflicts(compared, found.conflicts.length + speakers.length + slotted.length + roles.length + swaps.length + models.length + nameSlots.length + givenNames.length, meta, new Set([...slotted, ...roles, ...swaps, ...models, ...nameSlots, ...givenNames].map(pairOf)));
  // The state or country a person is "of" ("Judge X of Florida"), across the story (conflicts/places-of-people.ts).
  const personPlaces = findPersonPlaceConflicts(compared, ents, found.conflicts.length + speakers.length + slotted.length + roles.length + swaps.length + models.length + nameSlots.length + givenNames.length + datelines.length, meta, new Set([...slotted, ...roles, ...swaps, ...models, ...nameSlots, ...givenNames, ...datelines].map(pairOf)));
  const valueCards = [...found.conflicts, ...speakers, ...slottedBacked, ...roles, ...swapsBacked, ...models, ...nameSlots, ...givenNames, ...datelines, ...personPlaces];
  // An act one report asserts and another denies, or tells the other outcome of (conflicts/polarity.ts), last: the ids before stay as they were.
  const findings = findingUpdates(compared, alignment, factOf, found.updates.length);
  const polarity = findPolarityConflicts(compared, alignment, meta, factOf, valueCards.length, found.updates.length + findings.length);
  const conflicts = [...valueCards, ...polarity.conflicts];
  const timeline = buildTimeline(graph, found, articleIndex, new Map(compared.map((a) => [a.id, a.published])));
  const framing = buildFraming(compared, ents);
  // Which facts each article reports at least in part, from near-miss sentence pairs.
  const touched = new Map<string, Set<string>>();
  const factOfSentence = (i: number): string | null => {
    const s = alignment.sentences[i];
    return factOf(s.article, s.start);
  };
  for (const [i, j] of alignment.related) {
    for (const [x, y] of [[i, j], [j, i]]) {
      const f = factOfSentence(y);
      if (!f) continue;
      const art = alignment.sentences[x].article;
      const set = touched.get(art) ?? new Set<string>();
      set.add(f);
      touched.set(art, set);
    }
  }
  // A sentence that also supports another fact (facts.ts `also`) touches it too.
  clusters.forEach((c, k) => {
    for (const m of c.also) {
      const set = touched.get(m.article) ?? new Set<string>();
      set.add(`f${k + 1}`);
      touched.set(m.article, set);
    }
  });
  // A fact told in other words by another article — one of its sentences covered by one or two
  // adjacent sentences there (entail.ts) — is touched by that article: not an exclusive of its own
  // outlet, not an omission of the other.
  clusters.forEach((c, k) => {
    for (const m of c.members) {
      for (const art of alignment.reportedBy(m.idx)) {
        const set = touched.get(art) ?? new Set<string>();
        set.add(`f${k + 1}`);
        touched.set(art, set);
      }
    }
  });
  // Each article's own source: its outlet, or the agency whose wire copy it is (sources.ts).
  // An article's source for counting consensus: that of the first article of its copy group.
  const articleSources = compared.map((a) => sourceOf('', byId.get(copyOf.get(a.id) ?? a.id) ?? a, outletKeys).key);
  // Copies of one report by one outlet (a story run twice) are one report for coverage; a copy
  // that another outlet ran is that outlet's report too (it is not one outlet's exclusive), and
  // consensus counts it once already through the sources.
  const sameOutletCopy = (a: AnnotatedArticle): string => {
    const rep = byId.get(copyOf.get(a.id) ?? a.id);
    return rep && (rep.outlet ?? null) === (a.outlet ?? null) ? rep.id : a.id;
  };
  const coverage = buildCoverage(facts, clusters, alignment, compared.map((a) => a.id), (a) => touched.get(a) ?? new Set(), articleSources, compared.map(sameOutletCopy));
  // The summary cites an article for a sentence only when its own sentence is the same statement
  // (the alignment's pair affinity; summary.ts).
  const sentenceAt = new Map(alignment.sentences.map((s) => [`${s.article}:${s.start}`, s.idx]));
  const same = (a: { article: string; start: number }, b: { article: string; start: number }): number | undefined => {
    const i = sentenceAt.get(`${a.article}:${a.start}`);
    const j = sentenceAt.get(`${b.article}:${b.start}`);
    // Whole-sentence evidence: a shared phrase ("the last apartheid-era president, X") links a
    // fragment to a long lead, but does not make it the same statement.
    return i === undefined || j === undefined ? undefined : i === j ? 1 : alignment.evidence(i, j).whole;
  };
  // Wordings are weighed by reports, not articles: copies of one text (an agency's wire copy run
  // by several outlets, a story republished: sources.ts reportCopies) count once. (Tried: each
  // article's source, an agency's reports of different days as one: DUC 2006 dev 39.1/8.7
  // → 38.5/8.2, under the baseline; a summary weighs how widely a statement was reported.)
  const summary = buildSummary(facts, compared, compared.length, opts.summaryWords, same, (id) => copyOf.get(id) ?? id);

  // Articles that share no fact with each other, in two or more groups: a warning, nothing dropped.
  const split = eventGroupsWarning(
    articles.filter((a) => keep.has(a.id)),
    clusters.map((c) => [...c.members, ...c.also].map((m) => m.article)),
  );
  const warnings = split ? [...screening.warnings, split] : screening.warnings;

  const dossier: Dossier = {
    version: FORMAT_VERSION,
    articles: articles.map(toDossierArticle),
    entities: ents.entities,
    quotes: quotes.quotes,
    facts,
    conflicts,
    updates: [...found.updates, ...findings, ...polarity.updates],
    checked: {
      facts: facts.filter((f) => f.support.length >= 2).length,
      values: found.compared,
      quotes: quotes.groups.filter((g) => g.articles.length >= 2).length,
    },
    timeline,
    framing,
    summary,
    quoteGroups: quotes.groups,
    coverage,
    outlets: outletGroups(articles, opts.outlets),
    warnings,
    excluded: screening.excluded,
  };
  return { dossier, warnings };
}

function toFact(id: string, c: FactCluster, tainted: Set<string>, alignment: Alignment): Fact {
  // The representative sentence: the most central member not carrying an outlier value; the
  // earliest article breaks ties.
  const order = c.members
    .map((m, i) => ({ m, c: c.centrality[i], bad: tainted.has(`${m.article}:${m.start}`) }))
    .sort((a, b) => Number(a.bad) - Number(b.bad) || b.c - a.c || a.m.articleIndex - b.m.articleIndex || a.m.start - b.m.start);
  const rep = order[0].m;
  // Sentences whose own fact is another one support this fact too (they report two things).
  const all = [...c.members, ...c.also];
  return {
    id,
    text: rep.text,
    support: uniqArticles(all.map((m) => m.article)),
    sentences: all
      .map((m) => ({ article: m.article, start: m.start, end: m.end }))
      .sort((a, b) => articleOrder(a.article, b.article) || a.start - b.start),
    source: { article: rep.article, start: rep.start, end: rep.end },
    // What the shown sentence adds to what the other articles' sentences say (clauses none of
    // them reports): the shown outlet's own, so the other outlets are not credited with it.
    ...withOwn(alignment.ownParts(rep.idx, all.filter((m) => m.article !== rep.article).map((m) => m.idx)), rep),
  };
}

function withOwn(parts: Array<{ start: number; end: number }>, rep: FactCluster['members'][number]): Pick<Fact, 'own'> {
  return parts.length ? { own: parts.map((p) => ({ article: rep.article, start: rep.start + p.start, end: rep.start + p.end })) } : {};
}

/**
 * Independent sources of a fact (sources.ts): credited organisations and wire agencies count once,
 * an outlet relaying a credited organisation is one voice with it (independentSources), and so
 * are copies of one report (reportCopies).
 */
function withSources(f: Fact, byId: Map<string, AnnotatedArticle>, outlets: Set<string>, copyOf: Map<string, string>): Fact {
  const entries: Array<{ own: string; source: string }> = [];
  const credits: NonNullable<Fact['credits']> = [];
  for (const s of f.sentences) {
    const a = byId.get(s.article)!;
    const src = sourceOf(a.text.slice(s.start, s.end), a, outlets);
    const own = sourceOf('', a, outlets).key;
    entries.push({ own, source: src.key });
    // Copies of one report are tied through a key of their group (as in quotes.ts), which no
    // outlet or agency key can equal.
    entries.push({ own, source: `\u0000copy:${copyOf.get(a.id) ?? a.id}` });
    if (src.credited) credits.push({ article: s.article, source: src.name, sentence: s });
  }
  return { ...f, sources: independentSources(entries), credits };
}
