/**
 * Incremental story clustering. Articles arrive one at a time; each one
 *  1. is checked for being a wire copy of an earlier article (MinHash LSH, minhash.ts): a copy
 *     joins its original's story and is marked `duplicateOf`, so a dossier can count it once;
 *  2. otherwise retrieves a bounded set of candidate stories through an inverted index over its
 *     highest-weighted features (never all stories), scores them against each story's centroid,
 *     joins the best one above `join`, or starts a new story;
 *  3. merges stories when it bridges them: if it scores at least `merge` against several
 *     candidates, they become one story and the oldest id survives.
 * Similarity is a weighted mix of three cosines (content stems, names, specifics such as numbers
 * and dates), so two events of the same kind, which share their topical words, are told apart by
 * who, where and how many; stories far apart in time are penalised. Idf is incremental (from the
 * articles seen so far); an article enters its story's vector with the idf of the moment it
 * arrived. Deterministic: ties go to the older story / lower term id.
 */
import { CHANNELS, channelOf, prepareDoc, type PreparedDoc } from './features.js';
import { DuplicateIndex, SIG, signature } from './minhash.js';

export interface ClusterDoc {
  id: string;
  text: string;
  title?: string | null;
  published?: string | null;
  url?: string | null;
  outlet?: string | null;
}

export interface Assignment {
  /** Story id the article now belongs to. */
  story: string;
  /** Story ids that this article bridged and that were merged into `story`. */
  merged: string[];
  /** An earlier article this one is a (near-)verbatim copy of (wire copy), else null. */
  duplicateOf: string | null;
}

export interface ClusterParams {
  /** Minimum similarity to the best candidate story for an article to join it. */
  join: number;
  /** Minimum similarity of an article to each of several stories for it to merge them (≥ join). */
  merge: number;
  /** Weights of the content, names and specifics cosines in the similarity. */
  weights: [number, number, number];
  /** How many candidate stories (from the inverted index) are fully scored per article. */
  candidates: number;
  /** How many of an article's highest-weighted features are looked up in the inverted index. */
  queryTerms: number;
  /** Most recent stories kept per feature in the inverted index (bounds time per article). */
  postingCap: number;
  /** Features kept per story centroid (highest weight first; bounds memory and time). */
  centroidTerms: number;
  /** Articles further than this many days from a story's dated articles are penalised. */
  timeWindowDays: number;
  /** Beyond the window, similarity decays as exp(-(gap - window) / timeDecayDays). */
  timeDecayDays: number;
  /** Similarity subtracted when both the article and the story mention years and share none. */
  yearPenalty: number;
  /** Feature presence (true) or sublinear frequency 1 + ln tf (false). */
  binaryTf: boolean;
  /** Similarity of an article to a story: mean cosine to its members, or cosine to their sum. */
  link: 'average' | 'centroid';
  /** MinHash estimate of shingle Jaccard similarity at or above which an article is a wire copy. */
  duplicate: number;
}

/** Defaults chosen by cross-validation over ECB+ topics (bench/ecbplus.ts; docs/clustering.md). */
export const DEFAULT_PARAMS: ClusterParams = {
  join: 0.3,
  merge: 0.4,
  weights: [0.4, 0.3, 0.3],
  candidates: 12,
  queryTerms: 16,
  postingCap: 64,
  centroidTerms: 250,
  timeWindowDays: 30,
  timeDecayDays: 60,
  yearPenalty: 0.1,
  duplicate: 0.6,
  link: 'centroid',
  binaryTf: false,
};

interface Story {
  /** Arrival index of the story's first article; the story id is that article's id. */
  first: number;
  count: number;
  /** Members with features in each channel (average link divides by these). */
  chCount: Int32Array;
  terms: Int32Array;
  vals: Float32Array;
  minDay: number;
  maxDay: number;
}

const NO_DAY = Number.NaN;

