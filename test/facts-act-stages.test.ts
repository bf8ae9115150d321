/**
 * Two steps of one affair are never one fact (issue #12): "was charged" / "was convicted",
 * "proposed" / "approved", "indicted" / "acquitted" of one participant. Word vectors put such
 * verbs close together (they share their contexts), and each step's verb sat near a noun both
 * sentences share ("charged" / "fraud"), so two outlets telling two steps made one consensus
 * fact citing an outlet for a step it never reported. predicates.ts stageWords (the act-stage
 * table, bench/build-act-stages.ts) and tellings (a word both sentences hold does not tell the
 * other's act) keep them apart; real paraphrases ("charged" / "indicted", "killed" / "shot
 * dead") stay one fact. Invented articles, real annotator.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';
import { mainActsDiffer, readAct, sameMainAct, samePredicateWord, stageWords, type Predicate } from '../src/compare/words/predicates.js';
import { stem } from '../src/compare/words/text.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, text, outlet, language: null, published: '2026-03-04', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

/** Whether the two ledes, each in an article of its own with an unrelated second sentence, make a shared fact. */
function shared(x: string, y: string): boolean {
  const { dossier: d } = buildDossier([
    art('a', 'Courier', `${x} The harbour master said repairs to the old crane would take a month.`),
    art('b', 'Ledger', `${y} Fishing boats were told to stay in port until the weekend.`),
  ]);
  return d.facts.some((f) => f.support.length > 1);
}

const CHARGED = 'Tomas Vorn, a former Velmora harbour official, was charged on Monday with fraud over the ferry contract.';
const CONVICTED = 'Tomas Vorn, a former Velmora harbour official, was convicted on Monday of fraud over the ferry contract.';
const INDICTED = 'Tomas Vorn, a former Velmora harbour official, was indicted on Monday on fraud over the ferry contract.';
const PROPOSED = 'The Velmora council proposed a new harbour tax on Tuesday to pay for the sea wall.';
const APPROVED = 'The Velmora council approved a new harbour tax on Tuesday to pay for the sea wall.';
const GRAND_JURY = 'A grand jury indicted Tomas Vorn on Monday on fraud charges over the ferry contract.';
const ACQUITTED = 'A jury acquitted Tomas Vorn on Monday of fraud charges over the ferry contract.';

test('two steps of one affair told in near-copy sentences are two statements', () => {
  assert.equal(shared(CHARGED, CONVICTED), false, '"charged" / "convicted"');
  assert.equal(shared(PROPOSED, APPROVED), false, '"proposed" / "approved"');
  assert.equal(shared(GRAND_JURY, ACQUITTED), false, '"indicted" / "acquitted"');
});

test('a paraphrase of one step is still one fact', () => {
  assert.equal(shared(CHARGED, INDICTED), true, '"charged" / "indicted": indicting is charging formally');
  assert.equal(
    shared('Gunmen killed the Velmora harbour master outside his home on Sunday night, police said.', 'Gunmen shot dead the Velmora harbour master outside his home on Sunday night, police said.'),
    true,
    '"killed" / "shot dead"',
  );
});

const pred = (word: string, lemma: string): Predicate => ({ word, lemma, stem: stem(lemma) });

test('stage verbs are not one act by their vectors, paraphrases are', () => {
  assert.ok(stageWords(pred('charged', 'charge'), pred('convicted', 'convict')));
  assert.ok(stageWords(pred('arrested', 'arrest'), pred('charged', 'charge')));
  assert.ok(!samePredicateWord(pred('charged', 'charge'), pred('convicted', 'convict'), 0.5), 'vectors alone put them at 0.86');
  assert.ok(!stageWords(pred('charged', 'charge'), pred('indicted', 'indict')));
  assert.ok(!stageWords(pred('killed', 'kill'), pred('shot', 'shoot')));
  assert.ok(!stageWords(pred('said', 'say'), pred('told', 'tell')));
});

test('a word both sentences share does not tell the other sentence\'s main act', () => {
  assert.ok(mainActsDiffer(readAct(CHARGED), readAct(CONVICTED), 0.5));
  assert.ok(!sameMainAct(readAct(CHARGED), readAct(CONVICTED), 0.5));
  assert.ok(!mainActsDiffer(readAct(CHARGED), readAct(INDICTED), 0.5));
});

test('a participle describing an appositive or a copula\'s noun is not the main act', () => {
  const words = (text: string): string[] => readAct(text).main.map((p) => p.word);
  assert.deepEqual(words('Tomas Vorn, the former harbour official convicted of fraud over the ferry contract, was sentenced on Friday to six years in prison.'), ['sentenced']);
  assert.deepEqual(words('Tomas Vorn is now the first harbour official charged with a felony to be sentenced.'), []);
  // Two outlets telling one sentencing, one naming the earlier step in an appositive, are one fact.
  assert.equal(
    shared('Tomas Vorn, the former harbour official convicted of fraud over the ferry contract, was sentenced on Friday to six years in prison.', 'Former harbour official Tomas Vorn was sentenced on Friday to six years in prison for fraud over the ferry contract.'),
    true,
  );
  // A finite verb after a fronted adverbial's comma, or after a name, is still the main act.
  assert.deepEqual(words('The council approved the harbour plan on Tuesday.'), ['approved']);
  assert.deepEqual(words('Harbour officials said that on Sunday, the Velmora navy scrambled two patrol boats from the port, but the boats did not sail.'), ['scrambled']);
  assert.deepEqual(words('On Sunday, the harbour board approved new rules for ferries, officials said.'), ['approved']);
});

test('a finite verb after a copula or a fronted participle clause is still the main act', () => {
  const words = (text: string): string[] => readAct(text).main.map((p) => p.word);
  // A passive participle takes no object: "lost $2 million", "raised the levy", "warned Kessland" are finite.
  assert.deepEqual(words('The upshot was the ferry company lost $2 million in the quarter.'), ['lost']);
  assert.deepEqual(words('Speaking in Velmora, the harbour minister warned Kessland, the agency reported.'), ['warned']);
  assert.deepEqual(words('The reason is the council raised harbour fees for trawlers.'), ['raised']);
  // A sentence opening with a participle clause has its subject after the comma, not an appositive.
  assert.deepEqual(words('Speaking in Velmora, the harbour minister warned of new fees, the agency reported.'), ['warned']);
  // The reduced relatives still describe their noun, after a name ending in "-ing" too.
  assert.deepEqual(words('Redding Marr, the harbour official charged with fraud over the ferry contract, was sentenced on Friday to six years.'), ['sentenced']);
  assert.deepEqual(words('Tomas Vorn is now the first harbour official charged with a felony to be sentenced.'), []);
});

test('two ways of one act are not steps of an affair', () => {
  // "laud" and "commend" are direct co-hyponyms of "praise" in WordNet: one act told in two words,
  // which the stage table held apart before it asked for a common parent act (review, session 27).
  assert.equal(
    shared('Governor Ilse Marr lauded the harbour rescuers on Monday for saving 40 fishermen.', 'Governor Ilse Marr commended the harbour rescuers on Monday for saving 40 fishermen.'),
    true,
    '"lauded" / "commended"',
  );
  assert.ok(!stageWords(pred('lauded', 'laud'), pred('commended', 'commend')));
  assert.ok(!stageWords(pred('enraged', 'enrage'), pred('infuriated', 'infuriate')));
});
