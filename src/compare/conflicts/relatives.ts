/**
 * Ages of a relative and of the person it is related to: "the 45-year-old suspect" / "his
 * 43-year-old wife". A kinship or relation noun after an age ("wife", "son", "neighbour") names
 * another person than the one the sentence is about, so against an age of another noun whose
 * sentence never names that relation, the two ages are two people's (a confident false card on
 * invented text, issue #10 session 20; the age-group and sex test, conflicts.ts twoPeopleAged,
 * cannot tell a suspect from his wife). A closed list by the nouns' meaning (a relation to someone),
 * whatever the story; an age of the same relation in both ("his 43-year-old wife" / "the
 * 45-year-old wife of the suspect") is one person's and stays compared.
 */
import type { ClaimItem } from '../claims/claims.js';

const RELATIONS = new Set(
  ('wife husband son daughter mother father brother sister grandson granddaughter grandmother grandfather nephew niece ' +
    'cousin uncle aunt girlfriend boyfriend fiancee fiancée fiance fiancé widow widower stepson stepdaughter stepfather ' +
    'stepmother neighbour neighbor friend colleague companion mom dad mum sibling twin child children grandchild').split(' '),
);

/** The relation noun right after a hyphened age ("43-year-old wife"), within two words; null otherwise. */
export function agedRelation(c: ClaimItem): string | null {
  if (!/old$/i.test(c.text)) return null;
  const rel = c.end - c.sentence.start;
  const after = c.sentence.text.slice(rel, rel + 40);
  const words = after.toLowerCase().match(/[\p{L}]+/gu) ?? ([] as string[]);
  // The relation names a relative only when it has a possessor: "his 43-year-old wife", "the
  // suspect's 43-year-old wife", "the 43-year-old wife of the suspect". Without one ("a 45-year-old
  // mother of three", "the 41-year-old father of two") the noun describes the person the sentence
  // is about, and her age is compared with another outlet's for her (session 20 review: a real
  // card on invented text was dropped).
  const lead = c.sentence.text.slice(Math.max(0, c.start - c.sentence.start - 40), c.start - c.sentence.start);
  const possessed = /\b(?:his|her|their|its|my|our|your|\p{L}+['’]s?)\s+(?:\p{L}+\s+)?$/iu.test(lead) && !/\b(?:a|an|the|this|that)\s+$/i.test(lead);
  for (const w of words.slice(0, 2)) {
    if (!RELATIONS.has(w)) continue;
    const ofWhom = new RegExp(String.raw`\b${w}\s+of\s+(?!\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|several\b|many\b)`, 'i').test(after);
    if (possessed || ofWhom) return w;
  }
  return null;
}

/** A word of a sentence as a whole word, case aside. */
function hasWord(text: string, w: string): boolean {
  return (text.toLowerCase().match(/[\p{L}]+/gu) ?? ([] as string[])).includes(w);
}

/** Two ages of which one is a relative's and the other sentence never names that relation: two people. */
export function relativeAged(x: ClaimItem, y: ClaimItem): boolean {
  if (!/old$/i.test(x.text) || !/old$/i.test(y.text)) return false;
  const rx = agedRelation(x);
  const ry = agedRelation(y);
  if (rx !== null && rx === ry) return false;
  return (rx !== null && !hasWord(y.sentence.text, rx)) || (ry !== null && !hasWord(x.sentence.text, ry));
}
