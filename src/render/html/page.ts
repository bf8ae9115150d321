/**
 * The HTML document around a body: doctype, head, and the Content-Security-Policy. Two modes:
 * `inline` (the self-contained report: CSS and script inline, allowed by their SHA-256 hashes in a
 * CSP meta tag, nothing else may load) and `linked` (the web app: /assets/app.css and
 * /assets/app.js from the same origin, the CSP comes as a response header).
 */
import { createHash } from 'node:crypto';
import { escapeHtml } from '../escape.js';
import { HIGHLIGHT_JS } from './client.js';
import { CSS } from './style.js';

export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * CSP of the self-contained report: no network at all (default-src 'none'), only our own style
 * and script blocks (by hash — `unsafe-inline` would also run anything an article smuggled in),
 * images only as data: URIs, no forms, no <base> rewriting.
 */
export function reportCsp(css = CSS, js = HIGHLIGHT_JS): string {
  return [
    "default-src 'none'",
    `style-src ${sha256Source(css)}`,
    `script-src ${sha256Source(js)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export interface PageOptions {
  title: string;
  body: string;
  mode: 'inline' | 'linked';
  /** Chrome above <main> (the web app's site header). */
  header?: string;
}

export function htmlPage(p: PageOptions): string {
  const head =
    p.mode === 'inline'
      ? `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(reportCsp())}">
<meta name="referrer" content="no-referrer">
<style>${CSS}</style>`
      : `<meta name="referrer" content="same-origin">
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/app.js" defer></script>`;
  const script = p.mode === 'inline' ? `<script>${HIGHLIGHT_JS}</script>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${head}
<title>${escapeHtml(p.title)}</title>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
${p.header ?? ''}
<main id="main">
${p.body}
</main>
${script}
</body>
</html>
`;
}
