/**
 * `parallax analyze … --format html`: the dossier as one self-contained HTML file. No network,
 * no CDN: style and script are inline and whitelisted by hash in a CSP meta tag, so the file
 * opens offline in any browser, runs nothing an article smuggled in, and prints cleanly.
 */
import type { Dossier } from '../../core/dossier-schema.js';
import { htmlPage } from './page.js';
import { renderStory, type StoryViewOptions } from './story.js';

export function renderHtmlReport(d: Dossier, opts: StoryViewOptions = {}): string {
  const arts = Array.isArray(d.articles) ? d.articles : [];
  const first = [...arts].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999'))[0];
  const title = opts.title ?? first?.title ?? 'Story dossier';
  return htmlPage({
    title: `${title} — Parallax dossier`,
    mode: 'inline',
    body: renderStory(d, { note: `Parallax dossier, format ${d.version}. Every passage below is quoted from the sources.`, ...opts, title }),
  });
}
