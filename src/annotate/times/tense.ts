/**
 * Tense and modality around a time expression: does the clause that governs it speak of the
 * future ("will", "is set to", "scheduled for", "faces … in May", "up for re-election in
 * November", "to be shown on Tuesday") or of the past ("said", "was", "met")? As in HeidelTime,
 * the verb nearest before the expression in its sentence decides; when no verb precedes it
 * (a sentence-initial "On Friday, the minister will …"), the first one after it in the same
 * clause does. With no cue near the expression, a governing future farther back in the
 * sentence decides (farFuture), and so does a finite past act whose clause runs on to the date
 * (farPast). Used only for expressions the calendar cannot settle alone (bare weekdays and
 * months, days without a year, seasons, quarters).
 *
 * A third answer, 'open', is given where the construction itself leaves the direction to the
 * calendar: deadlines ("until", "through"), starts ("beginning", "starting", "effective"),
 * infinitives of plans ("agreed to buy it in February"). The resolvers then take the
 * occurrence nearest the publication date, the future and the past weighed alike.
 */
import { compiledOnce } from '../../core/regex.js';
import { PREDICATE_STEMS } from '../../compare/words/predicate-data.js';
import { SortedLines } from '../../compare/words/sorted-lines.js';

/**
 * Future cues. Modal and going-to futures, modals of possibility ("may", "might", "could" —
 * not negated: "could not be reached Monday" reports a past attempt; the perfect "may have
 * left" is in PAST_PLAN), "as soon as Thursday" (the earliest time of a pending event),
 * scheduling predicates ("set for", "due to", "scheduled", "slated"), infinitive passives that
 * report plans ("to be held", "to be shown"), and news' present of pending events: "faces a
 * recall vote", "is up for re-election"; and anticipation of a coming event ("fearing a low
 * turnout in Friday's election", "awaiting"). "ahead of" is read apart (AHEAD_OF_BEFORE): it is
 * relative to its clause's time ("fencing installed ahead of the rally on Saturday" is past).
 * The month "May" is not the modal (skipped by case). Not the adjective "would-be" ("a warning
 * to would-be migrants … on Monday"), not "than expected" / "as expected" ("prices jumped more
 * than expected in May": a comparison with a forecast, of what happened), not the noun "a plan
 * to" ("discussed a plan to curb gun violence at a press conference on Wednesday evening"): each
 * sent a past day or month a week or a year ahead on dev AllSides stories. "expected" right
 * before the date ("the arrival of foreign rescuers expected Saturday evening") and "expected
 * before" ("results are not expected before early Monday") point ahead as "expected on" does.
 * The present of "expect" and "anticipate" with an object ("Analysts expect a decision in
 * January", "anticipates a vote Thursday") looks ahead as "expects to" does, and a forecast's
 * date ("the storm predicted for Tuesday", "rain forecast for Friday") is when the forecast event
 * is to come: read as past, "the storm predicted for Tuesday" in a Sunday article went to the
 * Tuesday before (DUC dev), and the month after "expect" to the January before. Not "predicted
 * in May", the time of the act of predicting, nor the past "expected" with an object.
 * A promise, a readiness or an expectation with its infinitive ("were prepared to meet Wednesday",
 * "vowed to return Monday", "expected lawmakers to leave Sunday"): the infinitive's act lies after
 * the promising or expecting, which news reports as just done, so its bare day is ahead (session
 * 19's unseen reading: three such days written on a Saturday went to the week before). Not
 * "agreed" or "decided" to, whose act is as often done since ("agreed to buy it in February").
 * Texts prepared for a coming occasion ("remarks prepared for delivery Thursday", "the editorial
 * prepared for Friday's People's Daily") and the present progressive passive of publishing and
 * staging ("a report being released Wednesday", "the issue that is being published Thursday":
 * an arrangement, as "is heading to" is; not "was being") name the occasion ahead: each sent a
 * coming day a week back on DUC 2006 dev stories. Getting ready for an occasion ("are preparing
 * for Tuesday's vote", "bracing for Friday's storm", "prepares for Saturday's final") looks ahead
 * as "awaiting" does: what one prepares for is still to come (issue #11: "Tuesday's vote" read a
 * week back); not the past progressive ("were preparing for"), told from after the occasion.
 * The present of wanting, seeking and needing with its infinitive ("wants to hold", "seeks to
 * elect", "needs to approve"), "is likely to", and "should", "ought to" (not the perfect,
 * "should have", MODAL_PERFECT): what is wanted, needed or owed is still to be done, as with
 * "hopes to" and "intends to" (session 24: "On Tuesday, the party wants to hold a congress" in a
 * Sunday report went to the Tuesday before; on the dev stories "should be completed in the
 * spring" and "should get some good control in the spring" now take the coming spring, both
 * right). Not "must", as often a conclusion ("there must be …") and on a dev story the
 * obligation of a count whose occasion is past ("must win more than half the vote from
 * Sunday's election", written on the Tuesday after). Not the noun ("the needs to …"): no
 * determiner before it.
 * A likelihood adjective right before the date ("snow was likely this weekend", "a strike is
 * possible on Friday"): what is likely or possible is still to come when it is judged, and the
 * past copula is reported speech's backshift (session 29's review: read as past, a Wednesday's
 * "snow was likely this weekend" went to the weekend gone, once "this weekend" in the past was
 * read so on any weekday before Saturday, and "likely on Saturday" to the Saturday before). Only
 * right before the date: "was likely started on Monday" is a past act judged likely.
 */
const FUTURE = String.raw`will|shall|won['’]t|['’]ll|would(?![-‐])|may|might|could(?!\s+not|n['’]t)|as\s+soon\s+as|going\s+to|(?:is|are|was|were)\s+to|(?<!\b(?:than|as)\s)(?:set|due|scheduled|slated|poised|expected|planned|supposed)\s+(?:to|for|on|in|by|before)|(?<!\b(?:than|as)\s)expected(?=\s+(?:(?:early|mid|late)[\s-]+)?$)|(?:is|are|was|were)\s+(?:(?:very|most|more|less|highly|quite|still|now)\s+)?(?:un)?(?:likely|possible|probable)(?=\s+(?:(?:on|in|over|at|by)\s+)?(?:(?:early|mid|late)[\s-]+)?$)|due|scheduled|slated|upcoming|(?<!\b(?:a|the|his|her|its|their|our|this|that|new)\s)plans?\s+to|planning\s+to|aims?\s+to|intends?\s+to|expects?|expecting|anticipates?|anticipating|prepared\s+for(?:\s+delivery)?|(?<!\b(?:was|were)\s)being\s+(?:published|released|held|shown|aired|broadcast|unveiled|presented|issued|launched|staged|opened)|(?<!\b(?:than|as)\s)(?:predicted|forecast|projected)\s+for|hopes?\s+to|(?<!\b(?:a|the|his|her|its|their|our|this|that)\s)(?:wants?|seeks?|needs?)\s+to|(?:is|are)\s+likely\s+to|should(?!\s+(?:not\s+)?have\b)|ought\s+to|(?<!\b(?:than|as)\s)(?:prepared|ready|poised|vowed|promised|pledged|threatened|expected)\s+(?:(?!to\b)[a-z]+\s+){0,2}?to\s+(?!(?:be|have)\b)[a-z]+|to\s+be\s+[a-z]+|faces?|facing|up\s+for|next|fearing|awaiting|awaits?|(?<!\b(?:was|were)\s)(?:preparing|bracing|gearing\s+up)\s+for|(?:prepares|braces)\s+for`;
/**
 * Irregular simple pasts beyond the commonest (which PAST lists first), so that a clause in the
 * past is read as past whatever its verb: "In May, the firm withdrew its offer" written in
 * February is last May, not the coming one the tenseless default would give. Only forms that
 * are not also the present or the base form ("cut", "hit", "put", "set", "shut", "quit",
 * "spread", "read", "let", "cost", "beat" are, and "They cut jobs every May" is present) nor
 * common nouns ("bore", "ground", "wound", "lead" are left out).
 */
const IRREGULAR_PAST = String.raw`arose|awoke|bent|bled|blew|bound|bred|built|caught|clung|crept|dealt|drew|drove|drank|dug|fed|felt|fled|flew|forbade|forgave|forgot|froze|grew|heard|hid|hung|knelt|knew|laid|leapt|lent|lit|meant|mistook|oversaw|overtook|overcame|rang|rebuilt|rode|sank|sat|shook|shone|shrank|slid|slept|sought|spent|sprang|stole|stood|strode|strove|stuck|stung|swam|swept|swore|swung|taught|thought|threw|tore|undertook|understood|upheld|wept|withdrew|withheld|woke|wore`;

/**
 * Verbs whose past is also their present ("cut", "shut", "hit"): past after a singular subject
 * — "he", "she", "it", or a noun after a determiner that does not end in "s" ("the plant shut
 * in May", "the firm cut 300 jobs") — as the present would take "-s" there ("the plant shuts";
 * subject–verb agreement). After a plural or "they" they stay undecided. Not "set", which
 * plans take ("set for May"). Nor when a time adverbial follows at once: a verb takes its
 * object or particle first ("cut 300 jobs in May", "shut down in May"), while "the rate cut in
 * May" is the noun.
 */
const AGREEING_PAST = String.raw`(?<=\b(?:he|she|it|(?:the|a|an|its|his|her|their|this|that)\s+[a-z]*[a-rt-z])\s)(?:cut|hit|put|shut|quit|spread|cost|hurt|split|burst|shed|cast|slit)(?!\s+(?:in|on|at|during|last|this|next|early|late)\b)`;

/**
 * Irregular past participles unlike their simple pasts, read as "-ed" forms are: a reduced
 * relative after its noun ("a car seen near the harbour on Friday", "the decision taken on
 * Monday") dates a done act, as "a man spotted …" and "the ruling issued …" do. Without them the
 * nearest cue before the date was a governing "wants to" / "should" ("Police want to trace a car
 * seen … on Friday"; "The council should reconsider the decision taken on Monday") and the date
 * went to the coming week. After "be", "been", "has" or a determiner they are no finite past
 * (notFinitePast: "will be taken Friday" stays future).
 */
export const IRREGULAR_PARTICIPLE = String.raw`seen|taken|given|shown|written|stolen|broken|chosen|spoken|beaten|hidden|fallen|drawn|thrown|flown|sworn|torn|ridden|frozen|shaken|withdrawn|undertaken|overtaken|driven|eaten`;
/**
 * Words in -ed that are no verbs, so no past tense: the number word "hundred" above all ("a few
 * hundred miles to the east" read as a past verb dated a coming Thursday a week back: session 24's
 * unseen reading), and common adjectives and nouns of that ending.
 */
