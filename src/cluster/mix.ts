/**
 * The story clusterer's channel mix, fitted on pairs of the dev corpora (ECB+ dev, duc2003, duc2006,
 * allsides, uci-headlines): a logistic regression of "same story" over the content, names and
 * specifics cosines and the names- and specifics-disjoint flags, each corpus weighing the same;
 * channel weights scaled to sum to 1, the disjointness penalties on the same scale (bench/cluster-fit.ts).
 * Generated: rebuild with `node dist/bench/run.js cluster-fit` (needs ../shared). Do not edit.
 */
export const FITTED_MIX = {
  weights: [0.783, 0.134, 0.084] as [number, number, number],
  namePenalty: 0.214,
  specificsPenalty: 0.05,
  /** The logistic regression's bias and coefficients (content, names, specifics, names_disjoint, specifics_disjoint). */
  raw: [-1.8621, 8.8001, 1.5014, 0.9421, -2.4080, -0.5635],
};
