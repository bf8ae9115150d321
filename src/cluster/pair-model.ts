/**
 * The fitted pair model and the parameters chosen with it (written by bench/fit-cluster.ts;
 * do not edit by hand: re-run `node dist/bench/run.js fit-cluster`). Feature order: PAIR_FEATURES
 * in clusterer.ts (content, names, specifics, both_names, both_specifics, names_disjoint, year_conflict, time_kernel, both_dated, log_gap, content_x_kernel, short, content_x_short, years_disjoint).
 */
import type { PairModel } from './clusterer.js';

export const FITTED: { model: PairModel; join: number; bridge: number; timeScaleDays: number; topicDiscount: number } = {
  model: {"bias":-0.5564,"weights":[6.5579,0,2.1661,0.3927,0.1124,-1.8428,0,2.5552,-1.3745,0,-0.9834,-0.1762,-3.4583,-0.1105]},
  join: 0.4,
  bridge: 0.8,
  timeScaleDays: 8,
  topicDiscount: 0.5,
};
