/**
 * The act each figure is told of, by the word governing it (measure.ts keys), for the conflict
 * gates (conflicts.ts judgePair). Owns two readings (issue #10, session 22; each a sure false card
 * on invented multi-outlet stories):
 * - **two acts** (unrelatedActs): the two figures are governed by two verbs that name no one act
 *   — not one lemma or stem, no shared WordNet synset (synonyms.ts), not one event class (lex.ts),
 *   and neither sentence writes the other's verb anywhere ("vetoed a $12 billion bill" / "signed
 *   a $9 billion bill": two bills; "fined Korvel $5 million" / "ordered Korvel to pay $12 million
 *   in restitution": a fine and a restitution). Verbs of one act vary in news ("posted 14 points"
 *   / "had 12 points", a light verb), so this alone never withholds a card: it makes it possible
 *   and says why.
 * - **a background act** (backgroundAct): one figure sits in a relative clause ("Marrek, who
 *   served 5 years in prison, was sentenced again" / "was sentenced to 12 years") and its verb is
 *   such an unrelated act: the clause tells what the sentence presupposes of a participant, not
 *   what it reports (Quirk et al. 1985 §17.3, the non-restrictive relative), so its figure answers
 *   another question than the other sentence's main act. No card.
 * - **two acts of two doers** (otherDoersOfActs, session 23): the two governing verbs name no one
 *   act and the two main clauses' subjects are two doers ("The wildfire has burned 12,000 acres"
 *   / "Evacuation orders covered 30,000 acres"; "The Senate passed a $12 billion bill" / "The
 *   governor signed a $9 billion bill"): each figure is its own doer's act, as two dates under two
 *   verbs of two doers are (occasions.ts unsharedActs). No card, whatever the figure measures.
 * Word vectors are not asked: they put verbs of one kind close together ("approved" / "rejected",
 * "vetoed" / "signed" share contexts), which is exactly the pair that must stay apart here.
 * Parser-free and bounded: the keys are read once per claim by measure.ts; here only the two
 * sentences' words are scanned.
 */
import type { ClaimItem } from '../claims/claims.js';
import { measuredNoun } from './measured-nouns.js';
import { eventClass, stem as lightStem } from '../words/lex.js';
import { shareSynset, synsetsOf } from '../words/synonyms.js';
import { oppositeWords } from '../words/predicates.js';
import { tokenize } from '../words/text.js';
import { lemmaStem } from '../words/antonyms.js';
import { STOP, withoutDateline } from '../words/lex.js';
import { subjectItems } from './parties.js';

/** A share ("52 percent"). */
const isShare = (c: ClaimItem): boolean => (c.unit ?? '').startsWith('percent') || /%|\bper\s*cent\b/i.test(c.text);
/** A determiner right before a figure: the figure qualifies the noun after it ("a $12 billion spending bill"). */
const DETERMINER_BEFORE = /\b(?:a|an|the|its|their|his|her|this|that)\s+$/i;
/** Whether a figure measures a noun (measured-nouns.ts), or stands after a determiner as a noun's modifier. */
const qualifiesNoun = (c: ClaimItem): boolean => (!isShare(c) && measuredNoun(c) !== null) || DETERMINER_BEFORE.test(c.sentence.text.slice(Math.max(0, c.start - c.sentence.start - 12), c.start - c.sentence.start));
const porter = (w: string): string => lemmaStem(tokenize(w)[0]?.stem ?? w);
const verbKeys = (c: ClaimItem): string[] => c.measure.filter((k) => !k.startsWith('EV:'));
const classKeys = (c: ClaimItem): string[] => c.measure.filter((k) => k.startsWith('EV:')).map((k) => k.slice(3));

/** The sentence's words: light stems, Porter stems and event classes. */
function wordsOf(text: string): { light: string[]; porter: Set<string>; classes: Set<string> } {
  const ws = text.toLowerCase().match(/\p{L}+/gu) ?? ([] as string[]);
  const light = ws.map((w) => lightStem(w));
  const classes = new Set<string>();
  for (const l of light) {
    const c = eventClass(l);
    if (c !== undefined) classes.add(c);
  }
  return { light, porter: new Set(ws.map(porter)), classes };
}

/**
 * Whether a key is written in a sentence: a verb key (a lemma or a light stem) opens a word's
 * light stem less its last letter when longer than four letters ("closed", "fined"), as
 * figure-kinds.ts otherMeasures reads it; an event class names a word of that class.
 */
function writes(key: string, isClass: boolean, w: ReturnType<typeof wordsOf>): boolean {
  if (isClass) return w.classes.has(key);
  const head = key.length > 4 ? key.slice(0, -1) : key;
  return w.light.some((l) => l.startsWith(head)) || w.porter.has(porter(key));
}

/** Whether two verb keys name one act: one stem, a shared WordNet synset, or one event class. */
function oneAct(a: string, b: string): boolean {
  const pa = porter(a);
  const pb = porter(b);
  if (pa === pb || a === b) return true;
  if (oppositeWords({ word: a, lemma: a, stem: pa }, { word: b, lemma: b, stem: pb })) return false;
  if (shareSynset(synsetsOf(pa), synsetsOf(pb))) return true;
  const ca = eventClass(lightStem(a));
  return ca !== undefined && ca === eventClass(lightStem(b));
}

/**
 * The two governing words when the two figures are told of two acts (see the module comment),
 * else null. Both figures must be governed (a figure with no reading is compared as before).
 */
