import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { StoryClusterer, clusterBatch, prepareDoc, type ClusterDoc } from '../src/cluster/index.js';
import { urlDay } from '../src/cluster/features.js';
import { sharedDir, SKIP_NO_SHARED } from './helpers/shared.js';

// Invented events (our own fixtures): two earthquakes, two arrests, a product launch.
const QUAKE_A = [
  'A magnitude 6.1 earthquake struck near Valdora in northern Castavia on Tuesday, killing at least 14 people, officials said.\nRescue teams from Brenmark searched collapsed homes in Valdora through the night.\nThe Castavia Geological Service said the quake hit at a depth of 10 kilometres.',
  'Rescuers in Valdora pulled survivors from the rubble after Tuesday\'s 6.1-magnitude earthquake left 14 dead.\nGovernor Ilse Marrow of Castavia declared an emergency in the Valdora region.\nAftershocks rattled northern Castavia as families slept outside.',
  'The death toll from the Valdora earthquake rose to 14, Governor Ilse Marrow said on Wednesday.\nThe magnitude 6.1 quake destroyed more than 200 homes in northern Castavia.\nBrenmark volunteers joined the search in Valdora.',
];
const QUAKE_B = [
  'A powerful magnitude 7.4 earthquake hit the coastal city of Port Emrys in Selvania on Sunday, and at least 52 people were killed, officials said.\nPresident Oren Daskal flew to Port Emrys to inspect the damage.\nThe Selvania Seismic Bureau warned of a tsunami along the Quill coast.',
  'Selvania mourned 52 victims of the 7.4-magnitude earthquake that struck Port Emrys on Sunday.\nPresident Oren Daskal promised to rebuild the harbour of Port Emrys.\nThe tsunami warning for the Quill coast was lifted hours later.',
  'Aid reached Port Emrys two days after the magnitude 7.4 earthquake killed 52 people in Selvania.\nOren Daskal, the president, toured shelters along the Quill coast.\nSeismologists said the quake was the strongest in Selvania in 40 years.',
];
const ARREST_A = [
  'Police in Marlow arrested striker Teo Vance on suspicion of drunk driving early on Saturday, his club Marlow Rovers said.\nVance, 27, was released on bail and will appear in court on March 3.',
  'Marlow Rovers striker Teo Vance was arrested on suspicion of drunk driving, police said.\nThe club said Vance would train as usual before the court date of March 3.',
];
const ARREST_B = [
  'Police in Marlow arrested defender Gil Okafor on suspicion of drunk driving on Thursday, Marlow Rovers confirmed.\nOkafor, 31, was stopped on the Harwick bridge and will face a judge on June 18.',
  'Marlow Rovers defender Gil Okafor faces a drunk driving charge after his arrest on the Harwick bridge, police said.\nOkafor is due in court on June 18.',
];

const docs = (prefix: string, texts: string[]): ClusterDoc[] => texts.map((text, i) => ({ id: `${prefix}${i + 1}`, text }));

/** Interleave several lists (a stream where two events are reported at the same time). */
function interleave<T>(...lists: T[][]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(...lists.map((l) => l.length)); i++) for (const l of lists) if (i < l.length) out.push(l[i]);
  return out;
}

const storiesAsSets = (stories: Array<{ articles: string[] }>): string[] => stories.map((s) => [...s.articles].sort().join(',')).sort();

// The default thresholds are calibrated on a corpus of hundreds of articles, whose idf makes
// topic words cheap; a 10-article stream has an almost flat idf, so similarities run higher
// and these fixtures use a proportionally higher threshold (higher still since the fitted mix
// weighs content most: two same-kind events share most of their content words).
const SMALL = { join: 0.3, merge: 0.3 };

test('two events of the same kind stay apart; reports of one event join', () => {
  const { stories } = clusterBatch(interleave(docs('qa', QUAKE_A), docs('qb', QUAKE_B), docs('aa', ARREST_A), docs('ab', ARREST_B)), SMALL);
  assert.deepEqual(storiesAsSets(stories), ['aa1,aa2', 'ab1,ab2', 'qa1,qa2,qa3', 'qb1,qb2,qb3']);
  // The story id is the id of its first article.
  assert.deepEqual(
    stories.map((s) => s.id),
    ['qa1', 'qb1', 'aa1', 'ab1'],
  );
});