const NOT_VERB_ED = String.raw`(?!(?:hundred|sacred|naked|wicked|kindred|hatred|rugged|ragged|crooked|jagged|wretched|beloved)\b)`;
/**
 * Past cues: the common irregular past forms of news reporting and regular "-ed" forms (after
 * the future cues, so "scheduled" and "expected" stay future). "says" is left out: reporters
 * use the present for statements about past events.
 */
const PAST = String.raw`said|was|were|had|did|told|met|took|came|went|began|left|won|lost|fell|rose|saw|gave|got|held|ran|sent|spoke|found|brought|paid|led|fought|struck|broke|made|became|chose|wrote|shot|sold|bought|kept|${IRREGULAR_PAST}|${IRREGULAR_PARTICIPLE}|${AGREEING_PAST}|ago|${NOT_VERB_ED}[a-z]{2,}ed`;

/**
 * Deadlines and infinitives leave the direction open: "extended through January", "agreed to
 * buy it in February", "lawmakers have until some point in October" may lie either side of the
 * publication date (the month resolver then takes the nearer occurrence). "into" is the end of a
 * period as "through" is ("a proposal to fund the government into December", rejected in
 * September: read as the past clause's, it went to the December before). A deadline named as a
 * noun's complement is one too ("set a deadline for Friday", "faced a deadline of June 30"): the
 * past verb tells when the deadline was set or faced, not on which side of the writing it falls
 * (issue #11: read as past, a Friday deadline set on Thursday went to the Friday before).
 */
const OPEN_BEFORE = /\b(?:until|till|through|into|by|beginning|starting|effective|as\s+of|deadlines?\s+(?:of|for|on))\s+(?:at\s+(?:least|most)\s+)?(?:(?:some\s+point|sometime|the\s+(?:end|middle|start|beginning)\s+of)\s+)?(?:(?:early|mid|late|on|in)[\s-]+)?$/i;
/**
 * The infinitive of a plan: "to" and a lower-case verb (not "to Brussels", not "to the court").
 * Not a plural noun ("Speaking to reporters on Friday, the minister defended …", "told to
 * voters on Monday"): a word ending in an "-s" that no "s", "u" or "i" precedes is no verb's base
 * ("discuss", "focus", "bias" are); read as an infinitive, the fronted "Speaking to reporters on
 * Friday" left the day open and it went to the coming Friday (issue #11: a past weekday read forward).
 */
const OPEN_INFINITIVE = /\bto\s+(?!(?:be|the|a|an|his|her|its|their|this|that)\b)(?![a-z]*[^sui\W]s\b)([a-z]+)\s+(?:[\w$.,%'’-]+\s+){0,8}(?:in|on|by|from|for)\s+$/g;
/**
 * WordNet's verbs (bench/build-predicates.ts): the word after "to" is an infinitive only when it
 * can be a verb. "taken to hospital", "sentenced to death", "elected to office", "fled to safety"
 * have a noun there, and "to" is the preposition of the past act, which dates the day; read as a
 * plan's infinitive, each left the day open and a Friday told on a Wednesday went to the coming
 * Friday (issue #11: past weekdays resolved forward). A noun that is also a verb ("sent to jail",
 * "returned to work") stays an infinitive, as before: the table cannot tell them apart.
 */
const VERBS = new SortedLines(PREDICATE_STEMS);
/** Verbs whose "to" names a goal, a level or a post: motion, rise and fall, sending, appointment. */
const GOAL_VERB_BEFORE = /\b(?:rose|risen|fell|fallen|climbed|dropped|jumped|slid|slipped|surged|soared|plunged|sank|sunk|grew|grown|increased|decreased|returned|sent|taken|took|brought|rushed|admitted|sentenced|transferred|promoted|appointed|elected|named|demoted|relegated|deported|extradited|evacuated|airlifted|moved|went|gone|came|come|fled|flew|flown|headed|marched|driven|drove)\s+(?:(?:him|her|them|it|us|me)\s+)?$/i;
/**
 * Implicative and aspectual verbs before an infinitive (Karttunen 1971: "managed to", "failed
 * to", "declined to", "refused to", "began to", "were forced to", "was unable to"): the
 * infinitive's act is done, attempted or refused at the time of the verb itself, so a past verb
 * of this kind dates the day behind the writing, unlike a plan's "agreed to buy it in February",
 * whose act may lie either side. Read as a plan, "A spokesman declined to comment on Friday"
 * told on a Wednesday went to the coming Friday (issue #11: past weekdays resolved forward).
 * Not a date after "for", "by" or "from", which names the time the infinitive's object is
 * arranged for or bounded by ("moved to arrange the vote for Saturday": the vote is ahead; a dev
 * AllSides story's coming Saturday went a week back when this rule read it).
 */
const IMPLICATIVE_BEFORE = /\b(?:declined|refused|failed|managed|began|started|continued|tried|attempted|moved|rushed|hastened|scrambled|struggled|forced|compelled|unable|able|dared|bothered|neglected|ceased|turned\s+out)\s+$/i;
function infinitiveBefore(before: string): RegExpExecArray | null {
  const re = compiledOnce(OPEN_INFINITIVE);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(before))) {
    const kinds = VERBS.get(m[1]) ?? '';
    // After a verb of motion, change of level or appointment ("rose to record levels", "sent to
    // jail", "promoted to general") "to" is the preposition of the goal unless the word after it
    // is mostly a verb ("rushed to help"): a noun there is the goal's, even one WordNet also
    // lists as a verb.
    const verb = kinds.includes('V') || (kinds.includes('v') && !GOAL_VERB_BEFORE.test(before.slice(0, m.index)));
    if (verb) return m;
    re.lastIndex = m.index + 2;
  }
  return null;
}
/** "since Friday": the start of a period that reaches to now lies in the past. */
export const SINCE_BEFORE = /\bsince\s+(?:(?:early|mid|late)[\s-]+)?$/i;
/** Modals of possibility decide only before the date: after it they comment on consequences ("The decision Thursday could push …"). */
const POSSIBILITY = /^(?:may|might|could)$/i;
/**
 * "from" before a date with no verb cue: the start of a schedule or a range ("departing each
 * Thursday from August 6") lies either side; with a past verb it stays past ("rose from May").
 */
const FROM_BEFORE = /\bfrom\s+$/i;

/**
 * A plan seen from after it: "had been due to expire Friday", "had been set to expire at the
 * end of March", "was to have opened in May". The past perfect (and "was to have") puts the
 * plan, not its date, before the reference time: it says the plan was overtaken (the law was
 * extended, the opening delayed: Quirk et al. §4.58, the unfulfilled future in the past), and
 * the planned date may lie either side of publication ("The law, which had been set to expire
 * Friday, was extended on Wednesday", written on Thursday, is tomorrow's Friday; "The truce
 * had been due to expire at midnight Friday" read on Saturday is the day before). So the
 * construction gives no direction ('open': the nearest occurrence). An earlier reading made it
 * past, which sent the first kind a week back.
 */
const PAST_PLAN = String.raw`had\s+been\s+(?:due|set|scheduled|slated|expected|supposed)(?:\s+to|\s+for)?|(?:was|were)\s+to\s+have`;
/**
 * A modal perfect looks back: "would have been flat from the revised March figures", "may have
 * left on Tuesday" — past.
 */
const MODAL_PERFECT = String.raw`(?:would|could|might|should|must|may)(?:\s+not|n['’]t)?\s+have`;

/**
 * The present progressive of an arrangement: "is heading to Algiers on Thursday", "are meeting
 * in May". With a time adverbial English uses it for plans (Quirk et al. §4.44), typically with
 * verbs of motion, meeting and staging an event, and with "planning" ("is planning on Monday to
 * send the names"); other progressives describe what goes on now
 * ("is continuing to try to sell itself under a June agreement") and are left alone.
 */
const PROGRESSIVE = String.raw`(?:is|are|am|['’]re)\s+(?:[a-z]+ly\s+)?(?:heading|planning|leaving|travel(?:l)?ing|flying|going|coming|returning|arriving|departing|visiting|meeting|moving|hosting|holding|launching|opening|releasing|unveiling|starting|beginning|playing|facing|hearing|voting|taking\s+office|stepping\s+down)`;

/**
 * The simple present of a timetabled event: "the interview begins airing Monday", "the law
 * takes effect Friday", "the trial opens in May". With a time adverbial English uses the simple
 * present for what is fixed by a schedule (Quirk et al. §4.42), and news reports past events in
 * the past tense, so these verbs of starting, ending, staging ("takes place") and travelling point ahead (not
 * those that are also common nouns or verbs of seeming: "heads", "hosts", "returns",
 * "appears"). Only the third-person "-s" form and a few base forms that are rarely nouns
 * ("begin", "resume"; not "start" or "end", which follow articles as nouns: "a strong start
 * Monday"); never a base form after "to": "had been due to expire Friday" is an infinitive,
 * and the plan is decided by its own cue.
 */
/**
 * The same timetabled present in forms the list above leaves out for being nouns too:
 * "appears" right before the date ("the study appears Friday in the journal Nature": a
 * publication day; the cues are read in the text before the date, so "appears to be" and
 * "appears tired on Friday" are not taken), the
 * present passive of publishing and releasing ("the findings are published Friday", "the
 * figures are released Tuesday": the past would be "were"), and the plain present after a
 * plural subject ("Lawmakers vote Friday on the bill", "the two leaders meet Friday in Oslo",
 * "voters head to the polls Friday": news tells a past event in the past, "voted", "met",
 * "headed", so the present with a day names a coming one). The plural subject is a word ending
 * in a single "s" (not a determiner or function word: "his vote Friday", "this meet" are nouns)
 * or "they"/"we", right before the verb; only verbs that are rarely the head of a compound
 * noun ("Fox News host Tucker Carlson", "department head", "the states' rule" are left out),
 * and only before the date: after it the present is as often a chronology's ("Jan. 26 -- the
 * grandmothers meet with him in Miami", a past event told in the present; afterClause).
 * An s-word after a determiner or possessive inside a clause is the first half of a noun
 * compound, the object of a past verb ("NASA scrubbed the Mars launch Friday", "Hundreds
 * attended the candidates debate Friday", "the agency's Mars launch"), not a subject; a clause's
 * opening "The senators vote Friday" is still a subject. "go" only before "to", "on", "before"
 * ("voters go to the polls Tuesday", "the defendants go on trial Monday", "the two go before the
 * judge Friday"; session 24: the first went a week back in a Sunday report).
 */
