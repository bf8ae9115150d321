/**
 * Timeline dates that are not the reported event's (issue #11, session 22's unseen reading), on
 * invented text: the end of a state over before the writing ("served as harbour master through
 * 2002", "was in office until 1997", "had hired 400 workers by the end of March") is no entry,
 * while a schedule ahead, a negated bound and an end with a "when" clause keep theirs; a day of
 * a month before the noun of an occasion arranged ahead ("an Aug. 31 deadline", "the July 4
 * vote") is the nearer occurrence even in a past clause; a year after an event noun of a definite
 * noun phrase ("the Lockerbie bombing in 1988") is shown by that noun phrase where it cannot date
 * the clause's verb.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDossier } from '../src/compare/dossier.js';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle, Article } from '../src/core/schema.js';

// 2026-06-12 is a Friday.
const PUB = '2026-06-12';
const article = (id: string, outlet: string, text: string, published = PUB): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const timeline = (text: string, published = PUB) => buildDossier([article('a1', 'Vellmar Post', text, published), article('a2', 'Kestrel News', text, published)]).dossier.timeline;
const show = (t: ReturnType<typeof timeline>) => JSON.stringify(t.map((x) => [x.date, x.text]));
function read(text: string, published: string): AnnotatedArticle {
  return annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const value = (a: AnnotatedArticle, t: string) => a.times.find((x) => x.text === t)?.value;

test('the end of a state over before the writing is no timeline entry', () => {
  for (const [text, date] of [
    ['Dana Brekke served as Velmora harbour master through 2002, the council said.', '2002'],
    ['Mara Voss served as mayor of Velmora until 1997.', '1997'],
    ['The Velmora ferry company had hired 400 deckhands by the end of March.', '2026-03'],
  ]) {
    const t = timeline(text);
    assert.ok(!t.some((x) => x.date === date), `${text} ${show(t)}`);
  }
});

test('a schedule ahead, a negated bound and an end with a "when" clause keep their entries', () => {
  const a = timeline('The Velmora ferry will stay closed until August.');
  assert.ok(a.some((x) => x.date === '2026-08'), show(a));
  const b = timeline('Mara Voss was mayor of Velmora until 1997, when she resigned over the harbour fund.');
  assert.ok(b.some((x) => x.date === '1997'), show(b));
  // A day is as often the news itself ("reopened then").
  const c = timeline('The Velmora ferry office remained closed until Tuesday, the owner said.');
  assert.ok(c.some((x) => x.text.startsWith('The Velmora ferry office remained closed')), show(c));
  // The state's time itself stays ("served as harbour master in 2002").
  const d = timeline('Dana Brekke served as Velmora harbour master in 2002.');
  assert.ok(d.some((x) => x.date === '2002'), show(d));
  // A change reached by then in a simple past stays. (A period a figure measures named by its
  // end, "the three months through March", stayed here until session 27, whose reading of session
  // 26's unseen stories judged the entry under its last month wrong: test/timeline-report-days.test.ts.)
  const e = timeline('By March, many Velmora harbour reports grew more pessimistic.');
  assert.ok(e.some((x) => x.date === '2026-03'), show(e));
});

test('a day of a month before the noun of a planned occasion is the nearer one, in a past clause too', () => {
  assert.equal(value(read('The dockworkers union said it faced an August 31 deadline to accept the offer.', PUB), 'August 31'), '2026-08-31');
  assert.equal(value(read('Velmora councillors criticized the July 4 vote on the harbour budget.', PUB), 'July 4'), '2026-07-04');
  // The occasion reported held, or the act placed at it: the past stays.
  assert.equal(value(read('The dockworkers union missed the August 31 deadline to accept the offer.', PUB), 'August 31'), '2025-08-31');
  assert.equal(value(read('Mara Voss won the July 4 vote on the harbour budget.', PUB), 'July 4'), '2025-07-04');
  // An occasion that is the subject of a past verb has taken place, even where its later
  // occurrence is the nearer (published June 12: Nov. 30 last year is 194 days back, this
  // year's 171 ahead).
  assert.equal(value(read('The Nov. 30 vote angered the dockworkers union.', PUB), 'Nov. 30'), '2025-11-30');
  assert.equal(value(read('Critics said the Nov. 30 hearing lasted only ten minutes.', PUB), 'Nov. 30'), '2025-11-30');
  assert.equal(value(read('The dockworkers union said the Nov. 30 vote was rigged.', PUB), 'Nov. 30'), '2025-11-30');
  assert.equal(value(read('The union said the Aug. 31 deadline was approaching.', PUB), 'Aug. 31'), '2026-08-31', 'a progressive: still ahead');
  // A day before a noun of what is done keeps the past.
  assert.equal(value(read('Velmora councillors criticized his July 4 phone call to the harbour board.', PUB), 'July 4'), '2025-07-04');
});

test('a year after an event noun of a definite noun phrase shows that noun phrase', () => {
  const t = timeline('Relatives of victims of the Velmora ferry bombing in 1988 met the harbour minister on Tuesday.');
  const e = t.find((x) => x.date === '1988');
  assert.ok(e, show(t));
  assert.equal(e.text, 'the Velmora ferry bombing in 1988');
  assert.ok(t.some((x) => x.date === '2026-06-09' && x.text.startsWith('Relatives of victims')), show(t));
  // The sentence's other date fixes the verb's time: the year is the noun's.
  const u = timeline('Ardel Brekke was convicted in 2001 of the Velmora ferry bombing in 1988.');
  assert.equal(u.find((x) => x.date === '1988')?.text, 'the Velmora ferry bombing in 1988', show(u));
  // After a verb with no other date the year may be the verb's: the sentence is shown whole.
  // Another date of a coordinated clause after the noun phrase fixes nothing: "in 1990" is the
  // joining's, and no entry may say the bombing was in 1990.
  const j = timeline('Ardel Brekke joined the inquiry into the Velmora ferry bombing in 1990 and became its head in 2001.');
  assert.ok(!j.some((x) => x.date === '1990' && x.text === 'the Velmora ferry bombing in 1990'), show(j));
  assert.ok(j.some((x) => x.date === '1990' && x.text.startsWith('Ardel Brekke joined')), show(j));
  const v = timeline('Ardel Brekke was convicted of the Velmora ferry bombing in 2001.');
  assert.ok(v.some((x) => x.date === '2001' && x.text.startsWith('Ardel Brekke was convicted')), show(v));
  // A noun phrase that opens its clause is the clause's own event, after a connective too; and
  // a noun of a body is no event ("the government in March acted …").
  const w = timeline('The Velmora ferry bombing in 1988 killed 270 people.');
  assert.ok(w.some((x) => x.date === '1988' && x.text.startsWith('The Velmora ferry bombing in 1988 killed')), show(w));
  const y = timeline('But the Velmora government in March acted to curb the harbour tolls.');
  assert.ok(y.some((x) => x.date === '2026-03' && x.text.startsWith('But the Velmora government in March acted')), show(y));
  const z = timeline('Relatives of victims met the Velmora government in March to ask for the harbour files on Tuesday.');
  assert.ok(!z.some((x) => x.text === 'the Velmora government in March'), show(z));
});

test('a clause that tells the other\'s act of a participant as done already reports another act: no date card', () => {
  const { dossier } = buildDossier([
    article('a1', 'Vellmar Post', 'A Velmora jury today convicted a harbour gang member of murdering the port guard Dana Brekke in June 2025.', '2026-03-20'),
    article('a2', 'Kestrel News', 'A Velmora jury on Tuesday ordered execution for a harbour gang member convicted of murdering the port guard Dana Brekke in June 2025.', '2026-04-04'),
  ]);
  const dates = dossier.conflicts.filter((c) => c.kind === 'date');
  assert.equal(dates.length, 0, JSON.stringify(dates.map((c) => c.about)));
});
