/**
 * Who a speaker is: resolves the speaker a quote's attribution names ("Sharaa", "he", "the
 * mayor") to a person or organization of the article. Owns the sex of persons (titles, given
 * names, the pronouns the article uses for them) and pronoun resolution.
 *
 * Built once per article, so that each quote costs binary searches and a few map look-ups, not a
 * scan of every mention: articles with hundreds of quotes stay linear.
 */
import type { Mention, Sentence, TextSpan } from '../core/schema.js';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './lexicon/given-names.js';
import { ROLE_HEADS } from './lexicon/persons.js';
import { nameKey } from './mentions.js';
import type { Paragraphs, RawQuote } from './quote-marks.js';

export type SpeakerKind = 'name' | 'pronoun' | 'description';
type Sex = 'm' | 'f';

/** Gendered titles and role nouns: "Mr.", "Ms.", "spokeswoman", "congressman". */
const MALE_TITLES = /^(?:mr\.?|sir|lord|king|prince|sheikh|father|brother|spokesman|actor|chairman|businessman|congressman|husband|son|boyfriend|uncle)$/;
const FEMALE_TITLES = /^(?:ms\.?|mrs\.?|miss|mme\.?|madam|dame|lady|queen|princess|sister|spokeswoman|actress|chairwoman|businesswoman|congresswoman|wife|daughter|girlfriend|aunt|first\s+lady)$/;
const MALE_NAMES = new Set(MALE_GIVEN_NAMES.split(' ').filter(Boolean));
const FEMALE_NAMES = new Set(FEMALE_GIVEN_NAMES.split(' ').filter(Boolean));

export const PRONOUN_AT = /^(he|she|they|we|I|it)\b/;
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'that', 'and', 'but', 'of', 'in']);
/**
 * "Sanders said he would …", "Clinton told reporters that she …": the pronoun right after a
 * person's reporting verb is that person, so it tells the person's sex when neither a title
 * nor the given name does (the evidence of earlier pronouns).
 */
const PRONOUN_AFTER_VERB = /^\s+(?:said|says|told\s+\S+|added|argued|insisted|noted|explained|claimed|acknowledged|wrote|believes|thinks|hopes|vowed|warned)\s+(?:that\s+)?(he|she|his|her)\b/i;
/**
 * What may open a sentence before its subject: quote marks, a conjunction or linking adverb,
 * and one short introductory phrase ending in a comma ("On Tuesday, Trump said …").
 */