/** A growable Int32 array (document frequency, term channels) without per-element objects. */
class IntVec {
  data: Int32Array;
  length = 0;
  constructor(cap = 1024) {
    this.data = new Int32Array(cap);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const g = new Int32Array(this.data.length * 2);
      g.set(this.data);
      this.data = g;
    }
    this.data[this.length++] = v;
  }
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
  static from(a: Int32Array): IntVec {
    const v = new IntVec(Math.max(1024, a.length * 2));
    v.data.set(a);
    v.length = a.length;
    return v;
  }
}

export class StoryClusterer {
  readonly params: ClusterParams;
  // Vocabulary: feature key → id; document frequency and channel per id.
  private vocab = new Map<string, number>();
  private keys: string[] = [];
  private df = new IntVec();
  private chan = new IntVec();
  private year = new IntVec(); // 1 for year features ("y:2008")
  // Documents in arrival order.
  private docIds: string[] = [];
  private docIndex = new Map<string, number>();
  private docStory = new IntVec();
  private docDup = new IntVec();
  // Stories: index = creation order; parent[] is a union-find for merged stories.
  private storyList: Story[] = [];
  private parent: number[] = [];
  // Inverted index: feature id → recent story indices (may hold merged ones; resolved on read).
  private postings = new Map<number, number[]>();
  private dups = new DuplicateIndex();
  private scratch = new Float64Array(1024);
  private intern(key: string): number {
    let id = this.vocab.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.vocab.set(key, id);
      this.keys.push(key);
      this.df.push(0);
      this.chan.push(channelOf(key));
      this.year.push(isYearKey(key) ? 1 : 0);
    }
    return id;
  }

  constructor(params: Partial<ClusterParams> = {}) {
    this.params = { ...DEFAULT_PARAMS, ...params };
    if (this.params.merge < this.params.join) this.params.merge = this.params.join;
  }

  /** Number of articles added so far. */
  get size(): number {
    return this.docIds.length;
  }

  add(doc: ClusterDoc): Assignment {
    const known = this.docIndex.get(doc.id);
    if (known !== undefined) return this.assignmentOf(known);
    return this.addPrepared(prepareDoc(doc));
  }

  /** Add an article whose features were computed beforehand (benchmarks reuse them across runs). */
  addPrepared(doc: PreparedDoc): Assignment {
    const known = this.docIndex.get(doc.id);
    if (known !== undefined) return this.assignmentOf(known);
    const n = this.docIds.length;
    this.docIds.push(doc.id);
    this.docIndex.set(doc.id, n);

    // Intern features and update document frequencies (this article counts itself).
    const ids = new Int32Array(doc.terms.size);
    const raw = new Float64Array(doc.terms.size);
    let k = 0;
    for (const [key, tf] of doc.terms) {
      const id = this.intern(key);
      this.df.data[id]++;
      ids[k] = id;
      // Sublinear tf: the tenth "earthquake" says little more than the third. (Presence only,
      // binaryTf, does better in batch average link on ECB+ but worse in this incremental
      // setting: see docs/clustering.md.)
      raw[k] = this.params.binaryTf ? 1 : 1 + Math.log(tf);
      k++;
    }
    // Sort by term id so that everything downstream is independent of Map insertion order
    // (packed as id·2^16 + position so that a native numeric sort does it).
    const packed = new Float64Array(k);
    for (let i = 0; i < k; i++) packed[i] = ids[i] * 65536 + i;
    packed.sort();
    const tIds = new Int32Array(k);
    const tRaw = new Float64Array(k);
    for (let i = 0; i < k; i++) {
      const pos = packed[i] % 65536;
      tIds[i] = ids[pos];
      tRaw[i] = raw[pos];
    }

    // 1. Wire copy?
    const sig = signature(doc.shingles);
    let dup = this.dups.add(sig, this.params.duplicate);
    if (dup >= 0) {
      // A copy of a copy names the first original, so a copy group has one root.
      while (this.docDup.data[dup] >= 0) dup = this.docDup.data[dup];
      const s = this.find(this.docStory.data[dup]);
      this.docStory.push(s);
      this.docDup.push(dup);
      this.absorb(s, tIds, tRaw, doc.day);
      return { story: this.storyId(s), merged: [], duplicateOf: this.docIds[dup] };
    }
    this.docDup.push(-1);

    // 2. Weigh the article with the current idf and score candidate stories.
    const w = new Float64Array(tIds.length);
    const dn = new Float64Array(CHANNELS);
    for (let i = 0; i < tIds.length; i++) {
      w[i] = tRaw[i] * this.idf(tIds[i]);
      dn[this.chan.data[tIds[i]]] += w[i] * w[i];
    }
    // Look up the highest-weighted features that earlier articles had (a feature seen for the
    // first time has no postings yet); post this article under its highest-weighted features,
    // new ones included, so that later reports of the same event find it.
    const seenW = Float64Array.from(w, (x, i) => (this.postings.has(tIds[i]) ? x : 0));
    const query = this.topTerms(tIds, seenW, this.params.queryTerms).filter((t) => this.postings.has(t));
    const postings = this.topTerms(tIds, w, this.params.queryTerms);
    const cands = this.candidates(query, tIds, w);
    const scored = this.score(cands, tIds, w, dn, doc.day);

    let target: number;
    if (scored.length > 0 && scored[0].sim >= this.params.join) {
      target = scored[0].story;
    } else {
      target = this.storyList.length;
      this.storyList.push({ first: n, count: 0, chCount: new Int32Array(CHANNELS), terms: new Int32Array(0), vals: new Float32Array(0), minDay: NO_DAY, maxDay: NO_DAY });
      this.parent.push(target);
    }
    this.docStory.push(target);
    this.absorb(target, tIds, tRaw, doc.day);

    // 3. Bridging: an article that matches other candidate stories as well as (at least
    // `merge`, above `join`) the one it joined shows they report one event: they merge, and the
    // oldest id survives. Only strong matches count, so that an article that merely resembles a
    // second event of the same kind does not glue the two together.
    const bridged = [target];
    if (scored.length > 0 && scored[0].story === target) {
      for (const c of scored.slice(1)) if (c.sim >= this.params.merge && scored[0].sim >= this.params.merge) bridged.push(c.story);
    }
    const merged: string[] = [];
    if (bridged.length > 1) {
      bridged.sort((a, b) => a - b);
      const survivor = bridged[0];
      for (const s of bridged.slice(1)) {
        merged.push(this.storyId(s));
        this.mergeInto(survivor, s);
      }
      target = survivor;
    }
    for (const t of new Set([...query, ...postings])) this.post(t, target);
    return { story: this.storyId(target), merged, duplicateOf: null };
  }

  storyOf(articleId: string): string | undefined {
    const d = this.docIndex.get(articleId);
    return d === undefined ? undefined : this.storyId(this.find(this.docStory.data[d]));
  }

  /** Stories in order of creation; articles in order of arrival. */
  stories(): Array<{ id: string; articles: string[] }> {
    const members = new Map<number, string[]>();
    for (let d = 0; d < this.docIds.length; d++) {
      const s = this.find(this.docStory.data[d]);
      let m = members.get(s);
      if (!m) members.set(s, (m = []));
      m.push(this.docIds[d]);
    }
    return [...members.keys()].sort((a, b) => a - b).map((s) => ({ id: this.storyId(s), articles: members.get(s)! }));
  }

  /** The earlier article `articleId` copies, or null. */
  duplicateOf(articleId: string): string | null {
    const d = this.docIndex.get(articleId);
    if (d === undefined) return null;
    const o = this.docDup.data[d];
    return o >= 0 ? this.docIds[o] : null;
  }

  // ---------------------------------------------------------------- internals

  private assignmentOf(d: number): Assignment {
    const o = this.docDup.data[d];
    return { story: this.storyId(this.find(this.docStory.data[d])), merged: [], duplicateOf: o >= 0 ? this.docIds[o] : null };
  }

  private storyId(s: number): string {
    return this.docIds[this.storyList[s].first];
  }

  private find(s: number): number {
    let r = s;
    while (this.parent[r] !== r) r = this.parent[r];
    while (this.parent[s] !== r) {
      const next = this.parent[s];
      this.parent[s] = r;
      s = next;
    }
    return r;
  }

  /** Smoothed incremental idf; a feature only this article has gets the highest weight. */
  private idf(t: number): number {
    return Math.log((this.docIds.length + 1) / (this.df.data[t] + 1)) + 1;
  }

  private topTerms(ids: Int32Array, w: Float64Array, k: number): number[] {
    return topIndices(w, k).map((i) => ids[i]);
  }

  /** Candidate stories: those posted under the article's top features, best-overlapping first. */
  private candidates(query: number[], ids: Int32Array, w: Float64Array): number[] {
    const weightOf = new Map<number, number>();
    for (let i = 0; i < ids.length; i++) weightOf.set(ids[i], w[i]);
    const acc = new Map<number, number>();
    for (const t of query) {
      const list = this.postings.get(t);
      if (!list) continue;
      const seen = new Set<number>();
      for (let i = list.length - 1; i >= 0; i--) {
        const s = this.find(list[i]);
        if (seen.has(s)) continue;
        seen.add(s);
        acc.set(s, (acc.get(s) ?? 0) + weightOf.get(t)!);
      }
    }
    return [...acc.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, this.params.candidates)
      .map((e) => e[0]);
  }

  private ensureScratch(): void {
    if (this.scratch.length < this.keys.length) {
      let len = this.scratch.length;
      while (len < this.keys.length) len *= 2;
      this.scratch = new Float64Array(len);
    }
  }

  /** Full similarity of the article to each candidate, best first (ties: older story). */
  private score(cands: number[], ids: Int32Array, w: Float64Array, dn: Float64Array, day: number | null): Array<{ story: number; sim: number }> {
    if (cands.length === 0) return [];
    this.ensureScratch();
    const sc = this.scratch;
    let docYears = 0;
    for (let i = 0; i < ids.length; i++) {
      sc[ids[i]] = w[i];
      if (this.year.data[ids[i]]) docYears++;
    }
    const isYear = this.year.data;
    const chan = this.chan.data;
    const wts = this.params.weights;
    const average = this.params.link === 'average';
    const out: Array<{ story: number; sim: number }> = [];
    const dot = new Float64Array(CHANNELS);
    const cn = new Float64Array(CHANNELS);
    for (const s of cands) {
      const st = this.storyList[s];
      dot.fill(0);
      cn.fill(0);
      let storyYears = 0;
      let sharedYears = 0;
      for (let i = 0; i < st.terms.length; i++) {
        const t = st.terms[i];
        if (isYear[t]) {
          storyYears++;
          if (sc[t] > 0) sharedYears++;
        }
        const wc = st.vals[i];
        const c = chan[t];
        cn[c] += wc * wc;
        dot[c] += wc * sc[t];
      }
      // Mix the channels the article has; a channel the story lacks counts as no agreement.
      let num = 0;
      let den = 0;
      for (let c = 0; c < CHANNELS; c++) {
        if (dn[c] === 0) continue;
        den += wts[c];
        if (cn[c] === 0) continue;
        // Average link: mean cosine to the members; centroid link: cosine to their sum.
        num += (wts[c] * dot[c]) / (Math.sqrt(dn[c]) * (average ? st.chCount[c] : Math.sqrt(cn[c])));
      }
      let sim = den > 0 ? num / den : 0;
      // Years named in the text: an article about "2011" and a story about "2008" with no year
      // in common are most likely two events of the same kind (last season's injury, this one's).
      if (docYears > 0 && storyYears > 0 && sharedYears === 0) sim -= this.params.yearPenalty;
      if (day !== null && !Number.isNaN(st.minDay)) {
        const gap = Math.max(0, day - st.maxDay, st.minDay - day);
        // Two events of one kind are often months or years apart; reports of one event cluster
        // within days (follow-ups trail off over weeks), so a long gap is evidence against.
        if (gap > this.params.timeWindowDays) sim *= Math.exp(-(gap - this.params.timeWindowDays) / this.params.timeDecayDays);
      }
      out.push({ story: s, sim });
    }
    for (let i = 0; i < ids.length; i++) sc[ids[i]] = 0;
    out.sort((a, b) => b.sim - a.sim || a.story - b.story);
    return out;
  }

  /**
   * Add an article to a story: its tf-idf weights (idf as of now), normalised per channel, are
   * summed into the story's vector, so that dot / count is the average cosine to the members.
   */
  private absorb(s: number, ids: Int32Array, raw: Float64Array, day: number | null): void {
    const chan = this.chan.data;
    const w = new Float64Array(raw.length);
    const norm = new Float64Array(CHANNELS);
    for (let i = 0; i < raw.length; i++) {
      w[i] = raw[i] * this.idf(ids[i]);
      norm[chan[ids[i]]] += w[i] * w[i];
    }
    const st = this.storyList[s];
    for (let c = 0; c < CHANNELS; c++) {
      if (norm[c] > 0) st.chCount[c]++;
      norm[c] = Math.sqrt(norm[c]) || 1;
    }
    const vals = new Float32Array(raw.length);
    for (let i = 0; i < raw.length; i++) vals[i] = w[i] / norm[chan[ids[i]]];
    this.setCentroid(st, ...sumSorted(st.terms, st.vals, ids, vals));
    st.count++;
    if (day !== null) {
      st.minDay = Number.isNaN(st.minDay) ? day : Math.min(st.minDay, day);
      st.maxDay = Number.isNaN(st.maxDay) ? day : Math.max(st.maxDay, day);
    }
  }

  /** Keep the centroid's `centroidTerms` highest idf-weighted features (sorted by id). */
  private setCentroid(st: Story, terms: Int32Array, vals: Float32Array): void {
    const cap = this.params.centroidTerms;
    if (terms.length > cap) {
      const keep = topIndices(vals, cap).sort((a, b) => a - b);
      terms = Int32Array.from(keep, (i) => terms[i]);
      vals = Float32Array.from(keep, (i) => vals[i]);
    }
    st.terms = terms;
    st.vals = vals;
  }

  private mergeInto(target: number, s: number): void {
    const a = this.storyList[target];
    const b = this.storyList[s];
    this.setCentroid(a, ...sumSorted(a.terms, a.vals, b.terms, b.vals));
    a.count += b.count;
    for (let c = 0; c < CHANNELS; c++) a.chCount[c] += b.chCount[c];
    if (!Number.isNaN(b.minDay)) {
      a.minDay = Number.isNaN(a.minDay) ? b.minDay : Math.min(a.minDay, b.minDay);
      a.maxDay = Number.isNaN(a.maxDay) ? b.maxDay : Math.max(a.maxDay, b.maxDay);
    }
    b.terms = new Int32Array(0);
    b.vals = new Float32Array(0);
    this.parent[s] = target;
  }

  private post(t: number, s: number): void {
    let list = this.postings.get(t);
    if (!list) this.postings.set(t, (list = []));
    if (list.length && list[list.length - 1] === s) return;
    list.push(s);
    // Trim in batches (amortised O(1)): keep the most recent stories only.
    if (list.length > 2 * this.params.postingCap) this.postings.set(t, list.slice(list.length - this.params.postingCap));
  }

  // ---------------------------------------------------------------- persistence

  /**
   * The whole state as one Buffer: a JSON header (strings: feature keys, article ids) followed
   * by typed arrays (document frequencies, assignments, centroids, postings, signatures).
   * Story membership is derived from the assignments, band maps from the signatures.
   */
  snapshot(): Buffer {
    const ns = this.storyList.length;
    const cOff = new Int32Array(ns + 1);
    for (let s = 0; s < ns; s++) cOff[s + 1] = cOff[s] + this.storyList[s].terms.length;
    const cTerms = new Int32Array(cOff[ns]);
    const cVals = new Float32Array(cOff[ns]);
    const sFirst = new Int32Array(ns);
    const sCount = new Int32Array(ns);
    const sChCount = new Int32Array(ns * CHANNELS);
    const sDays = new Float64Array(2 * ns);
    for (let s = 0; s < ns; s++) {
      const st = this.storyList[s];
      cTerms.set(st.terms, cOff[s]);
      cVals.set(st.vals, cOff[s]);
      sFirst[s] = st.first;
      sCount[s] = st.count;
      sChCount.set(st.chCount, s * CHANNELS);
      sDays[2 * s] = st.minDay;
      sDays[2 * s + 1] = st.maxDay;
    }
    const pTerms = [...this.postings.keys()].sort((a, b) => a - b);
    const pOff = new Int32Array(pTerms.length + 1);
    pTerms.forEach((t, i) => (pOff[i + 1] = pOff[i] + this.postings.get(t)!.length));
    const pData = new Int32Array(pOff[pTerms.length]);
    pTerms.forEach((t, i) => pData.set(this.postings.get(t)!, pOff[i]));
    const arrays: Record<string, Int32Array | Float32Array | Float64Array | Uint32Array> = {
      df: this.df.view(),
      docStory: this.docStory.view(),
      docDup: this.docDup.view(),
      parent: Int32Array.from(this.parent),
      sFirst,
      sCount,
      sChCount,
      sDays,
      cOff,
      cTerms,
      cVals,
      pTerms: Int32Array.from(pTerms),
      pOff,
      pData,
      sigs: this.dups.exportSignatures(),
    };
    return packSnapshot({ keys: this.keys, docIds: this.docIds }, arrays);
  }

  static restore(snapshot: Buffer, params: Partial<ClusterParams> = {}): StoryClusterer {
    const { header, arrays } = unpackSnapshot(snapshot);
    const c = new StoryClusterer(params);
    const keys = header.keys as string[];
    const docIds = header.docIds as string[];
    c.keys = keys;
    keys.forEach((k, i) => c.vocab.set(k, i));
    c.df = IntVec.from(arrays.df as Int32Array);
    c.chan = IntVec.from(Int32Array.from(keys, channelOf));
    c.year = IntVec.from(Int32Array.from(keys, (k) => (isYearKey(k) ? 1 : 0)));
    c.docIds = docIds;
    docIds.forEach((d, i) => c.docIndex.set(d, i));
    c.docStory = IntVec.from(arrays.docStory as Int32Array);
    c.docDup = IntVec.from(arrays.docDup as Int32Array);
    c.parent = Array.from(arrays.parent as Int32Array);
    const cOff = arrays.cOff as Int32Array;
    const cTerms = arrays.cTerms as Int32Array;
    const cVals = arrays.cVals as Float32Array;
    const sFirst = arrays.sFirst as Int32Array;
    const sCount = arrays.sCount as Int32Array;
    const sDays = arrays.sDays as Float64Array;
    for (let s = 0; s < sFirst.length; s++) {
      c.storyList.push({
        first: sFirst[s],
        count: sCount[s],
        chCount: (arrays.sChCount as Int32Array).slice(s * CHANNELS, (s + 1) * CHANNELS),
        terms: cTerms.slice(cOff[s], cOff[s + 1]),
        vals: cVals.slice(cOff[s], cOff[s + 1]),
        minDay: sDays[2 * s],
        maxDay: sDays[2 * s + 1],
      });
    }
    const pTerms = arrays.pTerms as Int32Array;
    const pOff = arrays.pOff as Int32Array;
    const pData = arrays.pData as Int32Array;
    for (let i = 0; i < pTerms.length; i++) c.postings.set(pTerms[i], Array.from(pData.subarray(pOff[i], pOff[i + 1])));
    c.dups = DuplicateIndex.fromSignatures((arrays.sigs as Uint32Array).slice());
    return c;
  }
}

