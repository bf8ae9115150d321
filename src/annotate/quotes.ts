/**
 * Quotations and who said them. Owns attribution (which words of the reporter name the speaker)
 * and the partial flag; quote-mark pairing is in quote-marks.ts, resolving a speaker to a person
 * (names, "he"/"she", descriptions) in speakers.ts.
 *
 * Pairing (quote-marks.ts, one pass over the quote marks):
 * - curly double marks pair open/close; a straight `"` opens after a space or line start and
 *   closes before a space or punctuation; « » and „ “ are handled as opening/closing marks;
 * - single quotes ('redefine', ‘tricked’) pair only inside one paragraph and never inside a
 *   double quote, and an apostrophe between letters (Syria's, don’t) is never a quote mark; a
 *   closing ’ after "s" ("Damascus’ leader") counts only when a single quote is open;
 * - a quote may run over paragraphs the way newspapers write it: a paragraph that opens a quote
 *   without closing it continues into the next paragraph when that one starts with an opening
 *   mark; an unclosed quote without such a continuation is dropped (better no quote than a
 *   quote that runs into the reporter's words), unless the next paragraph's first double mark
 *   can only close it (`“He was shaken. ¶ He tried to help,” said Lind.`: texts with one
 *   sentence per line split a quote so) and that paragraph's words before it report no speech
 *   ("said", "told": the reporter's paraphrase of someone else);
 * - a straight mark spaced as an opening one right after a quote's closing punctuation, with no
 *   straight mark after it in the paragraph, closes the open straight quote (`… the law, "Lind
 *   said.`).
 * Attribution, first match wins:
 * 1. right after the closing mark: `, he said`, `, Sharaa told Putin`, `, said Mr. Putin`,
 *    `" a Syrian official told AFP`; the phrase in that slot whatever its head (`," Sanders
 *    campaign manager Jeff Weaver said`, `," said one Trump confidant`, `," his two brothers
 *    said`), a name in apposition naming a described speaker (`," said his lawyer, Ann Lee.`);
 * 1b. a credit line after a quote that opens its line: `“…” — Name, in a tweet`, `“…” — Name
 *    (@handle) June 28, 2016`;
 * 2. before the opening mark in the same sentence: the subject of the last reporting verb
 *    (`Putin told Sharaa that … "friendly relations"`, `Al-Sharaa, in his remarks, underscored
 *    the "…"`, `Putin said: "…"`, `a call in which a woman is heard saying: “…”`), or of an outer
 *    reporting verb whose complement clause holds that verb (`Israel said Clinton called on
 *    members to be “…”`: Israel's words), unless the inner verb gives direct speech (`X said Y
 *    told the dispatcher “…”`: Y's words) or the inner subject is a relative pronoun's
 *    antecedent or the object of "for" + gerund (`X attacked Y, who said “…”`, `X mocked Y for
 *    saying “…”`: Y's words); a name inside a relative clause is no subject of the verb after it;
 * 3. `according to X` in the sentence, outside the quoted words; then a quote after a colon
 *    (the name opening a headline "Ryan: ‘…’", a possessor of a noun of speech "Ruiz's
 *    response: “…”", else the subject of the clause the colon ends);
 *    then a fragment inside the reporter's clause whose subject is a name opening the sentence,
 *    with nothing between them that could speak for itself (`Rubio also bemoaned the “…”`);
 * 4. a quote that is a whole sentence of its own, with no attribution in it, belongs to the
 *    speaker of the sentence before it, in the same paragraph or, when the quote opens its
 *    paragraph, the last sentence of the paragraph before: the speaker of the quote that ends in
 *    that sentence (`“…,” Mr. Mark said. “We are still …”`), else the subject of its reporting
 *    verb (`…, the family's lawyer, said on Monday. “The ruling ignores the evidence.”`). This is
 *    how news writing continues a speaker; a sentence of the reporter's own with a quote in it
 *    ("`the “reform” failed`") breaks the chain, and so does one without a reporting verb
 *    unless its subject is a person (`Viguerie is upbeat about …. ¶ “Not only can …”`, `He
 *    then listed the qualities: ¶ “…”`: the person set up in one sentence is quoted in the next).
 * Each quote also gets `via` (the report a second-hand attribution comes through: "…,” Walker
 * said, according to an AP account"), `scare` (a scare quote or quoted term, nobody's speech:
 * "the so-called “deal”", short fragments nobody is credited with) and `spokenAt` (the time
 * expression of its reporting clause: "said on Monday").
 * Reporting verbs: a hand list of the common ones plus the verbs learned from the attribution
 * cues of PolNeAR (lexicon/reporting-verbs.ts, bench/build-reporting-verbs.ts).
 * The speaker is a name mention, a pronoun or a descriptive phrase ("a Syrian official"), and
 * `speakerKind` says which, and `attribution` whether the quote's own sentence gives it
 * (`named`, `pronoun`, `described`) or it is carried over from the sentence before (`context`).
 */
import type { Mention, Quote, Sentence, TextSpan } from '../core/schema.js';
import { ROLE_HEADS } from './lexicon/persons.js';
import { LEARNED_REPORTING_INFLECTIONS, LEARNED_REPORTING_VERBS, LEARNED_SPEAKER_HEADS } from './lexicon/reporting-verbs.js';
import { Paragraphs, pairQuotes } from './quote-marks.js';
import { PRONOUN_AT, SpeakerIndex, lowerBound, sentenceIndex } from './speakers.js';
import { compiledOnce } from '../core/regex.js';

/** The common reporting verbs and phrases, written by hand; the learned table extends them. */
const HAND_VERBS =
  'said|says|say|told|tells|tell|added|adds|stated|states|declared|declares|announced|announces|wrote|writes|' +
  'tweeted|posted|noted|notes|explained|explains|insisted|insists|argued|argues|claimed|claims|stressed|stresses|' +
  'warned|warns|urged|urges|asked|asks|replied|answered|responded|continued|concluded|acknowledged|admitted|' +
  'confirmed|confirms|denied|denies|reaffirmed|affirmed|emphasised|emphasized|underscored|underlined|praised|' +
  'praises|promised|promises|pledged|pledges|vowed|vows|called|calls|described|describes|accused|accuses|hoped|' +
  'believes|believed|recalled|suggested|suggests|indicated|predicted|revealed|reported|reports|quoted|cited|' +
  'welcomed|welcomes|thanked|hailed|hails|condemned|condemns|criticised|criticized|dismissed|rejected|' +
  // ("chanted": a verb of the manner of speaking, as "shouted" and "yelled" are; the learned table
  // has "chants" and "chanting", its past fell under the table's count of three cues)
  'expressed|voiced|highlighted|labelled|labeled|branded|termed|dubbed|tweets|shouted|yelled|chanted|' +
  'went on|pointed out|points out|pointing out|is quoted as saying|was quoted as saying|' +
  // The -ing forms: a reporting verb reports in each of its forms, in a participle clause
  // (", telling CNN that …") and in a progressive ("is telling reporters"). Not "quoting" or
  // "citing" (their object is the speaker), nor forms that are mostly nouns ("reporting", "posting").
  'telling|declaring|announcing|writing|tweeting|stating|warning|urging|asking|replying|answering|responding|' +
  'acknowledging|admitting|confirming|denying|promising|pledging|vowing|accusing|recalling|suggesting|predicting|' +
  'revealing|praising|condemning|criticising|criticizing|dismissing|rejecting|claiming|stressing|insisting|' +
  'emphasising|emphasizing|underscoring|reiterating|shouting|yelling|explaining|noting|arguing|adding|saying|' +
  'calling|describing|labelling|labeling|branding|thanking|hailing|welcoming';
/** The hand-listed verbs: the sure reporting verbs, for rules that trust the verb more than the subject. */
const HAND_VERB_SET = new Set(HAND_VERBS.split('|'));
/**
 * Every reporting verb, longest first so that a phrase wins over its first word ("told
 * reporters" over "told"). "according" is left to rule 3, which reads "according to X".
 */
function verbAlternation(learned: readonly string[]): string {
  return [...new Set([...HAND_VERBS.split('|'), ...learned])]
    .filter((v) => v !== 'according')
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .join('|');
}
/** Any case: "Said Comey, “…”" opens a sentence with its verb. */
let VERB_RE: RegExp;
/** Heads of descriptive speakers ("a Syrian official", "the ministry", "government sources"). */
const DESC_HEADS =
  'official|officials|spokesman|spokeswoman|spokesperson|source|sources|diplomat|diplomats|minister|ministry|' +
  'statement|aide|aides|analyst|analysts|expert|experts|witness|witnesses|resident|residents|officer|officers|' +
  'commander|leader|leaders|president|government|agency|office|embassy|report|army|military|police|observer|' +
  'observers|activist|activists|lawyer|adviser|advisor|envoy|negotiator|representative|member|members|' +
  'people|person|man|woman|doctor|journalist|correspondent|agency|group|organisation|organization|monitor|' +
  'daily|newspaper|paper|magazine|broadcaster|network|channel|outlet|website|tabloid|weekly';
/**
 * Description heads: the list above, every title and role noun of the person lexicon, and the
 * heads of descriptive sources learned from PolNeAR ("the campaign", "the poll", "the crowd").
 */
