/**
 * The wire agency an article's copy is, for counting an outlier's opponents (issue #10: "an
 * outlier is named only when at least two independent outlets, wire copies counting once, agree
 * against it"; session 22). An article opening with an agency's dateline ("KARVIK (AP) —") runs
 * that agency's report, as facts/sources.ts sourceOf reads it for a fact's sources; two outlets
 * running it are one report, however each edited it. Without this, two sites carrying one AP story
 * counted as two votes and named a third outlet's report the outlier (invented text). A credit
 * line alone ("AP contributed reporting") is not a copy: the outlet wrote the story.
 */
import { agencyName, wireDateline } from '../../ingest/credits.js';
import { sourceKey } from '../facts/sources.js';

/** How much of the text a dateline may open (as sources.ts reads it). */
const DATELINE_CHARS = 200;

/**
 * The source key of the agency whose wire copy the text is, or null; an article whose outlet is
 * itself an agency ("Associated Press", "Reuters") is that agency's report with or without a
 * dateline, so it meets the sites that run its copy.
 */
export function wireAgency(text: string, outlet: string | null): string | null {
  const wire = wireDateline(text.slice(0, DATELINE_CHARS)) ?? (outlet ? agencyName(outlet.replace(/^the\s+/i, '').trim()) : null);
  return wire ? sourceKey(wire) : null;
}