function isYearKey(key: string): boolean {
  return key.startsWith('y:');
}

/**
 * Positions of the k largest values (ties: lower position first, i.e. lower feature id), found
 * with a native sort of a copy instead of a comparator sort of all positions.
 */
function topIndices(v: Float64Array | Float32Array, k: number): number[] {
  if (v.length <= k) {
    return Array.from(v.keys()).sort((a, b) => v[b] - v[a] || a - b);
  }
  const sorted = Float64Array.from(v).sort();
  const cut = sorted[v.length - k];
  const above: number[] = [];
  const at: number[] = [];
  for (let i = 0; i < v.length; i++) {
    if (v[i] > cut) above.push(i);
    else if (v[i] === cut) at.push(i);
  }
  const out = above.concat(at.slice(0, k - above.length));
  return out.sort((a, b) => v[b] - v[a] || a - b);
}

/** Sum of two sparse vectors given as id-sorted (ids, values) pairs. */
function sumSorted(at: Int32Array, av: Float32Array, bt: Int32Array, bv: Float32Array): [Int32Array, Float32Array] {
  const t = new Int32Array(at.length + bt.length);
  const v = new Float32Array(at.length + bt.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < at.length || j < bt.length) {
    if (j >= bt.length || (i < at.length && at[i] < bt[j])) {
      t[k] = at[i];
      v[k++] = av[i++];
    } else if (i >= at.length || bt[j] < at[i]) {
      t[k] = bt[j];
      v[k++] = bv[j++];
    } else {
      t[k] = at[i];
      v[k++] = av[i++] + bv[j++];
    }
  }
  return [t.slice(0, k), v.slice(0, k)];
}

