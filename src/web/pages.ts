/**
 * The web app's HTML pages (stories list, story, article, analyze form, errors). Each is a plain
 * function from data to a complete document; the story view itself is the report's renderer
 * (src/render/html/story.ts). Stylesheet and script are served from /assets (same origin), so the
 * CSP header needs no inline allowance at all. All data is escaped here, URLs are built with
 * encodeURIComponent, and no page reflects unescaped input.
 */
import type { Dossier } from '../core/dossier-schema.js';
import type { AnnotatedArticle } from '../core/schema.js';
import { escapeHtml as e } from '../render/escape.js';
import { htmlPage } from '../render/html/page.js';
import { safeHref, renderStory } from '../render/html/story.js';
import { segmentHtml, type KeyedSpan } from '../render/html/segments.js';
import { formatDate } from '../render/html/timeline.js';
import type { StorySummary } from './types.js';

export type Section = 'stories' | 'analyze' | null;

export const storyHref = (id: string): string => `/stories/${encodeURIComponent(id)}`;
export const articleHref = (id: string): string => `/articles/${encodeURIComponent(id)}`;

function siteHeader(current: Section): string {
  const link = (href: string, label: string, sec: Section) => `<a href="${href}"${current === sec ? ' aria-current="page"' : ''}>${label}</a>`;
  return `<header class="site"><a class="brand" href="/">◫ Parallax</a><nav aria-label="Site">${link('/', 'Stories', 'stories')}${link('/analyze', 'Analyze articles', 'analyze')}</nav></header>`;
}

export function page(title: string, body: string, current: Section): string {
  return htmlPage({ title: `${title} — Parallax`, body, mode: 'linked', header: siteHeader(current) });
}

function dateRange(first: string | null, last: string | null): string {
  if (!first && !last) return 'date unknown';
  const a = first ? formatDate(first.slice(0, 10)) : '?';
  const b = last ? formatDate(last.slice(0, 10)) : '?';
  return a === b ? a : `${a} – ${b}`;
}

/**
 * A story as a list names it: its headline; without one, its outlets and dates — never a bare
 * id, which tells a reader nothing.
 */
export function storyTitle(s: Pick<StorySummary, 'headline' | 'outlets' | 'first' | 'last'>): string {
  if (s.headline?.trim()) return s.headline;
  const who = s.outlets.length ? s.outlets.slice(0, 2).join(', ') + (s.outlets.length > 2 ? ` +${s.outlets.length - 2}` : '') : 'unknown outlets';
  return `Untitled story (${who}, ${dateRange(s.first, s.last)})`;
}

/** An article as a list names it: its headline, else its outlet and date, else its snippet's first words. */
export function articleTitle(r: { title: string | null; outlet?: string | null; published?: string | null; snippet?: string }): string {
  if (r.title?.trim()) return r.title;
  const parts = [r.outlet, r.published ? formatDate(r.published.slice(0, 10)) : null].filter(Boolean);
  if (parts.length) return `Untitled article (${parts.join(', ')})`;
  const words = (r.snippet ?? '').replace(/^[…\s]+/, '').split(/\s+/).slice(0, 8).join(' ');
  return words ? `Untitled article: “${words}…”` : 'Untitled article';
}

/** Outlet chips of a stories-list row, the rest folded behind "+N" (as on the story page). */
function outletChips(outlets: string[]): string {
  const shown = outlets.length > 5 ? outlets.slice(0, 4) : outlets;
  const rest = outlets.slice(shown.length);
  const chip = (o: string) => `<span class="chip">${e(o)}</span>`;
  const more = rest.length ? ` <details class="more-chips"><summary><span aria-hidden="true">+${rest.length}</span><span class="vh">${rest.length} more outlets</span></summary>${rest.map(chip).join(' ')}</details>` : '';
  return `<div class="chips">${shown.map(chip).join(' ')}${more}</div>`;
}

export interface StoriesPageData {
  stories: StorySummary[];
  hasStore: boolean;
  dbLabel: string | null;
  page: number;
  hasNext: boolean;
  query: string;
  results: Array<{ article: string; story: string | null; title: string | null; outlet?: string | null; published?: string | null; snippet: string }> | null;
  /** Why the search query could not run (e.g. unbalanced quotes), shown beside the search box. */
  searchError: string | null;
}