export function unrelatedActs(x: ClaimItem, y: ClaimItem): [string, string] | null {
  // Only a figure that measures a thing the act is done to or with ("a $12 billion [bill]", "$12
  // million in [restitution]": measured-nouns.ts) may be another thing under another act (two
  // bills; a fine and a restitution). A figure that is the act's own measure ("bought Tarsk for
  // $3 billion" / "acquired Tarsk for $4 billion", "killed 12" / "left 15 dead") measures that
  // act however it is worded, and WordNet does not join all such verbs: still sure. A share's
  // whole ("won 52 percent [of the vote]" / "received 48 percent") is not a thing acted on: a share
  // qualifies a noun only as its modifier ("a 6 percent pay offer").
  if (!qualifiesNoun(x) && !qualifiesNoun(y)) return null;
  if (!actsApart(x, y)) return null;
  const wx = wordsOf(x.sentence.text);
  // A sentence that writes the other's governing word tells that act too ("signed the bill he
  // had vetoed"): the figures may be of one act, compared as before.
  if (writesActOf(y, wx) || writesActOf(x, wordsOf(y.sentence.text))) return null;
  return [x.measure[0].replace(/^EV:/, ''), y.measure[0].replace(/^EV:/, '')];
}

/** Whether a sentence's words write a figure's governing word (a verb key or its event class). */
function writesActOf(c: ClaimItem, w: ReturnType<typeof wordsOf>): boolean {
  return verbKeys(c).some((k) => writes(k, false, w)) || classKeys(c).some((k) => writes(k, true, w));
}

/** Both figures governed, by words of no one act (no shared key, stem, synset or event class). */
function actsApart(x: ClaimItem, y: ClaimItem): boolean {
  if (x.kind !== 'number' || y.kind !== 'number' || !x.measure.length || !y.measure.length) return false;
  if (x.measure.some((k) => y.measure.includes(k))) return false;
  const vx = verbKeys(x);
  const vy = verbKeys(y);
  const cx = classKeys(x);
  const cy = classKeys(y);
  // One side's verb of the other's class ("killed" read as EV:death against "died").
  if (vx.some((v) => cy.includes(eventClass(lightStem(v)) ?? '')) || vy.some((v) => cx.includes(eventClass(lightStem(v)) ?? ''))) return false;
  return !vx.some((a) => vy.some((b) => oneAct(a, b)));
}

/** A relative pronoun opening the figure's clause, with at most a few words before the figure ("who served"). */
const RELATIVE_LEAD = /(?:^|[,(—–])\s*(?:who|which|whom|whose\s+\p{L}+)\s+(?:(?:had|has|have|was|were|is|are|once|previously|already|earlier|also)\s+)*\p{Ll}+\s+(?:\p{Ll}+\s+){0,3}[$€£]?$/u;

/** Whether the figure is inside a relative clause of the sentence (its clause opens with a relative pronoun). */
export function inRelativeClause(c: ClaimItem): boolean {
  const before = c.sentence.text.slice(Math.max(0, c.start - c.sentence.start - 60), c.start - c.sentence.start);
  return RELATIVE_LEAD.test(before);
}

/**
 * One figure in a relative clause, governed by an act the other figure's is not (actsApart) and
 * that the other sentence never writes, the other figure not in a relative clause: a participant's
 * background against the reported act. The relative clause's own sentence may well write the other
 * act in its main clause ("who served 5 years …, was sentenced again"): that is the reported act,
 * not the background one. No card.
 */
export function backgroundAct(x: ClaimItem, y: ClaimItem): boolean {
  const rx = inRelativeClause(x);
  if (rx === inRelativeClause(y)) return false;
  const [rel, main] = rx ? [x, y] : [y, x];
  return actsApart(rel, main) && !writesActOf(rel, wordsOf(main.sentence.text));
}

/** The main subject's content words (light stems) of a sentence; empty when none was read. */
function doerWords(text: string): string[] {
  return subjectItems(withoutDateline(text)).map((it) => lightStem(it.w.replace(/['’]s?$/, ''))).filter((w) => w.length > 2 && !STOP.has(w));
}

/**
 * Two figures governed by verbs of no one act (actsApart), neither sentence writing the other's
 * governing word, whose main clauses have two doers: both subjects read, no word of one subject
 * written anywhere in the other sentence (a doer named again as an object, "Apex bought Tarsk" /
 * "Tarsk was acquired by Apex", is one act told from its other party) and no kind of event shared
 * by the subjects ("The blast killed 12" / "The explosion left 15 dead": one event in two words).
 * A verb alone never withholds a card (unrelatedActs: one doer's act told in two verbs); two doers
 * doing two unrelated things are two acts (see the module comment).
 */
export function otherDoersOfActs(x: ClaimItem, y: ClaimItem): boolean {
  if (!actsApart(x, y)) return false;
  const wx = wordsOf(x.sentence.text);
  const wy = wordsOf(y.sentence.text);
  if (writesActOf(y, wx) || writesActOf(x, wy)) return false;
  const dx = doerWords(x.sentence.text);
  const dy = doerWords(y.sentence.text);
  if (!dx.length || !dy.length) return false;
  if (dx.some((w) => wy.light.includes(w)) || dy.some((w) => wx.light.includes(w))) return false;
  const classes = new Set(dx.map((w) => eventClass(w)).filter((k) => k !== undefined));
  return !dy.some((w) => { const k = eventClass(w); return k !== undefined && classes.has(k); });
}

/**
 * Both figures governed by words of no one act (actsApart), and neither sentence writes the
 * other's governing word: what restricted-sets.ts reads as two predicates of two counted sets.
 */
export function predicatesApart(x: ClaimItem, y: ClaimItem): boolean {
  return actsApart(x, y) && !writesActOf(y, wordsOf(x.sentence.text)) && !writesActOf(x, wordsOf(y.sentence.text));
}
