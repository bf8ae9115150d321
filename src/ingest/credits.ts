/**
 * Credit lines: bylines ("By Jane Doe", "Richard Connor Reuters, AP, AFP"), contributor lines
 * ("AFP contributed reporting."), sign-offs ("Jane Doe can be reached at …"), editor lines and
 * photo credits ("Alexander Zemlianichenko / POOL / AFP", "…(Name/Pool/AFP)", "Image: X/REUTERS").
 * Owns the list of wire agencies and the test for "looks like a person's name". Agencies are only
 * ever taken from credit lines: "told AFP" in the story is a source, not a credit.
 */
import { compiledOnce } from '../core/regex.js';

/** Canonical agency name → the spellings credit lines use. */
const AGENCY_ALIASES: Array<[string, string[]]> = [
  ['AFP', ['AFP', 'Agence France-Presse', 'Agence France Presse']],
  ['Reuters', ['Reuters', 'Thomson Reuters']],
  ['AP', ['AP', 'Associated Press', 'The Associated Press']],
  ['dpa', ['dpa', 'Deutsche Presse-Agentur']],
  ['EFE', ['EFE', 'Agencia EFE']],
  ['ANSA', ['ANSA']],
  ['Kyodo', ['Kyodo', 'Kyodo News']],
  ['Jiji', ['Jiji', 'Jiji Press']],
  ['Xinhua', ['Xinhua']],
  ['TASS', ['TASS']],
  ['RIA Novosti', ['RIA Novosti', 'RIA']],
  ['Interfax', ['Interfax']],
  ['PA', ['PA', 'PA Media', 'Press Association']],
  ['Anadolu', ['Anadolu', 'Anadolu Agency']],
  ['UPI', ['UPI', 'United Press International']],
  ['Bloomberg', ['Bloomberg']],
  ['KNA', ['KNA']],
  ['epd', ['epd']],
  ['APA', ['APA']],
  ['Belga', ['Belga']],
  ['ANP', ['ANP']],
  ['NTB', ['NTB']],
  ['TT', ['TT']],
  ['Ritzau', ['Ritzau']],
  ['Lusa', ['Lusa']],
  ['PTI', ['PTI', 'Press Trust of India']],
  ['IANS', ['IANS']],
  ['ANI', ['ANI']],
  ['Yonhap', ['Yonhap']],
  ['Bernama', ['Bernama']],
  ['Antara', ['Antara']],
  ['AAP', ['AAP', 'Australian Associated Press']],
  ['The Canadian Press', ['The Canadian Press', 'Canadian Press', 'CP']],
  ['Europa Press', ['Europa Press']],
  ['PAP', ['PAP']],
  ['ČTK', ['ČTK', 'CTK']],
  ['Ukrinform', ['Ukrinform']],
  ['SANA', ['SANA']],
  ['IRNA', ['IRNA']],
  ['WAFA', ['WAFA']],
  ['KUNA', ['KUNA']],
  ['WAM', ['WAM']],
  ['SID', ['SID']],
  ['Sputnik', ['Sputnik']],
];

const AGENCY_BY_SPELLING = new Map<string, string>();
for (const [canon, spellings] of AGENCY_ALIASES) for (const s of spellings) AGENCY_BY_SPELLING.set(s.toLowerCase(), canon);

/** Photo-only sources that appear in picture credits (never as text agencies). */
const PHOTO_SOURCES = /^(?:pool|getty(?: images)?|epa(?:-efe)?|shutterstock|alamy|imago(?: images)?|picture[- ]alliance|sipa(?: press)?|abaca(?:press)?|zuma(?: press| wire)?|nurphoto|sopa images|lightrocket|ap photo|afp photo|handout|file|archive|dpa-bildfunk|kremlin press office|press office|presidency)$/i;
/** "AFP via Getty Images", "Reuters Pictures": a picture desk named inside a longer segment. */
const VIA_SOURCE = /\bvia\s+\p{Lu}|\b(?:getty images|shutterstock|reuters pictures|ap photo|afp photo|epa-efe)\b/iu;
/** An all-capitals segment ("POOL", "SANA", "EPA-EFE") is an agency or a desk in a picture credit. */
const ALL_CAPS = /^[A-Z]{2,}(?:[-][A-Z]+)*$/;

/** The canonical agency for a spelling ("REUTERS" → "Reuters"), or null. */
export function agencyName(s: string): string | null {
  return AGENCY_BY_SPELLING.get(s.trim().replace(/[.,;:]+$/, '').toLowerCase()) ?? null;
}