test('dates years apart keep two otherwise similar reports apart', () => {
  const text = 'Marlow Rovers striker Teo Vance was arrested on suspicion of drunk driving, police said.\nThe club said Vance would train as usual.';
  const c = new StoryClusterer();
  const a = c.add({ id: 'x1', text, published: '2021-03-01' });
  const b = c.add({ id: 'x2', text: text.replace('said.', 'said on Saturday.'), published: '2021-03-02' });
  assert.equal(b.story, a.story);
  const far = new StoryClusterer({ duplicate: 1.01 }); // copies off: compare by content and dates only
  far.add({ id: 'y1', text, published: '2021-03-01' });
  const near = far.add({ id: 'y2', text: text + '\nVance played on.', published: '2021-03-20' });
  // Nineteen days on, a report still joins (the kernel's weeks-wide part); six years on, the same
  // kind of report is another story (a follow-up at most: threads link those).
  const later = far.add({ id: 'y3', text: text + '\nVance scored.', published: '2027-09-20' });
  const undated = far.add({ id: 'y4', text: text + '\nVance trained.' });
  assert.equal(near.story, 'y1');
  assert.equal(later.story, 'y3', 'the same kind of report six years later is another story');
  assert.equal(undated.story, 'y1', 'an undated report is judged by content alone');
});

test('an article bridging two strands merges them; the older id survives', () => {
  const strandA = [
    'The Kelburn bridge will close for repairs, Mayor Lina Ortez announced at city hall.\nOrtez said buses will replace the Kelburn crossing.',
    'Mayor Lina Ortez defended the closure of the Kelburn bridge before the city council.\nCommuters criticised Ortez over the bus plan.',
  ];
  const strandB = [
    'Engineers from Halvard Works found deep cracks in the steel girders of the old span.\nHalvard Works inspectors recommended urgent welding.',
    'Inspectors of Halvard Works reported corroded girders and cracks needing welding.\nThe Halvard Works report runs to 80 pages.',
  ];
  const bridge =
    'Mayor Lina Ortez closed the Kelburn bridge after engineers from Halvard Works found deep cracks in the steel girders.\nOrtez cited the Halvard Works report on corroded girders and urgent welding of the Kelburn span.';
  const run = (b: number) => {
    const c = new StoryClusterer({ ...SMALL, bridge: b });
    const as = [...docs('ka', strandA), ...docs('hb', strandB)].map((d) => c.add(d));
    return { c, as, last: c.add({ id: 'br', text: bridge }) };
  };
  const control = run(2); // bridging disabled
  assert.equal(control.as[0].story, control.as[1].story);
  assert.equal(control.as[2].story, control.as[3].story);
  assert.notEqual(control.as[0].story, control.as[2].story, 'the two strands start apart');
  assert.equal(control.c.stories().length, 2);

  const { c, last } = run(0.3);
  assert.deepEqual(last.merged, ['hb1']);
  assert.equal(last.story, 'ka1');
  assert.equal(c.stories().length, 1);
  assert.equal(c.storyOf('hb2'), 'ka1');
});

test('wire copies are recognised and point at the original', () => {
  const original = QUAKE_B[0] + '\nThe bureau recorded more than 30 aftershocks by Monday morning, the strongest of magnitude 5.2.';
  const copy = 'PORT EMRYS (Wire) - ' + original.replace('officials said', 'officials told reporters').split('\n').slice(0, 4).join('\n');
  const c = new StoryClusterer();
  assert.equal(c.add({ id: 'o', text: original }).duplicateOf, null);
  assert.equal(c.add({ id: 'other', text: QUAKE_B[1] }).duplicateOf, null, 'a different report of the same event is not a copy');
  const a = c.add({ id: 'copy', text: copy });
  assert.equal(a.duplicateOf, 'o');
  assert.equal(a.story, c.storyOf('o'));
  assert.equal(c.duplicateOf('copy'), 'o');
  // A copy of the copy still names the first original.
  assert.equal(c.add({ id: 'copy2', text: copy + '\n' }).duplicateOf, 'o');
});

