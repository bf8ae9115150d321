/**
 * The timeline's entries for two constructions whose date is not the main clause's act (session
 * 19, issue #11), on invented text: a date in a reduced relative clause ("the moratorium
 * established last year") shows its noun phrase, not the main clause; the new end of a prolonged
 * period ("extended … until July") is no entry (timeline.ts reducedRelativeStart, newEnd).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string, published = '1998-09-10'): Article =>
  ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;

test("timeline: a date in a reduced relative clause shows its noun phrase, not the main clause's act", () => {
  const { dossier } = buildDossier([
    article('a', 'Vellmar Post', 'The high court on Thursday vacated the eviction moratorium established last year by the health agency, ending protections for millions of renters.', '2021-08-27'),
    article('b', 'Kestrel News', 'Officials in the city resigned last year. The court struck down the moratorium on Thursday.', '2021-08-27'),
  ]);
  const of2020 = dossier.timeline.filter((e) => e.date === '2020').map((e) => e.text);
  assert.ok(of2020.includes('the eviction moratorium established last year by the health agency'), JSON.stringify(dossier.timeline));
  // A noun phrase in the subject ("Officials in the city") opens no reduced relative.
  assert.ok(of2020.includes('Officials in the city resigned last year.'), JSON.stringify(dossier.timeline));
});

test('timeline: the new end of a prolonged period ("extended … until July") is no entry', () => {
  const { dossier } = buildDossier([
    article('a', 'Vellmar Post', 'Congress extended that protection for renters until July, but the health agency later moved the date again.', '2021-08-27'),
    article('b', 'Kestrel News', 'The shop remained closed until Friday, the owner said.', '2021-08-27'),
  ]);
  assert.ok(!dossier.timeline.some((e) => e.date === '2021-07'), JSON.stringify(dossier.timeline));
  assert.ok(dossier.timeline.some((e) => e.text.startsWith('The shop remained closed')), JSON.stringify(dossier.timeline));
});

test('timeline: a date in a restrictive relative clause ("a rule that took effect last year") shows its noun phrase', () => {
  const { dossier } = buildDossier([
    article('a', 'Vellmar Post', 'Renters will be protected from eviction, the agency announced Monday, effectively reversing a county rule that took effect last year.', '2021-05-11'),
    article('b', 'Kestrel News', 'The mayor told reporters that the bridge collapsed last year. The agency acted on Monday.', '2021-05-11'),
  ]);
  const of2020 = dossier.timeline.filter((e) => e.date === '2020').map((e) => e.text);
  assert.ok(of2020.includes('a county rule that took effect last year'), JSON.stringify(dossier.timeline));
  // "that" after a verb of saying opens what was said, not a relative clause: the sentence stays whole.
  assert.ok(of2020.includes('The mayor told reporters that the bridge collapsed last year.'), JSON.stringify(dossier.timeline));
});

test("timeline: a participle after its noun with the sentence's only date is the main clause's date", () => {
  // Review (session 19): "involved", "concerned" put after their noun are adjectives; the date is
  // the charge's and the fine's, and the entries showed only "the three officers involved on
  // Tuesday" and "the two companies concerned last week over the spill".
  const { dossier } = buildDossier([
    article('a', 'Vellmar Post', 'Prosecutors charged the three officers involved on Tuesday. A lawyer for the officers declined to comment.', '2024-05-10'),
    article('b', 'Kestrel News', 'The city fined the two companies concerned last week over the spill. The companies said they would appeal.', '2024-05-10'),
  ]);
  const texts = dossier.timeline.map((e) => e.text);
  assert.ok(texts.includes('Prosecutors charged the three officers involved on Tuesday.'), JSON.stringify(dossier.timeline));
  assert.ok(texts.includes('The city fined the two companies concerned last week over the spill.'), JSON.stringify(dossier.timeline));
});

test('timeline: a date in a relative clause of place ("the site where the towers fell two decades ago") shows that clause, not the main act', () => {
  // Session 25's unseen reading: a gathering on the anniversary stood under the year of the fall.
  const { dossier } = buildDossier([
    article('a', 'Vellmar Post', 'Three former mayors gathered on Saturday at the site where the old harbour tower fell two decades ago.', '2021-09-11'),
    article('b', 'Kestrel News', 'The mayors met at the harbour on Saturday to remember the victims.', '2021-09-11'),
  ]);
  const of2001 = dossier.timeline.filter((e) => e.date === '2001').map((e) => e.text);
  assert.ok(!of2001.some((t) => t.startsWith('Three former mayors gathered')), JSON.stringify(dossier.timeline));
  assert.ok(of2001.includes('the site where the old harbour tower fell two decades ago'), JSON.stringify(dossier.timeline));
  // A date fronted inside the clause, before its verb, leaves the sentence whole (a clause cut at
  // the date would show no act).
  const { dossier: d2 } = buildDossier([
    article('a', 'Vellmar Post', 'More than 200 people came to a meeting in the town where in December, a gunman shot four students.', '2000-01-20'),
    article('b', 'Kestrel News', 'The town held a meeting on school safety.', '2000-01-20'),
  ]);
  assert.ok(!d2.timeline.some((e) => e.text === 'the town where in December'), JSON.stringify(d2.timeline));
  // A second verb after the relative clause is the main clause's: its date is the main act's.
  const { dossier: d3 } = buildDossier([
    article('a', 'Vellmar Post', 'The clinic where the doctor worked until he was attacked reopened on Tuesday under guard.', '2024-10-31'),
    article('b', 'Kestrel News', 'The clinic reopened on Tuesday.', '2024-10-31'),
  ]);
  assert.ok(d3.timeline.some((e) => e.text === 'The clinic where the doctor worked until he was attacked reopened on Tuesday under guard.'), JSON.stringify(d3.timeline));
});

test('timeline: a date in the complement of "on the eve of" / "ahead of" dates that event, not the sentence (no entry under it)', () => {
  // Session 25's unseen reading: a seizure "on the eve of Saturday's expected vote" stood under the Saturday.
  const { dossier } = buildDossier([
    article('a', 'Vellmar Post', 'Harbour police seized the trawler Grey Heron on the eve of the March 23 council vote on fishing quotas. The council voted on March 23 to cut the fishing quotas.', '2024-03-26'),
    article('b', 'Kestrel News', 'Crews put up fences ahead of the harbour rally on March 23. The council voted on March 23 to cut the fishing quotas after harbour police seized the trawler Grey Heron.', '2024-03-26'),
  ]);
  const texts = dossier.timeline.map((e) => e.text);
  assert.ok(!texts.some((t) => t.startsWith('Harbour police seized')), JSON.stringify(dossier.timeline));
  assert.ok(!texts.some((t) => t.startsWith('Crews put up fences')), JSON.stringify(dossier.timeline));
  assert.ok(texts.some((t) => t.startsWith('The council voted on March 23')), JSON.stringify(dossier.timeline));
});