/** A story in a thread (follow-ups of one another): how many stories, and a link to the first. */
function threadNote(s: StorySummary): string {
  if (!s.thread) return '';
  const first = s.thread.id === s.id ? 'this is the first' : `first: <a href="${storyHref(s.thread.id)}">story ${e(s.thread.id)}</a>`;
  return `<br><span class="muted">Thread of ${s.thread.stories} stories (${first})</span>`;
}

export function storiesPage(p: StoriesPageData): string {
  if (!p.hasStore) {
    return page('Stories', `<h1>Stories</h1>
<div class="error-box"><p>No story database is open, so there are no stories to list.</p>
<p>Start the server with <code>parallax serve --db PATH</code> on a database built by <code>parallax ingest</code>, or <a href="/analyze">paste articles to analyse them now</a>.</p></div>`, 'stories');
  }
  const search = `<form class="search" method="get" action="/" role="search"><label class="vh" for="q">Search articles</label><input type="search" id="q" name="q" value="${e(p.query)}" placeholder="Search articles"><button type="submit">Search</button></form>`;
  let results = p.searchError ? `<div class="error-box" role="alert"><p>${e(p.searchError)}</p></div>` : '';
  if (p.results) {
    results = p.results.length
      ? `<h2>Articles matching “${e(p.query)}”</h2><ol>${p.results
          .map((r) => `<li><a href="${articleHref(r.article)}">${e(articleTitle(r))}</a>${r.outlet || r.published ? ` <span class="muted">${e([r.outlet, r.published ? formatDate(r.published.slice(0, 10)) : null].filter(Boolean).join(', '))}</span>` : ''}${r.story ? ` — <a href="${storyHref(r.story)}">its story</a>` : ''}<br><span class="muted">${e(r.snippet)}</span></li>`)
          .join('')}</ol>`
      : `<p class="empty">No article matches “${e(p.query)}”.</p>`;
  }
  const rows = p.stories
    .map((s) => `<tr><th scope="row"><a href="${storyHref(s.id)}">${e(storyTitle(s))}</a>${threadNote(s)}</th><td data-label="Outlets">${outletChips(s.outlets)}</td><td data-label="Dates">${e(dateRange(s.first, s.last))}</td><td data-label="Articles">${s.articles}</td></tr>`)
    .join('');
  const table = p.stories.length
    ? `<div class="scroll" tabindex="0" role="region" aria-label="Stories"><table class="stories"><thead><tr><th scope="col">Story</th><th scope="col">Outlets</th><th scope="col">Dates</th><th scope="col">Articles</th></tr></thead><tbody>${rows}</tbody></table></div>`
    : `<p class="empty">${p.page > 1 ? 'No more stories.' : 'The database holds no stories yet. Add articles with <code>parallax ingest</code>.'}</p>`;
  const pager = `<nav class="pager" aria-label="Pages">${p.page > 1 ? `<a href="/?page=${p.page - 1}">← Newer</a>` : ''}${p.hasNext ? `<a href="/?page=${p.page + 1}">Older →</a>` : ''}</nav>`;
  return page('Stories', `<h1>Stories</h1>${p.dbLabel ? `<p class="muted">Database: ${e(p.dbLabel)}</p>` : ''}${search}${results}<h2 class="vh">All stories</h2>${table}${pager}`, 'stories');
}

export interface StoryPageOptions {
  /** Group the outlet columns by "outlet" or an outlet attribute (`?group=`). */
  groupBy?: string | null;
  /** Articles just saved from the analyze page (`?saved=N`): the page says so and gives its permalink. */
  saved?: number | null;
}

