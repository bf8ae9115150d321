import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { renderHtmlReport } from '../src/render/html/report.js';
import { segmentHtml, evidenceWindow } from '../src/render/html/segments.js';
import { formatDate, timelineSlots } from '../src/render/html/timeline.js';
import type { Dossier } from '../src/core/dossier-schema.js';
import { FERRY_DOSSIER } from './fixtures/ferry-dossier.js';
import { HOSTILE_DOSSIER, PAYLOADS } from './fixtures/hostile-dossier.js';

const doc = (html: string) => parseHTML(html).document;
const all = (root: ParentNode, sel: string): Element[] => Array.from(root.querySelectorAll(sel));

test('fixture offsets are exact (text.slice(start, end) === quoted text)', () => {
  const text = new Map(FERRY_DOSSIER.articles.map((a) => [a.id, a.text]));
  for (const q of FERRY_DOSSIER.quotes) assert.equal(text.get(q.article)!.slice(q.start, q.end), q.text);
  for (const en of FERRY_DOSSIER.entities) for (const m of en.mentions) assert.ok(en.aliases.some((al) => al.text === text.get(m.article)!.slice(m.start, m.end)));
});

test('the report has every section, one article column per article, and no external resource', () => {
  const html = renderHtmlReport(FERRY_DOSSIER);
  const d = doc(html);
  for (const id of ['summary', 'conflicts', 'coverage', 'quotes', 'names', 'timeline', 'articles']) assert.ok(d.getElementById(id), `section #${id}`);
  assert.equal(d.querySelectorAll('.col').length, 4);
  assert.equal(d.querySelectorAll('.conflict').length, 2);
  assert.equal(d.querySelectorAll('.qgroup').length, 3);
  assert.equal(d.querySelectorAll('svg.tl-svg').length, 1);
  assert.equal(d.querySelectorAll('link').length, 0);
  for (const el of all(d, '[src]')) assert.fail(`external src: ${el.outerHTML}`);
  assert.doesNotMatch(html, /url\(|@import|https?:\/\/(?!ledger\.example|coastline\.example|meridian\.example|www\.w3\.org)/);
  assert.match(html, /a4: no publication date/);
});

test('the CSP meta whitelists exactly the inline style and script by hash, never unsafe-inline', () => {
  const html = renderHtmlReport(FERRY_DOSSIER);
  const d = doc(html);
  const csp = d.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
  assert.match(csp, /default-src 'none'/);
  const scripts = d.querySelectorAll('script');
  assert.equal(scripts.length, 1);
  const styles = d.querySelectorAll('style');
  assert.equal(styles.length, 1);
  const h = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
  assert.ok(csp.includes(`script-src ${h(scripts[0].textContent!)}`), 'script hash');
  assert.ok(csp.includes(`style-src ${h(styles[0].textContent!)}`), 'style hash');
});

test('article columns reproduce the text exactly and mark each cited span', () => {
  const d = doc(renderHtmlReport(FERRY_DOSSIER));
  const cols = d.querySelectorAll('.col .atext');
  FERRY_DOSSIER.articles.forEach((a, i) => assert.equal(cols[i].textContent, a.text));
  // The conflict button highlights the claim spans: the keyed segments spell out the claim values.
  const conflict = d.querySelector('.conflict button.sel-all')!;
  const key = conflict.getAttribute('data-sel')!;
  const marked = all(d, `[data-k~="${key}"]`).map((s) => s.textContent);
  assert.deepEqual(marked.sort(), ['Friday', 'Friday night', 'Friday night', 'Saturday'].sort());
  const parts = conflict.getAttribute('data-parts')!.split(' ');
  assert.equal(parts.length, 2);
  assert.deepEqual(all(d, `[data-k~="${parts[1]}"]`).map((s) => s.textContent), ['Saturday']);
});

test('coverage matrix marks consensus, exclusives and notable omissions with symbols, not colour only', () => {
  const d = doc(renderHtmlReport(FERRY_DOSSIER));
  const rows = all(d, '.matrix tbody tr');
  assert.equal(rows.length, FERRY_DOSSIER.facts.length - 2, 'the two exclusives are listed per outlet instead');
  assert.match(rows[0].textContent!, /✓ consensus/);
  const excl = all(d, '#coverage .exclusives > li').map((li) => li.textContent!.replace(/\s+/g, ' '));
  assert.equal(excl.length, 2);
  assert.match(excl[0], /★ only Coastline Daily 1.*radar as outdated/);
  assert.match(excl[1], /★ only Radio Meridian 1.*ordered an inquiry/);
  assert.match(d.querySelector('.matrix tfoot')!.textContent!, /★ 1/);
  const captain = rows.find((r) => /questioned and released/.test(r.textContent!))!;
  assert.match(captain.textContent!, /✓ consensus 3\/4/);
  const anker = rows.find((r) => /cannot ignore/.test(r.textContent!))!;
  assert.match(anker.textContent!, /2 of 4/);
  assert.match(anker.textContent!, /Northern Ledger omits this/);
  assert.equal(captain.querySelector('.c-omit [aria-hidden]')?.textContent, '—');
  assert.match(captain.textContent!, /Radio Meridian omits this/);
});

test('quote groups show word-level differences against the medoid wording', () => {
  const d = doc(renderHtmlReport(FERRY_DOSSIER));
  const group = all(d, '.qgroup').find((g) => /Visibility/i.test(g.textContent!))!;
  assert.match(group.textContent!, /3 versions in 3 articles/);
  const dels = all(group, 'del').map((x) => x.textContent);
  const ins = all(group, 'ins').map((x) => x.textContent);
  assert.ok(ins.some((t) => /almost/.test(t!)), `ins: ${ins}`);
  assert.ok(dels.some((t) => /close to/.test(t!)), `del: ${dels}`);
  const same = all(d, '.qgroup').find((g) => /cannot ignore/.test(g.textContent!))!;
  assert.match(same.textContent!, /= same words/);
});

test('spellings and labels per outlet', () => {
  const d = doc(renderHtmlReport(FERRY_DOSSIER));
  const names = d.getElementById('names')!;
  const variant = all(names, '.variant').map((v) => v.textContent);
  assert.ok(variant.some((v) => /Halvorssen/.test(v!)));
  assert.ok(variant.some((v) => /Sohlberg/.test(v!)));
  assert.match(names.textContent!, /embattled operator/);
  assert.match(names.textContent!, /family-owned company/);
});

test('hostile content is inert: no element, attribute, link or script comes from an article', () => {
  const html = renderHtmlReport(HOSTILE_DOSSIER);
  const d = doc(html);
  assert.equal(d.querySelectorAll('script').length, 1);
  assert.equal(d.querySelectorAll('img, iframe, b, svg a, [onerror], [onload], [onclick], [onmouseover]').length, 0);
  for (const el of all(d, '*')) {
    for (const attr of Array.from(el.attributes)) {
      assert.doesNotMatch(attr.name, /^on/i, `${el.tagName} has ${attr.name}`);
      if (attr.name === 'href') assert.match(attr.value, /^(#|https:)/, `href ${attr.value}`);
    }
  }
  // The payloads are shown as text, and the hostile URL is not a link.
  assert.ok(d.body.textContent!.includes(PAYLOADS.img));
  assert.ok(d.body.textContent!.includes(PAYLOADS.script));
  assert.doesNotMatch(html, /\u001b/);
  assert.equal(d.querySelectorAll('.atext')[0].textContent, HOSTILE_DOSSIER.articles[0].text);
});

test('a dossier with empty or missing sections renders without crashing', () => {
  const a = FERRY_DOSSIER.articles[0];
  const empty: Dossier = {
    version: '1.0', articles: [a], entities: [], quotes: [], facts: [], conflicts: [], updates: [], checked: { facts: 0, values: 0, quotes: 0 }, timeline: [], framing: [], summary: [],
    quoteGroups: [], coverage: { consensus: [], exclusives: [], omissions: [] }, outlets: [], warnings: [], excluded: [],
  };
  const html = renderHtmlReport(empty);
  assert.match(html, /No contradiction found/);
  assert.match(html, /No dated events/);
  // An older dossier (only the original fields) still renders: quote groups and coverage are derived.
  const older = { ...FERRY_DOSSIER } as Partial<Dossier>;
  delete older.quoteGroups;
  delete older.coverage;
  delete older.warnings;
  delete older.excluded;
  const od = doc(renderHtmlReport(older as Dossier));
  assert.equal(od.querySelectorAll('.qgroup').length, 3);
  assert.ok(all(od, '.qgroup ins').some((x) => /almost/.test(x.textContent!)));
  assert.match(od.querySelector('.matrix tbody tr')!.textContent!, /✓ consensus/);
  const partial = { version: '1.0', articles: [a] } as unknown as Dossier;
  const d = doc(renderHtmlReport(partial));
  assert.equal(d.querySelector('.atext')!.textContent, a.text);
  // A span pointing outside the text, or at an unknown article, is dropped rather than breaking the page.
  const broken: Dossier = { ...empty, facts: [{ id: 'f', text: 'x', support: ['a1', 'zz'], sentences: [{ article: 'a1', start: 5, end: 99999 }, { article: 'zz', start: 0, end: 3 }], source: { article: 'zz', start: 0, end: 3 } }] };
  assert.equal(doc(renderHtmlReport(broken)).querySelector('.atext')!.textContent, a.text);
});

test('segmentHtml handles overlapping and nested spans', () => {
  const html = segmentHtml('abcdefgh', [{ start: 1, end: 5, key: 'k1' }, { start: 3, end: 7, key: 'k2' }, { start: 3, end: 4, key: 'k10' }]);
  assert.equal(html, 'a<span class="s" data-k="k1">bc</span><span class="s" data-k="k1 k2 k10">d</span><span class="s" data-k="k1 k2">e</span><span class="s" data-k="k2">fg</span>h');
  assert.equal(segmentHtml('a<b', []), 'a&lt;b');
});

test('evidence window is the sentence around a span', () => {
  const t = 'First one. The ferry left on Friday night, they said. Last one.';
  const s = t.indexOf('Friday');
  const w = evidenceWindow(t, s, s + 6);
  assert.equal(t.slice(w.start, w.end), 'The ferry left on Friday night, they said.');
});

test('timeline: dates formatted by precision, events sorted and numbered', () => {
  assert.equal(formatDate('2025-09-12', 'day'), '12 Sep 2025');
  assert.equal(formatDate('2025-03', 'month'), 'Mar 2025');
  assert.equal(formatDate('2010', 'decade'), '2010s');
  const slots = timelineSlots([
    { date: '2025-09-12', precision: 'day', text: 'b', support: [], spans: [], conflict: null },
    { date: '2019', precision: 'year', text: 'a', support: [], spans: [], conflict: null },
    { date: '2025-09-12', precision: 'day', text: 'c', support: [], spans: [], conflict: null },
  ]);
  assert.deepEqual(slots.map((s) => [s.date, s.events.map((x) => `${x.n}${x.event.text}`)]), [['2019', ['1a']], ['2025-09-12', ['2b', '3c']]]);
  const d = doc(renderHtmlReport(FERRY_DOSSIER));
  assert.match(d.querySelector('.tl-svg')!.textContent!, /6 yrs/);
  // Events citing time expressions are selectable; a disputed date links to its conflict card.
  const disputed = d.querySelector('.tl-list a[href="#conflict-1"]')!;
  assert.match(disputed.textContent!, /disputed/);
  assert.ok(d.getElementById('conflict-1'));
  assert.equal(all(d, '.tl-list button.sel').length, 5);
});
