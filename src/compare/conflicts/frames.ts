/**
 * Predicate frames of a name: the act a person mention takes part in and the part it plays in it
 * (`agent` or `patient`), read from the clause around the mention whatever the voice. "Police
 * pulled X over" and "Y … was pulled over" put X and Y in one slot (the patient of "pull");
 * "X, a board member from Arkansas City, presented the standards" and "standards presented by board
 * member Y" put them in another (the agent of "present"); "it was X who brokered an agreement" and
 * "Y brokered an agreement" in a third. Swaps (swaps.ts) index names by these frames, so two
 * outlets that name different people for one act are paired although the sentences go on in
 * different words (issue #10: claims aligned by their participants and predicate, the differing
 * name not counted against the match).
 *
 * Owns only the reading of the frame. The verb is looked up in the WordNet-derived predicate
 * table (predicates.ts), so only words that are verbs count, and verbs of saying, being and having
 * are none (`NOT_PREDICATE` there): whom an outlet quotes is not a slot. The grammar read is
 * deliberately small (subject opening its clause, a cleft, a passive subject, a "by" agent, a
 * direct object, and "X faces charges", read as X being charged), each pattern anchored at the mention and bounded in length: linear in the
 * sentence, no backtracking over unbounded input.
 */
import { predicatesOf } from '../words/predicates.js';

export interface Frame {
  role: 'agent' | 'patient';
  /** Lemma of the verb (predicates.ts). */
  verb: string;
}

/** The lemma of a word when it is a verb form of an act (not saying, being, having), else null. */
function verbLemma(word: string): string | null {
  if (!/^[a-z]{3,}$/.test(word)) return null;
  const p = predicatesOf(word);
  return p.length === 1 && p[0].word === word ? p[0].lemma : null;
}

/**
 * Words between a clause's subject and its verb that are not the verb: auxiliaries of tense and
 * mood, and adverbs of time or hedging ("X has also brokered", "X reportedly presented").
 */
const PRE_VERB = '(?:(?:has|have|had|will|would|could|also|then|later|reportedly|allegedly|previously|recently|first|finally|eventually|quickly|personally)\\s+){0,2}';
/** "was arrested", "has been charged", "were being held": the subject undergoes the act. */
const PASSIVE = new RegExp(`^\\s*(?:was|were|is|are|has been|have been|had been|is being|was being|will be|would be|could be)\\s+(?:(?:also|later|then|reportedly|allegedly|first|quickly)\\s+)?([a-z]+)\\b`);
/**
 * An appositive between a subject and its verb opens with a comma and a description starting with
 * an article, a possessive or a number ("a conservative board member from Arkansas City, Kan.,",
 * "36, of Bloomington,"); it ends at one of the next commas, the one the verb follows. Read at most
 * this many characters.
 */
const APPOSITIVE_OPEN = /^\s*,\s*(?:(?:a|an|the|his|her|their)\s|\d)/;
const APPOSITIVE_MAX = 120;
/** The name opens its clause: sentence start, or after a comma, colon or semicolon ("On Friday, X …"). */
const CLAUSE_OPEN = /(?:^|[,;:])\s*$/;
/** "it was X who …": a cleft, X is the subject of the verb after "who". */
const CLEFT = /\bit\s+(?:was|is|had been)\s+$/i;
/** "… by (the) (up to four lower-case words, a title) X": X is the agent of the participle before "by". */
const BY_AGENT = /\b([a-z]+)\s+(?:(?:forth|up|out|down|off|over|back)\s+)?by\s+(?:[a-z][a-z'’-]*\s+){0,4}$/;
/** A verb right before the name ("pulled X over", "arrested X"): X is its object. */
const OBJECT = /\b([a-z]+)\s+(?:the\s+)?$/;
/** Auxiliaries and prepositions are no verbs of an object ("to X", "has X"). */
const NOT_OBJECT_VERB = new Set(['has', 'had', 'have', 'was', 'were', 'is', 'are', 'been', 'being', 'be', 'did', 'does', 'do', 'let', 'made', 'make', 'makes']);

/** The event noun after "faces", past up to two modifiers: "faces serious federal charges". */
const FACED_NOUN = /^\s+(?:[a-z]+\s+){0,2}?(charges|charge|prosecution|extradition|deportation|execution|arrest|indictment)\b/;

const ACTIVE = new RegExp(`^\\s*${PRE_VERB}([a-z]+)\\b`);

/** The frame of a subject given the text after it (past any appositive): passive or active verb. */
function subjectFrame(rest: string): Frame | null {
  const pv = PASSIVE.exec(rest);
  if (pv) {
    const lemma = verbLemma(pv[1]);
    return lemma ? { role: 'patient', verb: lemma } : null;
  }
  const act = ACTIVE.exec(rest);
  if (act) {
    // "X faces (serious) charges": a light verb with an event noun, whose act X undergoes (X is
    // charged). Read as the noun's act, so it meets "Y was charged". ("face" is no act of its
    // own in the predicate table.)
    if (/^fac(?:es|ed|ing)$/.test(act[1])) {
      const noun = FACED_NOUN.exec(rest.slice(act[0].length));
      const nl = noun ? predicatesOf(noun[1])[0]?.lemma : undefined;
      return nl ? { role: 'patient', verb: nl } : null;
    }
    const lemma = verbLemma(act[1]);
    // A noun or adjective after a name ("X administration", "X supporters") is not its verb:
    // only inflected forms count (past tense, third person), which a noun rarely takes.
    if (lemma && /(?:ed|s)$/.test(act[1])) return { role: 'agent', verb: lemma };
  }
  return null;
}

/**
 * The frame of a mention in its sentence, or null. `before` is the sentence text up to the
 * mention's title (or the name, when it has none), `after` the text after the name up to the
 * sentence's end; both are read at most 200 characters from the mention.
 */
export function frameOf(before: string, after: string): Frame | null {
  const b = before.slice(-200);
  const a = after.slice(0, 200);
  // A possessive is a modifier ("X's lawyer was arrested"): the act is not X's.
  if (/^['’]s?\b/.test(a)) return null;
  // The subject, possibly past an appositive.
  const opens = CLAUSE_OPEN.test(b) || CLEFT.test(b);
  if (opens) {
    const rests = [CLEFT.test(b) ? a.replace(/^\s*(?:who|that)\b/, '') : a];
    if (APPOSITIVE_OPEN.test(a)) {
      for (let i = a.indexOf(',', a.indexOf(',') + 1); i > 0 && i <= APPOSITIVE_MAX; i = a.indexOf(',', i + 1)) rests.push(a.slice(i + 1));
    }
    for (const rest of rests) {
      const f = subjectFrame(rest);
      if (f) return f;
    }
    return null;
  }
  const by = BY_AGENT.exec(b);
  if (by) {
    const lemma = /(?:ed|en)$/.test(by[1]) ? verbLemma(by[1]) : null;
    return lemma ? { role: 'agent', verb: lemma } : null;
  }
  const obj = OBJECT.exec(b);
  if (obj && !NOT_OBJECT_VERB.has(obj[1]) && /(?:ed|s)$/.test(obj[1])) {
    const lemma = verbLemma(obj[1]);
    return lemma ? { role: 'patient', verb: lemma } : null;
  }
  return null;
}

