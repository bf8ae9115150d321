/**
 * Two parties of one act: a main-clause subject that is another party of a named owner ("Velmora's
 * neighbours closed 12 crossings") against a subject that is the owner itself ("Velmora closed 21
 * crossings"). Both sentences name Velmora, so a test of shared names reads one actor, yet the
 * neighbours' count and Velmora's are two parties' figures, not one figure given two ways (a
 * confident false card on invented text, issue #10). The possessed noun names the owner only when
 * it is one of the owner's own organs ("Velmora's government", "Acme's executives": predicates.ts
 * OWNER_ORGANS, a closed list by the nouns' meaning); any other possessed noun (neighbours, rivals,
 * wife, customers) is another party. Read on the words of the main clause before its verb
 * (predicates.ts readAct subjectAt), so a possessive elsewhere in the sentence does not count;
 * and the same on the main verb's object (objectItems: "arrested Marrek's editor" / "arrested
 * Marrek").
 */
import { ORGAN_MODIFIERS, OWNER_ORGANS, readAct, scan, type ScanItem } from '../words/predicates.js';
import { stem } from '../words/lex.js';

const POSSESSIVE = /(?:'s|(?<=s)')$/;
/**
 * Nouns that stand for their owner in what it does, beside its organs (predicates.ts
 * OWNER_ORGANS): a country's team, squad or delegation wins its medals ("Velmora's team won 12
 * medals" / "Velmora won 21 medals"), a company's shares or stock are the company in the market
 * ("Acme's shares fell 7 percent" / "Acme fell 3 percent"). One party told two ways, not two
 * (each a real card this gate dropped, session 20 review, invented text). A closed list by meaning.
 */
const STANDS_FOR_OWNER = new Set('team teams squad side delegation athletes players club shares share stock stocks'.split(' '));

/** The main clause's subject words (scan items) of a sentence; empty when no main verb was read. */
export function subjectItems(text: string): ScanItem[] {
  const r = readAct(text);
  if (r.mainAt < 0) return [];
  const items = scan(text);
  return r.subjectAt.map((i) => items[i]).filter((it) => it !== undefined && !it.brk);
}

/**
 * The owner and the possessed noun of a subject "X's N" whose N is no organ of X ("Velmora's
 * neighbours" → velmora / neighbour stems); null when the subject has no possessive name, or its
 * noun is an organ ("Velmora's foreign ministry"), or no noun follows the possessive.
 */
export function possessedParty(subject: ScanItem[]): { owner: string; noun: string } | null {
  for (let i = 0; i < subject.length; i++) {
    const it = subject[i];
    // A name's possessive only: "its neighbours" names no owner the other sentence could name.
    if (!it.upper || !POSSESSIVE.test(it.w)) continue;
    let k = i + 1;
    while (k < subject.length && ORGAN_MODIFIERS.has(subject[k].w)) k++;
    // The noun right after the possessive (past an organ's modifiers): lower case, a word.
    if (k >= subject.length || subject[k].upper || !/^[a-z][a-z'-]+$/.test(subject[k].w)) return null;
    if (OWNER_ORGANS.has(subject[k].w) || STANDS_FOR_OWNER.has(subject[k].w)) return null;
    return { owner: stem(it.w.replace(POSSESSIVE, '')), noun: stem(subject[k].w) };
  }
  return null;
}

/**
 * Whether the two sentences' acts are done by two parties: one subject is another party of an
 * owner ("Velmora's neighbours") and the other subject names that owner without that party
 * ("Velmora", "Velmora's government"). Unsure readings (no subject read) answer false.
 */
export function ownerAgainstParty(a: string, b: string): boolean {
  const sa = subjectItems(a);
  const sb = subjectItems(b);
  const oa = objectItems(a);
  const ob = objectItems(b);
  const against = (x: ScanItem[], y: ScanItem[]): boolean => {
    const p = possessedParty(x);
    if (!p) return false;
    const words = new Set(y.map((it) => stem(it.w.replace(POSSESSIVE, ''))));
    return words.has(p.owner) && !words.has(p.noun);
  };
  // The same on the main verb's object: "police arrested Marrek's editor, Tomas Hale, on Feb.
  // 25" / "police arrested the blogger Ivo Marrek on Feb. 23" name Marrek in both, yet the two
  // arrests are of two people (a confident false date card on invented text, issue #10).
  return against(sa, sb) || against(sb, sa) || against(oa, ob) || against(ob, oa);
}

/** Prepositions and subordinators that end the object noun phrase after the main verb ("arrested X on Feb. 23", "… after a raid"). */
const OBJECT_END = new Set(['on', 'in', 'at', 'after', 'before', 'for', 'from', 'to', 'with', 'by', 'during', 'since', 'until', 'when', 'while', 'as', 'and', 'but', 'who', 'which', 'that', 'because', 'over', 'into', 'near', 'outside']);
/** Words at most read as the object: a noun phrase, not the rest of the sentence. */
const OBJECT_MAX = 8;

/** The words right after the main verb up to a clause break or a preposition: the main act's object (empty when no main verb was read). */
export function objectItems(text: string): ScanItem[] {
  const r = readAct(text);
  if (r.mainAt < 0) return [];
  const items = scan(text);
  const out: ScanItem[] = [];
  for (let i = r.mainAt + 1; i < items.length && out.length < OBJECT_MAX; i++) {
    const it = items[i];
    if (it.brk || OBJECT_END.has(it.w)) break;
    out.push(it);
  }
  return out;
}
