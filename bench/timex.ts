/**
 * Time expressions (src/annotate/times/) scored on TimeBank 1.2 as cleaned for TempEval-3
 * (../shared/bench/timex/timebank/, 183 TimeML documents). Each document's <TEXT> is stripped of
 * its tags to plain text (the gold TIMEX3 spans are recorded as offsets into that text) and run
 * through the annotator as the product does, with the document creation time (<DCT>) given as
 * `published`.
 *
 * Split: a document is held out when an FNV-1a hash of its file name is 0 mod 3 (~1/3); rules
 * and parameters were chosen looking at errors on the dev part only. The dev part is split
 * again in two folds (devFold): `--errors` prints the errors of fold A only, and fold B
 * measures on unseen documents what a rule written on fold A does. All parts are printed.
 *
 * Metrics, TempEval-3 conventions:
 * - strict span P/R/F1: a system expression matches a gold one with exactly the same span;
 * - relaxed span P/R/F1: they overlap; P counts system expressions overlapping some gold one,
 *   R gold expressions overlapping some system one;
 * - value accuracy: over relaxed matches (each gold expression paired with the first
 *   overlapping system expression), the share whose TIMEX3 value (`timex`) equals the gold
 *   value exactly; printed for gold DATE expressions, for all types, and per type; the type
 *   accuracy (system `kind` vs gold type) likewise. A second DATE figure leaves out gold values
 *   the annotators left underspecified ("1989-WXX", "1989-QX", "19XX"), which a resolver that
 *   names the week or quarter can never match.
 * Skipped, with a message, when ../shared is absent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { annotate } from '../src/annotate/index.js';
import type { TimeExpression } from '../src/core/schema.js';
import { SKIP_NO_SHARED, sharedDir } from '../test/helpers/shared.js';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimeMLDoc {
  file: string;
  dct: string;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The <TEXT> of a TimeML document as plain text, with its TIMEX3 spans as offsets into it. */
export function parseTimeML(file: string, xml: string): TimeMLDoc {
  const dct = /<DCT>\s*<TIMEX3[^>]*\bvalue="([^"]*)"/.exec(xml)?.[1] ?? '';
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  const body = open >= 0 && close > open ? xml.slice(open + 6, close) : '';
  let text = '';
  const timexes: GoldTimex[] = [];
  const stack: Array<{ start: number; type: string; value: string } | null> = [];
  const tagRe = /<(\/?)([A-Za-z0-9]+)([^>]*)>|&([a-z]+|#\d+);/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = tagRe.exec(body))) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[4] !== undefined) {
      text += m[4].startsWith('#') ? String.fromCharCode(+m[4].slice(1)) : (ENTITIES[m[4]] ?? m[0]);
      continue;
    }
    const closing = m[1] === '/';
    const selfClosing = m[3].endsWith('/');
    if (selfClosing) continue;
    if (!closing) {
      if (m[2] === 'TIMEX3') {
        const type = /\btype="([^"]*)"/.exec(m[3])?.[1] ?? '';
        const value = /\bvalue="([^"]*)"/.exec(m[3])?.[1] ?? '';
        stack.push({ start: text.length, type, value });
      } else stack.push(null);
    } else {
      const top = stack.pop();
      if (top) timexes.push({ start: top.start, end: text.length, text: text.slice(top.start, text.length), type: top.type, value: top.value });
    }
  }
  text += body.slice(last);
  return { file, dct, text, timexes: timexes.sort((a, b) => a.start - b.start) };
}

/** FNV-1a 32-bit hash: a stable split that does not depend on file order. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function isHeldOut(file: string): boolean {
  return fnv1a(file) % 3 === 0;
}

/**
 * Two folds inside the dev part, for cross-validating new rules: a rule is written looking at
 * errors of fold A only (`--errors` prints fold A's) and measured on fold B, which it was not
 * written on. (Rules of earlier sessions saw all of dev: fold B is a clean check only for rules
 * written since the split, session 7 on.)
 */
export function devFold(file: string): 'A' | 'B' {
  return fnv1a(`${file}#fold`) % 2 === 0 ? 'A' : 'B';
}

interface Counts {
  gold: number;
  sys: number;
  strictTp: number;
  relaxedSysTp: number;
  relaxedGoldTp: number;
  /** per gold type: [gold, found (relaxed), value right, kind right] */
  byType: Record<string, [number, number, number, number]>;
  /** matched DATE expressions whose gold value is fully specified (no X: not "1989-WXX"): [found, value right] */
  dateSpecified: [number, number];
}

function emptyCounts(): Counts {
  return { gold: 0, sys: 0, strictTp: 0, relaxedSysTp: 0, relaxedGoldTp: 0, byType: {}, dateSpecified: [0, 0] };
}

const KIND_OF: Record<string, string> = { DATE: 'date', TIME: 'time', DURATION: 'duration', SET: 'set' };

function score(doc: TimeMLDoc, sys: TimeExpression[], c: Counts, errors: string[] | null): void {
  c.gold += doc.timexes.length;
  c.sys += sys.length;
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  for (const s of sys) {
    if (doc.timexes.some((g) => overlaps(g, s))) c.relaxedSysTp++;
    else errors?.push(`${doc.file} FP  "${s.text}" → ${s.timex} (${s.kind}) …${ctx(doc.text, s)}…`);
  }
  for (const g of doc.timexes) {
    const row = (c.byType[g.type] ??= [0, 0, 0, 0]);
    row[0]++;
    if (sys.some((s) => s.start === g.start && s.end === g.end)) c.strictTp++;
    const s = sys.find((x) => overlaps(g, x));
    if (!s) {
      errors?.push(`${doc.file} FN  "${g.text}" [${g.type} ${g.value}] …${ctx(doc.text, g)}…`);
      continue;
    }
    c.relaxedGoldTp++;
    row[1]++;
    if (g.type === 'DATE' && !g.value.includes('X')) {
      c.dateSpecified[0]++;
      if (s.timex === g.value) c.dateSpecified[1]++;
    }
    if (s.timex === g.value) row[2]++;
    else errors?.push(`${doc.file} VAL "${s.text}" → ${s.timex} (${s.kind}), gold "${g.text}" [${g.type} ${g.value}] dct ${doc.dct} …${ctx(doc.text, g)}…`);
    if (s.kind === KIND_OF[g.type]) row[3]++;
  }
}

