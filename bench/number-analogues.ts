/**
 * Dev analogues of the injected number contradictions (a developer script, not a benchmark:
 * `node dist/bench/number-analogues.js`). The injected set's dev part holds 30 number variants, 9
 * of whose misses sit in stories reserved for unseen readings: too few to tell a general rule from
 * one fitted to them. This script builds many more the way ../shared/bench/conflicts/README.md
 * says the set was built, from the untouched dev stories only (never a held-out story, never a
 * story reserved for an unseen reading: bench/reserved.ts):
 * - a figure written in digits ("12", "1,200", "3.5") or as a number word ("three" … "twelve") in
 *   a sentence of one article, outside quote marks, that another article's sentence writes too
 *   with Dice ≥ 0.35 over content stems and at least 4 shared stems; years, days of a month,
 *   clock times and figures glued to letters are left alone;
 * - replaced as the set does ("12" → "22", "three" → "five"): the first digit moved up by one
 *   (9 → 7), a number word by a fixed other one.
 * Each analogue is one article of one story changed once; found when a conflict of kind number or
 * quantity has a span in the changed article overlapping the new value (with that article as
 * outlier when two or more other articles agree). Prints recall (either tier and confident), the
 * changes missed with their sentences (ANALOGUES_ALL=1 prints the found ones too), per half (A / B
 * by a hash) so a rule chosen on one half's misses can be checked on the other.
 * ANALOGUES_PER_STORY caps the changes per story (default 6), ANALOGUES_ONLY=story1,story2 narrows.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildDossier } from '../src/compare/dossier.js';
import type { AnnotatedArticle, Article } from '../src/core/schema.js';
import { ingestAll } from '../src/ingest/index.js';
import { contentStems, dice } from '../src/compare/words/lex.js';
import { sharedDir } from '../test/helpers/shared.js';
import { fnv, isHeldOut } from './conflicts-injected.js';
import { isReservedInjected } from './reserved.js';
import { cachedAnnotator, RecallTally } from './analogue-tally.js';
import { missReason } from './conflicts-miss.js';

const WORDS: Record<string, string> = { two: 'five', three: 'five', four: 'seven', five: 'eight', six: 'nine', seven: 'four', eight: 'three', nine: 'six', ten: 'fifteen', eleven: 'fourteen', twelve: 'twenty' };
const MONTH = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$/;
const FIGURE = /(?<![\p{L}\p{N}.,:/-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))(?![\p{L}\p{N}]|[.,:/]\d|-\p{L})/giu;
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Candidate { article: number; start: number; end: number; value: string; replacement: string; agree: number; sentence: string; matches: string[]; matchSides: Array<{ article: number; start: number; end: number }> }

const inQuote = (a: AnnotatedArticle, start: number, end: number): boolean => a.quotes.some((q) => q.start <= start && end <= q.end);

/** The set's change of a figure: its first digit up by one (9 → 7), a number word by another. */
function changed(value: string): string {
  const w = WORDS[value.toLowerCase()];
  if (w) return /^\p{Lu}/u.test(value) ? w[0].toUpperCase() + w.slice(1) : w;
  const i = value.search(/[1-9]/);
  if (i < 0) return value;
  const d = Number(value[i]);
  return value.slice(0, i) + String(d === 9 ? 7 : d + 1) + value.slice(i + 1);
}

function candidates(ann: AnnotatedArticle[]): Candidate[] {
  const sentStems = ann.map((a) => a.sentences.map((s) => ({ start: s.start, end: s.end, text: a.text.slice(s.start, s.end), stems: new Set(contentStems(a.text.slice(s.start, s.end))) })));
  const out: Candidate[] = [];
  ann.forEach((a, ai) => {
    a.sentences.forEach((s, si) => {
      const text = a.text.slice(s.start, s.end);
      for (const m of text.matchAll(FIGURE)) {
        const value = m[1];
        const start = s.start + m.index!;
        const end = start + value.length;
        const before = text.slice(0, m.index!);
        const after = text.slice(m.index! + value.length);
        // Years, days of a month and clock times are dates, not figures.
        if (/^\d{4}$/.test(value) && Number(value) >= 1800 && Number(value) <= 2100) continue;
        if (MONTH.test(before) || /^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)/i.test(after)) continue;
        if (value === '0' || inQuote(a, start, end)) continue;
        const re = new RegExp(`(?<![\\p{L}\\p{N}.,])${esc(value)}(?![\\p{L}\\p{N}]|[.,]\\d)`, 'iu');
        const me = sentStems[ai][si];
        const matches: string[] = [];
        const matchSides: Candidate['matchSides'] = [];
        sentStems.forEach((ss, bi) => {
          if (bi === ai) return;
          const hit = ss.find((o) => { const d = dice(me.stems, o.stems); return re.test(o.text) && d.dice >= 0.35 && d.shared >= 4; });
          if (hit) {
            matches.push(hit.text);
            matchSides.push({ article: bi, start: hit.start, end: hit.end });
          }
        });
        if (!matches.length) continue;
        out.push({ article: ai, start, end, value, replacement: changed(value), agree: matches.length, sentence: text, matches, matchSides });
      }
    });
  });
  return out;
}

