/**
 * An update the later report tells itself: of two reports published on different days, the later
 * writes the earlier report's figure, for the same counted noun, as an earlier state ("Only two
 * months ago, negotiators had hoped to win 15,000 new vouchers", "raised to 90,000 from 15,000":
 * claims/told-figures.ts) and gives its own figure as the present one. The later report knows both
 * values, so the difference is a change over time, shown as an evolution with its times, not a
 * card accusing either outlet (issue #10, session 24's unseen reading: "about 15,000" / "about
 * 90,000" vouchers two months apart, a false card).
 *
 * Why the later report's own figures and not its claims: the sentence telling the earlier state is
 * often a hedged plan or a background clause ("had thought they might persuade lawmakers to
 * authorize 15,000"), which yields no claim. Why only the later report: an earlier report cannot
 * know a later figure, and a report that writes another outlet's figure as its own earlier one
 * has read both. Every differing pair must be ordered and explained so; one pair left
 * unexplained keeps the card.
 *
 * Constant work per pair (a scan of the later article's told figures, a handful).
 */
import type { ClaimItem, ToldFigureMap } from '../claims/claims.js';
import { countsNoun } from '../claims/told-figures.js';

/** Order of two articles' publication: negative when `a` came first, 0 when unknown or the same day. */
export type PublishedOrder = (a: string, b: string) => number;

/** Whether the later article of every differing pair of `members` tells the earlier one's figure as an earlier state. */
export function toldUpdate(members: ClaimItem[], told: ToldFigureMap | undefined, order: PublishedOrder, differ: (x: ClaimItem, y: ClaimItem) => boolean): boolean {
  if (told === undefined || members.length < 2 || !members.every((c) => c.kind === 'number' && c.unit?.startsWith('count:'))) return false;
  let pairs = 0;
  for (const x of members) {
    for (const y of members) {
      if (x === y || x.article === y.article || !differ(x, y)) continue;
      const o = order(x.article, y.article);
      if (o === 0) return false;
      if (o > 0) continue; // each pair once: x the earlier
      const noun = x.unit!.slice(x.unit!.lastIndexOf(':') + 1);
      const knows = (told.get(y.article) ?? []).some((f) => countsNoun(f, noun) && f.value === x.figure && !(f.start < y.end && y.start < f.end));
      if (!knows) return false;
      pairs++;
    }
  }
  return pairs > 0;
}
