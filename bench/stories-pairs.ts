/**
 * Diagnostic for story clustering (not a quality figure): what each similarity channel is worth
 * alone on each dev corpus, as a pair classifier (average precision of "same gold story" over all
 * pairs) and under batch average link (B-cubed at the best threshold in hindsight, and at one
 * threshold shared by all corpora). Channels are computed as the clusterer computes them
 * (presence-only features × corpus idf, cosine per channel); the baseline is bench/stories-data.ts'
 * TF-IDF cosine. `STORIES_ONLY=duc2003,allsides` restricts the corpora; uci-headlines is sampled
 * down to 2,000 headlines (a seeded sample) to keep the n × n matrices small.
 */
import { CHANNELS, NAMES } from '../src/cluster/features.js';
import { channelSims, fitLogistic, mixOf, pairSet, type PairSet } from './cluster-fit.js';
import { sharedDir, SKIP_NO_SHARED } from '../test/helpers/shared.js';
import { rng } from './data.js';
import { averageLinkDendrogram, baselineSims, bcubed, cutAt, readCorpora, type Corpus } from './stories-data.js';

const MAX_N = 2000;

/** Average precision of a pair score for "same gold story" (upper triangle). */
function averagePrecision(n: number, s: Float32Array, gold: string[]): number {
  const pairs: Array<[number, boolean]> = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([s[i * n + j], gold[i] === gold[j]]);
  pairs.sort((a, b) => b[0] - a[0]);
  const pos = pairs.reduce((a, p) => a + (p[1] ? 1 : 0), 0);
  let tp = 0;
  let ap = 0;
  pairs.forEach(([, y], k) => {
    if (y) {
      tp++;
      ap += tp / (k + 1);
    }
  });
  return pos ? ap / pos : 0;
}

const THS = Array.from({ length: 60 }, (_, k) => Math.round((0.01 + k * 0.01) * 100) / 100);

export async function run(): Promise<Record<string, unknown> | null> {
  const dir = sharedDir();
  if (!dir) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const only = process.env.STORIES_ONLY?.split(',');
  const corpora = readCorpora(dir, only);
  const out: Record<string, unknown> = {};
  // Leave-one-corpus-out fits of the mix (needs every corpus; with STORIES_ONLY the others are read for it).
  const all = only ? readCorpora(dir) : corpora;
  const sets: PairSet[] = all.map((c) => pairSet(c));
  const fits: Record<string, { weights: [number, number, number]; namePenalty: number }> = {};
  for (const c of corpora) {
    const w = fitLogistic(sets.filter((s) => s.corpus !== c.name));
    fits[c.name] = mixOf(w);
    process.stdout.write(`fit without ${c.name}: raw ${w.map((x) => x.toFixed(2)).join(' ')} -> ${JSON.stringify(fits[c.name])}\n`);
  }
  const wAll = fitLogistic(sets);
  process.stdout.write(`fit on all: raw ${wAll.map((x) => x.toFixed(2)).join(' ')} -> ${JSON.stringify(mixOf(wAll))}\n`);
  out.fits = fits;
  const curves: Record<string, Record<string, number[]>> = {};
  for (const c of corpora) {
    let idx = [...c.ids.keys()];
    if (idx.length > MAX_N) {
      const r = rng(7);
      idx = idx.map((i) => [r(), i]).sort((a, b) => a[0] - b[0]).slice(0, MAX_N).map((x) => x[1]).sort((a, b) => a - b);
    }
    const n = idx.length;
    const gold = idx.map((i) => c.gold[i]);
    const { ch, has } = channelSims(c, idx);
    const days = idx.map((i) => c.prepared[i].day);
    const kernel = (i: number, j: number, sigma: number, tau: number, rho: number): number => {
      const a = days[i];
      const b = days[j];
      if (a === null || b === null) return 1;
      const g2 = (a - b) * (a - b);
      return (1 - rho) * Math.exp(-g2 / (2 * sigma * sigma)) + rho * Math.exp(-g2 / (2 * tau * tau));
    };
    const mix = (time: boolean, penalty: boolean, wts = [0.4, 0.3, 0.3], pen = 0.05) => {
      const m = new Float32Array(n * n);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let num = 0;
          let den = 0;
          const either = has[i] | has[j];
          for (let k = 0; k < CHANNELS; k++) {
            if (!(either & (1 << k))) continue;
            den += wts[k];
            num += wts[k] * ch[k][i * n + j];
          }
          let v = den > 0 ? num / den : 0;
          if (penalty && has[i] & has[j] & (1 << NAMES) && ch[NAMES][i * n + j] < 0.05) v -= pen;
          if (time) v *= kernel(i, j, 3, 90, 0.7);
          m[i * n + j] = m[j * n + i] = v;
        }
      }
      return m;
    };
    const sims: Record<string, Float32Array> = {
      baseline: baselineSims(idx.map((i) => c.baseText[i])),
      content: ch[0],
      names: ch[1],
      specifics: ch[2],
      mix: mix(false, false),
      'mix+penalty': mix(false, true),
      'mix+penalty+kernel': mix(true, true),
      fit: mix(false, true, fits[c.name].weights, fits[c.name].namePenalty),
      'fit+kernel': mix(true, true, fits[c.name].weights, fits[c.name].namePenalty),
    };
    const row: Record<string, unknown> = { n };
    curves[c.name] = {};
    for (const [name, s] of Object.entries(sims)) {
      const ap = averagePrecision(n, s, gold);
      const dendro = averageLinkDendrogram(n, Float32Array.from(s));
      const f = THS.map((th) => bcubed(cutAt(n, dendro, th), gold).f1);
      curves[c.name][name] = f;
      const bi = f.indexOf(Math.max(...f));
      row[name] = { ap: +ap.toFixed(3), best_f1: +f[bi].toFixed(3), at: THS[bi] };
      process.stdout.write(`${c.name.padEnd(14)} ${name.padEnd(20)} AP ${ap.toFixed(3)}  best B3 ${f[bi].toFixed(3)} at ${THS[bi]}  (0.1: ${f[9].toFixed(3)}, 0.2: ${f[19].toFixed(3)})\n`);
    }
    out[c.name] = row;
  }
  // One threshold for all corpora per similarity.
  const shared: Record<string, unknown> = {};
  for (const name of Object.keys(curves[corpora[0].name])) {
    const mean = THS.map((_, t) => corpora.reduce((a, c) => a + curves[c.name][name][t], 0) / corpora.length);
    const bi = mean.indexOf(Math.max(...mean));
    shared[name] = { th: THS[bi], mean: +mean[bi].toFixed(3), per: Object.fromEntries(corpora.map((c) => [c.name, +curves[c.name][name][bi].toFixed(3)])) };
    process.stdout.write(`shared threshold ${name.padEnd(20)} ${THS[bi]}: mean ${mean[bi].toFixed(3)}  ${corpora.map((c) => `${c.name} ${curves[c.name][name][bi].toFixed(3)}`).join('  ')}\n`);
  }
  out.shared_threshold = shared;
  return out;
}