function ctx(text: string, s: { start: number; end: number }): string {
  return `${text.slice(Math.max(0, s.start - 70), s.start)}[[${text.slice(s.start, s.end)}]]${text.slice(s.end, s.end + 50)}`.replace(/\s+/g, ' ');
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

function figures(c: Counts): Record<string, unknown> {
  const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
  const sp = c.sys ? c.strictTp / c.sys : 0;
  const sr = c.gold ? c.strictTp / c.gold : 0;
  const rp = c.sys ? c.relaxedSysTp / c.sys : 0;
  const rr = c.gold ? c.relaxedGoldTp / c.gold : 0;
  let found = 0;
  let right = 0;
  let kindRight = 0;
  const perType: Record<string, unknown> = {};
  for (const [type, [gold, f, v, k]] of Object.entries(c.byType).sort()) {
    found += f;
    right += v;
    kindRight += k;
    perType[type] = { gold, recall: r3(f / gold), valueAccuracy: f ? r3(v / f) : null, kindAccuracy: f ? r3(k / f) : null };
  }
  const date = c.byType.DATE ?? [0, 0, 0, 0];
  return {
    gold: c.gold,
    system: c.sys,
    strict: { precision: r3(sp), recall: r3(sr), f1: r3(f1(sp, sr)) },
    relaxed: { precision: r3(rp), recall: r3(rr), f1: r3(f1(rp, rr)) },
    valueAccuracyDate: date[1] ? r3(date[2] / date[1]) : null,
    valueAccuracyDateSpecified: c.dateSpecified[0] ? r3(c.dateSpecified[1] / c.dateSpecified[0]) : null,
    valueAccuracyAll: found ? r3(right / found) : null,
    kindAccuracy: found ? r3(kindRight / found) : null,
    perType,
  };
}

export function loadTimeBank(shared: string): TimeMLDoc[] {
  const dir = path.join(shared, 'bench', 'timex', 'timebank');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f) => parseTimeML(f, readFileSync(path.join(dir, f), 'utf8')));
}

export async function run(): Promise<Record<string, unknown> | null> {
  const shared = sharedDir();
  if (!shared) {
    process.stdout.write(`timex skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const docs = loadTimeBank(shared);
  // `--errors` (or `--errors=A`) prints fold A's errors, `--errors=B` fold B's (to write a rule
  // on B and check it on A: the two-fold cross-validation); never the held-out part's.
  const errArg = process.argv.find((a) => a === '--errors' || a.startsWith('--errors='));
  const showErrors = errArg !== undefined;
  const errFold = errArg === '--errors=B' ? 'B' : 'A';
  const dev = emptyCounts();
  const foldA = emptyCounts();
  const foldB = emptyCounts();
  const held = emptyCounts();
  const errors: string[] = [];
  let ms = 0;
  let chars = 0;
  for (const doc of docs) {
    const t0 = performance.now();
    const a = annotate({ id: doc.file, file: doc.file, outlet: null, url: null, title: null, published: doc.dct, authors: [], agencies: [], photoCredits: [], language: 'en', text: doc.text, removed: [] });
    ms += performance.now() - t0;
    chars += doc.text.length;
    const heldOut = isHeldOut(doc.file);
    if (heldOut) score(doc, a.times, held, null);
    else {
      score(doc, a.times, dev, null);
      const fold = devFold(doc.file);
      score(doc, a.times, fold === 'A' ? foldA : foldB, fold === errFold && showErrors ? errors : null);
    }
  }
  if (showErrors) process.stdout.write(errors.join('\n') + '\n');
  const result = {
    documents: {
      dev: docs.filter((d) => !isHeldOut(d.file)).length,
      devFoldA: docs.filter((d) => !isHeldOut(d.file) && devFold(d.file) === 'A').length,
      devFoldB: docs.filter((d) => !isHeldOut(d.file) && devFold(d.file) === 'B').length,
      heldOut: docs.filter((d) => isHeldOut(d.file)).length,
    },
    dev: figures(dev),
    devFoldA: figures(foldA),
    devFoldB: figures(foldB),
    heldOut: figures(held),
    annotateMsPer10kChars: r3((ms / chars) * 10000),
  };
  for (const part of ['dev', 'devFoldA', 'devFoldB', 'heldOut'] as const) {
    const f = result[part] as ReturnType<typeof figures> & { strict: Record<string, number>; relaxed: Record<string, number> };
    process.stdout.write(
      `${part.padEnd(8)} gold ${f.gold} system ${f.system} | strict P ${f.strict.precision} R ${f.strict.recall} F1 ${f.strict.f1} | relaxed P ${f.relaxed.precision} R ${f.relaxed.recall} F1 ${f.relaxed.f1} | value acc DATE ${f.valueAccuracyDate} (gold fully specified ${f.valueAccuracyDateSpecified}) all ${f.valueAccuracyAll} | kind acc ${f.kindAccuracy}\n`,
    );
    for (const [type, row] of Object.entries(f.perType as Record<string, Record<string, unknown>>)) process.stdout.write(`         ${type.padEnd(8)} ${JSON.stringify(row)}\n`);
  }
  return result;
}