export function storyPage(story: StorySummary, dossier: Dossier, warnings: string[], opts: StoryPageOptions = {}): string {
  const title = storyTitle(story);
  const href = storyHref(story.id);
  const banner = opts.saved
    ? `<div class="saved-box" role="status"><p><strong>Saved ${opts.saved === 1 ? '1 article' : `${opts.saved} articles`} to the corpus.</strong> They belong to this story now; its permanent address is <a href="${href}">${e(href)}</a>.</p></div>`
    : '';
  const body = `<p class="crumbs"><a href="/">Stories</a> › ${e(title)} · <a href="/api/stories/${encodeURIComponent(story.id)}">JSON</a> · <a href="${href}/report.html" download>Download report (HTML)</a></p>${renderStory(dossier, {
    title: story.headline, warnings, articleHref, banner, groupBy: opts.groupBy ?? null,
    groupHref: (k) => `${href}?group=${encodeURIComponent(k)}#coverage`,
  })}`;
  return page(title, body, 'stories');
}

export interface AnalysisPageOptions {
  /** Token of the analysis held for "Save to corpus"; null when it cannot be saved. */
  saveToken?: string | null;
  /** Why it cannot be saved (no corpus open), shown instead of the button. */
  saveNote?: string | null;
}

export function analysisResultPage(dossier: Dossier, warnings: string[], opts: AnalysisPageOptions = {}): string {
  const save = opts.saveToken
    ? `<form class="save-form" method="post" action="/analyze/save"><input type="hidden" name="token" value="${e(opts.saveToken)}"><button type="submit">Save to corpus</button> <span class="muted">adds these articles to the corpus and opens their story at a permanent address</span></form>`
    : opts.saveNote ? `<p class="muted save-form">${e(opts.saveNote)}</p>` : '';
  const body = `<p class="crumbs"><a href="/analyze">← Analyze other articles</a></p>${save}${renderStory(dossier, { warnings })}`;
  return page('Dossier', body, 'analyze');
}

const LAYER_LABEL: Record<string, string> = { mentions: 'Names', times: 'Dates and times', quantities: 'Numbers', quotes: 'Quotes' };

/** An article with its annotation layers: one button per distinct value highlights its spans. */
export function articlePage(a: AnnotatedArticle, storyId: string | null): string {
  const spans: KeyedSpan[] = [];
  let n = 0;
  const groups: string[] = [];
  const layer = (name: string, items: Array<{ start: number; end: number; text: string }>) => {
    const byText = new Map<string, Array<{ start: number; end: number }>>();
    for (const it of items) {
      const arr = byText.get(it.text) ?? [];
      arr.push(it);
      byText.set(it.text, arr);
    }
    if (!byText.size) return;
    const buttons = [...byText.entries()].map(([text, ss]) => {
      const key = `k${++n}`;
      for (const s of ss) spans.push({ start: s.start, end: s.end, key });
      const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
      return `<button type="button" class="sel" data-sel="${key}" aria-pressed="false">${e(shown)}${ss.length > 1 ? ` <span class="muted">×${ss.length}</span>` : ''}</button>`;
    });
    groups.push(`<h3>${LAYER_LABEL[name]} <span class="count">${byText.size}</span></h3><div class="annot-keys">${buttons.join('')}</div>`);
  };
  layer('mentions', a.mentions ?? []);
  layer('times', a.times ?? []);
  layer('quantities', a.quantities ?? []);
  layer('quotes', a.quotes ?? []);
  const href = safeHref(a.url);
  const meta: Array<[string, string]> = [
    ['Outlet', e(a.outlet ?? 'unknown')],
    ['Published', a.published ? e(a.published) : 'unknown'],
    ['Authors', a.authors.length ? e(a.authors.join('; ')) : 'none named'],
    ['Source', href ? `<a href="${e(href)}" rel="noopener noreferrer nofollow">${e(a.url ?? '')}</a>` : e(a.url ?? 'unknown')],
    ['File', e(a.file?.split(/[\\/]/).pop() ?? '—')],
  ];
  if (a.agencies.length) meta.push(['Agencies', e(a.agencies.join(', '))]);
  const title = articleTitle({ title: a.title, outlet: a.outlet, published: a.published, snippet: a.text.slice(0, 200) });
  const body = `<p class="crumbs"><a href="/">Stories</a>${storyId ? ` › <a href="${storyHref(storyId)}">its story</a>` : ''} › ${e(title)} · <a href="/api/articles/${encodeURIComponent(a.id)}">JSON</a></p>
