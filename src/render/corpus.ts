/**
 * Renders corpus-mode listings: the story list (`parallax stories`), search hits
 * (`parallax search`), a story's article list, the counts of `parallax stats` and the ingest summary, as terminal text, Markdown
 * or JSON. Titles, outlets and snippets come from articles and are untrusted (escape.ts).
 */
import type { IngestReport, SearchResult, StatsResult, StoriesResult } from '../core/corpus-schema.js';
import type { StoredArticle, StorySummary } from '../store/store.js';
import { markdownInline, terminalSafe } from './escape.js';

const t = terminalSafe;
const m = markdownInline;
/** A title for Markdown: escaped, or an italic placeholder when there is none. */
const mdTitle = (title: string | null): string => (title ? m(title) : '*untitled*');

/** "2025-10-15" or "2025-10-14 – 2025-10-16" from a story's first/last dates (day precision). */
export function dateSpan(first: string | null, last: string | null): string {
  const a = first?.slice(0, 10) ?? null;
  const b = last?.slice(0, 10) ?? null;
  if (!a && !b) return 'undated';
  if (!a || !b || a === b) return (a ?? b) as string;
  return `${a} – ${b}`;
}

function outletList(outlets: string[], max: number): string {
  if (outlets.length === 0) return 'outlets unknown';
  const shown = outlets.slice(0, max).join(', ');
  return outlets.length > max ? `${shown} +${outlets.length - max}` : shown;
}

function articlesLabel(s: StorySummary): string {
  const n = `${s.articles} article${s.articles === 1 ? '' : 's'}`;
  return s.copies ? `${n} (${s.copies} wire cop${s.copies === 1 ? 'y' : 'ies'})` : n;
}

/** `filtered`: the list was narrowed by dates or an outlet, so an empty one says so. */
export function renderStories(r: StoriesResult, format: string, filtered = false): string {
  if (format === 'json') return JSON.stringify(r, null, 2);
  if (format === 'markdown') {
    const out = [`# Stories (${r.stories.length} of ${r.total})`, '', '| story | headline | dates | articles | outlets | thread |', '|---|---|---|---|---|---|'];
    for (const s of r.stories) {
      out.push(`| ${m(s.id)} | ${mdTitle(s.headline)} | ${dateSpan(s.first, s.last)} | ${s.articles}${s.copies ? ` (${s.copies} wire)` : ''} | ${m(outletList(s.outlets, 6))} | ${s.thread ? `${m(s.thread.id)} (${s.thread.stories} stories)` : ''} |`);
    }
    return out.join('\n');
  }
  if (r.stories.length === 0) {
    if (r.total > 0) return 'No stories on this page.';
    return filtered ? 'No stories match these dates or outlet.' : 'No stories yet (run `parallax ingest` first).';
  }
  const out: string[] = [];
  for (const s of r.stories) {
    out.push(`${t(s.id)}  ${t(s.headline ?? '(untitled)')}`);
    out.push(`    ${dateSpan(s.first, s.last)} · ${articlesLabel(s)} · ${t(outletList(s.outlets, 4))}`);
    if (s.thread) out.push(`    thread ${t(s.thread.id)}: ${s.thread.stories} stories (follow-ups)`);
  }
  out.push('', `${r.stories.length} of ${r.total} stories`);
  return out.join('\n');
}

/** The snippet with its matches wrapped in `open`/`close`, each piece escaped by `esc`. */
function highlight(h: SearchResult['hits'][number], esc: (s: string) => string, open: string, close: string): string {
  let out = '';
  let at = 0;
  for (const x of h.matches) {
    out += esc(h.snippet.slice(at, x.start)) + open + esc(h.snippet.slice(x.start, x.end)) + close;
    at = x.end;
  }
  return (out + esc(h.snippet.slice(at))).replace(/\s+/g, ' ').trim();
}

export function renderSearch(r: SearchResult, format: string): string {
  if (format === 'json') return JSON.stringify(r, null, 2);
  if (format === 'markdown') {
    const out = [`# Search: ${m(r.query)}`, ''];
    if (r.hits.length === 0) out.push('No article matches.');
    for (const h of r.hits) {
      out.push(`- **${mdTitle(h.title)}** — ${m(h.outlet ?? 'unknown outlet')}, ${h.published?.slice(0, 10) ?? 'undated'} (article ${m(h.article)}${h.story ? `, story ${m(h.story)}` : ''})`);
      out.push(`  > ${highlight(h, m, '**', '**')}`);
    }
    return out.join('\n');
  }
  if (r.hits.length === 0) return `No article matches "${t(r.query)}".`;
  const out: string[] = [];
  for (const h of r.hits) {
    out.push(`${t(h.article)}${h.story ? `  story ${t(h.story)}` : ''}  ${h.published?.slice(0, 10) ?? 'undated'}  ${t(h.outlet ?? 'unknown outlet')}`);
    out.push(`    ${t(h.title ?? '(untitled)')}`);
    out.push(`    ${highlight(h, t, '[', ']')}`);
  }
  out.push('', `${r.hits.length} hit${r.hits.length === 1 ? '' : 's'}`);
  return out.join('\n');
}

