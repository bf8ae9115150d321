/**
 * The main act of a lede told in other words (issue #12: the main event reworded is not
 * consensus; predicates.ts readAct, otherActors). Each case is a mechanical misreading found on
 * the AllSides dev ledes: a verb that WordNet also lists as a noun ("accused", "asking", "end")
 * read nowhere, a contracted auxiliary hiding its verb ("they'll accept"), a weekday read as the
 * subject's name and a possessive read as another name than its owner's (both made two reports
 * of one act look like two actors' acts). Invented sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { otherActors, readAct } from '../src/compare/words/predicates.js';

const main = (s: string): string[] => readAct(s).main.map((p) => `${p.lemma}${p.negated ? '-' : ''}`);

test('a verb that is also a noun is read as the verb where it stands as one', () => {
  assert.deepEqual(main('The harbour board on Monday formally accused the ferry line of dumping fuel.'), ['accuse']);
  assert.deepEqual(main('Mayor Brandt is asking the council for funds to repair the pier.'), ['ask']);
  assert.deepEqual(main('The port said the ferry line would end its night service.'), ['end']);
  // Not where it is no verb: a participle opening the sentence, an adverb in the verb group, a
  // base form after "be".
  assert.deepEqual(main('Classified reports by the harbour police painted a grim picture of the docks.'), ['paint']);
  assert.deepEqual(main('The ferry service might even be suspended.'), ['suspend']);
  assert.ok(!main('Dock workers say the harbour is still closed and the ferries were still docked.').includes('still'));
  assert.deepEqual(main('The old pier would be better for the ferries.'), []);
});

test('a contracted auxiliary opens its verb group', () => {
  assert.deepEqual(main('Dock workers say they\'ll accept the offer from the port.'), ['accept']);
  assert.deepEqual(main('Dock workers say they’ve rejected the offer from the port.'), ['reject']);
});

test('a weekday or month is no name of the subject', () => {
  assert.deepEqual(readAct('The Velmora port authority on Wednesday ordered the ferries to stay in harbour.').subject, ['velmora']);
  // "Friday" read as the subject's name made these two reports of one ruling acts of two actors.
  const a = readAct('A federal appeals court Friday night allowed the Velmora ferry line to resume sailing.');
  const b = readAct('The Fifth Circuit Court of Appeals allowed the Velmora ferry line to resume sailing.');
  assert.equal(otherActors(a, b, 0.5), false);
  // Two named actors of one act are still two.
  const c = readAct('The Sarn Harbour Board allowed the Velmora ferry line to resume sailing.');
  assert.equal(otherActors(c, b, 0.5), true);
});

test('a possessive names its owner', () => {
  const a = readAct('The state of Velmora urged the court to lift the ferry ban.');
  const b = readAct('Citing the storm, Velmora\'s attorney general urged the court on Thursday to lift the ferry ban.');
  assert.equal(otherActors(a, b, 0.5), false);
  assert.equal(otherActors(b, a, 0.5), false);
});

test("a possessive names its owner only through the owner's own organs", () => {
  // Review (session 19): read as the owner whatever its noun, "Velmora's neighbours closed …"
  // was Velmora's act, and "Velmora closed the border crossings" a shared fact citing the report
  // that the neighbours closed them.
  const owner = readAct('On Thursday, Velmora closed the border crossings after the outbreak.');
  const other = readAct("On Thursday, Velmora's neighbours closed the border crossings after the outbreak.");
  assert.equal(otherActors(owner, other, 0.5), true);
  assert.equal(otherActors(other, owner, 0.5), true);
  const organ = readAct("On Thursday, Velmora's foreign ministry closed the border crossings after the outbreak.");
  assert.equal(otherActors(owner, organ, 0.5), false);
  // A modifier is looked past to its noun, which is no organ here.
  const rival = readAct("On Thursday, Velmora's top rival closed the border crossings after the outbreak.");
  assert.equal(otherActors(owner, rival, 0.5), true);
});