<h1>${e(title)}</h1>
<table class="grid meta"><tbody>${meta.map(([k, v]) => `<tr><th scope="row">${k}</th><td>${v}</td></tr>`).join('')}</tbody></table>
<div class="layout"><div class="analysis"><h2>What Parallax found</h2>${groups.length ? groups.join('') : '<p class="empty">No names, dates, numbers or quotes found.</p>'}</div>
<div class="panel"><section id="articles" class="articles" aria-labelledby="text-h"><h2 id="text-h">Text</h2><div class="cols"><article class="col col-single" id="art-1" aria-labelledby="text-h"><div class="atext" tabindex="0" role="region" aria-label="Article text">${segmentHtml(a.text, spans)}</div></article></div></section></div></div>
<div class="selbar" id="selbar"><p id="sel-status" role="status" aria-live="polite"></p><a href="#articles" class="sel-jump" hidden>Show in text ↓</a><button type="button" id="sel-clear" hidden>Clear <span class="vh">selection</span></button></div>`;
  return page(title, body, 'stories');
}

export interface AnalyzeFormData {
  error?: string | null;
  maxUploadBytes: number;
  /** Values to put back in the form after an error. */
  records?: Array<{ text: string; outlet: string; title: string }>;
}

export function analyzePage(p: AnalyzeFormData): string {
  const recs = p.records && p.records.length ? p.records : [];
  while (recs.length < 2) recs.push({ text: '', outlet: '', title: '' });
  const blocks = recs
    .map((r, i) => {
      const n = i + 1;
      return `<fieldset><legend>Article ${n}</legend>
<div class="row2"><div><label for="outlet-${n}">Outlet <span class="muted">(optional)</span></label><input type="text" id="outlet-${n}" name="outlet" value="${e(r.outlet)}" autocomplete="off"></div>
<div><label for="title-${n}">Headline <span class="muted">(optional)</span></label><input type="text" id="title-${n}" name="title" value="${e(r.title)}" autocomplete="off"></div></div>
<label for="text-${n}">Text</label><textarea id="text-${n}" name="text" rows="8">${e(r.text)}</textarea></fieldset>`;
    })
    .join('');
  const mb = Math.round((p.maxUploadBytes / (1024 * 1024)) * 10) / 10;
  const body = `<h1>Analyze articles</h1>
<p>Paste two or more reports of the same event, or drop saved pages (HTML) and text files, and get a dossier: what they agree on, where they differ, who said what. Nothing leaves this computer.</p>
${p.error ? `<div class="error-box" role="alert"><p><strong>Could not analyse:</strong> ${e(p.error)}</p></div>` : ''}
<form id="analyze-form" method="post" action="/analyze" enctype="multipart/form-data">
<div class="drop" id="drop"><label for="files">Files: saved web pages (.html), text (.txt, .md) or JSON records</label>
<input type="file" id="files" name="file" multiple accept=".html,.htm,.txt,.md,.json,.jsonl,.gz,text/html,text/plain">
<p class="muted">Choose files or drop them here. Up to ${mb} MB in total.</p><ul id="file-list" aria-live="polite"></ul></div>
<h2 class="paste-h">… and/or paste articles</h2>
<div id="paste-blocks">${blocks}</div>
<p class="form-actions"><button type="button" id="add-article" class="btn-secondary" hidden>+ Add another article</button> <button type="submit">Build dossier</button></p>
</form>`;
  return page('Analyze articles', body, 'analyze');
}

export function errorPage(status: number, message: string): string {
  const titles: Record<number, string> = { 400: 'Bad request', 403: 'Forbidden', 404: 'Not found', 405: 'Method not allowed', 410: 'No longer available', 413: 'Upload too large', 500: 'Server error' };
  const title = titles[status] ?? 'Error';
  return page(title, `<h1>${e(title)}</h1><div class="error-box" role="alert"><p>${e(message)}</p></div><p><a href="/">Stories</a> · <a href="/analyze">Analyze articles</a></p>`, null);
}
