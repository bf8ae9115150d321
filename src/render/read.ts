/**
 * Renders the `read` result: JSON (the contract in core/schema.ts), a terminal report, or
 * Markdown. Each article shows its metadata, its cleaned text, what cleaning removed and what the
 * annotators found, with the character offsets a user needs to check them.
 */
import type { AnnotatedArticle, ReadResult } from '../core/schema.js';
import { markdownBlock, markdownInline, terminalSafe } from './escape.js';

export function renderRead(result: ReadResult, format: string): string {
  if (format === 'json') return JSON.stringify(result, null, 2);
  if (format === 'markdown') return result.articles.map(articleMarkdown).join('\n\n---\n\n');
  return result.articles.map(articleText).join('\n\n' + '='.repeat(72) + '\n\n');
}

const t = terminalSafe;

/** A sentence on one line, shortened for the listing. */
function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > 100 ? flat.slice(0, 99) + '…' : flat;
}

function metaLines(a: AnnotatedArticle): Array<[string, string]> {
  const rows: Array<[string, string]> = [
    ['file', a.file ?? '—'],
    ['outlet', a.outlet ?? 'unknown'],
    ['url', a.url ?? 'unknown'],
    ['published', a.published ?? 'unknown'],
    ['authors', a.authors.join('; ') || 'none named'],
  ];
  if (a.agencies.length) rows.push(['agencies', a.agencies.join(', ')]);
  if (a.photoCredits.length) rows.push(['photo credits', a.photoCredits.join('; ')]);
  if (a.language) rows.push(['language', a.language]);
  return rows;
}

function quoteSpeaker(q: AnnotatedArticle['quotes'][number]): string {
  if (!q.speaker) return 'speaker not named';
  const who = q.speakerName && q.speakerName !== q.speaker.text ? `${q.speaker.text} (= ${q.speakerName})` : q.speaker.text;
  const said = q.cue ? `${who}, ${q.cue}` : who;
  // Second-hand attribution: whose report the words come through ("according to an AP account").
  return q.via ? `${said} (via ${q.via.text})` : said;
}

/** A quantity's value for a reader: the number, a range, or an open bound ("≥ 4000"). */
function quantityValue(q: AnnotatedArticle['quantities'][number]): string {
  if (q.value !== null) return String(q.value);
  if (q.kind === 'tally') return `${q.low}-${q.high}`;
  if (q.low !== null && q.high !== null) return `${q.low}–${q.high}`;
  if (q.low !== null) return `≥ ${q.low}`;
  if (q.high !== null) return `≤ ${q.high}`;
  return '?';
}

function articleText(a: AnnotatedArticle): string {
  const out: string[] = [];
  out.push(`${a.id}  ${t(a.title ?? '(untitled)')}`);
  for (const [k, v] of metaLines(a)) out.push(`  ${k.padEnd(13)} ${t(v)}`);
  out.push('', t(a.text), '');
  out.push(`sentences: ${a.sentences.length}`);
  for (const [i, s] of a.sentences.entries()) out.push(`  ${String(i + 1).padStart(3)} [${s.start}-${s.end}] ${t(oneLine(a.text.slice(s.start, s.end)))}`);
  if (a.mentions.length) {
    out.push('names:');
    for (const m of a.mentions) out.push(`  [${m.start}-${m.end}] ${m.type.padEnd(12)} ${t(m.text)}${m.role ? `  (role: ${t(m.role.text)})` : ''}`);
  }
  if (a.times.length) {
    out.push('dates and times:');
    for (const d of a.times) out.push(`  [${d.start}-${d.end}] ${t(d.text)} → ${timeValue(d)}${d.precision ? ` (${d.precision})` : ''}${d.relative ? ', relative' : ''}${d.event ? ', names an event' : ''}`);
  }
  if (a.quantities.length) {
    out.push('numbers:');
    for (const q of a.quantities) out.push(`  [${q.start}-${q.end}] ${t(q.text)} → ${quantityValue(q)} ${q.kind}${q.unit ? ` (${t(q.unit)})` : ''}`);
  }
  // Scare quotes ("the so-called “deal”") are nobody's speech: not listed as quotes.
  const quotes = a.quotes.filter((q) => !q.scare);
  if (quotes.length) {
    out.push('quotes:');
    for (const q of quotes) out.push(`  [${q.start}-${q.end}] “${t(q.text)}” — ${t(quoteSpeaker(q))}${q.partial ? ' (partial)' : ''}`);
  }
  if (a.removed.length) {
    out.push('removed by cleaning:');
    for (const r of a.removed) out.push(`  ${r.line ? `line ${r.line}: ` : ''}${t(r.text)}  [${r.reason}]`);
  }
  return out.join('\n');
}

function articleMarkdown(a: AnnotatedArticle): string {
  const m = markdownInline;
  const out: string[] = [];
  out.push(`## ${m(a.title ?? '(untitled)')}`, '');
  for (const [k, v] of metaLines(a)) out.push(`- **${k}**: ${m(v)}`);
  out.push('', markdownBlock(a.text), '');
  if (a.mentions.length) {
    out.push('### Names', '', '| offsets | type | name | role |', '|---|---|---|---|');
    for (const x of a.mentions) out.push(`| ${x.start}–${x.end} | ${x.type} | ${m(x.text)} | ${x.role ? m(x.role.text) : ''} |`);
    out.push('');
  }
  if (a.times.length) {
    out.push('### Dates', '', '| offsets | expression | value | precision |', '|---|---|---|---|');
    for (const d of a.times) out.push(`| ${d.start}–${d.end} | ${m(d.text)} | ${timeValue(d)} | ${d.precision ?? ''}${d.relative ? ' (relative)' : ''}${d.event ? ' (names an event)' : ''} |`);
    out.push('');
  }
  if (a.quantities.length) {
    out.push('### Numbers', '', '| offsets | text | value | kind | unit |', '|---|---|---|---|---|');
    for (const q of a.quantities) out.push(`| ${q.start}–${q.end} | ${m(q.text)} | ${quantityValue(q)} | ${q.kind} | ${q.unit ? m(q.unit) : ''} |`);
    out.push('');
  }
  const quotes = a.quotes.filter((q) => !q.scare);
  if (quotes.length) {
    out.push('### Quotes', '');
    for (const q of quotes) out.push(`- ${q.start}–${q.end}: “${m(q.text)}” — ${m(quoteSpeaker(q))}${q.partial ? ' *(partial)*' : ''}`);
    out.push('');
  }
  if (a.removed.length) {
    out.push('### Removed by cleaning', '');
    for (const r of a.removed) out.push(`- ${m(r.text)} *(${m(r.reason)})*`);
  }
  return out.join('\n');
}

/** A time expression's value for reading: the calendar value, else the TimeML value with its kind ("P3Y duration", "2025-Q3"). */
function timeValue(d: AnnotatedArticle['times'][number]): string {
  if (d.value) return d.value;
  if (!d.timex) return 'unresolved';
  return d.kind === 'date' ? d.timex : `${d.timex} ${d.kind}`;
}
