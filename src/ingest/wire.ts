/**
 * Wire-service boilerplate: the lines news agencies and syndicates send to client newsrooms
 * along with a story, which a scraped or archived wire copy still carries and which are never a
 * sentence of the story — notes to editors ("Eds: UPDATES with …"), pick-up markers that tell
 * an editor where a new take goes ("The plane, 5th graf pvs"), transmission control words
 * ("(MORE)", "ENDIT", "(BEGIN OPTIONAL TRIM)"), desk initials ("(ab/cd)"), transmission stamps
 * and slugs ("XYZ-03-04-26 1412EST", "BC-PORT-FIRE-2NDTAKE"), distribution notes ("For Use By
 * Clients of …", "(Distributed by …)"), "On the Net:" blocks of web addresses, and the
 * "… e-mail address is …" sign-off. Owns these patterns; clean.ts applies them line by line.
 *
 * Each pattern is a form of wire copy (the AP and syndicate conventions of the trade), never the
 * wording of one story or outlet, and each is limited to short lines: a story sentence that
 * happens to start like one ("Editors at the paper said …") has lower-case prose and a full stop
 * and does not match the whole-line forms below.
 */
import { compiledOnce } from '../core/regex.js';

/** A note to editors: "Eds: …", "Editor's note: …", "EDITORS: …", "Note to editors: …". */
const EDITORS_NOTE = /^\(?\s*(?:eds?|editors?|editor['’]?s\s+note|editors['’]?\s+note|note\s+to\s+editors?)\s*[:_]/i;

/**
 * A pick-up or insert marker: the first words of a paragraph, then where it goes in the earlier
 * version ("graf" = paragraph, "pvs" = previous): "Chile said, graf 3 pvs", "Turkey amassed
 * troops, pick up 4th graf pvs", "The plane, 5th graf pvs. (gm)". The marker ends the line.
 */
const GRAF_MARKER = /(?:^|[\s,])(?:(?:pick\s+up|insert|sub|subs)\s+)?(?:\d{1,2}(?:st|nd|rd|th)\s+grafs?|grafs?\s+\d{1,2})(?:\s*,?\s*pvs\.?)?(?:\s+[a-z]{1,3})?(?:\s*\([\w/ -]{1,12}\))?\s*\.?$/i;

/**
 * Control words of a transmission, alone on a line: "(MORE)", "MORE", "ENDIT", "END", "-30-",
 * "XXXX END OF STORY", "(BEGIN OPTIONAL TRIM)", "OPTIONAL TRIM FOLLOWS", "(END OPTIONAL TRIM)",
 * "(FIRST OPTIONAL TRIM BEGINS)", "X X X". Written in capitals (or in brackets): the lower-case
 * word "more" on a line of its own is left alone.
 */
const CONTROL =
  /^\(?\s*(?:MORE|ENDIT|END|ENDS|-30-|#{3}|X{2,}\s+END\s+OF\s+STORY|END\s+OF\s+STORY|(?:(?:FIRST|SECOND|THIRD)\s+)?(?:BEGIN|END)\s+(?:OPTIONAL\s+)?(?:TRIM|ADD|INSERT)|(?:(?:FIRST|SECOND|THIRD)\s+)?OPTIONAL\s+TRIM(?:\s+(?:FOLLOWS|BEGINS|ENDS))?|X(?:\s+X){2,})\s*\)?\s*$/;

/** Desk initials in brackets closing a wire story: "(ab/cd)", "(ht-cph)", "(xyz)", "(ab/cd/ )". */
const DESK_INITIALS = /^\(\s*[a-z]{1,5}(?:\s*[-/]\s*[a-z]{0,5}){0,5}\s*\)$/;

/** A transmission stamp ("XYZ-03-04-26 1412EST") or a budget slug line ("BC-PORT-FIRE-2NDTAKE-XYZ …"). */
const STAMP = /^[A-Z]{2,5}-\d{2}-\d{2}-\d{2}\s+\d{3,4}\s?[A-Z]{2,4}$/;
const SLUG = /^BC-[A-Z0-9]+(?:-[A-Z0-9]+)+\b/;

/**
 * A distribution note of a syndicate: "(Distributed by … Features)", "For Use By Clients of …",
 * "Story Filed By …", "(Story will move in the "a" category.)", "Embargoed for …", "Adv. for
 * Sunday", "Hold for release". These open the line; a story sentence does not start so.
 */
const DISTRIBUTION =
  /^\(?\s*(?:distributed\s+by|for\s+use\s+by\s+clients\b|story\s+filed\s+by|(?:this\s+)?story\s+(?:will\s+move|has\s+moved|moved)\s+(?:in|on)\b|embargoed\s+(?:for|until|till)\b|hold\s+for\s+release\b|adv\.?\s+for\b|for\s+release\s+(?:on|at|until)\b|nonsubscribers\s*:|(?:these|this|the\s+following)\b[^.]{0,80}?\b(?:are|is)\s+moving\s+(?:today\s+)?to\s+clients\b)/i;

/** "On the Net:", "On the Web:", "Online:", "Related links:", "Web sites:" — the heading of a link list. */
const LINK_HEADING = /^(?:on\s+the\s+(?:net|web|internet)|online|on-line|related\s+(?:links|sites|web\s*sites)|links|useful\s+links|web\s*sites?|internet)\s*:/i;
/** A web address (the scheme or "www." is what makes it one). */
const URL = /\bhttps?:\/\/\S+|\bwww\.[a-z0-9-]+\.[a-z]{2,}\S*/i;

/**
 * A link line: a short label and a web address, nothing after it — "Census Bureau Web site:
 * http://…", "Navajo Nation _ http://…", or the address alone. A sentence that mentions an
 * address ends in words or a full stop after it.
 */
export function linkLine(text: string, words: number): boolean {
  if (words > 14) return false;
  const m = URL.exec(text);
  if (!m) return false;
  const after = text.slice(m.index + m[0].length).trim();
  if (after !== '' && !/^[)\].]?$/.test(after)) return false;
  const before = text.slice(0, m.index).trim();
  return before === '' || /[:_—–-]$/.test(before) || LINK_HEADING.test(before);
}

/** "On the Net:" alone, or with its first link on the same line. */
export function linkHeading(text: string, words: number): boolean {
  if (!LINK_HEADING.test(text) || words > 16) return false;
  const rest = text.replace(LINK_HEADING, '').trim();
  return rest === '' || linkLine(rest, words);
}

/** An e-mail sign-off line (see emailSignoff). */
const EMAIL_SIGNOFF = /^\(?\s*([\p{Lu}][\p{L}.'’ -]{1,40}?)['’]s?\s+e-?mail\s+(?:address\s+)?is\s*:?\s+\S+?\)?\.?\s*$/iu;

/**
 * The "… e-mail address is …" sign-off of syndicated copy: "Jane Doe's e-mail address is
 * jdoe(at)example.com", "(Jane Doe's E-mail address is: jdoe(at)example.com)". Returns the name.
 */
export function emailSignoff(text: string): string | null {
  const m = compiledOnce(EMAIL_SIGNOFF).exec(text);
  return m ? m[1].trim() : null;
}

/**
 * An entry of a news service's budget (the list of stories it sends clients): a slug, often a
 * dateline, a one-paragraph summary and the writer's credit in brackets, then the desk's status
 * words — "SLUG-WORD _ CITY _ Summary … (Writer, Some Paper). 30. MOVED", "ITEM-TWO _ Summary.
 * (Some Paper). 8." It summarises another story; it is not a sentence of one. The slug is
 * hyphenated or followed by a dateline (a story's own dateline is one capitalised place before
 * "_", never two), and the line must end in the bracketed credit and status words, which no
 * story paragraph does.
 */
const BUDGET_SLUG = /^[A-Z0-9]+(?:-[A-Z0-9]+)+\s+_\s|^[A-Z0-9]+(?:-[A-Z0-9]+)*\s+_\s+[A-Z][A-Za-z.,' -]{1,40}?\s+_\s/;
/** The end of a budget entry: ") " then only a length or take number, MOVED, WITH PHOTO(S), EMBARGOED …, ETA …, Developing. */
const BUDGET_END = /\)\s*\.?(?:\s*(?:\d{1,4}\s*\.|MOVED(?:\s+[A-Z]{3,})?\.?|WITH\s+(?:PHOTOS?|GRAPHICS?)\.?|EMBARGOED\s+[A-Za-z ,.]{0,30}|ETA:?\s*[\w: .]{0,16}|Developing\.))*\s*$/;

/** The removal reason of a budget entry (clean.ts counts them to recognise a whole budget). */
export const BUDGET_ENTRY = 'budget entry (wire service: a summary of another story)';

export function budgetEntry(text: string, words: number): boolean {
  if (words > 250 || text.length > LINE_CHARS * 2 || !BUDGET_SLUG.test(text)) return false;
  // Only the last 120 characters: the credit and status words are short (bounded cost).
  return BUDGET_END.test(text.slice(-120));
}

/** The longest line the service patterns look at: 80 words of ordinary prose fit in it. */
const LINE_CHARS = 1200;

/** A telephone number as news services print them: "404-526-5456", "1-888-269-8796", "(212) 556-4204", "47-42-17-11". */
const PHONE = /(?:\b1-)?(?:\(\d{3}\)\s?|\b\d{3}[- ])\d{3}-\d{4}\b|\b\d{2}-\d{2}-\d{2}-\d{2}\b/;
/** An address written against harvesters, "jdoe(at)example.com": a service's contact list, never story prose. */
const OBFUSCATED_EMAIL = /\b[\w.-]+\(at\)[\w-]+(?:\.[\w-]+)+/i;
/** Words that make a telephone line a service's own business: sales, subscriptions, fax, telex, resends. */
const SERVICE_WORDS = /\b(?:fax|telex|subscrib\w*|sales\s+(?:executive|representative|office)s?|resend|syndicat\w*\s+sales)\b/i;

/**
 * A line of a news service's own contact or sales details — "--Europe: A Name in Paris at
 * 47-42-17-11; fax, 47-42-80-44", "For information about subscribing to "Column," call
 * 888-555-0100 to connect to a sales executive", "The day editor is A Name, 404-555-0188,
 * aname(at)example.com." A telephone number with sales, subscription or fax words, or an
 * address written "(at)". A story sentence giving a hotline number ("residents may call
 * 1-888-555-0100") has neither and stays; see `serviceTrailer` for what only the end holds.
 */
export function serviceContact(text: string, words: number): boolean {
  // The length cap also bounds the e-mail pattern's backtracking on one very long "word".
  if (words > 60 || text.length > LINE_CHARS) return false;
  return OBFUSCATED_EMAIL.test(text) || (PHONE.test(text) && SERVICE_WORDS.test(text));
}

/** "Questions or comments should be addressed to …": the letters line of a syndicated column. */
const LETTERS_LINE = /^(?:questions|comments|letters)(?:\s*(?:,|or|and)\s*(?:questions|comments|letters|suggestions))*\s+(?:should|may|can)\s+be\s+(?:addressed|sent|directed|mailed|e-?mailed)\s+to\b/i;
/** "Please call … at 404-555-0100", "call CoxNet for more information at …", "questions should be directed to …". */
// ("toll-free" alone is not enough: a story may end with a public hotline's number.)
const CALL_US = /\b(?:please\s+call|call\s+\S+(?:\s+\S+)?\s+for\s+more\s+information|for\s+more\s+information\s+about\s+the\s+package)\b/i;
/** "Thank you." alone: a transmission's courtesy line. */
const COURTESY = /^(?:thank\s+you|thanks)\s*[.!]?$/i;
/** "_ The Example Times Syndicate.": the service signing its transmission. */
const SERVICE_SIGNATURE = /^_?\s*(?:the\s+)?\p{Lu}[\p{L}.&'’ -]{0,50}?\b(?:Syndicate|News\s+Service|Newspapers|Features\s+Service)\.?$/u;
/** "(A Name is a free-lance writer based in Portland.)": the syndicated writer's note. */
const WRITER_NOTE = /^\(\s*\p{Lu}[\p{L}.'’ -]{1,50}?\s+(?:is|was)\s+(?:a|an|the)\s+[^()]{0,120}?\b(?:writer|columnist|critic|correspondent|reporter|editor|contributor|freelancer|author)\b[^()]{0,200}\)\.?$/u;

/**
 * Why a line after the end of the story is a news service's trailer (a removal reason), or
 * null: the letters line of a column, calls to phone the service, a courtesy line and the
 * service's signature (its contact and sales lines and the writer's note go anywhere: see
 * `wireBoilerplate`). Only the footer walk of clean.ts asks (lines after the last story
 * paragraph), because a story may end with a hotline number or a thank-you in a quote.
 */
export function serviceTrailer(text: string, words: number): string | null {
  if (text.length > LINE_CHARS) return null;
  if (words <= 80 && LETTERS_LINE.test(text)) return 'letters line of a syndicated column';
  if (words <= 60 && PHONE.test(text) && CALL_US.test(text)) return "news service's contact or sales line";
  if (words <= 3 && COURTESY.test(text)) return 'courtesy line of a transmission';
  if (words <= 8 && SERVICE_SIGNATURE.test(text)) return "news service's signature";
  return null;
}

/** Why a line is wire boilerplate (a removal reason), or null when it is not. */
export function wireBoilerplate(text: string, words: number): string | null {
  if (words <= 60 && EDITORS_NOTE.test(text)) return 'note to editors (wire service)';
  if (budgetEntry(text, words)) return BUDGET_ENTRY;
  if (serviceContact(text, words)) return "news service's contact or sales line";
  if (words <= 12 && GRAF_MARKER.test(text)) return 'pick-up marker (wire service: "Nth graf pvs")';
  if (words <= 8 && (CONTROL.test(text) || DESK_INITIALS.test(text) || STAMP.test(text))) return 'transmission control line (wire service)';
  if (words <= 30 && SLUG.test(text)) return 'budget slug (wire service)';
  if (words <= 25 && DISTRIBUTION.test(text)) return 'distribution note (wire service)';
  // A whole line in brackets about the writer: never a sentence of the story, wherever it is.
  if (words <= 80 && text.length <= LINE_CHARS && compiledOnce(WRITER_NOTE).test(text)) return "writer's note (about the author, not the story)";
  if (words <= 12 && emailSignoff(text) !== null) return 'author e-mail sign-off (kept as author)';
  return null;
}

/**
 * The same pick-up marker glued to the end of the story's last paragraph, after its last
 * sentence (archived wire copy often lost the line break): "… cooperation. A plane, 2nd graf,
 * pvs", "… he said. The report also, 13th graf 13 pvs", "… the same. "No member, 5th graf, 1st
 * Ld-Writethru". A few capitalised words of the paragraph it points to, then "Nth graf" and an
 * optional "pvs" or write-through note: the form of the marker, never a sentence (no verb
 * phrase fits "5th graf pvs").
 */
const GLUED_GRAF = /^["“]?\p{Lu}[\p{L}'’ -]{0,60}?,?\s+(?:(?:pick\s+up|insert|sub|subs)\s+)?(?:\d{1,2}(?:st|nd|rd|th)\s+grafs?|grafs?\s+\d{1,2})(?:\s+\d{1,2})?(?:\s*,?\s*(?:pvs\.?|(?:\d{1,2}(?:st|nd|rd|th)\s+)?ld-writethru))?\s*\.?$/iu;

/**
 * Xinhua's end-of-item trailer glued to the last sentence: "… imported oil. enditem =08221026
 * =08221022 NNNN 18:27 18:27 g": the control word "enditem" and nothing after it but
 * transmission codes (=digits, NNNN, clock times, a desk letter, "# PAB"-style desk codes).
 */
const END_ITEM = /\s(?:enditem|endit)(?:\s+(?:=?\d{3,}|N{4}|\d{1,2}:\d{2}|#|[a-z]{1,4}))*\s*$/i;

/** Desk initials: "sf/vj", "av/sf/vj", "jah-jjh/vj", "lc-kl/dl" (one slash at least). */
const GLUED_DESK = /^[a-z]{1,5}(?:-[a-z]{1,5})?(?:\/[a-z]{1,5}(?:-[a-z]{1,5})?){1,4}$/;

/**
 * A wire marker glued to the end of a paragraph: where it starts in `text`, and why it goes, or
 * null. Only the last 200 characters are looked at (the markers are short), so the cost does not
 * grow with the paragraph.
 */
export function wireTail(text: string): { start: number; reason: string } | null {
  const from = Math.max(0, text.length - 200);
  const tail = text.slice(from);
  const end = END_ITEM.exec(tail);
  if (end) return { start: from + end.index, reason: 'transmission control word (wire service: "enditem")' };
  // After the last sentence end of the paragraph (a full stop, ? or !, and any closing quote).
  let cut = -1;
  for (let i = tail.length - 2; i >= 0; i--) {
    if (/[.!?]/.test(tail[i]) && /\s/.test(tail[i + 1] ?? '')) {
      cut = i + 1;
      break;
    }
  }
  if (cut <= 0) return null;
  const rest = tail.slice(cut).trim();
  // Desk initials glued after the last sentence ("… until Saturday. sf/vj", "… he said.
  // jah-jjh/vj"): lower-case letter groups joined by slashes, where a sentence would start with
  // a capital.
  if (GLUED_DESK.test(rest)) return { start: from + tail.indexOf(rest, cut), reason: 'transmission control line (wire service: desk initials)' };
  // GLUED_GRAF bounds the marker's length itself (60 characters of lead words at most).
  if (rest === '' || !compiledOnce(GLUED_GRAF).test(rest)) return null;
  return { start: from + tail.indexOf(rest, cut), reason: 'pick-up marker (wire service: "Nth graf pvs")' };
}
