/**
 * The injected-contradiction benchmark (../shared/bench/conflicts, format in its README.md): 62
 * real multi-outlet stories, each untouched (`orig/`) and in up to three variants where ONE value
 * of ONE article was changed. Scores, per kind and per source:
 * - Rc: R counting only confident conflicts (the "possible" tier left out);
 * - R: the changed value is in a conflict of the gold kind ("number" also accepts "quantity"),
 *   with the target among the outliers when the gold expects an outlier;
 * - R2: the changed value is in a conflict of any kind (outlier not required);
 * - Rn: R without the outlier condition;
 * - O: of the found outlier-expected changes, the share where the target is named the outlier;
 * - alarms: conflicts raised on the untouched stories, per story (every one is an alarm; some are
 *   real disagreements and are judged by hand in docs/conflict-judgements.md).
 * The stories are split deterministically by a hash of "source/story" into a dev part (rules are
 * chosen by looking at its errors only) and a held-out part (figures only, never inspected).
 * Set CONFLICTS_KINDS=name,place to score the variants of some kinds only (alarms are always counted).
 * Set CONFLICTS_DUMP=FILE to write the dev part's misses and alarms, with their sentences, to FILE
 * (stories reserved for unseen readings, bench/reserved.ts isReservedInjected, left out).
 * The dev part is also reported in two halves (devA: hash % 3 = 1, devB: hash % 3 = 2), so a rule
 * chosen by reading one half's errors can be checked on the other before the held-out part is run.
 * Set CONFLICTS_PART=dev to run the dev part only (a quicker run while choosing rules).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { annotate } from '../src/annotate/index.js';
import { buildDossier } from '../src/compare/dossier.js';
import type { Conflict, Dossier } from '../src/core/dossier-schema.js';
import type { AnnotatedArticle, Article } from '../src/core/schema.js';
import { ingestAll } from '../src/ingest/index.js';
import { SKIP_NO_SHARED, sharedDir } from '../test/helpers/shared.js';
import { MISS_REASONS, missReason, type MissReason } from './conflicts-miss.js';
import { isReservedInjected } from './reserved.js';

interface Gold {
  source: string;
  story: string;
  variant: string;
  kind: string;
  target: { file: string };
  new: string;
  start: number;
  end: number;
  new_spans: Array<[number, number]>;
  claim_spans: Array<[number, number]>;
  outlier_expected: boolean;
  matches: Array<{ file: string; start: number; end: number; value?: string; sentence?: string }>;
}

/** FNV-1a of a string: a stable hash for the dev / held-out split. */
export function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** One story in three goes to the held-out part. */
export const isHeldOut = (source: string, story: string): boolean => fnv(`${source}/${story}`) % 3 === 0;

/**
 * Map [start, end) of the raw text into the cleaned text by the non-space characters around it:
 * cleaning may re-space the text or drop a headline line, never change the words.
 */
export function mapSpan(raw: string, clean: string, start: number, end: number): [number, number] | null {
  const strip = (t: string): { s: string; at: number[] } => {
    const at: number[] = [];
    let s = '';
    for (let i = 0; i < t.length; i++) {
      if (/\s/.test(t[i])) continue;
      s += t[i];
      at.push(i);
    }
    return { s, at };
  };
  const r = strip(raw);
  const c = strip(clean);
  // Index range of the span in the stripped raw text.
  let a = r.at.findIndex((i) => i >= start);
  if (a < 0) return null;
  let b = a;
  while (b < r.at.length && r.at[b] < end) b++;
  for (const ctx of [40, 20, 10, 0]) {
    const left = r.s.slice(Math.max(0, a - ctx), a);
    const right = r.s.slice(b, b + ctx);
    const needle = left + r.s.slice(a, b) + right;
    const hit = c.s.indexOf(needle);
    if (hit < 0) continue;
    if (c.s.indexOf(needle, hit + 1) >= 0 && ctx > 0) continue;
    const from = hit + left.length;
    const to = from + (b - a);
    if (to <= from) return null;
    return [c.at[from], c.at[to - 1] + 1];
  }
  return null;
}

interface Tally {
  n: number;
  r: number;
  /** R counting confident conflicts only (the "possible" tier left out). */
  rc: number;
  r2: number;
  rn: number;
  oExp: number;
  oRight: number;
}
const tally = (): Tally => ({ n: 0, r: 0, rc: 0, r2: 0, rn: 0, oExp: 0, oRight: 0 });

