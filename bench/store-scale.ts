/**
 * Corpus-mode scale: ingest and cluster 100,000 synthetic articles through the same code path as
 * `parallax ingest` (ingestCorpus on a JSON Lines file, in-process) into a temporary database,
 * and report articles/s at 10k, 50k and 100k (overall and over the last stretch, to show that the
 * per-article cost stays flat), peak memory, and whether the planted duplicates were found.
 *
 * The articles recombine ECB+ sentences (../shared/bench/ecbplus/dev.jsonl): each synthetic
 * story takes one real event (subtopic), renames its people, places and organisations with
 * generated names (so that 12,500 stories are not 66), and each article takes most lines of one
 * real report of that event. Planted among them: re-posts of an earlier article under a new URL
 * (same text: must be refused as duplicates), re-fetches of an earlier URL with an updated text
 * (same URL: refused) and wire copies with a different byline (stored, flagged by the clusterer).
 * Size: PARALLAX_SCALE_N (default 100000).
 */
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ingestCorpus } from '../src/store/corpus.js';
import { urlKey } from '../src/store/identity.js';
import { openStore } from '../src/store/store.js';
import { sharedDir, SKIP_NO_SHARED } from '../test/helpers/shared.js';
// The benches' one seeded PRNG: the same corpus on every run.
import { readEcbPlus, rng as prng } from './data.js';

interface EcbDoc {
  id: string;
  subtopic: string;
  text: string;
  mentions: Array<{ tag: string; start: number; end: number; text: string }>;
}

const SYL = ['ka', 'lo', 'mir', 'ven', 'dra', 'sel', 'tor', 'bru', 'nia', 'gas', 'pel', 'ro', 'zan', 'fi', 'dor', 'ul', 'mes', 'tia', 'kor', 'ban'];

function name(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let w = 0; w < words; w++) {
    const n = 2 + Math.floor(rand() * 2);
    let s = '';
    for (let i = 0; i < n; i++) s += SYL[Math.floor(rand() * SYL.length)];
    out.push(s[0].toUpperCase() + s.slice(1));
  }
  return out.join(' ');
}

/** A document as literal pieces and name slots (distinct proper-name mentions of its subtopic). */
interface Template {
  parts: Array<string | number>;
}

const NAME_TAGS = new Set(['HUMAN_PART_PER', 'HUMAN_PART_ORG', 'LOC_GEO', 'LOC_FAC', 'HUMAN_PART_GPE']);

function templates(docs: EcbDoc[]): { subtopics: Array<{ docs: Template[]; slots: number[] }> } {
  const bySub = new Map<string, EcbDoc[]>();
  for (const d of docs) bySub.set(d.subtopic, [...(bySub.get(d.subtopic) ?? []), d]);
  const subtopics: Array<{ docs: Template[]; slots: number[] }> = [];
  for (const sub of [...bySub.keys()].sort()) {
    const slotOf = new Map<string, number>();
    const words: number[] = [];
    const tdocs: Template[] = [];
    for (const d of bySub.get(sub)!) {
      // Proper names only (capitalised), outermost, in text order.
      const ms = d.mentions
        .filter((m) => NAME_TAGS.has(m.tag) && /^[A-Z]/.test(m.text) && !/\n/.test(m.text))
        .sort((a, b) => a.start - b.start || b.end - a.end);
      const parts: Array<string | number> = [];
      let at = 0;
      for (const m of ms) {
        if (m.start < at) continue;
        parts.push(d.text.slice(at, m.start));
        let slot = slotOf.get(m.text);
        if (slot === undefined) {
          slot = words.length;
          slotOf.set(m.text, slot);
          words.push(m.text.split(/\s+/).length);
        }
        parts.push(slot);
        at = m.end;
      }
      parts.push(d.text.slice(at));
      tdocs.push({ parts });
    }
    subtopics.push({ docs: tdocs, slots: words });
  }
  return { subtopics };
}

interface Synth {
  planted: { textDup: number; urlDup: number; wire: number };
  /** [wire copy's URL, original's URL] of every planted wire copy. */
  wirePairs: Array<[string, string]>;
  stories: number;
}

