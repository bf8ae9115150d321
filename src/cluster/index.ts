/**
 * Story clustering (corpus mode): the public face of src/cluster/. `StoryClusterer` groups
 * articles into stories incrementally (ingest uses it article by article and persists its
 * snapshot); `clusterBatch` runs the same algorithm over a whole collection.
 */
export { StoryClusterer, clusterBatch, DEFAULT_PARAMS, threadsOfSnapshot } from './clusterer.js';
export type { Assignment, ClusterDoc, ClusterParams } from './clusterer.js';
export { prepareDoc } from './features.js';
export { clusterDocOf } from './doc.js';
export type { PreparedDoc } from './features.js';
