/**
 * Quote attribution on PolNeAR (../shared/bench/quotes/polnear-train, 840 US political news
 * articles with hand-marked Source / Cue / Content of every attribution). Printed for the dev
 * part (two thirds, where errors are looked at and the reporting-verb table is learned) and the
 * held-out part (one third, never inspected); see bench/polnear.ts for the split.
 *
 * Definitions:
 * - gold quote: a Content that contains a stretch between double quote marks (“…” or "…");
 * - found: a gold quote that one of our quotes overlaps;
 * - judged: each of our quotes that overlaps the Content of a gold attribution with a Source
 *   (quotes of "no source" attributions and quotes overlapping no Content are counted apart);
 * - right: our speaker span overlaps the Source of an attribution whose Content overlaps the
 *   quote, or our speaker's name (the resolved `speakerName`, else the speaker as written)
 *   shares a name word with that Source (capitalised, not a title: "Haley Morris" ~
 *   "Spokeswoman Haley Morris", "Donald Trump" ~ "Trump"). So "he" right before the quote counts
 *   right when the gold Source is that "he" (the corpus has no coreference to check what "he"
 *   resolves to); a quote carried over to the next paragraph counts right when its resolved
 *   name is the Source's name;
 *   Our pronoun counts right also when the gold Source is the same pronoun within PRONOUN_NEAR
 *   characters (two "he" of one sentence: "He pledged … and said that he …").
 *   A gold Source that is a relative pronoun ("Weaver, who said …") stands for the phrase before it;
 * - none: our speaker is null; wrong: any other speaker. Of the wrong, `wrongInsideGoldContent`
 *   counts those whose speaker stands inside the gold Content: a nested attribution ("“…,”
 *   Walker said, according to an AP account") where the corpus marks only the outer source
 *   (the AP account) and we give the person the reporter cites. Counted apart, not excused;
 *   `rightEitherLevel` also prints right plus those whose recorded `via` is the gold Source
 *   (both levels of the nesting are in our record; the corpus marks the outer one), beside the
 *   headline figure, which it does not replace;
 * - `rightOuterLevel`: the corpus's own convention (PolNeAR credits the outermost source it
 *   marks): right when our record's outer level matches the gold Source, that is our `via` where
 *   we record one (the same overlap or shared name word as for a speaker), else our speaker. Where
 *   we record a via that is not the gold Source, a right speaker counts wrong at this level.
 *   Printed beside the headline, which stays our speaker (who said the words).
 * `QUOTES_DUMP=file` writes the dev part's misses and wrong speakers to a file for reading
 * (`QUOTES_CV_DUMP=file` the same for the cross-validated dev figure);
 * `QUOTES_HELDOUT=0` leaves the held-out part out (while iterating on dev).
 *
 * Cross-validated dev figure: the dev part in FOLDS folds (by position in name order); each fold
 * is annotated with the reporting-verb and speaker-head tables learned from the other folds
 * (bench/reporting-lexicon.ts), not the committed table learned from the whole dev part, and
 * the folds' counts are summed. The gap between it and the plain dev figure is what the learned
 * tables fit to the articles they were learned from. `QUOTES_CV=0` skips it.
 */
import { writeFileSync } from 'node:fs';
import { annotate } from '../src/annotate/index.js';
import { ROLE_HEADS } from '../src/annotate/lexicon/persons.js';
import { nameKey } from '../src/annotate/mentions.js';
import { quoteRule, setLearnedLexicon } from '../src/annotate/quotes.js';
import type { Article, Quote } from '../src/core/schema.js';
import { SKIP_NO_SHARED, sharedDir } from '../test/helpers/shared.js';
import { type Attribution, type Fragment, type PolnearArticle, polnearDir, readPolnear } from './polnear.js';
import { learnReportingLexicon } from './reporting-lexicon.js';

/** Folds of the dev part for the cross-validated figure. */
const FOLDS = 5;

