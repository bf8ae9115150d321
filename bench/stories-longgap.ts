/**
 * A diagnostic of the time kernel's long part (run by name only: `node dist/bench/run.js
 * stories-longgap`; no result file): the corpora disagree on ρ, the weight a pair of reports days
 * to weeks apart keeps. This prints, per dated corpus, the pairs the long part decides (both
 * dated, 4 to 120 days apart, mixed similarity at least `join`): how many are one gold story, by
 * similarity band, and how candidate pair features (the shorter text's length, rare shared names,
 * figures in neither, each side's same-day neighbours, outlets) split them — a feature that
 * explains the disagreement separates same from different story the same way in every corpus.
 * Dev halves only (bench/stories-errors.ts `devHalf`).
 */
import { CONTENT, NAMES, SPECIFICS } from '../src/cluster/features.js';
import { FITTED_MIX } from '../src/cluster/mix.js';
import { sharedDir, SKIP_NO_SHARED } from '../test/helpers/shared.js';
import { channelSims, sampleIdx } from './cluster-fit.js';
import { readCorpora } from './stories-data.js';
import { devHalf } from './stories-errors.js';

export async function run(): Promise<Record<string, unknown> | null> {
  const dir = sharedDir();
  if (!dir) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const only = process.env.STORIES_ONLY?.split(',') ?? ['ecbplus-dev', 'duc2003', 'duc2006', 'allsides', 'uci-headlines'];
  // Dev halves only (the stories stories-errors shows): rules are chosen there.
  const corpora = readCorpora(dir, only).map((c) => devHalf(c));
  const [wc, wn, ws] = FITTED_MIX.weights;
  for (const c of corpora) {
    const idx = sampleIdx(c, 1500);
    const n = idx.length;
    const { ch, has } = channelSims(c, idx);
    const day = idx.map((i) => c.prepared[i].day);
    const nContent = idx.map((i) => [...c.prepared[i].terms.keys()].filter((k) => k.charCodeAt(0) === 119).length);
    const outlet = idx.map((i) => c.articles[i].outlet ?? '');
    const sim = (i: number, j: number): number => {
      const v = wc * ch[CONTENT][i * n + j] + wn * ch[NAMES][i * n + j] + ws * ch[SPECIFICS][i * n + j];
      const dis = has[i] & has[j] & (1 << NAMES) && ch[NAMES][i * n + j] < 0.05 ? FITTED_MIX.namePenalty : 0;
      return v - dis;
    };
    // Each article's best similarity to another report within a day of it (its own burst).
    const burst = new Float64Array(n);
    // How many reports within a day of it resemble it (≥ 0.09): its burst's size.
    const burstN = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      if (day[i] === null) continue;
      for (let j = 0; j < n; j++) {
        if (j === i || day[j] === null || Math.abs(day[j]! - day[i]!) > 1) continue;
        const s = sim(i, j);
        if (s > burst[i]) burst[i] = s;
        if (s >= 0.09) burstN[i]++;
      }
    }
    // Label-free: of the strongly similar dated pairs (≥ 0.25) within 120 days, the share within 3 days.
    let near = 0;
    let all = 0;
    const gapHist = [0, 0, 0, 0, 0];
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (day[i] === null || day[j] === null) continue;
        const gap = Math.abs(day[i]! - day[j]!);
        if (gap > 120 || sim(i, j) < 0.25) continue;
        all++;
        if (gap <= 3) near++;
        gapHist[gap === 0 ? 0 : gap <= 3 ? 1 : gap <= 10 ? 2 : gap <= 30 ? 3 : 4]++;
      }
    }
    process.stdout.write(`${c.name}: strong dated pairs (≥ .25, ≤ 120 d) ${all}, share ≤ 3 days ${(near / Math.max(1, all)).toFixed(2)}; gaps 0 / 1-3 / 4-10 / 11-30 / 31-120: ${gapHist.join(' / ')}\n`);
    type Row = { s: number; y: number; gap: number; len: number; rel: number; bn: number; sameOutlet: number; specDis: number };
    const rows: Row[] = [];
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (day[i] === null || day[j] === null) continue;
        const gap = Math.abs(day[i]! - day[j]!);
        if (gap < 4 || gap > 120) continue;
        const s = sim(i, j);
        if (s < 0.09) continue;
        const specDis = has[i] & has[j] & (1 << SPECIFICS) && ch[SPECIFICS][i * n + j] === 0 ? 1 : 0;
        rows.push({
          s,
          y: c.gold[idx[i]] === c.gold[idx[j]] ? 1 : 0,
          gap,
          len: Math.min(nContent[i], nContent[j]),
          rel: s / Math.max(1e-6, Math.min(burst[i] || s, burst[j] || s)),
          bn: Math.min(burstN[i], burstN[j]),
          sameOutlet: outlet[i] && outlet[i] === outlet[j] ? 1 : 0,
          specDis,
        });
      }
    }
    const rate = (f: (r: Row) => boolean): string => {
      const sel = rows.filter(f);
      return sel.length ? `${(sel.reduce((a, r) => a + r.y, 0) / sel.length).toFixed(2)} (${sel.length})` : '- (0)';
    };
    const out: string[] = [`${c.name}: ${rows.length} long-gap pairs ≥ join, same story ${rate(() => true)}`];
    out.push(`  by sim: <.15 ${rate((r) => r.s < 0.15)}  .15-.25 ${rate((r) => r.s >= 0.15 && r.s < 0.25)}  ≥.25 ${rate((r) => r.s >= 0.25)}`);
    out.push(`  by gap: 4-10 ${rate((r) => r.gap <= 10)}  11-30 ${rate((r) => r.gap > 10 && r.gap <= 30)}  31-120 ${rate((r) => r.gap > 30)}`);
    out.push(`  rel (pair sim / weaker side's best same-day sim): <.5 ${rate((r) => r.rel < 0.5)}  .5-.8 ${rate((r) => r.rel >= 0.5 && r.rel < 0.8)}  ≥.8 ${rate((r) => r.rel >= 0.8)}`);
    out.push(`  same-day burst size (min): 0 ${rate((r) => r.bn === 0)}  1 ${rate((r) => r.bn === 1)}  2-3 ${rate((r) => r.bn >= 2 && r.bn <= 3)}  ≥4 ${rate((r) => r.bn >= 4)}`);
    out.push(`  shorter text content features: <50 ${rate((r) => r.len < 50)}  50-150 ${rate((r) => r.len >= 50 && r.len < 150)}  ≥150 ${rate((r) => r.len >= 150)}`);
    out.push(`  same outlet: ${rate((r) => r.sameOutlet === 1)}  other ${rate((r) => r.sameOutlet === 0)};  figures in neither: ${rate((r) => r.specDis === 1)}`);
    process.stdout.write(out.join('\n') + '\n');
  }
  return null;
}
