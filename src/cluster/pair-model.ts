/**
 * The fitted pair model and the parameters chosen with it (written by bench/fit-cluster.ts;
 * do not edit by hand: re-run `node dist/bench/run.js fit-cluster`). Feature order: PAIR_FEATURES
 * in clusterer.ts (content, names, specifics, both_names, both_specifics, names_disjoint, year_conflict, time_kernel, both_dated, log_gap, content_x_kernel, short, content_x_short, years_disjoint).
 */
import type { PairModel } from './clusterer.js';

export const FITTED: { model: PairModel; join: number; bridge: number; timeScaleDays: number; topicDiscount: number } = {
  model: {"bias":-0.6482,"weights":[6.9575,-1.1616,2.2396,0.8094,0.0509,-2.1687,1.7176,1.2596,0.2546,-1.6433,-1.3585,-0.1161,-3.6056,-0.218]},
  join: 0.5,
  bridge: 0.8,
  timeScaleDays: 8,
  topicDiscount: 0.5,
};
