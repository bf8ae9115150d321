/**
 * CoNLL-2003 for the name benchmark and the tagger's training script: reads `eng.train` /
 * `eng.testa` (one token a line `word POS chunk NER`, IOB1, `-DOCSTART-` between documents),
 * turns each document back into running text the way a news page prints it (one sentence a line,
 * no space before "," or "'s", none inside quotes and brackets) and keeps each gold entity as a
 * character span of that text, so that the product's own pipeline (tokens, sentences, mentions)
 * reads it exactly as it reads an article.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type ConllType = 'PER' | 'LOC' | 'ORG' | 'MISC';

export interface GoldEntity {
  start: number;
  end: number;
  type: ConllType;
}

export interface ConllDoc {
  /** The document as text, one sentence a line. */
  text: string;
  entities: GoldEntity[];
  /** Each sentence's character range (its line). */
  sentences: Array<{ start: number; end: number }>;
}

/** Tokens written without a space before them. */
const NO_SPACE_BEFORE = new Set([
  '.', ',', ')', ']', '}', ':', ';', '?', '!', '%', "'s", "'S", "n't", "N'T", "'re", "'m", "'ve", "'ll", "'d", '...',
]);
/** Tokens written without a space after them. */
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$']);

/** The documents of one CoNLL file under ../shared/bench/ner/. */
export function readConll(shared: string, file: 'eng.train' | 'eng.testa'): ConllDoc[] {
  const lines = readFileSync(path.join(shared, 'bench', 'ner', file), 'utf8').split('\n');
  const docs: ConllDoc[] = [];
  let sent: Array<{ w: string; tag: string }> = [];
  let doc: Array<Array<{ w: string; tag: string }>> = [];
  const flushSent = (): void => {
    if (sent.length) doc.push(sent);
    sent = [];
  };
  const flushDoc = (): void => {
    flushSent();
    if (doc.length) docs.push(buildDoc(doc));
    doc = [];
  };
  for (const line of lines) {
    const t = line.trim();
    if (!t) {
      flushSent();
      continue;
    }
    const parts = t.split(' ');
    if (parts[0] === '-DOCSTART-') {
      flushDoc();
      continue;
    }
    sent.push({ w: parts[0], tag: parts[parts.length - 1] });
  }
  flushDoc();
  return docs;
}

function buildDoc(sents: Array<Array<{ w: string; tag: string }>>): ConllDoc {
  let text = '';
  const entities: GoldEntity[] = [];
  const sentences: Array<{ start: number; end: number }> = [];
  for (const sent of sents) {
    if (text) text += '\n';
    const sStart = text.length;
    let openQuote = false;
    let prev = '';
    let cur: GoldEntity | null = null;
    for (let k = 0; k < sent.length; k++) {
      const { w, tag } = sent[k];
      let space = text.length > sStart;
      if (NO_SPACE_BEFORE.has(w) || NO_SPACE_AFTER.has(prev) || (prev === '"' && openQuote)) space = false;
      if (w === '"') {
        if (openQuote) space = false;
        openQuote = !openQuote;
      }
      if (space) text += ' ';
      const start = text.length;
      text += w;
      prev = w;
      // IOB1: I-X continues an entity of type X, B-X starts a new one right after another.
      const type = tag === 'O' ? null : (tag.slice(2) as ConllType);
      if (cur && (type !== cur.type || tag.startsWith('B-'))) {
        entities.push(cur);
        cur = null;
      }
      if (type) {
        if (cur) cur.end = text.length;
        else cur = { start, end: text.length, type };
      }
    }
    if (cur) entities.push(cur);
    sentences.push({ start: sStart, end: text.length });
  }
  return { text, entities, sentences };
}

/**
 * A prose sentence: running text rather than a headline, dateline or results table — at least
 * six words, ending in a full stop (or a quote after one), and a third or more of its words in
 * lower case.
 */
export function isProse(text: string, s: { start: number; end: number }): boolean {
  const line = text.slice(s.start, s.end);
  const words = line.match(/\p{L}[\p{L}'.-]*/gu) ?? [];
  if (words.length < 6) return false;
  if (!/[.?!]["']?$/.test(line)) return false;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower / words.length >= 1 / 3;
}