test('clustering is deterministic and adding an article twice changes nothing', () => {
  const stream = interleave(docs('qa', QUAKE_A), docs('aa', ARREST_A), docs('qb', QUAKE_B), docs('ab', ARREST_B));
  const a = new StoryClusterer();
  const b = new StoryClusterer();
  const ra = stream.map((d) => a.add(d));
  const rb = stream.map((d) => b.add(d));
  assert.deepEqual(ra, rb);
  assert.deepEqual(a.stories(), b.stories());
  assert.deepEqual(a.add(stream[0]), { story: a.storyOf(stream[0].id), merged: [], duplicateOf: null, moved: [] });
  assert.equal(a.size, stream.length);
});

test('snapshot/restore continues with the same assignments', () => {
  const stream = interleave(docs('qa', QUAKE_A), docs('qb', QUAKE_B), docs('aa', ARREST_A), docs('ab', ARREST_B));
  const half = Math.floor(stream.length / 2);
  const whole = new StoryClusterer();
  const first = new StoryClusterer();
  for (const d of stream.slice(0, half)) {
    whole.add(d);
    first.add(d);
  }
  const snap = first.snapshot();
  assert.ok(Buffer.isBuffer(snap));
  const restored = StoryClusterer.restore(snap);
  assert.equal(restored.size, half);
  assert.deepEqual(restored.stories(), first.stories());
  for (const d of stream.slice(half)) assert.deepEqual(restored.add(d), whole.add(d));
  assert.deepEqual(restored.stories(), whole.stories());
  // A snapshot of the restored state is byte-identical to one of the uninterrupted state.
  assert.ok(restored.snapshot().equals(whole.snapshot()));
  assert.throws(() => StoryClusterer.restore(Buffer.from('not a snapshot')), /snapshot/);
});

test('snapshot: content words keep the weighting the stored features were written with', () => {
  const stream = interleave(docs('qa', QUAKE_A), docs('qb', QUAKE_B));
  assert.equal(new StoryClusterer().params.contentTf, 'log');
  // A snapshot written with presence-only content weights (as every version before contentTf
  // wrote) continues with them, whatever the caller asks: its stored features fix the mode.
  const old = new StoryClusterer({ contentTf: 'presence' });
  const whole = new StoryClusterer({ contentTf: 'presence' });
  for (const d of stream.slice(0, 6)) (old.add(d), whole.add(d));
  const restored = StoryClusterer.restore(old.snapshot(), { contentTf: 'log' });
  assert.equal(restored.params.contentTf, 'presence');
  for (const d of stream.slice(6)) assert.deepEqual(restored.add(d), whole.add(d));
  // A snapshot without the field (written before it existed) is read as presence too.
  const snap = new StoryClusterer().snapshot();
  const hlen = snap.readUInt32LE(8);
  const header = JSON.parse(snap.toString('utf8', 12, 12 + hlen)) as Record<string, unknown>;
  assert.equal(header.contentTf, 'log');
  assert.equal(StoryClusterer.restore(snap).params.contentTf, 'log');
  delete header.contentTf;
  const pre = Buffer.from(JSON.stringify(header).padEnd(hlen, ' '), 'utf8');
  const legacy = Buffer.concat([snap.subarray(0, 12), pre, snap.subarray(12 + hlen)]);
  assert.equal(StoryClusterer.restore(legacy).params.contentTf, 'presence');
});