const SUBJECT_LEAD = /^[\s"“”‘’'(*•–—-]*(?:(?:But|And|So|Yet|Still|Now|Then|Meanwhile|However|Instead|Later|Earlier|Also|Afterward|Afterwards)\b,?\s+)?(?:[^,.;:!?"“”\n]{1,40},\s+)?$/;
/** What may open a sentence before a described subject: quote marks, a linking word. */
const DESCRIBED_LEAD = /^[\s"“”‘’'(*•–—-]*(?:(?:But|And|So|Yet|Still|Meanwhile|However|Later|Earlier|Also)\b,?\s+)?/;
/**
 * Singular heads of a described person: the role nouns of the person lexicon (singular ones) and
 * the nouns news uses for unnamed speakers.
 */
const PERSON_HEADS = [
  // Plurals out ("officials"): a plural subject is no "he" or "she"; "actress", "boss" stay.
  ...[...ROLE_HEADS].filter((w) => /^[a-z-]+$/.test(w) && !/[^s]s$/.test(w)),
  'source', 'insider', 'staffer', 'strategist', 'operative', 'consultant', 'executive', 'assistant', 'witness', 'resident',
  'man', 'woman', 'person', 'member', 'friend', 'neighbor', 'neighbour', 'supporter', 'critic', 'voter', 'activist', 'observer',
  'businessman', 'businesswoman', 'organizer', 'organiser', 'employee', 'worker', 'veteran', 'delegate',
]
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  .join('|');
/**
 * A described person opening a sentence as its subject: a determiner or a possessive, at most
 * four modifiers, a person head not followed by a possessive ("The mayor's office" is an office)
 * nor by a name in apposition ("His opponent, Hillary Clinton, won …": the name is the subject,
 * and its sex is known).
 */
const DESCRIBED_PERSON = new RegExp(
  String.raw`^((?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?!(?:He|She|It|That|There|What|Who|Here|This|Let)['’])\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[\p{L}.’'-]+\s+){0,4}?(${PERSON_HEADS}))(?![\p{L}’'-])(?!,?\s+\p{Lu})`,
  'u',
);
/** Kinship roles in lower case (a capitalised "Mother" or "Father" is a title): a relative of someone. */
const KIN_ROLE = /^(?:daughter|son|wife|husband|mother|father|brother|sister|niece|nephew|cousin|uncle|aunt|widow|widower|grandson|granddaughter|grandmother|grandfather|stepson|stepdaughter|stepmother|stepfather|child|twin|(?:ex-|former\s+)?(?:wife|husband))$/;
const HE = /\b[Hh]e\b/;
const SHE = /\b[Ss]he\b/;
/** How far back a pronoun looks for its person: the sentences of this and the previous paragraph, at most this many. */
const PRONOUN_SENTENCES_BACK = 6;

/**
 * Name and role mentions of an article, indexed for speaker resolution. `raw` (the article's
 * quotes) marks which mentions stand inside quoted words: a name inside a quote is not an
 * antecedent for the reporter's "he".
 */
export class SpeakerIndex {
  /** Longest written form of each person, by the name key of the last word. */
  private readonly longest = new Map<string, string>();
  /** Sex of each person key from titles and given names; '?' where its forms disagree (Bill and Hillary Clinton). */
  private readonly sexOfKey = new Map<string, Sex | '?'>();
  /** Distinct roles (lower case) and the people who hold them. */
  private readonly roles = new Map<string, Set<string>>();
  /** Person mentions outside quotes, in text order. */
  private readonly free: Mention[] = [];

  constructor(
    private readonly text: string,
    private readonly mentions: Mention[],
    private readonly sentences: Sentence[],
    private readonly paragraphs: Paragraphs,
    private readonly raw: readonly RawQuote[],
  ) {
    // A person "The Ohio" or "A Clinton" is the name typer's mistake (a capitalised article
    // taken into the name): never a speaker's antecedent.
    const persons = mentions.filter((m) => m.type === 'person' && !/^(?:The|A|An)\s/.test(m.text));
    // For each surname: a multi-word form beats a single word, then the form the article uses
    // most, then the longer, then the first.
    const uses = new Map<string, number>();
    for (const p of persons) uses.set(p.text, (uses.get(p.text) ?? 0) + 1);
    const rank = (t: string): number => (t.includes(' ') ? 1e6 : 0) + uses.get(t)! * 1000 + t.length;
    // A relative introduced by a kinship role ("Mrs. Holt said her daughter Anna Holt …", "Holt
    // and his wife, Maria Holt, …") shares the surname of the person already named: the surname
    // alone goes on naming that person, not the relative, so the relative's full name is not
    // its full form when the surname was used before the relative came in (it stays the
    // surname, unexpanded, if no other full form exists: no name rather than the wrong one).
    const firstOfKey = new Map<string, number>();
    for (const p of persons) if (!firstOfKey.has(personKey(p.text))) firstOfKey.set(personKey(p.text), p.start);
    // (By name: the relative's later mentions without the role are the relative too.)
    const relative = new Set<string>();
    for (const p of persons) {
      if (p.text.includes(' ') && p.role && KIN_ROLE.test(p.role.text) && firstOfKey.get(personKey(p.text))! < p.start) relative.add(p.text);
    }
    for (const p of persons) {
      const key = personKey(p.text);
      if (relative.has(p.text)) continue;
      const cur = this.longest.get(key);
      if (cur === undefined || rank(p.text) > rank(cur)) this.longest.set(key, p.text);
      const sex = sexOfMention(p) ?? appositiveSex(text, p);
      if (sex) {
        const known = this.sexOfKey.get(key);
        this.sexOfKey.set(key, known === undefined || known === sex ? sex : '?');
      }
    }
    // Earlier pronouns: only for persons that neither a title nor a given name settles.
    const votes = new Map<string, Sex | '?'>();
    for (const p of persons) {
      const key = personKey(p.text);
      if (this.sexOfKey.has(key)) continue;
      const pr = PRONOUN_AFTER_VERB.exec(text.slice(p.end, p.end + 60));
      if (!pr) continue;
      const sex: Sex = /^(?:he|his)$/i.test(pr[1]) ? 'm' : 'f';
      const v = votes.get(key);
      votes.set(key, v === undefined || v === sex ? sex : '?');
    }
    for (const [k, v] of votes) this.sexOfKey.set(k, v);
    for (const p of persons) {
      if (!p.role) continue;
      const role = p.role.text.toLowerCase();
      if (!this.roles.has(role)) this.roles.set(role, new Set());
      this.roles.get(role)!.add(this.longest.get(personKey(p.text)) ?? p.text);
    }
    // Persons and quotes are both in text order: one sweep marks who stands inside a quote.
    let r = 0;
    for (const p of persons) {
      while (r < raw.length && raw[r].close < p.end) r++;
      const inside = r < raw.length && p.start > raw[r].open && p.end <= raw[r].close;
      if (!inside) this.free.push(p);
    }
  }

  /**
   * A full name stays itself ("Gene Hansbrough" is not "Tyler Hansbrough"); a surname alone
   * becomes the full form of that surname the article uses most ("Hansbrough" → "Tyler
   * Hansbrough"), else the longest.
   */
  canonical(m: Mention): string {
    if (m.text.includes(' ')) return m.text;
    return this.longest.get(personKey(m.text)) ?? m.text;
  }

  /**
   * The canonical name for "he"/"she": a surname alone is not expanded to a full form whose
   * given name is of the other sex ("Lazar … he" is not "Gabriela Lazar").
   */
  private canonicalOfSex(m: Mention, sex: Sex): string {
    const full = this.canonical(m);
    if (full === m.text) return full;
    const given = full.slice(0, full.indexOf(' ')).toLowerCase();
    const other = sex === 'm' ? FEMALE_NAMES : MALE_NAMES;
    return other.has(given) ? m.text : full;
  }

  /** How the speaker is written: a name mention, a pronoun, or a description. */
  kindOf(sp: TextSpan): SpeakerKind {
    const at = lowerBound(this.mentions, sp.start);
    if (at < this.mentions.length && this.mentions[at].start === sp.start && this.mentions[at].end === sp.end) return 'name';
    return PRONOUN_AT.test(sp.text.toLowerCase()) && sp.text.length <= 4 ? 'pronoun' : 'description';
  }

  /** The person or organization a speaker stands for, or null when the article does not say for sure. */
  resolve(sp: TextSpan): string | null {
    const text = this.text;
    const at = lowerBound(this.mentions, sp.start);
    const direct = at < this.mentions.length && this.mentions[at].start === sp.start && this.mentions[at].end === sp.end ? this.mentions[at] : null;
    if (direct) return direct.type === 'person' ? this.canonical(direct) : direct.text;
    const lower = sp.text.toLowerCase();
    if (lower === 'he' || lower === 'she') return this.resolvePronoun(sp.start, lower === 'he' ? 'm' : 'f');
    if (PRONOUN_AT.test(lower) && lower.length <= 4) return null;
    // A description containing a name as its agent: "a statement released by … SANA", "a
    // statement from the Harbour Board". A name
    // that only modifies the head is someone else: "Assad's former aide" is not Assad, "a
    // Clinton campaign spokesman" is not Clinton.
    let inside: Mention | null = null;
    for (let k = at; k < this.mentions.length && this.mentions[k].start < sp.end; k++) {
      const m = this.mentions[k];
      if (m.end <= sp.end && m.type !== 'place' && !/^['’]s?\b/.test(text.slice(m.end, m.end + 2)) && /\b(?:by|from)\b/.test(text.slice(sp.start, m.start))) inside = m;
    }
    if (inside) return inside.type === 'person' ? this.canonical(inside) : inside.text;
    // A phrase that ends in a person's name is that person: the last word heads an English noun
    // phrase, and the words before are its modifiers ("Ferry for All organizing director Greta
    // Mills", "columnist Tom Bryne"). Not when a preposition or a possessive stands right before
    // the name ("a spokesman for Greta Mills", "the mayor's aide Tom Bryne" is handled by the
    // mention's own role; "a friend of Greta Mills" is someone else).
    let head: Mention | null = null;
    for (let k = at; k < this.mentions.length && this.mentions[k].start < sp.end; k++) if (this.mentions[k].end === sp.end && this.mentions[k].start > sp.start) head = this.mentions[k];
    if (head && head.type === 'person' && !/(?:\b(?:for|of|to|with|at|by|from|on|in|about|against|and|or)|['’]s?)\s+$/i.test(text.slice(sp.start, head.role?.start ?? head.start))) return this.canonical(head);
    // A description matching exactly one person's role: "Syrian president", "the mayor".
    // An indefinite description ("a minister", "one official") is someone not named.
    const words = lower.split(/\s+/).filter((w) => !FUNCTION_WORDS.has(w));
    if (words.length === 0 || /^(?:an?|one|another|some|several|many|two|three)\s/.test(lower)) return null;
    const patterns = words.map((w) => new RegExp(`(?:^|[^\\p{L}])${escapeRe(w)}(?:$|[^\\p{L}])`, 'u'));
    const names = new Set<string>();
    for (const [role, holders] of this.roles) if (patterns.every((re) => re.test(role))) for (const n of holders) names.add(n);
    if (names.size === 1) return [...names][0];
    // Several roles contain the words, and exactly one person holds the role written as the
    // description is ("the president" with "President Joe Biden" and "Russian President Vladimir
    // Putin"): a bare title is the person who bears it bare; a modifier ("Russian") is what
    // would single out the other.
    const exact = this.roles.get(words.join(' '));
    return names.size > 1 && exact !== undefined && exact.size === 1 ? [...exact][0] : null;
  }

  /**
   * A person described (not named) as the subject opening the sentence from `from` to `to`
   * ("A senior official said …", "The president's spokesman told …"): the name it resolves to
   * (a role one person of the article holds), else null for an unnamed person; undefined when
   * the sentence opens with no described person, or with one of the other sex ("A spokeswoman
   * said …" is not "he").
   */
  private describedSubject(from: number, to: number, sex: Sex): string | null | undefined {
    const seg = this.text.slice(from, Math.min(to, from + 200));
    const lead = DESCRIBED_LEAD.exec(seg)![0].length;
    // Quoted words are no subject of the reporter's sentence ("“He’s the founder …,” he said").
    if (/["“”‘’']/.test(seg.slice(0, lead)) || this.inQuote(from + lead)) return undefined;
    const d = DESCRIBED_PERSON.exec(seg.slice(lead));
    if (!d) return undefined;
    const head = d[2].toLowerCase();
    if ((sex === 'm' ? FEMALE_TITLES : MALE_TITLES).test(head)) return undefined;
    const at = from + lead;
    const name = this.resolve({ start: at, end: at + d[1].length, text: d[1] });
    // A definite description refers back ("The Ohio governor said …" is the governor named
    // before): unresolved, the search goes on to the names further back. An indefinite or
    // possessive one brings in someone new ("A spokesman", "His lawyer", "Trump's aide"): an
    // unnamed person, never the possessor.
    if (name === null && /^[Tt]he\s/.test(d[1])) return undefined;
    return name;
  }

  /**
   * True when an indefinite description of a person ("a reporter", "an aide", "one voter") not
   * of sex `other` stands between `from` and `to` outside quoted words.
   */
  private indefiniteBetween(from: number, to: number, other: Sex): boolean {
    if (to - from > SENTENCE_WINDOW) from = to - SENTENCE_WINDOW;
    const re = new RegExp(INDEFINITE_PERSON.source, 'gu');
    const seg = this.text.slice(from, to);
    for (let m = re.exec(seg); m; m = re.exec(seg)) {
      // An apposition or list item after a comma describes a name already there ("Rep. Lee
      // Zeldin of New York, a Trump supporter, said …"): nobody new.
      if (this.inQuote(from + m.index) || /,\s*$/.test(seg.slice(Math.max(0, m.index - 3), m.index))) continue;
      if ((other === 'f' ? FEMALE_TITLES : MALE_TITLES).test(m[1].toLowerCase())) continue;
      return true;
    }
    return false;
  }

  /** The text from `from` to `to` with the article's quoted words blanked (same length). */
  private withoutQuotes(from: number, to: number): string {
    let t = this.text.slice(from, to);
    // The first quote that closes at or after `from` (quotes are in text order).
    let lo = 0;
    let hi = this.raw.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.raw[mid].close < from) lo = mid + 1;
      else hi = mid;
    }
    let r = lo;
    for (; r < this.raw.length && this.raw[r].open < to; r++) {
      const a = Math.max(from, this.raw[r].open) - from;
      const b = Math.min(to, this.raw[r].close + 1) - from;
      if (b > a) t = t.slice(0, a) + ' '.repeat(b - a) + t.slice(b);
    }
    return t;
  }

  /** True when `pos` lies between the marks of one of the article's quotes (binary search). */
  private inQuote(pos: number): boolean {
    let lo = 0;
    let hi = this.raw.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.raw[mid].close < pos) lo = mid + 1;
      else if (this.raw[mid].open > pos) hi = mid - 1;
      else return true;
    }
    return false;
  }

  /** 'm', 'f', or null when the article does not tell. A full name's own given name decides for it. */
  sexOf(m: Mention): Sex | null {
    // A full name's given name, or the mention's own title ("Mrs. Clinton" where Bill and
    // Hillary Clinton share the surname): this mention's own evidence.
    if (m.text.includes(' ') || m.role) {
      const own = sexOfMention(m);
      if (own) return own;
    }
    const s = this.sexOfKey.get(personKey(m.text));
    return s === 'm' || s === 'f' ? s : null;
  }

  /**
   * "he" / "she" at `pos`: the person the text is about, of that sex. Sentences are searched
   * back from the pronoun's own (its words before the pronoun), through the current and the
   * previous paragraph, at most PRONOUN_SENTENCES_BACK of them. In the first sentence that
   * mentions someone who may be meant (not known to be of the other sex):
   * - its subject, when that is such a person ("Rubio said … Trump, whom he called …" → Rubio;
   *   centering theory: the subject is what the sentence is about);
   * - else the one person it mentions, or the one of them known to be of that sex;
   * - else (two or more candidates, none the subject) nobody: a wrong speaker is worse than none.
   * A sentence whose persons are all of the other sex is passed over ("Clinton replied. He
   * said" looks further back), unless a described person is its subject ("A spokesman for the
   * mayor said …. “…,” he said": that unnamed person; see describedSubject).
   */
  private resolvePronoun(pos: number, sex: Sex): string | null {
    const other: Sex = sex === 'm' ? 'f' : 'm';
    let si = sentenceIndex(this.sentences, pos);
    const para = this.paragraphs.indexOf(pos);
    let k = lowerBound(this.free, pos) - 1;
    const samePronoun = sex === 'm' ? HE : SHE;
    // The oldest paragraph searched: the previous one, or further back while the pronoun's chain
    // goes on (below).
    let floor = para - 1;
    for (let n = 0; n < PRONOUN_SENTENCES_BACK && si >= 0 && k >= 0; n++, si--) {
      const s = this.sentences[si];
      if (this.paragraphs.indexOf(s.start) < floor) break;
      const inSentence: Mention[] = [];
      for (; k >= 0 && this.free[k].start >= s.start; k--) if (this.free[k].end <= pos) inSentence.push(this.free[k]);
      const fits = inSentence.filter((m) => this.sexOf(m) !== other);
      if (fits.length === 0) {
        // No name of that sex, but a person described as the subject ("A spokesman for the
        // mayor said the cuts were needed. “…,” he said"): the pronoun is that unnamed person,
        // as the subject is what the sentence is about; never the named person further back.
        // The description's own name when it is a role one person holds ("The mayor said …").
        const d = this.describedSubject(s.start, Math.min(s.end, pos), sex);
        if (d !== undefined) return d;
        // The same pronoun here and nobody who fits ("“…,” she wrote in her letter. ¶ “…,” she
        // added"): the paragraphs continue one chain of reference about one person, so the
        // search may go one paragraph further back than this sentence's to find who it is.
        // Not when a described person stands in that sentence ("the current GOP nominee's
        // support … While he's said …"): the chain may be about that unnamed person, and the
        // named one further back is someone else.
        // Nor past such a sentence when an extension brought the search there.
        // (At most the last SENTENCE_WINDOW characters: a text without sentence ends is one
        // long sentence, and every pronoun must not scan all of it.)
        const sentence = this.text.slice(Math.max(s.start, Math.min(s.end, pos) - SENTENCE_WINDOW), Math.min(s.end, pos));
        const sPara = this.paragraphs.indexOf(s.start);
        if (DESCRIBED_ANYWHERE.test(sentence)) floor = Math.max(floor, Math.min(para - 1, sPara));
        else if (samePronoun.test(sentence)) floor = Math.min(floor, sPara - 1);
        continue;
      }
      inSentence.reverse(); // text order
      // The same pronoun before anyone who fits ("In his speech, he tells one joke about
      // Trump"): the sentence is about the person of the pronoun, named further back.
      const firstFit = fits.reduce((a, b) => (a.start < b.start ? a : b));
      // Quoted words are the speaker's, not the reporter's reference ("“… he’s certainly going
      // to go after it,” Eric Trump said" is not about the quote's "he").
      const lead0 = this.withoutQuotes(s.start, Math.min(firstFit.role?.start ?? firstFit.start, pos)).replace(/—[^—]*—|\([^()]*\)/g, ' ');
      if (samePronoun.test(lead0)) {
        // When the pronoun opens that sentence (before its first comma: "Asked why he was
        // “confident” …, Mr Biden appeared agitated …", "He said he and Trump differ …") the
        // sentence goes on the pronoun's chain, as one without a fitting name does (below), and
        // the search may reach one paragraph further back, to the paragraph that named him. A
        // pronoun later in the sentence ("…, which he's expected to win, Jones said") may be
        // someone else's, and extends nothing.
        const opening = lead0.slice(0, (lead0.indexOf(',') + 1 || lead0.length + 1) - 1);
        if (samePronoun.test(opening) && !DESCRIBED_ANYWHERE.test(lead0)) floor = Math.min(floor, this.paragraphs.indexOf(s.start) - 1);
        continue;
      }
      // The subject: the first name of the sentence, unless it only modifies the next one
      // ("Cruz spokesman Rick Tyler", "Trump's lawyer Michael Cohen").
      let first = inSentence[0];
      if (inSentence.length > 1 && isModifier(this.text.slice(first.end, inSentence[1].start))) first = inSentence[1];
      // A name inside an introductory phrase is not the subject ("With a vote for Trump ruled
      // out, Cross said he …", "After meeting Weber, Cross said he …"): the subject is the first
      // name right after that phrase's comma, which SUBJECT_LEAD allows before a subject.
      if (!SUBJECT_LEAD.test(this.text.slice(s.start, first.role?.start ?? first.start))) {
        const after = inSentence.find((m) => m.start > first.end && (m.role?.start ?? m.start) - s.start <= 60 && SUBJECT_LEAD.test(this.text.slice(s.start, m.role?.start ?? m.start)));
        if (after) first = after;
      }
      const lead = (first.role?.start ?? first.start) - s.start;
      // A person newly brought in between the subject and the pronoun ("President Biden snapped
      // at a reporter … after she asked why he was …"): an indefinite description of a person
      // not of the other sex is as near a candidate as the subject, and nearer. When the
      // subject's sex is unknown, nothing tells the two apart, so nobody: a wrong speaker is
      // worse than none. A subject known to be of the pronoun's sex keeps it.
      if (n === 0 && fits.includes(first) && this.sexOf(first) === null && this.indefiniteBetween(first.end, Math.min(s.end, pos), other)) return null;
      if (fits.includes(first) && lead <= 60 && SUBJECT_LEAD.test(this.text.slice(s.start, first.role?.start ?? first.start))) {
        // A possessor is not the subject: in "Tom Ruiz's lawyer filed the appeal. “…,” he said"
        // the sentence is about the lawyer, an unnamed person whom "he" most likely means; the
        // possessor would be a guess (a wrong speaker is worse than none). A head of the other
        // sex ("Ruiz's wife filed …. “…,” he said") is no candidate and leaves the possessor.
        const poss = POSSESSED_PERSON.exec(this.text.slice(first.end, first.end + 60));
        // That person named in apposition ("Mr. Trump's campaign chairman, Paul Manafort, …") is
        // the subject, by name.
        if (poss && !(sex === 'm' ? FEMALE_TITLES : MALE_TITLES).test(poss[1].toLowerCase())) {
          const at = first.end + poss[0].length;
          const ap = /^\s*,\s*/.exec(this.text.slice(at, at + 4));
          const named = ap ? inSentence.find((m) => m.start === at + ap[0].length) : undefined;
          return named && fits.includes(named) ? this.canonicalOfSex(named, sex) : null;
        }
        return this.canonicalOfSex(first, sex);
      }
      // Otherwise someone the sentence is not about: only when one person fits, and not a
      // possessor ("… must rebut Trump's claims. …, he said" is not Trump).
      const others = fits.filter((m) => !/^['’]s?\b/.test(this.text.slice(m.end, m.end + 2)));
      const names = new Set(others.map((m) => this.canonical(m)));
      if (names.size === 1 && others.length === fits.length) return this.canonicalOfSex(others[0], sex);
      const sure = new Set(others.filter((m) => this.sexOf(m) === sex).map((m) => this.canonical(m)));
      const sureOne = others.find((m) => this.sexOf(m) === sex);
      return sure.size === 1 && others.length === fits.length && sureOne ? this.canonicalOfSex(sureOne, sex) : null;
    }
    return null;
  }
}

/** How much of a sentence before a pronoun the chain test reads (characters). */
const SENTENCE_WINDOW = 600;
/** A described person anywhere in a sentence ("the current GOP nominee's", "a spokesman"). */
const DESCRIBED_ANYWHERE = new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\p{L}.’'-]+\s+){0,4}?(?:${PERSON_HEADS})(?![\p{L}-])`, 'u');

/** A possessive and a person head right after a name ("'s lawyer", "'s longtime aide"); group 1 is the head. */
const POSSESSED_PERSON = new RegExp(String.raw`^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?(${PERSON_HEADS})(?![\p{L}’'-])`, 'u');

/** An indefinite description of a person: "a reporter", "an angry voter", "one aide"; group 1 is the head. */
const INDEFINITE_PERSON = new RegExp(String.raw`\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}.’'-]+\s+){0,3}?(${PERSON_HEADS})(?![\p{L}’'-])`, 'u');

/**
 * What stands between a name that only modifies the next one and that next name: a possessive
 * ("Trump's lawyer Michael Cohen" → "'s lawyer ") or role nouns ("Cruz spokesman Rick Tyler").
 */
const NOT_MODIFIER = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your', 'the', 'a', 'an', 'that', 'said', 'says', 'told', 'tells', 'asked', 'added', 'was', 'is', 'has', 'had', 'met']);
function isModifier(between: string): boolean {
  const m = /^(['’]s?)?\s+((?:[\p{Ll}-]+\s+){0,3})$/u.exec(between);
  if (!m) return false;
  const words = m[2].trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return m[1] !== undefined;
  // A verb or a determiner between the names makes the second one part of the first one's
  // clause, not its modifier: in "Mrs. Holt said her daughter Anna Holt …" the subject is Holt,
  // and "daughter" is Anna Holt's role (it had made the daughter the sentence's subject).
  if (words.some((w) => NOT_MODIFIER.has(w))) return false;
  return words.some((w) => ROLE_HEADS.has(w));
}

/**
 * A gendered role noun in an apposition right after the name ("Piet Voss, her husband, …", "Anna
 * Holm, a spokeswoman for the council, …", "Kim Lind, the victim's daughter, …"; the nouns are MALE_TITLES' and FEMALE_TITLES', so "mother" gives none): the sex the article
 * gives the person when neither a title before the name nor its given name does. Without it a
 * "she" after "Ms. Dunmore said …. Piet Voss, her husband, agreed." went to the husband, the
 * subject whose sex was unknown. The head is the apposition's word before its comma, period or a
 * preposition, lower case (a capitalised "Father" is a title of its own); not a relative clause
 * or a coordination ("Voss, whose wife, …", "Voss, and his wife, …": someone else), nor a list
 * the name opens ("Kim Voss, Lena Brandt and her husband, …": the husband is a third person, and
 * read as Voss's apposition he made Voss a man; session 29's review).
 */
const APPOSITIVE_HEAD = /^,\s+(?!(?:who|whose|whom|which|that|and|or|but|while|when|as)\b)(?:(?:his|her|their|its|the|a|an)\s+)?(?:(?!(?:and|or|but|with)\b)[\p{L}'’-]+\s+){0,4}?(\p{Ll}+)\s*(?:[,.;]|$|\s+(?:for|of|to|at|with|in)\s)/u;
function appositiveSex(text: string, m: Mention): Sex | null {
  const a = APPOSITIVE_HEAD.exec(text.slice(m.end, m.end + 80));
  if (!a) return null;
  return MALE_TITLES.test(a[1]) ? 'm' : FEMALE_TITLES.test(a[1]) ? 'f' : null;
}

/** Sex from the mention's own title ("Mrs.", "spokeswoman") or given name ("Hillary Clinton"). */
function sexOfMention(m: Mention): Sex | null {
  if (m.role) {
    const words = m.role.text.toLowerCase().split(/\s+/);
    for (const w of words) {
      if (MALE_TITLES.test(w)) return 'm';
      if (FEMALE_TITLES.test(w)) return 'f';
    }
  }
  const sp = m.text.indexOf(' ');
  if (sp < 0) return null;
  const given = m.text.slice(0, sp).toLowerCase();
  if (MALE_NAMES.has(given)) return 'm';
  if (FEMALE_NAMES.has(given)) return 'f';
  return null;
}

/** Index of the sentence containing `pos` (or the last one before it), -1 if none. */
export function sentenceIndex(sentences: Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return hi;
}

/** First index whose item starts at or after `pos` (items sorted by start). */
export function lowerBound(items: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The key under which one person's name forms meet: the last word, normalised ("al-Sharaa" → "sharaa"). */
export function personKey(name: string): string {
  const i = name.lastIndexOf(' ');
  return nameKey(i < 0 ? name : name.slice(i + 1));
}
