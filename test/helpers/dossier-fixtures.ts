/**
 * Hand-built annotated articles for the dossier tests: a fictional story (a bridge collapse in
 * Qarvan/Karvan) written for these tests, annotated by hand so the compare stage is tested on
 * exactly the layers it is given. Offsets are computed from the surface strings, so the
 * fixtures stay readable.
 */
import assert from 'node:assert/strict';
import { Dossier, type Dossier as DossierT, type Fact } from '../../src/core/dossier-schema.js';
import type { AnnotatedArticle, Mention, Quantity, Quote, TimeExpression } from '../../src/core/schema.js';

interface Spec {
  id: string;
  outlet: string | null;
  published: string | null;
  text: string;
  mentions?: Array<[surface: string, type: Mention['type'], role?: string, nth?: number]>;
  times?: Array<[surface: string, value: string | null, precision: TimeExpression['precision'], relative?: boolean]>;
  quantities?: Array<[surface: string, kind: Quantity['kind'], low: number, high: number, unit: string | null]>;
  quotes?: Array<[text: string, speaker: string | null, speakerName?: string | null]>;
}

function at(text: string, surface: string, nth = 0, from = 0): number {
  let i = text.indexOf(surface, from);
  for (let k = 0; k < nth && i >= 0; k++) i = text.indexOf(surface, i + 1);
  if (i < 0) throw new Error(`fixture: "${surface}" not in text`);
  return i;
}

