/**
 * The extractive summary (coverage is in coverage.ts). It reads the aligned facts only: the
 * summary is made of verbatim fact sentences, each cited to every article that supports it, so
 * it can say nothing that no source says.
 */
import type { Fact, SummarySentence } from '../core/dossier-schema.js';
import type { AnnotatedArticle } from '../core/schema.js';
import { keyTokens } from './affinity.js';

const MAX_SUMMARY = 7;

/**
 * Whether a sentence is the reporter's account rather than someone's words: a sentence in the
 * first person ("I dated …", "We are trying …") or with an unbalanced quotation mark (one
 * sentence of a longer quote) is speech, which a neutral summary reports but does not repeat.
 */
function reported(text: string): boolean {
  if (/(^|[^\p{L}])(I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|We|our|Our|us)(?=[^\p{L}]|$)/u.test(text.replace(/["“][^"”]*["”]/g, ''))) return false;
  const opens = (text.match(/[“]/g) ?? []).length;
  const closes = (text.match(/[”]/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return opens === closes && straight % 2 === 0;
}
// Two summary sentences sharing most of their content words say the same thing twice.
const REDUNDANT = 0.7;

/**
 * Pick the summary: facts reported by at least two articles (any fact when there is only one
 * article), by support, then by how early the sentences sit in their articles (news puts what
 * matters first), skipping near-repeats and sentences that are mostly a direct quote (a summary
 * of what sources agree on reports, it does not quote).
 */
export function buildSummary(facts: Fact[], articles: AnnotatedArticle[], compared: number): SummarySentence[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const position = (f: Fact): number => {
    let sum = 0;
    for (const s of f.sentences) {
      const a = byId.get(s.article)!;
      sum += a.text.length ? s.start / a.text.length : 0;
    }
    return sum / f.sentences.length;
  };
  const quoteShare = (f: Fact): number => {
    const a = byId.get(f.source.article)!;
    let covered = 0;
    for (const q of a.quotes) {
      const s = Math.max(q.start, f.source.start);
      const e = Math.min(q.end, f.source.end);
      if (e > s) covered += e - s;
    }
    return covered / Math.max(1, f.source.end - f.source.start);
  };
  const minSupport = compared >= 2 ? 2 : 1;
  const pool = facts
    .filter((f) => f.support.length >= minSupport && quoteShare(f) < 0.5 && reported(f.text))
    .map((f) => ({ f, pos: position(f) }))
    .sort((a, b) => b.f.support.length - a.f.support.length || a.pos - b.pos || Number(a.f.id.slice(1)) - Number(b.f.id.slice(1)));
  const chosen: Array<{ f: Fact; stems: Set<string> }> = [];
  for (const { f } of pool) {
    if (chosen.length >= MAX_SUMMARY) break;
    // Keys fold spellings, demonyms and event words, so a reworded repeat is still a repeat.
    const stems = keyTokens(f.text).set;
    const repeat = chosen.some((c) => {
      let common = 0;
      for (const s of stems) if (c.stems.has(s)) common++;
      return common / Math.max(1, Math.min(stems.size, c.stems.size)) >= REDUNDANT;
    });
    if (!repeat) chosen.push({ f, stems });
  }
  return chosen.map(({ f }) => ({ text: f.text, support: f.support, fact: f.id, sentences: f.sentences }));
}
