/**
 * Two ledes linked by the story's background alone (issue #12, session 30). The opening
 * sentences of two reports are exempt from the base rate and from the names-only gate
 * (facts.ts TOPIC_CHANCE, background-links.ts): each tells its article's main event, whose words
 * recur because they are the event. But a story that runs for weeks has many main events, and
 * its ledes share its background whatever each reports: the organisation's name and "the
 * March 26 election" join "The election board completed the registration of candidates for the
 * March 26 election" (February) with "The election board scheduled a sitting … to sum up the
 * official results of the March 26 election" (April); a court, the bombing and a name join
 * prosecutors' remarks on one accused with the indictment of another man. The shared words are
 * who and what the story is about, not what either lede states.
 *
 * So two ledes link (below the near-copy bar) only when they share the act:
 *  - their main acts are one (words.predicates sameMainAct: the lemma, a derivation, a synset, an
 *    event class, word vectors, and for one named actor the lemmas' vectors);
 *  - or one lede's main act is told by a predicate of the other that is its main act or no word
 *    of the story's background (an event noun the other tells its act with: "was arrested" /
 *    "the arrest of …", not "the election" every report of the election names);
 *  - or they give one value (a figure or a count outside dates: background-links.ts claimOf), the
 *    slot of the claim both fill ("killed 12" / "12 dead").
 * A lede without a main act read (a verbless headline, a verb the lexicon lacks) gives no evidence
 * on the act, and its links stand as before.
 */
import { sameMainAct, samePredicateWord, type ActPredicate, type ActReading } from '../words/predicates.js';
import { shareSynset, synsetsOf } from '../words/synonyms.js';
import type { StoryBackground } from './background-links.js';

// Count words of a claim's value (background-links.ts keeps them as claim keys).
const COUNT_WORDS = new Set('two three four five six seven eight nine ten eleven twelve dozen dozens hundreds thousands'.split(' '));

/** Whether x's main act is told by a predicate of y that is y's main act or not the story's background. */
function toldIn(x: ActReading, y: ActReading, near: number, bg: StoryBackground): boolean {
  const own = (q: ActPredicate): boolean => y.main.includes(q) || !bg.recurs(q.word);
  return x.main.some((p) => y.preds.some((q) => p.negated === q.negated && own(q) && samePredicateWord(p, q, near)));
}

/**
 * Whether two ledes share their act (see the module comment); `claim` is what they share beyond
 * the story's background (StoryBackground.claimOf), `near` the predicate vector cut.
 */
export function ledesShareAct(a: ActReading, b: ActReading, claim: readonly string[], near: number, bg: StoryBackground): boolean {
  if (!a.main.length || !b.main.length) return true;
  if (claim.some((k) => k.startsWith('#') || COUNT_WORDS.has(k))) return true;
  // Named outright (the lemma, a derivation, a synset, an event class).
  if (sameMainAct(a, b, NAMED) || toldIn(a, b, NAMED, bg) || toldIn(b, a, NAMED, bg)) return true;
  // By word vectors only when the acts' objects are not two different things or the ledes share
  // something of the claim beside the acts. The past forms of an office's acts sit near each
  // other in the vectors whatever they do ("completed" / "scheduled" 0.59): two ledes of one
  // body's two steps tell two objects ("completed the registration of candidates" / "scheduled a
  // sitting", which share no word nor synonym, as oneNamedAct reads two objects) and share only
  // the body and the story's event ("… for the March 26 election" / "… the official results of
  // the March 26 election"). Two tellings of one act may name its object differently, and then
  // share a word of what it is about ("ignored growing pressure to step aside … political
  // associates" / "is resisting calls to resign … political allies"). An event class of the
  // story's background ("election" in every report of the election) is background here; in a
  // story of one event the event's own words are, which is why the objects are asked first
  // ("A church was devastated by fire" / "… home church has been badly damaged in an arson
  // fire": a passive, no object).
  // Only one named actor's act on two things was tried too (a court's "helped" / "returned" 0.57
  // in two actors' ledes): it split two dev ledes of one deal ("a bipartisan group of senators
  // tentatively reached an agreement …" / "a group of Republican and Democrat lawmakers … had
  // struck a deal …"), whose actors are one group named two ways, and was dropped.
  if (otherObjects(a, b) && !claim.some((k) => !(k.startsWith('EV:') && bg.recursKey(k)))) return false;
  return sameMainAct(a, b, near) || toldIn(a, b, near, bg) || toldIn(b, a, near, bg);
}

// Above any cosine: the lemma, a derivation, a shared synset or event class only.
const NAMED = 2;


/** Both main verbs have an object (the content words before a preposition or a break) and the two share no word nor synonym. */
function otherObjects(a: ActReading, b: ActReading): boolean {
  if (!a.objectStems?.length || !b.objectStems?.length) return false;
  return !a.objectStems.some((x) => b.objectStems!.some((y) => x === y || shareSynset(synsetsOf(x), synsetsOf(y))));
}
