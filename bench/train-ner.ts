/**
 * Rebuilds the name tagger's weights (data/ner-weights.bin, a hash table read with one read) from
 * CoNLL-2003 English `eng.train`: `node dist/bench/run.js train-ner` (about a minute on one
 * idle core), then commit the weights file with the code that reads them.
 *
 * Training: an averaged structured perceptron (Collins 2002) over the features of
 * src/annotate/ner/features.ts, with the decoder the product uses (Viterbi over each stretch of
 * scored tokens, src/annotate/ner/tagger.ts): each stretch is decoded with the current weights,
 * and where the best sequence differs from the gold one the gold sequence's features are added
 * and the predicted one's subtracted. The documents come in a seeded shuffled order each epoch.
 * Each token's gold label comes from the gold entity spans over the product's own tokens of the
 * detokenised text (bench/ner-data.ts), so training sees exactly what `annotate` sees. After
 * each epoch the averaged weights are scored on the tuning half of `eng.testa` (even documents;
 * the held-out odd half is never looked at here) — that is how the number of epochs below was
 * chosen.
 *
 * Shipping: the averaged weights are quantised to one signed byte per label with one global
 * scale (clipped at a high percentile so a few large bias weights do not flatten the rest);
 * buckets whose nine bytes are all zero are dropped; the rest go into the open-addressing hash
 * table tagger.ts reads (layout in its shippedWeights()).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { BITS, historyFeatures, LABELS, NLABELS, prepareDoc, type NerDoc } from '../src/annotate/ner/features.js';
import { allowed, nameSpan, namesOf, slotOf, tagLabels } from '../src/annotate/ner/tagger.js';
import { COMMON_WORDS } from '../src/annotate/lexicon/common.js';
import { ruleNames, ruleTokenLabels } from '../src/annotate/mentions.js';
import { splitSentences } from '../src/annotate/sentences.js';
import { tokenize } from '../src/annotate/tokens.js';
import { SKIP_NO_SHARED, sharedDir } from '../test/helpers/shared.js';
import { rng } from './data.js';
import { readConll, type ConllDoc } from './ner-data.js';

/** Chosen on the tuning half of eng.testa (see the per-epoch figures this script prints). */
const EPOCHS = Number(process.env.NER_EPOCHS ?? 8);
/** Quantisation: the scale is this percentile of |weight| over nonzero weights, mapped to 127. */
const CLIP_PERCENTILE = Number(process.env.NER_CLIP ?? 0.9999);

interface Prepared {
  doc: NerDoc;
  gold: Uint8Array;
  entities: ConllDoc['entities'];
}

/** Headline words a Title Case headline writes in lower case. */
const MINOR = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'and', 'or', 'as', 'with', 'from', 'vs']);

/**
 * The document with its ALL-CAPS lines in Title Case ("NEW YORK" → "New York", "TAKE OVER AT
 * TOP" → "Take Over at Top"), same length, so the gold spans stay. CoNLL's Reuters headlines
 * are all capitals while web news writes Title Case headlines: training on both forms teaches
 * the tagger that a headline's capitals are positional either way. Dotted and short acronyms
 * ("U.S.", "UK") keep their capitals.
 */
