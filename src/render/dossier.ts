/**
 * Renders a story dossier: JSON (the contract in core/dossier-schema.ts), a report for the
 * terminal, or Markdown. The reports lead with what a reader checks first — warnings, what the
 * sources agree on, where they conflict (and who stands alone), how quotes differ — and cite
 * every line to its articles. Article content is untrusted: escaped for the medium throughout.
 */
import type { Claim, Conflict, DiffOp, Dossier, Fact } from '../core/dossier-schema.js';
import { markdownInline, terminalSafe } from './escape.js';

/**
 * An article's title as a reader sees it: its headline, else its file's base name — never a local
 * path, which says where a file sat on someone's disk, not what the article is.
 */
/**
 * A timeline date as a reader should take it: a week-long date ("over the weekend", "last week")
 * is stored as the Monday that starts its week, which read bare looks like a day a week early;
 * a decade ("the 1990s") is stored as its first year, which read bare is one year.
 */
export function dateLabel(e: { date: string; precision: string }): string {
  if (e.precision === 'decade') return `${e.date.slice(0, 3)}0s`;
  return e.precision === 'week' ? `week of ${e.date}` : e.date;
}

export function shownTitle(a: { title: string | null; file: string | null }): string {
  if (a.title) return a.title;
  const base = a.file?.split(/[\\/]/).pop()?.replace(/:\d+$/, '') ?? '';
  return `(no headline) ${base}`.trim();
}

export type DossierFormat = 'text' | 'markdown' | 'json';

export function renderDossier(d: Dossier, format: DossierFormat | string): string {
  if (format === 'json') return JSON.stringify(d, null, 2);
  return format === 'markdown' ? markdown(d) : text(d);
}

/**
 * Short name of an article for citations: its outlet, else its id. When one outlet has several
 * articles in the dossier (a wire service's updates), the id is added ("Associated Press (a3)"):
 * "[Associated Press; Associated Press]" would not say which reports a citation means.
 */
function namer(d: Dossier): (id: string) => string {
  const count = new Map<string, number>();
  for (const a of d.articles) if (a.outlet) count.set(a.outlet, (count.get(a.outlet) ?? 0) + 1);
  const names = new Map(d.articles.map((a) => [a.id, a.outlet ? ((count.get(a.outlet) ?? 0) > 1 ? `${a.outlet} (${a.id})` : a.outlet) : a.id]));
  return (id) => names.get(id) ?? id;
}

/**
 * A shared fact's shown sentence with the parts only its own outlet reports (Fact.own) set apart
 * as "[<outlet> adds: …]", so that the other cited outlets are not credited with them. Not
 * "only <outlet>": an outlet that this fact does not cite may report the clause elsewhere. `esc`
 * escapes article text for the medium; the words are the sentence's own, in order.
 */
export function factWithOwn(f: Fact, esc: (s: string) => string, outlet: string): string {
  return markOwn(f, f.own ?? [], esc, (own) => `[${esc(outlet)} adds: ${own}]`);
}

/**
 * The walk both renderers share (text and Markdown here, HTML in html/story.ts): the shown
 * sentence escaped by `esc`, each own span (of the shown sentence's article, in order, inside it)
 * passed escaped to `mark`.
 */
export function markOwn(f: Fact, own: readonly { article: string; start: number; end: number }[], esc: (s: string) => string, mark: (escapedOwn: string) => string): string {
  if (!own.length) return esc(f.text);
  let out = '';
  let at = 0;
  for (const o of own) {
    const a = o.start - f.source.start;
    const b = o.end - f.source.start;
    if (o.article !== f.source.article || a < at || b > f.text.length || a >= b) continue;
    out += `${esc(f.text.slice(at, a))}${mark(esc(f.text.slice(a, b)))}`;
    at = b;
  }
  return out + esc(f.text.slice(at));
}

function factById(d: Dossier): Map<string, Fact> {
  return new Map(d.facts.map((f) => [f.id, f]));
}

const MAX_LIST = 8;

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;
// The nearest statements of other outlets shown under each exclusive (the JSON has them all).
const MAX_NEAREST = 2;
const NEAREST_CHARS = 110;

/**
 * How many independent sources back a fact, said only when some outlet reports it on another
 * organisation's word (" — 2 independent sources: Kestrel News credits Reuters").
 */