function synthesise(docs: EcbDoc[], n: number, file: string): Synth {
  const { subtopics } = templates(docs);
  const perStory = 8;
  const stories = Math.ceil(n / perStory);
  const rand = prng(42);
  const lines: string[] = [];
  const planted = { textDup: 0, urlDup: 0, wire: 0 };
  const wirePairs: Array<[string, string]> = [];
  const recent: Array<{ url: string; title: string; text: string; outlet: string; published: string }> = [];
  const t0 = Date.UTC(2024, 0, 1);
  let storyNames: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = Math.floor(i / perStory);
    const sub = subtopics[k % subtopics.length];
    if (i % perStory === 0) {
      const r = prng(1000 + k);
      storyNames = sub.slots.map((w) => name(r, Math.min(w, 3)));
    }
    const day = new Date(t0 + Math.floor((k * 730) / stories) * 86_400_000 + (i % 3) * 86_400_000).toISOString().slice(0, 10);
    const outlet = `Outlet ${Math.floor(rand() * 40)}`;
    const roll = rand();
    let rec;
    if (roll < 0.03 && recent.length) {
      const prev = recent[Math.floor(rand() * recent.length)];
      rec = { ...prev, url: `https://mirror${i % 7}.example/${k}/${i}` }; // same text, new URL
      planted.textDup++;
    } else if (roll < 0.05 && recent.length) {
      const prev = recent[Math.floor(rand() * recent.length)];
      rec = { ...prev, text: `${prev.text}\nThis article was updated.` }; // same URL, updated text
      planted.urlDup++;
    } else if (roll < 0.1 && recent.length) {
      const prev = recent[Math.floor(rand() * recent.length)];
      // The same report under another outlet's name: a near-verbatim copy (a changed byline
      // alone would not do: cleaning removes bylines, which makes it an exact duplicate).
      const other = `Outlet ${(Number(prev.outlet.split(' ')[1]) + 1 + Math.floor(rand() * 39)) % 40}`; // never the original's
      rec = { ...prev, url: `https://${other.replace(' ', '').toLowerCase()}.example/wire/${i}`, outlet: other, text: prev.text.replace(`told ${prev.outlet} `, `told ${other} `) };
      planted.wire++;
      wirePairs.push([rec.url, prev.url]);
    } else {
      // Lines of two real reports of the event, about half of each: articles of one story overlap
      // as different outlets' reports do, without being near-verbatim copies of each other.
      const render = (tpl: Template): string[] => tpl.parts.map((p) => (typeof p === 'number' ? storyNames[p] : p)).join('').split('\n').filter((l) => l.trim() !== '');
      const a = render(sub.docs[Math.floor(rand() * sub.docs.length)]);
      const b = render(sub.docs[Math.floor(rand() * sub.docs.length)]);
      const kept = [a[0], ...a.slice(1).filter(() => rand() < 0.5), ...b.slice(1).filter(() => rand() < 0.5)];
      // A closing sentence with a witness, the outlet and a number keeps every original's text
      // unique, so the only exact duplicates in the corpus are the planted ones. (Not a credit
      // line: cleaning removes those.)
      kept.push(`${name(rand, 2)}, a witness, told ${outlet} that ${i % 50 + 2} people had gathered at the scene by evening (ref. ${i}).`);
      const text = kept.join('\n');
      rec = { url: `https://${outlet.replace(' ', '').toLowerCase()}.example/${k}/${i}`, title: kept[0].slice(0, 100), text, outlet, published: day };
      recent.push(rec);
      if (recent.length > 50) recent.shift();
    }
    lines.push(JSON.stringify(rec));
  }
  writeFileSync(file, lines.join('\n') + '\n');
  return { planted, wirePairs, stories };
}