interface Tally {
  articles: number;
  goldQuotes: number;
  goldFound: number;
  judged: number;
  right: number;
  none: number;
  wrong: number;
  wrongGoldPronoun: number;
  wrongInsideGoldContent: number;
  wrongViaIsGold: number;
  /** Right, or wrong with our `via` (the outer source of a nested attribution) the gold Source: the corpus's level or ours. */
  rightEitherLevel: number;
  /** Right at the corpus's level: our `via` where we record one, else our speaker, is the gold Source. */
  rightOuterLevel: number;
  noSourceQuotes: number;
  noSourceWithSpeaker: number;
  unmatched: number;
  /** Quotes flagged `scare` (not listed as quotations), and how many of them are in no gold attribution. */
  scare: number;
  scareOutsideGold: number;
  byKind: Record<string, { n: number; right: number; wrong: number }>;
  /** By the rule that gave the speaker (quotes.ts `quoteRule`). */
  byRule: Record<string, { n: number; right: number; wrong: number }>;
}

const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'the', 'a', 'an', 'of', 'and', 'former', 'u.s', 'us']);
const PRONOUN = /^(?:he|she|they|we|i|it|you)$/i;
/** How near (characters) our pronoun must be to the gold pronoun Source to be taken for the same person. */
const PRONOUN_NEAR = 200;

function overlaps(a: Fragment[] | null, start: number, end: number): number {
  let n = 0;
  for (const f of a ?? []) n += Math.max(0, Math.min(end, f.end) - Math.max(start, f.start));
  return n;
}