/** Sentences: split after . ! ? (not after "Mr." and the like), and at line breaks. */
function sentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /(?:[^.!?\n]|(?<=\b(?:Mr|Mrs|Ms|Dr))\.)+(?:[.!?]+["”’]?|$)/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const s = m.index! + lead;
    const e = m.index! + raw.trimEnd().length;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}

export function annotated(spec: Spec): AnnotatedArticle {
  const { text } = spec;
  const mentions: Mention[] = [];
  for (const [surface, type, role, nth] of spec.mentions ?? []) {
    const s = at(text, surface, nth ?? 0);
    let r: Mention['role'] = null;
    if (role) {
      const rs = text.lastIndexOf(role, s);
      r = { text: role, start: rs, end: rs + role.length };
    }
    mentions.push({ text: surface, start: s, end: s + surface.length, type, role: r });
  }
  const times: TimeExpression[] = (spec.times ?? []).map(([surface, value, precision, relative]) => {
    const s = at(text, surface);
    return { text: surface, start: s, end: s + surface.length, value, precision, relative: relative ?? false, kind: 'date', timex: value, anchor: relative ? 'published' : null, direction: null, event: false };
  });
  const quantities: Quantity[] = (spec.quantities ?? []).map(([surface, kind, low, high, unit]) => {
    const s = at(text, surface);
    return { text: surface, start: s, end: s + surface.length, kind, value: low === high ? low : null, low, high, unit };
  });
  const quotes: Quote[] = (spec.quotes ?? []).map(([q, speaker, speakerName]) => {
    const s = at(text, q);
    let sp: Quote['speaker'] = null;
    if (speaker) {
      const ss = at(text, speaker, 0, s + q.length);
      sp = { text: speaker, start: ss, end: ss + speaker.length };
    }
    return { text: q, start: s, end: s + q.length, speaker: sp, speakerName: speakerName ?? null, speakerKind: sp ? 'name' : null, attribution: sp ? 'named' : null, cue: 'said', partial: false };
  });
  return {
    id: spec.id,
    file: `${spec.id}.txt`,
    outlet: spec.outlet,
    url: null,
    title: null,
    published: spec.published,
    authors: [],
    agencies: [],
    photoCredits: [],
    language: null,
    text,
    removed: [],
    sentences: sentences(text),
    mentions: mentions.sort((a, b) => a.start - b.start),
    times,
    quantities,
    quotes,
  };
}

/** Four reports of a fictional bridge collapse, with the traps the dossier must handle. */
export function bridgeStory(): AnnotatedArticle[] {
  return [
    annotated({
      id: 'a1',
      outlet: 'Qarvan Post',
      published: '2026-02-10',
      text:
        'A road bridge collapsed over the Tessel river in Qarvan on Monday, killing nine people and injuring dozens more. ' +
        'The bridge, built by the former governor Selim Nadir, opened to traffic in March 2015 and had been inspected twice since. ' +
        'Engineer Nadir al-Karimi said the steel cables had corroded. ' +
        '"We saw the cracks months ago and nobody listened to us at all," al-Karimi said. ' +
        'Mayor Yusra al-Hadid ordered an independent inquiry into the collapse. ' +
        '"Every family will be supported and every question answered," Hadid said.',
      mentions: [
        ['Tessel', 'place'],
        ['Qarvan', 'place'],
        ['Selim Nadir', 'person', 'the former governor'],
        ['Nadir al-Karimi', 'person', 'Engineer'],
        ['al-Karimi', 'person', undefined, 1],
        ['Yusra al-Hadid', 'person', 'Mayor'],
        ['Hadid', 'person', undefined, 1],
      ],
      times: [
        ['on Monday', '2026-02-09', 'day', true],
        ['in March 2015', '2015-03', 'month'],
      ],
      quantities: [['nine people', 'count', 9, 9, 'people']],
      quotes: [
        ['We saw the cracks months ago and nobody listened to us at all', 'al-Karimi'],
        ['Every family will be supported and every question answered', 'Hadid'],
      ],
    }),
    annotated({
      id: 'a2',
      outlet: 'Karvan Daily',
      published: '2026-02-10',
      text:
        'A road bridge collapsed over the Tessel river in Karvan on Monday, killing nine people and injuring many others. ' +
        'The bridge opened to traffic last March after years of delays under Mr. Nadir. ' +
        '"We saw the cracks months ago and nobody listened," engineer Nadir al-Karimi told reporters. ' +
        'Mayor Yousra al-Hadid ordered an independent inquiry into the collapse on Tuesday. ' +
        'The city had closed two other bridges for repairs last year.',
      mentions: [
        ['Tessel', 'place'],
        ['Karvan', 'place'],
        ['Nadir', 'person', 'Mr.'],
        ['Nadir al-Karimi', 'person', 'engineer'],
        ['Yousra al-Hadid', 'person', 'Mayor'],
      ],
      times: [
        ['on Monday', '2026-02-09', 'day', true],
        ['last March', '2025-03', 'month', true],
        ['on Tuesday', '2026-02-10', 'day', true],
        ['last year', '2025', 'year', true],
      ],
      quantities: [['nine people', 'count', 9, 9, 'people']],
      quotes: [['We saw the cracks months ago and nobody listened', 'Nadir al-Karimi']],
    }),
    annotated({
      id: 'a3',
      outlet: 'Tessel Monitor',
      published: '2026-02-11',
      text:
        'A road bridge collapsed over the Tessel river in Karvan late on Monday, killing nine people. ' +
        'The bridge opened to traffic last March and carried 20,000 vehicles a day. ' +
        'Mayor al-Hadid has ordered an independent inquiry into the collapse. ' +
        '"Every family will be supported and every question answered," said the city spokesman, Omar Talib. ' +
        'Residents laid flowers at both ends of the broken span.',
      mentions: [
        ['Tessel', 'place'],
        ['Karvan', 'place'],
        ['al-Hadid', 'person', 'Mayor'],
        ['Omar Talib', 'person', 'the city spokesman,'],
      ],
      times: [
        ['late on Monday', '2026-02-09', 'day', true],
        ['last March', '2025-03', 'month', true],
      ],
      quantities: [
        ['nine people', 'count', 9, 9, 'people'],
        ['20,000 vehicles', 'count', 20000, 20000, 'vehicles'],
      ],
      quotes: [['Every family will be supported and every question answered', 'Omar Talib']],
    }),
    annotated({
      id: 'a4',
      outlet: 'River News',
      published: '2026-02-10',
      text:
        'A road bridge collapsed over the Tessel river in Qarvan on Monday, killing seven people, officials said. ' +
        'The bridge opened to traffic last March. ' +
        'Mayor Yusra al-Hadid ordered an independent inquiry into the collapse. ' +
        'Divers searched the river through the night for two people still missing.',
      mentions: [
        ['Tessel', 'place'],
        ['Qarvan', 'place'],
        ['Yusra al-Hadid', 'person', 'Mayor'],
      ],
      times: [
        ['on Monday', '2026-02-09', 'day', true],
        ['last March', '2025-03', 'month', true],
      ],
      quantities: [
        ['seven people', 'count', 7, 7, 'people'],
        ['two people', 'count', 2, 2, 'people'],
      ],
    }),
  ];
}

/** Every span in a dossier lies inside its article's text; texts quoted from spans match them. */
export function assertSpansValid(d: DossierT): void {
  Dossier.parse(d);
  const text = new Map(d.articles.map((a) => [a.id, a.text]));
  const ok = (s: { article: string; start: number; end: number }): void => {
    const t = text.get(s.article);
    assert.ok(t !== undefined, `unknown article ${s.article}`);
    assert.ok(s.start >= 0 && s.start < s.end && s.end <= t.length, `bad span ${JSON.stringify(s)}`);
  };
  for (const e of d.entities) e.mentions.forEach(ok);
  for (const q of d.quotes) {
    ok(q);
    assert.equal(text.get(q.article)!.slice(q.start, q.end), q.text);
  }
  for (const f of d.facts) {
    f.sentences.forEach(ok);
    ok(f.source);
    // Faithful: the fact text is a source sentence, verbatim.
    assert.equal(text.get(f.source.article)!.slice(f.source.start, f.source.end), f.text);
    assert.deepEqual(f.support, [...new Set(f.sentences.map((s) => s.article))].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))));
  }
  for (const c of d.conflicts) for (const cl of c.claims) cl.spans.forEach(ok);
  for (const e of d.timeline) for (const s of e.spans) {
    ok(s);
    assert.equal(text.get(s.article)!.slice(s.start, s.end), s.text);
  }
  for (const f of d.framing) for (const l of f.labels) {
    ok({ article: l.article, start: l.start, end: l.end });
    assert.equal(text.get(l.article)!.slice(l.start, l.end).replace(/\s+/g, ' ').trim(), l.label);
  }
  for (const s of d.summary) {
    // No summary sentence that stands in no source.
    assert.ok(s.sentences.some((sp) => text.get(sp.article)!.slice(sp.start, sp.end) === s.text), `summary not verbatim: ${s.text}`);
    s.sentences.forEach(ok);
  }
}

/** A fact of the given sentences (each [article, sentence text]) of the articles. */
export function factOf(id: string, arts: Array<{ id: string; text: string }>, parts: Array<[string, string]>): Fact {
  const sentences = parts.map(([article, s]) => {
    const a = arts.find((x) => x.id === article)!;
    const start = a.text.indexOf(s);
    assert.ok(start >= 0, `fixture: ${s}`);
    return { article, start, end: start + s.length };
  });
  return { id, text: parts[0][1], support: [...new Set(parts.map(([a]) => a))], sentences, source: sentences[0] };
}