// A name is 2–4 capitalised words; particles (al-, de, van …) and initials are allowed inside.
// Checked word by word (no nested-quantifier regex: this runs on every candidate line).
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)$/u;
const PARTICLE = /^(?:al|el|de|da|di|du|la|le|van|von|der|den|ter|bin|ibn|dos|das|del|y)$/;
const PARTICLE_PREFIX = /^(?:al|el|ad|as|an|ar|at|az|ash)-\p{L}/u;
/** Words that make a capitalised phrase a title or label, not a person. */
const NOT_NAME_WORDS = new Set([
  'the', 'news', 'world', 'politics', 'staff', 'reporter', 'correspondent', 'editor', 'desk', 'agency', 'agencies',
  'times', 'post', 'press', 'daily', 'herald', 'tribune', 'journal', 'monitor', 'report', 'reports', 'story', 'live',
  'updates', 'update', 'top', 'more', 'skip', 'section', 'content', 'menu', 'home', 'video', 'photo', 'image',
  'president', 'minister', 'government', 'ministry', 'office', 'police', 'army', 'council', 'party', 'wire',
]);

/** True when `s` looks like a person's name ("Vaughn Cockayne", "Ahmed al-Sharaa", "J. R. Smith"). */
export function looksLikePerson(s: string): boolean {
  const words = s.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  let names = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (NOT_NAME_WORDS.has(w.toLowerCase()) || agencyName(w) !== null) return false;
    if (NAME_WORD.test(w)) names++;
    else if (i === 0 || !(PARTICLE.test(w) || PARTICLE_PREFIX.test(w))) return false;
    else if (PARTICLE_PREFIX.test(w)) names++;
  }
  return names >= 2 && names <= 4 && NAME_WORD.test(words[0]);
}

/** Job titles that follow a name in a byline ("By Jane Doe, Senior Correspondent"). */
const ROLE = /\b(?:correspondent|reporter|writer|editor|journalist|contributor|columnist|bureau|chief|producer|analyst|staff)s?\b/i;

export interface Byline {
  authors: string[];
  agencies: string[];
}