function titleCaseHeadlines(c: ConllDoc): ConllDoc {
  const text = c.text
    .split('\n')
    .map((line) => {
      if (/[a-z]/.test(line) || (line.match(/[A-Z]{2,}/g) ?? []).length < 3) return line;
      let first = true;
      return line.replace(/[A-Z][A-Z'.&-]*/g, (w) => {
        const lower = w.toLowerCase();
        const isFirst = first;
        first = false;
        if (w.includes('.') || (w.length <= 3 && !COMMON_WORDS.has(lower) && !MINOR.has(lower))) return w;
        if (!isFirst && MINOR.has(lower)) return lower;
        return lower.replace(/(^|[-'])([a-z])/g, (_, p: string, ch: string) => p + ch.toUpperCase());
      });
    })
    .join('\n');
  return { ...c, text };
}

function prepare(c: ConllDoc): Prepared {
  const tok = tokenize(c.text);
  const sentences = splitSentences(c.text);
  const rules = ruleNames(c.text, tok, sentences);
  const d = prepareDoc(c.text, tok, sentences, rules.unreliable);
  d.rule = ruleTokenLabels(tok.count, rules.cands);
  const gold = new Uint8Array(d.count);
  let t = 0;
  for (const e of c.entities) {
    const bLabel = LABELS.indexOf(`B-${e.type}` as (typeof LABELS)[number]);
    while (t < d.count && d.ends[t] <= e.start) t++;
    let first = true;
    for (let k = t; k < d.count && d.starts[k] < e.end; k++) {
      if (!d.scored[k]) {
        first = true; // a name token the tagger never scores: what follows must start anew
        continue;
      }
      gold[k] = first ? bLabel : bLabel + 1;
      first = false;
    }
  }
  return { doc: d, gold, entities: c.entities };
}

/** PER+LOC+ORG exact span-and-type F1 of weights `w` on prepared documents. */
function evaluate(docs: Prepared[], w: Float32Array): { f1: number; all4: number } {
  let tp = 0, fp = 0, fn = 0, tp4 = 0, fp4 = 0, fn4 = 0;
  const TYPES = ['', 'PER', 'LOC', 'ORG', 'MISC'];
  for (const p of docs) {
    const names = namesOf(tagLabels(p.doc, w));
    const pred = new Set(names.map((n) => { const s = nameSpan(p.doc, n); return `${s.start}:${s.end}:${TYPES[n.type]}`; }));
    const gold = new Set(p.entities.map((e) => `${e.start}:${e.end}:${e.type}`));
    for (const k of pred) {
      const misc = k.endsWith('MISC');
      if (gold.has(k)) { tp4++; if (!misc) tp++; } else { fp4++; if (!misc) fp++; }
    }
    for (const k of gold) if (!pred.has(k)) { fn4++; if (!k.endsWith('MISC')) fn++; }
  }
  const f = (a: number, b: number, c: number): number => (2 * a) / Math.max(1, 2 * a + b + c);
  return { f1: Math.round(f(tp, fp, fn) * 10000) / 10000, all4: Math.round(f(tp4, fp4, fn4) * 10000) / 10000 };
}

export async function run(): Promise<Record<string, unknown> | null> {
  const dir = sharedDir();
  if (!dir) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const t0 = Date.now();
  // Every other training document with its headlines in Title Case (see titleCaseHeadlines).
  const train = readConll(dir, 'eng.train').map((c, i) => prepare(i % 2 ? titleCaseHeadlines(c) : c));
  const tune = readConll(dir, 'eng.testa').filter((_, i) => i % 2 === 0).map(prepare);
  const size = (1 << BITS) * NLABELS;
  const w = new Float32Array(size);
  const acc = new Float64Array(size); // Σ c·update, for averaging: avg = w − acc / c
  let c = 1;
  const averaged = (): Float32Array => {
    const a = new Float32Array(size);
    for (let k = 0; k < size; k++) a[k] = w[k] - acc[k] / c;
    return a;
  };
  const random = rng(2003);
  const order = train.map((_, i) => i);
  const epochs: Array<Record<string, number>> = [];
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let tokens = 0;
    for (const idx of order) {
      const p = train[idx];
      tagLabels(p.doc, w, (first, last, pred, feats, seen, p2in) => {
        // The gold path through the stretch; a continuation the constraints forbid (a name
        // running across a comma) is taught as the start of a new name instead.
        const n = last - first + 1;
        const gold = new Uint8Array(n);
        let wrong = 0;
        for (let k = 0; k < n; k++) {
          let g = p.gold[first + k];
          if (!allowed(p.doc, first + k, k ? gold[k - 1] : 0, g)) g -= 1;
          gold[k] = g;
          if (g !== pred[first + k]) wrong++;
        }
        tokens += n;
        if (wrong) {
          errors += wrong;
          // Structured perceptron update: + the gold path's features, − the predicted path's
          // (the same static features cancel where the labels agree).
          const hist: number[] = [];
          for (let k = 0; k < n; k++) {
            const i = first + k;
            const gp1 = k ? gold[k - 1] : 0;
            const gp2 = k > 1 ? gold[k - 2] : k === 1 ? 0 : p2in;
            const pp1 = k ? pred[i - 1] : 0;
            const pp2 = k > 1 ? pred[i - 2] : k === 1 ? 0 : p2in;
            const g = gold[k];
            const q = pred[i];
            if (g === q && gp1 === pp1 && gp2 === pp2) continue;
            const upd = (hs: number[], label: number, by: number): void => {
              for (const h of hs) {
                const b = h * NLABELS;
                w[b + label] += by;
                acc[b + label] += by * c;
              }
            };
            hist.length = 0;
            historyFeatures(p.doc, i, gp1, gp2, seen[k], hist);
            upd(feats[k], g, 1);
            upd(hist, g, 1);
            hist.length = 0;
            historyFeatures(p.doc, i, pp1, pp2, seen[k], hist);
            upd(feats[k], q, -1);
            upd(hist, q, -1);
          }
        }
        c += n;
      });
    }
    const ev = evaluate(tune, averaged());
    epochs.push({ epoch, trainTokenErrors: errors, scoredTokens: tokens, tuneF1: ev.f1, tuneF1AllFour: ev.all4 });
    process.stdout.write(`epoch ${epoch}: ${errors} token errors of ${tokens}; tune half PER+LOC+ORG F1 ${ev.f1} (four types ${ev.all4}) [${Math.round((Date.now() - t0) / 1000)} s]\n`);
  }
  const avg = averaged();

  // Quantise.
  const mags: number[] = [];
  for (let k = 0; k < size; k++) if (avg[k] !== 0) mags.push(Math.abs(avg[k]));
  mags.sort((a, b) => a - b);
  const clip = mags[Math.min(mags.length - 1, Math.floor(mags.length * CLIP_PERCENTILE))];
  const scale = clip / 127;
  const q = new Float32Array(size);
  const bytes: number[] = [];
  let rows = 0;
  let last = 0;
  for (let b = 0; b < 1 << BITS; b++) {
    const vals: number[] = [];
    let any = false;
    for (let l = 0; l < NLABELS; l++) {
      const v = Math.max(-127, Math.min(127, Math.round(avg[b * NLABELS + l] / scale)));
      vals.push(v);
      q[b * NLABELS + l] = v * scale;
      if (v !== 0) any = true;
    }
    if (!any) continue;
    let delta = b - last;
    last = b;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta = Math.floor(delta / 0x80);
    }
    bytes.push(delta);
    for (const v of vals) bytes.push(v & 0xff);
    rows++;
  }
  const evFloat = evaluate(tune, avg);
  const evQuant = evaluate(tune, q);
  // The sparse hash table tagger.ts reads with one read (layout in its shippedWeights()): the
  // non-zero rows, at most half the slots full. `bytes` (the delta-coded rows) stays the measure
  // of the model's information size.
  let log2 = 1;
  while (2 ** log2 < 2 * rows) log2++;
  const slots = 2 ** log2;
  const keys = new Int32Array(slots).fill(-1);
  const vals = new Int8Array(slots * NLABELS);
  for (let b = 0; b < 1 << BITS; b++) {
    const row = Array.from({ length: NLABELS }, (_, l) => Math.round(q[b * NLABELS + l] / scale));
    if (row.every((v) => v === 0)) continue;
    let s = slotOf(b, 32 - log2);
    while (keys[s] !== -1) s = (s + 1) & (slots - 1);
    keys[s] = b;
    vals.set(row, s * NLABELS);
  }
  const head = Buffer.alloc(32);
  head.write('PXNER2\n\0', 'latin1');
  head.writeUInt32LE(BITS, 8);
  head.writeUInt32LE(NLABELS, 12);
  head.writeDoubleLE(scale, 16);
  head.writeUInt32LE(rows, 24);
  head.writeUInt32LE(log2, 28);
  const file = path.resolve('data/ner-weights.bin');
  writeFileSync(file, Buffer.concat([head, Buffer.from(keys.buffer), Buffer.from(vals.buffer)]));
  process.stdout.write(
    `wrote ${file}: ${rows} rows (${bytes.length} bytes delta-coded); tune half PER+LOC+ORG F1 ${evFloat.f1} (float) → ${evQuant.f1} (quantised); ${Math.round((Date.now() - t0) / 1000)} s\n`,
  );
  return { epochs, rows, bytes: bytes.length, tuneF1Float: evFloat.f1, tuneF1Quantised: evQuant.f1, clipPercentile: CLIP_PERCENTILE };
}
