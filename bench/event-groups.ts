/**
 * The "several events" warning of the dossier (src/compare/facts/screen.ts eventGroupsWarning): after
 * alignment, compared articles that fall into two or more groups sharing no fact are named in a
 * warning. Skipped, with a message, when ../shared is absent.
 *
 *  - Mixed: two ECB+ subtopics of one topic (two events of one kind, often with the same people:
 *    the case the article-level tf-idf screen keeps), four articles of one and three of the
 *    other. The warning should be given (or the screen should already have set the other event
 *    aside).
 *  - Clean: four articles of one ECB+ subtopic: no warning should be given.
 *  - Real stories: DUC 2003 and MultiLing 2011 stories of four articles or more (allsides stories
 *    have three, too few for two groups): how often the warning is given (these are topic
 *    clusters collected over weeks or months; read to see whether the groups are other events).
 *
 * Subtopics and stories are split by a hash into a dev half (looked at while writing the rule)
 * and a held-out half; PARALLAX_PART=dev runs the dev half, the default the held-out one.
 * PARALLAX_SHOW=1 prints the warnings given on real stories.
 */
import { buildDossier } from '../src/compare/dossier.js';
import type { Dossier } from '../src/core/dossier-schema.js';
import { SKIP_NO_SHARED, sharedDir } from '../test/helpers/shared.js';
import { readEcbPlus } from './data.js';
import { article, storiesOfPart, storyHash } from './screen.js';

// Stories and subtopics per part (enough to count, few enough to run on a shared machine).
const LIMIT = 40;

const warned = (d: Dossier): string | undefined => d.warnings.find((w) => /groups that report no fact in common/.test(w));

export async function run(): Promise<Record<string, unknown> | null> {
  const shared = sharedDir();
  if (!shared) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const part = process.env.PARALLAX_PART === 'dev' ? 'dev' : 'held_out';
  const out: Record<string, unknown> = { part };
  for (const corpus of ['duc2003', 'multiling2011']) {
    const stories = storiesOfPart(shared, corpus, part === 'held_out', 4).slice(0, LIMIT);
    let n = 0;
    let w = 0;
    for (const [story, recs] of stories) {
      const { dossier } = buildDossier(recs.map((r) => article(r.id, r.text, r.outlet ?? r.id)));
      n++;
      const x = warned(dossier);
      if (x) {
        w++;
        if (process.env.PARALLAX_SHOW === '1') process.stdout.write(`  ${corpus} ${story}: ${x}\n`);
      }
    }
    out[corpus] = { stories: n, warned: w };
    process.stdout.write(`${corpus.padEnd(14)} ${part}: warned on ${w} of ${n} stories\n`);
  }
  const ecb = readEcbPlus(shared);
  const bySub = new Map<string, typeof ecb>();
  for (const r of ecb) bySub.set(r.subtopic, [...(bySub.get(r.subtopic) ?? []), r]);
  const subs = [...bySub.keys()].sort();
  const res = { clean: 0, clean_warned: 0, mixed: 0, mixed_set_aside: 0, mixed_warned: 0 };
  for (const sub of subs.filter((s) => (storyHash(`ecb${s}`) % 2 === 1) === (part === 'held_out')).slice(0, LIMIT)) {
    const mine = bySub.get(sub)!.slice(0, 4);
    if (mine.length < 4) continue;
    const topic = mine[0].topic;
    res.clean++;
    if (warned(buildDossier(mine.map((r) => article(r.id, r.text))).dossier)) res.clean_warned++;
    const sibling = subs.find((s) => s !== sub && bySub.get(s)![0].topic === topic);
    const other = sibling ? bySub.get(sibling)!.slice(0, 3) : [];
    if (other.length < 2) continue;
    const { dossier } = buildDossier([...mine, ...other].map((r) => article(r.id, r.text)));
    res.mixed++;
    if (dossier.excluded.length) res.mixed_set_aside++;
    else if (warned(dossier)) res.mixed_warned++;
  }
  out.ecbplus = res;
  process.stdout.write(
    `ecbplus        ${part}: two events of one topic: warned ${res.mixed_warned} of ${res.mixed} (set aside by the screen: ${res.mixed_set_aside}); one event: warned ${res.clean_warned} of ${res.clean}\n`,
  );
  return out;
}