/** A desk title after the name ("Jane Doe Example Staff Writer"; see parseByline). */
const DESK_TITLE = /^(.*?)[\s,]+((?:\p{Lu}[\p{L}.&-]*\s+){1,6})(?:Writer|Correspondent|Reporter)s?$/u;
/** A syndicate after a name in wire capitals (see parseByline). */
const SYNDICATE_AFTER_CAPITALS = /^((?:[\p{Lu}.'’-]+\s+){1,3}[\p{Lu}.'’-]+)\s+(?:\p{Lu}[\p{L}.&-]*\s+){1,4}(?:Newspapers|News\s+Service|Syndicate|News\s+Syndicate)$/u;

/**
 * Parse a byline: "By Jane Doe and John Roe", "Jane Doe, Reuters", "Richard Connor Reuters, AP,
 * AFP" (name glued to an agency list, as scrapers flatten bylines), "By Jane Doe in Moscow".
 * Returns null when the line is not a byline (something in it is neither a name nor an agency).
 */
export function parseByline(line: string, requireBy = false): Byline | null {
  let s = line.trim().replace(/^[•·|–—-]\s*/, '');
  const by = /^(?:by|written by|words by|von|par|por|di)\s+/i.exec(s);
  if (requireBy && !by) return null;
  if (by) s = s.slice(by[0].length);
  s = s.replace(/\s+(?:in|from|reporting from)\s+\p{Lu}[\p{L} -]*$/u, '').replace(/[.;]+$/, '');
  // A syndicate's distribution note in brackets after the name ("By JANE DOE (Distributed by
  // Example Special Features)"): routing, neither author nor agency.
  if (by) s = s.replace(/\s*\(\s*distributed\s+by\s+[^()]{1,80}\)$/i, '');
  // Wire bylines end with the writer's desk: "By JANE DOE Associated Press Writer", "By Jane
  // Doe, AP Science Writer" (the agency is credited), or with the syndicate that moved the story:
  // "By JANE DOE Example Ridder Newspapers" (an organisation, neither author nor agency).
  const desk = compiledOnce(DESK_TITLE).exec(s);
  const deskAgencies: string[] = [];
  if (desk) {
    // The agency is the last words before the desk ("JANE DOE Associated Press Writer"), the
    // beat aside ("AP Science Writer").
    const words = desk[2].trim().split(/\s+/);
    while (words.length > 1 && /^(?:Staff|Science|Sports|Business|Political|Medical|Special|Religion|Economics|Diplomatic|Military|Legal|Health|Technology|Entertainment|Senior|Chief)$/.test(words[words.length - 1])) words.pop();
    for (let j = 0; j < words.length; j++) {
      const agency = agencyName(words.slice(j).join(' '));
      if (agency) {
        deskAgencies.push(agency);
        s = [desk[1], ...words.slice(0, j)].join(' ').trim();
        break;
      }
    }
  }
  // A syndicate after a name in wire capitals ("JANE DOE Example Ridder Newspapers"): the
  // capitals tell where the name ends. (A name in ordinary case is left alone: no sure cut.)
  const syndicate = compiledOnce(SYNDICATE_AFTER_CAPITALS).exec(s);
  if (syndicate) s = syndicate[1];
  const parts = s.split(/\s*(?:,|;|\||\band\b|&|\bwith\b)\s*/i).filter((p) => p !== '');
  if (parts.length === 0) return null;
  const authors: string[] = [];
  const agencies: string[] = [...deskAgencies];
  for (const part of parts) {
    const agency = agencyName(part);
    if (agency) {
      agencies.push(agency);
      continue;
    }
    // "Richard Connor Reuters": a name with an agency glued on.
    const words = part.split(/\s+/);
    let cut = words.length;
    while (cut > 1 && agencyName(words.slice(cut - 1).join(' '))) cut--;
    const glued = words.slice(cut).map((w) => agencyName(w)).filter((a): a is string => a !== null);
    const name = words.slice(0, cut).join(' ');
    if (!looksLikePerson(name)) {
      // "Staff reporter", "Our correspondent": a byline without a name, not a failure.
      if (by && (/^(?:our|staff|a|an)\b/i.test(name) || ROLE.test(name))) continue;
      return null;
    }
    authors.push(name);
    agencies.push(...glued);
  }
  if (authors.length === 0 && agencies.length === 0) return null;
  if (!by && authors.length > 0 && agencies.length === 0) return null; // a bare name needs other evidence
  return { authors: uniq(authors), agencies: uniq(agencies) };
}

/** "AFP contributed reporting." / "Reuters and AP contributed to this report." → agencies and people. */
export function parseContributors(line: string): Byline | null {
  const label = /^contributing\s*:\s*(.+)$/i.exec(line.trim());
  if (label) {
    // "Contributing: Jane Doe, AFP" (USA Today style): people who helped, agencies credited.
    const out: Byline = { authors: [], agencies: [] };
    for (const part of label[1].replace(/[.;]+$/, '').split(/\s*(?:,|;|\band\b|&)\s*/i)) {
      const agency = agencyName(part);
      if (agency) out.agencies.push(agency);
      else if (!looksLikePerson(part.replace(/\s+(?:in|from)\s+\p{Lu}.*$/u, ''))) return null;
    }
    return out;
  }
  if (!/contributed/i.test(line)) return null; // cheap literal test before the full pattern
  const m = /^\(?\s*(?:with\s+)?(.+?)\s+contributed\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story|article))(?:\s+from\s+[^.]+)?\s*\.?\s*\)?$/i.exec(line.trim());
  if (!m) return null;
  const out: Byline = { authors: [], agencies: [] };
  for (const part of m[1].split(/\s*(?:,|\band\b|&)\s*/i)) {
    if (!part) continue;
    const agency = agencyName(part.replace(/^(?:the\s+)?/i, ''));
    if (agency) out.agencies.push(agency);
    else if (looksLikePerson(part)) out.authors.push(part);
    else return null;
  }
  return out;
}

/**
 * A line that only credits agencies: "Source: AFP", "(with Reuters)", "Sources: AP, dpa", or
 * the author initials and agencies that close a wire-based story ("rc/wmr (Reuters, AP, AFP)").
 */
export function parseAgencyLine(line: string): string[] | null {
  const s = line.trim().replace(/\.$/, '');
  const m =
    /^\(?\s*(?:sources?|quelle|quellen|fuente|fonte|source\s+agencies)\s*:\s*(.+?)\)?$/i.exec(s) ??
    /^\(?\s*(?:with|mit|avec|con|—\s*with)\s+(.+?)\)?$/i.exec(s) ??
    /^[a-z]{1,4}(?:\/[a-z]{1,4})+\s*\((.+)\)$/.exec(s) ??
    /^\((.+)\)$/.exec(s);
  if (!m) return null;
  const parts = m[1].split(/\s*(?:,|;|\/|\band\b|&)\s*/i).filter(Boolean);
  const agencies = parts.map((p) => agencyName(p));
  return agencies.length > 0 && agencies.every((a) => a !== null) ? (agencies as string[]) : null;
}