function sourcesNote(d: Dossier, f: Fact): string {
  if (!f.credits?.length || f.sources === undefined) return '';
  const name = namer(d);
  const who = [...new Set(f.credits.map((c) => `${name(c.article)} credits ${c.source}`))].join('; ');
  return ` — ${f.sources} independent source${f.sources === 1 ? '' : 's'}: ${who}`;
}

/**
 * What "most" counted (coverage.basis): independent sources (wire copies and credited reports
 * once), or articles when they all come from one outlet — said, since agreement within one
 * outlet is no cross-check.
 */
function basisNote(d: Dossier): string {
  const b = d.coverage.basis;
  if (!b) return '';
  if (b.basis === 'sources') return `at least ${b.need} of ${b.of} independent sources`;
  const outlet = d.articles.find((a) => a.outlet)?.outlet;
  // (Copies of one text are one report: coverage.copies.)
  const counted = d.coverage.copies?.length ? 'its reports are counted, copies of one text once' : 'articles are counted';
  return `all articles are from one source${outlet ? ` (${outlet})` : ''}, so ${counted}: at least ${b.need} of ${b.of}`;
}

/**
 * Facts one outlet reports that are not its exclusives: another outlet has a sentence close to
 * them (a partial report, or a different figure or polarity). Listed so that nothing one outlet
 * says drops out of the report.
 */
/**
 * Facts two or more articles report that are not consensus (fewer than most sources, or two
 * copies of one source): with many reports of one event (nine, say), a fact five of them give is
 * consensus, and what two to four give would otherwise be shown nowhere. Most supported first.
 */
function reportedBySome(d: Dossier): Fact[] {
  const consensus = new Set(d.coverage.consensus);
  const reports = reportsOf(d);
  return d.facts.filter((f) => reports(f) >= 2 && !consensus.has(f.id)).sort((a, b) => b.support.length - a.support.length);
}

function closeToOthers(d: Dossier): Fact[] {
  const exclusive = new Set(d.coverage.exclusives.flatMap((e) => e.facts));
  const reports = reportsOf(d);
  return d.facts.filter((f) => reports(f) === 1 && !exclusive.has(f.id));
}

/** How many reports carry a fact: its articles, copies of one report (coverage.copies) once. */
function reportsOf(d: Dossier): (f: Fact) => number {
  const group = new Map<string, string>();
  for (const g of d.coverage.copies ?? []) for (const a of g) group.set(a, g[0]);
  return (f) => new Set(f.support.map((a) => group.get(a) ?? a)).size;
}

/** The nearest statements of other outlets to an exclusive fact, and why they are not the same. */
function nearestOf(d: Dossier, article: string, fact: string): Array<{ article: string; text: string; reason: string }> {
  const e = d.coverage.exclusives.find((x) => x.article === article);
  const arts = new Map(d.articles.map((a) => [a.id, a.text]));
  return (e?.nearest ?? [])
    .filter((n) => n.fact === fact)
    .slice(0, MAX_NEAREST)
    .map((n) => {
      const full = (arts.get(n.sentence.article) ?? '').slice(n.sentence.start, n.sentence.end).replace(/\s+/g, ' ');
      return { article: n.sentence.article, text: full.length > NEAREST_CHARS ? `${full.slice(0, NEAREST_CHARS - 1)}…` : full, reason: n.reason };
    });
}

/**
 * Quote groups carried by more than one article: `shared` when two or more independent sources
 * carry them (the group's `sources`; a dossier without the field counts articles), `copied` when
 * only copies of one report do (one agency's text run by several outlets): listed apart, as one
 * source, never as a statement several outlets reported.
 */
function carriedQuotes(d: Dossier): { shared: Dossier['quoteGroups']; copied: Dossier['quoteGroups'] } {
  const multi = d.quoteGroups.filter((g) => g.articles.length >= 2);
  return { shared: multi.filter((g) => (g.sources ?? g.articles.length) >= 2), copied: multi.filter((g) => (g.sources ?? g.articles.length) < 2) };
}

/** " (2 independent sources)" when copies or relayed reports make fewer sources than articles. */
function sourcesOfGroup(g: Dossier['quoteGroups'][number]): string {
  return g.sources !== undefined && g.sources < g.articles.length ? ` (${g.sources} independent source${g.sources === 1 ? '' : 's'})` : '';
}