export async function run(): Promise<Record<string, unknown> | null> {
  const shared = sharedDir();
  const src = shared ? path.join(shared, 'bench', 'ecbplus', 'dev.jsonl') : null;
  if (!src || !existsSync(src)) {
    process.stdout.write(`store-scale: skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const n = Number(process.env.PARALLAX_SCALE_N ?? 100_000);
  const docs: EcbDoc[] = readEcbPlus(shared as string);
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-scale-'));
  try {
    const file = path.join(dir, 'corpus.jsonl');
    const g0 = performance.now();
    const { planted, wirePairs, stories: syntheticStories } = synthesise(docs, n, file);
    const genSeconds = (performance.now() - g0) / 1000;
    process.stdout.write(`synthesised ${n} articles (${(statSync(file).size / 1e6).toFixed(0)} MB, ${syntheticStories} synthetic stories) in ${genSeconds.toFixed(1)} s\n`);

    const dbFile = path.join(dir, 'corpus.db');
    const store = await openStore(dbFile);
    const marks = [10_000, 50_000, 100_000].filter((m) => m <= n);
    if (!marks.includes(n)) marks.push(n);
    const at: Record<number, number> = {};
    const cpuAt: Record<number, number> = {};
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    let peakRss = 0;
    const summary = await ingestCorpus(store, [file], {
      onProgress: (p) => {
        if (p.done % 1000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
        if (p.done % 10_000 === 0 || p.done === n) {
          at[p.done] = (performance.now() - t0) / 1000;
          const c = process.cpuUsage(cpu0);
          cpuAt[p.done] = (c.user + c.system) / 1e6;
        }
        if (marks.includes(p.done)) {
          process.stdout.write(`  ${p.done} articles: ${at[p.done].toFixed(1)} s (${Math.round(p.done / at[p.done])} articles/s; CPU ${cpuAt[p.done].toFixed(1)} s, ${Math.round(p.done / cpuAt[p.done])} articles per CPU-second)\n`);
        }
      },
    });
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);

    // Query latencies: median of 5 (the first run also pays for cold caches).
    const median = async <T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> => {
      const times: number[] = [];
      let value!: T;
      for (let k = 0; k < 5; k++) {
        const q0 = performance.now();
        value = await f();
        times.push(performance.now() - q0);
      }
      return { ms: times.sort((a, b) => a - b)[2], value };
    };
    const { ms: listMs, value: top } = await median(() => store.listStories({ limit: 50 }));
    const { ms: searchMs, value: hits } = await median(() => store.search('earthquake OR arrested', 20));
    await store.close();
    const db = new Database(dbFile, { readonly: true });
    const flagged = (db.prepare('SELECT COUNT(*) AS n FROM articles WHERE duplicate_of IS NOT NULL').get() as { n: number }).n;
    // A planted wire copy is found when it is flagged as a copy of its original (or of the
    // original's own earlier copy: the clusterer may point at any member of the copy group).
    const byUrl = db.prepare<[string], { id: string; duplicate_of: string | null }>('SELECT id, duplicate_of FROM articles WHERE url_key = ?');
    let wireFound = 0;
    for (const [wire, orig] of wirePairs) {
      const w = byUrl.get(urlKey(wire) ?? '');
      const o = byUrl.get(urlKey(orig) ?? '');
      if (w && o && w.duplicate_of !== null && (w.duplicate_of === o.id || w.duplicate_of === o.duplicate_of)) wireFound++;
    }
    const dbBytes = statSync(dbFile).size;
    db.close();

    const rate = (m: number, t: Record<number, number>): number => Math.round(m / t[m]);
    const stretch = (m: number, t: Record<number, number>): number | null => {
      const prev = m - 10_000;
      return prev > 0 && t[prev] !== undefined ? Math.round(10_000 / (t[m] - t[prev])) : null;
    };
    const result = {
      articles: n,
      seconds: Math.round(seconds * 10) / 10,
      // CPU time of this process: the wall clock is noisy when other work shares the 2 cores.
      cpuSeconds: Math.round((cpu.user + cpu.system) / 1e5) / 10,
      articlesPerSecond: Object.fromEntries(marks.map((m) => [m, rate(m, at)])),
      // Rate over the last 10k before each mark (e.g. 40k→50k): flat means linear growth.
      stretchPerSecond: Object.fromEntries(marks.map((m) => [m, stretch(m, at)])),
      // The same per CPU-second of this process: robust to other work sharing the cores.
      articlesPerCpuSecond: Object.fromEntries(marks.map((m) => [m, rate(m, cpuAt)])),
      stretchPerCpuSecond: Object.fromEntries(marks.map((m) => [m, stretch(m, cpuAt)])),
      peakRssMB: Math.round(peakRss / 1e6),
      databaseMB: Math.round(dbBytes / 1e6),
      new: summary.new,
      duplicate: summary.duplicate,
      failed: summary.failed,
      plantedDuplicates: planted.textDup + planted.urlDup,
      plantedWireCopies: planted.wire,
      plantedWireCopiesFound: wireFound,
      flaggedWireCopies: flagged,
      stories: summary.stories,
      syntheticStories,
      listStoriesMs: Math.round(listMs),
      searchMs: Math.round(searchMs),
      searchHits: hits.length,
      largestStory: top.reduce((m, s) => Math.max(m, s.articles), 0),
      // The budget: 10 minutes and 4 GB. The process is single-threaded, so on an otherwise idle
      // machine its wall time is its CPU time (plus a little I/O); `seconds` above is inflated
      // when other work shares the cores.
      withinBudget: seconds <= 600 && peakRss < 4e9,
      cpuWithinBudget: cpu.user / 1e6 + cpu.system / 1e6 <= 600 && peakRss < 4e9,
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
