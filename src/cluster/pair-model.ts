/**
 * The fitted pair model and the parameters chosen with it (written by bench/fit-cluster.ts;
 * do not edit by hand: re-run `node dist/bench/run.js fit-cluster`).
 */
import type { PairModel } from './clusterer.js';

export const FITTED: { model: PairModel; join: number; bridge: number; timeScaleDays: number; topicDiscount: number } = {
  model: {"bias":-0.9095,"weights":[4.9668,-1.2299,2.3309,1.1131,0.1097,-2.3838,1.7227,1.2511,0.3239,-1.6626,-1.2003,0,0]},
  join: 0.5,
  bridge: 0.8,
  timeScaleDays: 8,
  topicDiscount: 0.5,
};
