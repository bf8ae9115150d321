/**
 * Reader of the PolNeAR attribution corpus (../shared/bench/quotes/polnear-train): article texts
 * and their brat annotations (Source, Cue, Content spans, possibly in several fragments; `E`
 * lines tie them into one attribution), and the fixed dev / held-out split that every quotes
 * benchmark and build script uses. Shared by bench/quotes.ts and bench/build-reporting-verbs.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Fragment {
  start: number;
  end: number;
}

export interface Attribution {
  source: Fragment[] | null;
  cue: Fragment[] | null;
  content: Fragment[] | null;
}

export interface PolnearArticle {
  /** The text file's name without `.txt`. */
  name: string;
  text: string;
  published: string | null;
  attributions: Attribution[];
  /** True for the held-out third: never inspected, never learned from. */
  heldOut: boolean;
}

/**
 * The split: FNV-1a hash of the file name, one third (hash mod 3 = 0) held out. A hash of the
 * name, not a shuffle, so an article stays on its side whatever else is added to the folder.
 */
export function isHeldOut(name: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 3 === 0;
}

export function polnearDir(shared: string): string | null {
  const dir = path.join(shared, 'bench', 'quotes', 'polnear-train');
  return existsSync(path.join(dir, 'text')) ? dir : null;
}

/**
 * Every article with an annotation file, in name order. Some articles were annotated by several
 * people (the annotator-training part); the first annotation file by name is used, so each
 * article counts once and the choice does not depend on the reader.
 */
export function readPolnear(dir: string): PolnearArticle[] {
  const annFiles = readdirSync(path.join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const annOf = new Map<string, string>();
  for (const f of annFiles) {
    const base = f.replace(/_[^_]*\.ann$/, '');
    if (!annOf.has(base)) annOf.set(base, f);
  }
  const published = new Map<string, string>();
  for (const line of readFileSync(path.join(dir, 'metadata.tsv'), 'utf8').split('\n').slice(1)) {
    const cols = line.split('\t');
    if (cols.length > 5 && /^\d{4}-\d\d-\d\d$/.test(cols[5])) published.set(cols[1], cols[5]);
  }
  const out: PolnearArticle[] = [];
  for (const f of readdirSync(path.join(dir, 'text')).filter((x) => x.endsWith('.txt')).sort()) {
    const name = f.slice(0, -4);
    const ann = annOf.get(name);
    if (!ann) continue;
    const text = readFileSync(path.join(dir, 'text', f), 'utf8');
    out.push({ name, text, published: published.get(name) ?? null, attributions: parseAnn(readFileSync(path.join(dir, 'attributions', ann), 'utf8')), heldOut: isHeldOut(name) });
  }
  return out;
}

function parseAnn(src: string): Attribution[] {
  const spans = new Map<string, { type: string; frags: Fragment[] }>();
  const events: string[][] = [];
  for (const line of src.split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0]) && cols[1]) {
      const sp = cols[1].indexOf(' ');
      const type = cols[1].slice(0, sp);
      const frags = cols[1]
        .slice(sp + 1)
        .split(';')
        .map((p) => p.trim().split(/\s+/).map(Number))
        .filter((p) => p.length === 2 && p.every(Number.isFinite))
        .map(([start, end]) => ({ start, end }));
      spans.set(cols[0], { type, frags });
    } else if (/^E\d+$/.test(cols[0]) && cols[1]) events.push(cols[1].trim().split(/\s+/));
  }
  const out: Attribution[] = [];
  for (const args of events) {
    const a: Attribution = { source: null, cue: null, content: null };
    for (const arg of args) {
      const [role, id] = arg.split(':');
      const s = spans.get(id);
      if (!s) continue;
      if (role === 'Source') a.source = s.frags;
      else if (role === 'Cue') a.cue = s.frags;
      else if (role === 'Content') a.content = s.frags;
    }
    if (a.content) out.push(a);
  }
  return out;
}