test('features: names, specifics, URL dates', () => {
  const p = prepareDoc({ id: 'f', text: 'Officials said Governor Ilse Marrow visited Port Emrys on December 12, 2021.\nThe 7.4 quake killed 52.', url: 'https://news.example/2021/12/13/quake-story' });
  assert.ok(p.terms.has('e:ilse marrow') && p.terms.has('e:port emrys') && p.terms.has('e:marrow'));
  assert.ok(!p.terms.has('e:officials'), 'a sentence-initial ordinary word is not a name');
  assert.ok(p.terms.has('n:7.4') && p.terms.has('n:52') && p.terms.has('y:2021') && p.terms.has('d:12-12') && p.terms.has('m:2021-12'));
  assert.equal(p.day, Date.UTC(2021, 11, 13) / 86_400_000);
  assert.equal(urlDay('https://x.example/2013/may/03/local/story'), Date.UTC(2013, 4, 3) / 86_400_000);
  assert.equal(urlDay('https://x.example/news/story-20130504'), Date.UTC(2013, 4, 4) / 86_400_000);
  assert.equal(urlDay('https://x.example/news/story-598760'), null);
});

test('CLI cluster: JSON Lines with a bad line reports it by line number and clusters the rest', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-cluster-'));
  const file = path.join(dir, 'docs.jsonl');
  const lines = [
    ...docs('qa', QUAKE_A).map((d) => JSON.stringify(d)),
    '{"id": "broken", "text": ',
    ...docs('qb', QUAKE_B).map((d) => JSON.stringify(d)),
    JSON.stringify({ id: 'h1', html: `<html><body><p>${QUAKE_A[1].replace(/\n/g, '</p><p>')}</p></body></html>` }),
    JSON.stringify({ id: 'qa1', text: 'duplicate id' }),
  ];
  writeFileSync(file, lines.join('\n') + '\n');
  const r = spawnSync(process.execPath, [path.resolve('bin/parallax.js'), 'cluster', file, '--format', 'json'], { encoding: 'utf8' });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /docs\.jsonl:4: invalid JSON/);
  assert.match(r.stderr, /docs\.jsonl:9: duplicate id "qa1"/);
  const out = JSON.parse(r.stdout) as { stories: Array<{ id: string; articles: string[]; duplicates: Array<{ article: string; of: string }> }> };
  assert.deepEqual(storiesAsSets(out.stories), ['h1,qa1,qa2,qa3', 'qb1,qb2,qb3']);
  assert.deepEqual(out.stories.find((s) => s.id === 'qa1')!.duplicates, [{ article: 'h1', of: 'qa2' }]);
  const t = spawnSync(process.execPath, [path.resolve('bin/parallax.js'), 'cluster', file], { encoding: 'utf8' });
  assert.match(t.stdout, /^2 stories from 7 articles/);
  assert.match(t.stdout, /h1 {2}\(copy of qa2\)/);
});

