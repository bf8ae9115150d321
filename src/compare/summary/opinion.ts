/**
 * Whether an article is an opinion piece (a column, an op-ed, an editorial) rather than a report,
 * read from the writer's own voice: the linguistic cues that tell an argument from an account
 * (Biber's stance markers; Wiebe et al. 2004 on subjectivity in news), each taken outside
 * quotation marks so that a quoted speaker's "I", "you" or "should" does not count:
 * - the writer in the first person ("I think", "we must");
 * - the reader addressed in the second person ("if you were lucky enough …");
 * - obligation and advice ("should", "must", "ought to", "it is time to");
 * - questions put to the reader;
 * - evaluative words per word (the VADER/AFINN lexicon the framing uses, evaluative-data.ts).
 * The cues are combined by logistic regression, the weights learned by
 * bench/build-opinion-weights.ts on the AllSides dev stories, whose articles AllSides tags
 * OPINION or not (opinion-weights.ts). A summary should not lead with a column's sentence when a
 * report tells the event: summary.ts reads `opinionScore` for that.
 */
import { compiledOnce } from '../../core/regex.js';
import { EVALUATIVE } from '../entities/framing.js';
import { OPINION_WEIGHTS, OPINION_BIAS } from './opinion-weights.js';
import { LEARNED_REPORTING_VERBS } from '../../annotate/lexicon/reporting-verbs.js';

// First-person words of the writer (the summary's `firstPerson` reads the same pattern).
export const FIRST = /(^|[^\p{L}])(I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|We|our|Our|us)(?=[^\p{L}]|$)/u;
// The reader addressed: "you", "your" (a column speaks to its reader; a report does not).
const SECOND = /(^|[^\p{L}])(you|You|your|Your|yours|yourself|you're|You're|you’re|You’re|you've|you’ve)(?=[^\p{L}]|$)/u;
// Obligation and advice in the writer's voice: what ought to happen, not what happened.
const OBLIGATION = /\b(?:should|shouldn't|shouldn’t|must|mustn't|ought to|it(?:'s|’s| is) time (?:to|for))\b/iu;
const QUESTION = /\?["”'’)\]]*\s*$/;

/** Text outside quotation marks (what the writer says, not whom the writer quotes). */
const unquoted = (s: string): string => s.replace(/["“][^"”]*["”]/g, ' ');

/** The cues of an article's sentences, in the order of OPINION_WEIGHTS: shares of sentences, and evaluative words per word. */
export function opinionCues(sentences: readonly string[]): number[] {
  if (!sentences.length) return [0, 0, 0, 0, 0];
  let first = 0;
  let second = 0;
  let obligation = 0;
  let question = 0;
  let words = 0;
  let evaluated = 0;
  const lex = EVALUATIVE;
  for (const raw of sentences) {
    const s = unquoted(raw);
    if (compiledOnce(FIRST).test(s)) first++;
    if (compiledOnce(SECOND).test(s)) second++;
    if (compiledOnce(OBLIGATION).test(s)) obligation++;
    if (QUESTION.test(raw.trim())) question++;
    for (const w of s.toLowerCase().match(/[a-z]+/g) ?? []) {
      words++;
      if (lex.has(w)) evaluated++;
    }
  }
  const n = sentences.length;
  return [first / n, second / n, obligation / n, question / n, words ? evaluated / words : 0];
}

/** Probability (logistic) that an article with these sentences is an opinion piece. */
export function opinionScore(sentences: readonly string[]): number {
  const x = opinionCues(sentences);
  let z = OPINION_BIAS;
  for (let i = 0; i < x.length; i++) z += OPINION_WEIGHTS[i] * x[i];
  return 1 / (1 + Math.exp(-z));
}

// Verbs that report someone's words: "should" after one of them is that someone's advice, told by
// the writer ("Officials said residents should leave"), not the writer's own (the learned PolNeAR
// attribution verbs of the quote reader, and the plain verbs of saying, which that list takes as given).
let reporting: Set<string> | null = null;
function reportingVerbs(): Set<string> {
  reporting ??= new Set([...LEARNED_REPORTING_VERBS, 'said', 'says', 'say', 'told', 'tells', 'urged', 'urges', 'warned', 'warns', 'wants', 'wanted']);
  return reporting;
}

/**
 * Whether a sentence speaks in the writer's own voice to the reader: it addresses the reader
 * ("If you were lucky enough …") or tells what ought to happen ("it is time to fight back",
 * "all schoolchildren ought to be back") with nobody's words reported, outside quotation marks.
 * Such a sentence argues; it cannot be the lead that tells the event.
 */
export function writerVoice(text: string): boolean {
  const s = unquoted(text);
  if (compiledOnce(SECOND).test(s)) return true;
  if (!compiledOnce(OBLIGATION).test(s)) return false;
  const verbs = reportingVerbs();
  return !(s.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => verbs.has(w));
}
