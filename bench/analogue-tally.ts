/**
 * What the analogue benches (conflicts-analogues, number-analogues) share: an annotation cache
 * keyed by article id and text, since one story's articles are annotated again for every changed
 * copy, and the recall tally by key (found, found confident, found of its kind) they print.
 */
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle, Article } from '../src/core/schema.js';

/** annotate() memoised by id and text: an unchanged article is annotated once per run. */
export function cachedAnnotator(): (a: Article) => AnnotatedArticle {
  const cache = new Map<string, AnnotatedArticle>();
  return (a) => {
    const key = `${a.id}\u0000${a.text}`;
    let r = cache.get(key);
    if (!r) cache.set(key, (r = annotate(a)));
    return r;
  };
}

/** Counts per key of analogues found (r), found confident (rc) and found as their kind (rn). */
export class RecallTally {
  private readonly tallies = new Map<string, { n: number; r: number; rc: number; rn: number }>();

  bump(k: string, r: boolean, rc: boolean, rn: boolean): void {
    const t = this.tallies.get(k) ?? { n: 0, r: 0, rc: 0, rn: 0 };
    t.n++;
    if (r) t.r++;
    if (rc) t.rc++;
    if (rn) t.rn++;
    this.tallies.set(k, t);
  }

  /** One line per key, sorted, the key padded to `pad` characters. */
  lines(pad: number): string {
    return [...this.tallies].sort().map(([k, t]) => `${k.padEnd(pad)} n=${t.n} R=${(t.r / t.n).toFixed(2)} Rc=${(t.rc / t.n).toFixed(2)} Rn=${(t.rn / t.n).toFixed(2)}\n`).join('');
  }
}