export async function run(): Promise<void> {
  const shared = sharedDir();
  const root = shared ? path.join(shared, 'bench', 'conflicts') : null;
  if (!root || !existsSync(root)) {
    process.stdout.write('number-analogues skipped: ../shared is absent\n');
    return;
  }
  const perStory = Number(process.env.ANALOGUES_PER_STORY ?? 6);
  const cachedAnnotate = cachedAnnotator();
  const tally = new RecallTally();
  const bump = tally.bump.bind(tally);
  const lines: string[] = [];
  for (const source of readdirSync(root).filter((s) => !s.includes('.')).sort()) {
    for (const story of readdirSync(path.join(root, source)).sort()) {
      if (isHeldOut(source, story) || isReservedInjected(source, story)) continue;
      if (process.env.ANALOGUES_ONLY && !process.env.ANALOGUES_ONLY.split(',').includes(story)) continue;
      const dir = path.join(root, source, story, 'orig');
      const files = readdirSync(dir).filter((f) => /^\d+\.json$/.test(f)).sort();
      const { articles } = await ingestAll(files.map((f) => path.join(dir, f)));
      const ann = articles.map(cachedAnnotate);
      // A deterministic sample, at most one change per article and value.
      const seen = new Set<string>();
      const pick = candidates(ann)
        .filter((c) => !seen.has(`${c.article}:${c.value}`) && seen.add(`${c.article}:${c.value}`))
        .sort((x, y) => fnv(`${story}${x.start}${x.value}`) - fnv(`${story}${y.start}${y.value}`))
        .slice(0, perStory);
      for (const c of pick) {
        const a = articles[c.article];
        const edited: Article = { ...a, text: a.text.slice(0, c.start) + c.replacement + a.text.slice(c.end) };
        const { dossier } = buildDossier(articles.map((x, i) => (i === c.article ? edited : x)), { annotate: cachedAnnotate });
        const span = [c.start, c.start + c.replacement.length];
        const touches = dossier.conflicts.filter((k) => k.claims.some((cl) => cl.spans.some((sp) => sp.article === a.id && sp.start < span[1] && span[0] < sp.end)));
        const ofKind = touches.filter((k) => k.kind === 'number' || k.kind === 'quantity');
        const outlierExpected = c.agree >= 2;
        const good = ofKind.filter((k) => !outlierExpected || k.outliers.includes(a.id));
        const r = good.length > 0;
        const rc = good.some((k) => (k as { confidence?: string }).confidence !== 'possible');
        const half = fnv(`${source}/${story}/${c.start}`) % 2 ? 'A' : 'B';
        bump('number', r, rc, ofKind.length > 0);
        bump(`number/${half}`, r, rc, ofKind.length > 0);
        // Why it was missed, by the stage that lost it (bench/conflicts-miss.ts), as the injected bench says.
        const reason = r ? '' : ` [${missReason({ kind: 'number', dossier, articles: articles.map((x, i) => (i === c.article ? edited : x)), annotate: cachedAnnotate, target: { article: a.id, spans: [[span[0], span[1]]] }, matches: c.matchSides.map((m) => ({ article: articles[m.article].id, spans: [[m.start, m.end]] })), hits: touches, ofKind })}]`;
        if (!r || process.env.ANALOGUES_ALL) {
          const at = c.start - ann[c.article].sentences.find((s) => s.start <= c.start && c.start < s.end)!.start;
          lines.push(`${r ? 'HIT' : 'MISS'} ${half} ${source}/${story} a${c.article + 1} ${c.value} -> ${c.replacement} agree=${c.agree}${reason}${ofKind.length ? ' (found, outlier wrong)' : touches.length ? ` (other kind: ${touches.map((k) => k.kind).join(',')})` : ''}\n  T: ${c.sentence.slice(0, at)}[[${c.replacement}]]${c.sentence.slice(at + c.value.length)}\n${c.matches.map((m) => `  M: ${m}`).join('\n')}`);
        }
      }
    }
  }
  for (const m of lines) process.stdout.write(`${m}\n`);
  process.stdout.write(tally.lines(9));
}

if (process.argv[1] && path.basename(process.argv[1]).startsWith('number-analogues')) void run();
