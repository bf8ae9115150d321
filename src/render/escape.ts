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
    // Block syntax at the start of a line: a thematic break or setext underline ("---", "==="), a
    // bullet ("- "), an ordered-list marker ("10. ", "3) "). Markdown escapes only punctuation, so
    // a list marker is neutralised by escaping its dot or parenthesis ("10\. "): a backslash
    // before a digit is no escape and would show literally ("\10.4 billion", a conflict value).
    // A number that merely starts the text ("10.4 billion", "3.5%") is no list marker and is left alone.
    .replace(/^(\s*)([-=]{3,}|-(?=\s|$))/gm, (_m, sp: string, t: string) => `${sp}\\${t}`)
    .replace(/^(\s*)(\d+)([.)])(?=\s|$)/gm, (_m, sp: string, d: string, p: string) => `${sp}${d}\\${p}`)
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
