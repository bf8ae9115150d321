/**
 * Learns the reporting-verb and speaker-head tables from PolNeAR articles (bench/polnear.ts).
 * Run on the whole dev part by bench/build-reporting-verbs.ts, which writes the committed table,
 * and on all but one fold of the dev part by the quotes benchmark's cross-validation
 * (bench/quotes.ts), which annotates the remaining fold with what was learned. The held-out third
 * is never given to it.
 *
 * Verbs:
 * A word form is kept when
 * - it lies inside a hand-marked Cue at least MIN_CUES times, and
 * - at least MIN_SHARE of all its occurrences in the texts lie inside a Cue: the word
 *   reports speech in most of its uses ("wrote" 171/191, "blasted" 15/15), which keeps out
 *   words that cues merely contain ("to", "that", "statement" 55/153, "say" 181/382 mostly in
 *   "voters say they …"), and
 * - it has the shape of an English finite verb or participle (-ed, -s, -ing, not -ly): cues
 *   also hold adverbs ("derisively"), nouns ("assertion") and adjectives ("eager") that never
 *   stand in the verb slot of an attribution. Irregular forms ("said", "told", "wrote") do not
 *   have that shape; they come from the hand list in quotes.ts, which this table extends.
 *   The bare form of a kept past tense passes too, on the same counts (the plural present,
 *   "they argue", "Democrats insist").
 * MIN_SHARE (0.6) was chosen on the dev part with the quotes benchmark (0.3 to 0.9 compared in
 * docs/quotes.md): below it each step adds about one wrong speaker for two right ones.
 *
 * Speaker heads: the last word of each hand-marked Source that is a short noun phrase opened by
 * a determiner or a possessive ("the campaign", "a prominent Republican National Committee
 * member", "Sanders's campaign manager"), kept when it heads MIN_HEAD_USES such sources and is a
 * lower-case noun, not a pronoun or a number ("two of them").
 */
import type { PolnearArticle } from './polnear.js';

export const MIN_CUES = 3;
export const MIN_SHARE = Number(process.env.MIN_SHARE ?? 0.6);
/**
 * Linking and raising verbs ("the White House seemed “rattled”", "it looked “tired”") are never
 * verbs of saying: their subject is what the words describe, not who said them. PolNeAR marks
 * them inside cues of evaluation ("seemed to suggest"), so the counts alone would keep them.
 * ("sounded" stays: in news it is mostly "sounded off", which reports.)
 */
const LINKING = /^(?:seem|seems|seemed|seeming|appear|appears|appeared|appearing|look|looks|looked|looking|become|becomes|became|becoming|remain|remains|remained|remaining|feel|feels|felt|feeling)$/;
export const MIN_HEAD_USES = 3;
const DETERMINER = /^(?:the|a|an|one|another|some|several|many|his|her|its|their|two|three|other|most|few)$/i;
const NOT_HEADS = new Set(['one', 'ones', 'two', 'three', 'them', 'you', 'him', 'her', 'us', 'it', 'average', 'left', 'right']);
const WORD = /[\p{L}’'-]+/gu;
const VERB_SHAPE = /^[a-z]{3,}(?:ed|[^s'’]s|ing)$/;

/** Past-tense spellings of a bare verb: argue → argued, insist → insisted, deny → denied, jab → jabbed. */
function pastOf(w: string): string[] {
  return [`${w}ed`, `${w}d`, w.replace(/y$/, 'ied'), `${w}${w[w.length - 1]}ed`];
}

/** The learned tables, each sorted (deterministic whatever the order of the articles). */
export function learnReportingLexicon(articles: readonly PolnearArticle[]): { verbs: string[]; heads: string[] } {
  const heads = new Map<string, number>();
  for (const a of articles) {
    for (const g of a.attributions) {
      if (!g.source) continue;
      const words = g.source.map((f) => a.text.slice(f.start, f.end)).join(' ').replace(/[,\s]+$/, '').trim().split(/\s+/);
      if (words.length < 2 || words.length > 6 || !(DETERMINER.test(words[0]) || /['’]s$/.test(words[0]))) continue;
      const head = words[words.length - 1];
      if (/^[a-z]{3,}$/.test(head) && !NOT_HEADS.has(head)) heads.set(head, (heads.get(head) ?? 0) + 1);
    }
  }
  const keptHeads = [...heads].filter(([, n]) => n >= MIN_HEAD_USES).map(([h]) => h).sort();
  const inCue = new Map<string, number>();
  const total = new Map<string, number>();
  for (const a of articles) {
    const cue = new Uint8Array(a.text.length);
    for (const g of a.attributions) for (const f of g.cue ?? []) cue.fill(1, f.start, f.end);
    WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORD.exec(a.text))) {
      const w = m[0].toLowerCase();
      total.set(w, (total.get(w) ?? 0) + 1);
      if (cue[m.index]) inCue.set(w, (inCue.get(w) ?? 0) + 1);
    }
  }
  const often = (w: string, c: number): boolean => c >= MIN_CUES && c / total.get(w)! >= MIN_SHARE;
  const shaped = new Set([...inCue].filter(([w, c]) => often(w, c) && VERB_SHAPE.test(w) && !w.endsWith('ly') && !LINKING.test(w)).map(([w]) => w));
  // The bare form of a kept past tense (the plural present: "they argue", "Democrats insist"),
  // when it passes the same counts: the past form shows it is a verb, which the bare shape
  // cannot ("eager", "assumption" pass the counts too).
  const bare = [...inCue].filter(([w, c]) => /^[a-z]{3,}$/.test(w) && often(w, c) && !LINKING.test(w) && pastOf(w).some((p) => shaped.has(p))).map(([w]) => w);
  const kept = [...new Set([...shaped, ...bare])].sort();
  return { verbs: kept, heads: keptHeads };
}