// ---------------------------------------------------------------- snapshot encoding

const MAGIC = 'PLXCLU1\n';
type Typed = Int32Array | Float32Array | Float64Array | Uint32Array;
const CTORS = { Int32Array, Float32Array, Float64Array, Uint32Array } as const;

function packSnapshot(strings: Record<string, string[]>, arrays: Record<string, Typed>): Buffer {
  const layout: Array<[string, keyof typeof CTORS, number, number]> = [];
  let off = 0;
  for (const [name, a] of Object.entries(arrays)) {
    off = Math.ceil(off / 8) * 8; // aligned so that typed views need no copy on restore
    layout.push([name, a.constructor.name as keyof typeof CTORS, off, a.length]);
    off += a.byteLength;
  }
  const header = Buffer.from(JSON.stringify({ ...strings, layout, sig: SIG }), 'utf8');
  const pre = MAGIC.length + 4 + header.length;
  const base = Math.ceil(pre / 8) * 8;
  const buf = Buffer.alloc(base + off);
  buf.write(MAGIC, 0, 'latin1');
  buf.writeUInt32LE(header.length, MAGIC.length);
  header.copy(buf, MAGIC.length + 4);
  for (const [name, , o] of layout) {
    const a = arrays[name];
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(buf, base + o);
  }
  return buf;
}