const SCHEDULED_FORMS = String.raw`appears(?=\s+(?:online\s+)?(?:on\s+)?$)|(?:is|are)\s+(?:published|released|issued|unveiled|broadcast|aired|screened)|(?<sp>(?<=\b(?:they|we|(?!(?:his|its|this|was|has|is|as|us|yes|plus|thus|whereas|always|perhaps|sometimes|towards|afterwards|besides|hers|ours|yours|theirs|whose|does|says|goes)\s)[a-z]*[a-rt-z]s)\s)(?<![a-z,]\s+(?:the|a|an|his|her|its|their|our|my|your)\s+[a-z]*s\s)(?<!['’]s\s+[a-z]*s\s)(?:meet|vote|return|travel|fly|gather|visit|arrive|leave|depart|appear|testify|debate|decide|publish|announce|launch|unveil|reconvene|convene|go(?=\s+(?:to|on|before)\s))(?=\s))`;

const SCHEDULED_PRESENT = String.raw`(?:${SCHEDULED_FORMS}|begins|starts|opens|airs|closes|ends|resumes|reopens|kicks\s+off|takes\s+effect|goes\s+(?:on\s+sale|into\s+effect|live|on\s+trial)|arrives|departs|expires|launches|debuts|premieres|convenes|reconvenes|meets|travels|testifies|takes\s+place|(?<!\bto\s+)(?:begin|resume|reconvene|convene|take\s+effect|go\s+into\s+effect|kick\s+off|expire))`;

/** One scan over a bounded window: the last cue before the expression wins. */
const CUE_RE = new RegExp(String.raw`\b(?:(?<pp>${PAST_PLAN})|(?<mp>${MODAL_PERFECT})|(?<f>${FUTURE}|${PROGRESSIVE}|${SCHEDULED_PRESENT})|(?<p>${PAST}))\b`, 'gi');

/**
 * A weekday naming an issue of a publication: "in Wednesday's JAMA", "Sunday's edition of the
 * paper", "in Thursday's New England Journal of Medicine". The issue's date is the noun
 * phrase's own, not the clause's ("the study, published in Wednesday's JAMA" is dated by the
 * issue, which a weekly journal dates ahead and a daily on the day or before): the nearest
 * occurrence either side. A capitalised title counts only when it ends the phrase or a
 * publication noun follows it ("in Tuesday's Iowa caucuses" is an event, not an issue).
 */