/** Name words: capitalised words that are not titles or roles, normalised as the annotator keys names. */
function nameWords(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s.split(/[^\p{L}\p{N}.'’-]+/u)) {
    const bare = w.replace(/(?:['’]s?|[.,])+$/u, '');
    if (!/^\p{Lu}/u.test(bare) || bare.length < 2) continue;
    const lower = bare.toLowerCase().replace(/\.$/, '');
    if (TITLE_WORDS.has(lower) || ROLE_HEADS.has(lower)) continue;
    out.add(nameKey(bare));
  }
  return out;
}

/**
 * The gold Source, with a relative pronoun replaced by what it stands for: annotators marked
 * "who" in "said Weaver, who added that …"; the antecedent is the phrase before the comma
 * ("said Weaver"), back to the previous punctuation.
 */
function sourceSpans(text: string, source: Fragment[]): Fragment[] {
  const t = source.map((f) => text.slice(f.start, f.end)).join(' ').trim().toLowerCase();
  if (!/^(?:who|whom|which|that)$/.test(t)) return source;
  const at = source[0].start;
  const before = text.slice(Math.max(0, at - 120), at);
  const m = /([^,.;:!?"“”()\n]+),?\s*$/.exec(before);
  return m ? [{ start: at - before.length + m.index, end: at - before.length + m.index + m[1].length }] : source;
}

function isRight(q: Quote, text: string, golds: Attribution[]): boolean {
  if (!q.speaker) return false;
  // A description's own words ("a Clinton campaign spokesman") do not name its speaker.
  const mine = q.speakerName !== null ? nameWords(q.speakerName) : q.speakerKind === 'name' ? nameWords(q.speaker.text) : new Set<string>();
  for (const g of golds) {
    if (!g.source) continue;
    const source = sourceSpans(text, g.source);
    if (overlaps(source, q.speaker.start, q.speaker.end) > 0) return true;
    // The same pronoun near the gold one ("He pledged … and said that he …"): the same person.
    const gold = text.slice(source[0].start, source[source.length - 1].end).trim().toLowerCase();
    if (PRONOUN.test(gold) && gold === q.speaker.text.toLowerCase() && Math.abs(source[0].start - q.speaker.start) <= PRONOUN_NEAR) return true;
    const src = source.map((f) => text.slice(f.start, f.end)).join(' ');
    for (const w of nameWords(src)) if (mine.has(w)) return true;
  }
  return false;
}

/** Whether our recorded outer source (`via`) is the gold Source: overlapping it, or sharing a name word with it. */
function viaIsGold(q: Quote, text: string, golds: Attribution[]): boolean {
  if (!q.via) return false;
  const mine = nameWords(q.via.text);
  for (const g of golds) {
    if (!g.source) continue;
    const source = sourceSpans(text, g.source);
    if (overlaps(source, q.via.start, q.via.end) > 0) return true;
    for (const w of nameWords(source.map((f) => text.slice(f.start, f.end)).join(' '))) if (mine.has(w)) return true;
  }
  return false;
}

function hasQuoteMarks(s: string): boolean {
  return /“[^”]+”|"[^"]+"|''[^']+(?:'[^']+)*''/.test(s);
}

function tally(articles: PolnearArticle[], dump: string[] | null): Tally {
  const t: Tally = { articles: articles.length, goldQuotes: 0, goldFound: 0, judged: 0, right: 0, none: 0, wrong: 0, wrongGoldPronoun: 0, wrongInsideGoldContent: 0, wrongViaIsGold: 0, rightEitherLevel: 0, rightOuterLevel: 0, noSourceQuotes: 0, noSourceWithSpeaker: 0, unmatched: 0, scare: 0, scareOutsideGold: 0, byKind: {}, byRule: {} };
  for (const pa of articles) {
    const article: Article = { id: pa.name, file: null, outlet: null, url: null, title: null, published: pa.published, authors: [], agencies: [], photoCredits: [], language: 'en', text: pa.text, removed: [] };
    const quotes = annotate(article).quotes;
    const text = pa.text;
    for (const g of pa.attributions) {
      const content = g.content!.map((f) => text.slice(f.start, f.end)).join(' ');
      if (!hasQuoteMarks(content)) continue;
      t.goldQuotes++;
      if (quotes.some((q) => overlaps(g.content, q.start, q.end) > 0)) t.goldFound++;
      else if (dump) dump.push(`MISSED QUOTE ${pa.name}: ${context(text, g.content![0].start, g.content![g.content!.length - 1].end)}`);
    }
    for (const q of quotes) {
      const golds = pa.attributions.filter((g) => overlaps(g.content, q.start, q.end) > 0);
      if (q.scare) {
        t.scare++;
        if (golds.every((g) => !g.source)) t.scareOutsideGold++;
      }
      if (golds.length === 0) {
        t.unmatched++;
        continue;
      }
      if (golds.every((g) => !g.source)) {
        t.noSourceQuotes++;
        if (q.speaker) t.noSourceWithSpeaker++;
        continue;
      }
      t.judged++;
      const kind = q.speaker ? (q.speakerKind ?? 'unknown') : 'null';
      const k = (t.byKind[kind] ??= { n: 0, right: 0, wrong: 0 });
      k.n++;
      const r = (t.byRule[quoteRule.get(q) ?? '?'] ??= { n: 0, right: 0, wrong: 0 });
      r.n++;
      if (q.speaker && (q.via ? viaIsGold(q, text, golds) : isRight(q, text, golds))) t.rightOuterLevel++;
      if (!q.speaker) {
        t.none++;
      } else if (isRight(q, text, golds)) {
        t.right++;
        t.rightEitherLevel++;
        k.right++;
        r.right++;
        if (dump) dump.push(`RIGHT rule=${quoteRule.get(q)} cue=${JSON.stringify(q.cue)} speaker=${JSON.stringify(q.speaker.text)} via=${JSON.stringify(q.via?.text ?? null)} name=${JSON.stringify(q.speakerName)} kind=${q.speakerKind} attribution=${q.attribution} partial=${q.partial} ${pa.name}@${q.start}`);
        continue;
      } else {
        t.wrong++;
        k.wrong++;
        r.wrong++;
        const srcs = golds.filter((g) => g.source).map((g) => g.source!.map((f) => text.slice(f.start, f.end)).join(' '));
        if (srcs.some((s) => PRONOUN.test(s.trim()))) t.wrongGoldPronoun++;
        // Our speaker written inside the gold Content: a nested attribution ("“…,” Walker said,
        // according to an AP account") of which the corpus marks only the outer source.
        if (golds.some((g) => g.source && overlaps(g.content, q.speaker!.start, q.speaker!.end) > 0)) t.wrongInsideGoldContent++;
        // Of those, the ones whose recorded outer source (`via`: "according to an AP account")
        // is the gold Source: the corpus credits the report, we the person it quotes.
        if (q.via && golds.some((g) => g.source && overlaps(sourceSpans(text, g.source), q.via!.start, q.via!.end) > 0)) {
          t.wrongViaIsGold++;
          t.rightEitherLevel++;
        }
      }
      if (dump) {
        const srcs = golds.filter((g) => g.source).map((g) => g.source!.map((f) => text.slice(f.start, f.end)).join(' '));
        const label = q.speaker ? `WRONG rule=${quoteRule.get(q)} cue=${JSON.stringify(q.cue)} speaker=${JSON.stringify(q.speaker.text)} via=${JSON.stringify(q.via?.text ?? null)} name=${JSON.stringify(q.speakerName)} kind=${q.speakerKind} attribution=${q.attribution} partial=${q.partial}${golds.some((g) => g.source && overlaps(g.content, q.speaker!.start, q.speaker!.end) > 0) ? ' nested' : ''}` : 'NONE';
        dump.push(`${label} gold=${JSON.stringify(srcs)} ${pa.name}@${q.start}: ${context(text, q.start, q.end)}`);
      }
    }
  }
  return t;
}

/** The dev part annotated fold by fold with tables learned from the other folds; the folds' counts summed. */
function crossValidated(dev: PolnearArticle[], dump: string[] | null): Tally {
  const sum = tally([], null);
  const folds: Tally[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const test = dev.filter((_, i) => i % FOLDS === k);
    setLearnedLexicon(learnReportingLexicon(dev.filter((_, i) => i % FOLDS !== k)));
    try {
      const t = tally(test, dump);
      folds.push(t);
      for (const key of ['articles', 'goldQuotes', 'goldFound', 'judged', 'right', 'none', 'wrong', 'wrongGoldPronoun', 'wrongInsideGoldContent', 'wrongViaIsGold', 'rightEitherLevel', 'rightOuterLevel', 'noSourceQuotes', 'noSourceWithSpeaker', 'unmatched', 'scare', 'scareOutsideGold'] as const) sum[key] += t[key];
      for (const [kind, v] of Object.entries(t.byKind)) {
        const s = (sum.byKind[kind] ??= { n: 0, right: 0, wrong: 0 });
        s.n += v.n;
        s.right += v.right;
        s.wrong += v.wrong;
      }
    } finally {
      setLearnedLexicon(null);
    }
  }
  printRulesByFold(folds);
  return sum;
}

/**
 * Per-rule precision in each fold of the cross-validated dev figure (wrong / quotes the rule gave
 * a speaker): a rule whose precision varies a lot between folds is fitted to some articles.
 */
function printRulesByFold(folds: Tally[]): void {
  const rules = [...new Set(folds.flatMap((f) => Object.keys(f.byRule)))].sort();
  process.stdout.write(`per rule, each fold: quotes/right%/wrong (dev, ${FOLDS}-fold)\n`);
  for (const r of rules) {
    const cells = folds.map((f) => {
      const v = f.byRule[r] ?? { n: 0, right: 0, wrong: 0 };
      return `${v.n}/${pct(v.right, v.n)}/${v.wrong}`;
    });
    process.stdout.write(`  ${r.padEnd(8)} ${cells.map((c) => c.padEnd(14)).join('')}\n`);
  }
}

function context(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 300);
  const to = Math.min(text.length, end + 200);
  return (text.slice(from, start) + '[[' + text.slice(start, end) + ']]' + text.slice(end, to)).replace(/\n+/g, ' ¶ ');
}

function pct(n: number, d: number): number {
  return d ? Math.round((1000 * n) / d) / 10 : 0;
}

function summary(label: string, t: Tally): Record<string, unknown> {
  const out = {
    articles: t.articles,
    goldQuotes: t.goldQuotes,
    goldFound: t.goldFound,
    foundPct: pct(t.goldFound, t.goldQuotes),
    judgedQuotes: t.judged,
    rightPct: pct(t.right, t.judged),
    nonePct: pct(t.none, t.judged),
    wrongPct: pct(t.wrong, t.judged),
    wrongWhereGoldIsPronoun: t.wrongGoldPronoun,
    wrongInsideGoldContent: t.wrongInsideGoldContent,
    wrongViaIsGold: t.wrongViaIsGold,
    rightEitherLevelPct: pct(t.rightEitherLevel, t.judged),
    rightOuterLevelPct: pct(t.rightOuterLevel, t.judged),
    noSourceQuotes: t.noSourceQuotes,
    noSourceWithSpeaker: t.noSourceWithSpeaker,
    quotesOutsideGold: t.unmatched,
    scareQuotes: t.scare,
    scareQuotesInNoSourcedAttribution: t.scareOutsideGold,
    byKind: Object.fromEntries(Object.entries(t.byKind).sort().map(([k, v]) => [k, { quotes: v.n, rightPct: pct(v.right, v.n), wrongPct: pct(v.wrong, v.n) }])),
  };
  process.stdout.write(
    `${label}: ${t.articles} articles; gold quotes ${t.goldQuotes}, found ${t.goldFound} (${out.foundPct}%); ` +
      `of ${t.judged} judged quotes: right ${out.rightPct}% (${t.right}), none ${out.nonePct}% (${t.none}), wrong ${out.wrongPct}% ` +
      `(${t.wrong} wrong, ${t.wrongGoldPronoun} of them where the gold Source is a pronoun, ${t.wrongInsideGoldContent} where our speaker stands inside the gold Content, ${t.wrongViaIsGold} whose recorded outer source (via) is the gold Source); ` +
      `right at either level of a nested attribution (our speaker, or our via where the corpus marks the outer source) ${out.rightEitherLevelPct}% (${t.rightEitherLevel}); ` +
      `right at the corpus's level (our via where we record one, else our speaker) ${out.rightOuterLevelPct}% (${t.rightOuterLevel}); ` +
      `no-source quotes ${t.noSourceQuotes} (${t.noSourceWithSpeaker} given a speaker); quotes outside any gold content ${t.unmatched}; scare quotes ${t.scare} (${t.scareOutsideGold} in no gold attribution with a Source)\n`,
  );
  for (const [k, v] of Object.entries(out.byKind)) process.stdout.write(`  ${k}: ${v.quotes} quotes, right ${v.rightPct}%, wrong ${v.wrongPct}%\n`);
  return out;
}

export async function run(): Promise<Record<string, unknown> | null> {
  const shared = sharedDir();
  const dir = shared ? polnearDir(shared) : null;
  if (!dir) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED} (needs bench/quotes/polnear-train)\n`);
    return null;
  }
  const all = readPolnear(dir);
  const dumpFile = process.env.QUOTES_DUMP;
  const dump: string[] | null = dumpFile ? [] : null;
  const devArticles = all.filter((a) => !a.heldOut);
  const dev = summary('dev', tally(devArticles, dump));
  const cvDumpFile = process.env.QUOTES_CV_DUMP;
  const cvDump: string[] | null = cvDumpFile ? [] : null;
  const devCv = process.env.QUOTES_CV === '0' ? null : summary(`dev, ${FOLDS}-fold cross-validated tables`, crossValidated(devArticles, cvDump));
  if (cvDumpFile && cvDump) writeFileSync(cvDumpFile, cvDump.join('\n') + '\n');
  // `QUOTES_HELDOUT=0` skips the held-out part: while rules are chosen on dev, its counts are
  // better left unread (read them once, at the end).
  const heldOut = process.env.QUOTES_HELDOUT === '0' ? null : summary('held-out', tally(all.filter((a) => a.heldOut), null));
  if (dumpFile && dump) writeFileSync(dumpFile, dump.join('\n') + '\n');
  const out: Record<string, unknown> = { dev };
  if (devCv) out.devCrossValidated = devCv;
  if (heldOut) out.heldOut = heldOut;
  return out;
}