/** ECB+ dev articles of topics 1..maxTopic (../shared/bench/ecbplus/dev.jsonl). */
function ecbRows(dir: string, maxTopic: number): Array<{ id: string; topic: number; subtopic: string; url: string | null; text: string }> {
  return readFileSync(path.join(dir, 'bench', 'ecbplus', 'dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; topic: number; subtopic: string; url: string | null; text: string })
    .filter((r) => r.topic <= maxTopic);
}

test('ECB+ topics 1–4: same-kind events are separated (B-cubed F1 ≥ 0.8)', (t) => {
  const dir = sharedDir();
  if (!dir) return t.skip(SKIP_NO_SHARED);
  const rows = ecbRows(dir, 4);
  const c = new StoryClusterer();
  for (const r of rows) c.add({ id: r.id, text: r.text, url: r.url });
  const pred = new Map(rows.map((r) => [r.id, c.storyOf(r.id)!]));
  let p = 0;
  let rc = 0;
  for (const a of rows) {
    const sameC = rows.filter((b) => pred.get(b.id) === pred.get(a.id));
    const sameG = rows.filter((b) => b.subtopic === a.subtopic);
    const both = sameC.filter((b) => b.subtopic === a.subtopic).length;
    p += both / sameC.length;
    rc += both / sameG.length;
  }
  p /= rows.length;
  rc /= rows.length;
  const f1 = (2 * p * rc) / (p + rc);
  assert.ok(f1 >= 0.8, `B-cubed F1 ${f1.toFixed(3)}`);
});

/** Apply assignments the way a store does: the article's story, merged stories, moved articles. */
function replay(c: StoryClusterer, stream: Array<{ id: string; text: string; url?: string | null }>): { moves: number; splits: number } {
  const story = new Map<string, string>();
  let moves = 0;
  let splits = 0;
  for (const d of stream) {
    const a = c.add(d);
    for (const m of a.merged) for (const [k, v] of story) if (v === m) story.set(k, a.story);
    for (const m of a.moved) {
      assert.ok(story.has(m.article), 'only earlier articles move');
      if (!new Set(story.values()).has(m.story) && m.story !== a.story) splits++;
      story.set(m.article, m.story);
    }
    moves += a.moved.length;
    story.set(d.id, a.story);
    // After every article the replayed assignments are exactly the clusterer's.
    for (const [k, v] of story) assert.equal(c.storyOf(k), v, `${k} after ${d.id}`);
  }
  return { moves, splits };
}

test('local re-clustering: moves and splits are reported so that replaying assignments stays exact', (t) => {
  const dir = sharedDir();
  if (!dir) return t.skip(SKIP_NO_SHARED);
  const rows = ecbRows(dir, 6);
  // A fixed interleaving (by id hash) so that the two events of a topic arrive mixed.
  const stream = rows.map((r) => ({ r, h: hashStr(r.id) })).sort((a, b) => a.h - b.h).map(({ r }) => ({ id: r.id, text: r.text, url: r.url }));
  const c = new StoryClusterer();
  const { moves, splits } = replay(c, stream);
  assert.ok(moves > 0, 'some earlier articles were moved');
  assert.ok(splits > 0, 'some story was split off another');
  // Snapshot/restore keeps the revised state.
  const r = StoryClusterer.restore(c.snapshot());
  assert.deepEqual(r.stories(), c.stories());
});

function hashStr(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

test('header lines that cleaning removed (headline, standfirst, dateline) are clustering features', async () => {
  const { buildArticle } = await import('../src/ingest/article.js');
  const { clusterDocOf } = await import('../src/cluster/doc.js');
  const raw = [
    'Rovers striker held after crash',
    'Club says Teo Vance will train as usual',
    'Published: March 2, 2024',
    '',
    'Police in Marlow arrested a footballer on suspicion of drunk driving early on Saturday, officials said.',
    'He was released on bail and will appear in court next month.',
  ].join('\n');
  const a = buildArticle({ source: 'x.txt', format: 'text', content: raw, meta: {} }, 'x1');
  // Cleaning takes the header out of the text (it is not a sentence of the story)…
  assert.ok(!a.text.includes('Teo Vance') && !a.text.includes('2024'), a.text);
  // …and clustering reads it back: the standfirst's name and the dateline's year are features.
  const doc = clusterDocOf(a);
  assert.ok(doc.header && doc.header.some((l) => l.includes('Teo Vance')), JSON.stringify(doc.header));
  const terms = prepareDoc(doc).terms;
  assert.ok(terms.has('e:vance'), 'standfirst name');
  assert.ok(terms.has('y:2024'), 'dateline year');
  assert.ok(terms.has('w:crash'), 'headline word');
  // The title is not counted twice when it is also a removed header line.
  assert.equal(terms.get('w:crash'), prepareDoc({ id: 'y', text: 'Rovers striker held after crash' }).terms.get('w:crash'));
});

// Two arrests of two players of one club (invented): every report names the club, its town, its
// manager and its training ground, and the rest is the same kind of generic detail; only the
// player's name tells the two events apart.
function clubArrests(): ClusterDoc[] {
  const generic = [
    'The stop happened on a quiet road near the ring road.', 'Several players have been disciplined by the club in recent years.',
    'The player had been out celebrating a birthday, friends said.', 'Officers impounded the car overnight.',
    'The club said it would review its conduct rules.', 'A statement was expected later in the week.',
    'Witnesses said the car had been parked outside a bar until midnight.', 'The team doctor was called to the police station.',
    'Insurance for the car was valid, the police said.', 'A second passenger was not charged.',
    'The club chairman was travelling abroad when the arrest happened.', 'Local radio first reported the arrest on Sunday morning.',
    'The police report runs to four pages.', 'Season ticket holders called for a tougher line on discipline.',
    'The player was wearing club training kit at the time.', 'Prosecutors will decide within two weeks whether to proceed.',
    'Sponsors said they were monitoring the situation.', 'The road was closed for an hour after the stop.',
    'The arrest came hours after a late training session, a spokesman said.', 'Officers said the car was stopped after it swerved across two lanes.',
    'A court date has not yet been set, according to the charge sheet.', 'The league said it was aware of the incident and would gather information.',
    'Teammates declined to comment as they left the training ground.', 'Drunk driving arrests of players have become a recurring problem in the league.',
    'The player faces a fine and a possible suspension if convicted.', 'A lawyer for the player said he would plead not guilty.',
    'Breath tests showed a reading above the legal limit, police said.', 'The club has a programme that offers players free rides home.',
    'Fans reacted angrily on social media to the news.', 'The coach said the matter was being handled internally.',
  ];
  const club = [
    'Marlow Rovers said it was aware of the arrest in Marlow.', 'Rovers manager Piet Laine spoke to reporters at the Harwick training ground.',
    'The Marlow Rovers squad travels to Ostby on Saturday.', 'Laine said Marlow Rovers would support the player.',
  ];
  // Each arrest has its own details (a pool of 15 generic sentences each), but every report
  // names the club, its town and its manager.
  const event = (prefix: string, player: string, surname: string, position: string, pool: number, stride: number): ClusterDoc[] =>
    Array.from({ length: 10 }, (_, i) => {
      const g = (k: number): string => generic[pool * 15 + ((i * stride + k * 5) % 15)];
      const text = [
        `Marlow Rovers ${position} ${player} was arrested on suspicion of drunk driving, police said.`,
        club[i % 4], g(0), `${surname} was released on bail.`, g(1), club[(i + 1) % 4], g(2),
      ].join('\n');
      return { id: `${prefix}${i}`, text };
    });
  return interleave(event('a', 'Teo Vance', 'Vance', 'striker', 0, 1), event('b', 'Gil Okafor', 'Okafor', 'defender', 1, 2));
}

test('topic discount: in a large neighbourhood, names all of it shares stop tying two events together', () => {
  const byEvent = (stories: Array<{ articles: string[] }>): string[] => stories.map((s) => s.articles.map((a) => a[0]).join('')).sort();
  // A names-heavy mix (the hand-set one of earlier versions): the discount acts on names and
  // specifics, so this is where what it does shows; with the fitted, content-heavy default mix
  // the club's names weigh little to begin with; content words by presence, as then.
  const params = { join: 0.25, merge: 0.25, topicMin: 12, topicJoin: 0.25, weights: [0.4, 0.3, 0.3] as [number, number, number], namePenalty: 0.05, contentTf: 'presence' as const };
  const mixed = (stories: Array<{ articles: string[] }>): boolean => byEvent(stories).some((s) => s.includes('a') && s.includes('b'));
  // Without the discount the club's names (and the same kind of detail) mix the two arrests…
  const plain = clusterBatch(clubArrests(), { ...params, topicDiscount: 0 }).stories;
  assert.ok(mixed(plain), JSON.stringify(byEvent(plain)));
  // …with it, what tells them apart (the player) decides: one story per arrest.
  const discounted = clusterBatch(clubArrests(), { ...params, topicDiscount: 0.5 }).stories;
  assert.deepEqual(byEvent(discounted), ['aaaaaaaaaa', 'bbbbbbbbbb']);
  // Below `topicMin` articles nothing changes (a small set says too little about its topic).
  const small = clusterBatch(clubArrests(), { ...params, topicDiscount: 0.5, topicMin: 100 }).stories;
  assert.deepEqual(byEvent(small), byEvent(plain));
});

test('topic discount on content words: with the fitted, content-heavy mix, the shared topic words are what ties two events; not in headlines', () => {
  const byEvent = (stories: Array<{ articles: string[] }>): string[] => stories.map((s) => s.articles.map((a) => a[0]).join('')).sort();
  const mixed = (stories: Array<{ articles: string[] }>): boolean => byEvent(stories).some((s) => s.includes('a') && s.includes('b'));
  // The default mix (content 0.88) and content weighting; thresholds for a 20-article stream.
  const params = { join: 0.25, merge: 0.25, topicMin: 12, topicJoin: 0.2 };
  // Discounting names and specifics only leaves the two arrests tied by their shared wording…
  const namesOnly = clusterBatch(clubArrests(), { ...params, topicContentMin: Infinity }).stories;
  assert.ok(mixed(namesOnly), JSON.stringify(byEvent(namesOnly)));
  // …discounting content words too lets the player's name and each arrest's own details decide.
  const all = clusterBatch(clubArrests(), params).stories;
  assert.deepEqual(byEvent(all), ['aaaaaaaaaa', 'bbbbbbbbbb']);
  // A headline-sized text keeps its content words whole: the same clustering as names-only.
  const heads = clubArrests().map((d) => ({ ...d, text: d.text.split('\n')[0] }));
  assert.deepEqual(byEvent(clusterBatch(heads, params).stories), byEvent(clusterBatch(heads, { ...params, topicContentMin: Infinity }).stories));
});

test('time kernel: a report days later joins; months later, the same people make another story of the same thread', () => {
  const arrest = 'Marlow Rovers striker Teo Vance was arrested on suspicion of drunk driving on the Harwick bridge, police said.\nVance was released on bail.';
  const trialText = 'Marlow Rovers striker Teo Vance went on trial for drunk driving after his arrest on the Harwick bridge.\nVance denies the charge.';
  const run = (trialDay: string): StoryClusterer => {
    const c = new StoryClusterer({ ...SMALL, duplicate: 1.01 }); // copies off: compare by content, names and dates only
    c.add({ id: 'v1', text: arrest, published: '2021-03-01' });
    c.add({ id: 'v2', text: arrest.replace('police said', 'officers said'), published: '2021-03-02' });
    c.add({ id: 'v3', text: trialText, published: trialDay });
    c.settle();
    return c;
  };
  // Two days on, the court date is part of the arrest's story…
  assert.equal(run('2021-03-03').storyOf('v3'), 'v1');
  // …eight months on, the trial is another event: its own story, linked to the arrest as a thread.
  const later = run('2021-11-01');
  assert.equal(later.storyOf('v3'), 'v3');
  assert.deepEqual(later.threads(), [{ id: 'v1', stories: ['v1', 'v3'] }]);
  // Undated, there is no time evidence: content and names decide (the trial joins the arrest).
  const c = new StoryClusterer({ ...SMALL, duplicate: 1.01 });
  c.add({ id: 'v1', text: arrest });
  c.add({ id: 'v2', text: arrest.replace('police said', 'officers said') });
  assert.equal(c.add({ id: 'v3', text: trialText }).story, 'v1');
});

test('settling: the moves it reports are exactly what changed, and a restored clusterer settles the same way', (t) => {
  const dir = sharedDir();
  if (!dir) return t.skip(SKIP_NO_SHARED);
  const rows = ecbRows(dir, 12);
  const c = new StoryClusterer({ settleEvery: 10_000 }); // no pass inside `add`: only the explicit one
  for (const r of rows) c.add({ id: r.id, text: r.text, url: r.url });
  const snap = c.snapshot();
  const before = new Map(rows.map((r) => [r.id, c.storyOf(r.id)!]));
  const moves = c.settle();
  const after = new Map(rows.map((r) => [r.id, c.storyOf(r.id)!]));
  const changed = rows.filter((r) => before.get(r.id) !== after.get(r.id)).map((r) => ({ article: r.id, story: after.get(r.id)! }));
  assert.deepEqual(moves, changed);
  assert.ok(moves.length > 0, 'on 12 ECB+ topics the pass changes something (else this test proves nothing)');
  // The stories changed since the last pass are part of the snapshot.
  const restored = StoryClusterer.restore(snap, { settleEvery: 10_000 });
  assert.deepEqual(restored.settle(), moves);
  // A second pass right after the first has nothing left to do.
  assert.deepEqual(c.settle(), []);
  // Turned off, settling does nothing.
  const off = StoryClusterer.restore(snap, { settleEvery: 0 });
  assert.deepEqual(off.settle(), []);
});
