/**
 * Outlets of a dossier and coverage grouped by them. Owns two things:
 * - `outletGroups`: the dossier's `outlets` — one entry per outlet with its articles, the
 *   attributes the user's config gives it (country, kind, owner, any field), and whether the
 *   source named it. Articles whose outlet nobody named are grouped by their URL's host, and the
 *   ones without a URL into one "Unknown outlet" group, so a story of 22 unnamed sources is one
 *   group, not 22 columns.
 * - `coverageByGroup`: per value of an attribute (or per outlet), which facts the group's
 *   articles report, which only they report, and which consensus facts none of them reports.
 * Nothing here reads article text; both are linear in articles × facts.
 */
import type { CoverageGroups, Dossier, OutletGroup } from '../core/dossier-schema.js';
import { hostOf, type OutletDirectory } from '../ingest/outlets.js';

/** The name of the group of articles that have neither an outlet nor a URL. */
export const UNKNOWN_OUTLET = 'Unknown outlet';

/** The minimal article fields grouping needs (an Article or a DossierArticle). */
export interface OutletSource {
  id: string;
  outlet: string | null;
  url: string | null;
}

/**
 * One entry per outlet, in the order of the articles' first appearance. `known` is false when no
 * source named the outlet: the name is then the URL's host (metadata falls back to it too), or
 * UNKNOWN_OUTLET.
 */
export function outletGroups(articles: OutletSource[], directory?: OutletDirectory | null): OutletGroup[] {
  const groups = new Map<string, OutletGroup>();
  for (const a of articles) {
    const host = a.url ? hostOf(a.url) : null;
    const named = a.outlet?.trim() || null;
    // An outlet equal to its URL's host is metadata's own fallback, not a name a source gave.
    const known = named !== null && named.toLowerCase() !== host;
    const name = named ?? host ?? UNKNOWN_OUTLET;
    const key = name.toLowerCase();
    let g = groups.get(key);
    if (!g) {
      const info = directory?.lookup(named, a.url) ?? null;
      g = { name: info && known ? info.name : name, known, articles: [], attributes: { ...(info?.attributes ?? {}) } };
      groups.set(key, g);
    }
    g.articles.push(a.id);
  }
  return [...groups.values()];
}

/** A dossier's outlets with the attributes `directory` gives them (a new dossier; the input is not changed). */
export function withOutletDirectory(d: Dossier, directory: OutletDirectory | null | undefined): Dossier {
  if (!directory || directory.size === 0) return d;
  return { ...d, outlets: outletGroups(d.articles, directory) };
}

/** The attribute keys the dossier's outlets carry, sorted (what coverage can be grouped by, besides "outlet"). */
export function outletAttributeKeys(d: Pick<Dossier, 'outlets'>): string[] {
  const keys = new Set<string>();
  for (const o of Array.isArray(d.outlets) ? d.outlets : []) for (const k of Object.keys(o.attributes ?? {})) keys.add(k);
  return [...keys].sort();
}

/**
 * Coverage per group of outlets: `by` is "outlet" (each outlet a group) or an attribute key
 * ("country"); outlets without that attribute form one group whose `value` is null. Groups in
 * order of first appearance; fact ids in the dossier's order.
 */
export function coverageByGroup(d: Dossier, by: string): CoverageGroups {
  const outlets = Array.isArray(d.outlets) && d.outlets.length ? d.outlets : outletGroups(d.articles);
  const excluded = new Set((d.excluded ?? []).map((x) => x.article));
  const groups = new Map<string, { value: string | null; outlets: string[]; articles: string[] }>();
  for (const o of outlets) {
    const value = by === 'outlet' ? o.name : o.attributes?.[by]?.trim() || null;
    const key = value === null ? '\u0000' : value.toLowerCase();
    const g = groups.get(key) ?? { value, outlets: [], articles: [] };
    g.outlets.push(o.name);
    g.articles.push(...o.articles.filter((a) => !excluded.has(a)));
    groups.set(key, g);
  }
  const groupOf = new Map<string, string>();
  for (const [key, g] of groups) for (const a of g.articles) groupOf.set(a, key);
  const consensus = new Set(d.coverage?.consensus ?? []);
  const reported = new Map<string, string[]>();
  const only = new Map<string, string[]>();
  for (const f of d.facts) {
    const keys = new Set(f.support.map((a) => groupOf.get(a)).filter((k): k is string => k !== undefined));
    for (const k of keys) {
      const arr = reported.get(k);
      if (arr) arr.push(f.id);
      else reported.set(k, [f.id]);
    }
    // WHY: "only this group reports it" needs a fact the others could have reported; one article's
    // exclusive is also its group's, and a group of several outlets can share one.
    if (keys.size === 1) {
      const k = [...keys][0];
      const arr = only.get(k);
      if (arr) arr.push(f.id);
      else only.set(k, [f.id]);
    }
  }
  const missingOf = (mine: Set<string>): string[] => d.facts.filter((f) => consensus.has(f.id) && !mine.has(f.id)).map((f) => f.id);
  return {
    by,
    groups: [...groups.entries()]
      .filter(([, g]) => g.articles.length > 0)
      .map(([key, g]) => {
        const facts = reported.get(key) ?? [];
        const mine = new Set(facts);
        return {
          value: g.value,
          outlets: g.outlets,
          articles: g.articles,
          facts,
          exclusives: only.get(key) ?? [],
          missing: missingOf(mine),
        };
      }),
  };
}