/** The referents a summary sentence leaves to its article, resolved: " (Monday: 1998-10-26; here: TEHRAN, Iran)". */
function resolvedNote(s: Dossier['summary'][number]): string {
  const r = s.resolved ?? [];
  return r.length ? ` (${r.map((x) => `${x.text}: ${x.value}`).join('; ')})` : '';
}

function compared(d: Dossier): number {
  return d.articles.length - d.excluded.length;
}

/** The verb of a side without a majority: "A says x, B says y" (a speaker side credits the words to someone). */
function says(c: Conflict, cl: Claim): string {
  const many = cl.articles.length > 1;
  return c.kind === 'speaker' ? (many ? 'credit the words to' : 'credits the words to') : many ? 'say' : 'says';
}

/**
 * What was compared, as the report says it instead of "the sources agree": a report that finds
 * nothing says how much it looked at.
 */
export function checkedLine(d: Dossier): string {
  const k = d.checked;
  const n = (x: number, w: string): string => `${x} ${w}${x === 1 ? '' : 's'}`;
  const found = d.conflicts.filter((c) => c.confidence !== 'possible').length;
  const possible = d.conflicts.length - found;
  return `Compared: ${n(k.facts, 'fact')} reported by two or more articles, ${k.values} ${k.values === 1 ? 'date or figure' : 'dates or figures'} and ${n(k.quotes, 'shared quote')} checked across articles; found ${n(found, 'conflict')}, ${possible} possible, ${n(d.updates.length, 'update')} over time.`;
}

// ---------------------------------------------------------------- terminal

/** A value written as its own normal form needs no "→ normalised" (“Velmora” → Velmora, “12” → 12); a date always shows what it resolved to. */
function asWritten(c: Conflict, cl: Claim): boolean {
  return c.kind !== 'speaker' && c.kind !== 'date' && cl.value === cl.normalized;
}