const kindOk = (goldKind: string, c: Conflict): boolean => c.kind === goldKind || (goldKind === 'number' && c.kind === 'quantity');

/** The sentence around a span, for the dump. */
function around(text: string, start: number, end: number): string {
  const from = Math.max(0, text.lastIndexOf('\n', start) + 1, start - 160);
  const nl = text.indexOf('\n', end);
  const to = Math.min(nl < 0 ? text.length : nl, end + 120);
  return `…${text.slice(from, start)}[[${text.slice(start, end)}]]${text.slice(end, to)}…`.replace(/\s+/g, ' ');
}

export function describeConflict(d: Dossier, c: Conflict): string {
  const lines = [`  ${c.id} [${c.kind}] conf=${(c as { confidence?: string }).confidence ?? "?"} outliers=${c.outliers.join(',') || '-'} about: ${c.about}`];
  for (const cl of c.claims) {
    for (const s of cl.spans) {
      const a = d.articles.find((x) => x.id === s.article)!;
      lines.push(`    ${s.article} (${a.outlet ?? '?'} ${a.published ?? ''}) "${cl.value}": ${around(a.text, s.start, s.end)}`);
    }
  }
  return lines.join('\n');
}

export async function run(): Promise<Record<string, unknown> | null> {
  const shared = sharedDir();
  const root = shared ? path.join(shared, 'bench', 'conflicts') : null;
  if (!root || !existsSync(root)) {
    process.stdout.write(`conflicts (injected) skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  // Annotation depends on the article alone: variants share all but one article with orig.
  const cache = new Map<string, AnnotatedArticle>();
  const cachedAnnotate = (a: Article): AnnotatedArticle => {
    const key = `${a.id}\u0000${a.published}\u0000${a.outlet}\u0000${a.text}`;
    let r = cache.get(key);
    if (!r) cache.set(key, (r = annotate(a)));
    return r;
  };
  const dump: string[] = [];
  const wantDump = process.env.CONFLICTS_DUMP;
  // CONFLICTS_KINDS=name,place scores the variants of those kinds only (a quicker run while
  // working on one kind; the untouched stories' alarms are always counted).
  const onlyKinds = process.env.CONFLICTS_KINDS ? new Set(process.env.CONFLICTS_KINDS.split(',')) : null;
  // Miss reasons (conflicts-miss.ts) per kind: kind → reason → count.
  const newPart = () => ({ kinds: new Map<string, Tally>(), sources: new Map<string, Tally>(), all: tally(), stories: 0, alarms: 0, confidentAlarms: 0, variants: 0, misses: new Map<string, Map<MissReason, number>>() });
  const parts = { dev: newPart(), heldout: newPart(), devA: newPart(), devB: newPart() };
  const onlyPart = process.env.CONFLICTS_PART ?? null;
  const sources = readdirSync(root).filter((s) => existsSync(path.join(root, s)) && !s.includes('.')).sort();
  for (const source of sources) {
    for (const story of readdirSync(path.join(root, source)).sort()) {
      const dir = path.join(root, source, story);
      const part = isHeldOut(source, story) ? parts.heldout : parts.dev;
      const isDev = part === parts.dev;
      if (onlyPart && onlyPart !== (isDev ? 'dev' : 'heldout')) continue;
      // The dev half of this story (see the module header): its tallies are kept apart as well.
      const half = isDev ? (fnv(`${source}/${story}`) % 3 === 1 ? parts.devA : parts.devB) : null;      const load = async (sub: string): Promise<{ dossier: Dossier; files: Map<string, string>; articles: Article[] }> => {
        const files = readdirSync(path.join(dir, sub)).filter((f) => /^\d+\.json$/.test(f)).sort();
        const { articles } = await ingestAll(files.map((f) => path.join(dir, sub, f)));
        const { dossier } = buildDossier(articles, { annotate: cachedAnnotate });
        const byArticle = new Map<string, string>();
        for (const a of articles) byArticle.set(a.id, path.basename(a.file ?? ''));
        return { dossier, files: byArticle, articles };
      };
      const orig = await load('orig');
      for (const p of half ? [part, half] : [part]) {
        p.stories++;
        p.alarms += orig.dossier.conflicts.length;
        p.confidentAlarms += orig.dossier.conflicts.filter((c) => (c as { confidence?: string }).confidence !== "possible").length;
      }
      // A story read in an unseen reading is scored but never printed (bench/reserved.ts).
      const printable = isDev && !isReservedInjected(source, story);
      if (printable && wantDump) for (const c of orig.dossier.conflicts) dump.push(`ALARM ${source}/${story}\n${describeConflict(orig.dossier, c)}`);
      for (const v of readdirSync(dir).filter((x) => /^v\d+$/.test(x)).sort()) {
        const gold = JSON.parse(readFileSync(path.join(dir, v, 'gold.json'), 'utf8')) as Gold;
        if (onlyKinds && !onlyKinds.has(gold.kind)) continue;
        const { dossier, files, articles } = await load(v);
        part.variants++;
        if (half) half.variants++;
        const target = [...files].find(([, f]) => f === gold.target.file)?.[0];
        const art = dossier.articles.find((a) => a.id === target);
        const raw = (JSON.parse(readFileSync(path.join(dir, v, gold.target.file), 'utf8')) as { text: string }).text;
        const spans: Array<[number, number]> = [];
        if (art) {
          for (const [s, e] of [...gold.new_spans, ...(gold.kind === 'speaker' ? gold.claim_spans : [])]) {
            const m = mapSpan(raw, art.text, s, e);
            if (m) spans.push(m);
          }
        }
        const touches = (c: Conflict): boolean => c.claims.some((cl) => cl.spans.some((sp) => sp.article === target && spans.some(([s, e]) => sp.start < e && s < sp.end)));
        const hits = dossier.conflicts.filter(touches);
        const ofKind = hits.filter((c) => kindOk(gold.kind, c));
        const withOutlier = ofKind.filter((c) => c.outliers.includes(target ?? ''));
        const r = gold.outlier_expected ? withOutlier.length > 0 : ofKind.length > 0;
        const sure = (c: Conflict): boolean => (c as { confidence?: string }).confidence !== 'possible';
        const rc = gold.outlier_expected ? withOutlier.some(sure) : ofKind.some(sure);
        const bump = (t: Tally): void => {
          t.n++;
          if (r) t.r++;
          if (rc) t.rc++;
          if (hits.length) t.r2++;
          if (ofKind.length) t.rn++;
          if (gold.outlier_expected && ofKind.length) {
            t.oExp++;
            if (withOutlier.length) t.oRight++;
          }
        };
        bump(part.all);
        if (half) bump(half.all);
        let reason: MissReason | null = null;
        if (!r) {
          // The agreeing articles' sentences, mapped into their cleaned text.
          const matches = gold.matches.flatMap((mt) => {
            const id = [...files].find(([, f]) => f === mt.file)?.[0];
            const ma = dossier.articles.find((a) => a.id === id);
            if (!id || !ma) return [];
            const mraw = (JSON.parse(readFileSync(path.join(dir, v, mt.file), 'utf8')) as { text: string }).text;
            const sp = mapSpan(mraw, ma.text, mt.start, mt.end);
            return sp ? [{ article: id, spans: [sp] }] : [];
          });
          reason = missReason({ kind: gold.kind, dossier, articles, annotate: cachedAnnotate, target: { article: target ?? '', spans }, matches, hits, ofKind });
          const byReason = part.misses.get(gold.kind) ?? new Map<MissReason, number>();
          byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
          part.misses.set(gold.kind, byReason);
        }
        for (const [m, k] of [[part.kinds, gold.kind], [part.sources, source], ...(half ? [[half.kinds, gold.kind]] as const : [])] as const) {
          if (!m.has(k)) m.set(k, tally());
          bump(m.get(k)!);
        }
        if (printable && wantDump && !r) {
          dump.push(`MISS ${half === parts.devA ? 'A' : 'B'} ${source}/${story}/${v} [${gold.kind}] (${reason}) ${target ?? '?'} "${gold.new}" outlier_expected=${gold.outlier_expected}${spans.length ? '' : ' (span not mapped)'}\n` + (art && spans[0] ? `    ${around(art.text, spans[0][0], spans[0][1])}` : '') + gold.matches.map((m) => `\n    match ${m.file} "${m.value ?? ''}": ${(m.sentence ?? '').replace(/\s+/g, ' ')}`).join('') + hits.map((c) => '\n' + describeConflict(dossier, c)).join(''));
        }
      }
    }
  }
  const fig = (t: Tally): Record<string, number | null> => ({
    n: t.n,
    R: t.n ? Math.round((t.r / t.n) * 100) / 100 : null,
    Rc: t.n ? Math.round((t.rc / t.n) * 100) / 100 : null,
    R2: t.n ? Math.round((t.r2 / t.n) * 100) / 100 : null,
    Rn: t.n ? Math.round((t.rn / t.n) * 100) / 100 : null,
    O: t.oExp ? Math.round((t.oRight / t.oExp) * 100) / 100 : null,
  });
  const result: Record<string, unknown> = {};
  for (const [name, p] of Object.entries(parts)) {
    if (p.stories === 0) continue;
    if (name === 'devA' || name === 'devB') {
      // The dev halves: overall and per kind R (and Rc), alarms per story.
      const r = (t: Tally): string => (t.n ? `${(t.r / t.n).toFixed(2)}(${(t.rc / t.n).toFixed(2)})` : '-');
      result[name] = { stories: p.stories, all: fig(p.all), kinds: Object.fromEntries([...p.kinds].sort().map(([k, t]) => [k, fig(t)])), alarms: p.alarms };
      process.stdout.write(`${name}: ${p.stories} stories, ${p.variants} variants; R ${r(p.all)}; ${[...p.kinds].sort().map(([k, t]) => `${k} ${r(t)} n=${t.n}`).join(', ')}; alarms ${p.alarms} (${(p.alarms / p.stories).toFixed(2)}/story)\n`);
      continue;
    }
    const kinds = Object.fromEntries([...p.kinds].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, t]) => [k, fig(t)]));
    const srcs = Object.fromEntries([...p.sources].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, t]) => [k, fig(t)]));
    result[name] = {
      stories: p.stories,
      variants: p.variants,
      all: fig(p.all),
      kinds,
      sources: srcs,
      alarmsPerStory: Math.round((p.alarms / Math.max(1, p.stories)) * 100) / 100,
      alarms: p.alarms,
      confidentAlarmsPerStory: Math.round((p.confidentAlarms / Math.max(1, p.stories)) * 100) / 100,
      missReasons: Object.fromEntries([...p.misses].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, m]) => [k, Object.fromEntries(MISS_REASONS.filter((x) => m.has(x)).map((x) => [x, m.get(x)!]))])),
    };
    process.stdout.write(`${name}: ${p.stories} stories, ${p.variants} variants; alarms ${p.alarms} (${(p.alarms / Math.max(1, p.stories)).toFixed(2)}/story, confident ${(p.confidentAlarms / Math.max(1, p.stories)).toFixed(2)}/story)\n`);
    const line = (label: string, t: Tally): string => {
      const f = fig(t);
      return `  ${label.padEnd(14)} n=${String(f.n).padStart(3)}  R=${f.R ?? '-'}  Rc=${f.Rc ?? '-'}  R2=${f.R2 ?? '-'}  Rn=${f.Rn ?? '-'}  O=${f.O ?? '-'}\n`;
    };
    process.stdout.write(line('all', p.all));
    for (const [k, t] of [...p.kinds].sort()) process.stdout.write(line(k, t));
    for (const [k, t] of [...p.sources].sort()) process.stdout.write(line(k, t));
    // Why the missed changes were missed, per kind (conflicts-miss.ts).
    process.stdout.write(`  misses by reason: ${'kind'.padEnd(8)} ${MISS_REASONS.map((x) => x.padStart(x.length)).join(' | ')}\n`);
    for (const k of [...p.misses.keys()].sort()) process.stdout.write(`                    ${k.padEnd(8)} ${MISS_REASONS.map((x) => String(p.misses.get(k)!.get(x) ?? 0).padStart(x.length)).join(' | ')}\n`);
    const tot = (x: MissReason): number => [...p.misses.values()].reduce((n, m) => n + (m.get(x) ?? 0), 0);
    process.stdout.write(`                    ${'all'.padEnd(8)} ${MISS_REASONS.map((x) => String(tot(x)).padStart(x.length)).join(' | ')}\n`);
  }
  if (wantDump) writeFileSync(wantDump, dump.join('\n\n') + '\n');
  return result;
}