function headAlternation(learned: readonly string[]): string {
  return [...new Set([...DESC_HEADS.split('|'), ...ROLE_HEADS, ...learned])]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
let DESC_RE: RegExp;
let DESC_AT: RegExp;
/** A phrase that ends in a description head ("federal prosecutors", "campaign officials"). */
let DESC_HEAD_END: RegExp;
let HEAD_NEXT: RegExp;
/** Builds the description patterns from the heads' alternation. */
function buildHeadPatterns(heads: string): void {
  DESC_RE = new RegExp(
    String.raw`(?:^|[\s(])((?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Mm]any|[Tt]wo|[Tt]hree)\s+)?(?:[\p{L}’'-]+\s+){0,4}?(?:${heads}))$`,
    'u',
  );
  DESC_AT = compiledOnce(
    new RegExp(String.raw`^((?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]his|[Tt]hat|\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[\p{L}’'-]+\s+){0,4}?(?:${heads}))(?![\p{L}])`, 'u'),
  );
  DESC_HEAD_END = new RegExp(String.raw`(?:^|\s)(?:${heads})$`, 'u');
  HEAD_NEXT = new RegExp(String.raw`^\s+(?:${heads})(?![\p{L}])`, 'u');
}
/**
 * A pronoun subject before its verb. "I" and "we" are left out: a reporter's text rarely says
 * "I said", so a first-person attribution stands inside someone's quoted words (''When I said,
 * 'No deal,' …'') and would give the inner quote the wrong speaker.
 */
const PRONOUN_END = /(?:^|[^\p{L}])(he|she|they|it|He|She|They|It)$/u;
/**
 * Words between a subject and its reporting verb that do not break the link: an apposition
 * (", the family's lawyer,"), a party tag ("(D-Nev.)"), an -ly adverb ("recently", "bluntly"; by
 * ending, so that the nouns "family", "daily", "supply" are not taken for adverbs), an
 * auxiliary ("has", "has long") or a time ("on Monday"). (Adverbs of time and frequency, "Holm
 * now says", "still insists", were tried: dev +2 right, held-out 3 more wrong, all nested
 * attributions; dropped.)
 */
const FILLERS = new RegExp(
  String.raw`(?:\s*,[^,"“”]{1,150},|\s*\([^()"“”]{1,30}\)|\s+\p{Ll}+(?:al|ed|ful|ous|nt|ive|at|ic|ct|ck|st|nd|rm|en|ng|nk|rp|ud|ef|lm|pt|rd|er)ly|\s+(?:(?:has|had|have)(?:\s+long)?|also|then|later|previously|earlier|once|again|only|(?:on\s+)?\p{Lu}\p{Ll}+day|(?:earlier|later)\s+this\s+\w+|last\s+\w+|this\s+week|on\s+\w+))+\s*$`,
  'u',
);
/** Adjuncts between a speaker right after a quote and its verb ("Smith, the family's lawyer, said", "Smith (D-Nev.) said", "Smith bluntly said"). */
// Frequency adverbs and modals too ("…,” he often says", "…,” he will say" of prepared remarks):
// they stand between a subject and its verb and change nothing of who speaks.
const FILL_AFTER = /^(?:\s*,[^,"“”]{1,100},|\s*\([^()"“”]{1,30}\)|\s+\p{Ll}+(?:al|ed|ful|ous|nt|ive|at|ic|ct|ck|st|nd|rm|en|ng|nk|rp|ud|ef|lm|pt|rd|er)ly|\s+(?:has|had|also|then|later|often|always|usually|frequently|repeatedly|sometimes|once|again|will|would|on\s+\p{Lu}\p{Ll}+day))*/u;
/** A passive verb of asking or telling and its agent's "by" (rule 2p). */
const PASSIVE_BY = /\b(?:was|were|is|are|been|being|be)\s+(?:\p{Ll}+ly\s+)?(asked|told|pressed|questioned|challenged)\s+(?:[^.;:!?"“”\n]{0,60}?\s)?by\s+/gu;
/** What may stand between the agent and the quote: its apposition or relative clause, then a comma (or colon). */
const PASSIVE_TAIL = /^(?:\s*\([^()]{1,30}\))?(?:\s*,\s*(?:who|whom|a|an|the|then|now)\b[^.;:!?"“”\n]{0,200})?\s*[,:]\s*["“‘']*\s*$/u;
/**
 * An apposition of two, then three, comma-separated parts after a name ("…, now 81 and retired in
 * Cambridge, Mass., said"): no quote mark, no clause end; a period only after a short capitalised
 * word (an abbreviation: "Mass.", "D.C."). The parts after the first are at most three words (a
 * place's state, the tail of a list: "for population, refugees, and migration,"): a longer one
 * is a clause of its own ("…, a resident, waited days outside the airport in Kabul, …").
 * Bounded input (the 260 characters after the name).
 */
const LONG_APPOSITION = [1, 2].map((k) => new RegExp(String.raw`^\s*,(?:[^,"“”;.!?\n]|(?<=\b\p{Lu}[\p{Ll}.]{0,3})\.){1,160},(?:\s*(?:[^\s,"“”;.!?]|(?<=\b\p{Lu}[\p{Ll}.]{0,3})\.)+(?:\s+(?:[^\s,"“”;.!?]|(?<=\b\p{Lu}[\p{Ll}.]{0,3})\.)+){0,2},){${k}}`, 'u'));
/**
 * Right after a quote that ends in a comma, "?" or "!", a speaker and any finite verb that
 * closes the sentence are an attribution whatever the verb: `," he surmised.`, `," Viguerie
 * concludes.`, `," Trump shot back.`, `," an angry Hollande retaliated.` The slot leaves no
 * other reading. Irregular pasts too (`," the letter read.`, `," she wrote.`), and a verb whose
 * clause goes on after "and" (`," Trump barked and a guard escorted Ramos out.`): the
 * attribution is the first clause, whatever follows it.
 */
const ANY_VERB_CLOSING = /^\s+(?:\p{Ll}{3,}ed|read|wrote|spoke|swore|thought)(?:\s+(?:back|up|out|on|in))?(?=\s*[.,]|\s+and\s)|^\s+(?:shot|hit|fired)\s+back(?=\s*[.,])/u;
/**
 * The same with an adjunct after the verb (`," Cruz quipped in reference to …`, `," the group
 * shouted from the street`): only for a quote that opens its sentence, where the words after it
 * can only be its attribution.
 */
// ("upon" opens a temporal adjunct as "after" does: `," a young woman exclaimed upon seeing him.`)
const ANY_VERB_ADJUNCT = /^\s+(?:\p{Ll}{3,}ed|read|wrote|spoke)(?=\s+(?:in|at|on|upon|to|from|during|after|before|with|about|as|outside|inside|into|over)\s)/u;
/**
 * The present tense of the same (`," Viguerie concludes.`): only after a name and closing the
 * sentence, as a plural noun ends in -s too; or with one prepositional adjunct that closes it
 * (`," Bozell concludes on the matchup.`, a present of commentary).
 */
const ANY_VERB_S_CLOSING = /^\s+\p{Ll}{3,}[^\Ws]s(?=\s*\.|\s+(?:on|in|at|about|of|to|during|after)\s[^.,;:!?"“”\n]{1,60}\.)/u;
/** How many words a speaker phrase in an attribution slot may have ("a top Tallahassee GOP operative"). */
const SLOT_WORDS = 12;
/**
 * A noun phrase in an attribution slot: a determiner, possessive or capitalised word first,
 * then words that are not function words, auxiliaries or common finite verbs (a phrase that
 * runs into "is", "that", "and" is a clause, not a speaker). Stops at punctuation.
 */
const SLOT_STOP = 'is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did|not|and|or|but|that|which|who|whom|whose|what|when|where|while|if|as|than|to|by|this|these|those|it|he|she|they|we|i|you|said|says|told|so|because|after|before|about|into|over|under|just|even|also|only|there|here|then|now';
/** One word of a speaker phrase in the attribution slot: a title abbreviation, initials, or a word (an amount like "$15" too: "Fight for $15 organizing director Kendall Fells"). */
const SLOT_WORD = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Jr|Sr|St|Lt|Col|Gen|Capt|Sgt|Prof|Rev|Maj|Adm|Co|Inc|Ltd|Corp)\.|(?:\p{L}\.){2,}|[$€£]?[\p{L}\p{N}][\p{L}\p{N}’'&-]*)`;
const SLOT_NP = new RegExp(
  String.raw`^((?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Jr|Sr|St|Lt|Col|Gen|Capt|Sgt|Prof|Rev|Maj|Adm|Co|Inc|Ltd|Corp)\.|(?:\p{L}\.){2,}|\p{Lu}[\p{L}\p{N}’'&-]*|\d[\p{L}\p{N}-]*)(?![\p{L}\p{N}’'&-])(?:[ \t]+(?!(?:${SLOT_STOP})(?![\p{L}\p{N}’'-]))${SLOT_WORD}){0,${SLOT_WORDS - 1}})`,
  'u',
);
/** A whole stretch that is a noun phrase opened by a determiner ("The former pollster", "Another commenter"). */
const DET_NP = new RegExp(
  String.raw`^((?:The|A|An|Another|One|His|Her|Their|Its)(?:[ \t]+(?!(?:${SLOT_STOP})(?![\p{L}\p{N}’'-]))[\p{L}\p{N}][\p{L}\p{N}’'-]*){1,5})$`,
  'u',
);
/**
 * The subject's verb and its "that" clause between a sentence's subject and a fragment quoted in
 * that clause (rule 3c): a verb after at most a few auxiliaries and linking adverbs, a particle
 * ("fired back", "lashed out"), a short "to …" phrase, then "that". A verb with a "that"
 * complement is one of saying or thinking, so the clause is the subject's report (an auxiliary
 * or copula is never that verb: "X has that …", "X was that …"). Nor is a verb of learning or
 * perceiving ("X heard that …", "X had read that …", "X found out that …"): its clause is what
 * someone else said or showed, so a fragment quoted in it is that other source's words.
 */
const THAT_COMPLEMENT = /^\s+(?:(?:also|has|had|have|then|later|again|even|once|repeatedly|often|previously|recently|never|already|still|now|\p{Ll}+ly)\s+){0,3}(?!(?:is|was|are|were|has|had|have|does|did|heard|hears|learned|learnt|learns|read|reads|found|finds|discovered|discovers|saw|seen|sees|noticed|notices|realized|realised|figured)\b)\p{Ll}{3,}(?:\s+(?:back|out|up|off))?(?:\s+(?:to|at|in|on|with)\s+[^,;:"“”]{1,40}?)?\s+that\s/u;
/**
 * A linking verb, or "have" as a main verb (not an auxiliary before a participle), right after a
 * subject, maybe after a negation or a linking adverb: "X was “…”", "X had never been …", "X
 * has “no clue”". The predicate then says what the subject is or has, not what it said.
 */
const LINKING_AFTER_SUBJECT = /^\s+(?:(?:not|never|also|still|now|already|simply|just|clearly|really|always)\s+)?(?:is|was|are|were|seems|seemed|remains|remained|looks|looked|appears|appeared|becomes|became|(?:has|had|have)\s+(?:(?:not|never|also|always|long)\s+)?been|(?:would|will|could|might|may|must|should)\s+(?:not\s+|never\s+)?be|(?:has|had|have|lacks|lacked)(?!\s+(?:\p{Ll}+(?:ed|en)|not|never|also|always|long|got|made|done|said|told|put|set|kept|left|brought|taken|sent|written|spoken|read|heard|thought|found|felt|won|lost|run|come|become|shown|known|seen)\b))\b/u;
/**
 * Words after a subject that are not a verb whose subject speaks (function words, copulas,
 * modals, naming verbs): "X is a “…”", "X of the “…”", "X called it “…”" (rule 2's business).
 */
const FRAGMENT_NOT_VERB = /^(?:the|and|but|for|with|from|into|who|whom|which|that|this|these|those|its|his|her|their|our|also|not|is|are|was|were|been|being|seems|seemed|looks|looked|remains|remained|becomes|became|will|would|could|should|can|may|might|must|called|named|dubbed|titled|labeled|labelled|termed|branded|to|of|in|on|at|as|by)$/;
/** A lower-case first word that can open a noun phrase: not a function word or preposition ("as his father dreamed", "for Clinton, said …"). */
const LOWER_OPENER = new RegExp(String.raw`^(?!(?:${SLOT_STOP}|for|of|in|on|at|with|from|by|per|via|like|unlike|against|among|despite|without|within|through|toward|towards|upon|once)(?![\p{L}’'-]))\p{Ll}`, 'u');
/** A phrase opened by lower-case modifiers ("former tech executive Carly Fiorina"): a speaker only when a name heads it. */
const LOWER_NAME_NP = new RegExp(
  String.raw`^(\p{Ll}[\p{L}’'-]*(?:[ \t]+(?!(?:${SLOT_STOP})(?![\p{L}\p{N}’'-]))${SLOT_WORD}){1,${SLOT_WORDS - 1}})`,
  'u',
);
/**
 * A subject phrase in the attribution slot after a quote (phraseBeforeVerb): a determiner,
 * demonstrative, possessive or number, then one to four words (no function word; a name may
 * modify the head: "this Trump look-alike").
 */
const SLOT_DET_PHRASE = new RegExp(
  String.raw`^((?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]he|[Aa]n?|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Mm]any|\d+)(?:[ \t]+(?!(?:${SLOT_STOP})(?![\p{L}\p{N}’'-]))[\p{L}\p{N}][\p{L}\p{N}’'-]*){1,4})(?![\p{L}\p{N}’'-])`,
  'u',
);
/**
 * The same with two heads coordinated by "and" ("…,” the Florida senator and Republican
 * presidential candidate said", "…,” the mayor and her husband said"): one described person with
 * two roles, or two who speak together; either way the whole phrase is the slot's subject (as a
 * coordinated subject is before a verb, subjectOf). At most four words each side.
 */
const SLOT_DET_COORD = new RegExp(
  String.raw`^((?:[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]he|[Aa]n?)(?:[ \t]+(?!(?:${SLOT_STOP})(?![\p{L}\p{N}’'-]))[\p{L}\p{N}][\p{L}\p{N}’'-]*){1,4}[ \t]+and(?:[ \t]+(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?))?(?:[ \t]+(?!(?:${SLOT_STOP})(?![\p{L}\p{N}’'-]))[\p{L}\p{N}][\p{L}\p{N}’'-]*){1,4})(?![\p{L}\p{N}’'-])`,
  'u',
);
/** A short plural in the same slot: one or two lower-case modifiers and a plural noun ("federal prosecutors"). */
const SLOT_PLURAL_PHRASE = new RegExp(String.raw`^((?!(?:${SLOT_STOP}|for|of|in|on|at|with|from|by)(?![\p{L}’'-]))\p{Ll}[\p{Ll}’'-]*(?:[ \t]+(?!(?:${SLOT_STOP})(?![\p{L}’'-]))\p{Ll}[\p{Ll}’'-]*){0,1}[ \t]+\p{Ll}[\p{Ll}’'-]*s)(?![\p{L}’'-])`, 'u');
/** A plain present of the commonest reporting verbs closing its sentence ("…,” the two write."): the slot allows only a subject before it. */
const PRESENT_CLOSING = /^\s*(?:say|write|state|argue|add|note|explain|insist|contend|claim|warn)(?=\s*[.,;]|\s+(?:in|on|at)\s)/;
/**
 * A possessive and a noun of speech, up to a colon (colonSpeaker): "'s response", "'s message to
 * the board was simple", "'s answer". Nouns that name what someone said or wrote, so the words
 * after the colon are the possessor's; bounded (at most six more words before the colon).
 */
const POSSESSED_SPEECH = /^['’]s?\s+(?:\p{Ll}+\s+){0,2}(?:response|reply|answer|message|retort|reaction|verdict|explanation|advice|warning|plea|promise|pledge|prediction|assessment|argument|comment|comments|remarks|words|statement|tweet|post|letter|note|email|motto|slogan|refrain|pitch|request|demand)(?:\s+[^\s:;"“”]+){0,6}\s*$/u;
/**
 * A subject-control predicate before "to" + a reporting verb ("was quick to", "is expected to",
 * "continued to", "took to Twitter to"): the infinitive's subject is the clause's subject. Not
 * "declined to" or "refused to", whose speech did not happen.
 */
const SUBJECT_CONTROL = /\s(?:(?:is|are|was|were|be|been)\s+(?:\p{Ll}+ly\s+)?(?:quick|eager|careful|happy|keen|ready|willing|expected|set|scheduled|likely|due|poised|going|about|able|the\s+first|the\s+last)|continued|continues|decided|decides|chose|wanted|wants|tried|tries|sought|seeks|hoped|hopes|managed|began|begins|started|starts|rushed|hastened|took\s+to\s+\p{Lu}\p{L}+)\s+to$/u;
/** A parenthetical between two spaced dashes, bounded (speakerBefore). */
// (A dash typed as two hyphens, " -- ", is the same mark: plain-text and wire copy write it so.)
const DASH_PAIR = /\s(?:[—–]|--)\s(?:(?!--)[^—–"“”\n]){1,150}?\s(?:[—–]|--)\s/g;
/** Where the phrase after an inverted verb ends: a relative clause, an adjunct ("said Smith in an interview"). */
const INVERTED_NP_CUT = /\s+(?:in|at|on|during|before|after|while|when|last|this|earlier|later|who|which|whose|speaking|adding|referring|citing|according)(?:\s.*)?$/s;
/**
 * An introductory phrase before a sentence's subject: a preposition or participle, words, a
 * comma; a place may add one more comma ("in Salem, New Hampshire,"). The prepositions are the
 * closed class that fronts a time, place or circumstance ("By the end of the day, Trump was
 * forced …", "Amid the uproar, …", "Throughout the campaign, …"), with the time adverbs that
 * open a sentence the same way ("Previously, …", "Separately, …").
 */
const INTRO = /^(?:In|On|At|During|After|Before|Speaking|Asked|Appearing|Following|While|When|Since|With|Campaigning|Addressing|Writing|Earlier|Later|Last|This|Meanwhile|By|For|From|Within|Throughout|Amid|Amidst|Despite|Over|Under|Until|Through|Upon|Without|Inside|Outside|Ahead|Across|Against|Around|Near|Separately|Previously|Recently|Finally|Afterward|Afterwards|Eventually|Yesterday|Today|Tonight|Back)\b(?:[^,.;:!?"“”\n]|(?<=\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr))\.){0,80},\s+(?:\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?,\s+)?/u;
/** A short phrase of a few words before a comma, without a name: "Eight years ago, ", "Days later, ". */
/** A sentence still inside a fronted adverbial clause (no comma yet): "After Lee compared them to ". */
const FRONTED_OPEN = /^[\s"“]*(?:(?:And|But|So|Yet)\s+)?(?:When|While|After|Before|Since|Because|Although|Though|If|Once|Until|Unless|Whereas|Even\s+as|Even\s+though|Even\s+if|Ever\s+since)\s[^,;:]*$/;
/** A relative clause whose named subject names what the quote says: "in a clip that Judge Lee called ". */
/** A sentence opened by a naming participle right before the quote ("Dubbed “…”", "Known as “…”"). */
const NAMED_LEAD = /^[\s"“]*(?:Dubbed|Nicknamed|Called|Named|Titled|Labell?ed|Branded|Billed\s+as|Known\s+as|Styled)\s*(?:["“‘]|'')?\s*$/;
const NAMING_RELATIVE = /\b(?:that|which|whom)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}(?:called|calls|dubbed|described|describes|termed|labeled|labelled|branded)\s*["“‘']*\s*$/u;
/** After a verb, an object of its own (not an adjunct of time, place or audience, not the clause end). */
const MAIN_VERB_GOES_ON = /^\s+(?!(?:on|in|at|during|after|before|to|of|about|with|from|as|while|when|that|last|this|earlier|later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|reporters|journalists)\b)\p{L}/u;
const SHORT_INTRO = /^\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){1,4},\s+/u;
/** A subordinate clause opening the sentence, up to its comma ("When Trump suggested …, "). */
const FRONTED_CLAUSE = /^[\s"“]*(?:When|While|After|Before|As|If|Although|Though|Because|Since|Once|Until|Unless|Whereas|Even\s+as|Even\s+though|Even\s+if|Ever\s+since)\s[^,;:"“”]{3,200},\s+/;
/** A reporting verb that ends a stretch of text ("Lewandowski added"). */
let VERB_AT_END: RegExp;
/**
 * The time or setting of a speech after its verb, ending a stretch of text: "said Thursday",
 * "said on Monday", "said late Tuesday", "said in a statement", "told reporters". News writing
 * puts these between a reporting verb and the comma of a participle that goes on with it.
 */
const VERB_ADJUNCT_END = /(?:\s+(?:on|late|early|earlier|last|this)?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|morning|afternoon|evening|night|week)|\s+(?:in|during)\s+(?:a|an|the|his|her|their|its)\s+(?:\p{Ll}+\s+){0,2}(?:statement|interview|speech|release|letter|post|tweet|email|conference|briefing|hearing|rally|video)|\s+(?:reporters|journalists))+$/u;
let VERB_FIRST: RegExp;
/** A reporting verb after its subject; any case, as some outlets capitalise it ("Murphy … Tweeted"). */
let AFTER_VERB: RegExp;
/**
 * A verb of issuing and the document it issues, ending the stretch before a participle ("released
 * a statement Wednesday evening", "put out a new radio ad"): the document's words are its
 * issuer's. At most three modifiers before the document noun and a short adjunct after it.
 * The adjunct names no author or subject of the document ("a video of the mayor saying",
 * "a letter from Brekke calling", "an op-ed by …", "a clip showing …"): the participle is then
 * that person's, who speaks in the document, not the one who issued it.
 */
const ISSUED_DOCUMENT = /\b(?:issued|released|put\s+out|sent\s+out|sent|posted|published|circulated|distributed)\s+(?:a|an|its|his|her|their|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|report|memo|memorandum|letter|release|ad|advertisement|email|e-mail|video|message|note|tweet|post|document|filing|op-ed|editorial)(?:\s+(?:(?!\b(?:of|from|by|featuring|showing|quoting|starring|with|where|in\s+which)\b)[^,;:"“”']){0,40}?)?,?$/iu;
/** Words that open an adjunct, not a predicate, after a quoted sentence the reporter runs on (rule 4). */
const RUN_ON_ADJUNCT = /^\s+(?:to|on|in|at|about|over|for|with|from|by|after|before|during|since|until|because|when|while|as|if|and|but|or|so|though|although|unless|despite|against|into|toward|towards|among|amid|through|throughout|without|under|across|within|than|even|whenever|wherever)\b/;
/**
 * The start of a verb's own complement clause: "that", or a subject pronoun or determiner. Not a
 * time adjunct that opens with the same words ("said that evening", "said this week", "said the
 * next day"): the verb then ends its clause, the quote's attribution after a misplaced full stop.
 */
const COMPLEMENT_AFTER_VERB = /^\s+(?!(?:that|this|the\s+(?:next|following|same|previous|other))\s+(?:morning|afternoon|evening|night|day|week|weekend|month|year|time)\b)(?:that|he|she|they|it|we|both|the|his|her|their|its|this|these|those)\s/i;

/**
 * Builds every pattern that lists the reporting verbs or the description heads: the hand lists
 * extended by learned tables (by default the committed ones of lexicon/reporting-verbs.ts).
 */
function buildLexicon(learnedVerbs: readonly string[], learnedHeads: readonly string[]): void {
  const VERBS = verbAlternation(learnedVerbs);
  // The verb list makes these the costliest patterns of a run to compile (core/regex.ts).
  VERB_RE = compiledOnce(new RegExp(`\\b(?:${VERBS})\\b`, 'gi'));
  VERB_AT_END = new RegExp(`\\b(?:${VERBS})$`);
  VERB_FIRST = compiledOnce(new RegExp(`^(?:${VERBS})\\b\\s+`));
  AFTER_VERB = compiledOnce(new RegExp(String.raw`^\s*,?\s*(?:(?:also|then|later|reportedly)\s+)?(?:${VERBS})\b`, 'i'));
  buildHeadPatterns(headAlternation(learnedHeads));
}
buildLexicon([...LEARNED_REPORTING_VERBS, ...LEARNED_REPORTING_INFLECTIONS], LEARNED_SPEAKER_HEADS);
/** The verb forms the lexicon has by inflection only (speakerAfter: inverted only after punctuation). */
const INFLECTION_ONLY = new Set(LEARNED_REPORTING_INFLECTIONS);

/**
 * Replaces the learned tables (reporting verbs, description heads) for the annotations that
 * follow, or restores the committed ones (`null`). For the quotes benchmark's cross-validation,
 * which learns the tables on some folds of its dev part and annotates another fold with them;
 * the pipeline never calls it.
 */
export function setLearnedLexicon(tables: { verbs: readonly string[]; heads: readonly string[]; inflections?: readonly string[] } | null): void {
  buildLexicon(tables ? [...tables.verbs, ...(tables.inflections ?? [])] : [...LEARNED_REPORTING_VERBS, ...LEARNED_REPORTING_INFLECTIONS], tables?.heads ?? LEARNED_SPEAKER_HEADS);
}
/**
 * Where a clause ends inside a sentence: a reporting verb before it speaks for its own clause,
 * not for a quote after it ("… when Trump mentioned her, and at one point the crowd reprised the
 * chant “…”"). A colon is no such end when the quote follows it (`Putin said: "…"`). Nor is
 * ", and that": it coordinates a second complement clause of the same verb ("Gorka said it was
 * … , and that Clinton faced a “slam-dunk” indictment").
 */
/** Verbs of speaking that take the speaker's own words as their object (direct speech). */
/**
 * Past tenses of acts of speaking or naming whose words a quote in their complement records
 * (`innerActOfSpeech`): verbs that report what someone said, not verbs of judging, deciding or
 * acting that the reporting-verb table also holds ("rejected", "agreed", "believed").
 */
/**
 * A clause coordinated after an attribution in which someone else speaks (previousSpeaker's
 * `nextTurn`): ", and" / ", before" / ", as" / ", when" (group 1), then its subject (group 2: a name of at
 * most four capitalised words, or a determiner or possessive and at most two lower-case words)
 * and a verb of speaking or of breaking in (group 3), closing the clause.
 */
const NEXT_TURN = /^[^.;!?"“”]*?,\s+(and|before|as|when|until)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*|(?:his|her|their|the|a|an|another|one)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,1}\p{Ll}[\p{Ll}-]*)\s+(?:then\s+|quickly\s+|promptly\s+)?(cut\s+in|chimed\s+in|broke\s+in|jumped\s+in|interjected|interrupted|replied|responded|answered|retorted|said|added|asked|shouted|yelled|snapped|countered|shot\s+back|fired\s+back)\s*[.!]?\s*$/du;
/** Verbs of breaking into someone's words (nextTurn after "as", "when", "until"). */
const INTERRUPTING = /^(?:cut|chimed|broke|jumped)\s+in$|^(?:interjected|interrupted)$/;
/**
 * A parenthetical attribution (commentClause): a comma, "said"/"says" and a name, or a name and
 * "said"/"says", a comma, and a lower-case word: the reporter's sentence going on, or an
 * apposition of the name ("…, said Piet Varga, an expert on harbours, would …"); no quote mark or
 * sentence end before it (a period of an abbreviation is none: "Mr.", "U.S."; nor is an
 * apostrophe inside a word: "Lind’s").
 */
const COMMENT_NAME = String.raw`((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})`;
const COMMENT_CHAR = String.raw`(?:[^.;:!?"“”‘’\n]|(?<=\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|Jr|\p{Lu}))\.|(?<=\p{L})’(?=\p{L}))`;
const COMMENT_CLAUSE = new RegExp(String.raw`^${COMMENT_CHAR}*?,\s+(?:(said|says)\s+${COMMENT_NAME}|${COMMENT_NAME}\s+(said|says)),\s+\p{Ll}`, 'du');
/**
 * A second fronted adverbial after the first one's comma (opener): a lower-case preposition or
 * subordinator with a participle or noun phrase, no verb of its own, up to its comma ("On
 * Thursday, after remaining neutral, Warren …", "In Iowa, despite the snow, Holm …").
 */
const SECOND_INTRO = /^(?:after|before|while|when|since|despite|amid|during|following|without|upon|with)\s(?:[^,.;:!?"“”\n]|(?<=\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St))\.){1,80},\s+/;
const INNER_SPEECH_ACT = /^(?:said|told|called|described|dubbed|labell?ed|branded|termed|warned|wrote|asked|added|declared|insisted|promised|vowed|urged|argued|claimed|stated|announced|tweeted|shouted|yelled|replied|responded|complained|boasted|joked|quipped|conceded|admitted|acknowledged|predicted|pledged|denounced)$/i;
const DIRECT_SPEECH_VERB = /^(?:said|says|say|told|tells|tell|saying|telling|asked|asks|asking|shouted|shouting|yelled|yelling|screamed|screaming|replied|answered|added|wrote|writes|writing)$/i;
/**
 * What may stand between such a verb and the quote in direct speech: a short object ("the
 * dispatcher", "him", "CNN") and a comma or colon, no "that" (indirect speech).
 */
const DIRECT_OBJECT_ONLY = /^(?:\s+(?!that\b)(?:\p{Lu}[\p{L}.'’-]*|the|a|an|his|her|their|its|him|her|them|me|us|\p{Ll}+(?:er|or|ist|ant|ent)s?)){0,4}\s*[,:]?\s*["“‘']*\s*$/u;
const CLAUSE_END = /(?:;\s|:\s+(?=\S)(?!["“‘'])|,(?:["”’]|'')\s+(?:and|but)\s+(?=(?:he|she|they|we)\s)|,\s+(?:(?:and|but)\s(?!that\b)|(?:while|whereas|although|though|when|after|before|because|since|so|yet|or|with)\s)|\s[—–]\s)/g;
const ATTRIBUTION_WINDOW = 400;
/**
 * The words between a subject and a quoted fragment when they are a verb, its object and a
 * predicative "as" ("referred to Holm as", "described Brekke's plan as a"): adverbs, one verb,
 * an optional particle preposition, an object of one to six words with no clause punctuation or
 * conjunction of clauses, and "as" (with a determiner) right before the quote mark.
 */
const OBJECT_AS = /^\s+(?:\p{Ll}+ly\s+)*\p{Ll}{3,}\s+(?:(?:to|of|on|at|upon)\s+)?(?:(?!(?:as|and|but|or|who|which|that)\s)[^\s,;:.!?"“”]+\s+){1,6}as\s+(?:(?:an?|the)\s+)?$/u;
/**
 * "As X put it: “…”", "As the senator said, “…”", "But as one aide noted Tuesday, “…”": an "as"
 * clause opening the sentence (or after a linking word) whose verb reports, ending right before
 * the quote. Group 1 is the subject phrase (at most eight words), group 2 the verb. The same
 * parenthetical after a comma ("…, as prosecutor Marc Trévidic put it, “…”", "owed his election
 * to, as an American diplomat put it, an “extreme makeover”"), with an apposition of its own
 * ("As Akhil Amar, professor of law at Yale, put it, “…”"; the apposition may end in a quoted
 * title, "author of ''The Ferry,'' put it"), a party tag ("As Rep. Lena Holm (D-Maine) has
 * pointed out, …"), a perfect ("had written"), and a short adjunct after the verb ("As the chief
 * executive, Tim Holm, put it in his memo to employees, “…”"): it credits the words after it.
 */
const AS_FRAME = /(?:^[\s"“]*(?:(?:But|And|So|Yet|Or)\s+)?|,\s+)[Aa]s\s+((?:[^\s,;:.!?"“”]+\s+){0,7}?[^\s,;:!?"“”]+)(?:\s*\([^()"“”]{1,30}\))?(?:,[^,;:!?"“”\n]{1,100},(?:''|”)?)?\s+(?:(?:once|also|later|recently|has|had|have)\s+)?(put it|puts it|said|says|noted|notes|wrote|writes|written|observed|observes|explained|explains|remarked|remarks|argued|argues|pointed out|points out|told (?:me|us|reporters))(?:\s+(?:\p{Lu}\p{Ll}+day|bluntly|succinctly|simply|recently|once|at the time|this way|last \w+)|\s+(?:in|on|at|during|to|before|after|for|with|just|earlier|later)\s[^,;:.!?"“”\n]{1,60})?\s*[,:]\s*(?:(?:a|an|the)\s+)?["“‘']?\s*$/u;
/**
 * The same "as" frame opening the sentence before a main clause that quotes a fragment ("As
 * columnist Rita Marsh puts it, the mayor is trying to make the council “pay for the ferry”",
 * "As the press secretary explained, three taxes were postponed …, “…”"): the frame credits the
 * wording of the clause it introduces, so its subject speaks the quoted words when that clause
 * has no reporting verb of its own (speakerBefore checks). Group 1 the subject, group 2 the verb.
 * Not "as X reported" (the report is of facts, the words may be another's).
 */
const AS_FRAME_LEAD = /^[\s"“]*(?:(?:But|And|So|Yet|Or)\s+)?(?:(?:\p{Lu}\p{Ll}+\s+){0,1}(?:at\s+the\s+time|then|still|now|today),\s+)?[Aa]s\s+((?:[^\s,;:.!?"“”]+\s+){0,7}?[^\s,;:!?"“”]+)(?:\s*\([^()"“”]{1,30}\))?(?:,[^,;:!?"“”\n]{1,100},)?\s+(?:(?:once|also|later|recently|has|had|have)\s+)?(put it|puts it|said|says|noted|notes|wrote|writes|written|observed|observes|explained|explains|remarked|remarks|argued|argues|pointed out|points out)(?:\s+(?:\p{Lu}\p{Ll}+day|bluntly|succinctly|simply|recently|once|at the time|this way|last \w+))?\s*,\s+/u;
/** A share of poll respondents as a subject: "25 percent of likely Republican voters", "31% of Republicans". */
/**
 * What may stand between a reporting verb and the time of the speech: one prepositional phrase
 * ("in a statement", "to reporters", "on CNN"), after "told"/"asked" also their object ("told
 * reporters Monday"), then the time's own preposition. Not a noun phrase after "said": that is
 * the subject of the reported clause ("said the vote in May was …" dates the vote).
 */
const SPEECH_PP = String.raw`(?:\s+(?:in|to|on|at|during|via|from|with)\s+(?:(?:a|an|the|his|her|their|its)\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+)?)?`;
const SPEECH_TIME_TAIL = String.raw`\s*,?\s*(?:(?:on|at|in|during|late|early|earlier|this|last)\s*)?$`;
const SPEECH_TIME_AFTER_SAY = new RegExp(`^${SPEECH_PP}${SPEECH_TIME_TAIL}`, 'iu');
const SPEECH_TIME_AFTER_TELL = new RegExp(String.raw`^(?:\s+(?:(?:a|an|the|his|her|their)\s+)?(?!that\b)[\p{L}'’.-]+(?:\s+(?!that\b)[\p{L}'’.-]+)?)?` + SPEECH_PP + SPEECH_TIME_TAIL, 'iu');
/**
 * A sentence that ends in ", <up to six words> said [time]." (or another common reporting
 * verb): an attribution closing the sentence, whoever its subject is.
 */
const CLOSING_ATTRIBUTION = /,\s*(?:[\p{L}\d.'’-]+\s+){1,6}?(?:said|says|say|told|tell|added|reported|reports|wrote|writes|stated|noted|alleged|allege|claimed|claim|contended|charged)\b(?:\s+[\p{L}\d.'’-]+){0,3}\s*[.!?]\s*$/u;
/** "so-called" (or "so called") right before the opening mark. */
/**
 * A possessor, a noun of saying or judging and "that" ("his argument that", "Comey's conclusion
 * that"): group 1 a possessive pronoun, group 2 a capitalised name before "'s", group 3 the noun.
 */
const SPEECH_NOUN = /(?:\b(his|her|their)|(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})['’]s?)\s+(?:\p{Ll}+\s+)?(argument|claim|assertion|contention|conclusion|statement|comments?|remarks?|belief|promise|pledge|warning|insistence|suggestion|charge|accusation|allegation|complaint|prediction|vow|admission|declaration|observation|assessment|view)\s+that\s/gu;
/** The last match of a global pattern in `s`, or null. */
function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) last = m;
  return last;
}
/** "on", "told" or "interview with", an outlet's possessive maybe, right before the opening mark: where a programme's title stands ("told CNN's “State of the Union”"). */
const PROGRAMME_BEFORE = /\b(?:on|told|tells|(?:interview|appearance|conversation|sit-down)\s+with)\s+(?:(?:\p{Lu}[\p{L}&.-]*\s+){0,2}\p{Lu}[\p{L}&.-]*(?:['’]s|’)\s+)?$/u;
/** A title: at most six words, each capitalised, a number, "&" or a short function word, the first capitalised; no comma or clause inside. */
function isTitleCase(s: string): boolean {
  const words = s.replace(/[.!?]+$/, '').trim().split(/\s+/);
  if (words.length === 0 || words.length > 6 || !/^[\p{Lu}\d]/u.test(words[0])) return false;
  return words.every((w) => /^(?:[\p{Lu}\d][\p{L}\d'’.-]*|&|of|the|and|a|an|in|on|for|to|with|at)$/u.test(w));
}
const SO_CALLED = /\bso[- ]called\s*["“‘']*\s*$/i;
/**
 * Longest unattributed fragment taken for a scare quote or quoted term. From PolNeAR's dev part
 * (our partial quotes without a speaker, by words: in no attribution / in one): 1 word 276 / 110,
 * 2 words 103 / 128, 3 words 71 / 61, 4 words 20 / 55, 5 words 14 / 27; from four words on, most are
 * someone's words whose speaker we miss.
 */
const SCARE_WORDS = 3;
const POLL_SHARE = /(?:\d\s*%|\bper\s*cent)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,5}[\p{L}-]+$/u;
// The phrase runs to the next punctuation, but a period of an abbreviation ("one U.S. official",
// "signed by CDC Director Dr. Rochelle Walensky") does not end it: the speaker was cut to "one U".
const ACCORDING_CHAR = String.raw`(?:[^.,;:!?"“”]|(?<=\b\p{Lu})\.(?=\p{Lu}\.|\s+\p{Ll})|(?<=\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Sgt|Capt|Rev|St))\.(?=\s+\p{Lu}))`;
const ACCORDING = new RegExp(String.raw`\b[Aa]ccording to\s+(${ACCORDING_CHAR}{2,120})`, 'u');
/** Words that open a noun phrase: a descriptive speaker starts at the last of them. */
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'his', 'her', 'its', 'their', 'our', 'my']);


/**
 * Which rule gave each quote its speaker ("1", "2", "2a", "2b", "3", "3b", "3c", "3d", "4-quote",
 * "4-split", "4-verb", "4b"; "none" without one), for the quotes benchmark's per-rule precision
 * by fold (bench/quotes.ts): a rule whose precision varies a lot between folds is fitted to the
 * articles it was chosen on. A WeakMap so the Quote objects and their JSON stay as they are.
 */
export const quoteRule = new WeakMap<Quote, string>();

/** `outerReporter`'s answer when the quote is nested in an outer report whose subject is not found. */
const NESTED_UNKNOWN = Symbol('nested, outer speaker unknown');

/** `times`: the article's date and time expressions (for `spokenAt`), in text order. */
export function findQuotes(text: string, sentences: Sentence[], mentions: Mention[], times: readonly TextSpan[] = []): Quote[] {
  /** Set by subjectOf for a gerund after "for" whose subject is the object of the verb before ("mocked her for saying"). */
  let gerundOfObject = false;
  /** The outer reporter of a direct-speech quote that rule 2 gave to the inner speaker (see `directOuter`). */
  const nestedVia = (rule: string, speaker: TextSpan): TextSpan | null => {
    const outer = directOuter;
    if (rule !== '2' || !outer || outer.end > speaker.start) return null;
    // The same pronoun twice ("He said he had not seen it, and when asked …, he said, “I hope
    // not.”") is one person going on speaking, not a report through someone else: no second level.
    if (PRONOUN_AT.test(outer.text.toLowerCase()) && outer.text.toLowerCase() === speaker.text.toLowerCase()) return null;
    return outer;
  };
  /**
   * Set by outerReporter for direct speech inside reported speech ("Inspectors say that the
   * captain told one of them, “…”"): the outer subject, through whom the article has the inner
   * speaker's words, recorded as the quote's `via`.
   */
  let directOuter: TextSpan | null = null;
  const raw = pairQuotes(text);
  if (raw.length === 0) return [];
  const byStart = new Map<number, Mention>();
  const byEnd = new Map<number, Mention>();
  for (const m of mentions) {
    byStart.set(m.start, m);
    if (m.role) byStart.set(m.role.start, m);
    byEnd.set(m.end, m);
  }
  const persons = mentions.filter((m) => m.type === 'person');
  /** Every name by start, for `nameAround`. */
  const names = [...mentions].sort((x, y) => x.start - y.start || x.end - y.end);
  /** The last quote of each speaker span (by identity), for a carried quote's `via` and `spokenAt`. */
  const lastBySpeaker = new Map<TextSpan, Quote>();
  /** The time expressions by start, for `speechTime`. */
  const timeList = [...times].sort((x, y) => x.start - y.start || x.end - y.end);
  const paragraphs = new Paragraphs(text);
  const speakers = new SpeakerIndex(text, mentions, sentences, paragraphs, raw);
  const quotes: Quote[] = [];
  /** A programme title's quote (no speaker) and the speaker of the attribution it ends, for the quote after it. */
  const programmeSpeaker = new Map<Quote, { speaker: TextSpan; cue: string | null }>();
  /** Close mark of each quote in `quotes`, same index. */
  const closes: number[] = [];

  for (const r of raw) {
    let { start, end } = r;
    // Trailing comma inside the marks belongs to the reporter's sentence, not the quote.
    while (end > start && /[\s,]/.test(text[end - 1])) end--;
    while (start < end && /\s/.test(text[start])) start++;
    if (end <= start) continue;
    const si = sentenceIndex(sentences, r.open);
    const sent = si >= 0 ? sentences[si] : null;
    // Attribution is local: look at most ATTRIBUTION_WINDOW characters back, so a long
    // unpunctuated text with many quotes stays linear.
    const sStart = Math.max(sent ? Math.min(sent.start, r.open) : r.open, r.open - ATTRIBUTION_WINDOW);
    const paraStart = paragraphs.startOf(r.open);
    const paraEnd = paragraphs.endOf(r.close, text.length);
    const afterEnd = sentenceEndAfter(sentences, r.close + 1, paraEnd);
    const after = text.slice(r.close + 1, Math.min(afterEnd, r.close + 200));
    const before = text.slice(Math.max(sStart, paraStart), r.open);

    let speaker: TextSpan | null = null;
    let cue: string | null = null;
    let attributedAfter = false;
    let rule = 'none';
    directOuter = null;
    // 1. After the closing mark.
    const opens = /^[\s*•\-–—]*$/.test(before) || /:\s*$/.test(before);
    let a = speakerAfter(text, r.close + 1, after, opens, true, /:\s*$/.test(before));
    // A fragment inside a fronted adverbial clause ("After Lee compared the migrants to “thieves”,
    // Ruiz wrote a blog post against him") or a relative clause with its own speaker ("in a clip
    // that Judge Lee called “vile,” Ruiz expressed a wish to …"): the comma after the quote ends
    // that clause, and the main clause's subject, whose verb goes on to an object of its own,
    // reports nothing of the words; its verb takes the quote only where it closes the
    // attribution ("…,” Ruiz said." / "…,” Ruiz said on Monday"). The clause's own speaker, if
    // any, is rule 2's.
    // (Rule 2b below, an attribution closing the sentence later, is the main clause's too.)
    // (The comma read before the closing mark, of one character or two: “vile,” / ''vile,''.)
    const inSubClause = !opens && (/,\s*$/.test(charsBeforeMark(r.close + 1, 2)) || /^,/.test(after)) && (FRONTED_OPEN.test(before) || NAMING_RELATIVE.test(before));
    // A quote that a naming participle opening the sentence introduces is a name, not speech
    // ("Dubbed “Path out of the Storm,” it outlines new rules …": the plan's name, and "it" the
    // plan): the clause after it is about the thing named, and no attribution of the words.
    if (a && NAMED_LEAD.test(before)) a = null;
    if (a && inSubClause && a.cue) {
      const at = text.indexOf(a.cue, a.speaker.end);
      if (at >= 0 && MAIN_VERB_GOES_ON.test(text.slice(at + a.cue.length, at + a.cue.length + 30))) a = null;
    }
    if (a) {
      speaker = a.speaker;
      cue = a.cue;
      attributedAfter = true;
      rule = '1';
    }
    // 1b. A credit line after the quote: “…” — Name, in a tweet; “…” — Name (@handle) June 28,
    //     2016 (the text of an embedded post); “…” -- Name, French philosopher. A dash and a
    //     name that ends its line is how quotations, epigraphs and posts are signed.
    if (!speaker) {
      const d = dashCredit(r.open, r.close);
      if (d) {
        speaker = d;
        attributedAfter = true;
        rule = '1b';
      }
    }
    // 2p. The agent of a passive verb of asking or telling is who speaks the quote after it
    //     ("Sanders was asked by host Bill Maher, who backs him, “Now, you famously said …?”"):
    //     the subject is the one addressed, so rule 2 would give the question to the person it
    //     was put to.
    if (!speaker) {
      const pv = passiveAgent(r.open - before.length, r.open);
      if (pv) ({ speaker, cue } = pv), (rule = '2p');
    }
    // 2. Before the opening mark, same sentence.
    if (!speaker) {
      const b = speakerBefore(r.open - before.length, before);
      if (b) ({ speaker, cue } = b), (rule = '2');
    }
    // 2a. The second part of a quotation its attribution interrupts (`“The way I see it,” she
    //     elaborated, “no one ever …”`), when rule 2 found no attribution of its own between
    //     the parts (`…,” Ryan said, though he said, “…”`): the words between the two parts are
    //     the first part's attribution, so the second part has its speaker whatever the verb.
    //     Only when the first part ends in a comma and its speaker stands between the parts, and
    //     only a comma (no sentence end, no other quote) closes that attribution.
    if (!speaker && quotes.length > 0) {
      const k = quotes.length - 1;
      const prev = quotes[k];
      const gap = text.slice(closes[k] + 1, r.open);
      if (prev.speaker && prev.attribution !== 'context' && prev.speaker.start > closes[k] && prev.speaker.end <= r.open && gap.length <= 160 && /,\s*$/.test(gap) && (/,$/.test(charsBeforeMark(closes[k] + 1, 1)) || /^,/.test(gap)) && !/[.!?;:"“”‘’\n]/.test(text.slice(prev.speaker.end, r.open))) {
        speaker = prev.speaker;
        cue = prev.cue;
        rule = '2a';
      }
    }
    // 2w. "in Holm's words, “…”", "in the words of Greta Holm, “…”": a fixed frame of English
    //     that credits the words right after it to the person it names (only a name: "in his
    //     words" is left to the rules above).
    if (!speaker) {
      const w = /\b[Ii]n\s+(?:the\s+words\s+of\s+(\S[^,;:"“”]{0,60}?)|(\S[^,;:"“”]{0,60}?)['’]s?\s+(?:own\s+)?words)\s*[,:]?\s*$/.exec(before);
      const nm = w ? (w[1] ?? w[2]) : '';
      const nameEnd = w ? r.open - before.length + w.index + w[0].indexOf(nm) + nm.length : -1;
      const m = w ? byEnd.get(nameEnd) : undefined;
      if (m && (m.type === 'person' || m.type === 'organization')) {
        speaker = { start: m.start, end: m.end, text: m.text };
        cue = 'words';
        rule = '2w';
      }
    }
    // 2b. An attribution that closes the sentence after more of the reporter's words:
    //     `Sanders "has a right to contest …," just as Clinton did in 2008, Rendell added.`
    // Not for a quote that closes its own sentence ("… to purge the internet of
    // “misinformation.” On Thursday, Press Secretary Jen Psaki singled out …"): what follows is
    // the reporter's next sentence, whose subject did not say the words before it (rule 1 keeps
    // the same bound for a fragment that ends the sentence).
    // A "?" or "!" followed by a lower-case word ends the quoted words only ("“… who is hurt?” an
    // older, heavyset woman said tearfully"): the sentence goes on.
    if (!speaker && !inSubClause && !(/[.!?]\s*$/.test(text.slice(Math.max(0, r.end - 2), r.end)) && !/^\s*\p{Ll}/u.test(after))) {
      const f = attributionAtEnd(r.close + 1, after) ?? commentClause(r.close + 1, after);
      if (f) ({ speaker, cue } = f), (rule = '2b');
    }
    // 3. "according to X" in the sentence, not inside the quoted words.
    if (!speaker) {
      const from = Math.max(sStart, paraStart);
      // A quote that ends its own sentence ("… here.”) takes nothing from the sentence after it.
      const closesSentence = /[.!?]\s*$/.test(text.slice(Math.max(0, r.end - 2), r.end));
      const sentText = text.slice(from, closesSentence ? r.open : Math.min(afterEnd, r.close + ATTRIBUTION_WINDOW));
      const acc = ACCORDING.exec(sentText);
      const s0 = acc ? from + acc.index + acc[0].length - acc[1].length : -1;
      if (acc && (s0 < r.open || s0 > r.close)) {
        // A relative clause after the source is not part of its name ("according to one U.S.
        // official who put the figure in the thousands").
        const t = acc[1].replace(/\s+(?:who|whom|whose|which|that)\s[\s\S]*$/, '').trimEnd();
        speaker = { start: s0, end: s0 + t.length, text: t };
        cue = 'according to';
        rule = '3';
      }
    }
    // 3b. A quote after a colon: "Name: …" opening a headline or a transcript line, else the
    //     subject of the clause the colon ends ("Kelly responded pointedly, with a smile: “…”").
    if (!speaker) {
      const c = colonSpeaker(Math.max(sStart, paraStart), r.open);
      if (c) ({ speaker, cue } = c), (rule = '3b');
    }
    // 3c. A fragment quoted inside the reporter's clause whose subject is a name opening the
    //     sentence ("Rubio also bemoaned the climate in which people “literally hate each
    //     other”"): the quoted words are the subject's, whatever the verb.
    // Not when the sentence ends in an attribution of its own that no rule could read ("Cuomo
    // also allegedly created a “toxic” … environment, officials said."): the words are then
    // that source's, often an accusation against the subject.
    if (!speaker && sent && sent.start >= paraStart && !CLOSING_ATTRIBUTION.test(text.slice(r.close + 1, Math.min(afterEnd, r.close + 300)))) {
      const f = fragmentSubject(sent.start, r.open);
      if (f) ({ speaker, cue } = f), (rule = '3c');
    }
    // 3d. A fragment in a list of fragments ("He pledged “cooperation”, a “deep and sincere”
    //     bond and a “close relationship”", "Clinton supports “pay raises,” opposes “cuts”"):
    //     the earlier fragment of the same sentence has a speaker from its own sentence, and
    //     between the two nothing could speak for itself — no person named, no reporting verb
    //     (its subject would be someone's), no clause that ends the first one's (";", a
    //     relative or subordinate word). The words of one list are one speaker's.
    if (!speaker && sent && quotes.length > 0) {
      const k = quotes.length - 1;
      const prev = quotes[k];
      const gap = text.slice(closes[k] + 1, r.open);
      if (prev.speaker && prev.attribution !== 'context' && prev.partial && prev.start >= sent.start && prev.speaker.end <= prev.start && gap.length <= 120 && !/[;:.!?()\n"“”]/.test(gap.replace(/^[”"’']+/, '')) && !/\b(?:who|whom|which|that|while|whereas|although|though|because|if|when|after|before|since|according)\b/i.test(gap) && !hasPersonBetween(closes[k] + 1, r.open) && (VERB_RE.lastIndex = 0, !VERB_RE.test(gap))) {
        speaker = prev.speaker;
        cue = prev.cue;
        rule = '3d';
      }
    }
    // A poll's figure is nobody's speech: in "25 percent of likely voters say they would
    // “definitely not support” him" the subject is a share of respondents, and the words are
    // the poll's answer option, not a quote of the voters named.
    if (speaker && compiledOnce(POLL_SHARE).test(text.slice(Math.max(0, speaker.start - 60), speaker.start) + speaker.text)) {
      speaker = null;
      cue = null;
    }
    // The title of the programme or publication the words were said on or to ("Fauci told CNN's
    // “State of the Union”", "she said on ABC's "This Week."", "Commisso told “CBS This
    // Morning”", "in an interview with “60 Minutes”"): quote marks around a name, not anyone's
    // words. A short phrase in title case right after "on", "told" or "interview with" (and an
    // outlet's possessive) is the setting of the speech, so it has no speaker: credited to the
    // guest, one programme's name said by two guests in two outlets would be a speaker conflict.
    // ("ended the description with “Si Vis Pacem Para Bellum”" is the subject's writing: a bare
    // "with" is not enough.)
    // With no speaker found it is still a title, not a quotation ("Fauci spoke on CNN's “State of
    // the Union”").
    const programme = PROGRAMME_BEFORE.test(before) && isTitleCase(text.slice(start, end));
    const titleOf = programme && speaker ? { speaker, cue } : null;
    if (programme) {
      speaker = null;
      cue = null;
    }
    // "so-called" before the marks: the writer distances the text from the term ("Lind attacked
    // the so-called “deal”"); it is what others call the thing, not the subject's speech.
    const soCalled = SO_CALLED.test(before);
    if (speaker && soCalled) {
      speaker = null;
      cue = null;
    }
    // An attribution inside quoted words is the quoted person's own ("''I said, 'No boots on the
    // ground,''' he recalled"): the reporter's words name the speaker, so such a speaker is dropped.
    if (speaker && insideQuote(speaker.start)) {
      speaker = null;
      cue = null;
    }
    const q: Quote = {
      start,
      end,
      text: text.slice(start, end),
      speaker,
      speakerName: null,
      speakerKind: null,
      attribution: null,
      cue,
      partial: isPartial(text, start, end, before, after, attributedAfter),
    };
    // 4. A whole-sentence quote continues the speaker of the sentence before it.
    // A short quote that is a sentence of its own ("“Very good.”") continues too: the partial
    // flag calls every one- or two-word quote partial, but one that ends its sentence is whole.
    // A quoted sentence that opens the reporter's sentence, which then runs on past the marks
    // ("“They agree with him on issues, but they aren't there yet” to support him.", "“He listened
    // to her time after time” on Iraq.") is the continued speaker's too: the reporter finishes the
    // speaker's sentence in his own words. It must read as speech, not as a title or a term:
    // a capital first word, not title case, and at least SCARE_WORDS + 1 words (the length from
    // which PolNeAR's unattributed fragments are mostly someone's words, above).
    // Only when the reporter's words go on straight after the marks in lower case, with no
    // comma (a comma, inside or after the marks, is where an attribution follows, one the
    // rules above could not read: "“…,” mused co-host Tomas Brekke"), and with no reporting
    // verb later in the sentence ("“…” was to be a “tale,” said her agent"): the words are
    // then that verb's.
    // And only when those words open with an adjunct (a preposition, an infinitive's "to", a
    // conjunction: "… yet” to support him", "… time” on Iraq"): words that open with a verb
    // make the quoted words that verb's subject, a slogan, motto or phrase being talked about
    // ("“We will make America great again” was printed on the banners", "“No taxation without
    // representation” remains a rallying cry"), which no one in the sentence says.
    const runOn = text.slice(r.close + 1, afterEnd);
    const sentenceLead = !q.partial || /[.!?]$/.test(q.text) || (/^\p{Lu}/u.test(q.text) && RUN_ON_ADJUNCT.test(runOn) && !/[,;:]['’"”]*\s*$/.test(text.slice(start, r.close)) && !isTitleCase(q.text) && q.text.split(/\s+/).filter(Boolean).length > SCARE_WORDS && (VERB_RE.lastIndex = 0, !VERB_RE.test(runOn)));
    const wholeSentence = sentenceLead;
    if (!speaker && wholeSentence && (opensOrParticiple(before) || introLead(r.open - before.length, r.open))) {
      const prev = previousSpeaker(r.open, si);
      // A speaker and verb right after the quote that rule 1 did not accept ("…” Greene added
      // that …") break the chain, unless they are the previous speaker again: then both
      // readings give the quote to the same person.
      const next = startsAttribution(r.close + 1, after);
      const prevName = prev ? prev.speakerName ?? (prev.speaker ? speakers.resolve(prev.speaker) : null) : null;
      const nextName = next ? speakers.resolve(next) : null;
      if (prev && (!next || (prevName !== null && nextName === prevName))) {
        q.speaker = prev.speaker;
        q.cue = prev.cue;
        q.speakerName = prev.speakerName;
        q.speakerKind = prev.speakerKind;
        q.attribution = 'context';
        rule = prev.rule;
      }
    }
    if (q.speaker && q.speakerName === null) q.speakerName = speakers.resolve(q.speaker);
    if (q.speaker && q.speakerKind === null) q.speakerKind = speakers.kindOf(q.speaker);
    if (q.speaker && q.attribution === null) q.attribution = q.speakerKind === 'name' ? 'named' : q.speakerKind === 'pronoun' ? 'pronoun' : 'described';
    if (titleOf) programmeSpeaker.set(q, titleOf);
    quoteRule.set(q, q.speaker ? rule : 'none');
    // Scare quotes and quoted terms: "so-called", or a fragment of at most SCARE_WORDS words
    // inside the reporter's sentence that nobody is credited with ("the ferry company's
    // “reform”"). On PolNeAR's dev part most such one-word fragments (276 of 386) are in no
    // attribution at all; the others are words whose speaker we miss. Kept in the record (the
    // benchmark judges every quote) but not listed as quotations.
    q.scare = soCalled || programme || (!q.speaker && q.partial && !/[.!?]$/.test(q.text) && q.text.split(/\s+/).filter(Boolean).length <= SCARE_WORDS);
    q.via = null;
    if (q.speaker) {
      // A quote carried over from the sentence before keeps that quote's outer source: "“…,”
      // said Kristen Day, reports USA Today. “This has been …”" is USA Today's report too.
      // The quote the speaker is carried from: the last one with that very speaker span.
      const carried = q.attribution === 'context' ? lastBySpeaker.get(q.speaker) : undefined;
      q.via = carried ? carried.via ?? null : (sent ? outerSource(sent, r.open, r.close, afterEnd, q.speaker, q.cue) : null) ?? nestedVia(rule, q.speaker);
      q.spokenAt = carried ? carried.spokenAt ?? null : speechTime(q.speaker, q.cue, r.open, r.close, sent);
      lastBySpeaker.set(q.speaker, q);
    } else q.spokenAt = null;
    quotes.push(q);
    closes.push(r.close);
  }
  return quotes;

  /**
   * The time of the speech: a date or time expression of the reporting clause, outside any
   * quote. Where news writing puts it: right after the reporting verb, with at most a few words
   * between ("said on Monday", "said in a statement Tuesday", "told reporters Monday"), between
   * the speaker and the verb ("Lind on Monday said"), opening the sentence before the speaker
   * ("On Monday, Lind said"), or on a signature line after the name ("— Name (@handle) June 28,
   * 2016"). Only with nothing between that opens another clause ("that", "when", a comma before
   * the verb's object …): "Lind said the vote in May was rigged" dates the vote, not the speech.
   */
  function speechTime(speaker: TextSpan, cue: string | null, open: number, close: number, sent: Sentence | null): TextSpan | null {
    if (timeList.length === 0) return null;
    const from = Math.min(sent ? sent.start : open, speaker.start, open);
    const to = Math.max(sent ? sent.end : close, speaker.end + 120);
    // The first time expression starting at or after `from` (the list is sorted by start).
    const lo = lowerBound(timeList, from);
    // The reporting verb nearest the speaker, outside quotes.
    let cueEnd = -1;
    if (cue) {
      const re = new RegExp(`\\b${cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi');
      const win = text.slice(Math.max(0, speaker.start - 60), Math.min(text.length, speaker.end + 60));
      let best = Infinity;
      for (const m of win.matchAll(re)) {
        const at = Math.max(0, speaker.start - 60) + m.index!;
        if (insideQuote(at)) continue;
        const d = Math.min(Math.abs(at - speaker.end), Math.abs(at + m[0].length - speaker.start));
        if (d < best) {
          best = d;
          cueEnd = at + m[0].length;
        }
      }
    }
    for (let i = lo; i < timeList.length && timeList[i].start < to; i++) {
      const t = timeList[i];
      if (insideQuote(t.start) || (t.start < close && t.end > open)) continue;
      // After the verb: "said on Monday", "said in a statement Tuesday", "told reporters Monday".
      if (cueEnd >= 0 && t.start >= cueEnd && t.start - cueEnd <= 60 && (/^(?:told|tells|tell|asked|asks|telling|asking)$/i.test(cue ?? '') ? SPEECH_TIME_AFTER_TELL : SPEECH_TIME_AFTER_SAY).test(text.slice(cueEnd, t.start))) return t;
      // After the speaker, before the verb: "Lind on Monday said"; a signature's date: "— Lind (@lind) June 28, 2016".
      if (t.start >= speaker.end && /^\s*(?:\([^()\n]{1,40}\)\s*)?(?:on\s+|,\s*)?$/.test(text.slice(speaker.end, t.start)) && (cueEnd < 0 || t.end <= cueEnd || /^\s*\(/.test(text.slice(speaker.end, t.start)))) return t;
      // Opening the sentence: "On Monday, Lind said", "Late Tuesday, the minister told …".
      if (sent && t.end <= speaker.start && /^\s*(?:(?:on|late|early|earlier|later|by|at)\s+)?$/i.test(text.slice(sent.start, t.start)) && /^\s*,?\s*$/.test(text.slice(t.end, speaker.start).replace(/^\s*(?:the|a|an)\b[^,]*$/i, ''))) return t;
    }
    return null;
  }

  /**
   * Rule 1b: the name signing a quote on a dash line ("“…” — Mira Castell, in a tweet", "“…” —
   * Ben Jacobs (@handle) June 28, 2016"). The quote opens its line (after at most a short label
   * and a colon), so it is no fragment of the reporter's sentence; the dash stands right after the closing mark or opens the next line;
   * a person or organization name follows it, and after the name only what a signature
   * carries ends the line: a handle or dates in parentheses, a date, or a comma and a short
   * phrase without quote marks ("in a tweet", "French philosopher"). A dash then a sentence
   * ("“…” — Lind said it twice") is the reporter's, and rule 1 reads it.
   */
  function dashCredit(open: number, close: number): TextSpan | null {
    // Only a short label may stand before it on its line ("Thought for Today: “…” -- Name").
    // The line start is looked for within that reach only, so a text without line breaks stays
    // linear.
    const reach = Math.max(0, open - 64);
    const nl = text.slice(reach, open).lastIndexOf('\n');
    if (nl < 0 && reach > 0) return null;
    const lineStart = nl < 0 ? 0 : reach + nl + 1;
    if (!/^[\s*•]*(?:[^\n"“”:]{1,40}:\s*)?$/.test(text.slice(lineStart, open))) return null;
    // The credit may stand on the next line or, after a quote that is a paragraph of its own,
    // on the next paragraph ("“…” ¶ —President Obama, tweeting after the speech."): a dash line
    // right after the quoted paragraph signs it, as an epigraph or a "quotable" box is signed.
    // There a single hyphen also marks it when the name follows with no space ("-Michelle
    // Marks, Philadelphia."): a hyphen before a capital at a line start is no word hyphen.
    const dash = /^[ \t]*(?:\r?\n[ \t]*){0,2}(?:—|–|―|--)[ \t]*/.exec(text.slice(close + 1, close + 40)) ?? /^[ \t]*(?:\r?\n[ \t]*){1,2}-(?=\p{Lu})/u.exec(text.slice(close + 1, close + 40));
    if (!dash) return null;
    const at = close + 1 + dash[0].length;
    const m = byStart.get(at);
    if (!m || (m.type !== 'person' && m.type !== 'organization')) return null;
    // The rest of the line, looked for within 121 characters (a longer rest is no signature).
    const ahead = text.slice(m.end, m.end + 122);
    const nlAt = ahead.indexOf('\n');
    const rest = nlAt < 0 ? ahead : ahead.slice(0, nlAt);
    if (rest.length > 120 || /["“”‘’]/.test(rest)) return null;
    if (!/^\s*(?:\([^()\n]{1,40}\))?\s*(?:,\s*(?:\S+\s*){1,12})?\s*$/.test(rest) && !/^\s*\([^()\n]{1,40}\)\s*[\p{L}\d ,.]{0,30}$/u.test(rest)) return null;
    return { start: m.start, end: m.end, text: m.text };
  }

  /**
   * The outer source of a second-hand attribution in the quote's sentence, outside any quote
   * marks: "according to X" after the quote or opening the sentence ("“…,” Walker said,
   * according to an AP account", "According to pool reports, Obama said “…”"), or a report
   * credited at the sentence end ("…, reports USA Today.", "…, Right Wing Watch first reported.",
   * "…, the Times reported."). Not when "according to X" is itself the attribution (rule 3),
   * nor an X that is the speaker. The speaker keeps the words; this records whose report they
   * come from, which attribution corpora mark as the source (PolNeAR marks only the outer one).
   */
  function outerSource(sent: Sentence, open: number, close: number, afterEnd: number, speaker: TextSpan, cue: string | null): TextSpan | null {
    if (cue === 'according to') return null;
    // The sentence splitter may end a sentence inside the quote: its attribution runs to the end
    // of the sentence after the closing mark.
    // So may a sentence that ends right at the closing mark ("“… an election year?” O’Malley said
    // at a press conference, according to the Las Vegas Sun."): when the speaker stands after
    // the quote, that next sentence is the attribution, and its "according to X" names the report.
    // (With the speaker before the quote, the next sentence is the reporter's own.)
    let sEnd = Math.min(sent.end > close + 1 || (sent.end > close && speaker.start < close) ? sent.end : afterEnd, close + 400);
    // A sentence the splitter ended at an abbreviation ("told Sen. Jeff Flake (R-Ariz.), according
    // to …") goes on when what follows opens with a comma or a lower-case word.
    if (/^[ \t]*(?:,|\p{Ll})/u.test(text.slice(sEnd, sEnd + 20))) sEnd = Math.min(sentenceEndAfter(sentences, sEnd, paragraphs.endOf(sEnd, text.length)), close + 400);
    const tail = text.slice(close + 1, sEnd);
    const head = text.slice(sent.start, Math.min(open, sent.start + 200));
    const candidates: Array<{ at: number; np: string }> = [];
    // The phrase runs to the next punctuation; a possessive apostrophe stays ("Farley’s account").
    // A period inside an abbreviation ("the U.S. Senate") does not end it.
    const acc = /\baccording to\s+((?:[^,.;:!?"“”‘()\n]|\.(?=[\p{L}.])|(?<=\b\p{Lu})\.)(?:[^,.;:!?"“”‘()\n]|\.(?=[\p{L}.])|(?<=\b\p{Lu})\.){1,89})/giu;
    for (const m of tail.matchAll(acc)) candidates.push({ at: close + 1 + m.index! + m[0].length - m[1].length, np: m[1] });
    const lead = /^\s*according to\s+([^,.;:!?"“”‘()\n]{2,90}),/i.exec(head);
    // Opening the sentence, it frames the speaker's clause after it.
    if (lead && speaker.start >= sent.start + lead[0].length) candidates.push({ at: sent.start + lead[0].length - 1 - lead[1].length, np: lead[1] });
    // "…, reports USA Today." / "…, Right Wing Watch first reported." closing the sentence.
    // American style puts the comma inside the closing mark ("… his radio show, “Generations,”
    // Right Wing Watch first reported."): a comma right before this quote's or a later quote's
    // closing mark counts as the one before the credit.
    const rep = /(?:,|,\s*["”’]|^)\s*(?:(?:reports|reported)\s+((?:the\s+)?\p{Lu}[^,.;:!?"“”()\n]{1,60})|((?:[Tt]he\s+)?\p{Lu}[^,.;:!?"“”()\n]{1,60}?)\s+(?:first\s+|originally\s+)?(?:reported|reports))\s*[.!]?\s*$/u.exec(tail);
    if (rep && (rep.index > 0 || rep[0].startsWith(',') || text[close - 1] === ',')) {
      const np = rep[1] ?? rep[2];
      candidates.push({ at: close + 1 + rep.index + rep[0].indexOf(np), np });
    }
    for (const c of candidates) {
      const np = c.np.replace(/\s+$/, '');
      const span = { start: c.at, end: c.at + np.length, text: np };
      if (insideQuote(span.start) || (span.start < speaker.end && speaker.start < span.end)) continue;
      // "according to him": the speaker again, or a pronoun for him.
      // The speaker's words as whole words: "he" is no part of "officials with knowledge of the
      // meeting" (a substring test took "the" for him and dropped the report).
      if (/^(?:him|her|them|his|hers|their|he|she|they)\b/i.test(np) || containsWords(np, speaker.text)) continue;
      // "According to analyst Dale Grant, the tremor was “…”, he noted": a "he"/"she" speaker
      // with a person named in the phrase is most likely that person.
      if (span.start < speaker.start && PRONOUN_AT.test(speaker.text.toLowerCase()) && persons.some((m) => m.start >= span.start && m.end <= span.end)) continue;
      // A phrase cut by a quote mark ("according to passages of “Peril”") is no whole source.
      if (/\b(?:of|the|a|an|to|from|by|in|on|at|for|with|and)$/i.test(np)) continue;
      return span;
    }
    return null;
  }

  /**
   * Rule 4: the speaker of the sentence before the one the quote at `open` opens (sentence
   * index `si`): in the same paragraph, or the last sentence of the previous paragraph when the
   * quote opens its paragraph. A quote that ends in that sentence gives its speaker (or none, if
   * it has none: an unattributed quote breaks the chain); a sentence without quotes gives the
   * subject of its last reporting verb.
   */
  function previousSpeaker(open: number, si: number): (Pick<Quote, 'speaker' | 'cue' | 'speakerName' | 'speakerKind'> & { rule: string }) | null {
    if (si < 1) return null;
    const ps = sentences[si - 1];
    const cur = sentences[si];
    // The sentence splitter may start the quote's sentence before the mark: only blank text may stand between.
    if (cur.start < open && !opensOrParticiple(text.slice(cur.start, open)) && !introLead(cur.start, open)) return null;
    const para = paragraphs.indexOf(open);
    const psPara = paragraphs.indexOf(ps.start);
    if (psPara !== para && !(psPara === para - 1 && paragraphs.startOf(open) >= ps.end && /^\s*$/.test(text.slice(paragraphs.startOf(open), open)))) return null;
    let k = quotes.length - 1;
    if (k >= 0 && closes[k] >= ps.start) {
      // A short quoted title inside the attribution that follows the speaker (`“…,” Cuban said on
      // NBC's “Meet the Press.”`, `“…,” said Cuban, who hosts “Shark Tank.”`) is no quote of
      // anyone's: the sentence's speaker is that of the quote the attribution belongs to. Only
      // partial quotes that stand after that speaker are passed over; any other unattributed
      // quote breaks the chain as before.
      while (k > 0 && !quotes[k].speaker && quotes[k].partial && closes[k - 1] >= ps.start && quotes[k - 1].speaker && quotes[k - 1].attribution !== 'context' && quotes[k - 1].speaker!.end <= quotes[k].start && quotes[k - 1].speaker!.start > quotes[k - 1].end) k--;
      const last = quotes[k];
      // A programme's title the attribution ends with ("…,” she told ABC's “Good Morning
      // America.” “…”") is no quote of anyone's: the sentence's speaker is the one it names.
      const titled = programmeSpeaker.get(last);
      if (titled) return { speaker: titled.speaker, cue: titled.cue, speakerName: null, speakerKind: null, rule: '4-quote' };
      // The attribution after the quote may go on with a coordinated clause in which someone
      // else takes the floor ("“…,” Ebeling said, and her husband cut in. “Don't forget …”"):
      // the next quote is that person's turn, not the first speaker's.
      const turn = last.speaker && last.speaker.start > closes[k] ? nextTurn(last.speaker, ps.end) : null;
      if (turn) return { speaker: turn, cue: null, speakerName: null, speakerKind: null, rule: '4-quote' };
      // Only a quote that ends the previous sentence's quoting: text after it in that sentence is an attribution or nothing.
      return last.speaker ? { speaker: last.speaker, cue: last.cue, speakerName: last.speakerName, speakerKind: last.speakerKind, rule: '4-quote' } : null;
    }
    // "“… 11 million?” Hannity pressed. “Maybe …”": the splitter ends a sentence at a quote's "?"
    // or "!", so its attribution stands alone as the previous sentence; the speaker found there
    // for that quote is that sentence's speaker.
    if (k >= 0 && quotes[k].speaker && quotes[k].attribution !== 'context' && quotes[k].speaker!.start >= ps.start && quotes[k].speaker!.end <= ps.end && /^["”’'\s]*$/.test(text.slice(closes[k] + 1, ps.start))) {
      const last = quotes[k];
      return { speaker: last.speaker, cue: last.cue, speakerName: last.speakerName, speakerKind: last.speakerKind, rule: '4-split' };
    }
    const seg = text.slice(ps.start, Math.min(ps.end, ps.start + ATTRIBUTION_WINDOW));
    const b = speakerBefore(ps.start, seg);
    if (b) return { speaker: b.speaker, cue: b.cue, speakerName: null, speakerKind: null, rule: '4-verb' };
    // 4b. A sentence without a reporting verb that is about a person ("Viguerie is upbeat
    //     about Cruz's chances. ¶ “Not only can …”", "He then listed the qualities …: ¶ “…”",
    //     "Sen. Rubio responded first, ripping into Obama. ¶ “…”"): news writing sets up the
    //     person in one sentence and quotes them in the next, so the quote is its subject's
    //     words. Only a person's name or "he"/"she" as the subject (a description or an
    //     organization opening the sentence is as often a topic as a speaker); another person
    //     named later in that sentence is its object ("Trump praised Boyle …"), and is not
    //     taken (on the PolNeAR dev part, excluding such sentences gained nothing in precision).
    const o = opener(ps.start, '');
    if (!o) return null;
    const m = byStart.get(o.speaker.start);
    const personal = m ? m.type === 'person' : /^(?:he|she)$/i.test(o.speaker.text);
    if (!personal) return null;
    return { speaker: o.speaker, cue: null, speakerName: null, speakerKind: null, rule: '4b' };
  }

  /**
   * The subject of a clause coordinated after an attribution (from the speaker's end to the
   * sentence end `end`) whose verb gives someone else the floor: a verb of speaking or of
   * breaking into a conversation ("…,” Ebeling said, and her husband cut in.", "…,” Holm said,
   * before Voss replied."). The subject is a person's or organization's name other than the
   * speaker, or a short described person opened by a determiner or possessive ("her husband",
   * "the moderator"); "he"/"she" may be the same speaker again and are not read. Null otherwise.
   */
  function nextTurn(speaker: TextSpan, end: number): TextSpan | null {
    const tail = text.slice(speaker.end, Math.min(end, speaker.end + 160));
    const m = NEXT_TURN.exec(tail);
    if (!m) return null;
    // After "as", "when" or "until" the clause tells when the first speaker's words came ("…,”
    // Varga said, when a reporter asked.", "…, as the crowd shouted."): the other person's words
    // came before or with them, not after, and the next quote is still the first speaker's. Only
    // a verb of breaking in gives the floor away there ("…, when her husband cut in.").
    if (m[1] !== 'and' && m[1] !== 'before' && !INTERRUPTING.test(m[3])) return null;
    const np = m[2];
    const start = speaker.end + m.indices![2]![0];
    const span = { start, end: start + np.length, text: np };
    const mention = byStart.get(start);
    if (mention) {
      if (mention.end !== span.end || (mention.type !== 'person' && mention.type !== 'organization') || mention.text === speaker.text) return null;
      return span;
    }
    return /^(?:his|her|their|the|a|an|another|one)\s/i.test(np) && !/\p{Lu}/u.test(np.slice(1)) ? span : null;
  }

  /**
   * Rule 3b, a quote after a colon in its sentence (from `from` to the opening mark `open`):
   * - "Ryan: ‘…’ Have ‘…’", "Gillibrand on Hillary's speeches: ‘…’": a name that opens the
   *   paragraph's first sentence and stands before its colon (alone or with "on" and a topic)
   *   is the headline's or transcript line's speaker: in that form everything after the colon
   *   is that person's word, quoted or paraphrased;
   * - "the Christie supporter retorted: “…”", "Trump … leaned in and boomed: “…”": a colon
   *   right before a quote introduces it as the words of the clause's subject, whatever the
   *   verb (the colon does the work of "said"). Only when the quote follows the colon directly.
   */
  /**
   * Rule 2p: "X was asked / told / pressed / questioned by Y[, who …], “…”": Y, when nothing but
   * Y's apposition or relative clause and a comma stands between Y and the quote (no "and said",
   * which would give the words back to X).
   */
  function passiveAgent(from: number, open: number): { speaker: TextSpan; cue: string } | null {
    const seg = text.slice(from, open);
    const m = lastMatch(PASSIVE_BY, seg);
    if (!m) return null;
    // A lower-case title before the agent's name ("by host Bill Maher") is part of its phrase.
    const at = from + m.index + m[0].length;
    const title = /^(?:\p{Ll}[\p{L}-]*\s+){0,3}/u.exec(text.slice(at, at + 60))![0];
    const sp = speakerAt(text, at) ?? speakerAt(text, at + title.length);
    if (!sp || !byStart.has(sp.start)) return null;
    const between = text.slice(sp.end, open);
    if (!PASSIVE_TAIL.test(between) || /\b(?:and|but)\s+(?:\p{Ll}+\s+)?(?:said|says|replied|responded|answered|added)\b/u.test(between)) return null;
    return { speaker: sp, cue: m[1] };
  }

  function colonSpeaker(from: number, open: number): { speaker: TextSpan; cue: string | null } | null {
    const seg = text.slice(from, open);
    const colon = seg.indexOf(':');
    if (colon < 0) return null;
    // Headline or transcript form: the colon within the first words, nothing quoted before it.
    const lead = seg.slice(0, colon);
    // A title's period is no sentence end ("Dr. Ben Carson: Hillary Clinton ‘Not Fit …’").
    // A digest's credit line: a headline, a dash, then the name of whoever the item quotes
    // ("INDIANA'S DEMOGRAPHICS FAVOR CRUZ - David Wasserman: “…”", "… - Pew Research: “…”"):
    // the name between the dash and the colon, and nothing else there, is the speaker.
    const dash = /\s[-–—]\s+([^-–—:"“”]{2,60})$/u.exec(lead);
    if (dash && colon <= 300 && /^:\s*["“‘']?\s*$/.test(seg.slice(colon))) {
      const m = byEnd.get(from + colon);
      const at = from + colon - dash[1].length;
      if (m && (m.type === 'person' || m.type === 'organization') && (m.role?.start ?? m.start) <= at + 1 && m.start >= at) return { speaker: { start: m.start, end: m.end, text: m.text }, cue: null };
    }
    if (colon <= 80 && /^\s*\p{Lu}/u.test(lead) && !/["“”‘’!?]/.test(lead) && !/(?<!\b\p{Lu}[\p{Ll}]{0,3})\./u.test(lead)) {
      const at = from + colon;
      const onAt = /\s[Oo]n\s/.exec(lead);
      const m = byEnd.get(onAt ? from + onAt.index : at);
      if (m && m.type !== 'place' && /^\s*$/.test(text.slice(paragraphs.startOf(from), m.role?.start ?? m.start).replace(/^[\s\S]*\n/, ''))) return { speaker: { start: m.start, end: m.end, text: m.text }, cue: null };
      // "OK Gov Fallin:", "Dr. Ben Carson:": a name with its title before it.
      if (m && m.type !== 'place' && /^[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,2}\s+$/u.test(text.slice(from, m.start))) return { speaker: { start: m.start, end: m.end, text: m.text }, cue: null };
    }
    // Clause form: the colon is the last thing before the quote.
    const last = seg.lastIndexOf(':');
    if (!/^:\s*["“‘']?\s*$/.test(seg.slice(last))) return null;
    const clause = seg.slice(0, last);
    CLAUSE_END.lastIndex = 0;
    let start = 0;
    let c: RegExpExecArray | null;
    // "Kelly responded pointedly, with a smile: “…”": a short "with" phrase right before the
    // colon is a manner adjunct of the clause's verb, not an absolute clause with a subject of
    // its own (that needs a participle: "with McCain calling it …"), so it ends no clause.
    while ((c = CLAUSE_END.exec(clause))) if (!/^,\s+with\s+(?:\p{Ll}+\s+){0,3}\p{Ll}+\s*$/u.test(clause.slice(c.index))) start = c.index + c[0].length;
    // A fronted adverbial clause ("When Trump suggested that Cuba would sue the U.S. for reneging
    // on the deal, Rubio fired back forcefully: “…”") has its own subject and verb; the colon
    // ends the main clause after its comma, as rule 2 reads it (FRONTED_CLAUSE), however long the
    // adverbial clause is (the introductory phrases `opener` passes are short).
    if (start === 0) {
      const sub = FRONTED_CLAUSE.exec(clause);
      if (sub && sub[0].length < clause.length) start = sub[0].length;
    }
    // The clause must be the reporter's: no quote in it ("Reid said both are “non-entities,” but
    // he gave the Texan a compliment: “…”" has its quote in the clause before "but he").
    if (/["“”]/.test(clause.slice(start))) return null;
    // A clause after "but" or "and" opens with its subject in lower case ("…, but he gave …: “…”").
    const low = start > 0 ? /^\s*(he|she)\b/.exec(clause.slice(start)) : null;
    if (low) return { speaker: { start: from + start + low[0].length - low[1].length, end: from + start + low[0].length, text: low[1] }, cue: null };
    // An organization speaks as well as a person when a colon introduces its words ("The
    // ministry said in a statement: “…”", "The board was conclusive in its findings: “…”"); the
    // name tagger also types a person as an organization now and then ("Trump" in a story about
    // "Trump fever"), and the colon form does not depend on which.
    // "Ruiz's response: “…”", "The mayor's message to the board was simple: “…”": a noun of
    // speech whose possessor opens the clause gives that possessor's words after the colon.
    const lead0 = /^[\s"“]*(?:(?:But|And|So|Yet|Still|Then)\s+)?/.exec(clause.slice(start))![0].length;
    const pm = byStart.get(from + start + lead0);
    if (pm && (pm.type === 'person' || pm.type === 'organization') && POSSESSED_SPEECH.test(text.slice(pm.end, from + last))) return { speaker: { start: pm.start, end: pm.end, text: pm.text }, cue: null };
    const o = opener(from + start, ':', true);
    return o && o.speaker.end <= from + last ? { speaker: o.speaker, cue: null } : null;
  }

  /**
   * Rule 3c: the subject of the reporter's clause that quotes a fragment, from the sentence
   * start `from` to the opening mark `open`. Only a person or organization named at the
   * sentence start, with one finite verb after it and nothing between it and the quote that
   * could be a speaker of its own: no other name, no clause boundary, no quote, no relative or
   * complement clause; a copula or a naming verb is not reporting ("X is a “…”").
   */
  function fragmentSubject(from: number, open: number): { speaker: TextSpan; cue: string | null } | null {
    const o = opener(from, '');
    if (!o) return null;
    const m = byStart.get(o.speaker.start);
    // A definite description opening the sentence is a subject too ("The Sanders campaign
    // projects that “…”"), but only with a "that" clause after its verb (below): a description
    // head is often no agent ("The major danger he sees is “…”", "The company now has … “…”"),
    // and a complement clause is what makes the verb one of saying or thinking.
    if (m ? m.type !== 'person' && m.type !== 'organization' : !/^(?:he|she)$/i.test(o.speaker.text) && !/^[Tt]he\s/.test(o.speaker.text)) return null;
    const between = text.slice(o.speaker.end, open);
    if (between.length > 200 || /["“”‘’;:—–()]|\n/.test(between) || /^['’]s?\b/.test(between)) return null;
    CLAUSE_END.lastIndex = 0;
    if (CLAUSE_END.test(between)) return null;
    // One complement clause of the subject's own verb may stand between ("Trump groused to a
    // crowd in Georgia that CNN “doesn't treat me properly”", "Gorka warned that military
    // officers “understand …”"): reported speech whose framing verb is the subject's, whatever
    // the verb; the quoted words are the subject's report. Only "that" right after the verb
    // (and a short "to …" or "at …" phrase), and no other subordinate word after it.
    // The verb may follow an auxiliary or a linking adverb and take a particle ("Holm has
    // intimated that …", "Holm also complained that …", "Holm fired back that …"): the "that"
    // after it is still the verb's complement.
    const that = THAT_COMPLEMENT.exec(between);
    if (!m && !that && /^[Tt]he\s/.test(o.speaker.text)) return null;
    const clause = that ? between.slice(that[0].length) : between;
    // A person between subject and quote may be the object of the subject's characterising
    // verb, in the predicative "VERB OBJECT as “…”" ("Brekke referred to Holm as “a bright,
    // charismatic leader”", "Holm described Brekke's plan as a “work in progress”"): English
    // gives "as" and the phrase after it to the object as the subject's description of it, so
    // the object is what the words are about, never who says them (a speaker after "as" would
    // need a verb of its own: "quoted Holm as saying “…”" is not this form).
    // Inside the subject's own "that" clause, a person is what the reported words are about, not
    // who says them ("Holm sniped that Brekke, a first-time chief, was “learning on the job”"):
    // the framing verb is the subject's, and a person of the clause who speaks would have a
    // reporting verb of their own, which rule 2 reads before this one (and a "that" clause of
    // reported speech is the framing subject's account whoever it is about). Only the words
    // before "that" are checked for another person then.
    const personEnd = that ? o.speaker.end + that[0].length : open;
    if ((hasPersonBetween(o.speaker.end, personEnd) && !OBJECT_AS.test(between)) || /\b(?:who|whom|which|that|where|when|if|because|after|while)\b/i.test(clause)) return null;
    // Only when each such person is the subject of a linking verb ("Brekke was …", "Brekke had
    // “no clue”"), a possessor ("Brekke's plan was …") or coordinated with another: a person with a
    // verb of their own in the clause ("Holm sniped that Brekke, speaking on radio, had deemed the
    // plan “a disaster”", "… that Brekke had ridiculed a “harbour tax”") is reported as saying or
    // judging something, and the fragment is then more likely theirs than the framing subject's;
    // the verb lists cannot hold every such verb, so no speaker is safer than the subject.
    if (that && !clausePersonsAreTopics(personEnd, open)) return null;
    // The verb: the first lower-case word after the subject (irregular pasts too: "Bolton
    // thought some of the “…” buzz was …"), past adverbs and auxiliaries.
    const verb = /^\s+(?:(?:also|has|had|have|then|later|again|even|once|repeatedly|often|previously|recently|never|already|still|now|\p{Ll}+(?:al|ar|ed|ful|ous|nt|ive|at|ic|ct|ck|st|nd|rm|en|ng|nk|rp|ud|ef|lm|pt|rd|er)ly)\s+)*(\p{Ll}{3,})\b/u.exec(between);
    if (!verb || FRAGMENT_NOT_VERB.test(verb[1])) return null;
    // A second reporting verb between the subject's verb and the quote has a subject of its own
    // that rule 2 could not read ("Lind met with the Harbour Council and Ilse Marr said the levy
    // was “…”", where the name layer took "Harbour Council and Ilse Marr" for one body): the
    // quote stands in that verb's complement, so its speaker is that verb's subject, not the
    // sentence's opener. A verb coordinated with the opener's own ("Lind met the council and
    // said …") is read by rule 2 before this one. No speaker rather than the wrong one.
    // Only a finite verb right after a name (a participle, "…, saying “…”", is the opener's).
    const afterAt = o.speaker.end + verb.index + verb[0].length;
    const afterVerb = text.slice(afterAt, open);
    VERB_RE.lastIndex = 0;
    for (let v: RegExpExecArray | null; (v = VERB_RE.exec(afterVerb)); ) {
      if (/ing$/i.test(v[0])) continue;
      const subj = byEnd.get(afterAt + v.index - 1);
      if (subj && subj.start > o.speaker.end && (subj.type === 'person' || subj.type === 'organization') && /\s/.test(text[afterAt + v.index - 1])) return null;
    }
    return { speaker: o.speaker, cue: verb[1] };
  }

  /**
   * Rule 2b: the sentence after the quote ends in `, SPEAKER VERB …` or `, VERB SPEAKER …`,
   * with no other quote after that comma and nothing more than a short adjunct after the verb
   * ("…, Zuckoff said in a telephone interview."); a "that" clause after the verb would be
   * reported speech of its own.
   */
  function attributionAtEnd(from: number, after: string): { speaker: TextSpan; cue: string } | null {
    if (!/[.!?]\s*$/.test(after)) return null;
    // The attribution may carry an apposition of its own ("…, said Marla Kilfoyle, executive
    // director of …"): try the last few commas, nearest the end first.
    let comma = after.length;
    for (let n = 0; n < 3; n++) {
      comma = after.lastIndexOf(',', comma - 1);
      if (comma < 0) return null;
      // Text after a later quote mark is that quote's: the attribution is what comes before it
      // ("… are sickening, Hollande said Tuesday in Paris, noting the nominee “makes …”").
      const q = after.slice(comma + 1).search(/["“”]/);
      const tail = q < 0 ? after.slice(comma + 1) : after.slice(comma + 1, comma + 1 + q);
      if (tail.length > 200 || /\bthat\b/.test(tail)) return null;
      if (q >= 0 && !/,\s*\S+ing\b[^,]*$/.test(tail)) continue;
      const f = speakerAfter(text, from + comma + 1, tail);
      // The attribution that closes a sentence is a finite verb ("…, Rendell added."); a
      // participle there goes on from the sentence's own subject ("…, waited outside the
      // terminal in Eastport, Maine, hoping to board": no one named "Maine" speaks).
      if (f && /ing$/.test(f.cue)) return null;
      if (f) return f;
    }
    return null;
  }

  /**
   * A comment clause set off by commas inside the sentence after the quote, before the sentence
   * goes on in the reporter's words: "Any ''cleareyed'' reading of the levy, said Piet Varga, an
   * expert on harbours, would find it fair." An inverted "said" with a name after it, or a name
   * and "said", between two commas can only be a parenthetical attribution of the sentence it
   * interrupts (attributionAtEnd reads one that closes the sentence). The name is a person's or
   * organization's; nothing between the quote and the
   * clause may be a quote mark or a sentence end, and the sentence must go on after it with a
   * lower-case word.
   */
  function commentClause(from: number, after: string): { speaker: TextSpan; cue: string } | null {
    const m = COMMENT_CLAUSE.exec(after);
    if (!m) return null;
    const name = m[2] ?? m[3];
    const start = from + m.indices![m[2] !== undefined ? 2 : 3]![0];
    const mention = byStart.get(start);
    if (!mention || mention.start !== start || mention.end !== start + name.length || (mention.type !== 'person' && mention.type !== 'organization')) return null;
    return { speaker: { start, end: mention.end, text: mention.text }, cue: m[1] ?? m[4] };
  }

  /**
   * The speaker when the quote is followed by a speaker and a reporting verb, even one rule 1
   * did not accept; null if not. Not across a line break: in text whose paragraphs are single
   * lines, the next line is the reporter's next paragraph.
   */
  function startsAttribution(from: number, after: string): TextSpan | null {
    const lead = /^\s*[,—–-]?\s*/.exec(after)![0];
    if (lead.includes('\n')) return null;
    const sp = speakerAt(text, from + lead.length);
    const v = sp !== null ? AFTER_VERB.exec(text.slice(sp.end, sp.end + 40)) : null;
    // "“We are not terrorists.” Mr. Zahed said: “…”": a verb with a colon after it introduces
    // the next quote; it is no attribution of this one.
    if (v && /^\s*:/.test(text.slice(sp!.end + v[0].length, sp!.end + v[0].length + 3))) return null;
    // "“It shows a lack of care.” Holm said both plans are “doomed”": after a quote that closed
    // its sentence, a verb followed by a clause of its own (a "that", or a subject: a pronoun
    // or determiner) reports a new statement, the reporter's next sentence; it is no
    // attribution of the quote before, which a misplaced full stop would leave with the verb
    // alone or an adjunct ("“….” Holm said on Monday.").
    if (v && /[.!?]$/.test(charsBeforeMark(from, 1)) && COMPLEMENT_AFTER_VERB.test(text.slice(sp!.end + v[0].length, sp!.end + v[0].length + 40))) return null;
    return v ? sp : null;
  }

  /** The `n` characters before `from`, skipping a closing quote mark of one or two characters (” or ''). */
  function charsBeforeMark(from: number, n: number): string {
    let i = from;
    while (i > 0 && from - i < 2 && /["”’']/.test(text[i - 1])) i--;
    return text.slice(Math.max(0, i - n), i);
  }

  /** True when `pos` lies between the marks of one of the article's quotes (binary search over `raw`). */
  function insideQuote(pos: number): boolean {
    let lo = 0;
    let hi = raw.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (raw[mid].close < pos) lo = mid + 1;
      else if (raw[mid].open > pos) hi = mid - 1;
      else return true;
    }
    return false;
  }

  /** `direct`: `from` is right after the quote's closing mark (not after a later comma of its sentence). */
  function speakerAfter(text: string, from: number, after: string, opens = true, direct = false, colonLed = false): { speaker: TextSpan; cue: string } | null {
    const lead = /^\s*[,—–-]?\s*/.exec(after)![0];
    // An attribution never opens a new paragraph: the words after a paragraph break are the
    // reporter's next point ("…” ¶ Clinton paused, then revealed …").
    if (/\n[ \t\u00a0]*\n/.test(lead)) return null;
    // Nor a new line after a quote that closed its sentence ("…hazard.” ¶ Martha Allen, a
    // delegate, criticized …"): in an article whose line breaks are not all paragraphs, a
    // sentence end, a line break and a capital still open the reporter's next sentence; an
    // attribution after a closed quote would sit on the quote's own line.
    // Except a short "<Name> said <when>." sentence on that line that credits no quote of its own:
    // in hard-wrapped wire copy a single line break is a wrap, and such a line is the quote's
    // attribution ("…a known hazard.”\nMayor Tom Reyes said on Tuesday.").
    if (lead.includes('\n') && /[.!?]$/.test(charsBeforeMark(from, 1)) && /^\p{Lu}/u.test(after.slice(lead.length)) && !WRAPPED_ATTRIBUTION.test(after.slice(lead.length, lead.length + 120))) return null;
    const p = from + lead.length;
    const rest = after.slice(lead.length);
    // `," read the email.`, `," reads the sign.`: "read" inverted with the document whose words
    // the quote gives. "read" is no reporting verb elsewhere ("she read the report"), so only in
    // the attribution slot: after a quote that opens its sentence and ends in a comma, with a
    // phrase that closes the clause after it.
    const rd = opens && direct && /,\s*$/.test(charsBeforeMark(from, 2)) ? /^(?:read|reads)\s+/.exec(rest) : null;
    if (rd) {
      const sp = phraseAfterVerb(p + rd[0].length);
      if (sp) return { speaker: sp, cue: rd[0].trim() };
    }
    // VERB SPEAKER: "said Putin", "said a spokesman", "said Mr. Putin".
    const v = VERB_FIRST.exec(rest);
    // "…,” citing the polls": a participle after a quote is the reporter's, not an attribution.
    if (v && /ing\s*$/.test(v[0])) return null;
    if (v && !canInvert(v[0].trim())) return null;
    // A verb form the learned lexicon has only by inflection (LEARNED_REPORTING_INFLECTIONS,
    // never seen three times itself) is often a noun too ("accords", "recalls", "titles",
    // "vetoes"): a quote running into it with no punctuation between is a name premodifying
    // that noun ("signed the “Harbour Peace” accords Ruiz negotiated", "the “Cold Start” recalls
    // Ford issued"), and the name after it the subject of a relative clause, not the quote's
    // speaker. So such a form inverts only where punctuation sets it off from the quote (“…,”
    // recalls Ruiz). (Required of every verb, it cost PolNeAR 11 dev / 10 held-out right
    // speakers, unpunctuated “…” said X, and removed no wrong one.)
    if (v && INFLECTION_ONLY.has(v[0].trim().split(/\s+/).pop()!.toLowerCase()) && !/[,.!?;:—–-]$/.test(charsBeforeMark(from, 1)) && !/[,—–-]/.test(lead)) return null;
    if (v) {
      let sp = speakerAt(text, p + v[0].length) ?? phraseAfterVerb(p + v[0].length);
      // English does not invert a pronoun with its verb ("said he", "said they"): after the verb
      // a pronoun opens the reported clause ("… “liberals” said they would vote …").
      if (sp && PRONOUN_AT.test(sp.text.toLowerCase()) && sp.text.length <= 4) return null;
      // After a fragment inside the reporter's sentence ("Mr. Manafort, citing “…,” said the
      // candidate could …") the verb has its subject before the quote; what follows it is the
      // reported clause unless the speaker phrase ends the attribution.
      if (sp && !opens && !/^\s*(?:[,.;:!?)]|$|\s(?:who|which|in|on|at|during)\b)/.test(text.slice(sp.end, sp.end + 12)) && !/^(?:(?!'')[^.!?"“”]){0,60}[.!?]/.test(text.slice(sp.end, sp.end + 62))) sp = null;
      // "said his lawyer, Bruce Turry.", "said a friend, Bruce Turry, who …": a person's name in
      // apposition right after a described speaker is that speaker, named.
      // The description need not have a known head when the name follows it ("said his best
      // friend, Bruce Turry."): a determiner or possessive, at most five words, the comma.
      if (!sp) {
        const dn = /^(?:(?:his|her|their|its|the|a|an|one|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|An?|One)\s+)(?:[\p{Ll}’'-]+\s+){0,4}?[\p{Ll}’'-]+(?=,\s)/u.exec(text.slice(p + v[0].length, p + v[0].length + 80));
        if (dn) sp = { start: p + v[0].length, end: p + v[0].length + dn[0].length, text: dn[0] };
      }
      if (sp && !byStart.has(sp.start)) {
        const ap = /^,\s+/.exec(text.slice(sp.end, sp.end + 4));
        const nm = ap ? byStart.get(sp.end + ap[0].length) : undefined;
        if (nm && nm.type === 'person' && /^(?:\s*[,.;]|\s+who\b|\s*$)/.test(text.slice(nm.end, nm.end + 5))) sp = { start: nm.start, end: nm.end, text: nm.text };
        // (a headless phrase without that name is no speaker: "said the talks, which …")
        else if (!speakerAt(text, sp.start) && !phraseAfterVerb(sp.start)) sp = null;
      }
      if (sp) return { speaker: sp, cue: v[0].trim() };
      return null;
    }
    // "“This is fantastic!” beamed Donald Hartley of Madison, …": right after a quote that opens
    // its sentence and ends in a comma, "!" or "?", any past-tense verb followed by a person's
    // name that closes the clause is an inverted attribution; the slot allows no other reading
    // (a verb taking the quote as its subject would not put a bare name after itself and stop).
    if (opens && direct && /[,?!]\s*$/.test(charsBeforeMark(from, 2))) {
      const iv = /^(\p{Ll}{3,}ed)\s+/u.exec(rest);
      const m = iv ? byStart.get(p + iv[0].length) : undefined;
      if (iv && m && m.type === 'person' && m.start === p + iv[0].length && /^(?:\s*[,.;]|\s+(?:of|from|who)\b)/.test(text.slice(m.end, m.end + 8))) return { speaker: { start: m.start, end: m.end, text: m.text }, cue: iv[1] };
      // The same slot with the name's modifiers before it ("“…,” mused radio co-host Tomas
      // Brekke.") or a description and the name in apposition ("“…,” exhorted the mayor's
      // introducer, actress Ana Ruiz."): the phrase read as after "said" (phraseAfterVerb), kept
      // only when a person's name heads it or stands in apposition to it and closes the
      // sentence. A name that closes the clause after an inverted verb is its subject in either
      // form; a description alone stays with the determiner rule below.
      if (iv) {
        const at = p + iv[0].length;
        const np = phraseAfterVerb(at);
        const m0 = np ? byStart.get(np.start) : undefined;
        const head = m0 && m0.end === np!.end ? m0 : undefined;
        if (np && head && head.type === 'person' && /^\s*(?:[.;]|,\s+who\b|$)/.test(text.slice(np.end, np.end + 8))) return { speaker: { start: head.start, end: head.end, text: head.text }, cue: iv[1] };
        const ap = np && !head ? /^,\s+(?:\p{Ll}[\p{L}’'-]*\s+){0,3}/u.exec(text.slice(np.end, np.end + 60)) : null;
        const nm = ap ? byStart.get(np!.end + ap[0].length) : undefined;
        if (nm && nm.type === 'person' && /^\s*(?:[.;]|,\s+who\b|$)/.test(text.slice(nm.end, nm.end + 8))) return { speaker: { start: nm.start, end: nm.end, text: nm.text }, cue: iv[1] };
      }
      // The same slot with a description that ends the sentence ("“Capsized!” blared the front
      // page of The Island Post.", "“Help!” screamed a woman in the crowd."): English inverts a
      // verb with its subject after a quote only in attribution, and a determiner phrase that
      // closes the sentence leaves the verb nothing else to govern. Without it the quote would
      // continue the speaker of the sentence before, who did not say it.
      // An abbreviation's period ends no sentence ("… blared the front page of the U.S. edition.",
      // "a man on Elm St. outside"): it is masked (length kept, so offsets hold) before the end is
      // sought, or the speaker stopped inside the phrase.
      const dv = iv && !m ? /^((?:the|a|an|one)\s+(?:[\p{L}’'.-]+\s+){0,6}?[\p{L}’'.-]+?)\.?\s*(?:[.,]\s|[.,]?$)/u.exec(maskAbbreviations(rest.slice(iv[0].length))) : null;
      if (iv && dv && !/\b(?:that|which|who|is|are|was|were|has|had|have|and|but|to)\b/.test(dv[1])) {
        const at = p + iv[0].length;
        return { speaker: { start: at, end: at + dv[1].length, text: text.slice(at, at + dv[1].length) }, cue: iv[1] };
      }
    }
    // SPEAKER VERB
    let sp = speakerAt(text, p);
    let tailAt = sp ? sp.end : p;
    let tail = sp ? text.slice(sp.end, sp.end + 260) : '';
    let fill = sp ? FILL_AFTER.exec(tail)![0] : '';
    let vm = sp ? AFTER_VERB.exec(tail.slice(fill.length)) : null;
    // The words in the attribution slot, between the quote and its verb, are the speaker
    // whatever their head: "…,” Sanders campaign manager Jeff Weaver said", "…,” the RNC
    // member said", "…,” Democratic pollster Peter Fenn said".
    // Only for a quote that opens its sentence: a fragment of the reporter's sentence followed
    // by a capitalised phrase is more often the sentence going on ("…“Planet of the Apes,” the
    // network’s anchor reacted …") than an attribution.
    if (!vm && opens) {
      const slot = phraseBeforeVerb(p, /[,?!]\s*$/.test(charsBeforeMark(from, 2)));
      if (slot) {
        sp = slot.speaker;
        // The verb follows the whole phrase, not its head ("James Pethokoukis of the … Institute wrote").
        tailAt = slot.end;
        tail = text.slice(slot.end, slot.end + 260);
        fill = FILL_AFTER.exec(tail)![0];
        vm = AFTER_VERB.exec(tail.slice(fill.length));
      }
    }
    if (!sp) return null;
    // An apposition with commas of its own between a name and its verb ("…,” Mr. Daniloff, now
    // 81 and retired in Cambridge, Mass., said", "…,” Anne Richards, assistant secretary of
    // state for population, refugees, and migration, said"): two or three comma-separated parts,
    // each tried with the verb right after it, so the fill never runs past the verb. Only after
    // a name: the apposition describes the person it follows.
    if (!vm && byStart.has(sp.start) && /[,?!]\s*$/.test(charsBeforeMark(from, 2))) {
      // After the ordinary fill too ("…,” Cecelia Purner, 67, a retired … representative in
      // Allentown, Pa., said").
      search: for (const f0 of fill ? [0, fill.length] : [0]) {
        for (const re of LONG_APPOSITION) {
          const long = re.exec(tail.slice(f0));
          if (!long) break;
          const v2 = AFTER_VERB.exec(tail.slice(f0 + long[0].length));
          if (v2) {
            fill = tail.slice(0, f0 + long[0].length);
            vm = v2;
            break search;
          }
        }
      }
    }
    // `“…,” he surmised.`: right after a quote that ends in a comma, "?" or "!", a speaker and a
    // past-tense verb that closes the sentence are an attribution whatever the verb.
    if (!vm && /[,?!]\s*$/.test(charsBeforeMark(from, 2))) vm = (opens ? PRESENT_CLOSING.exec(tail.slice(fill.length)) : null) ?? ANY_VERB_CLOSING.exec(tail.slice(fill.length)) ?? (sp && byStart.has(sp.start) ? ANY_VERB_S_CLOSING.exec(tail.slice(fill.length)) : null) ?? (opens && direct ? ANY_VERB_ADJUNCT.exec(tail.slice(fill.length)) : null);
    if (!vm) return null;
    // "…,” the union's president, Greta Holm, said": a person's name in apposition after a
    // described speaker names that speaker (as after an inverted verb, "said his lawyer, Bruce
    // Turry"); the fill took the apposition.
    if (fill && !byStart.has(sp.start)) {
      const ap = /^\s*,\s*/.exec(fill);
      const nm = ap ? names.find((m) => m.start === tailAt + ap[0].length) : undefined;
      if (nm && nm.type === 'person' && /^\s*,\s*$/.test(text.slice(nm.end, tailAt + fill.length))) sp = { start: nm.start, end: nm.end, text: nm.text };
    }
    // When the quote closed its own sentence ("… over.” Smith said the deal …"), a following
    // "X said" attributes it only if that sentence is no more than the attribution.
    // An object or adjunct after the verb ("Trump told Britain's ITV … when asked …") keeps it an
    // attribution; a clause ("Smith said the deal …", "… said that …") is reported speech of its own.
    // A "!" or "?" inside the marks followed by a lower-case speaker ("“Power to the people!” the
    // group shouted") ends the quoted words, not the reporter's sentence.
    const continues = /[!?]$/.test(charsBeforeMark(from, 1)) && /^\p{Ll}/u.test(sp.text);
    if (/[.!?]$/.test(charsBeforeMark(from, 1)) && !continues) {
      // A fragment that ends the reporter's sentence (`… dismissed it as “absurd.” Trump’s
      // supporters seemed …`) was attributed in that sentence; the next one is about something else.
      if (!opens) return null;
      // Two apostrophes stand for a double mark in some outlets' plain text (quote-marks.ts):
      // read as one, so a quote after the verb is not taken for the attribution's own words.
      const rest = text.slice(tailAt + fill.length + vm[0].length, tailAt + fill.length + vm[0].length + 200).replace(/''/g, '"');
      // "…” Lee posted: “…”": a speaker and verb that a colon and another quote follow introduce
      // that quote, the way "Lee posted:" would on a line of its own; the quote before it ended
      // its sentence and was someone else's ("Another user, Ruiz, wrote: “…” Lee posted: “…”").
      if (/^\s*:\s*["“‘']/.test(rest)) return null;
      const sentenceRest = /^[^.!?"“”]*[.!?]?/.exec(rest)![0];
      const short = /^[^.!?"“”]{0,50}[.!?]/.test(rest);
      const adjunct = /^\s+(?:\p{Lu}|reporters\b|in\b|on\b|at\b|during\b|after\b|before\b|when\b|while\b|of\b|to\b|about\b|with\b|as\b|from\b)/u.test(rest);
      // A participle clause after the verb and its comma ("“…?” Valdt asked, turning the
      // question into a vote.", "“…?” Lind remarked, alluding to …") describes the speaking act,
      // however long it runs: the verb closes the attribution as a short one does.
      // Only after a "?" or "!" quote that opens its own sentence: one a colon introduced has its
      // speaker before it, and the name after it is the next speaker, whose participle clause is
      // about those words ("Brekke asked: “Who will pay?” Marr replied, pointing to …").
      const participle = !colonLed && /[!?]$/.test(charsBeforeMark(from, 1)) && /^,\s+\p{Ll}{3,}ing\s/u.test(rest);
      if ((!short && !adjunct && !participle) || /\bthat\b/.test(sentenceRest)) return null;
      // A verb of praise or blame with an object of its own ("“We are ready.” Brekke praised the
      // crew.") is the reporter's next sentence about what the person did, not the closed
      // quote's attribution: only a verb of speaking reports the words before it.
      const verbWord = vm[0].replace(/^[\s,]*/, '').replace(/^(?:also|then|later|reportedly)\s+/, '').split(/\s+/)[0];
      // So is any other verb than one of speaking when a noun phrase follows it as its object
      // ("“You either leave or you fight.” Ruiz extols the gunman, …": the learned verbs of
      // evaluation report words only in the clause that quotes them); a day or month after
      // the verb times it ("“….” Holm responded Tuesday.").
      if (!/^\s*[.!?]/.test(rest) && !DIRECT_SPEECH_VERB.test(verbWord) && (TRANSITIVE.test(verbWord) || OBJECT_AFTER_VERB.test(rest))) return null;
    }
    return { speaker: sp, cue: vm[0].replace(/^[\s,]*/, '').replace(/^(?:also|then|later|reportedly)\s+/, '') };
  }

  /**
   * The noun phrase that stands in the subject slot of a post-quote attribution, from `p` to a
   * reporting verb ("Sanders campaign manager Jeff Weaver said", "the RNC member said"): at most
   * SLOT_WORDS words, none of them a function word or a finite verb, opened by a determiner, a
   * possessive or a capitalised word. Its head is the name it ends with (the last word of an
   * English noun phrase heads it: "Texas-based Matt Mackowiak"), else the phrase itself, a
   * description. Used only where syntax puts a subject: right after a closing quote mark.
   */
  function phraseBeforeVerb(p: number, anyVerb: boolean): { speaker: TextSpan; end: number } | null {
    const found = slotPhrase(p, anyVerb);
    if (found || !anyVerb) return found;
    // Right after a quote that ends in a comma, "?" or "!" and opens its sentence, the subject
    // slot of its attribution holds the speaker whatever the phrase's head, when a determiner,
    // demonstrative, possessive or number opens it ("…,” this Trump look-alike declared", "…,”
    // his two brothers said", "…,” these critics say") or it is a short plural ("…,” federal
    // prosecutors wrote"): the head lists cannot know every noun, and nothing but a subject
    // stands between the closing mark and the verb of that slot. The verb is a listed one, or a
    // plain present of the commonest ones closing the sentence ("…,” the two write.").
    const head = text.slice(p, p + 100);
    const dp = SLOT_DET_PHRASE.exec(head) ?? SLOT_PLURAL_PHRASE.exec(head);
    if (!dp) return null;
    // A coordinated phrase goes on past the simple one; shorter phrases are still tried first,
    // and none ends in "and" or the determiner after it.
    const coord = SLOT_DET_COORD.exec(head);
    // Not when a name stands in it ("…,” the mayor and Brekke said"): two people speak, and the
    // speaker span's name would credit the joint words to that one person alone (a false
    // speaker beside another outlet's "Holm said").
    const coordNamed = (span: string): boolean => {
      for (let i = 0; i < span.length; i++) if (byStart.get(p + i)?.type === 'person') return true;
      return false;
    };
    const phrase = coord && coord[1].length > dp[1].length && coord[1].startsWith(dp[1]) && !coordNamed(coord[1]) ? coord[1] : dp[1];
    const words = [...phrase.matchAll(/\S+/g)];
    // The shortest phrase the verb follows: the opener and at least one word.
    for (let k = 2; k <= words.length; k++) {
      if (k > 2 && /^(?:and|his|her|their|the|an?)$/i.test(words[k - 1][0])) continue;
      const end = words[k - 1].index! + words[k - 1][0].length;
      const rest = text.slice(p + end, p + end + 140);
      const f = FILL_AFTER.exec(rest)![0];
      if (!AFTER_VERB.test(rest.slice(f.length)) && !PRESENT_CLOSING.test(rest.slice(f.length))) continue;
      const np = phrase.slice(0, end);
      // (a plural needs its "-s" head last: "federal prosecutors", not "federal prosecutors office")
      if (SLOT_PLURAL_PHRASE.test(head) && !SLOT_DET_PHRASE.test(head) && !/s$/.test(np)) return null;
      return { speaker: { start: p, end: p + end, text: np }, end: p + end };
    }
    return null;
  }

  function slotPhrase(p: number, anyVerb: boolean): { speaker: TextSpan; end: number } | null {
    // A phrase opened by lower-case modifiers ("super PAC spokeswoman Kellyanne Conway",
    // "federal prosecutors") is a speaker only when a name or a description head ends it.
    const lower = !SLOT_NP.test(text.slice(p, p + 120));
    const m = SLOT_NP.exec(text.slice(p, p + 120)) ?? (LOWER_OPENER.test(text.slice(p, p + 20)) ? LOWER_NAME_NP.exec(text.slice(p, p + 120)) : null);
    if (!m) {
      // A bare plural description head alone ("…,” officials said", "…, critics say."): news
      // writing leaves out the determiner of a plural group of sources.
      const one = /^(\p{Ll}[\p{Ll}-]+s)(?![\p{L}’'-])/u.exec(text.slice(p, p + 40));
      if (!one || !LOWER_OPENER.test(one[1]) || !DESC_HEAD_END.test(one[1])) return null;
      const rest = text.slice(p + one[1].length, p + one[1].length + 140);
      const f = FILL_AFTER.exec(rest)![0];
      if (!AFTER_VERB.test(rest.slice(f.length))) return null;
      return { speaker: { start: p, end: p + one[1].length, text: one[1] }, end: p + one[1].length };
    }
    let np = m[1];
    // Try the shortest phrase first; the verb must follow it (through the usual fillers).
    const words = [...np.matchAll(/\S+/g)];
    for (let k = 0; k < words.length; k++) {
      const end = words[k].index! + words[k][0].length;
      const rest = text.slice(p + end, p + end + 140);
      const f = FILL_AFTER.exec(rest)![0];
      if (!AFTER_VERB.test(rest.slice(f.length)) && !(anyVerb && ANY_VERB_CLOSING.test(rest.slice(f.length)))) continue;
      np = np.slice(0, end);
      // A name followed by a past-tense word inside the phrase is a subject with its own verb
      // ("Clinton paused, then revealed"), not a speaker phrase.
      if (/\p{Lu}[\p{L}’'-]*\s+\p{Ll}+ed\b/u.test(np)) return null;
      if (lower && !byEnd.has(p + end)) {
        if (!DESC_HEAD_END.test(np) || np.split(/\s+/).length > 4) return null;
        return { speaker: { start: p, end: p + end, text: np }, end: p + end };
      }
      const head = headOf(p, np);
      return head ? { speaker: head, end: p + end } : null;
    }
    return null;
  }

  /**
   * The noun phrase after an inverted reporting verb ("…,” said Democratic pollster Stan
   * Greenberg.", "…,” said one Trump confidant."), up to a comma, a full stop, a relative
   * pronoun or a preposition that starts an adjunct; its head as in phraseBeforeVerb, and
   * without a name only when opened by a determiner ("said the 46-year-old"): a bare lower-case
   * phrase after "said" is reported speech, not a speaker ("said talks would resume").
   */
  function phraseAfterVerb(p: number): TextSpan | null {
    const m = SLOT_NP.exec(text.slice(p, p + 120)) ?? LOWER_NAME_NP.exec(text.slice(p, p + 120));
    if (!m) return null;
    // Two titles coordinated before one name ("…,” said former Maine Gov. and party Chairman Ed
    // Rendell."): the name that closes the second part is the speaker, when the first part ends
    // in no name of its own (two names, "said Holm and Brekke", are two speakers: not here).
    const and = /^\s+and\s+/.exec(text.slice(p + m[1].length, p + m[1].length + 8));
    if (and && !byEnd.has(p + m[1].length)) {
      const q = p + m[1].length + and[0].length;
      const m2 = SLOT_NP.exec(text.slice(q, q + 120));
      const nm = m2 ? byEnd.get(q + m2[1].length) : undefined;
      if (nm && nm.type === 'person' && nm.start > q && /^\s*(?:[,.;:!?)—–]|$)/.test(text.slice(nm.end, nm.end + 3))) return { start: nm.start, end: nm.end, text: nm.text };
    }
    // The phrase must close the attribution: a word after it that is neither punctuation nor
    // an adjunct or relative clause makes it an object ("described the emotional impact as …").
    const cutAt = INVERTED_NP_CUT.exec(m[1]);
    // A relative clause of a person closes it too ("…,” wrote a Trump supporter who runs the
    // account …"): the phrase stopped at "who", which no object is followed by.
    if (!cutAt && !/^\s*(?:[,.;:!?)—–]|$)/.test(text.slice(p + m[1].length, p + m[1].length + 3)) && !/^\s+(?:who|whose)\s/.test(text.slice(p + m[1].length, p + m[1].length + 8))) return null;
    let np = cutAt ? m[1].slice(0, cutAt.index) : m[1];
    // A full stop after the phrase ends the sentence unless it ends a name ("Jr.").
    if (!byEnd.has(p + np.length)) np = np.replace(/[.’']+$/, '');
    if (!np) return null;
    const sp = headOf(p, np);
    if (!sp) return null;
    // A phrase that is no name must open with a determiner or a capital ("said one Trump
    // confidant", "said Small, who …"), and not be a day or month ("said Tuesday").
    if (sp.start === p && sp.end === p + np.length && !byStart.has(p) && (!(/^(?:an?|the|one|another)\s/i.test(np) || /^\p{Lu}/u.test(np)) || /^(?:\p{Lu}\p{Ll}+day|January|February|March|April|May|June|July|August|September|October|November|December)\b/u.test(np))) return null;
    return sp;
  }

  /** The name that ends the phrase `np` at `p` (before any "of …"), else the phrase as a description. */
  function headOf(p: number, np: string): TextSpan | null {
    // A person's name that ends the phrase heads it, whatever modifiers stand before it ("Fight
    // for $15 organizing director Kendall Fells": the group's name is a modifier).
    // Not when the name is the object of a preposition or a possessor in the phrase: after the
    // last preposition only capitalised words (titles) lead to it ("a spokesman for House
    // Speaker Paul Ryan" is the spokesman, "the mayor's aide Tom Bryne" is handled by its role).
    const last = byEnd.get(p + np.length);
    if (last && last.type === 'person' && last.start > p) {
      const lead = text.slice(p, last.start);
      // (every preposition: "downplayed his influence among Hispanics" gave the quote to
      // "Hispanics", the object of "among")
      const obj = /(?:\b(?:for|of|to|with|at|by|from|on|in|about|against|and|or|among|amongst|between|toward|towards|like|unlike|over|under|into|onto|upon|than|after|before|behind|beside|besides|near|across|within|without|amid|amidst|despite|during|via|per|through|throughout|around|beyond|inside|outside)|['’]s?)((?:\s+[\p{Lu}][\p{L}.’'-]*)*)\s+$/u.exec(lead);
      if (!obj) return { start: last.start, end: last.end, text: last.text };
    }
    // "John Smith of the Heritage Foundation": the head stands before the preposition.
    // Any preposition ends the head's phrase: "his influence among Hispanics" is no "Hispanics".
    const cut = /\s(?:of|for|from|at|with|familiar|in|on|among|amongst|between|toward|towards|into|onto|upon|over|under|across|against|about|after|before|behind|beyond|despite|during|within|without|amid|amidst|than|through|throughout|around|near)\s/.exec(np);
    const core = cut ? np.slice(0, cut.index) : np;
    const m = byEnd.get(p + core.length);
    if (m && m.start >= p && m.type !== 'place') {
      // "Texas-based Matt Mackowiak": a name at the end of the phrase heads it; "Iowa Democrat"
      // typed as a name with its modifiers is the whole phrase.
      return { start: m.start, end: m.end, text: m.text };
    }
    // A place or a possessive name before the head is a modifier: "a New Hampshire Republican", "American Action Forum’s Douglas Holtz-Eakin".
    if (!/^(?:an?|the|one|another|some|several|many|two|three)\s/i.test(np) && !/^\p{Lu}/u.test(np)) return null;
    const words = core.split(/\s+/);
    if (words.length < 2 && !/^\p{Lu}/u.test(core)) return null;
    // A pronoun is no head, nor is a bare determiner.
    if (PRONOUN_AT.test(core.toLowerCase()) && core.length <= 4) return null;
    return { start: p, end: p + np.length, text: np };
  }

  /** A speaker starting at `p`: a name (with its role), a pronoun, or a descriptive phrase. */
  function speakerAt(text: string, p: number): TextSpan | null {
    let m = byStart.get(p);
    // A place as a modifier ("South Carolina Democratic Party Chairman Jaime Harrison"): the
    // speaker is the name right after it.
    if (m && m.type === 'place' && text[m.end] === ' ') m = byStart.get(m.end + 1) ?? m;
    // "the Global Times wrote": an article before an organization's name.
    if (!m && /^[Tt]he\s/.test(text.slice(p, p + 4))) {
      const org = byStart.get(p + 4);
      if (org && org.type === 'organization') m = org;
    }
    if (m && (m.type === 'person' || m.type === 'organization' || m.type === 'other')) return { start: m.start, end: m.end, text: m.text };
    const head = text.slice(p, p + 80);
    const pr = PRONOUN_AT.exec(head);
    if (pr && pr[1] !== 'I' && pr[1] !== 'we') return { start: p, end: p + pr[1].length, text: pr[1] };
    let d = DESC_AT.exec(head);
    // A possessive is a determiner of the phrase it opens, not its head: "his lawyer", "the
    // group's president" (where the first head, "the group", is only the possessor). Read as
    // "A" padded to the same length, so the offsets stay the text's.
    const poss = /^(?:(?:his|her|their|its|His|Her|Their|Its)|(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+['’]s?)(?=\s)/u.exec(head);
    // Only a phrase that punctuation closes ("said his lawyer.", "said the group's president,
    // Bruce Turry"): after a verb, "his …" is more often its object ("portrayed his own party's
    // nominee as …").
    if (poss && (!d || /^['’]/.test(head.slice(d[1].length)))) {
      const dp = DESC_AT.exec('A' + ' '.repeat(poss[0].length - 1) + head.slice(poss[0].length));
      d = dp && /^\s*[,.;:!?]/.test(head.slice(dp[1].length)) ? dp : null;
    }
    if (d) {
      // The shortest match stops at the first head noun; a compound goes on ("a Clinton
      // campaign spokesman", "the editorial board").
      let end = d[1].length;
      for (let n = 0; n < 2; n++) {
        const more = HEAD_NEXT.exec(head.slice(end));
        if (!more) break;
        end += more[0].length;
      }
      return { start: p, end: p + end, text: head.slice(0, end) };
    }
    return null;
  }

  function speakerBefore(segStart: number, raw: string): { speaker: TextSpan; cue: string } | null {
    // A pair of dashes encloses a parenthetical as a pair of commas does ("Ruiz — who chairs the
    // board — said …", "Ruiz said — and Lee agreed — that …"): it ends no clause and its verbs
    // are not the sentence's. Blanked (same length, so offsets stay the text's).
    // A name alone between the dashes is an apposition ("The board's chairman — Tom Ruiz —
    // said"): only its dashes are blanked, so the name stays the verb's subject.
    const before = raw.replace(DASH_PAIR, (m: string, off: number) => {
      const open = /^\s(?:[—–]|--)\s/.exec(m)![0].length;
      const close = /\s(?:[—–]|--)\s$/.exec(m)![0].length;
      const inner = byStart.get(segStart + off + open);
      return inner && inner.type === 'person' && inner.end === segStart + off + m.length - close ? ' '.repeat(open) + m.slice(open, -close) + ' '.repeat(close) : ' '.repeat(m.length);
    });
    // "As Professor Foner put it: “…”", "As one aide said, “…”": the fronted "as" clause is the
    // attribution itself (a fixed frame of English), not an adverbial clause with its own topic;
    // its subject is the speaker of the quote right after it.
    const as = AS_FRAME.exec(before);
    if (as) {
      const p = segStart + as.index + as[0].length - as[0].trimStart().length + as[0].trimStart().indexOf(as[1]);
      const end = p + as[1].length;
      const m = byEnd.get(end);
      const sp = m && m.start >= p && m.type !== 'place' ? { start: m.start, end: m.end, text: m.text } : speakerAt(text, p);
      if (sp && sp.end === end) return { speaker: sp, cue: as[2] };
      if (!sp && DET_NP.test(as[1])) return { speaker: { start: p, end, text: as[1] }, cue: as[2] };
    }
    // The frame before a main clause that quotes a fragment: only when the rest up to the quote
    // is one clause without a reporting verb, quote mark or clause end of its own ("As Marsh
    // noted, Brekke said “…”" is Brekke's, found below).
    const asLead = AS_FRAME_LEAD.exec(before);
    if (asLead) {
      const rest = before.slice(asLead[0].length).replace(/["“‘']+\s*$/, '');
      VERB_RE.lastIndex = 0;
      CLAUSE_END.lastIndex = 0;
      if (rest.length <= 200 && !/["“”‘’;:]|''/.test(rest) && !VERB_RE.test(rest) && !CLAUSE_END.test(rest)) {
        const p = segStart + before.indexOf(asLead[1], asLead[0].search(/[Aa]s\s/));
        const end = p + asLead[1].length;
        const m = byEnd.get(end);
        const sp = m && m.start >= p && m.type !== 'place' ? { start: m.start, end: m.end, text: m.text } : speakerAt(text, p);
        if (sp && sp.end === end) return { speaker: sp, cue: asLead[2] };
        if (!sp && DET_NP.test(asLead[1])) return { speaker: { start: p, end, text: asLead[1] }, cue: asLead[2] };
      }
    }
    CLAUSE_END.lastIndex = 0;
    let clauseStart = 0;
    let c: RegExpExecArray | null;
    // Boundaries count only with words after them: trailing quote marks and spaces are not a clause.
    const contentEnd = before.replace(/["“‘'\s]+$/, '').length;
    while ((c = CLAUSE_END.exec(before))) if (c.index + c[0].length < contentEnd) clauseStart = c.index + c[0].length;
    // A fronted adverbial clause ("When Trump suggested that Cuba would sue, Rubio fired back:
    // “…”", "After Patrick asked about it, the Graysons became “agitated”") has its own subject
    // and verb; the quote belongs to the main clause after its comma.
    if (clauseStart === 0) {
      const sub = FRONTED_CLAUSE.exec(before);
      if (sub && sub[0].length < contentEnd) clauseStart = sub[0].length;
    }
    VERB_RE.lastIndex = clauseStart;
    const verbs: RegExpExecArray[] = [];
    let m: RegExpExecArray | null;
    // The verb list is matched in any case ("Murphy … Tweeted"), so a capitalised word of a name
    // can look like a verb: "States" in "The United States will not …" (the subject became "The
    // United"), "Reports" in "Consumer Reports". A capitalised match inside a name is no verb.
    // In a headline in title case ("Trump Says He Will …") the name layer may take the verb into
    // the end of a name; there the next word is capitalised too, and the verb is kept. A verb
    // inside a name, not at its end ("The United States Capitol Police announced"), never is.
    while ((m = VERB_RE.exec(before))) {
      const inName = /^\p{Lu}/u.test(m[0]) ? nameAround(segStart + m.index) : null;
      if (inName && (inName.end > segStart + m.index + m[0].length || /^\s+\p{Ll}/u.test(before.slice(m.index + m[0].length, m.index + m[0].length + 3)))) continue;
      verbs.push(m);
    }
    // "…, explained Rosenberg, “with this …”": the last verb, its speaker after it, then only
    // a comma or colon before the quote.
    const lastVerb = verbs[verbs.length - 1];
    // "a website called “Cape Breton If Donald Trump Wins”": a naming verb right before the quote
    // names a thing; nobody says the quoted words.
    // But with a name or a personal pronoun as its subject it is a finite verb whose subject
    // gives the words ("which Mr. Trump called ''a disgrace''", "Beck on Wednesday called …").
    if (lastVerb && /^(?:called|dubbed|titled|named|labeled|labelled|termed|branded)$/i.test(lastVerb[0]) && /^\s*$/.test(before.slice(lastVerb.index + lastVerb[0].length))) {
      if (/\b(?:so-|is|are|was|were|be|been|being)\s*$/i.test(before.slice(0, lastVerb.index))) return null;
      const named = subjectOf(segStart, before, lastVerb);
      return named && (byStart.has(named.speaker.start) || /^(?:he|she|they)$/i.test(named.speaker.text)) ? named : null;
    }
    if (lastVerb) {
      const at = segStart + lastVerb.index + lastVerb[0].length;
      const lead = /^\s*/.exec(before.slice(lastVerb.index + lastVerb[0].length))![0].length;
      // Only where no subject stands before the verb (after a comma or at the sentence start):
      // in "Trump told CNN: “…”" the name after the verb is its object.
      // A participle ("…, saying he “…”") is never inverted, and an inverted speaker is a name
      // or a description, not a pronoun (English writes "he said", not "said he").
      // And not after an apposition: in "Steve Huhn, a former HP vice president, said Fiorina
      // “was …”" the name after the verb is the subject of the reported clause.
      const inverted = /(?:^|,)\s*$/.test(before.slice(0, lastVerb.index)) && !/ing$/.test(lastVerb[0]) && canInvert(lastVerb[0]) && !hasPersonBetween(segStart + clauseStart, segStart + lastVerb.index);
      const found = lead > 0 && inverted ? speakerAt(text, at + lead) : null;
      const sp = found && !PRONOUN_AT.test(found.text.toLowerCase()) ? found : null;
      if (sp && sp.end <= segStart + before.length && /^\s*[,:]?\s*$/.test(text.slice(sp.end, segStart + before.length))) return { speaker: sp, cue: lastVerb[0] };
    }
    // "Becerra sought to clarify his argument that “…”", "… by FBI Director James Comey's
    // conclusion that her actions were “extremely careless”": a noun of saying or judging with
    // its complement clause carries the speech as a verb would, and its possessor is the
    // speaker. Only when it stands after every reporting verb of the clause (nearest the
    // quote) and nothing between it and the quote ends the clause or opens another quote.
    const noun = lastMatch(SPEECH_NOUN, before.slice(clauseStart));
    // The quote must stand in that "that" clause, right after its verb ("… that her actions
    // were “…”"), not after the clause, as the main clause's predicate ("Rubio's claim that Cruz
    // is in favor of … is “simply not true”": Frazier's words) or an adjunct ("describing Mr.
    // Obama's statement that he opposed the war as “…”"): at most three words after the
    // clause's first finite verb, or the quote right after "that".
    const complement = noun ? before.slice(clauseStart + noun.index + noun[0].length).replace(/["“‘']+\s*$/, '') : '';
    const cw = complement.split(/\s+/).filter(Boolean);
    const fin = cw.findIndex((w) => /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do|\p{Ll}{3,}ed)$/u.test(w));
    const inComplement = fin < 0 ? cw.length <= 2 : cw.length - fin - 1 <= 3;
    if (noun && inComplement && noun.index + clauseStart >= (verbs.length ? verbs[verbs.length - 1].index + verbs[verbs.length - 1][0].length : 0) && !/["“”;]/.test(complement)) {
      const at = segStart + clauseStart + noun.index;
      if (noun[1]) {
        // "his argument": the person the sentence is about, when it opens with one.
        const o = opener(segStart, noun[3]);
        if (o && o.speaker.end <= at) return o;
      } else {
        const m = byEnd.get(at + noun[2].length);
        if (m && (m.type === 'person' || m.type === 'organization')) return { speaker: { start: m.start, end: m.end, text: m.text }, cue: noun[3] };
      }
    }
    // The closest reporting verb with a subject wins ("Lavrov reaffirmed that Moscow offered …").
    for (let k = verbs.length - 1; k >= 0; k--) {
      // A verb inside an adverbial clause that a comma has closed before the quote ("Clinton
      // said that when Warren railed against Wall Street, “she is speaking for all of us”")
      // speaks for that clause only.
      const upTo = before.slice(clauseStart, verbs[k].index);
      // The main clause may open with the quote itself ("…, ''she is speaking …''") when the
      // adverbial clause goes on after its verb; a verb right before the comma introduces the
      // quote itself ("when she said, “…”").
      if (/\b(?:when|while|if|after|before|because|although|though|since|once|until|unless)\b[^,;]*$/i.test(upTo) && (/,\s+\p{L}/u.test(before.slice(verbs[k].index)) || /^(?:\s+[^\s,]+){4,}\s*,\s*["“‘']*\s*$/.test(before.slice(verbs[k].index + verbs[k][0].length)))) continue;
      // A verb of a relative clause that has ended before the quote, as the main clause's verb
      // follows ("Cruz insisted that Republicans who refused to rule out a draft … were “nuts”"):
      // the quote is the main clause's, not the relative clause's.
      // A non-restrictive relative clause (", who said …") cannot end without a comma, so with
      // no comma after its verb the quote is still inside it ("Ruiz attacked Lee, who said the
      // plan was “…”": Lee's words).
      if (/(?<!,\s*)\b(?:who|which)\s+(?:\p{Ll}+ly\s+)?$/u.test(upTo) && /^(?:(?!\bthat\b)[^,"“”])*\s(?:is|are|was|were|has|have|had|will|would)\s/.test(before.slice(verbs[k].index + verbs[k][0].length))) continue;
      gerundOfObject = false;
      const found = subjectOf(segStart, before, verbs[k]);
      if (found) {
        const outer = outerReporter(segStart, before, verbs, k, found);
        // Nested, and the outer subject is not found ("Republicans on the council seized on
        // the memo, arguing that it showed “bad faith”"): the words are the outer speaker's
        // report, whom we cannot name; the inner subject would be the wrong level (here an
        // "it"). No speaker rather than the wrong one.
        if (outer === NESTED_UNKNOWN) return null;
        return outer ?? found;
      }
      if (gerundOfObject) return null;
    }
    return null;
  }

  /**
   * Reported speech inside reported speech: "Rep. Israel said Clinton called on members to be
   * “closely coordinated”", "Obama said he expected that Americans will say “no”", "Mr. Ross said
   * Mr. Obama had told Jewish leaders that … “no daylight”". The quote stands in the complement
   * clause of an earlier reporting verb of the same clause; the marks record the words of the
   * person the reporter heard, the subject of that outer verb, who reports the inner speaker in
   * their own words (the way attribution corpora mark the source of such a quote, and the reading
   * that does not credit the inner person with words only the outer one is known to have said).
   * A "he"/"she" subject of the inner verb is most often the outer subject itself ("Obama said
   * he …"), so the outer subject is also the safer speaker for a pronoun.
   * Only a complement: between the outer verb and the inner subject no quote, no relative or
   * adverbial clause ("Trump, who said …, called", "X praised the plan, which Y called “…”",
   * "X hit back after Y called him “…”"), at most a "that" and a short object or adjunct; a
   * naming verb ("called", "dubbed") takes no clause and is never outer.
   */
  function outerReporter(segStart: number, before: string, verbs: RegExpExecArray[], k: number, inner: { speaker: TextSpan; cue: string }): { speaker: TextSpan; cue: string } | typeof NESTED_UNKNOWN | null {
    const innerAt = inner.speaker.start - segStart;
    // A relative pronoun's antecedent is no complement clause's subject: in "Trump attacked
    // Clinton, who said the plan was “…”" and "Clinton responded to Trump, who had called her
    // “…”" the relative clause says what that person said, and the main verb's subject reports
    // nothing of it.
    if (/^\s*(?:\([^()]{1,30}\)\s*)?,?\s*(?:who|whom|which)\b/.test(text.slice(inner.speaker.end, inner.speaker.end + 40))) return null;
    // Nor is the object of a verb of praise or blame with "for" + gerund ("Trump mocked Clinton
    // for saying …"): the gerund's subject is that object, and no clause is reported.
    if (/^\s+for\s+\p{L}+ing\b/u.test(text.slice(inner.speaker.end, inner.speaker.end + 40))) return null;
    // Unless the inner speaker's words are given as direct speech: a verb of speaking with at most
    // a short object, then the quote ("Pike said a caller told the dispatcher “there is a man
    // with a gun”", "the clip in which a woman is heard saying: “…”"). The marks then record
    // what the inner person said; the outer subject only reports it. With "that" the speech is
    // indirect and the words may be the outer speaker's own, which is the case above.
    // The outer subject is then where the article has the words from: the quote's `via`.
    const direct = DIRECT_SPEECH_VERB.test(verbs[k][0]) && DIRECT_OBJECT_ONLY.test(before.slice(verbs[k].index + verbs[k][0].length));
    for (let j = 0; j < k; j++) {
      const v = verbs[j];
      const vEnd = v.index + v[0].length;
      if (vEnd > innerAt || /^(?:called|calls|calling|dubbed|named|titled|labeled|labelled|termed|branded|described|describes|describing|quoted|cited|citing|according)$/i.test(v[0])) continue;
      const between = before.slice(vEnd, innerAt);
      if (between.length > 150 || /["“”‘’]|\n/.test(between)) continue;
      // "what it calls" is a free relative: a noun phrase of the outer clause, not its complement.
      if (/\b(?:who|whom|whose|which|what|where|when|while|if|after|before|because|although|though|since|as|until|unless|once|and|but|or)\b/i.test(between)) continue;
      const outer = subjectOf(segStart, before, v);
      if (direct) {
        if (outer && outer.speaker.end <= segStart + v.index) directOuter = outer.speaker;
        return null;
      }
      if (!outer || outer.speaker.end > segStart + v.index) {
        // An inner "it" ("…, arguing that it showed “bad faith”") is a thing, not a speaker: the
        // words are the outer subject's, whom we could not find. (Any inner subject given no
        // speaker here was tried: on PolNeAR dev 2 wrong removed for 10 right lost, since a
        // person as inner subject is often the corpus's source too.)
        if (/^it$/i.test(inner.speaker.text)) return NESTED_UNKNOWN;
        continue;
      }
      if (innerActOfSpeech(segStart, before, verbs[k], inner)) {
        directOuter = outer.speaker;
        return null;
      }
      return outer;
    }
    return null;
  }

  /**
   * A reported act of speech of a named person inside an outer report ("Brekke said that Marr
   * called the plan “a disaster”", "Brekke said Marr had described the levy as “…”"): the inner
   * verb is a finished act of speaking or naming (a past tense, not a modal, future or
   * infinitive: "said Americans will say “no”" is the outer speaker's forecast) whose subject is
   * a name of the article (not a pronoun, which most often is the outer speaker himself: "Obama
   * said he expected …"). The marks then record the named person's words, which the outer
   * speaker only relays: the speaker is the inner person, the outer one the quote's `via`, as
   * for "according to X" and direct speech inside reported speech. Credited to the outer
   * speaker, one outlet's "Brekke said that Marr called it “a disaster”" and another's "Marr
   * called it “a disaster”" would name two speakers for one quote: a false speaker conflict.
   */
  function innerActOfSpeech(segStart: number, before: string, verb: RegExpExecArray, inner: { speaker: TextSpan; cue: string }): boolean {
    if (!INNER_SPEECH_ACT.test(verb[0])) return false;
    // "called on members to be …", "called for": a call to act, not a naming whose words the
    // marks hold; the quote there may be the outer speaker's summary (left to the outer reading).
    if (/^\s+(?:on|for|off|up|out|in|upon)\b/.test(before.slice(verb.index + verb[0].length)) && /^call/i.test(verb[0])) return false;
    // A participle between the inner verb and the quote ("Cardin said that Republicans rejected
    // his attempts, calling it an “…”") has a subject of its own to find: not this reading.
    if (/,\s+\p{Ll}+ing\b/u.test(before.slice(verb.index + verb[0].length))) return false;
    // The quote must stand in the inner verb's own complement: a coordinated clause, a relative or
    // an adverbial clause between them ("Brekke said that Marr announced the plan and that it was
    // “a disaster”", "… asked the board to approve the plan, which was “…”") starts words the
    // outer reporter may say in his own voice; they are left to the outer reading.
    if (/[;—–]|\b(?:and|but|or|yet|while|whereas|although|though|because|which|who|whom|whose|where|when|after|before|since|until|unless|if|whether)\b/i.test(before.slice(verb.index + verb[0].length))) return false;
    const lead = before.slice(0, verb.index);
    // A modal, future or infinitive before the verb ("will say", "would call", "to describe"):
    // a forecast or a plan, not a reported act.
    if (/\b(?:will|would|could|might|may|should|must|shall|to|can)\s+(?:\p{Ll}+\s+)?$/iu.test(lead) && !/\b(?:had|has|have)\s+$/.test(lead)) return false;
    // A denied, negated, doubted or supposed act is no act the inner person is known to have done
    // ("Brekke denied that Marr called the plan “a disaster”", "said it was untrue that …",
    // "asked whether Marr had called …", "said that if Marr called …"): the words are left to
    // the outer reading rather than put in the mouth of someone the sentence says did not say them.
    if (/\b(?:den(?:y|ies|ied|ying|ial)|disput\w*|refut\w*|reject\w*|dismiss\w*|rebut\w*|contest\w*|not|never|no|untrue|false|wrong|incorrect|baseless|whether|if|unless|nobody|neither|nor)\b|n['’]t\b/i.test(lead)) return false;
    const m = byStart.get(inner.speaker.start);
    return !!m && m.end === inner.speaker.end && (m.type === 'person' || m.type === 'organization') && !PRONOUN_AT.test(inner.speaker.text.toLowerCase()) && segStart + verb.index >= inner.speaker.end;
  }

  function subjectOf(segStart: number, before: string, last: RegExpExecArray): { speaker: TextSpan; cue: string } | null {
    const cue = last[0];
    const raw = before.slice(0, last.index);
    // "“…,” said Raffaello Pantucci, director of …, “but it is …”": a verb right after a closed
    // quote is that quote's attribution, inverted; the speaker follows the verb.
    // Only after a quote that opens the sentence: in "Clinton, whom Trump has called “crooked,”
    // said the plan was “…”" the closed quote is a fragment inside the subject's relative
    // clause, the verb is the subject's, and "the plan" opens the reported clause.
    // (Its opening mark is the first thing of the stretch, or before it: the sentence splitter
    // may cut a quote at its "?".)
    // (Two apostrophes close a quote too, in the outlets that write them for a double mark.)
    const closedQuote = /(?:(?:["”’]|'')\s*,?|,\s*(?:["”’]|''))\s*$/.exec(raw);
    if (closedQuote && /^[\s(]*(?:["“‘]|'')?(?:(?!'')[^"“”‘])*$/.test(raw.slice(0, closedQuote.index)) && !/ing$/.test(cue) && canInvert(cue)) {
      const at = segStart + last.index + cue.length;
      const lead = /^\s*/.exec(text.slice(at, at + 10))![0].length;
      const sp = speakerAt(text, at + lead);
      return sp && !PRONOUN_AT.test(sp.text.toLowerCase()) ? { speaker: sp, cue } : null;
    }
    let seg = raw;
    // A participle after a comma (", calling him …") opens a clause of its own: the comma is
    // not the end of an apposition, so the fillers are not stripped ("In a press conference,
    // Trump launched an attack, calling him …" keeps its comma and finds Trump).
    // A fragment quoted at the end of the clause keeps the participle's comma ("Kerpen needled
    // the “reporter,” saying, “…”"): the closing mark around the comma is the fragment's, and
    // the participle is still the clause's; the mark is dropped from the stretch read here.
    const markComma = /(?:,\s*(?:["”’]|'')|(?:["”’]|'')\s*,)\s*$/;
    const participle = /ing$/i.test(cue) && (/,\s*$/.test(raw) || markComma.test(raw));
    if (participle) seg = seg.replace(markComma, ',');
    let fill = participle ? null : FILLERS.exec(seg);
    if (fill) seg = seg.slice(0, fill.index);
    seg = seg.replace(/\s+$/, '');
    // "Kasich is telling a crowd …", "Trump has been insisting that …": an auxiliary makes the
    // -ing form a finite verb (progressive), whose subject stands before the auxiliary.
    let progressive = false;
    if (/ing$/i.test(cue) && !participle) {
      // A passive of perception is the same ("a 911 call in which a woman is heard saying: “…”",
      // "the senator was caught telling donors …"): the one heard speaking is the subject.
      const aux = /\s+(?:(?:is|are|was|were|am)(?:\s+(?:now|still|also|again))?|(?:has|have|had)\s+been|will\s+be|(?:(?:is|are|was|were|can\s+be|could\s+be)\s+(?:clearly\s+)?(?:heard|seen|caught|overheard|recorded|filmed|shown|captured|videotaped)))$/.exec(seg);
      if (aux) {
        progressive = true;
        seg = seg.slice(0, aux.index);
        fill = FILLERS.exec(seg);
        if (fill) seg = seg.slice(0, fill.index);
        seg = seg.replace(/\s+$/, '');
      }
    }
    // "Weaver, who said …", "the Associated Press, which notes": a relative pronoun speaks for the name it follows.
    const rel = /,?\s*\b(?:who|which)$/.exec(seg);
    if (rel) {
      const m = byEnd.get(segStart + rel.index);
      if (m) return m.type !== 'place' ? { speaker: { start: m.start, end: m.end, text: m.text }, cue } : null;
      // "the Associated Press report, which notes, “…”": a description before the comma.
      const head = seg.slice(0, rel.index);
      const d = /,/.test(rel[0]) ? DESC_RE.exec(head) : null;
      const desc = d ? trimDescription(d[1]) : null;
      return desc && /^(?:[Tt]he|[Aa]n?)\s/.test(desc) ? { speaker: { start: segStart + rel.index - desc.length, end: segStart + rel.index, text: desc }, cue } : null;
    }
    const segEnd = segStart + seg.length;
    // "X, a close ally of Y, visited the site and said …", "Sanders compared himself to
    // Clinton, saying, …": the subject of a coordinated verb or of a participle clause is the
    // subject of the sentence, the person (or "he"/"she") who opens it.
    if (/,$/.test(seg) && /ing$/.test(cue) && !progressive) {
      // "Lewandowski added, saying …": the participle's subject is that of the verb it follows.
      // The verb may carry the time or setting of the speech before the comma ("…, Mayorkas said
      // Thursday, saying the US has …", "Smith said in a statement, adding …"): an adjunct of
      // the verb, so the participle is still that verb's subject's, not the sentence opener's.
      const plainSeg = seg.slice(0, -1);
      const adj = VERB_ADJUNCT_END.exec(plainSeg);
      const verbSeg = adj ? plainSeg.slice(0, adj.index) : plainSeg;
      const prevVerb = VERB_AT_END.exec(verbSeg.slice(-40));
      if (prevVerb) {
        const v = Object.assign([prevVerb[0]], { index: verbSeg.length - prevVerb[0].length, input: before }) as unknown as RegExpExecArray;
        const found = subjectOf(segStart, before, v);
        if (found) return { speaker: found.speaker, cue };
      }
      // Not across a relative or subordinate clause: in "Clinton spoke near the Taj Mahal, where
      // about 50 protesters had gathered, chanting …" the protesters chant.
      // A subordinator counts only with a verb of its own after it: "Trump went after Bush,
      // calling him …" has a preposition, and the participle is still Trump's.
      if (/\b(?:where|who|whom|which)\b/i.test(seg)) return null;
      const sub = /\b(?:that|when|after|because|if|while|as|before|since)\b(?![\s\S]*\b(?:that|when|after|because|if|while|as|before|since)\b)([\s\S]*)$/i.exec(seg);
      if (sub && /\b(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do|\p{Ll}{2,}ed)\b/u.test(sub[1])) return null;
      if (ISSUED_DOCUMENT.test(plainSeg)) return issuer(segStart, cue, plainSeg);
      // A clause of its own coordinated after a comma ("A timeline was not laid out, but Austin
      // directed a rapid pace, telling …"): the participle goes on from that clause, whose
      // subject opens after the conjunction (a capital, a determiner or a pronoun there; "…, and
      // then attacked Bush, calling …" coordinates verbs of one subject and is passed over).
      // (A time fronted in that clause is no part of its subject: "…, but the next day the
      // harbour master returned, saying …", "…, and on Tuesday Brekke returned, saying …".)
      const coordinated = lastMatch(/,\s+(?:and|but|yet|so|while|whereas)\s+(?:(?:the\s+)?(?:next|following|same|previous)\s+(?:day|morning|afternoon|evening|night|week|month|year)|(?:a|one)\s+(?:day|week|month|year)\s+later|on\s+\p{Lu}\p{Ll}+day|(?:hours|days|weeks|minutes)\s+later|later|then|meanwhile|afterwards)\s*,?\s+(?=\p{Lu}|(?:the|a|an|he|she|they|his|her|their)\s)|,\s+(?:and|but|yet|so|while|whereas)\s+(?=\p{Lu}|(?:the|a|an|he|she|they|his|her|their)\s(?!(?:next|following|same|previous)\s+(?:day|morning|afternoon|evening|night|week|month|year)\b))/gu, plainSeg);
      if (coordinated) return opener(segStart + coordinated.index + coordinated[0].length, cue, true, true);
      // The sentence's subject may be an organization ("The Ferry Foundation declined to
      // comment, telling the Gazette it is focused on “…”", "Republicans on Capitol Hill seized
      // on the message, arguing …"): a participle after the comma shares whatever subject the
      // main clause has, as an issued statement's participle does (issuer above).
      return opener(segStart, cue, true, true);
    }
    // "Ruiz was quick to point out that …", "Ruiz is expected to say, “…”", "Ruiz continued to
    // insist …": the infinitive of a subject-control predicate shares the sentence's subject
    // (an object between, "urged Lee to say", is the infinitive's subject instead: not here).
    if (SUBJECT_CONTROL.test(seg)) {
      const o = opener(segStart, cue);
      return o && !hasPersonBetween(o.speaker.end, segEnd) ? o : null;
    }
    // "…, but told his supporters, “…”", "She followed that by saying, “…”": a verb without a
    // subject of its own shares the sentence's.
    // "upon" with a gerund is the same temporal adjunct as "after" ("Holm drew boos upon saying,
    // “…”"): its subject is the main clause's.
    if (/\b(?:and|but|yet|or|by|before|after|while|when|upon)$/.test(seg)) return opener(segStart, cue);
    // A participle without a comma modifies the noun before it ("a report suggesting …",
    // "Bush calling Reagan's policies …"): that noun is not the reporter's speaker.
    // But an absolute construction names the participle's subject itself: "…, with Sen. John
    // McCain calling it a “Chinese menu”", "with Trump saying “…”".
    if (/ing$/.test(cue) && !progressive) {
      // "The town released a statement Wednesday saying …", "Holm and Ruiz issued a report
      // charging the board with “…”": a document its subject issues speaks in the issuer's
      // words, so the participle after it (comma or not) is the issuer's, the sentence subject.
      if (ISSUED_DOCUMENT.test(seg)) return issuer(segStart, cue, seg);
      const m = byEnd.get(segEnd);
      if (m && (m.type === 'person' || m.type === 'organization') && /\bwith\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, (m.role?.start ?? m.start) - 10), m.role?.start ?? m.start))) return { speaker: { start: m.start, end: m.end, text: m.text }, cue };
      // "Trump mocked Clinton for saying she would “…”", "Clinton slammed Trump for calling
      // Mexicans “…”": after a verb of praise or blame, "for" + gerund tells what its object did,
      // and the object is the gerund's subject. A name right before "for" is that speaker;
      // any other object ("mocked her for saying") leaves the words to nobody here, and no
      // earlier verb's subject (the one who blames) said them.
      if (/\sfor$/.test(seg)) {
        const o = byEnd.get(segEnd - 4);
        if (o && (o.type === 'person' || o.type === 'organization') && /^\s+for$/.test(text.slice(o.end, segEnd))) return { speaker: { start: o.start, end: o.end, text: o.text }, cue };
        gerundOfObject = true;
      }
      return null;
    }
    // "…, Mike Murphy, praised …": an apposition that is a name is the subject itself.
    const appo = /,\s*$/.exec(raw.replace(/\s+$/, ''));
    if (appo) {
      const nm = byEnd.get(segStart + appo.index);
      // The name's role may be the description before the comma ("A Trump spokeswoman, Hope
      // Hicks, said": the role reaches back over the comma), so the comma may stand before the
      // name itself too.
      if (nm && nm.type === 'person' && (/,\s*$/.test(text.slice(Math.max(0, (nm.role?.start ?? nm.start) - 3), nm.role?.start ?? nm.start)) || (nm.role && nm.role.start < nm.start && /,\s*$/.test(text.slice(Math.max(0, nm.start - 3), nm.start))))) return { speaker: { start: nm.start, end: nm.end, text: nm.text }, cue };
    }
    let mention = byEnd.get(segEnd);
    // A name inside a relative clause is not the main verb's subject: in "Mr. Slinker, whose
    // start-up, Paradata, sells data, said …" FILLERS took the clause's last comma-part and left
    // its apposition "Paradata" at the end. With a relative pronoun opened after a comma before
    // the name, and no clause end between, the subject is the relative clause's antecedent, the
    // name that opens the sentence (tried below), or nobody.
    // Only when an apposition after the name was taken (the stretch before the verb ends in a
    // comma): "…, which have given …, Microsoft promised" and "which Mr. Trump called" have the
    // verb's own subject after the relative clause or inside it.
    let inRelative = false;
    if (mention && /,\s*$/.test(raw)) {
      const upTo = seg.slice(0, (mention.role?.start ?? mention.start) - segStart);
      if (/,\s*(?:who|whose|whom|which)\b[^;:.!?"“”—–]*$/.test(upTo)) {
        inRelative = true;
        mention = undefined;
      }
    }
    // A name inside a restrictive relative clause of the subject is that clause's object, not
    // the main verb's subject: in "The officials who met Holm said the plan was “…”" the
    // officials speak, and Holm is whom they met. A subject relative ("who"/"which" then a verb,
    // no comma, quote or clause end to the name); not an object relative, whose own subject
    // follows the pronoun ("the plan, which Holm called “…”", "the man who the board said …").
    // The subject is then the described head before the pronoun when it opens the clause,
    // else nobody: no speaker rather than the person the subject acted on.
    if (mention && !inRelative) {
      const upTo = seg.slice(0, (mention.role?.start ?? mention.start) - segStart);
      // (Not an interrogative after a preposition, "the debate over who supported which bill
      // that Christie said …", nor across a "that" clause.)
      let relAt = /(?<!(?:,|\b(?:over|about|on|of|to|for|as|at|with|by|from|in))\s*)\b(?:who|which)\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|he|she|they|we|i|you|it|one)\b)(?:\p{Ll}+ly\s+)?\p{Ll}[\p{L}'’-]*(?:\s+[^\s,;:"“”—–]+){0,8}\s+$/u.exec(upTo);
      // (Nor across a subordinate clause's opening: in "She wondered who leaked the memo until
      // Holm said …" Holm speaks, and no speaker here fell back to "She".)
      if (relAt && /\b(?:until|after|before|when|while|whereas|because|since|unless|if|once|although|though)\b/.test(upTo.slice(relAt.index))) relAt = null;
      if (relAt && !/[,;:"“”—–]|\bthat\b/.test(upTo.slice(relAt.index))) {
        // With an apposition after the clause taken off ("Senator Shelby, the Alabama Republican
        // who heads the Banking Committee, which oversees the Fed, said"), the subject is the
        // name that opens the sentence, as for a relative clause after a comma (below).
        if (/,\s*$/.test(raw)) {
          inRelative = true;
          mention = undefined;
        }
      }
      if (mention && relAt && !/[,;:"“”—–]|\bthat\b/.test(upTo.slice(relAt.index))) {
        const head = upTo.slice(0, relAt.index).replace(/\s+$/, '');
        const d = DESC_RE.exec(head);
        const desc = d ? trimDescription(d[1]) : null;
        const dStart = desc ? segStart + head.length - desc.length : -1;
        if (desc && /^[\s"“]*(?:(?:But|And|So|Yet|Meanwhile|However)\b,?\s+)?$/.test(text.slice(segStart, dStart))) return { speaker: { start: dStart, end: dStart + desc.length, text: desc }, cue };
        return null;
      }
    }
    // The object of a preposition is not the verb's subject ("Another intelligence source
    // speaking to Fox News said …"); after "of", "from" or "at" it is the affiliation of the name
    // before it, which is the subject ("John Smith of the Heritage Foundation said").
    if (mention) {
      const from = mention.role?.start ?? mention.start;
      let prep = /\b(to|with|by|for|of|from|at|on|in|about|against)\s+(?:the\s+)?$/i.exec(text.slice(Math.max(0, from - 20), from));
      // A coordination is one object of the preposition before its first name ("A letter signed
      // by Holm and Voss called …": neither signer is the subject), read as a single name is.
      if (!prep) {
        const co = /\s+and\s+$/.exec(text.slice(Math.max(segStart, from - 8), from));
        const first = co ? byEnd.get(from - co[0].length) : undefined;
        const f0 = first ? (first.role?.start ?? first.start) : -1;
        const p0 = first && (first.type === 'person' || first.type === 'organization') ? /\b(with|by|for|to|of|from|at|about|against)\s+(?:the\s+)?$/i.exec(text.slice(Math.max(segStart, f0 - 20), f0)) : null;
        // (Not when a name stands before that preposition in the clause: "Lind met with the
        // council and Marr said …" coordinates two clauses: Marr speaks, not nobody.)
        const pre0 = p0 ? f0 - p0[0].length : -1;
        const namedBefore = p0 ? mentions.some((x) => x.start >= segStart && x.end <= pre0 && (x.type === 'person' || x.type === 'organization')) : false;
        if (p0 && !namedBefore && /^(?:by|with|against|about|for|to)$/i.test(p0[1])) return null;
      }
      // "Speaker of the House Rep. Paul Ryan said", "Secretary of State John Kerry said": "of"
      // after a capitalised role word is part of the name's title, not a preposition whose
      // object the name is.
      if (prep && /^of$/i.test(prep[1])) {
        const title = /(\p{Lu}\p{Ll}+)\s+of\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, from - 40), from));
        if (title && ROLE_HEADS.has(title[1].toLowerCase())) prep = null;
      }
      if (prep) {
        const head = /^(?:of|from|at)$/i.test(prep[1]) ? byEnd.get(from - prep[0].length - 1) : undefined;
        if (head && head.type !== 'place' && text[from - prep[0].length - 1] === ' ') return { speaker: { start: head.start, end: head.end, text: head.text }, cue };
        // "A spokesman for Holm said …", "an adviser to Holm told …": the name is the object of
        // "for"/"to" after a described person, and that person is the subject: the whole phrase
        // is the speaker, a description (who speaks for Holm is not Holm; resolution keeps it
        // unnamed). Only a described head opened by a determiner or possessive, the phrase
        // opening its clause, so "Smith wrote to Holm" or "the vote for Holm" stay as they were.
        if (/^(?:for|to)$/i.test(prep[1]) && mention.type === 'person') {
          const pre = text.slice(segStart, from - prep[0].length).replace(/\s+$/, '');
          const d = DESC_RE.exec(pre);
          const desc = d ? trimDescription(d[1]) : null;
          const dStart = desc ? segStart + pre.length - desc.length : -1;
          if (desc && /^(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s/.test(desc) && /^[\s"“]*(?:(?:But|And|So|Yet|Meanwhile|However)\b,?\s+)?$/.test(text.slice(segStart, dStart)) && /^\s*$/.test(text.slice(mention.end, segEnd))) {
            return { speaker: { start: dStart, end: mention.end, text: text.slice(dStart, mention.end) }, cue };
          }
        }
        // "Another intelligence source speaking to the Gazette said …": the name is the object
        // of "to" in a participle of speaking that modifies the described subject before it;
        // that description is the subject, as above, opening its clause.
        if (/^to$/i.test(prep[1])) {
          const pre = text.slice(segStart, from - prep[0].length).replace(/\s+$/, '');
          const part = /\s(?:speaking|talking|writing)$/.exec(pre);
          const d = part ? DESC_RE.exec(pre.slice(0, part.index)) : null;
          const desc = d ? trimDescription(d[1]) : null;
          const dStart = desc ? segStart + part!.index - desc.length : -1;
          if (desc && /^(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s/.test(desc) && /^[\s"“]*(?:(?:But|And|So|Yet|Meanwhile|However)\b,?\s+)?$/.test(text.slice(segStart, dStart)) && /^\s*$/.test(text.slice(mention.end, segEnd))) {
            return { speaker: { start: dStart, end: dStart + desc.length, text: desc }, cue };
          }
        }
        // A place after a preposition may close an apposition whose subject opens the sentence
        // ("Clinton, during a town hall meeting in Columbus, Ohio, said"): tried below.
        if (mention.type !== 'place') return null;
      }
    }
    if (mention && mention.type !== 'place') {
      // "Holm and Ruiz said in a joint statement …": a coordinated subject speaks together; the
      // last name alone would credit Ruiz with words another outlet may give to Holm (a false
      // speaker conflict). The whole coordination is the speaker, a description of two people
      // that no single name resolves.
      const from = mention.role?.start ?? mention.start;
      // Only a coordination that opens the clause (alone or after an introductory phrase and
      // its comma): in "Coulter said Trump should deport Haley, and Trump later called …" the
      // first name is an object.
      const co = /\s+and\s+$/.exec(text.slice(Math.max(segStart, from - 8), from));
      const first = co ? byEnd.get(from - co[0].length) : undefined;
      const s0 = first ? (first.role?.start ?? first.start) : -1;
      if (first && (first.type === 'person' || first.type === 'organization') && s0 >= segStart && /^(?:[\s"“]*(?:(?:But|And|So|Yet|Meanwhile|However)\b,?\s+)?|[^,;:"“”]{0,80},\s*)$/.test(text.slice(segStart, s0))) {
        return { speaker: { start: s0, end: mention.end, text: text.slice(s0, mention.end) }, cue };
      }
      return { speaker: { start: mention.start, end: mention.end, text: mention.text }, cue };
    }
    // "Rich Heffley, a top … operative who played a major role in …, and is now running …,
    // said": a name that opens the sentence and is followed by a comma, then a verb right
    // after a comma: everything between is apposition and relative clause, however many
    // commas it has (FILLERS takes one).
    // (A place may end the stripped apposition: "Clinton, during a town hall meeting in
    // Columbus, Ohio, said …" — it is inside the apposition, not the subject.)
    // A party tag may stand before the comma ("Gov. John Kasich (R-OH), said").
    // A relative clause may end in a fragment it quotes ("Clinton, whom Trump has called
    // “crooked,” said …"): its closing mark stands around the comma, and the fragment is the
    // relative clause's, so one closed quote is allowed there.
    const relQuote = /,\s*(?:["”’]|'')\s*$/.test(raw);
    if ((!mention || mention.type === 'place') && (/,\s*$/.test(raw) || relQuote) && raw.length <= 320) {
      const o = opener(segStart, cue);
      const m = o ? byStart.get(o.speaker.start) : undefined;
      if (o && m && m.type === 'person' && /^\s*(?:\([^()"“”]{1,30}\)\s*)?,/.test(text.slice(o.speaker.end, o.speaker.end + 34))) {
        const rest = raw.slice(o.speaker.end - segStart);
        CLAUSE_END.lastIndex = 0;
        const quoted = relQuote && /^\s*,\s*(?:who|whom|whose|which)\b[^"“”;]*["“][^"“”;]*,\s*["”]\s*$/.test(rest);
        if ((quoted || !/["“”;]/.test(rest)) && !CLAUSE_END.test(rest.replace(/,\s*(?:["”’]|'')?\s*$/, ''))) return { speaker: o.speaker, cue };
      }
    }
    // (the name inside the relative clause is nobody's subject: no description or pronoun of
    // that clause is either)
    if (inRelative) return null;
    const pr = PRONOUN_END.exec(seg);
    if (pr) return { speaker: { start: segEnd - pr[1].length, end: segEnd, text: pr[1] }, cue };
    // "Another said", "Yet another said", "Several said": a quantifier standing alone as the
    // subject is an elliptic description ("another [respondent]"): an unnamed speaker.
    const qn = /(?:^|[.;:]\s+|^(?:Yet|And|But)\s+)((?:[Aa]nother|[Oo]thers|[Ss]everal|[Mm]any|[Ss]ome|[Mm]ost|[Oo]ne|[Bb]oth))$/.exec(seg);
    if (qn) return { speaker: { start: segEnd - qn[1].length, end: segEnd, text: qn[1] }, cue };
    const d = DESC_RE.exec(seg);
    if (d) {
      const desc = trimDescription(d[1]);
      // The object of a preposition is no subject ("… and in a statement credited him for
      // “…”"): as for names above.
      const prepBefore = desc ? /\b(?:in|to|with|by|for|of|from|at|on|about|against)\s+$/i.test(seg.slice(Math.max(0, seg.length - desc.length - 12), seg.length - desc.length)) : false;
      if (desc && !prepBefore) return { speaker: { start: segEnd - desc.length, end: segEnd, text: desc }, cue };
    }
    // "The former pollster said", "Another commenter said": a noun phrase opened by a
    // determiner that is all the sentence has before its verb is the verb's subject, whatever
    // its head noun (the head list above cannot know every "commenter" and "employee").
    const lead = /^[\s"“]*(?:(?:But|And|So|Yet|Still|Meanwhile|However)\b,?\s+)?/.exec(seg)![0].length;
    const intro = compiledOnce(INTRO).exec(seg.slice(lead));
    const subj = seg.slice(lead + (intro ? intro[0].length : 0));
    // Also a bare plural opening the sentence ("Critics said", "Residents told …"): news
    // writing drops the determiner of a group of sources. "Police" and "People" are plurals
    // without the -s ("Police said the man was “armed and dangerous”").
    // After an introductory phrase the determiner is in lower case ("In a press release, the
    // committee said: “…”"): the same subject, read with its first letter raised.
    // Not a comment clause set off by commas ("When teased …, a relative said, he pointed at his
    // heart and replied: “…”"): words after its comma are the main clause, whose own subject
    // speaks.
    const lowerAfterIntro = intro !== null && !/^\s*,\s*[^\s"“'‘]/.test(before.slice(last.index + cue.length));
    const np = DET_NP.exec(lowerAfterIntro ? subj.replace(/^(?:the|a|an|another|one|his|her|their|its)(?=\s)/, (w) => w[0].toUpperCase() + w.slice(1)) : subj) ?? /^(\p{Lu}\p{Ll}{2,}s|Police|People)$/u.exec(subj);
    // A naming verb names a thing when the quote follows it ("a website called “…”"), but with
    // an object between ("The union called the plan “…”") it is the subject's judgement.
    const naming = /^(?:called|calls|calling|labelled|labeled|branded|termed|dubbed|described|describes|describing)$/i.test(cue);
    // (a short object: at most four words, none a verb or a preposition that goes on, "A band
    // called Sophistafunk got the crowd to cheer for “…”" names the band)
    const objWords = before.slice(last.index + cue.length).replace(/["“‘']+\s*$/, '').trim().split(/\s+/).filter(Boolean);
    const objectBetween = objWords.length > 0 && objWords.length <= 4 && !objWords.some((w) => /^(?:got|gets|is|was|were|are|has|had|to|for|and|or|but|\p{Ll}+ed)$/u.test(w));
    if (np && !/ly$/.test(np[1]) && HAND_VERB_SET.has(cue.toLowerCase()) && (!naming || objectBetween)) return { speaker: { start: segEnd - np[1].length, end: segEnd, text: text.slice(segEnd - np[1].length, segEnd) }, cue };
    return null;
  }

  /**
   * True when the text from `from` to the opening mark `open` is only a short introductory
   * phrase and its comma ("Now, ''within the business community …''", "Unless rivals quit
   * the race, ''it's very difficult …''"): the quote is the main clause of its sentence, and a
   * reporter who splits a speaker's words with such a phrase goes on quoting the same speaker
   * (rule 4). Only a phrase opened by an adverb, preposition or subordinator (INTRO_LEAD: a
   * lead opened by a noun could be a subject, "The crowd chanted, “…”"), with no person named
   * in it, no reporting verb and no quote mark.
   */
  function introLead(from: number, open: number): boolean {
    const lead = text.slice(from, open);
    if (lead.length > 90 || !INTRO_LEAD.test(lead) || /["“”‘’]/.test(lead.replace(/["“‘']+\s*$/, ''))) return false;
    VERB_RE.lastIndex = 0;
    return !VERB_RE.test(lead) && !hasPersonBetween(from, open);
  }

  /** The name the mention layer found (of any type) that `pos` lies inside, if any. */
  function nameAround(pos: number): Mention | null {
    const k = lowerBound(names, pos + 1);
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (names[j].start <= pos && pos < names[j].end) return names[j];
    return null;
  }

  /**
   * True when every person named between `from` and `to` (inside a "that" clause) is the subject
   * of a linking verb or "have" (after an apposition between commas, a possessive noun phrase of
   * up to three words, or "and"/"or" and another person) or of the quoted predicate itself, so
   * the clause says what they are or do, not what they said (see fragmentSubject).
   */
  function clausePersonsAreTopics(from: number, to: number): boolean {
    for (let k = lowerBound(persons, from); k < persons.length && persons[k].start < to; k++) {
      let rest = text.slice(persons[k].end, to);
      if (/^\s+(?:and|or)\s/.test(rest) && k + 1 < persons.length && persons[k + 1].start === persons[k].end + /^\s+(?:and|or)\s+/.exec(rest)![0].length) continue;
      rest = rest.replace(/^,[^,]{1,80},/, '');
      // A possessive: the noun phrase it opens is the subject ("Brekke's new plan was …").
      const poss = /^['’]s?((?:\s+[\p{Ll}-]+){1,3})/u.exec(rest);
      // (Nothing between the person and the quote: the quoted words are the person's predicate,
      // in the subject's report: "Valdt groused that Marr “never listens”".)
      let linked = /^\s*$/.test(rest) || LINKING_AFTER_SUBJECT.test(rest);
      for (let w = poss ? poss[1].trim().split(/\s+/).length : 0, at = poss ? poss[0].length : 0; !linked && w > 0; w--) {
        linked = LINKING_AFTER_SUBJECT.test(rest.slice(at));
        at = rest.lastIndexOf(' ', at - 1);
        while (at > 0 && /\s/.test(rest[at - 1])) at--;
      }
      if (!linked) return false;
    }
    return true;
  }

  /** True when a person is named between `from` and `to`. */
  function hasPersonBetween(from: number, to: number): boolean {
    const k = lowerBound(persons, from);
    return k < persons.length && persons[k].start < to;
  }

  /** The person, or "he"/"she", that opens the sentence starting at `segStart`. */
  /**
   * The issuer of the document `seg` ends with (ISSUED_DOCUMENT): the sentence's subject, a
   * person, organization or description, cut before the verb of issuing. Not across a relative
   * or subordinate clause before that verb, whose subject would be another's.
   */
  function issuer(segStart: number, cue: string, seg: string): { speaker: TextSpan; cue: string } | null {
    const at = ISSUED_DOCUMENT.exec(seg)!.index;
    if (/\b(?:who|whom|which|where|that|when|after|because|if|while|since|and|or)\b|[;:"“”]/i.test(seg.slice(0, at))) return null;
    const o = opener(segStart, cue, true, true);
    if (!o || o.speaker.start >= segStart + at) return null;
    if (o.speaker.end <= segStart + at) return o;
    const t = text.slice(o.speaker.start, segStart + at).replace(/[\s,]+$/, '');
    return t ? { speaker: { start: o.speaker.start, end: o.speaker.start + t.length, text: t }, cue } : null;
  }

  function opener(segStart: number, cue: string, organizations = false, described = false): { speaker: TextSpan; cue: string } | null {
    const head = text.slice(segStart, segStart + 240);
    // The subject stands at the sentence start, or after a linking word and one introductory
    // phrase ("Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling
    // him …"; "In an incendiary press conference, Trump launched …").
    // A linking word may take a second, lower-case one ("And then Trump went on the attack,
    // saying …", "But now Holm says …"): both only link the sentence to the one before.
    const plain = /^[\s"“]*(?:(?:But|And|So|Yet|Still|Now|Then|Meanwhile|However|Instead|Later|Earlier|Also)\b,?\s+(?:(?:then|now|still|also|later|instead|again)\b,?\s+)?)?/.exec(head)![0].length;
    // Any other short phrase before a comma ("Eight years ago, he supported …") is tried last,
    // only when nothing opens the sentence itself.
    const intro = compiledOnce(INTRO).exec(head.slice(plain)) ?? SHORT_INTRO.exec(head.slice(plain));
    // A second adverbial phrase may follow the first before the subject ("On Thursday, after
    // remaining neutral through the primaries, Warren endorsed Clinton, saying …"): a time and
    // then a circumstance is the common order of English fronted adverbials.
    const intro2 = intro ? SECOND_INTRO.exec(head.slice(plain + intro[0].length)) : null;
    const skips = intro ? [plain, plain + intro[0].length] : [plain];
    if (intro && intro2) skips.push(plain + intro[0].length + intro2[0].length);
    for (const skip of skips) {
      const p = segStart + skip;
      const rest = text.slice(p, p + 120);
      // After an introductory phrase the pronoun is lower-case ("In Concord, he referred to …").
      // After a linking word too ("Then he cut into Bush, calling him …").
      const pr = (skip === 0 || (skip === plain && !/\p{L}/u.test(head.slice(0, plain))) ? /^(He|She)\b/ : /^(He|She|he|she)\b/).exec(rest);
      if (pr) return { speaker: { start: p, end: p + pr[1].length, text: pr[1] }, cue };
      // "The Illinois Board of Elections was …": an article before an organization's name.
      const the = organizations && /^[Tt]he\s/.test(rest) ? byStart.get(p + 4) : undefined;
      const m = byStart.get(p) ?? (the && the.type === 'organization' ? the : undefined);
      // A possessive is no subject ("Trump's campaign said"): its head noun is. Nor is a name
      // that only modifies a description head after it ("The Florida senator", "the Harbour
      // Board spokesman"): the description below is the subject.
      if (m && (m.type === 'person' || (organizations && m.type === 'organization')) && !/^['’]s?\b/.test(text.slice(m.end, m.end + 2)) && !(m.type === 'organization' && HEAD_NEXT.test(text.slice(m.end, m.end + 40)))) return { speaker: { start: m.start, end: m.end, text: m.text }, cue };
      // "The billionaire businessman began by …, saying …": a definite description as subject.
      const d = DESC_AT.exec(rest);
      if (d && /^[Tt]he\s/.test(d[1]) && !/^['’]s?\b|^\s+(?:of|for)\b/.test(rest.slice(d[1].length))) return { speaker: { start: p, end: p + d[1].length, text: d[1] }, cue };
      // For a participle's subject, an indefinite or possessive description as well ("A Clinton
      // campaign official later walked back the comments, saying …", "Ryan's campaign shrugged
      // off …, telling reporters, “…”"): the participle's subject is the main clause's, whatever
      // kind of phrase that is.
      // A possessive pronoun is a determiner too ("His chief aide doubled down …, saying …"):
      // read as "A" padded to the same length, so the offsets stay the text's.
      const dp = described && !d ? DESC_AT.exec(rest.replace(/^(?:His|Her|Its|Their)(?=\s)/, (w) => 'A' + ' '.repeat(w.length - 1))) : null;
      const dd = d ?? dp;
      if (described && dd && !/^[Tt]he\s/.test(dd[1])) {
        // A compound goes on past its first head ("A Clinton campaign official").
        let end = dd[1].length;
        // ("Lazar's public defense counsel": one modifier may stand before the next head).
        for (let n = 0; n < 2; n++) {
          const next = HEAD_NEXT.exec(rest.slice(end));
          // (not a verb: "A spokesman stood firm" is no "spokesman … firm"; a finite verb ends in
          // -ed or -s, or is one of the commonest irregular pasts)
          const mid = next ? null : /^\s+(?!(?:stood|held|took|made|gave|came|went|ran|won|lost|kept|left|put|set|hit|sent|told|said|wrote|spoke|led|met|saw|got|had|was|is)\b)\p{Ll}[\p{L}-]*(?<!ed|s|ing)(?![\p{L}-])/u.exec(rest.slice(end));
          const after = mid ? HEAD_NEXT.exec(rest.slice(end + mid[0].length)) : null;
          if (next) end += next[0].length;
          else if (mid && after) end += mid[0].length + after[0].length;
          else break;
        }
        if (!/^['’]s?\b|^\s+(?:of|for)\b/.test(rest.slice(end))) return { speaker: { start: p, end: p + end, text: rest.slice(0, end) }, cue };
      }
      // For a participle's subject, a noun phrase opened by a capitalised determiner that a
      // finite verb follows, whatever its head ("The conservative publication has been
      // outspoken …, arguing he is “…”", "One operative inside the tower tried to …, saying"):
      // the head lists cannot know every noun, and the participle's subject is the main
      // clause's. At most four words, none a function word; the verb an auxiliary, a past in
      // -ed or a present in -s.
      if (described && !dd) {
        const np = /^((?:The|A|An|One|Another|This)(?:[ \t]+(?!(?:is|are|was|were|has|have|had|will|would|and|or|but|that|which|who|of|for|in|on|at|to|with|from|by)\b)[\p{Ll}\p{Lu}][\p{L}’'-]*){1,4}?)(?=\s+(?:(?:also|then|later|quickly|has|have|had|is|are|was|were|will|would)\s+)?(?:has|had|is|was|\p{Ll}{3,}ed|\p{Ll}{3,}s)\b)/u.exec(rest);
        if (np && !/(?:ly|ing)$/.test(np[1])) return { speaker: { start: p, end: p + np[1].length, text: np[1] }, cue };
      }
    }
    return null;
  }
}

/**
 * True when `lead` (the quote's sentence before its opening mark) is blank, or only the
 * participle of a reporting verb ("Adding, “…”", "And continuing: “…”"): a participle without a
 * subject of its own shares that of the sentence before, whose speaker then goes on (rule 4).
 */
const INTRO_LEAD = /^[\s*•\-–—]*(?:Now|Still|But|And|So|Yet|Then|Unless|If|Although|Though|Because|Even|Otherwise|Instead|Indeed|Moreover|However|Ultimately|Meanwhile|In|On|At|For|With|Without|After|Before|Since|Until|When|While|Once|Today|Tonight|Yesterday|Later|Earlier|Eventually|Finally|Overall|Besides|Plus|Of\s+course|As\s+for)\b[^,;:.!?"“”]{0,70},\s*["“‘']*\s*$/u;

function opensOrParticiple(lead: string): boolean {
  // A closing mark alone counts as blank: written after a space ("… say so. ” “This was …"),
  // the sentence splitter leaves it at the start of the next sentence, but it closes the quote
  // before, and the sentence is still only the new quote.
  if (/^[\s*•\-–—]*(?:(?:[”"]|'')\s+)?$/.test(lead)) return true;
  const m = /^[\s*•\-–—]*(?:(?:And|Then|Later)\s+)?(\p{L}{3,}ing)\s*[,:]\s*$/u.exec(lead);
  return m !== null && VERB_AT_END.test(m[1].toLowerCase());
}

/**
 * Verbs that take a direct object ("thanked Obama", "told CNN", "called him", "accused Trump")
 * never invert with their subject: after them a name is the object, not the speaker, so only
 * the other reporting verbs ("said Putin", "added Rosenberg", "wrote the Journal") are read
 * VERB SPEAKER.
 */
/**
 * A noun phrase right after a verb, read as its object: a determiner or possessive pronoun, or a
 * capitalised word that is no day, month or time word (those time the verb: "responded Tuesday").
 */
const OBJECT_AFTER_VERB = /^\s+(?:(?:the|a|an|his|her|their|its|this|these|those)\s|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Today|Tonight|Yesterday)\b)\p{Lu}\p{L})/u;
const TRANSITIVE = /^(?:told|tells|tell|thanked|praised|praises|accused|accuses|urged|urges|called|calls|described|describes|welcomed|welcomes|hailed|hails|condemned|condemns|criticised|criticized|criticizes|criticises|dismissed|rejected|labelled|labeled|branded|termed|dubbed|quoted|cited|expressed|voiced|highlighted|blasted|slammed|attacked|mocked|questioned|likened|compared|thanks|invited|reminded|assured|promised|congratulated|pressed|credited|blamed|chided|scolded|lambasted|derided|ridiculed|defended|endorsed)$/i;
function canInvert(verb: string): boolean {
  return !TRANSITIVE.test(verb);
}

/**
 * A descriptive speaker as matched before its verb, cut to the noun phrase: from its last
 * determiner or possessive ("His office put out a statement" → "a statement"); without one,
 * only capitalised modifiers ("White House officials") or the bare head ("officials") — a
 * lower-case word without a determiner is a verb or an object, not part of the speaker.
 */
function trimDescription(t: string): string | null {
  const words = t.split(/\s+/);
  for (let i = words.length - 2; i >= 0; i--) if (DETERMINERS.has(words[i].toLowerCase()) || /['’]s$/.test(words[i])) return words.slice(i).join(' ');
  let i = words.length - 1;
  while (i > 0 && /^\p{Lu}/u.test(words[i - 1])) i--;
  return words.slice(i).join(' ');
}

/** The sentence containing `pos`, or the last one before it; null if none. */
function sentenceAt(sentences: Sentence[], pos: number): Sentence | null {
  const i = sentenceIndex(sentences, pos);
  return i >= 0 ? sentences[i] : null;
}

/** End of the sentence that continues after a closing mark (to the paragraph end at most). */
function sentenceEndAfter(sentences: Sentence[], pos: number, paraEnd: number): number {
  const s = sentenceAt(sentences, pos);
  if (!s || s.end <= pos) {
    // The closing mark ended a sentence: attribution may follow in the next one ("….” Putin said).
    const k = lowerBound(sentences, pos);
    const next = k < sentences.length ? sentences[k] : undefined;
    return next ? Math.min(next.end, paraEnd) : paraEnd;
  }
  return Math.min(s.end, paraEnd);
}

/**
 * Full quote: it opens the sentence (or follows "X said:") and nothing but an attribution
 * follows it. One- and two-word quotes are always partial (scare quotes, key words).
 */
function isPartial(text: string, start: number, end: number, before: string, after: string, attributedAfter: boolean): boolean {
  const words = text.slice(start, end).split(/\s+/).filter(Boolean).length;
  if (words <= 2) return true;
  const opensSentence = /^[\s*•\-–—]*$/.test(before) || /:\s*$/.test(before);
  if (!opensSentence) return true;
  if (attributedAfter) return false;
  // The quote ends its own sentence ("… over.”): nothing of the reporter's follows in it.
  if (/[.!?…]$/.test(text.slice(start, end))) return false;
  return !/^[\s.!?]*$/.test(after.split(/(?<=[.!?])\s/)[0] ?? '');
}

/**
 * `s` with each abbreviation's period that ends no sentence replaced by a letter (same length):
 * a single capital's ("U.S. edition", "John F. Kennedy") and a short title's or street word's
 * ("Mr.", "St."), before a space and a letter. For finding a phrase's sentence end.
 */
function maskAbbreviations(s: string): string {
  return s.replace(/(?<![\p{L}])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Mt|Ft|Jr|Sr)\.(?=\s\p{L})/gu, (a) => `${a.slice(0, -1)}x`);
}

/**
 * A short attribution sentence: up to four capitalised words, a verb of saying, up to four words
 * and the sentence end, with no quote opening after it (which it would introduce instead:
 * "Tomas Brekke, a pilot, told the board. “We lose …”"). Read on at most 120 characters.
 */
const WRAPPED_ATTRIBUTION = /^(?:\p{Lu}[\p{L}.'’-]*\s){1,4}(?:said|says|added|told\s\p{Ll}+)(?:\s[\p{L}\d]+){0,4}[.!?](?!\s*["“‘'])/u;

/** Whether `phrase` holds `words` as whole words (case-folded): "the Marr account" holds "Marr"; "the meeting" does not hold "he". */
function containsWords(phrase: string, words: string): boolean {
  const p = ` ${phrase.toLowerCase().replace(/[^\p{L}\p{N}'’.-]+/gu, ' ')} `;
  const w = words.toLowerCase().replace(/[^\p{L}\p{N}'’.-]+/gu, ' ').trim();
  return w.length > 0 && p.includes(` ${w} `);
}
