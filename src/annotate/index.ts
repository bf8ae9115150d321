/**
 * The annotate stage: one article in, the same article with its stand-off layers out. Modelled
 * on spaCy's pipeline: each component reads the text and the layers before it and adds one layer.
 * (First version: only the layer skeleton; the components come next.)
 */
import type { AnnotatedArticle, Article } from '../core/schema.js';

export function annotate(article: Article): AnnotatedArticle {
  return { ...article, sentences: [], mentions: [], times: [], quantities: [], quotes: [] };
}