function text(d: Dossier): string {
  const t = terminalSafe;
  const name = namer(d);
  const cite = (ids: string[]): string => `[${ids.map((id) => t(name(id))).join('; ')}]`;
  const facts = factById(d);
  const out: string[] = [];
  const rule = (title: string): void => {
    out.push('', title.toUpperCase(), '-'.repeat(Math.min(72, title.length)));
  };

  out.push(`STORY DOSSIER — ${d.articles.length} article${d.articles.length === 1 ? '' : 's'}, ${compared(d)} compared`);
  for (const a of d.articles) {
    const ex = d.excluded.find((e) => e.article === a.id);
    out.push(`  ${a.id.padEnd(4)} ${t(a.outlet ?? '(outlet unknown)')} · ${a.published ?? 'no date'} · ${t(shownTitle(a))}${ex ? '  (left out)' : ''}`);
  }
  if (d.warnings.length) {
    rule('Warnings');
    for (const w of d.warnings) out.push(`  ! ${t(w)}`);
  }

  rule(compared(d) >= 2 ? 'Summary (sources per sentence; agreed facts first)' : 'Main points (one source only)');
  if (d.summary.length === 0) out.push('  (no sentence of the articles can stand in a summary)');
  d.summary.forEach((s, i) => out.push(`  ${i + 1}. ${t(s.text)}${resolvedNote(s)}`, `     ${cite(s.support)}`));

  const sure = d.conflicts.filter((c) => c.confidence !== 'possible');
  const possible = d.conflicts.filter((c) => c.confidence === 'possible');
  rule('Conflicts');
  out.push(`  ${t(checkedLine(d))}`);
  if (sure.length === 0) out.push(`  no confident contradiction found${possible.length ? ` (${possible.length} possible, listed below)` : ''}`);
  for (const c of sure) {
    out.push(`  ${c.id} ${c.kind} — about: “${t(c.about)}”`);
    for (const cl of c.claims) {
      const lone = cl.articles.every((a) => c.outliers.includes(a));
      const value = c.kind === 'speaker' ? t(cl.value) : asWritten(c, cl) ? `“${t(cl.value)}”` : `“${t(cl.value)}” → ${t(cl.normalized)}`;
      // Without a majority (two sources, or a split), each side is what its outlets say.
      out.push(c.outliers.length ? `     ${value}  ${cite(cl.articles)}${lone ? '   ← likely outlier' : ''}` : `     ${cite(cl.articles)} ${says(c, cl)} ${value}`);
    }
    out.push(`     why: ${t(c.why)}`);
  }
  if (possible.length) {
    rule('Possible conflicts (weaker evidence; check before relying on them)');
    for (const c of possible) {
      const sides = c.claims.map((cl) => `${cite(cl.articles)} ${c.kind === 'speaker' ? t(cl.value) : `“${t(cl.value)}”`}`).join(' / ');
      out.push(`  ${c.id} ${c.kind} — about: “${t(c.about)}”`, `     ${sides}`, `     why possible: ${t(c.why)}`);
    }
  }
  if (d.updates.length) {
    rule('Figures, dates and findings updated over time (not contradictions)');
    for (const u of d.updates) {
      out.push(`  ${u.id} ${u.kind} — about: “${t(u.about)}”`);
      out.push(`     ${u.values.map((v) => `“${t(v.value)}” (${t(v.published)}) ${cite(v.articles)}`).join('  →  ')}`);
    }
  }

  rule('Quotes carried by several outlets');
  const { shared, copied } = carriedQuotes(d);
  if (shared.length === 0) out.push(copied.length ? '  none reported apart; only one source carries each of these (copies of one report, or one outlet\'s own reports):' : '  none');
  const quote = new Map(d.quotes.map((q) => [q.id, q]));
  const ent = new Map(d.entities.map((e) => [e.id, e]));
  for (const g of copied) out.push(`  ${g.id} only in one source's reports ${cite(g.articles)}: “${t(quote.get(g.reference)!.text)}”`);
  for (const g of shared) {
    const ref = quote.get(g.reference)!;
    const who = g.speakers.map((s) => (s ? t(ent.get(s)?.name ?? s) : 'unnamed')).join(' / ');
    out.push(`  ${g.id} ${who} — ${cite(g.articles)}${sourcesOfGroup(g)}${g.speakerDisagreement ? '   ! outlets name different speakers' : ''}`);
    out.push(`     ${t(name(ref.article))}: “${t(ref.text)}”`);
    for (const df of g.diffs) {
      const q = quote.get(df.quote)!;
      out.push(`     ${t(name(q.article))}: ${df.identical ? '(same words)' : diffText(df.ops)}`);
    }
  }

  rule('Coverage');
  if (compared(d) < 2) out.push('  (one article: nothing to compare)');
  else {
    out.push(`  Reported by most (${d.coverage.consensus.length} facts${basisNote(d) ? `; ${t(basisNote(d))}` : ''}):`);
    for (const id of d.coverage.consensus.slice(0, MAX_LIST)) out.push(`    - ${factWithOwn(facts.get(id)!, t, name(facts.get(id)!.source.article))} ${cite(facts.get(id)!.support)}${t(sourcesNote(d, facts.get(id)!))}`);
    if (d.coverage.consensus.length > MAX_LIST) out.push(`    … and ${d.coverage.consensus.length - MAX_LIST} more`);
    const some = reportedBySome(d);
    if (some.length) {
      out.push(`  Reported by some, fewer than most (${some.length} facts):`);
      for (const f of some.slice(0, MAX_LIST)) out.push(`    - ${factWithOwn(f, t, name(f.source.article))} ${cite(f.support)}${t(sourcesNote(d, f))}`);
      if (some.length > MAX_LIST) out.push(`    … and ${some.length - MAX_LIST} more`);
    }
    out.push('  Only one outlet reports:');
    for (const e of d.coverage.exclusives) {
      if (e.facts.length === 0) continue;
      out.push(`    ${t(name(e.article))} (${e.facts.length}):`);
      for (const id of e.facts.slice(0, MAX_LIST)) {
        out.push(`      - ${t(facts.get(id)!.text)}`);
        for (const nb of nearestOf(d, e.article, id)) out.push(`          nearest in ${t(name(nb.article))}: “${t(nb.text)}” — ${t(nb.reason)}`);
      }
      if (e.facts.length > MAX_LIST) out.push(`      … and ${e.facts.length - MAX_LIST} more`);
    }
    const near = closeToOthers(d);
    if (near.length) {
      out.push(`  Reported by one outlet, in part or in another version by others (${near.length}):`);
      for (const f of near.slice(0, MAX_LIST)) out.push(`    - ${t(f.text)} ${cite(f.support)}`);
      if (near.length > MAX_LIST) out.push(`    … and ${near.length - MAX_LIST} more`);
    }
    const om = d.coverage.omissions.filter((o) => o.facts.length);
    if (om.length) {
      out.push('  Left out by one outlet while most others report it:');
      for (const o of om) {
        out.push(`    ${t(name(o.article))} omits (${o.facts.length}):`);
        for (const id of o.facts.slice(0, MAX_LIST)) out.push(`      - ${factWithOwn(facts.get(id)!, t, name(facts.get(id)!.source.article))}`);
      }
    }
  }

  if (d.coverageGroups) {
    const cg = d.coverageGroups;
    rule(`Coverage by ${cg.by}`);
    for (const g of cg.groups) {
      const label = g.value ?? `(no ${cg.by})`;
      out.push(`  ${t(label)} — ${plural(g.outlets.length, 'outlet')} (${g.outlets.map(t).join(', ')}), ${plural(g.articles.length, 'article')}: reports ${plural(g.facts.length, 'fact')}, ${g.exclusives.length} only here, misses ${plural(g.missing.length, 'consensus fact')}`);
      for (const id of g.exclusives.slice(0, MAX_LIST)) out.push(`      only here: ${t(facts.get(id)!.text)}`);
      if (g.exclusives.length > MAX_LIST) out.push(`      … and ${g.exclusives.length - MAX_LIST} more only here`);
      for (const id of g.missing.slice(0, MAX_LIST)) out.push(`      misses: ${factWithOwn(facts.get(id)!, t, name(facts.get(id)!.source.article))}`);
      if (g.missing.length > MAX_LIST) out.push(`      … and ${g.missing.length - MAX_LIST} more missed`);
    }
  }

  rule('Timeline');
  if (d.timeline.length === 0) out.push('  no dated events');
  for (const e of d.timeline) {
    out.push(`  ${dateLabel(e).padEnd(10)} ${t(e.text)}`, `             ${cite(e.support)}${e.conflict ? `  (disputed: ${e.conflict})` : ''}`);
  }

  rule('How outlets label the main actors');
  if (d.framing.length === 0) out.push('  no labels found');
  for (const f of d.framing) {
    out.push(`  ${t(f.name)}`);
    const byArticle = new Map<string, string[]>();
    for (const l of f.labels) byArticle.set(l.article, [...(byArticle.get(l.article) ?? []), labelText(l)]);
    for (const [a, ls] of byArticle) out.push(`    ${t(name(a)).padEnd(28)} ${ls.map((l) => t(l)).join(', ')}`);
  }

  rule('People, places and organisations');
  for (const e of d.entities.filter((x) => x.articles.length >= 2 || x.aliases.length >= 2).slice(0, 30)) {
    const spellings = e.aliases.map((a) => `${t(a.text)} (${a.outlets.map(t).join(', ')})`).join('; ');
    out.push(`  ${t(e.name)} — ${e.type}, ${e.articles.length} article${e.articles.length === 1 ? '' : 's'}${e.aliases.length > 1 ? `; spelled: ${spellings}` : ''}`);
  }
  return out.join('\n').replace(/^\n/, '') + '\n';
}

