/**
 * Findings a later report reversed: "the coroner said on March 2 that no drugs were found in the
 * singer's body", then "a toxicology report found a sedative in the singer's body, the coroner
 * said on March 9". Such reports are not a contradiction (each was true when it was made: a test
 * came back later), nor two separate facts: they are an update, shown with their times (issue
 * #10, "updates are not contradictions"; read on an unseen ECB+ story, session 17, where a
 * coroner's "no drugs" of one date and a drug found a week later were shown as two unrelated
 * partial reports).
 *
 * The test, on sentences the fact alignment already paired (one fact, a partial report or a
 * clash: the matcher says they tell of the same thing):
 * - one states a finding negated ("no … was found", "found no", "did not find", "tested
 *   negative"), the other the same finding verb asserted (not negated, nor under a condition, a
 *   question, an infinitive or a modal: assertedFinding);
 * - both name the same thing the finding is about: at least SHARED_WORDS content words in
 *   common besides the finding verb (the body, the victim, the substance's class);
 * - the negated one is dated strictly earlier (the latest day its sentence gives, else its
 *   article's publication day) than the positive one. Reversed in time, or on one day, it is a
 *   disagreement, which is the conflicts' and the consensus gate's to judge, not an update.
 * Precision first: nothing here accuses an outlet, but a wrong update would tell the reader that
 * a finding changed when two reports speak of two things; so only the finding verbs below, whose
 * negation is the finding's own ("no drugs were found"), not a denial of what someone else said.
 */
import type { Update } from '../../core/dossier-schema.js';
import type { AnnotatedArticle } from '../../core/schema.js';
import type { Alignment, FactSentence } from '../facts/facts.js';
import { STOP } from '../words/lex.js';
import { stem } from '../words/text.js';
import { shareSynset, synsetsOf } from '../words/synonyms.js';

/** Verbs of a finding (a test, a search, an examination): their negation is a finding too. */
// Not "showed" or "revealed": "the poll showed no change" / "showed a rise" is a measure, not a finding.
const FIND = '(?:found|find|finds|detected|detect|detects|discovered|discover|discovers)';
/**
 * A finding negated in its own clause, with the thing not found (group `thing`): "no drugs were
 * found", "found no mosquitoes", "did not find any weapon", "the virus has not been detected",
 * "samples tested negative".
 */
const NEGATED = new RegExp(
  [
    `\\bno\\s+(?<a>(?:[\\p{L}-]+\\s+){0,3}?)(?:was|were|had\\s+been|has\\s+been|have\\s+been|could\\s+be|could\\s+have\\s+been)\\s+${FIND}\\b`,
    `\\b${FIND}\\s+no\\s+(?<b>[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2})`,
    `\\b(?:did|does|do|had|has|have|could)\\s*(?:not|n['’]t)\\s+(?:\\w+\\s+)?${FIND}\\s+(?:any\\s+)?(?<c>[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2})`,
    `(?<d>[\\p{L}-]+)\\s+(?:has|have|had|was|were|is|are)\\s+(?:not\\s+been|not)\\s+${FIND}\\b`,
    `(?<e>[\\p{L}-]+)\\s+(?:(?:has|have|had)\\s+)?test(?:ed|s)?\\s+negative\\b`,
  ].join('|'),
  'iu',
);
/**
 * A negation over a recent stretch ("had not been detected in almost two weeks", "in the past
 * month", "in the state in almost two weeks": in the rest of its clause): it says the finding paused, often in a sentence that reports it again; no finding of
 * absence for a later report to update.
 */
const WINDOW_AFTER = /^[^,;.!?]{0,40}?\b(?:in|for|over)\s+(?:(?:almost|nearly|about|more\s+than|over|the\s+(?:past|last))\s+)?(?:[\p{L}\d-]+\s+)?(?:days?|weeks?|months?|years?)\b/iu;

