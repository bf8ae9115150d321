/**
 * A diagnostic of the disjoint-specifics rule (run by name only: `node dist/bench/run.js
 * stories-disjoint`; no result file): the pairs the rule acts on — both dated, 4 to 120 days
 * apart (`GAP_LO`, `GAP_HI`), both stating figures (or both calendar dates) and sharing (almost)
 * none, mixed similarity at least `join` — how many are one gold story, split by candidate
 * evidence that the two are developments of one event (names cosine, the rarest shared name,
 * content cosine, specifics of the compared kind shared, one naming the other's event day, gap).
 * A feature worth using separates same from different story the same way in every corpus. Dev
 * halves only (bench/stories-errors.ts `devHalf`); `STORIES_ONLY` narrows it. Session 27: none
 * does (docs/clustering.md, "What keeps developments together").
 */
import { CONTENT, NAMES, SPECIFICS } from '../src/cluster/features.js';
import { FITTED_MIX } from '../src/cluster/mix.js';
import { sharedDir, SKIP_NO_SHARED } from '../test/helpers/shared.js';
import { channelSims, sampleIdx } from './cluster-fit.js';
import { readCorpora } from './stories-data.js';
import { devHalf } from './stories-errors.js';

const GAP_LO = Number(process.env.GAP_LO ?? 4);
const GAP_HI = Number(process.env.GAP_HI ?? 120);

function kinds(keys: Iterable<string>): number {
  let k = 0;
  for (const t of keys) {
    if (t.startsWith('n:')) k |= 1;
    else if (t.startsWith('d:') || t.startsWith('m:')) k |= 2;
  }
  return k;
}

export async function run(): Promise<Record<string, unknown> | null> {
  const dir = sharedDir();
  if (!dir) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const only = process.env.STORIES_ONLY?.split(',') ?? ['ecbplus-dev', 'duc2003', 'duc2006', 'allsides', 'uci-headlines'];
  const corpora = readCorpora(dir, only).map((c) => devHalf(c));
  const [wc, wn, ws] = FITTED_MIX.weights;
  const out = (s: string): boolean => process.stdout.write(s + '\n');
  for (const c of corpora) {
    const idx = sampleIdx(c, 1500);
    const n = idx.length;
    const { ch, has } = channelSims(c, idx);
    const day = idx.map((i) => c.prepared[i].day);
    const kd = idx.map((i) => kinds(c.prepared[i].terms.keys()));
    const names = idx.map((i) => [...c.prepared[i].terms.keys()].filter((k) => k.startsWith('e:')));
    const df = new Map<string, number>();
    for (const ns of names) for (const k of ns) df.set(k, (df.get(k) ?? 0) + 1);
    const spec = idx.map((i) => [...c.prepared[i].terms.keys()].filter((k) => /^[ndm]:/.test(k)));
    const rows: Array<{ same: boolean; gap: number; nm: number; ct: number; rare: number; multi: number; shared: number; fewer: number; backRef: boolean }> = [];
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = day[i];
        const b = day[j];
        if (a === null || b === null) continue;
        const gap = Math.abs(a - b);
        if (gap < GAP_LO || gap > GAP_HI) continue;
        if ((kd[i] & kd[j]) === 0) continue;
        const sp = ch[SPECIFICS][i * n + j];
        if (!(has[i] & has[j] & (1 << SPECIFICS)) || sp >= 0.05) continue;
        const nm = ch[NAMES][i * n + j];
        const dis = has[i] & has[j] & (1 << NAMES) && nm < 0.05 ? FITTED_MIX.namePenalty : 0;
        const v = wc * ch[CONTENT][i * n + j] + wn * nm + ws * sp - dis;
        if (v < 0.09) continue;
        const sj = new Set(names[j]);
        let rare = Infinity;
        let multi = Infinity;
        for (const k of names[i]) {
          if (!sj.has(k)) continue;
          rare = Math.min(rare, df.get(k)!);
          if (k.includes(' ')) multi = Math.min(multi, df.get(k)!);
        }
        const kk = kd[i] & kd[j];
        const sk = new Set(spec[j]);
        const ofKind = (k: string): boolean => ((k.startsWith('n:') ? 1 : 2) & kk) !== 0;
        const shared = spec[i].filter((k) => ofKind(k) && sk.has(k)).length;
        const fewer = Math.min(spec[i].filter(ofKind).length, spec[j].filter(ofKind).length);
        // Does either side name (as a calendar day) the other's event day, within a day?
        const namesDay = (x: number, y: number): boolean => {
          const d = day[y]!;
          for (const o of [-1, 0, 1]) {
            const t = new Date((d + o) * 86_400_000);
            const key = `d:${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
            if (c.prepared[idx[x]].terms.has(key)) return true;
          }
          return false;
        };
        const backRef = namesDay(i, j) || namesDay(j, i);
        rows.push({ backRef, shared, fewer, same: c.gold[idx[i]] === c.gold[idx[j]], gap, nm, ct: ch[CONTENT][i * n + j], rare, multi });
      }
    }
    const tally = (label: string, f: (r: (typeof rows)[0]) => boolean): void => {
      const s = rows.filter(f);
      const same = s.filter((r) => r.same).length;
      out(`  ${label.padEnd(34)} ${String(s.length).padStart(6)} pairs, same story ${same} (${s.length ? ((100 * same) / s.length).toFixed(0) : '-'}%)`);
    };
    out(`${c.name}: dev half, ${n} articles; pairs the rule acts on (${GAP_LO}-${GAP_HI} days, sim >= 0.09): ${rows.length}`);
    tally('all', () => true);
    for (const [lo, hi] of [[0, 0.05], [0.05, 0.15], [0.15, 0.3], [0.3, 0.5], [0.5, 2]]) tally(`names cos [${lo}, ${hi})`, (r) => r.nm >= lo && r.nm < hi);
    for (const [lo, hi] of [[0.09, 0.15], [0.15, 0.25], [0.25, 0.4], [0.4, 2]]) tally(`content cos [${lo}, ${hi})`, (r) => r.ct >= lo && r.ct < hi);
    for (const t of [2, 3, 5, 10]) tally(`shared name in <= ${t} articles`, (r) => r.rare <= t);
    for (const t of [2, 3, 5, 10]) tally(`shared full name in <= ${t} art.`, (r) => r.multi <= t);
    tally('one names the other\'s event day', (r) => r.backRef);
    for (const t of [0, 1, 2, 3]) tally(`shared same-kind specifics = ${t}`, (r) => r.shared === t);
    for (const [lo, hi] of [[1, 2], [2, 4], [4, 8], [8, 16], [16, 999]]) tally(`fewer side's same-kind [${lo}, ${hi})`, (r) => r.fewer >= lo && r.fewer < hi);
    for (const [lo, hi] of [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 8], [8, 15], [15, 30], [30, 121]]) tally(`gap [${lo}, ${hi})`, (r) => r.gap >= lo && r.gap < hi);
  }
  return null;
}
