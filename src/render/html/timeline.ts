/**
 * The timeline as an SVG axis plus a numbered list. Each distinct date gets an equal slot on the
 * axis (ordinal, not proportional: a story's dates bunch into a few days with a handful of
 * background dates years back, and a proportional axis would squeeze the days into one dot). A
 * long gap is drawn as a broken axis labelled with its length, so the ordinal spacing never hides
 * time. The marker shape says the precision (day ● / month ◐ ring / year ■ hollow square) and
 * numbers tie the markers to the list below, which carries the text and the supporting outlets.
 */
import type { Dossier, TimelineEvent } from '../../core/dossier-schema.js';
import { escapeHtml } from '../escape.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-09-12" → "12 Sep 2025", "2025-03" → "Mar 2025", "2010" (decade) → "2010s". */
export function formatDate(date: string, precision: TimelineEvent['precision'] | null = null): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (precision === 'decade') return `${y}s`;
  if (precision === 'year' || !mo) return y;
  const month = MONTHS[Number(mo) - 1] ?? mo;
  if (precision === 'month' || !d) return `${month} ${y}`;
  // A week is stored as its Monday: bare, it would read as a day a week early for a weekend.
  if (precision === 'week') return `week of ${Number(d)} ${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

function toTime(date: string): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
}

function gapLabel(ms: number): string {
  const days = ms / 86_400_000;
  if (days >= 365 * 1.5) return `${Math.round(days / 365)} yrs`;
  if (days >= 60) return `${Math.round(days / 30.4)} mo`;
  return `${Math.round(days)} d`;
}

const SLOT = 130;
const PAD = 70;
const AXIS_Y = 92;
const BREAK_DAYS = 45;

export interface TimelineSlot {
  date: string;
  precision: TimelineEvent['precision'];
  events: Array<{ n: number; event: TimelineEvent }>;
}

/** Events sorted by date (stable), grouped by date, numbered from 1 in reading order. */
export function timelineSlots(events: TimelineEvent[]): TimelineSlot[] {
  const sorted = events.map((e, i) => ({ e, i })).sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i));
  const slots: TimelineSlot[] = [];
  let n = 0;
  for (const { e } of sorted) {
    const last = slots[slots.length - 1];
    if (last && last.date === e.date) last.events.push({ n: ++n, event: e });
    else slots.push({ date: e.date, precision: e.precision, events: [{ n: ++n, event: e }] });
  }
  return slots;
}

function marker(x: number, cy: number, precision: TimelineEvent['precision']): string {
  if (precision === 'day') return `<circle cx="${x}" cy="${cy}" r="7" class="tl-day"/>`;
  if (precision === 'month') return `<circle cx="${x}" cy="${cy}" r="7" class="tl-month"/><circle cx="${x}" cy="${cy}" r="2.5" class="tl-dot"/>`;
  return `<rect x="${x - 7}" y="${cy - 7}" width="14" height="14" class="tl-year"/>`;
}

export function timelineSvg(slots: TimelineSlot[]): string {
  const width = PAD * 2 + Math.max(0, slots.length - 1) * SLOT;
  const maxStack = Math.max(1, ...slots.map((s) => s.events.length));
  const top = Math.max(0, (maxStack - 2) * 20);
  const height = AXIS_Y + 48 + top;
  const parts: string[] = [];
  const y = (v: number) => v + top;
  parts.push(`<line x1="${PAD - 30}" y1="${y(AXIS_Y)}" x2="${width - PAD + 30}" y2="${y(AXIS_Y)}" class="tl-axis"/>`);
  slots.forEach((slot, i) => {
    const x = PAD + i * SLOT;
    const prev = slots[i - 1];
    if (prev) {
      const a = toTime(prev.date);
      const b = toTime(slot.date);
      if (a !== null && b !== null && (b - a) / 86_400_000 > BREAK_DAYS) {
        const mid = x - SLOT / 2;
        parts.push(`<rect x="${mid - 9}" y="${y(AXIS_Y) - 6}" width="18" height="12" class="tl-gapbg"/>`);
        parts.push(`<line x1="${mid - 7}" y1="${y(AXIS_Y) + 7}" x2="${mid - 1}" y2="${y(AXIS_Y) - 7}" class="tl-break"/>`);
        parts.push(`<line x1="${mid + 1}" y1="${y(AXIS_Y) + 7}" x2="${mid + 7}" y2="${y(AXIS_Y) - 7}" class="tl-break"/>`);
        parts.push(`<text x="${mid}" y="${y(AXIS_Y) - 14}" class="tl-gap">${escapeHtml(gapLabel(b - a))}</text>`);
      }
    }
    parts.push(marker(x, y(AXIS_Y), slot.precision));
    parts.push(`<text x="${x}" y="${y(AXIS_Y) + 30}" class="tl-date">${escapeHtml(formatDate(slot.date, slot.precision))}</text>`);
    slot.events.forEach((ev, k) => {
      const cy = y(AXIS_Y) - 32 - k * 24;
      parts.push(`<circle cx="${x}" cy="${cy}" r="10" class="tl-num"/><text x="${x}" y="${cy + 4}" class="tl-numtext">${ev.n}</text>`);
    });
  });
  const label = `Timeline of ${slots.reduce((n, s) => n + s.events.length, 0)} events from ${slots[0] ? escapeHtml(formatDate(slots[0].date, slots[0].precision)) : ''} to ${slots.length ? escapeHtml(formatDate(slots[slots.length - 1].date, slots[slots.length - 1].precision)) : ''}; the numbered list below gives each event.`;
  return `<svg class="tl-svg" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}">${parts.join('')}</svg>`;
}

export function hasTimeline(d: Dossier): boolean {
  return Array.isArray(d.timeline) && d.timeline.length > 0;
}