/** The stems of the thing not found: its words, names set aside when a common noun is there ("No New Jersey resident" → resident). */
function thingOf(m: RegExpExecArray): string[] {
  const g = m.groups ?? {};
  const words = (g.a ?? g.b ?? g.c ?? g.d ?? g.e ?? '').match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w) => w.length > 2 && !STOP.has(w.toLowerCase()) && !FIND_WORDS.has(w.toLowerCase()));
  const common = content.filter((w) => !/^\p{Lu}/u.test(w));
  return (common.length ? common : content).map((w) => stem(w.toLowerCase().replace(/[’']s$/, '')));
}

/** The finding verb itself (the positive side needs one, not negated). */
// With what was found, up to four words before a preposition or a break ("found a sedative"),
// so that the update shows it.
const FINDING = new RegExp(`\\b${FIND}\\b(?:\\s+(?!(?:in|on|at|by|inside|near|during|after|that|when|while|and)\\b)[\\p{L}\\d'’-]+){0,4}|\\btest(?:ed|s)?\\s+positive\\b`, 'giu');
/**
 * Before a finding verb, in its clause: words that leave it unasserted, so it reports no finding
 * for a negated one to be updated by: a negation NEGATED does not read ("investigators never
 * found drugs", "were unable to find", "failed to find", "have yet to find", "without finding"),
 * a condition or a question ("if drugs are found", "whether drugs would be found"), a hope or a
 * search ("hoped to find").
 */
const UNASSERTED_CLAUSE = /\b(?:not|never|n['’]t|no\s+longer|neither|nor|without|unable|failed|fail|yet|if|whether|unless|hope[sd]?|hoping|expect(?:s|ed|ing)?|seek(?:s|ing)?|sought|tr(?:y|ied|ies|ying))\b/i;
/** Right before a finding verb: an infinitive or a modal ("a test to find drugs", "drugs would be found", "may have been found"). */
const UNASSERTED_BEFORE = /\b(?:to|will|would|may|might|could|should|can|must|shall)\s+(?:[\p{L}'’]+\s+){0,2}$/iu;
/** The first finding of a sentence that it asserts (see UNASSERTED_CLAUSE), or null. */
function assertedFinding(text: string): RegExpExecArray | null {
  FINDING.lastIndex = 0;
  for (let m = FINDING.exec(text); m !== null; m = FINDING.exec(text)) {
    // Its clause: back to the last comma, semicolon, colon or dash (bounded: 80 characters).
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const clause = before.slice(Math.max(...[',', ';', ':', '\u2014', '('].map((c) => before.lastIndexOf(c))) + 1);
    if (!UNASSERTED_CLAUSE.test(clause) && !UNASSERTED_BEFORE.test(clause)) return m;
  }
  return null;
}
/** Content words in common, besides the finding verbs, for two sentences to tell of one finding. */
const SHARED_WORDS = 2;
const FIND_WORDS = new Set(['found', 'find', 'finds', 'detected', 'detect', 'detects', 'discovered', 'discover', 'discovers', 'tested', 'test', 'tests', 'negative', 'positive', 'said', 'says']);
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
    const w = m[0].replace(/[’']s$/, '');
    if (w.length < 3 || STOP.has(w) || FIND_WORDS.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

/**
 * Updates of findings between the aligned sentences of the compared articles. `next` is the
 * number of updates already found (ids go on from it).
 */
export function findingUpdates(articles: AnnotatedArticle[], alignment: Alignment, factOf: (article: string, start: number) => string | null, next: number): Update[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  /** The day a sentence tells of: its latest day not after publication, else the publication day. */
  const dayOf = (s: FactSentence): string | null => {
    const a = byId.get(s.article);
    if (!a) return null;
    const pub = a.published ? a.published.slice(0, 10) : null;
    let best: string | null = null;
    for (const t of a.times) {
      if (t.start < s.start || t.end > s.end || t.event || t.kind !== 'date' || !t.value || !DAY_VALUE.test(t.value)) continue;
      if (pub && t.value > pub) continue;
      if (best === null || t.value > best) best = t.value;
    }
    return best ?? pub;
  };
  const pairs: Array<[number, number]> = [...alignment.related, ...alignment.clashed];
  for (const f of alignment.facts) {
    const ms = [...f.members, ...f.also];
    for (let i = 0; i < ms.length; i++) for (let j = i + 1; j < ms.length; j++) pairs.push([ms[i].idx, ms[j].idx]);
  }
  // One update per negated sentence (its first positive report, in sentence order): the
  // order of the pairs is the alignment's, made deterministic here.
  pairs.sort((a, b) => Math.min(a[0], a[1]) - Math.min(b[0], b[1]) || Math.max(a[0], a[1]) - Math.max(b[0], b[1]));
  const out: Update[] = [];
  const seen = new Set<number>();
  for (const [i, j] of pairs) {
    const x = alignment.sentences[i];
    const y = alignment.sentences[j];
    if (!x || !y || x.article === y.article) continue;
    for (const [neg, pos] of [[x, y], [y, x]] as const) {
      const n = NEGATED.exec(neg.text);
      if (!n || NEGATED.test(pos.text)) continue;
      const p = assertedFinding(pos.text);
      if (!p) continue;
      if (seen.has(neg.idx)) continue;
      const dn = dayOf(neg);
      const dp = dayOf(pos);
      if (dn === null || dp === null || !(dn < dp)) continue;
      if (WINDOW_AFTER.test(neg.text.slice(n.index + n[0].length))) continue;
      const wp = contentWords(pos.text);
      let shared = 0;
      for (const w of contentWords(neg.text)) if (wp.has(w)) shared++;
      if (shared < SHARED_WORDS) continue;
      // The thing not found must be what the later report found, by its word or a WordNet
      // synonym: "No New Jersey resident was found to carry the virus" is not updated by "it has
      // also been found this year in New Jersey" (the virus, not a resident; DUC 2006 dev).
      const thing = thingOf(n);
      if (!thing.some((t) => wp.has(t) || [...wp].some((w) => shareSynset(synsetsOf(t), synsetsOf(w))))) continue;
      seen.add(neg.idx);
      const span = (s: FactSentence, m: RegExpExecArray) => ({ article: s.article, start: s.start + m.index, end: s.start + m.index + m[0].length });
      const facts = [...new Set([factOf(neg.article, neg.start), factOf(pos.article, pos.start)].filter((v): v is string => v !== null))].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
      out.push({
        id: `u${next + out.length + 1}`,
        kind: 'finding',
        about: neg.text.trim(),
        values: [
          { value: n[0], normalized: 'not found', articles: [neg.article], spans: [span(neg, n)], published: dn },
          { value: p[0], normalized: 'found', articles: [pos.article], spans: [span(pos, p)], published: dp },
        ],
        facts,
      });
    }
  }
  return out;
}
