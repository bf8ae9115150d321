/**
 * Framing: how each outlet labels each main actor, side by side, and which evaluative words it
 * chooses. Labels are verbatim spans of the article, from five places: the title or role the
 * annotator split off a name ("Syria's interim President"), an appositive right after a name
 * ("Sharaa, a former leader of …,"), descriptive phrases that stand for a person without naming
 * them ("the embattled and often combative governor", "the dictator"), resolved to a person named
 * just before, epithets (an evaluative phrase before a name, "the firebrand populist Jane Roe";
 * a nickname someone coined, 'dubbed him "Sleepy Sam"'), and loaded verbs of saying right by a
 * name ("Roe admitted", "boasted Roe"). Each label lists its `loaded` words: words of an
 * openly licensed sentiment lexicon (VADER and AFINN, evaluative-data.ts) and words that are
 * neither a title, an office nor a neutral modifier — the outlet's own choice of description.
 * An actor whose every label is a bare job title ("President", "Sen.") gets no row.
 */
import type { Framing } from '../../core/dossier-schema.js';
import type { AnnotatedArticle } from '../../core/schema.js';
import { ROLE_ACRONYMS, ROLE_HEADS, ROLE_MODIFIERS } from '../../annotate/lexicon/persons.js';
import type { EntityIndex } from './entities.js';
import { NEGATIVE_WORDS, POSITIVE_WORDS } from './evaluative-data.js';
import { articleOrder, cmp, STOP } from '../words/lex.js';
import { wordRow } from '../words/embeddings.js';
import { LEARNED_REPORTING_VERBS } from '../../annotate/lexicon/reporting-verbs.js';
import { compiledOnce } from '../../core/regex.js';
import { NAMING_NOUNS } from '../../annotate/lexicon/naming-nouns.js';

