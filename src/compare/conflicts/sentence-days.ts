/**
 * The days a sentence dates what it tells (issue #10, session 23: a false place card on an unseen
 * DUC 2003 story, "the stabbing deaths Friday night of two soldiers … in Weberek" in a Sunday
 * report against "an Indonesian soldier was killed early Friday in Manufahi" a week later: two
 * attacks on two Fridays, aligned as one fact by their words).
 *
 * Owns: the full days (YYYY-MM-DD) the annotator resolved for the dates and times of day inside a
 * sentence (sentenceDays), and whether two sides' sentences are dated to different days with none
 * shared (daysDiffer). Two reports that date what they tell to two different days tell two
 * events, however alike their words: their places or names are those of two events, not one
 * event's given two ways. Only full days decide: a month or a year may hold both events, and an
 * undated sentence may tell either.
 */
import type { AnnotatedArticle } from '../../core/schema.js';

/** The full days that the dates and times of day inside [start, end) of an article resolve to. */
export function sentenceDays(a: AnnotatedArticle | undefined, start: number, end: number): Set<string> {
  const out = new Set<string>();
  for (const t of a?.times ?? []) {
    if (t.start < start || t.end > end || (t.kind !== 'date' && t.kind !== 'time') || !t.value) continue;
    if (/^\d{4}-\d{2}-\d{2}/.test(t.value)) out.add(t.value.slice(0, 10));
  }
  return out;
}

/** Whether every side names at least one full day and no day is shared between two sides. */
export function daysDiffer(sides: Array<Set<string>>): boolean {
  if (sides.length < 2 || sides.some((s) => s.size === 0)) return false;
  for (let i = 0; i < sides.length; i++) for (let j = i + 1; j < sides.length; j++) for (const d of sides[i]) if (sides[j].has(d)) return false;
  return true;
}
