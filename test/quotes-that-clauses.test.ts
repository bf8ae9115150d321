/**
 * A fragment quoted inside the "that" clause of the sentence subject's own verb (rule 3c in
 * src/annotate/quotes.ts), on invented text: the clause is the subject's report whoever it is
 * about, and the verb may come after an auxiliary or adverb or take a particle; and (rule 1) a
 * participle clause after a closed quote's verb does not keep that verb from being its attribution.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string): AnnotatedArticle {
  return annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}

test('a person inside the subject\'s "that" clause is what the words are about, not who says them', () => {
  const a = read('Walter Brekke sniped that Ilse Marr, a first-time harbour chief, was “learning on the job.”');
  assert.equal(a.quotes[0].speakerName, 'Walter Brekke');
  // A relative clause in the "that" clause may bring in a speaker of its own: left alone.
  assert.equal(read('Walter Brekke sniped that Ilse Marr, who runs the port, was “learning on the job.”').quotes[0].speaker, null);
});

test('the verb before "that" may follow an auxiliary or adverb and take a particle', () => {
  assert.equal(read('Oskar Lind has repeatedly insisted that the ferry plan was “doomed from the start.”').quotes[0].speakerName, 'Oskar Lind');
  assert.equal(read('Oskar Lind fired back that the islanders had “voted for me twice.”').quotes[0].speakerName, 'Oskar Lind');
});

test('after a quote ending in "?", the verb and a participle clause however long are its attribution', () => {
  const a = read('Kessel asked whether the port would close.\n\n“The old docks, the ones by the river?” Vera Dunmore asked, turning the question into a show of hands for the whole crowd.');
  assert.equal(a.quotes[0].speakerName, 'Vera Dunmore');
  // A quoted title in that participle clause does not cut the attribution short.
  const b = read('“We will see, right?” Vera Dunmore remarked, alluding to the captain in “The Long Crossing.”');
  assert.equal(b.quotes[0].speakerName, 'Vera Dunmore');
});

test('a person with a verb of their own inside the "that" clause keeps the fragment from the framing subject', () => {
  // The person is reported as judging or speaking: the quoted words may be theirs.
  assert.equal(read('Walter Brekke sniped that Ilse Marr, speaking on radio, had deemed the plan “a disaster.”').quotes[0].speaker, null);
  assert.equal(read('Walter Brekke sniped that Ilse Marr had ridiculed the idea of a “harbour tax.”').quotes[0].speaker, null);
  // A linking verb or "have" says what the person is or has: still the subject's report.
  assert.equal(read('Walter Brekke sniped that Ilse Marr had “no clue.”').quotes[0].speakerName, 'Walter Brekke');
  assert.equal(read('Walter Brekke sniped that Ilse Marr and Oskar Lind were “clueless.”').quotes[0].speakerName, 'Walter Brekke');
});

test('a verb of learning or perceiving before "that" reports what another source said', () => {
  assert.equal(read('Walter Brekke had heard that the plan was “a disaster.”').quotes[0].speaker, null);
  assert.equal(read('Walter Brekke found out that the plan was “a disaster.”').quotes[0].speaker, null);
});

test('after a quote a colon introduced, the next name and its participle clause are the next speaker\'s', () => {
  const a = read('Walter Brekke asked the council: “Who will pay for the new docks?” Ilse Marr replied, pointing to a budget line the council had approved in the spring.');
  assert.equal(a.quotes[0].speakerName, 'Walter Brekke');
  const b = read('Walter Brekke told the council: “The port is finished.” Ilse Marr responded, calling the claim “nonsense.”');
  assert.equal(b.quotes[0].speakerName, 'Walter Brekke');
});
