/** `--group-by KEY` of `analyze` and `story`: a dossier with its coverage grouped by outlet or an outlet attribute. */
import type { Dossier } from '../../core/dossier-schema.js';
import { UserError } from '../../core/errors.js';

/**
 * The dossier with `coverageGroups` by `key` ("outlet" or an attribute the config gives the
 * outlets); unchanged without a key. A key no outlet carries is a usage error naming the keys
 * there are, rather than one group "(no key)" that looks like an answer.
 */
export async function groupCoverage(d: Dossier, key: string | undefined): Promise<Dossier> {
  if (key === undefined) return d;
  const { coverageByGroup, outletAttributeKeys } = await import('../../compare/outlet-groups.js');
  const by = key.trim();
  const keys = outletAttributeKeys(d);
  if (by !== 'outlet' && !keys.includes(by)) {
    throw new UserError(null, `--group-by ${by}: no outlet has that attribute (${keys.length ? `the config gives: outlet, ${keys.join(', ')}` : 'the config describes none of these outlets: only "outlet" works'})`);
  }
  return { ...d, coverageGroups: coverageByGroup(d, by) };
}