function diffText(ops: DiffOp[]): string {
  return ops.map((o) => (o.op === 'equal' ? terminalSafe(o.text) : o.op === 'delete' ? `[-${terminalSafe(o.text)}-]` : `{+${terminalSafe(o.text)}+}`)).join(' ');
}

// ---------------------------------------------------------------- Markdown

function markdown(d: Dossier): string {
  const m = markdownInline;
  const name = namer(d);
  const cite = (ids: string[]): string => `*(${ids.map((id) => m(name(id))).join('; ')})*`;
  const facts = factById(d);
  const out: string[] = [];
  out.push(`# Story dossier`, '', `${d.articles.length} articles, ${compared(d)} compared.`, '');
  out.push('| id | outlet | published | title |', '|---|---|---|---|');
  for (const a of d.articles) out.push(`| ${a.id} | ${m(a.outlet ?? 'unknown')} | ${a.published ?? '—'} | ${m(shownTitle(a))} |`);
  if (d.warnings.length) {
    out.push('', '## Warnings', '');
    for (const w of d.warnings) out.push(`- ${m(w)}`);
  }
  out.push('', compared(d) >= 2 ? '## Summary (sources per sentence; agreed facts first)' : '## Main points (one source only)', '');
  if (d.summary.length === 0) out.push('No sentence of the articles can stand in a summary.');
  d.summary.forEach((s, i) => out.push(`${i + 1}. ${m(s.text)}${m(resolvedNote(s))} ${cite(s.support)}`));

  const sure = d.conflicts.filter((c) => c.confidence !== 'possible');
  const possible = d.conflicts.filter((c) => c.confidence === 'possible');
  out.push('', '## Conflicts', '', m(checkedLine(d)), '');
  if (sure.length === 0) out.push(`No confident contradiction found${possible.length ? ` (${possible.length} possible, listed below)` : ''}.`);
  for (const c of sure) {
    out.push(`### ${c.id}: ${c.kind} — ${m(c.about)}`, '');
    for (const cl of c.claims) {
      const lone = c.outliers.length > 0 && cl.articles.every((a) => c.outliers.includes(a));
      const value = c.kind === 'speaker' ? m(cl.value) : asWritten(c, cl) ? `“${m(cl.value)}”` : `“${m(cl.value)}” (${m(cl.normalized)})`;
      out.push(c.outliers.length ? `- ${value} ${cite(cl.articles)}${lone ? ' — **likely outlier**' : ''}` : `- ${cite(cl.articles)} ${says(c, cl)} ${value}`);
    }
    out.push('', `*Why:* ${m(c.why)}`, '');
  }
  if (possible.length) {
    out.push('', '## Possible conflicts', '', 'Weaker evidence that the claims are about the same thing, or a value stated as a plan or forecast: check before relying on them.', '');
    for (const c of possible) out.push(`- **${c.id}** ${c.kind} — ${m(c.about)}: ${c.claims.map((cl) => `${cite(cl.articles)} ${c.kind === 'speaker' ? m(cl.value) : `“${m(cl.value)}”`}`).join(' / ')}. *Why possible:* ${m(c.why)}`);
  }
  if (d.updates.length) {
    out.push('', '## Figures, dates and findings updated over time', '', 'Values that grew between reports published at different times, that one outlet revised in its later reports, a planned date that a later report moved, or something reported not found and found in a later report: updates, not contradictions.', '');
    for (const u of d.updates) out.push(`- **${u.id}** ${m(u.about)}: ${u.values.map((v) => `“${m(v.value)}” (${m(v.published)}) ${cite(v.articles)}`).join(' → ')}`);
  }

  out.push('', '## Quotes carried by several outlets', '');
  const quote = new Map(d.quotes.map((q) => [q.id, q]));
  const ent = new Map(d.entities.map((e) => [e.id, e]));
  const { shared, copied } = carriedQuotes(d);
  if (shared.length === 0) out.push(...(copied.length ? ['None reported apart; only one source carries each of these (copies of one report, or one outlet\'s own reports):', ''] : ['None.']));
  if (copied.length) out.push(...copied.map((g) => `- **${g.id}** only in one source's reports ${cite(g.articles)}: “${m(quote.get(g.reference)!.text)}”`), '');
  for (const g of shared) {
    const ref = quote.get(g.reference)!;
    const who = g.speakers.map((s) => (s ? m(ent.get(s)?.name ?? s) : 'unnamed')).join(' / ');
    out.push(`### ${g.id}: ${who}${m(sourcesOfGroup(g))}${g.speakerDisagreement ? ' — **outlets name different speakers**' : ''}`, '');
    out.push(`- ${m(name(ref.article))} (reference): “${m(ref.text)}”`);
    for (const df of g.diffs) {
      const q = quote.get(df.quote)!;
      const body = df.identical ? 'same words' : df.ops.map((o) => (o.op === 'equal' ? m(o.text) : o.op === 'delete' ? `~~${m(o.text)}~~` : `**${m(o.text)}**`)).join(' ');
      out.push(`- ${m(name(q.article))}: ${body}`);
    }
    out.push('');
  }

  if (compared(d) >= 2) {
    out.push('', '## Coverage', '', '### Reported by most', '');
    if (basisNote(d)) out.push(`_${m(basisNote(d))[0].toUpperCase()}${m(basisNote(d)).slice(1)}._`, '');
    for (const id of d.coverage.consensus) out.push(`- ${factWithOwn(facts.get(id)!, m, name(facts.get(id)!.source.article))} ${cite(facts.get(id)!.support)}${m(sourcesNote(d, facts.get(id)!))}`);
    // An empty section says so: a heading over nothing reads as a rendering fault.
    if (d.coverage.consensus.length === 0) out.push('No fact is reported by most of them.');
    const some = reportedBySome(d);
    if (some.length) {
      out.push('', '### Reported by some, fewer than most', '');
      for (const f of some) out.push(`- ${factWithOwn(f, m, name(f.source.article))} ${cite(f.support)}${m(sourcesNote(d, f))}`);
    }
    out.push('', '### Only one outlet reports', '');
    if (!d.coverage.exclusives.some((e) => e.facts.length)) out.push('Nothing.', '');
    for (const e of d.coverage.exclusives) {
      if (!e.facts.length) continue;
      out.push(`**${m(name(e.article))}**`, '');
      for (const id of e.facts) {
        out.push(`- ${m(facts.get(id)!.text)}`);
        for (const nb of nearestOf(d, e.article, id)) out.push(`  - nearest in ${m(name(nb.article))}: “${m(nb.text)}” — ${m(nb.reason)}`);
      }
      out.push('');
    }
    const near = closeToOthers(d);
    if (near.length) {
      out.push('### Reported by one outlet, in part or in another version by others', '');
      for (const f of near) out.push(`- ${m(f.text)} ${cite(f.support)}`);
      out.push('');
    }
    const om = d.coverage.omissions.filter((o) => o.facts.length);
    if (om.length) {
      out.push('### Left out by one outlet while most others report it', '');
      for (const o of om) {
        out.push(`**${m(name(o.article))}** omits:`, '');
        for (const id of o.facts) out.push(`- ${factWithOwn(facts.get(id)!, m, name(facts.get(id)!.source.article))}`);
        out.push('');
      }
    }
  }

  if (d.coverageGroups) {
    const cg = d.coverageGroups;
    out.push('', `## Coverage by ${m(cg.by)}`, '', `| ${m(cg.by)} | outlets | articles | facts reported | only here | consensus facts missed |`, '|---|---|---|---|---|---|');
    for (const g of cg.groups) out.push(`| ${m(g.value ?? `(no ${cg.by})`)} | ${g.outlets.map(m).join(', ')} | ${g.articles.length} | ${g.facts.length} | ${g.exclusives.length} | ${g.missing.length} |`);
    for (const g of cg.groups) {
      if (!g.exclusives.length && !g.missing.length) continue;
      out.push('', `**${m(g.value ?? `(no ${cg.by})`)}**`, '');
      for (const id of g.exclusives) out.push(`- only here: ${m(facts.get(id)!.text)}`);
      for (const id of g.missing) out.push(`- misses: ${factWithOwn(facts.get(id)!, m, name(facts.get(id)!.source.article))}`);
    }
  }

  out.push('', '## Timeline', '');
  if (d.timeline.length === 0) out.push('No dated events.');
  for (const e of d.timeline) out.push(`- **${dateLabel(e)}** ${m(e.text)} ${cite(e.support)}${e.conflict ? ` — disputed (${e.conflict})` : ''}`);

  out.push('', '## How outlets label the main actors', '');
  if (d.framing.length === 0) out.push('No labels found.');
  for (const f of d.framing) {
    out.push(`### ${m(f.name)}`, '', '| outlet | labels |', '|---|---|');
    const byArticle = new Map<string, string[]>();
    for (const l of f.labels) byArticle.set(l.article, [...(byArticle.get(l.article) ?? []), labelText(l)]);
    for (const [a, ls] of byArticle) out.push(`| ${m(name(a))} | ${ls.map((l) => m(l)).join('; ')} |`);
    out.push('');
  }

  out.push('', '## People, places and organisations', '', '| name | type | articles | spellings |', '|---|---|---|---|');
  for (const e of d.entities.filter((x) => x.articles.length >= 2 || x.aliases.length >= 2)) {
    out.push(`| ${m(e.name)} | ${e.type} | ${e.articles.length} | ${e.aliases.map((a) => `${m(a.text)} (${a.outlets.map(m).join(', ')})`).join('; ')} |`);
  }
  return out.join('\n') + '\n';
}

/**
 * A label as the reports print it: quoted, a verb of saying as "says: …", and the evaluative
 * words the outlet chose after it ("“the embattled governor” [embattled]"). Dossiers stored
 * before labels had `kind` and `loaded` print the label alone.
 */
function labelText(l: { label: string; kind?: string; loaded?: string[] }): string {
  const loaded = (l.loaded ?? []).filter((w) => w !== l.label);
  return `${l.kind === 'verb' ? 'says: ' : ''}“${l.label}”${loaded.length ? ` [${loaded.join(', ')}]` : ''}`;
}