/** A story's articles, newest information first in each line: the dossier's table of sources. */
export function renderStoryArticles(s: StorySummary, members: StoredArticle[], format: string): string {
  if (format === 'json') {
    return JSON.stringify({ story: s, articles: members.map((x) => ({ ...x.article, duplicateOf: x.duplicateOf })) }, null, 2);
  }
  const line = (x: StoredArticle, esc: (v: string) => string): string =>
    `${esc(x.article.id)}  ${x.article.published?.slice(0, 10) ?? 'undated'}  ${esc(x.article.outlet ?? 'unknown outlet')}  ${esc(x.article.title ?? '(untitled)')}` +
    `${x.article.url ? `  <${esc(x.article.url)}>` : ''}${x.duplicateOf ? `  (wire copy of ${esc(x.duplicateOf)})` : ''}`;
  if (format === 'markdown') {
    const out = [`# ${mdTitle(s.headline)}`, '', `Story ${m(s.id)} · ${dateSpan(s.first, s.last)} · ${articlesLabel(s)} · ${m(outletList(s.outlets, 12))}`, ''];
    for (const x of members) out.push(`- ${line(x, m)}`);
    return out.join('\n');
  }
  const out = [`${t(s.id)}  ${t(s.headline ?? '(untitled)')}`, `${dateSpan(s.first, s.last)} · ${articlesLabel(s)} · ${t(outletList(s.outlets, 12))}`, ''];
  for (const x of members) out.push(`  ${line(x, t)}`);
  return out.join('\n');
}

export function renderIngest(r: IngestReport, format: string): string {
  if (format === 'json') return JSON.stringify(r, null, 2);
  const lines = [
    `${r.new} new, ${r.duplicate} duplicate, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped as empty` : ''} (${r.seconds.toFixed(1)} s)`,
    `${t(r.database)}: ${r.articles} article${r.articles === 1 ? '' : 's'} in ${r.stories} stor${r.stories === 1 ? 'y' : 'ies'}`,
  ];
  if (r.interrupted) lines.push('interrupted: run the same ingest again to add the rest (what is stored is skipped as duplicate)');
  if (r.replayed) lines.push(`(${r.replayed} articles from an interrupted run were re-clustered first)`);
  return lines.join('\n');
}

/** `parallax stats`: totals, then articles per day (and per outlet within the day). */
export function renderStats(r: StatsResult, format: string): string {
  if (format === 'json') return JSON.stringify(r, null, 2);
  const scope = [r.filter.since && `since ${r.filter.since}`, r.filter.until && `until ${r.filter.until}`, r.filter.outlet && `outlet ${r.filter.outlet}`].filter(Boolean).join(', ');
  const head = `${r.articles} article${r.articles === 1 ? '' : 's'} in ${r.stories} stor${r.stories === 1 ? 'y' : 'ies'}${scope ? ` (${scope})` : ''}`;
  const byOutlet = new Map<string, number>();
  const byDay = new Map<string, Array<{ outlet: string; n: number }>>();
  for (const c of r.counts) {
    const outlet = c.outlet ?? 'outlet unknown';
    byOutlet.set(outlet, (byOutlet.get(outlet) ?? 0) + c.articles);
    const day = c.day ?? 'undated';
    const list = byDay.get(day) ?? [];
    list.push({ outlet, n: c.articles });
    byDay.set(day, list);
  }
  const outlets = [...byOutlet].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (format === 'markdown') {
    const out = [`# Corpus counts`, '', head, '', '| day | articles | outlets |', '|---|---|---|'];
    for (const [day, list] of byDay) out.push(`| ${day} | ${list.reduce((s, x) => s + x.n, 0)} | ${m(list.map((x) => `${x.outlet} ${x.n}`).join(', '))} |`);
    out.push('', '| outlet | articles |', '|---|---|', ...outlets.map(([o, n]) => `| ${m(o)} | ${n} |`));
    return out.join('\n');
  }
  const out = [head, '', 'per day:'];
  for (const [day, list] of byDay) out.push(`  ${day.padEnd(10)}  ${String(list.reduce((s, x) => s + x.n, 0)).padStart(6)}  ${t(list.map((x) => `${x.outlet} ${x.n}`).join(', '))}`);
  out.push('', 'per outlet:', ...outlets.map(([o, n]) => `  ${String(n).padStart(6)}  ${t(o)}`));
  return out.join('\n');
}