/** Up to four lower-case words, with their article, right before a name (see its use). */
const LOWER_PHRASE_BEFORE = /(?:^|[\s(])((?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\p{Ll}][\p{Ll}'’-]*\s+){1,4})$/u;
/** A subject right before a phrase: a capitalised word (not a possessive) or a subject pronoun. */
const SUBJECT_BEFORE = /(?:\b\p{Lu}[\p{L}.-]*|\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t))\s+$/u;
/**
 * A clause, not a noun phrase, after a name's comma: an adverb then a verb in -ed ("…, the
 * justices unanimously affirmed a decision"), or an article, a plural noun and a verb in -ed
 * ("…, the officers arrested him"). The name ended an opening phrase ("In an opinion by Justice
 * X, the justices …"); what follows is the sentence, not a label of X.
 */
const CLAUSE = /\b\p{Ll}+ly\s+\p{Ll}+ed\b|^(?:the|a|an)\s+\p{Ll}+[^s\s]s\s+\p{Ll}+ed\b/u;

/**
 * Common irregular simple pasts (those that are no adjective before a noun: "gave", "told").
 * "lost" is one ("the once lost Ana Diaz") and "forced" is regular (the -ed rule reads it).
 */
const IRREGULAR_PAST = new Set(
  'gave|told|made|took|sent|left|met|saw|found|brought|got|led|paid|won|kept|held|became|came|went|began|chose|drove|wrote|sold|bought|caught|threw|knew|thought|taught|fought|sought|spent|struck|drew|grew|tore|swore|stole|rode|broke|spoke|woke|froze|shook|forgave|overtook|overcame|withdrew|upheld'.split('|'),
);

/**
 * A clause, not a noun phrase, ending right before a name: a subject and its verb in the past
 * ("a labor dispute prompted | Tan to …", "The agreement gave | Tan room"), the name its object.
 * Modifiers of a name end in a noun or an adjective, never a finite verb: a phrase of two words
 * or more after its article whose last word is a simple past (in -ed after a noun, or a common
 * irregular one) is a sentence's subject and verb, and its words are no label of the person
 * (read on DUC 2003 dev d31041t). A lone -ed word after the article stays an adjective ("the
 * disgraced Sam Lee"), and so does an -ed word after an adverb ("the much-maligned", "a
 * widely admired").
 */
function clauseBefore(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  const body = /^(?:the|a|an)$/i.test(words[0]) ? words.slice(1) : words;
  if (body.length < 2) return false;
  const last = body[body.length - 1].toLowerCase();
  const prev = body[body.length - 2].toLowerCase();
  // A possessive ("the party's disgraced"), a figure or a hyphenated compound ("the 84-year-old
  // retired", "the two-time Oscar-nominated") is a modifier before the -ed word, never a subject
  // ending in a noun: the phrase is a noun phrase and its words an epithet.
  if (/['’]s$|\d|-/.test(prev)) return false;
  if (IRREGULAR_PAST.has(last)) return true;
  return /\p{Ll}{2,}ed$/u.test(last) && !/ly$/.test(prev) && !/(?:ed|ing|ous|ive|ful|al|ic|ent|ant|ary|ish|less)$/.test(prev);
}

type Kind = Framing['labels'][number]['kind'];

interface Label {
  article: string;
  label: string;
  start: number;
  end: number;
  kind: Kind;
  loaded: string[];
}

// Verbs of saying learned from attribution cues (lexicon/reporting-verbs.ts).
const REPORTING = new Set(LEARNED_REPORTING_VERBS);
// Words a sentiment lexicon rates clearly positive or negative ("disgraced", "notorious", "beloved").
export const EVALUATIVE = new Set([...NEGATIVE_WORDS.split(' '), ...POSITIVE_WORDS.split(' ')]);
// Nouns that judge a person rather than name an office: an outlet that calls someone "the
// strongman" or "a firebrand" has chosen a verdict, where "the president" states a post.
const EPITHET_HEADS = new Set(
  'dictator|strongman|autocrat|despot|tyrant|warlord|thug|mobster|godfather|firebrand|demagogue|populist|hardliner|zealot|extremist|radical|agitator|provocateur|kingpin|oligarch|crony|puppet|maverick|hawk|hardliner|ideologue|fanatic|hero|villain|darling'.split('|'),
);
// Modifiers that state a status (in or out of office, when, for how long) and say nothing of
// how the outlet sees the person. The annotator's role modifiers are mostly offices and
// domains ("foreign", "police", "harbour"); the evaluative ones among them ("embattled",
// "controversial", "powerful") are not listed here and count as loaded.
const STATUS = new Set(
  'former|ex-|interim|transitional|acting|deputy|vice|first|new|then|late|outgoing|incoming|caretaker|longtime|long-time|elected|current|newly|once|now|still|de|facto|self-proclaimed|self-declared|would-be|senior|junior|top|chief|assistant|associate|executive|general|sitting|retired|jailed|detained|exiled|ousted|deposed'.split('|'),
);
const NEUTRAL_MODIFIERS = new Set([...ROLE_MODIFIERS].filter((w) => STATUS.has(w) || !/^(embattled|beleaguered|powerful|influential|prominent|controversial|veteran)$/.test(w)));
// Adverbs and connectives inside a description ("the embattled and often combative governor").
const GLUE = new Set('and|or|often|also|once|now|still|very|increasingly|deeply|widely|long|ever|much|more|most|less|so|too|as|who|whose|whom|which|that|of|for|in|on|at|by|with|from|to|the|a|an'.split('|'));

/**
 * The loaded words of a label: epithet nouns anywhere, and before the label's head noun (its
 * first title or office word) the words that judge — lexicon words, the annotator's evaluative
 * role modifiers, and other lower-case adjectives (by their suffix: "combative", "hardline" is
 * caught by the lexicon of role modifiers or not at all) that are neither a status word nor glue.
 * Read as syntax, not as a bag of words:
 * - words after the head ("leader of the rebels", "mastermind of the attacks") say whose or what,
 *   not how;
 * - a possessive ("the nation's", "the commission's") names the owner of the post;
 * - capitalised words inside the label are names, parties and offices ("Workers Party", "United
 *   States", "National Cancer Institute"): never loaded, whatever a sentiment lexicon says;
 * - a word left of a plain noun that is not the head modifies that noun, not the person
 *   ("infectious disease expert", "horse trainer", "truth panel's chairman"): the compound is a
 *   job description. Nouns are told from adjectives by the adjective suffixes below.
 */
export function loadedWords(label: string): string[] {
  const out: string[] = [];
  const words = label.split(/\s+/);
  const norm = (raw: string): string => raw.replace(/^[^\p{L}]+|[^\p{L}-]+$/gu, '');
  const headAt = words.findIndex((raw) => {
    const w = norm(raw);
    const lower = w.toLowerCase().replace(/['’]s$/, '');
    return w !== '' && (EPITHET_HEADS.has(lower) || ROLE_HEADS.has(lower) || ROLE_ACRONYMS.has(w));
  });
  // No title or office word: the head is the noun before the first preposition or relative
  // ("the suspected mastermind of the attacks"), else the last word.
  const firstFunction = words.findIndex((raw, i) => i > 0 && /^(?:of|in|for|from|at|on|with|who|which|that|whose|whom)$/i.test(norm(raw)));
  const end = headAt >= 0 ? headAt : firstFunction > 0 ? firstFunction - 1 : words.length - 1;
  for (let i = 0; i < words.length; i++) {
    const lower = norm(words[i]).toLowerCase().replace(/['’]s$/, '');
    if (EPITHET_HEADS.has(lower) && !out.includes(lower)) out.push(lower);
  }
  // Walk left from the head: stop at the first plain noun (what is left of it modifies it). A
  // head that is no title or office ("a reformist", "the dictator") is itself the outlet's word.
  const pre: string[] = [];
  for (let i = headAt >= 0 ? end - 1 : end; i >= 0; i--) {
    const raw = words[i];
    const w = norm(raw);
    if (!w || /\d/.test(raw)) continue;
    const lower = w.toLowerCase().replace(/['’]s$/, '');
    if (/['’]s?$/.test(raw.replace(/[^\p{L}'’]+$/u, '')) && /['’]/.test(raw)) break; // a possessive: the owner
    if (/^\p{Lu}/u.test(w) && i > 0) continue; // a name or office as written
    if (STOP.has(lower) || GLUE.has(lower) || STATUS.has(lower) || NEUTRAL_MODIFIERS.has(lower) || /^(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))$/.test(lower)) continue;
    const judged = EVALUATIVE.has(lower) || (ROLE_MODIFIERS.has(lower) && !NEUTRAL_MODIFIERS.has(lower));
    // A capitalised first word followed by another capitalised word opens a name or an office
    // as written ("Public Health Director", "Special Counsel"), whose capital may also be the
    // sentence's: only a lexicon word is loaded there, never one guessed from its suffix.
    if (i === 0 && /^\p{Lu}/u.test(w) && /^\p{Lu}/u.test(norm(words[1] ?? '')) && !judged) continue;
    // Counts and ages ("three-time", "34-year-old") describe, they do not judge.
    if (/^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|multi|many|\d+)-/u.test(lower)) continue;
    const adjective = /(?:ive|ous|ful|less|ic|ical|ent|ant|able|ible|ish|ed|ary|ist|ile)$/.test(lower);
    // The head noun itself ("a consultant", "a manicurist", "a Quebec native") names a trade or
    // an origin, whatever its suffix: it judges only when a lexicon says so, or when it names the
    // follower of a doctrine ("a reformist", "a separatist": an -ist whose -ism English has),
    // which is how outlets file a person into a camp.
    const head = headAt < 0 && i === end;
    if (judged || (head ? doctrineNoun(lower) : adjective && lower.length >= 4)) {
      pre.push(lower);
      continue;
    }
    if (EPITHET_HEADS.has(lower) || i === end) continue; // the head itself, a plain noun
    // A plain noun ("disease", "horse"): a compound with the head; stop.
    break;
  }
  for (const w of pre.reverse()) if (!out.includes(w)) out.push(w);
  return out;
}

/**
 * A follower of a doctrine or cause: an -ist noun whose -ism ("separatist"/"separatism") or
 * whose root ("reformist"/"reform") is a word of the vocabulary. A trade in -ist is built on no
 * English word ("manicurist", "pianist"); a few are ("dentist"), and those stay loaded.
 */
function doctrineNoun(w: string): boolean {
  if (w.length < 6 || !w.endsWith('ist')) return false;
  const root = w.slice(0, -3);
  return wordRow(`${root}ism`) >= 0 || (root.length >= 4 && wordRow(root) >= 0);
}

/**
 * A title made of title words alone ("President", "Sen.", "Vice President", "Attorney General"):
 * every word a role head of the persons lexicon (an abbreviation with its point) or an
 * honorific. Modifiers, owners and places ("former", "County", "Syria's") make it more.
 */
function bareTitle(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.every((w) => {
    const lower = w.toLowerCase();
    const bare = lower.replace(/[.,]$/, '');
    return ROLE_HEADS.has(bare) || ROLE_HEADS.has(`${bare}.`) || BARE_HONORIFIC.test(w) || /^(?:vice|deputy|attorney|prime|lieutenant|lt\.?)$/.test(bare);
  });
}

let thingNouns: Set<string> | null = null;
/** A noun none of whose common senses is a person (WordNet, naming-nouns.ts), plural or not. */
function thingNoun(w: string): boolean {
  thingNouns ??= new Set(NAMING_NOUNS.split('\n').map((l) => l.slice(0, l.indexOf(' '))));
  return thingNouns.has(w) || (w.endsWith('s') && thingNouns.has(w.slice(0, -1)));
}
/**
 * A phrase that cannot describe a person, so no label of one: its head noun (before the first
 * preposition or relative, else the last word) is a noun none of whose common senses is a person
 * (WordNet, naming-nouns.ts: "the wetland damage", "The best thing", "a bimonthly magazine",
 * "the conservative groups" — a noun phrase or clause that ends where a name begins, or a
 * typing error), or it ends in a preposition ("the business leaders like" a name), or it is a
 * clause (a noun and its verb in the past, "the unity minister warned", clauseBefore). Read on
 * DUC 2006 dev. (A coined nickname is the label itself and is not read so.)
 */
function notAboutPerson(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}-]+$/gu, '')).filter(Boolean);
  if (words.length === 0) return false;
  const last = words[words.length - 1];
  if (/^(?:like|unlike|including|as|than|via|despite|per|with|without)$/.test(last)) return true;
  if (clauseBefore(text)) return true;
  const cut = words.findIndex((w, i) => i > 0 && /^(?:of|in|for|from|at|on|with|who|which|that|whose|whom|to|by)$/.test(w));
  const head = cut > 0 ? words[cut - 1] : last;
  // (An agent noun in -er/-or names a person far more often than WordNet's common senses say:
  // "a Maryland builder" is a label.)
  if (/(?:er|or)s?$/.test(head)) return false;
  // (Nor a participle, an adjective before a name whatever nouns WordNet spells so: "the
  // notorious lost", "the wounded".)
  if (/ed$/.test(head) || /^(?:lost|fallen|broken|beaten|known|forgotten|hidden|chosen|stolen|sworn|torn|worn|born|shaken|taken|given|grown|driven|written|frozen|spoken)$/.test(head)) return false;
  return thingNoun(head);
}

/**
 * A title the annotator split off that is no label: only an honorific left ("first Mr."), no
 * title or epithet word at all, or a lower-case domain word glued before a capitalised title
 * ("fire General": the end of one phrase and the start of a name's title).
 */
function junkTitle(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => !BARE_HONORIFIC.test(w));
  if (words.length === 0) return true;
  // A participle opening the title is a clause's verb ("Praising Senator …, the ad said"), not
  // a modifier of the office, unless the persons lexicon knows it as one ("Acting", "Outgoing").
  if (words.length >= 2 && /^\p{L}+ing$/u.test(words[0]) && !ROLE_MODIFIERS.has(words[0].toLowerCase())) return true;
  const lower = words.map((w) => w.toLowerCase().replace(/['’]s$/, '').replace(/[.,]$/, ''));
  const headAt = lower.findIndex((w, i) => ROLE_HEADS.has(w) || ROLE_HEADS.has(`${w}.`) || ROLE_ACRONYMS.has(words[i]) || EPITHET_HEADS.has(w));
  if (headAt < 0) return true;
  // Domain words do precede some capitalised titles in AP style ("police Chief", "fire Marshal").
  if (/^\p{Lu}/u.test(words[headAt]) && !/^(?:chief|commissioner|director|marshal|captain|superintendent|inspector|sergeant|officer)$/.test(lower[headAt])) {
    for (let i = 0; i < headAt; i++) {
      const w = lower[i];
      if (/^\p{Ll}/u.test(words[i]) && !STATUS.has(w) && !EVALUATIVE.has(w) && !/^(?:the|a|an|his|her|their|its)$/.test(w) && !/['’]s$/.test(words[i]) && NEUTRAL_MODIFIERS.has(w)) return true;
    }
  }
  return false;
}

// Verbs of saying that characterise the speaker or the statement (AP style warns against most
// of them: "admitted" implies a wrong, "claimed" doubt, "boasted" vanity); "said", "told",
// "added" are neutral and not listed.
// Verbs that also name other acts ("defended the budget", "attacked the town") are left out.
const LOADED_SAY =
  'admitted|admits|conceded|concedes|claimed|claims|boasted|boasts|bragged|brags|insisted|insists|alleged|alleges|complained|complains|confessed|confesses|lamented|laments|vowed|vows|touted|touts|lashed out|scoffed|scoffs|sneered|sneers|ranted|rants|whined|whines|fumed|fumes|groused|grumbled|railed|rails|bristled|trumpeted|crowed|gloated|quipped|quips|acknowledged|acknowledges|conceding|claiming|boasting|insisting|admitting';
const SAY_AFTER = new RegExp(`^(?:,[^,.;]{1,60},)?\\s+(?:has\\s+|had\\s+|also\\s+|later\\s+|then\\s+)?(${LOADED_SAY})\\b`);
const SAY_BEFORE = new RegExp(`\\b(${LOADED_SAY})\\s+$`);
// "Claim" is a verb of saying only with a clause, a quote or an infinitive after it ("claimed the
// vote was rigged", "claimed that …", "claimed to have …", "…, he claimed."). With a noun object
// alone it names another act, taking something as one's own ("claimed a resounding victory",
// "claimed the title", "claimed responsibility"), and the list above leaves out verbs that also
// name other acts: the doubt AP style warns of belongs to the saying sense only. A clause is read
// as a finite auxiliary or copula within five words, none of them crossing punctuation; an
// adverbial right after the verb ("claimed on Tuesday that …", "…," she claimed in a statement)
// puts no object there, so the verb is read as saying.
const CLAIM_FORM = /^claim(?:ed|s|ing)$/i;
const CLAUSE_AFTER = /^\s*(?:$|[,.;:!?"“”'‘’—–(]|that\b|to\s|(?:on|in|at|during|after|before|last|this|earlier|later|yesterday|today|tonight|repeatedly|again|falsely|without|also)\b|(?:[^\s,;.:!?"“”]+\s+){0,5}?(?:is|was|were|are|had|has|have|will|would|could|can|did|does|do|should|might|must|may)\b)/i;
function sayingSense(verb: string, after: string): boolean {
  return !CLAIM_FORM.test(verb) || CLAUSE_AFTER.test(after);
}
// Someone's coined nickname for a person: 'dubbed him "Sleepy Sam"', "calls Roe 'Low-Energy Jane'".
const COINED = /\b(?:dubbed|nicknamed|branded|labell?ed|called|calls|calling|derided\s+as|mocked\s+as|mocks?\s+(?:him|her)\s+as)\s+(?:(him|her)\s+|(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2})\s+)?(?:as\s+)?["“]([^"”\n]{2,40})["”]/gu;

// Honorifics say nothing about how an outlet sees someone.
const BARE_HONORIFIC = /^(mr|mrs|ms|dr|sir|dame|mister)\.?$/i;
// Head nouns of descriptions that stand in for a named person. Only definite descriptions ("the
// ousted leader") point back to someone already named; "a Syrian official" introduces a new one.
const PERSON_HEAD = 'leader|ruler|president|dictator|strongman|autocrat|despot|tyrant|premier|prime minister|chancellor|monarch|king|queen|general|commander|minister|chief|spokes(?:man|woman|person)|official|envoy|warlord|militant|jihadist|governor|mayor|senator|populist|firebrand|demagogue|tycoon|billionaire|oligarch';
// Modifiers that mark someone out of power: such a description refers to a person whom the
// story reports as removed, not to whoever was named last.
const FORMER = /\b(former|ousted|deposed|toppled|exiled|fallen|overthrown|late|ex-)\b/i;
// Modifiers are words other than function words: "the fate of the former leader" is about a
// fate, and "the alliance that toppled the leader" about an alliance.
const FUNCTION_WORD = '(?:of|the|a|an|to|that|for|with|by|from|in|on|at|who|which|whose|his|her|its|their|is|was|has|had)\\s';
const DESCRIPTION = new RegExp(`\\b(?:the|The)\\s+((?:(?!${FUNCTION_WORD})[\\p{Ll}'’-]+\\s+|[\\p{Lu}][\\p{Ll}]+\\s+){0,5}?(?:${PERSON_HEAD}))\\b(?!\\s+(?:of\\s+)?\\p{Lu})`, 'gu');
// Words that turn the description into something else ("the leader's", "the president of the bank").
const NOT_PERSON_AFTER = /^\s*(?:'s|’s|of\s+the\s+(?:bank|board|company|club|committee))/i;
/**
 * Heads naming one particular office: a description with one of these ("the former president")
 * is not of a person titled by other offices only. Generic heads ("leader", "official", "chief")
 * fit any office-holder and are not checked.
 */
const OFFICE_HEADS = new Set(['president', 'premier', 'minister', 'chancellor', 'governor', 'mayor', 'senator', 'king', 'queen', 'monarch', 'emir', 'sultan', 'pope']);
/** A removal word followed by at most two words, then the end (where the mention starts). */
const REMOVAL_GOVERNS = /\b(?:toppl\w*|overthr\w*|oust\w*|depos\w*|fall of|fled|exile\w*|ouster of)\s+(?:\S+\s+){0,2}$/i;

function sentenceIndex(a: AnnotatedArticle, pos: number): number {
  let lo = 0;
  let hi = a.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a.sentences[mid].end <= pos) lo = mid + 1;
    else if (a.sentences[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}

export function buildFraming(articles: AnnotatedArticle[], ents: EntityIndex, maxActors = 8): Framing[] {
  const labels = new Map<string, Label[]>();
  const add = (entity: string | null, l: Omit<Label, 'loaded'> & { loaded?: string[] }): void => {
    if (!entity) return;
    let text = l.label.replace(/\s+/g, ' ').trim();
    // An honorific closing a title ("County Health Director Dr." before the name) says how to
    // address the person, not what the outlet calls them: the label ends before it.
    const hon = /\s+(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?$/.exec(text);
    if (hon && l.kind === 'title') {
      text = text.slice(0, hon.index);
      l = { ...l, end: l.start + text.length };
    }
    if (!text || BARE_HONORIFIC.test(text) || text.length > 90) return;
    if (l.kind === 'title' && junkTitle(text)) return;
    if ((l.kind === 'epithet' || l.kind === 'appositive' || l.kind === 'description') && !l.loaded?.includes(text) && notAboutPerson(text)) return;
    const list = labels.get(entity) ?? [];
    if (!list.some((x) => x.article === l.article && x.label.toLowerCase() === text.toLowerCase())) list.push({ ...l, label: text, loaded: l.loaded ?? loadedWords(text) });
    labels.set(entity, list);
  };

  // The role words each person is given by title anywhere in the story ("Rep.", "President"):
  // a description whose head names another office ("the former president" after "Representative
  // Elise Stefanik") is someone else's (see the descriptions below).
  const roleWords = new Map<string, Set<string>>();
  for (const a of articles) {
    for (const m of a.mentions) {
      if (m.type !== 'person' || !m.role) continue;
      const id = ents.at(a.id, m.start, m.end);
      if (!id) continue;
      const set = roleWords.get(id) ?? new Set<string>();
      for (const w of a.text.slice(m.role.start, m.role.end).toLowerCase().split(/[^\p{L}.-]+/u)) if (ROLE_HEADS.has(w)) set.add(w);
      roleWords.set(id, set);
    }
  }
  // Which people the story reports as removed from power (a removal verb right before a mention,
  // not "toppled by X", where X is the one doing it).
  const removed = new Map<string, number>();
  for (const a of articles) {
    for (const m of a.mentions) {
      if (m.type !== 'person') continue;
      const before = a.text.slice(Math.max(0, (m.role?.start ?? m.start) - 60), m.role?.start ?? m.start);
      // The removal word governs this mention: at most two words between them ("ousted Rep.",
      // "the ouster of longtime"). Further off it is another's removal ("Cheney's ouster and her
      // replacement with Representative Elise Stefanik": Stefanik then took a "former president"
      // description meant for someone else, on unseen AllSides 6051, session 21).
      if (REMOVAL_GOVERNS.test(before.split(/[.;]/).pop() ?? '') && !/\bby\s+(?:\S+\s+){0,2}$/.test(before)) {
        const id = ents.at(a.id, m.start, m.end);
        if (id) removed.set(id, (removed.get(id) ?? 0) + 1);
      }
    }
  }

  for (const a of articles) {
    const persons = a.mentions.filter((m) => m.type === 'person').sort((x, y) => x.start - y.start);
    const appositives: Array<[number, number]> = [];
    for (const m of persons) {
      const id = ents.at(a.id, m.start, m.end);
      if (m.role) add(id, { article: a.id, label: m.role.text, start: m.role.start, end: m.role.end, kind: 'title' });
      // An evaluative phrase right before the name or its title ("the firebrand populist Jane
      // Roe", "disgraced former minister Sam Lee"): an epithet, kept when it has a loaded word.
      const from = m.role?.start ?? m.start;
      // The phrase is modifiers only (no function word: "support for the" is no epithet), and
      // starts with an article unless a title follows it ("disgraced former minister Sam Lee"):
      // a bare word before a name is as often a verb ("Putin praised Sharaa").
      const pre = compiledOnce(LOWER_PHRASE_BEFORE).exec(a.text.slice(Math.max(0, from - 60), from));
      const modifiersOnly = (p: string): boolean => p.trim().split(/\s+/).every((w, i) => (i === 0 && /^(?:the|a|an)$/i.test(w)) || (!STOP.has(w) && !GLUE.has(w) && !/ly$/.test(w)));
      // Without an article, a first word in -ing is a verb taking the name as its object
      // ("… after defeating former mayor Paulo Roe"), not a description of the person.
      // So is a first word in -ed after a subject, a name or a pronoun: "YouTube suspended
      // Republican Senator Rand Paul" (the verb's object), where "said embattled Senator …" and
      // a phrase opening the sentence stay epithets. (Not after a possessive: "Ohio's embattled
      // Governor …".)
      const verbFirst =
        pre !== null &&
        !/^(?:the|a|an)\s/i.test(pre[1]) &&
        (/^\p{Ll}+ing\s/u.test(pre[1]) ||
          (/^\p{Ll}+ed\s/u.test(pre[1]) && compiledOnce(SUBJECT_BEFORE).test(a.text.slice(Math.max(0, from - pre[1].length - 40), from - pre[1].length))));
      // (A bare honorific is no title: "I trust Mr. Roe" has a verb before "Mr.", not an epithet.)
      const titled = m.role !== null && !BARE_HONORIFIC.test(m.role.text.trim());
      if (pre && !verbFirst && !clauseBefore(pre[1]) && modifiersOnly(pre[1]) && (/^(?:the|a|an)\s/i.test(pre[1]) || titled)) {
        const phrase = pre[1].trimEnd();
        // Read with the title it precedes: "infectious disease expert" is one noun phrase, whose
        // "infectious" describes the disease, not the person.
        const loaded = loadedWords(m.role ? `${phrase} ${m.role.text}` : phrase).filter((w) => EVALUATIVE.has(w) || EPITHET_HEADS.has(w));
        // Nouns alone before a title, with no article, are the title's own domain, one compound
        // with it ("prison spokeswoman", "crime lab director"): they say what the office is
        // about, not how the outlet sees the person, though a sentiment lexicon scores the noun
        // ("prison" is negative in VADER; a label "prison" was shown for a prison's
        // spokeswoman). Only nouns none of whose common senses is a person (WordNet,
        // naming-nouns.ts), so an evaluative noun for a person ("traitor", "thug") stays.
        const domainNouns = titled && !/^(?:the|a|an)\s/i.test(pre[1]) && phrase.split(/\s+/).every((w) => thingNoun(w.toLowerCase()));
        if (loaded.length && !domainNouns) {
          const start = from - pre[1].length;
          add(id, { article: a.id, label: phrase, start, end: start + phrase.length, kind: 'epithet', loaded });
        }
      }
      // A loaded verb of saying by the name: "Roe admitted …", "…, boasted Roe".
      const sayAfter = SAY_AFTER.exec(a.text.slice(m.end, m.end + 90));
      if (sayAfter && sayingSense(sayAfter[1], a.text.slice(m.end + sayAfter.index + sayAfter[0].length, m.end + sayAfter.index + sayAfter[0].length + 80))) {
        const start = m.end + sayAfter.index + sayAfter[0].length - sayAfter[1].length;
        add(id, { article: a.id, label: sayAfter[1], start, end: start + sayAfter[1].length, kind: 'verb', loaded: [sayAfter[1]] });
      }
      const sayBefore = SAY_BEFORE.exec(a.text.slice(Math.max(0, from - 30), from));
      if (sayBefore) {
        const start = from - sayBefore[0].length;
        add(id, { article: a.id, label: sayBefore[1], start, end: start + sayBefore[1].length, kind: 'verb', loaded: [sayBefore[1]] });
      }
      // Appositive: "Name, a former leader of the Syrian branch of Al Qaeda, led …".
      const after = a.text.slice(m.end, m.end + 120);
      const app = /^,\s+((?:a|an|the)\s+[^,;.()"“”]{3,90}?),/.exec(after);
      // A phrase ending in a verb of saying is an attribution set in the sentence, not an
      // appositive: "…, Roe, the unity minister warned, …" labels nobody.
      if (app && !/\b(?:said|says|told)\b/.test(app[1]) && !REPORTING.has(app[1].slice(app[1].lastIndexOf(' ') + 1)) && !CLAUSE.test(app[1])) {
        // "a reformist who took office three years ago" labels her "a reformist"; the relative
        // clause is a fact about her, not a label.
        const label = app[1].split(/\s+(?:who|which|whose|whom|that)\s/)[0];
        const off = m.end + after.indexOf(app[1]);
        add(id, { article: a.id, label, start: off, end: off + label.length, kind: 'appositive' });
        appositives.push([off, off + app[1].length]);
      }
    }
    // Descriptions that stand in for a person.
    for (const d of a.text.matchAll(DESCRIPTION)) {
      const phrase = d[1];
      const start = d.index! + d[0].length - phrase.length;
      const end = start + phrase.length;
      if (NOT_PERSON_AFTER.test(a.text.slice(end, end + 30))) continue;
      // Inside an appositive ("a close ally of the prime minister") the description is someone
      // else, the one the appositive relates its person to.
      if (appositives.some(([s0, e0]) => start >= s0 && end <= e0)) continue;
      // A description that introduces a name ("the president, Ahmed al-Sharaa") is a role, not a stand-in.
      if (persons.some((m) => m.start >= end && m.start - end <= 3)) continue;
      const si = sentenceIndex(a, start);
      const windowStart = si > 1 ? a.sentences[si - 2].start : 0;
      let cands = persons.filter((m) => m.end <= start && m.start >= windowStart);
      if (FORMER.test(phrase)) {
        const out = cands.filter((m) => (removed.get(ents.at(a.id, m.start, m.end) ?? '') ?? 0) > 0);
        cands = out;
      }
      // A neutral description ("the president", "the minister") frames no one and is easily
      // pinned on whoever stands nearby: only a loaded one, or one that says the person is out
      // of power, is kept.
      const loaded = loadedWords(phrase);
      if (!loaded.length && !FORMER.test(phrase)) continue;
      const ref = cands[cands.length - 1];
      if (!ref) continue;
      const refId = ents.at(a.id, ref.start, ref.end);
      // A person titled by other offices only is not who a description of this office stands for.
      const head = phrase.toLowerCase().split(/\s+/).pop() ?? '';
      const titled = refId ? roleWords.get(refId) : undefined;
      if (titled && titled.size > 0 && OFFICE_HEADS.has(head) && !titled.has(head)) continue;
      add(refId, { article: a.id, label: phrase, start, end, kind: 'description', loaded });
    }
  }

  for (const a of articles) {
    const persons = a.mentions.filter((m) => m.type === 'person').sort((x, y) => x.start - y.start);
    for (const c of a.text.matchAll(COINED)) {
      const nick = c[3];
      const start = c.index! + c[0].lastIndexOf(nick);
      let id: string | null = null;
      if (c[2]) {
        const off = c.index! + c[0].indexOf(c[2]);
        id = ents.at(a.id, off, off + c[2].length) ?? ents.byName(c[2], a.id);
      } else if (c[1]) {
        // "dubbed him": the person named last before, within the sentence and the one before.
        const si = sentenceIndex(a, c.index!);
        const windowStart = si > 0 ? a.sentences[si - 1].start : 0;
        const ref = persons.filter((m) => m.end <= c.index! && m.start >= windowStart).pop();
        id = ref ? ents.at(a.id, ref.start, ref.end) : null;
      }
      add(id, { article: a.id, label: nick, start, end: start + nick.length, kind: 'epithet', loaded: [nick] });
    }
  }

  // Main actors: named by most articles, then given most labels, then mentioned most (an
  // entity's id, the last resort, moves whenever any other entity of the story merges or splits).
  // An actor whose every label is a bare title ("President", "Sen.", "Vice President": nothing
  // but title words, bareTitle) is framed by no outlet: a job title alone says what someone is,
  // not how an outlet sees them (issue #12), and such rows buried the few that do. A title with
  // more in it ("the former governor", "County Health Director", "interim President") still
  // tells the reader something and keeps its row, and bare titles stay in a row that has any
  // other label, beside which they show what each outlet adds.
  const framed = (list: Label[]): boolean => list.some((l) => l.kind !== 'title' || l.loaded.length > 0 || !bareTitle(l.label));
  const main = ents.entities
    .filter((e) => e.type === 'person' && labels.has(e.id) && framed(labels.get(e.id)!))
    .sort((x, y) => y.articles.length - x.articles.length || labels.get(y.id)!.length - labels.get(x.id)!.length || y.mentions.length - x.mentions.length || cmp(x.id, y.id))
    .slice(0, maxActors);
  return main.map((e) => ({
    entity: e.id,
    name: e.name,
    labels: labels.get(e.id)!.sort((x, y) => articleOrder(x.article, y.article) || x.start - y.start).map((l) => ({ article: l.article, label: l.label, start: l.start, end: l.end, kind: l.kind, loaded: l.loaded })),
  }));
}
