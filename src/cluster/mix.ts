/**
 * The story clusterer's channel mix, fitted on pairs of the dev corpora (ECB+ dev, duc2003, duc2006,
 * allsides, uci-headlines): a logistic regression of "same story" over the content, names and
 * specifics cosines and the names-disjoint flag, each corpus weighing the same;
 * channel weights scaled to sum to 1, the disjoint-names penalty on the same scale (bench/cluster-fit.ts).
 * Generated: rebuild with `node dist/bench/run.js cluster-fit` (needs ../shared). Do not edit.
 */
export const FITTED_MIX = {
  weights: [0.877, 0.047, 0.076] as [number, number, number],
  namePenalty: 0.222,
  /** The logistic regression's bias and coefficients (content, names, specifics, names_disjoint). */
  raw: [-2.1507, 9.5843, 0.5165, 0.8252, -2.4276],
};
