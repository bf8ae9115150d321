/**
 * Article content is untrusted wherever it is shown. These helpers neutralise it per medium:
 * terminal (control and escape sequences stripped, so an article cannot move the cursor or
 * recolour the screen), Markdown (inline syntax and raw HTML escaped), and HTML (entities).
 */

// C0/C1 controls except tab and newline, plus DEL: enough to stop ANSI/OSC escape sequences.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidirectional overrides can make text display differently from what it is.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(s: string): string {
  return s.replace(CONTROL, '').replace(BIDI, '');
}

/** Escape text for use inline in Markdown: no raw HTML, links, emphasis or headings from content. */
export function markdownInline(s: string): string {
  return terminalSafe(s)
    .replace(/[\\`*_{}\[\]()#+!|<>~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-=]{3,}|\d+\.)/gm, (_m, sp: string, t: string) => `${sp}\\${t}`)
    .replace(/\n/g, ' ');
}

/** Escape a Markdown block (keeps line breaks as paragraph breaks). */
export function markdownBlock(s: string): string {
  return s
    .split(/\n{2,}/)
    .map((p) => markdownInline(p.replace(/\n/g, ' ')))
    .join('\n\n');
}

const HTML_ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return terminalSafe(s).replace(/[&<>"']/g, (c) => HTML_ESC[c]);
}
