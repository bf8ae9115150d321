/**
 * Status acts with two exclusive outcomes (polarity.ts): an act whose assertion by one report
 * and denial by another cannot both hold of one participant on one occasion. Each verb lemma
 * maps to its act and to whether it states the act's outcome (`flip` false) or its opposite
 * (`flip` true): "lost the race" is the race not won, "died in the crash" is the crash not
 * survived, "denied the report" is the report not confirmed, "was acquitted" is not convicted.
 *
 * Why a short table and not WordNet's antonyms (antonyms.ts): WordNet's verb antonyms are mostly
 * converses and gradable changes ("buy" / "sell", "rise" / "fall", "lend" / "borrow"), which tell
 * one event from either party or two moments of a measure, not two exclusive outcomes of one act;
 * and it lacks the exclusive pairs of news ("die" / "survive", "deny" / "confirm"). These are the
 * complementary pairs (Lyons 1977: the denial of one entails the other) that reports of an event
 * state about a participant: death, an election, a verdict, an official word. Any verb not listed
 * is still compared with its own negation ("was charged" / "has not been charged").
 */

export interface StatusAct {
  /** The act both outcomes are of (the positive outcome's lemma). */
  act: string;
  /** The lemma states the act's opposite outcome. */
  flip: boolean;
}

/** Positive lemma → the lemmas of its complementary outcome. */
const COMPLEMENTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  // Life and death of one person in one event.
  ['survive', ['die', 'perish', 'succumb']],
  // One contest's outcome for one contestant.
  ['win', ['lose']],
  // A verdict on one charge.
  ['convict', ['acquit', 'exonerate']],
  // One party's word on one report or claim.
  ['confirm', ['deny']],
];

const TABLE = new Map<string, StatusAct>();
for (const [act, others] of COMPLEMENTS) {
  TABLE.set(act, { act, flip: false });
  for (const o of others) TABLE.set(o, { act, flip: true });
}

/** The act a verb lemma tells and whether it tells its opposite outcome; any other lemma is its own act. */
export function statusAct(lemma: string): StatusAct {
  return TABLE.get(lemma) ?? { act: lemma, flip: false };
}

/**
 * Acts of giving one's word on something (confirm, comment, acknowledge): not confirming is often
 * "not yet" ("did not confirm" in the morning, "confirmed" in the afternoon report), so a card on
 * them is never more than possible.
 */
const WORD_ACTS = new Set(['confirm', 'comment', 'acknowledge', 'announce', 'disclose', 'reveal', 'respond', 'say']);
export function wordAct(act: string): boolean {
  return WORD_ACTS.has(act);
}

/** Whether the lemma is one outcome of a listed complementary pair. */
export function complementary(lemma: string): boolean {
  return TABLE.has(lemma);
}