/** A dateline in capitals with the agency in brackets (see wireDateline). */
const CAPITALS_DATELINE_AGENCY = /^\p{Lu}[\p{Lu} .'’-]{1,40}(?:,\s*[\p{L} .]{2,30})?(?:,?\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*\(([^)]{2,30})\)\s*(?:[-—–:_]|$)/u;

/**
 * The wire dateline opening a story: "MOSCOW (Reuters) —", "BEIRUT, Lebanon (AP) -", and the
 * other punctuations agencies use after the credit: AP's archive underscore ("LONDON (AP) _"),
 * a double hyphen ("(AP) --"), a colon; a filing date may stand before the credit ("BEIJING,
 * March 3 (Reuters) -", "OTTAWA, Aug. 23 (Xinhua) --").
 */
export function wireDateline(paragraph: string): string | null {
  const m = compiledOnce(CAPITALS_DATELINE_AGENCY).exec(paragraph);
  return m ? agencyName(m[1]) : null;
}

/** "Reporting by Jane Doe; Editing by John Roe" (Reuters style) → the reporters. */
export function parseReportingBy(line: string): string[] | null {
  if (!/(?:reporting|writing) by/i.test(line)) return null;
  const m = /^\(?\s*(?:additional\s+)?(?:reporting|writing)\s+by\s+(.+?)\)?\s*$/i.exec(line.trim());
  if (!m) return null;
  const reporters = m[1].split(/;\s*(?:additional\s+)?(?:editing|edited|writing)\s+by\b/i)[0];
  const names = reporters
    .replace(/\s+in\s+\p{Lu}[\p{L} -]*/gu, '')
    .split(/\s*(?:,|;|\band\b|&)\s*/i)
    .map((n) => n.trim().replace(/[.)]+$/, ''))
    .filter((n) => looksLikePerson(n));
  return names;
}

const CREDIT_LABEL = /^(?:(?:photo|image|picture|photograph|foto|credit|photo credit|image credit|image source)s?\s*:|(?:photo(?:graph)?|picture|image)s?\s+(?:by|courtesy(?: of)?))\s*/i;
/** One part of a credit chain: a few words of letters, digits and name punctuation. */
const CREDIT_SEGMENT = /^[\p{L}\p{N}][\p{L}\p{N}.'’& -]*$/u;
/** "…Image: Syrian Presidency/REUTERS" at the end of a caption, often glued to its last word. */
const CREDIT_LABEL_TAIL = /(?:Image|Photo|Picture|Photograph|Foto|Bild|Credit|IMAGE|PHOTO)s?\s*:\s*([^:]{2,80})$/u;

/**
 * A credit chain ("Name / POOL / AFP", "Syrian Presidency/REUTERS") is plausible when it has 2–4
 * short parts and one of them is an agency or a photo source.
 */
function creditChain(s: string, strict = false): string | null {
  if (!s.includes('/')) return null;
  const segs = s.split('/').map((x) => x.trim());
  if (segs.length < 2 || segs.length > 4) return null;
  for (const seg of segs) if (!CREDIT_SEGMENT.test(seg) || seg.split(/\s+/).length > 5) return null;
  const known = segs.some((x) => agencyName(x) !== null || PHOTO_SOURCES.test(x) || VIA_SOURCE.test(x) || (!strict && ALL_CAPS.test(x)));
  // Strict (a parenthesis closing a longer line): an agency or picture desk, or a photographer's
  // name, must be there — "(WHO/UNICEF)" at the end of a story sentence is a source, not a credit.
  if (strict && !known && !segs.some((x) => looksLikePerson(x))) return null;
  return known || strict ? s.trim() : null;
}

/** The whole line is a photo credit ("Alexander Zemlianichenko / POOL / AFP", "Photo: Jane Doe / AP"). */
export function creditOnly(line: string): string | null {
  const s = line.trim().replace(/^\((.*)\)$/, '$1').trim(); // "(Image credit: …)

  const label = CREDIT_LABEL.exec(s);
  const rest = label ? s.slice(label[0].length) : s;
  const chain = creditChain(rest);
  if (chain) return chain;
  if (label && rest.length >= 2 && rest.split(/\s+/).length <= 10 && !/[.!?]$/.test(rest)) return rest.trim();
  return null;
}

/** A caption ending in a credit: returns the caption text and the credit, or null. */
export function captionWithCredit(line: string): { caption: string; credit: string } | null {
  const s = line.trim();
  if (s.endsWith(')')) {
    // "…on 15 October 2025 (Alexander Zemlianichenko/Pool/AFP)"
    const open = s.lastIndexOf('(');
    if (open > 0) {
      const inner = s.slice(open + 1, -1);
      const label = CREDIT_LABEL.exec(inner);
      const chain = creditChain(label ? inner.slice(label[0].length) : inner, !label);
      if (chain) return { caption: s.slice(0, open).trim(), credit: chain };
    }
  }
  const colon = s.lastIndexOf(':');
  if (colon > 0) {
    const tail = CREDIT_LABEL_TAIL.exec(s.slice(Math.max(0, colon - 20)));
    if (tail) {
      const credit = tail[1].trim();
      const at = s.length - tail[0].length;
      if (at > 0 && credit.split(/\s+/).length <= 10 && !/[.!?]$/.test(credit)) return { caption: s.slice(0, at).trim(), credit };
    }
  }
  return null;
}

export function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
