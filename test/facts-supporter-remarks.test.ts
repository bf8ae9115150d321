// A shared fact cites a sentence for what it reports, not for its attribution frame
// (src/compare/facts/supporters.ts reportedIn / otherReportedRemark): two remarks of one speaker
// share the speaker's name and title, which made them one fact. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Affinity } from '../src/compare/match/affinity.js';
import { Entailment } from '../src/compare/match/entail.js';
import { readAct } from '../src/compare/words/predicates.js';
import type { FactCluster, FactSentence } from '../src/compare/facts/facts.js';
import { oneClaimFacts } from '../src/compare/facts/one-claim.js';
import { otherReportedRemark, reportedIn } from '../src/compare/facts/supporters.js';

// A fact of two sentences of two articles, the first shown (the more central).
function gate(a: string, b: string): FactCluster[] {
  const x: FactSentence = { idx: 0, article: 'a1', articleIndex: 0, start: 0, end: a.length, text: a };
  const y: FactSentence = { idx: 1, article: 'a2', articleIndex: 1, start: 0, end: b.length, text: b };
  const sentences = [x, y];
  const aff = new Affinity(sentences.map((s) => s.text));
  const entail = new Entailment(sentences.map((s) => s.text), aff.ctx);
  return oneClaimFacts([{ members: [x, y], also: [], centrality: [1, 0.5], origin: null, aligned: null }], sentences, [], { aff, entail, acts: sentences.map((s) => readAct(s.text)), near: 0.5 });
}

const oneFact = (fs: FactCluster[]): boolean => fs.some((f) => new Set(f.members.map((m) => m.article)).size >= 2);

test('two remarks of one speaker, framed alike, are two claims', () => {
  const shown = 'Marta Kovel, research director at the Dalvik Institute for Harbour Safety, said the long calm at the harbour had bred complacency among the crews.';
  const cited = '"Most skippers there never had to think about storms," said Marta Kovel, research director at the Dalvik Institute for Harbour Safety.';
  assert.ok(otherReportedRemark(shown, cited));
  assert.ok(!oneFact(gate(shown, cited)), 'one fact cited for another remark of the same speaker');
  // A trailing frame after the remark, and a leading one, both read.
  const late = 'Patrols of parents and teachers will do far more to keep the harbour safe, said Ivo Brant, head of security for the Dalvik port authority.';
  const other = '"Very few of the measures we have would have prevented the Korvel collision," said Ivo Brant, head of security for the Dalvik port authority.';
  assert.ok(otherReportedRemark(late, other));
  assert.ok(!oneFact(gate(late, other)));
});

test('one remark in two outlets\' words, and sentences with no frame, are left to the other tests', () => {
  // The key word of the remark is shared: one remark.
  assert.ok(!otherReportedRemark('Mayor Ilse Marr said the closure was "a disgrace" to the people of Dalvik.', '"The port\'s closure is a disgrace to every family in this town," said Marr.'));
  assert.ok(!otherReportedRemark('Senator Ilse Marr on Sunday said she would oppose the harbour bill.', 'Senator Ilse Marr said Sunday she will vote against the harbour bill, dooming it.'));
  // Two speakers: their frames share no name, so no attribution made the two look alike; the
  // gate's tests of actors and acts decide (two outlets may credit one fact to two officials).
  assert.ok(!otherReportedRemark('Harbour master Ivo Brant said the quays would reopen on Monday.', '"Ferries can dock again from next week," Mayor Ilse Marr told reporters.'));
  // No frame on one side: nothing to compare here.
  assert.equal(reportedIn('The harbour of Dalvik was closed on Sunday after the storm.'), null);
  assert.ok(!otherReportedRemark('The harbour of Dalvik was closed on Sunday after the storm.', 'Officials said fishing boats would stay in port, Ilse Marr said.'));
  // A clause of its own before the reporting verb is no frame's subject.
  assert.equal(reportedIn('The council has closed the harbour, but the mayor said nothing.'), null);
});

test('the frame and its content', () => {
  const r = reportedIn('Marta Kovel, research director at the Dalvik Institute, said that crews had grown complacent.');
  assert.ok(r);
  assert.equal(r.content.trim(), 'crews had grown complacent.');
  const t = reportedIn('"Crews had grown complacent," Kovel told reporters on Friday.');
  assert.ok(t);
  assert.match(t.frame, /Kovel told reporters/);
});