const ISSUE_AFTER = /^['’]s\s+(?:(?:online|print|early|morning|evening|weekend|special|latest)\s+)?(?:issue|issues|edition|editions|newspaper|paper|broadsheet|tabloid)\b/i;
/**
 * …unless a finite past verb of its clause places the issue behind ("were published in
 * Sunday's Times", "appeared in Monday's edition"); the bare participle ("the study, published
 * in Wednesday's JAMA") names no time of its own.
 */
const ISSUE_PAST_BEFORE = /\b(?:was|were|had|appeared|ran|printed|carried)\b[^,;:.!?]{0,40}$/i;
const IN_TITLE_AFTER = /^['’]s\s+(?:the\s+)?\p{Lu}[\p{L}.&-]*(?:(?:\s+|\s+(?:of|of\s+the|and|&|for|on)\s+)\p{Lu}[\p{L}.&-]*){0,5}(?:\s*(?:[,.;:)]|$)|\s+(?:journal|magazine|issue|edition|newspaper|paper|supplement)\b)/u;
/**
 * A past form that is not a finite past verb: a participle after an auxiliary that carries the
 * tense itself ("will be paid", "would have ended", "is expected"), an adjective after a
 * determiner ("on a still unspecified date", "the revised plan") or after a preposition (a
 * finite verb never follows a preposition directly: "doses of federally authorized vaccine",
 * "with armed guards"), or the second half of a hyphenated compound adjective ("U.S.-authorized
 * vaccines", "Iran-backed militias", "state-owned banks": the hyphen binds it to a modifier).
 */
const NOT_FINITE_BEFORE = /\b(?:be|been|being|have|has|is|are|am|get|gets)\s+(?:[a-z]+ly\s+)?$|\b(?:a|an|the|its|their|his|her|these|those|our|your|of|for|with|from|about|into|without|against|among)\s+(?:(?:still|now|newly|[a-z]+ly)\s+)?$|[\p{L}.]-$/iu;
/**
 * A past cue that is no finite past verb of the clause: NOT_FINITE_BEFORE, or a capitalised
 * word inside the sentence, which is part of a name ("the House Armed Services Committee on
 * Wednesday", "the United Nations", "Limited"): read as the past "armed", it sent a coming
 * Wednesday a week back (a dev AllSides story: "will testify before … the House Armed Services
 * Committee on Wednesday"). A capital after a sentence's end or at the window's start may be the
 * verb of a headline-like clause and is kept.
 */
function notFinitePast(text: string, m: RegExpExecArray): boolean {
  const lead = text.slice(Math.max(0, m.index - 30), m.index);
  // "those" and a participle right before the date ("Those arrested on Friday will appear in
  // court"): the pronoun heads a reduced relative clause whose participle is the done act the
  // date is of, not an adjective before a noun ("those revised plans"). Read as no verb, the
  // clause's "will" sent the day of the arrests to the coming Friday (issue #11).
  if (/\bthose\s+$/i.test(lead) && /^\s+(?:on|in|at|during)?\s*$/i.test(text.slice(m.index + m[0].length))) return false;
  // (Only spaces before it: the window was cut there, inside the sentence.)
  return NOT_FINITE_BEFORE.test(lead) || (/^\p{Lu}/u.test(m[0]) && /(?:[\p{L}\p{N},]|^)\s+$/u.test(lead));
}

/**
 * Clause boundaries that stop the search after the expression (another clause's verb). The
 * period of a title or an abbreviation ("On Thursday, Colorado Gov. Bill Owens will lead …",
 * "Sen.", "Dr.", "U.S.") ends no clause: cut there, the clause lost its "will" and the weekday
 * went a week back (DUC 2006 dev). The text after the expression never runs past its sentence.
 */
const CLAUSE_END = /[;:!?]|(?<!(?:^|[^\p{L}])\p{Lu}\p{Ll}{0,3})\.|,\s*(?:and|but|while|who|which|that)\b|\b(?:that|who|which|because|after|before|when|while)\b/iu;
/** A stay that lasts until the date lies ahead: "stays closed until Friday". */
const UNTIL_AHEAD = /\b(?:stays?|remains?|is|are|closed|open|extended|suspended|delayed)\s+(?:\w+\s+){0,2}(?:until|till|through)\s+$/i;
/**
 * …but not a state a past verb of keeping or staying held to the date ("kept the Senate open
 * through the weekend", "stayed closed through Sunday"): the state is told as past, and its end
 * may lie behind the writing (issue #11: a Monday report's "kept the Senate open through the
 * weekend" went to the coming weekend). The date is then read as any bound is (OPEN_BEFORE).
 */
const KEPT_UNTIL_BEFORE = /\b(?:kept|stayed|remained|held|left)\s+(?:\w+\s+){0,3}(?:closed|open|shut)\s+(?:\w+\s+){0,2}(?:until|till|through)\s+$/i;

/**
 * The date, a possessive, pre-modifies a noun the text calls planned ("on the eve of
 * Saturday's expected vote"): the noun phrase's own time, whatever the clause's. (Without the
 * possessive the participle is the clause's verb: "the agency on Friday proposed that …".)
 */
const PLANNED_AFTER = /^['’]s\s+(?:expected|scheduled|planned|upcoming|proposed|anticipated|forthcoming)\s+\p{L}/u;

/**
 * The present of "be" placing an event at a date: "The vote is Tuesday", "the funeral is on
 * Saturday", "elections are in May", "the deadline is now Friday". A past event takes "was";
 * the present locates what is still to come (or today: the future mode includes the day of
 * writing). Only the copula right before the date (an adverb between at most), so that "is"
 * of another clause ("the company, which is based in Ohio, said on Monday") is not read.
 */
const COPULA_PRESENT_BEFORE = /(?:^|[^\p{L}'’])(?:is|are|['’]s)\s+(?:(?:now|also|still|again|only)\s+)?(?:(?:on|in|for)\s+)?(?:(?:early|mid|late)[\s-]+)?$/iu;

/**
 * A date inside the complement of "ahead of" ("ahead of a summit on Wednesday", "ahead of
 * Wednesday's vote", "on the eve of the talks in Geneva on Friday"): the complement's event
 * comes after the clause's. It dates that event, not the clause's act, so the clause's tense
 * does not govern it: after a present or future clause ("travels to Brussels ahead of a summit
 * on Wednesday") it lies ahead; after a past one ("fencing was installed ahead of the rally on
 * Saturday") it may lie either side of publication (the rally may be tomorrow or may have
 * happened), so the nearer occurrence is taken ('open'). Read as the clause's past it sent a
 * coming summit a week back. The complement runs to the date without a clause break.
 */
const AHEAD_OF_BEFORE = /\b(?:ahead\s+of|in\s+advance\s+of|in\s+the\s+run-up\s+to|on\s+the\s+eve\s+of|in\s+preparation\s+for|in\s+anticipation\s+of)\s+[^,;:.!?()]{0,50}$/i;

/**
 * A date inside a noun phrase names the period of what the noun counts, not the time of the
 * clause's verb: "would drop from March's 6% to 5.8%" (the possessive before a figure), "0.1
 * point lower than its July estimate", "the April jobs report" (a determiner, the date, a noun).
 * The clause's tense does not govern it (read as the clause's future, "would drop from March's
 * 6%" in May was next March): no direction, the nearer occurrence (the past counted nearer).
 * A noun the text calls planned ("Saturday's expected vote") is read before (PLANNED_AFTER);
 * named events are marked apart.
 */
const FIGURE_PERIOD_AFTER = /^['’]s\s+(?:[$€£]?\d|(?:revised|final|preliminary|initial|adjusted)\b)/i;
const ATTRIBUTIVE_BEFORE = /(?:^|[^\p{L}])(?:its|their|his|her|our|the)\s+$/iu;
const NOUN_AFTER = /^\s+(?:estimate|forecast|figure|figures|report|reading|data|level|levels|rate|number|numbers|total|count|survey|projection|outlook|jobs|payrolls|sales|prices?|index|budget|deficit|surplus|quarter|average|peak|high|low|record|decline|increase|gain|drop|rise|fall)\b/i;

export type Tense = 'future' | 'past' | 'open' | null;

/** The tense of the clause before "ahead of …" (see AHEAD_OF_BEFORE): 'open' after a past cue, else 'future'. */
function aheadOf(lead: string): Tense {
  let last: Tense = null;
  compiledOnce(CUE_RE).lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE_RE.exec(lead))) {
    if (m[0] === 'May') continue;
    if (m.groups!.p !== undefined && notFinitePast(lead, m)) continue;
    last = m.groups!.f !== undefined ? 'future' : m.groups!.pp !== undefined ? 'open' : 'past';
  }
  return last === 'past' || last === 'open' ? 'open' : 'future';
}

/**
 * The tense of the clause around an expression. `before` is the sentence text before it (at
 * most ~80 characters), `after` the text after it (at most ~60); `wide`, when the sentence runs
 * on before `before`, its text farther back (read only for a governing future, farFuture).
 */
export function tenseOf(before: string, after: string, match?: string, wide?: string, farAfter?: string): Tense {
  const t = clauseTense(before, after, wide, farAfter);
  // A date that pre-modifies a noun after a determiner ("ended benefits before the September
  // expiration", "criticised the March decision") dates the noun's event, which a past clause
  // may speak of before it happens: the clause's past says when the act was, not which side of
  // publication the noun's date lies. Read as past, a coming September expiration written in
  // August went to the September before; the nearer occurrence is taken ('open'). A future
  // clause keeps its direction ("will contest the November election"). Months only (BARE_MONTH).
  if (t === 'past' && match !== undefined && BARE_MONTH.test(match) && ATTRIBUTIVE_DATE_BEFORE.test(before) && /^\s+\p{Ll}[\p{Ll}-]+(?:\s|[,.;:]|$)/u.test(after) && !/^\s+(?:of|to|and|or|in|on|at|for|from|by|with|as|that|when|is|was|were|are|had|has)\b/.test(after)) return 'open';
  // A day of a month so placed keeps the past ("his Jan. 8 phone call", "their Feb. 11 birth":
  // what a day names is mostly done), except before the noun of an occasion arranged ahead — a
  // deadline, a vote, a hearing (PLANNED_OCCASION_AFTER): such a day is set before it comes, and
  // news names the occasion by it while it is still ahead ("The union said it faced an Aug. 31
  // deadline", "criticised the July 4 vote" in a June report). The past verb dates the saying
  // or the criticism, not the occasion: the nearer occurrence is taken ('open'). Read as the
  // clause's past, both went to the year before (issue #11, an unseen DUC 2006 story's
  // deadline). Not where the words before the noun phrase place the clause's act at the
  // occasion or report it held ("in the July 4 vote", "missed the Aug. 31 deadline"): there the
  // past is the occasion's (OCCASION_DONE_BEFORE).
  // Nor where the occasion is the subject of a past verb ("The Nov. 30 vote angered the union",
  // "said the Nov. 30 hearing lasted ten minutes", "the Aug. 31 deadline passed"): what it did
  // or was is told as done, so it has taken place (OCCASION_SUBJECT_PAST).
  if (t === 'past' && match !== undefined && MONTH_DAY.test(match) && ATTRIBUTIVE_DATE_BEFORE.test(before) && PLANNED_OCCASION_AFTER.test(after) && !OCCASION_DONE_BEFORE.test(before) && !OCCASION_SUBJECT_PAST.test(after.slice(PLANNED_OCCASION_AFTER.exec(after)![0].length))) return 'open';
  // A weekday so placed before a deadline ("races against a Tuesday deadline", "faced a Friday
  // deadline"): a deadline is set before it comes and named by its day while still ahead, as a
  // day of the month is above; the clause's past dates another act (session 26's unseen reading:
  // "shot down rockets on Monday … as the military races against a Tuesday deadline" put the
  // deadline on the Tuesday before, a week early). Deadlines only: a weekday before any other
  // occasion ("criticised the Sunday vote") is as often the one just held, and the clause's
  // tense keeps deciding there. The same exceptions ("missed a Tuesday deadline"). A clause that
  // shows no tense ("The military races against a Tuesday deadline": "races" is no cue) is read
  // so too, as a possessive weekday before an occasion is (index.ts POSSESSIVE_OCCASION_AFTER).
  if ((t === 'past' || t === null) && match !== undefined && WEEKDAY_ONLY.test(match) && ATTRIBUTIVE_DATE_BEFORE.test(before) && WEEKDAY_DEADLINE_AFTER.test(after) && !OCCASION_DONE_BEFORE.test(before) && !OCCASION_SUBJECT_PAST.test(after.slice(WEEKDAY_DEADLINE_AFTER.exec(after)![0].length))) return 'open';
  // A possessive weekday as the object of an act of answering what was done ("will appeal
  // Friday's ruling", "wants to overturn Friday's decision", "should investigate Friday's crash"):
  // one answers, appeals or mourns only what has happened, so the weekday's thing is done and
  // the day lies behind, whatever future governs the answer (read as that future, "is likely to
  // appeal against Friday's ruling" in a Sunday report went to the Friday after).
  if (t === 'future' && match !== undefined && WEEKDAY_ONLY.test(match) && /^['’]s\s/.test(after) && RESPONSE_BEFORE.test(before)) return 'past';
  return t;
}

const WEEKDAY_ONLY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** A deadline's noun right after a weekday, a time of day between at most ("a Tuesday deadline", "a Friday midnight deadline"). */
const WEEKDAY_DEADLINE_AFTER = /^\s+(?:(?:morning|afternoon|evening|night|midnight|noon)\s+)?(?:deadlines?|cut-?offs?)\b/i;
/** Verbs whose object is a done thing: appeal, overturn, reverse, challenge, condemn, investigate, mourn, respond or react to. */
const RESPONSE_BEFORE = /\b(?:appeal(?:s|ing)?(?:\s+against)?|overturn(?:s|ing)?|revers(?:e|es|ing)|challeng(?:e|es|ing)|condemn(?:s|ing)?|denounc(?:e|es|ing)|investigat(?:e|es|ing)|prob(?:e|es|ing)|mourn(?:s|ing)?|(?:respond|react)(?:s|ing)?\s+to)\s+$/i;

/**
 * The auxiliaries and predicates of a future that govern the whole verb phrase after them,
 * however long it runs: "will", "would", "shall", "going to", "is to", "expected/scheduled/set/
 * due/slated to". Not the infinitive passive ("said loudly enough to be heard … on Friday": a
 * purpose or result of the past act) nor a modal of possibility, which are read only near the date.
 */
const GOVERNING_FUTURE = /^(?:will|shall|won['’]t|['’]ll|would|going\s+to|(?:is|are|was|were)\s+to|(?:expected|scheduled|set|due|slated|planned|supposed)\s+to)$/i;

/**
 * The last tense cue in `wide` (CUE_RE), skipping the month "May" and a participle that is no
 * finite verb (NOT_FINITE_BEFORE); null when none. Read by farFuture and farPast.
 */
function lastCue(wide: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  compiledOnce(CUE_RE).lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE_RE.exec(wide))) {
    if (m[0] === 'May') continue;
    if (m.groups!.p !== undefined && notFinitePast(wide, m)) continue;
    last = m;
  }
  return last;
}

/**
 * The tense of an expression read from farther back in its sentence (`wide`, its text before
 * the expression), for when the short window found no cue: 'future' when the last cue there is
 * a governing future (GOVERNING_FUTURE), else null (a past verb far back is as often another
 * act's: see times/index.ts).
 */
export function farFuture(wide: string): boolean {
  const last = lastCue(wide);
  return last !== null && last.groups!.f !== undefined && GOVERNING_FUTURE.test(last[0].replace(/\s+/g, ' '));
}

/**
 * The past verb farther back that governs an expression the short window left without a cue:
 * "EgyptAir Flight 990 crashed into the Atlantic off Nantucket Island, killing all 217 people
 * aboard, on October 31" (a September report: with no direction the nearer October 31, the
 * coming one, was taken; session 16's unseen reading). The date is the past verb's only when
 * the words between the verb and the date hang on that verb: a reading of the clause, not of
 * the distance. Between them there may be its objects, its prepositional phrases, a participle
 * clause set off by commas (", killing all 217 people aboard,") and an "after"/"before" with a
 * gerund ("shortly after taking off from New York"), all of which leave the verb the head the
 * date attaches to. The date belongs to another act, and the verb does not decide, when the
 * words between open another clause (a subordinator or relative pronoun, a coordinated clause
 * after a comma, an infinitive: "agreed to buy it … in February"), hold a finite present verb
 * ("… remains in custody and appears in court on Friday"), or hold a noun of an event that
 * the date can date itself ("told oil companies of a 15-20 percent cutback in its oil supply
 * in September": the cutback is to come; nominalisations in -tion, -ment, -ance and the
 * commonest bare event nouns of news), or hold an adjective that takes a date of its own
 * ("payable Dec. 7", FAR_GAP_STATE). The verb itself must be a finite past of the clause's
 * own (not inside a relative clause, "the man who killed three people …", whose head's verb
 * comes later; not a reporting verb, whose complement is another clause with its own tense,
 * nor a verb that sets a date, "postponed", "extended", "signed" (DONE_VERB_BEFORE in rules.ts
 * leaves those out for the same reason); not a capitalised "-ed" word, a name such as "United").
 * A date so governed is an act reported done: it lies before publication (farPastDone).
 */
const FAR_PAST_NOT_ACT = /^(?:postponed|delayed|extended|moved|pushed|dated|signed|booked|fixed|targeted|rescheduled|set|said|told|reported|announced|added|stated|declared|explained|noted|confirmed|acknowledged|insisted|warned|recalled|wrote|claimed|argued|testified|predicted|expected|estimated|suggested|indicated|believed|thought|hoped|feared|knew|agreed|decided|planned|proposed|promised|vowed|pledged|threatened|asked|urged|demanded|ordered)$/i;
const FAR_GAP_CLAUSE = /[;:()"“”]|,\s*(?:and|but|or|while|as)\b|\b(?:that|which|who|whom|whose|where|when|while|because|although|though|if|whether|unless|until|since|so|then|but|to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|[A-Z0-9])\b)[a-z]+)\b|\b(?:after|before)\s+(?![a-z]+ing\b)/;
const FAR_GAP_PRESENT = /\b(?:is|are|has|have|does|do|remains?|appears?|goes|comes|stands|says|seems|faces|plans|expects|will|would|could|can|may|might|must|should|shall)\b/i;
const FAR_GAP_EVENT = /\b[a-z]{3,}(?:tion|sion|ment|ance|ence)s?\b|\b(?:cutbacks?|cuts?|votes?|elections?|strikes?|meetings?|summits?|talks|visits?|trips?|hearings?|trials?|deadlines?|launch(?:es)?|increases?|rises?|declines?|deals?|plans?|sales?|releases?|sessions?|games?|match(?:es)?|races?|ceremony|ceremonies|funerals?|weddings?|rall(?:y|ies)|protests?|march(?:es)?|debates?|attacks?|crash(?:es)?|storms?|earthquakes?|quakes?|flights?|shows?|concerts?|festivals?|events?|openings?|returns?|arrivals?|departures?|reports?|rulings?|verdicts?|decisions?|raids?|bombings?|shootings?|fires?|explosions?|hurricanes?|floods?|inaugurations?|polls?|auctions?|party|parties|conventions?|interviews?|speech(?:es)?|address)\b/i;
/**
 * A predicative adjective that takes a date of its own ("payable Dec. 7", "redeemable on
 * March 1", "available from", "due on"), or a word that marks what follows as planned ("the
 * planned Oct. 1 parade", "the scheduled", "upcoming", "next"): the date is the state's or the
 * plan's, not the far verb's (read on TimeBank dev: "directors authorized a 3-for-2 split of the
 * common, payable Dec. 7"; on DUC 2006 dev: "Beijing prepared its second large-scale rehearsal of
 * the planned Oct. 1 parade", an August report, went to the October before).
 */
const FAR_GAP_STATE = /\b(?:[a-z]{3,}(?:able|ible)|due|planned|scheduled|proposed|expected|upcoming|forthcoming|coming|next|future)\b/;
/**
 * What a past verb right in the short window takes first when it governs the date through its
 * complements: a determiner, a number, a pronoun or a preposition ("seized the town on", "crashed
 * into the sea on", "killed 12 people on"). A bare word after an "-ed" form may be the noun it
 * premodifies ("Series H preferred shares on Oct. 31", TimeBank dev: a future redemption), so
 * such a gap leaves the verb undecided, and so does a purpose "for" (see farPast).
 */
const NEAR_GAP_START = /^\s+(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|some|all|both|every|each|several|many|him|them|it|us|me|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|into|onto|in|on|at|during|off|near|from|across|through|over|outside|inside|along|down|up|out|against|toward|towards)\b/i;
/**
 * …or a name: a past verb's object or complement is as often a person or place named
 * ("met Voss on Jan. 17", "visited Tessin on Jan. 17") as a noun phrase with its determiner, and
 * a capitalised word after a lower-case past verb is no noun the verb premodifies (that is the
 * bare lower-case word NEAR_GAP_START leaves undecided). Left out, "Kovac met Voss on Jan. 17"
 * in a December report went to the coming January (issue #11, session 25's "Left"). So does a
 * gap that is the verb's own occasion (ownOccasion: "held talks with Voss on Jan. 17").
 */
const NAME_GAP_START = /^\s+\p{Lu}\p{Ll}+/u;
const FAR_RELATIVE_BEFORE = /\b(?:who|which|that|whom|whose)\s+(?:[a-z]+\s+){0,2}$/i;

/**
 * An event noun in the gap that is the past verb's own occasion, so the date is the act's and
 * the occasion is done with it (farPast): the direct object of a verb of holding, performing,
 * attending or concluding an occasion ("gave a deposition on Jan. 17", "held a rally on May 3",
 * "attended the hearing on Jan. 17", "won the vote on Jan. 17"), or the setting of the act in an
 * "in" / "at" / "during" phrase after its object ("denied the affair in a deposition on Jan.
 * 17", "was injured at a rally on May 3"). What one has held, given or attended, and what one did
 * at an occasion, has taken place. Read as the future noun FAR_GAP_EVENT guards against (a
 * cutback one is told of), a past clause's day was only weighed four times as far ahead
 * (calendar.ts PAST_CLAUSE_AHEAD): "Kovac gave a deposition on Jan. 17" written in December went
 * to the coming January (issue #11, session 24's unseen reading: "a deposition … Jan. 17" dated
 * the next year in reports of late in the year). Not verbs of arranging, asking for, calling or
 * cancelling an occasion ("called a strike", "sought a hearing", "cancelled the vote on Jan.
 * 17"): their object is often still to come. The noun ends the gap (an "on" or "in" aside) and
 * the object before a setting holds no event noun of its own.
 */
const HELD_VERB = /^(?:gave|held|made|conducted|staged|attended|took|led|won|lost|delivered|completed|finished|underwent|survived|witnessed|joined|hosted|chaired|addressed|concluded|ended|opened|began|started|boycotted|skipped|missed|performed|played)$/i;
const OCCASION_DET = String.raw`(?:the|a|an|its|his|her|their|our|this|that)`;
/** The occasion's noun phrase (a determiner, at most two modifiers, the event noun) and what follows it to the date. */
const OCCASION_NP = String.raw`(?:${OCCASION_DET}\s+)?(?:[a-z][a-z'’-]*\s+){0,2}?(?:${FAR_GAP_EVENT.source})(.*)$`;
const HELD_OBJECT_GAP = new RegExp(String.raw`^\s+${OCCASION_NP}`, 'i');
const SETTING_GAP = new RegExp(String.raw`^(\s+(?:${OCCASION_DET}\s+)?(?:[a-z][a-z'’-]*\s+){0,3}?)?(?:in|at|during)\s+${OCCASION_NP}`, 'i');
/**
 * What may follow the occasion's noun before the date: nothing, "on" / "in", or one phrase of
 * its participants or place ("held talks with Voss on", "gave a deposition in Tessin on"), at
 * most four words with no event noun of its own.
 */
const OCCASION_TAIL = /^\s*(?:(?:with|between|among|against|in|at)\s+(?:[\p{L}.'’-]+\s+){1,4}?)?(?:(?:on|in)\s+)?$/iu;
function ownOccasion(verb: string, gap: string): boolean {
  const held = HELD_VERB.test(verb) ? HELD_OBJECT_GAP.exec(gap) : null;
  if (held && OCCASION_TAIL.test(held[1]) && !FAR_GAP_EVENT.test(held[1])) return true;
  const m = SETTING_GAP.exec(gap);
  return m !== null && !FAR_GAP_EVENT.test(m[1] ?? '') && OCCASION_TAIL.test(m[2]) && !FAR_GAP_EVENT.test(m[2]);
}

/**
 * An epistemic modal perfect ("may have lied", "might have met", "must have left", "could have
 * seen", "should have voted") speaks of a past act, unsure or unfulfilled but past (Quirk et al.
 * §4.59): its participle is the clause's past act, as "lied" is in "Kovac lied on Jan. 17". Read
 * as a cue of its own (MODAL_PERFECT), the participle after "have" counted as no finite verb, so
 * the day was weighed only as a past clause's (calendar.ts PAST_CLAUSE_AHEAD) and "may have lied
 * during a deposition … Jan. 17" in a December report went to the coming January (issue #11,
 * session 25's unseen reading). Not "would have": a counterfactual of what was to come ("would
 * have turned 50 on Jan. 17") may look ahead.
 */
const MODAL_PERFECT_PARTICIPLE = new RegExp(String.raw`^(?:may|might|must|could|should)(?:\s+not|n['’]t)?\s+have\s+(?:(?:[a-z]+ly|never|already|also)\s+)?(?:been\s+)?([a-z]{2,}ed|${IRREGULAR_PARTICIPLE}|${IRREGULAR_PAST}|met|held|made|led|left|lost|won|told|sent|paid|fought|bought|sold|kept|found|brought|struck|shot|spent|heard)\b`, 'i');
/**
 * A light verb with its noun is one predicate: "took place", "took part", "took office", "took
 * effect", "took power", "took charge" say that the event happened, began or came into force,
 * and the date after them is that act's ("The vote took place Jan. 17"). The noun is no object
 * the date could date (a closed list of the idioms, Quirk et al. §2.28: their noun takes no
 * determiner). Without it the gap began with a bare noun (NEAR_GAP_START) and left the verb
 * undecided: the day went to the coming January in a December report (issue #11).
 */
const LIGHT_VERB_NOUN = /^\s+(?:place|part|office|effect|power|charge|hold|shape|root)\b/i;

export function farPast(wide: string, near = false): boolean {
  let last = lastCue(wide);
  if (last !== null && last.groups!.mp !== undefined) {
    // The modal perfect's participle as the past act: the cue from "may" to the participle.
    const part = MODAL_PERFECT_PARTICIPLE.exec(wide.slice(last.index));
    if (part === null || FAR_PAST_NOT_ACT.test(part[1])) return false;
    if (FAR_RELATIVE_BEFORE.test(wide.slice(Math.max(0, last.index - 40), last.index))) return false;
    const gap = wide.slice(last.index + part[0].length);
    if (near && (!NEAR_GAP_START.test(gap) || /\bfor\b/.test(gap))) return false;
    return !FAR_GAP_CLAUSE.test(gap) && !FAR_GAP_PRESENT.test(gap) && (!FAR_GAP_EVENT.test(gap) || ownOccasion(part[1], gap)) && !FAR_GAP_STATE.test(gap);
  }
  if (last === null || last.groups!.p === undefined || !/^[a-z]/.test(last[0]) || FAR_PAST_NOT_ACT.test(last[0])) return false;
  if (FAR_RELATIVE_BEFORE.test(wide.slice(Math.max(0, last.index - 40), last.index))) return false;
  let gap = wide.slice(last.index + last[0].length);
  if (/^took$/i.test(last[0]) && LIGHT_VERB_NOUN.test(gap)) {
    gap = gap.replace(LIGHT_VERB_NOUN, '');
    // The idiom right before the date ("took place Jan. 17", "took office on Jan. 20").
    if (/^\s*(?:on\s+)?$/i.test(gap)) return true;
  }
  // Near the date, a purpose "for" before it ("sold 5,000 tickets for the parade on October 31",
  // "chose its candidate for the runoff on October 31") hands the date to the noun it
  // introduces, an event FAR_GAP_EVENT's closed list may not know.
  if (near && ((!NEAR_GAP_START.test(gap) && !NAME_GAP_START.test(gap) && !ownOccasion(last[0], gap)) || /\bfor\b/.test(gap))) return false;
  return !FAR_GAP_CLAUSE.test(gap) && !FAR_GAP_PRESENT.test(gap) && (!FAR_GAP_EVENT.test(gap) || ownOccasion(last[0], gap)) && !FAR_GAP_STATE.test(gap);
}

/**
 * Whether a past act governs the expression through the words between them (farPast), so the
 * day is reported done and cannot lie after publication (rules.ts reads "done" as
 * DONE_VERB_BEFORE does for a past verb right before the day). The same reading of the clause
 * holds near and far: "A plane crashed into the sea off the island on October 31" is as done as
 * the longer "… crashed into the sea …, killing all 90 people aboard, on October 31". A first
 * version read the clause only where the short window held no verb and the sentence began more
 * than 80 characters back, so the short sentence's day still went to the coming October 31 in a
 * September report. Where the short window holds the verb, its complements must open as a
 * verb's do (NEAR_GAP_START). `wide` is the sentence's far window (undefined when the sentence
 * begins within the short one, and then `before` is the whole of the sentence before the
 * expression).
 */
export function farPastDone(before: string, wide: string | undefined): boolean {
  compiledOnce(CUE_RE).lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE_RE.exec(before))) {
    if (m[0] === 'May') continue;
    if (m.groups!.p !== undefined && notFinitePast(before, m)) continue;
    // A verb in the short window: the same reading of its clause, its complements opening as a
    // verb's do (NEAR_GAP_START).
    return farPast(wide ?? before, true);
  }
  return wide !== undefined && farPast(wide);
}

/**
 * A fronted date whose clause tells a finite past act ("On Jan. 17, Kovac denied the affair",
 * "Jan. 17, the court heard the appeal"): the adverbial modifies the act (Quirk et al. §8.2),
 * which the past reports done on that day, so the day lies behind the writing, as a past verb
 * right before the day says (rules.ts DONE_VERB_BEFORE). A past clause alone weighs a day ahead
 * only four times as far (calendar.ts PAST_CLAUSE_AHEAD, for deadlines set in the past: "extended
 * the offer to Nov. 20"), and a deadline is never the fronted adverbial of the act that sets it:
 * read so, "On Jan. 17, Kovac denied the affair" written in December went to the coming January
 * (issue #11, session 24's unseen reading). Only a fronted date (FRONTED_BEFORE: nothing but a
 * preposition before it in its sentence) whose clause, after any fronted matter, is past.
 */
export function frontedPastDone(before: string, after: string, farAfter: string): boolean {
  if (!FRONTED_BEFORE.test(before)) return false;
  return (afterClause(after) ?? afterFrontedStretch(farAfter)) === 'past' && !futureLater(farAfter);
}

/**
 * A verb of saying with its reported clause running on to the cue (no comma right after the verb:
 * "said he would appeal", not the parenthetical "lawyers said, Kovac will …"): a future there is
 * the reported speaker's, told in the past act the fronted date modifies.
 */
const REPORTED_BEFORE = /\b(?:said|told|announced|added|warned|promised|vowed|pledged|predicted|insisted|stated|declared|hoped)\b(?!\s*,)[^,;:]*$/i;
/**
 * Whether the rest of the sentence after a fronted date holds a future or plan (CUE_RE f, pp) of
 * its own. The past that afterClause reads first may be a parenthetical's or a participle's
 * between the date and the main verb ("On Jan. 17, the day the court opened, Kovac will testify";
 * "On Jan. 17, the hearing postponed in November will open"; "By Jan. 17, officials said, the
 * bridge will reopen"; "On Jan. 17, as agreed last week, the talks resume"): then the past is not
 * the act the date modifies, and the date is not known done (the calendar's weighing decides, as
 * before frontedPastDone). A future reported after a verb of saying is the past act's content
 * (REPORTED_BEFORE: "On Jan. 17, Kovac denied it and said he would appeal"). Bounded: `farAfter`
 * is cut at the sentence's end and ~200 characters.
 */
function futureLater(farAfter: string): boolean {
  // (`farAfter` ends with the sentence: an abbreviation's point inside it is no end.)
  const rest = farAfter;
  compiledOnce(CUE_RE).lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE_RE.exec(rest))) {
    if (m[0] === 'May') continue; // the month, not the modal
    if (m.groups!.f === undefined && m.groups!.pp === undefined) continue;
    if (!REPORTED_BEFORE.test(rest.slice(0, m.index))) return true;
  }
  return false;
}

/**
 * Only a month alone: a day so placed ("the Jan. 6 committee", "his Jan. 8 phone call", "their
 * Feb. 11 birth") names a past day far more often (on dev stories 4 of 4 such days were past,
 * while both months — "the September expiration", "the August recess" — were coming).
 */
const BARE_MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
/** A month and a day of it, without a year ("July 4", "Aug. 31", "4 July"). */
const MONTH_DAY = /^(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)$/i;
/**
 * The noun of an occasion arranged ahead, right after the date or after one or two modifiers
 * ("an Aug. 31 deadline", "the July 4 council vote", "a June 12 court hearing"): a time is set
 * for it before it comes. Not events that happen unplanned (annotate/times OCCURRENCE_NOUN), nor
 * the nouns of records and acts ("call", "letter", "birth"), which name what is done.
 */
const PLANNED_OCCASION_AFTER = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:deadlines?|votes?|voting|ballot|runoffs?|primary|primaries|caucus(?:es)?|hearings?|sentencing|arraignment|trial|debates?|meetings?|talks|session|summit|conference|ceremony|rally|parade|launch|opening|auction|concert|premiere|semi-?finals?|finals?|match|game|race)\b/iu;
/**
 * Words before the occasion's noun phrase that report it held or place the act at it: a
 * preposition of occasion ("in the July 4 vote", "at the June 12 hearing", "after the Aug. 31
 * deadline") or a verb whose object is an occasion that has taken place ("missed", "met",
 * "won", "held", "attended").
 */
const OCCASION_DONE_BEFORE = /\b(?:in|at|during|after|following|since|missed|met|won|lost|held|attended|skipped|boycotted|passed|beat|survived|observed|marked)\s+(?:the|its|their|his|her|our|a|an|this|that)\s+$/i;
/**
 * A past verb right after the occasion's noun (an adverb aside): the occasion is the subject of a
 * past predicate ("vote angered", "hearing lasted", "deadline passed", "vote was rigged"; not a
 * progressive or a schedule, "deadline was approaching", "vote was set for …"). Not a
 * participle of a reduced relative that sets the occasion ("the vote scheduled by the council",
 * "the deadline set for the union"): those of arranging are left out, and "-ed" before "by" or
 * "for".
 */
const OCCASION_SUBJECT_PAST = /^\s+(?:\p{Ll}+ly\s+)?(?:(?:was|were)(?!\s+(?:\p{Ll}+ing|to|due|expected|set|scheduled|planned|still|not)\b)|had|did|went|came|drew|began|broke|fell|ran|saw|brought|gave|(?!scheduled\b|planned\b|proposed\b|slated\b|called\b|announced\b|expected\b)[a-z]{2,}ed\b(?!\s+(?:by|for)\b))/u;
/** A determiner right before the date: the date stands inside a noun phrase. */
const ATTRIBUTIVE_DATE_BEFORE = /(?:^|[^\p{L}'’])(?:the|its|their|his|her|our|a|an|this|that)\s+(?:(?:early|mid|late)[\s-]+)?$/iu;

/**
 * A non-restrictive relative clause set off by commas or dashes and closed before the date
 * ("Kovac will meet Voss, who was elected last week, on Tuesday"; "Kovac met Voss, who will lead
 * the talks, on Monday"; "The court will hear the appeal, which Voss lodged, on Friday"). The
 * relative clause is part of its antecedent's noun phrase, and its verb tells that antecedent's
 * act (Quirk et al. §17.3); the adverbial after the closing comma modifies the main clause's
 * verb. Its cues are no cues of the date: read as the nearest cue, the relative clause's past
 * took the coming Tuesday of "will meet … on Tuesday" a week back (issue #11, session 25). The
 * clause runs from its relative word to the next comma or dash, with no sentence or quotation
 * mark between; "when" is left out (its clause is an adverbial of time, not a noun's modifier).
 */
/*
 * The same for an appositive noun phrase with its relative clause (", the man who won,") and for
 * a reduced relative, a past participle opening the stretch (", delayed twice,", ", elected last
 * week,": the participle is the antecedent's passive, Quirk et al. §17.15), whose "-ed" form the
 * cues would read as a finite past. Case-sensitive: the relative words and participles are lower
 * case inside a sentence, and a capitalised "-ed" word is a name (", Fred Voss,"); not "-eed"
 * words ("indeed", "need") nor NOT_VERB_ED's ("hundred").
 */
const CLOSED_RELATIVE = new RegExp(String.raw`[,\u2014\u2013]\s*(?:(?:(?:the|a|an|his|her|its|their)\s+(?:[\p{L}'’-]+\s+){0,3}?)?(?:which|who|whom|whose|where)\b|(?:${NOT_VERB_ED}[a-z]+[a-df-z]ed|${IRREGULAR_PARTICIPLE})\s)[^,;:.!?()"“”\u2014\u2013]{1,120}[,\u2014\u2013]`, 'gu');
function withoutClosedRelatives(s: string): string {
  if (!/[,\u2014\u2013]/.test(s)) return s;
  return s.replace(CLOSED_RELATIVE, (r) => ' '.repeat(r.length));
}

function clauseTense(before: string, after: string, wide?: string, farAfter?: string): Tense {
  // The end of a range takes the direction of its start ("a summit starting Thursday and
  // ending Friday", "from Monday through Wednesday"): one stretch of time, read from its first
  // member's clause. Read alone, "ending Friday" after a past verb went back a week while its
  // start went ahead.
  // The new date of a rescheduled event ("postponed the vote from Tuesday to Thursday", "the
  // race, now moved to March"): the verb dates the decision, not the new date, which lies
  // either side of publication (mostly ahead): the nearer occurrence ('open'). Read as the
  // clause's past, a vote put off to Thursday went to the Thursday before, and a presidential
  // race moved to March (written on Dec. 31) to the March before. Not a range ("from Tuesday
  // to Thursday" after "postponed" names two points).
  if (RESCHEDULED_TO_BEFORE.test(before)) return 'open';
  const range = RANGE_END_BEFORE.exec(before);
  if (range) return tenseOf(before.slice(0, range.index + range[1].length), before.slice(range.index + range[1].length + range[2].length) + after);
  if (SINCE_BEFORE.test(before)) return 'past';
  if (COPULA_PRESENT_BEFORE.test(before)) return 'future';
  if ((ISSUE_AFTER.test(after) || (/\bin\s+$/i.test(before) && IN_TITLE_AFTER.test(after))) && !ISSUE_PAST_BEFORE.test(before)) return 'open';
  if ((UNTIL_AHEAD.test(before) && !KEPT_UNTIL_BEFORE.test(before)) || PLANNED_AFTER.test(after)) return 'future';
  if (FIGURE_PERIOD_AFTER.test(after) || (ATTRIBUTIVE_BEFORE.test(before) && NOUN_AFTER.test(after))) return null;
  const ahead = AHEAD_OF_BEFORE.exec(before);
  if (ahead) return aheadOf(before.slice(0, ahead.index));
  if (SCHEDULED_PARTICIPLE_BEFORE.test(before)) return afterClause(after) === 'past' ? 'open' : 'future';
  let last: Tense = null;
  let lastAt = -1;
  let lastEnd = -1;
  // The cues are read with every relative clause closed before the date blanked out
  // (withoutClosedRelatives): a relative clause's verb dates its antecedent's act, not the date.
  const masked = withoutClosedRelatives(wide ?? before);
  const scan = masked.slice(masked.length - before.length);
  if (wide !== undefined) wide = masked;
  compiledOnce(CUE_RE).lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE_RE.exec(scan))) {
    if (m[0] === 'May') continue; // the month, not the modal
    if (m.groups!.p !== undefined && notFinitePast(scan, m)) continue;
    last = m.groups!.f !== undefined ? 'future' : m.groups!.pp !== undefined ? 'open' : 'past';
    lastAt = m.index;
    lastEnd = m.index + m[0].length;
  }
  // The cue before the date may be another clause's: a clause boundary stands between them and
  // the date's own clause has its verb after it ("… will remain in place, after a federal appeals
  // court on Thursday granted the request"; "Hochul, who will make history as governor, on Sunday
  // vowed …"). An adverbial stands in the clause of the verb it modifies (Quirk et al. §8.2), so
  // that verb decides. A conjunction that opens a clause of its own (", but", "because") cuts the
  // earlier future even when no verb follows ("… will fade quickly, but Tuesday's hearing doesn't
  // …": the future is the other clause's; the date takes the news default).
  if (last !== null) {
    const gap = scan.slice(lastEnd);
    // A comma, a dash or a bracket right after the date sets it off as a parenthetical of what
    // comes before ("said, on Friday, he will …", "— approved … in March — aims to …"): no
    // reading of the words after it.
    if (CLAUSE_GAP.test(gap) && !/^\s*[,(\u2014\u2013-]/.test(after)) {
      const own = afterClause(after);
      if (own !== null) return own;
      if (last === 'future' && STRONG_CLAUSE_GAP.test(gap)) return null;
    }
  }
  // A date in a phrase of what comes first, after a future cue: "is expected to name a cabinet
  // after winning a landslide victory Sunday", "plans to form a coalition after a landslide
  // victory Sunday" (AFTER_PHRASE_GAP). The future is the main clause's act; "after" puts the
  // phrase's event before it, which may lie either side of the writing, so the cue gives no
  // direction to the date: the nearer occurrence is taken ('open'). Read as the future, a
  // victory won the day before a Monday report went to the Sunday after (session 23's unseen
  // reading, "landslide victory Sunday" a week off). A finite verb of the "after" clause is
  // a cue of its own and decides as the last one ("will resign after the party lost Sunday").
  if (last === 'future' && AFTER_PHRASE_GAP.test(scan.slice(lastEnd))) return 'open';
  if (last === 'future') return last;
  // A start after a past verb lies behind ("reported 189 killed over a 72-hour period starting
  // Friday", read on Monday): only deadlines ("extended through January") reach either side.
  // But the start of an event a noun names ("invited 40 leaders to a virtual summit starting
  // Thursday") is that event's own time, not the past verb's: the invitation is past, the
  // summit may be ahead; the nearer occurrence is taken (OPEN_BEFORE). Read as past, a summit
  // starting tomorrow went a week back. A period ("a 72-hour period starting Friday", "for a
  // week beginning Monday") measures what the past verb reports and stays behind.
  if (last === 'past' && START_BEFORE.test(before) && !EVENT_NOUN_START_BEFORE.test(before)) return 'past';
  if (OPEN_BEFORE.test(before)) {
    // The end of a state the clause reports as over: a past verb of lasting before "until"
    // ("remained commander-in-chief of the army until March", "served as mayor until May"), or
    // a "when" clause in the past after the date ("until March, when he was sworn in as a
    // senator"), or a negated past ("had not been reported in the United States until August",
    // "was not arrested until Nov. 30": what did not happen before the date happened on it). The
    // state is told as finished, so its end lies behind the writing; read as
    // open, a March written in October went to the coming March (DUC dev stories, session 14).
    // Extensions and plans ("was extended until January", "stays closed until Friday") have no
    // such verb and stay open.
    if (UNTIL_BEFORE.test(before) && (DURATIVE_PAST_UNTIL.test(before) || NEGATED_PAST_UNTIL.test(before) || whenClause(after) === 'past')) return 'past';
    // A fronted bound whose clause reports in the past ("As of Wednesday, 312 cases had been
    // reported", "By Friday, the river had risen"): the count or state is reported as already
    // reached, so the bound lies behind the writing. Read as open, a Wednesday written on Monday
    // was taken two days ahead. Only fronted (nothing before but the bound) and only a past
    // verb after: "Until Friday, shops will stay closed" and "through January" stay as they are.
    if (last === null && FRONTED_BOUND_BEFORE.test(before) && afterClause(after) === 'past') return 'past';
    return 'open';
  }
  // The infinitive decides only when it is nearer than the last past verb ("agreed to buy it
  // in February", not "refused to hand over a leader, the government collapsed Wednesday").
  const inf = infinitiveBefore(before);
  if (inf && inf.index > lastAt && !(last === 'past' && IMPLICATIVE_BEFORE.test(before.slice(0, inf.index)) && !/\b(?:for|by|from)\s+$/i.test(before))) return 'open';
  if (last) return last;
  if (SINCE_CLAUSE_BEFORE.test(before)) return 'past';
  // The same for a fronted "From Friday through Sunday there were 400 shootings": past.
  if (FROM_BEFORE.test(before)) return FRONTED_BOUND_BEFORE.test(before) && afterClause(after) === 'past' ? 'past' : 'open';
  // Nothing before: the verb after it, within its clause ("On Friday the minister will
  // travel"). A comma right after the expression ends a fronted adverbial; the next comma ends
  // the clause: what follows it is another clause, often the reporting frame ("…, officials
  // said"), whose verb dates the report, not the expression. An expression that is not fronted
  // and is followed by a comma and a participle ("… the cyberattack that hit 200 companies
  // Friday, demanding $70 million for the data to be returned") ends its clause: the
  // participial clause after it is another, whose verb does not date it. (Any comma was tried:
  // it cut introductory clauses from their main clause — "When lawmakers return to Austin in
  // January, they will …", "With nearly all polling stations reporting late Monday night, the
  // party had …" — and lost five right values on duc2006 dev.)
  // No cue near the date: a governing future farther back in the sentence (`wide`, see
  // farFuture) decides before the words after it. Only here, so that the constructions read
  // above keep their answer ("would drop from March's 6%" names the figure's month: no direction).
  if (wide !== undefined && farFuture(wide)) return 'future';
  // A past verb farther back whose clause runs on to the date (farPast) decides where nothing
  // after the date does.
  const far = (): Tense => (wide !== undefined && farPast(wide) ? 'past' : null);
  if (PARTICIPLE_CLAUSE_AFTER.test(after) && !FRONTED_BEFORE.test(before)) return far();
  return afterClause(after) ?? (farAfter !== undefined && FRONTED_BEFORE.test(before) ? afterParenthetical(farAfter) ?? afterFrontedStretch(farAfter) : null) ?? far();
}

/**
 * A fronted date whose clause's subject carries a parenthetical set off by commas — a
 * non-restrictive relative clause or an appositive ("On Tuesday, the party, which lost the
 * election, plans to hold a congress"; "On Friday, Mara Voss, the harbour master, will …"): the
 * subject's own clause goes on after the closing comma, and its verb is the one the fronted
 * adverbial modifies (Quirk et al. §8.2; a relative clause is part of the noun phrase, and its
 * verb dates the antecedent's act, not the adverbial). afterClause stops at the first comma, so
 * the clause read was the subject alone, with no verb: the news default (past) took a coming
 * Tuesday in a Sunday report a week back (session 23's unseen reading, "On Tuesday … plans to
 * hold"). Read only when the stretch before the first comma is a short noun phrase (at most
 * six words of letters and no cue; no number: "February 26,1989 -- …" is a date's own comma)
 * and the parenthetical closes within PARENTHETICAL_MAX characters in the sentence; the verb
 * after it is read as afterClause reads any clause. `farAfter` is the sentence after the date
 * (at most ~200 characters).
 */
const PARENTHETICAL_MAX = 140;

/**
 * A fronted date followed by more fronted matter before its clause's verb: another adverbial, a
 * subject with an appositive ("On Thursday morning, a few hundred miles to the east in the city of
 * Hangzhou, Wang Youcai, 33, is to go on trial"). Each comma-delimited stretch with no tense cue
 * (an adverbial, a subject, an age or title in apposition) is passed over, and so is a stretch
 * opening with a relative word (a parenthetical relative clause, whose verb dates its antecedent's
 * act, as afterParenthetical says); the first stretch with a cue is the clause the date modifies,
 * read as afterClause reads any clause. Read wrongly as the news default (past), the coming
 * Thursday of a Wednesday report went a week back (session 24's unseen reading). At most
 * FRONTED_STRETCHES stretches, within the sentence (`farAfter`, ~200 characters): a subject that
 * is a list of names takes one stretch a member, and an appositive after it one more ("On
 * Tuesday, Kovac, Brannik, Voss and Ardel, the four party leaders, will meet": six stretches to
 * the verb; with five the verb was never reached and the coming Tuesday went a week back, issue
 * #11, session 25). The stretches without a cue are passed over whatever their number, so the cap
 * only bounds the work; the sentence and the 200 characters bound the reading.
 */
const FRONTED_STRETCHES = 10;
const RELATIVE_OPENING = /^\s*(?:which|who|whom|whose|where|when|while)\b/i;
function afterFrontedStretch(farAfter: string): Tense {
  const end = farAfter.search(/[.;:!?()"“”]/);
  const parts = (end >= 0 ? farAfter.slice(0, end) : farAfter).split(',');
  for (let i = 0; i < parts.length && i < FRONTED_STRETCHES; i++) {
    const part = parts[i];
    if (!/\p{L}/u.test(part) || RELATIVE_OPENING.test(part)) continue;
    compiledOnce(CUE_RE).lastIndex = 0;
    if (CUE_RE.test(part)) return afterClause(part);
  }
  return null;
}
const SUBJECT_THEN_COMMA = /^\s*,?\s*(\p{L}[\p{L}.'’&-]*(?:\s+[\p{L}.'’&-]+){0,5})\s*,\s*/u;
function afterParenthetical(farAfter: string): Tense {
  const subject = SUBJECT_THEN_COMMA.exec(farAfter);
  if (!subject || CLAUSE_END.test(subject[1])) return null;
  compiledOnce(CUE_RE).lastIndex = 0;
  if (CUE_RE.test(subject[1])) return null;
  const rest = farAfter.slice(subject[0].length);
  const close = clauseComma(rest);
  if (close <= 0 || close > PARENTHETICAL_MAX || /[.;:!?()"“”]/.test(rest.slice(0, close))) return null;
  return afterClause(rest.slice(close + 1));
}

/**
 * Between a tense cue and the date: a clause boundary (a comma, a semicolon, a subordinator or
 * relative word), after which the date may belong to another clause than the cue's; and the
 * boundaries that open a clause of their own whatever follows (a coordinator after a comma, a
 * semicolon, a subordinator that is never a preposition). "after", "before", "since", "until"
 * are prepositions as often ("will vote after the hearing on Thursday"): they count only with a
 * verb after the date.
 */
const CLAUSE_GAP = /[,;]|\b(?:that|which|who|whom|when|while|whereas|because|although|though|if|unless|once|after|before|since)\b/i;
/** …a coordinator after a comma opens a clause, not a coordinated phrase ("any time from next week, but not after Monday"). */
const STRONG_CLAUSE_GAP = /;|,\s*(?:but|and|or|yet|while|whereas)\s+(?!(?:not|never|also|only|even|after|before|on|in|at|by|from|until|till|through|during|for|with|to)\b)|\b(?:because(?!\s+of\b)|although|though|whereas|unless)\b/i;

/**
 * The present participle of a verb of publishing, broadcasting or staging right before the
 * date, modifying a noun ("a study appearing Friday in the journal Science", "the interview
 * airing Sunday", "an exhibition opening Saturday"): the participle has no tense of its own and
 * names an arranged presentation, which news announces ahead of its day ("a report appearing
 * Friday" is the coming issue; once out, it "appeared" or was "published"). So the day lies
 * ahead, unless the clause whose subject the participle's noun is is told in the past ("the
 * documentary airing Friday drew 3 million viewers"), which leaves the nearer occurrence
 * ('open'). Read as the past default, a study appearing in two days' time went a week back
 * (session 20's unseen reading). Not after an auxiliary ("is appearing Friday" is a progressive
 * of arrangement, read by the cues; "was airing" a past one).
 */
const SCHEDULED_PARTICIPLE_BEFORE = /(?<!\b(?:is|are|am|was|were|be|been|being|['’]s|['’]re)\s+)\b(?:appearing|airing|premiering|debuting|screening|broadcasting|opening|launching)\s+(?:(?:online|nationally|worldwide)\s+)?(?:on\s+)?$/i;

/**
 * "after", "following", "in the wake of" opening a gerund or a noun phrase that runs to the date
 * with no clause break ("after winning a landslide victory", "after a landslide victory",
 * "following the vote"): the date is the phrase's event's (see clauseTense).
 */
const AFTER_PHRASE_GAP = /\b(?:after|following|in\s+the\s+wake\s+of)\s+(?:[a-z]{2,}ing\b|(?:a|an|the|its|their|his|her|our)\s)[^,;:.!?()\u2014\u2013"“”]{0,60}$/i;
/** Nothing but a preposition or a connective before the expression in its sentence: it is fronted. */
const FRONTED_BEFORE = /(?:^|[.!?;:"“”]\s*)(?:(?:on|in|at|by|and|then|but|so|early|late|since|until|from)[\s,]+)*$/i;
/**
 * A noun phrase and a start after it: "a virtual summit starting", "the two-day talks beginning".
 * Not a noun of a period or a count (a measured stretch of time the clause's verb reports on).
 */
const EVENT_NOUN_START_BEFORE = /\b(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?!(?:period|periods|stretch|span|window|spell|hours?|days?|nights?|weeks?|weekends?|months?|years?|quarters?|session)\s)[a-z]+\s+(?:beginning|starting)\s+(?:(?:early|mid|late|on|in)[\s-]+)?$/i;
/** The second member of a range of weekdays: "starting Thursday and ending ", "from Monday through ". */
const RANGE_END_BEFORE = /(\b(?:starting|beginning|from)\s+)(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:and\s+)?(?:ending|through|until|till|to)\s+$/i;
/** A bound at the head of its sentence or clause: "As of", "By", "Until" with nothing before it. */
const FRONTED_BOUND_BEFORE = /(?:^|[.!?;:"“”]\s*)(?:as\s+of|by|until|till|through|from)\s+(?:(?:early|mid|late|on|in)[\s-]+)?$/i;
/** A comma and a present participle opening a clause of its own (", demanding …", ", saying …"). */
const PARTICIPLE_CLAUSE_AFTER = /^\s*,\s*[a-z]+ing\b/;
/** A start after the clause's verb ("a period starting Friday", "beginning Monday"). */
const START_BEFORE = /\b(?:beginning|starting|effective|as\s+of)\s+(?:(?:early|mid|late|on|in)[\s-]+)?$/i;
/**
 * "since" opening a clause or phrase that runs to the date ("since taking office in late
 * January", "since the pandemic began in March"): the date lies behind, as for "since March".
 */
const SINCE_CLAUSE_BEFORE = /\bsince\s+(?:[a-z]+ing|the\s+[a-z]+\s+(?:began|started|hit|struck|emerged))\b[^,;:.!?]{0,40}$/i;

const UNTIL_BEFORE = /\b(?:until|till)\s+(?:(?:early|mid|late|on|in)[\s-]+)?$/i;
/** A past verb of lasting, then up to a few words of its complement, before "until". */
const DURATIVE_PAST_UNTIL = /\b(?:remained|stayed|lasted|served|continued|lived|ruled|reigned|persisted|survived|worked|governed|presided)\b[^,;:.!?]{0,60}?\b(?:until|till)\s+(?:(?:early|mid|late|on|in)[\s-]+)?$/i;

const RESCHEDULED_TO_BEFORE = /\b(?:postponed|delayed|pushed\s+back|moved|rescheduled|put\s+off|brought\s+forward|shifted)\b[^,;:.!?]{0,50}?\bto\s+(?:(?:early|mid|late|on)[\s-]+)?$/i;

/** A negated past before "until": "had not been reported … until", "wasn't found until", "did not arrive until". */
const NEGATED_PAST_UNTIL = /\b(?:(?:was|were|had|did)\s+(?:not|never)|(?:wasn|weren|hadn|didn)['’]t)\b[^,;:.!?]{0,60}?\b(?:until|till)\s+(?:(?:early|mid|late|on|in)[\s-]+)?$/i;

/** The tense of a "when" clause right after the expression ("…, when he was sworn in"), or null. */
function whenClause(after: string): Tense {
  const m = /^\s*,?\s*when\s+([^,;:.!?]{0,60})/i.exec(after);
  if (!m) return null;
  compiledOnce(CUE_RE).lastIndex = 0;
  const c = CUE_RE.exec(m[1]);
  if (!c || c[0] === 'May') return null;
  return c.groups!.f !== undefined ? 'future' : c.groups!.p !== undefined ? 'past' : null;
}

/** The tense of the clause after an expression (see tenseOf), up to a clause break. */
function afterClause(after: string): Tense {
  let m: RegExpExecArray | null;
  const lead = /^\s*,/.exec(after)?.[0].length ?? 0;
  const rest = after.slice(lead);
  const stop = CLAUSE_END.exec(rest);
  const comma = clauseComma(rest);
  const cut = Math.min(stop ? stop.index : rest.length, comma >= 0 ? comma : rest.length);
  const clause = rest.slice(0, cut);
  compiledOnce(CUE_RE).lastIndex = 0;
  while ((m = CUE_RE.exec(clause))) {
    // "faces", "facing" point ahead before a date ("faces a recall vote in May"); after it they
    // are another phrase's ("a protest Saturday to support the insurrectionists facing charges").
    if (m[0] === 'May' || POSSIBILITY.test(m[0]) || /^fac/i.test(m[0]) || m.groups!.sp !== undefined) continue;
    if (m.groups!.p !== undefined && notFinitePast(clause, m)) continue;
    // A past verb right before a modal ends a relative clause inside the subject ("And in August,
    // a task force Clinton created will present plans"): the modal is the main clause's verb,
    // which the fronted date modifies. (A past verb of the main clause takes its complement
    // first: "announced it will", never "announced will".)
    if (m.groups!.p !== undefined && /^\s+(?:will|would|shall|won['’]t|can|could|may|might|must|should)\b/.test(clause.slice(m.index + m[0].length))) continue;
    // A promise or a threat with its infinitive after the date ("In April, the EU threatened to
    // impose duties", "on Sunday vowed to uphold …"): the date stands before the finite verb and
    // dates the promising, which is past; the infinitive's act ahead is no time of the date's.
    // (Before the date the cue stays a future: "vowed to return Monday".)
    if (m.groups!.f !== undefined && PROMISE_PAST.test(m[0]) && !NOT_FINITE_BEFORE.test(clause.slice(Math.max(0, m.index - 30), m.index))) return 'past';
    return m.groups!.f !== undefined ? 'future' : m.groups!.pp !== undefined ? 'open' : 'past';
  }
  return null;
}

/**
 * A place and its region set off by commas ("in Conyers, Ga., wounded six students", "in
 * Tucson, Arizona, said"): the commas belong to the name (the region is an appositive of the
 * place), not to the clause, whose verb follows them.
 */
const PLACE_REGION_COMMA = /^,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?,/u;

/** The first comma of `s` that ends a clause: not the commas of a "Place, Region," name (PLACE_REGION_COMMA); -1 when none. */
function clauseComma(s: string): number {
  let i = s.indexOf(',');
  while (i >= 0) {
    const region = /\p{Lu}[\p{L}.'’-]*$/u.test(s.slice(Math.max(0, i - 30), i)) ? PLACE_REGION_COMMA.exec(s.slice(i)) : null;
    if (!region) return i;
    i = s.indexOf(',', i + region[0].length);
  }
  return -1;
}

/** The finite past of promising and threatening that opens FUTURE's infinitive cue. */
const PROMISE_PAST = /^(?:vowed|promised|pledged|threatened)\b/i;
