/**
 * When are two ingested articles "the same article"? Owns the two keys the store makes unique:
 * a canonical URL key and a hash of the normalised text. Near-verbatim copies (a wire story with
 * a changed byline) are not decided here: the clusterer flags those (`duplicateOf`) and they are
 * stored, because outlets that run the same copy still count as outlets of the story.
 */
import { createHash } from 'node:crypto';

/**
 * Query parameters that track the reader, not the page. Removing them lets the link from a
 * newsletter and the link from a feed name one article. Only parameters that never select
 * content are listed: dropping a real one (`?id=`, `?p=`) would merge different articles.
 */
const TRACKING_PARAM = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|cmpid|icid|igshid|_ga|ref_src|smid|sr_share)$/i;

/**
 * The canonical key of an article URL, or null when there is none. Same key ⇔ same article:
 * scheme (http/https), a leading `www.`, the fragment, tracking parameters, parameter order and
 * a trailing slash do not change which article a news URL names; everything else is kept.
 */
export function urlKey(url: string | null | undefined): string | null {
  const raw = url?.trim();
  if (!raw) return null;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    // Not an absolute URL (a relative link or a bare id): compare it as written.
    return raw;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return u.href;
  const host = u.hostname.replace(/^www\./, '');
  const params = [...u.searchParams.entries()]
    .filter(([k]) => !TRACKING_PARAM.test(k))
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const query = params.length ? '?' + new URLSearchParams(params).toString() : '';
  const pathname = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : '';
  return `${host}${u.port ? ':' + u.port : ''}${pathname}${query}`;
}

/**
 * Hash of an article's text after Unicode (NFC) and white-space normalisation: the same report
 * saved twice, once with Windows line ends or re-wrapped lines, is one article. Case and
 * punctuation are kept — a text that differs in them is a different edit.
 */
export function textHash(text: string): string {
  const norm = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(norm, 'utf8').digest('base64url');
}