function unpackSnapshot(buf: Buffer): { header: Record<string, unknown>; arrays: Record<string, Typed> } {
  if (buf.length < MAGIC.length + 4 || buf.toString('latin1', 0, MAGIC.length) !== MAGIC) {
    throw new Error('not a Parallax story-clustering snapshot');
  }
  const hlen = buf.readUInt32LE(MAGIC.length);
  const header = JSON.parse(buf.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + hlen)) as Record<string, unknown>;
  if (header.sig !== SIG) throw new Error('snapshot was written with another MinHash layout');
  const base = Math.ceil((MAGIC.length + 4 + hlen) / 8) * 8;
  // Copy into a fresh aligned ArrayBuffer once (a Buffer from a pool may sit at any offset).
  const body = new Uint8Array(buf.length - base);
  body.set(buf.subarray(base));
  const arrays: Record<string, Typed> = {};
  for (const [name, type, o, len] of header.layout as Array<[string, keyof typeof CTORS, number, number]>) {
    arrays[name] = new CTORS[type](body.buffer, o, len);
  }
  return { header, arrays };
}

/** Cluster a whole collection in the given order (the `cluster` command; same algorithm as ingest). */
export function clusterBatch(docs: ClusterDoc[], params?: Partial<ClusterParams>): { stories: Array<{ id: string; articles: string[] }> } {
  const c = new StoryClusterer(params);
  for (const d of docs) c.add(d);
  return { stories: c.stories() };
}

