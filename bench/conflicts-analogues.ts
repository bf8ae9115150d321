/**
 * Dev analogues of the injected place and name contradictions (a developer script, not a
 * benchmark: `node dist/bench/conflicts-analogues.js [place|name ...]`). The injected set's dev part
 * holds eleven place and twenty-seven name variants, too few to tell a general rule from one fitted
 * to them; this script builds many more the way ../shared/bench/conflicts/README.md says the set
 * was built, from the untouched dev stories only (never a held-out story, never a story reserved
 * for an unseen reading: bench/reserved.ts and bench/stories-errors.ts):
 * - a place: a country, US state or city of the script's small regional lists written in a
 *   sentence of one article, outside quote marks, that another article's sentence writes too with
 *   at least 30% of content words in common (Dice over content stems), replaced by another place
 *   of the same list that the story never names;
 * - a name: a person the annotator finds, written in full or by surname, in such a sentence,
 *   replaced by an invented name of the same shape.
 * Each analogue is one article of one story changed once; the dossier is built and the change is
 * found when a conflict of its kind has a span in the changed article overlapping the new value
 * (with that article as outlier when two or more other articles agree). Prints recall (either tier
 * and confident), the changes missed with their sentence, and per half of the analogues (A / B by a
 * hash) so a rule chosen on one half's misses can be checked on the other.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildDossier } from '../src/compare/dossier.js';
import type { AnnotatedArticle, Article } from '../src/core/schema.js';
import { ingestAll } from '../src/ingest/index.js';
import { contentStems, dice } from '../src/compare/words/lex.js';
import { sharedDir } from '../test/helpers/shared.js';
import { fnv, isHeldOut } from './conflicts-injected.js';
import { isReservedInjected } from './reserved.js';
import { cachedAnnotator, RecallTally } from './analogue-tally.js';

const reserved = isReservedInjected;

/** Regional lists a replacement is drawn from (generation only; the product never reads them). */
const GROUPS: Record<string, string[]> = {
  usState: 'Alabama|Arizona|Arkansas|California|Colorado|Connecticut|Florida|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Nebraska|Nevada|New Jersey|New Mexico|North Carolina|Ohio|Oklahoma|Oregon|Pennsylvania|Tennessee|Texas|Utah|Virginia|Wisconsin'.split('|'),
  usCity: 'Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|San Francisco|Seattle|Boston|Miami|Atlanta|Denver|Detroit|New Orleans|Baltimore|Pittsburgh|Minneapolis|Cleveland|Buffalo|Sacramento|Tampa|St. Louis|Milwaukee|Omaha|Albuquerque|Memphis|Nashville|Portland'.split('|'),
  europe: 'France|Germany|Italy|Spain|Portugal|Belgium|Netherlands|Austria|Switzerland|Poland|Hungary|Greece|Sweden|Norway|Denmark|Finland|Ireland|Romania|Bulgaria|Serbia|Croatia'.split('|'),
  latam: 'Brazil|Argentina|Chile|Peru|Colombia|Venezuela|Ecuador|Bolivia|Uruguay|Paraguay|Mexico|Cuba|Guatemala|Honduras|Nicaragua|Panama'.split('|'),
  africa: 'Kenya|Uganda|Tanzania|Rwanda|Ethiopia|Somalia|Sudan|Nigeria|Ghana|Senegal|Zimbabwe|Zambia|Angola|Mozambique|Egypt|Libya|Algeria|Morocco|Tunisia'.split('|'),
  mideast: 'Iraq|Iran|Syria|Jordan|Lebanon|Kuwait|Saudi Arabia|Yemen|Oman|Qatar|Israel|Turkey'.split('|'),
  asia: 'China|Japan|India|Pakistan|Afghanistan|Bangladesh|Indonesia|Malaysia|Thailand|Vietnam|Philippines|Cambodia|Myanmar|Nepal|Mongolia'.split('|'),
  worldCity: 'London|Paris|Berlin|Madrid|Rome|Vienna|Moscow|Warsaw|Athens|Lisbon|Geneva|Brussels|Stockholm|Oslo|Cairo|Nairobi|Lagos|Baghdad|Tehran|Beirut|Damascus|Amman|Istanbul|Tokyo|Beijing|Shanghai|Seoul|Manila|Jakarta|Bangkok|Sydney|Toronto|Montreal|Mexico City|Rio de Janeiro|Buenos Aires|Caracas|Lima|Bogota|Havana'.split('|'),
  other: ['Canada', 'United States', 'Australia', 'New Zealand', 'Russia', 'Ukraine', 'Britain'],
};
const GIVEN = ['Martin', 'Laura', 'Peter', 'Helen', 'Gregory', 'Nadia', 'Oscar', 'Irene', 'Walter', 'Miriam', 'Victor', 'Sandra'];
const SURNAMES = ['Halvorsen', 'Pendrick', 'Castellano', 'Whitcombe', 'Marlowe', 'Okonkwo', 'Tarrant', 'Vasquez', 'Lindqvist', 'Brannigan', 'Feld', 'Morrow'];

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Candidate { kind: 'place' | 'name'; article: number; start: number; end: number; value: string; replacement: string; agree: number; sentence: string; matches: string[] }

/** Whether [start, end) lies inside a quotation of the article. */
const inQuote = (a: AnnotatedArticle, start: number, end: number): boolean => a.quotes.some((q) => q.start <= start && end <= q.end);

function candidates(story: string, ann: AnnotatedArticle[]): Candidate[] {
  const all = ann.map((a) => a.text).join('\n');
  const sentStems = ann.map((a) => a.sentences.map((s) => ({ s, text: a.text.slice(s.start, s.end), stems: new Set(contentStems(a.text.slice(s.start, s.end))) })));
  const matchesOf = (ai: number, sentIdx: number, value: string): string[] => {
    const me = sentStems[ai][sentIdx];
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${esc(value)}(?![\\p{L}\\p{N}])`, 'u');
    const out: string[] = [];
    sentStems.forEach((ss, bi) => {
      if (bi === ai) return;
      const hit = ss.find((o) => { const d = dice(me.stems, o.stems); return re.test(o.text) && d.dice >= 0.35 && d.shared >= 4; });
      if (hit) out.push(hit.text);
    });
    return out;
  };
  const out: Candidate[] = [];
  ann.forEach((a, ai) => {
    a.sentences.forEach((s, si) => {
      const text = a.text.slice(s.start, s.end);
      // Places by the regional lists.
      for (const [g, list] of Object.entries(GROUPS)) {
        for (const p of list) {
          const re = new RegExp(`(?<![\\p{L}\\p{N}])${esc(p)}(?![\\p{L}\\p{N}])`, 'gu');
          for (const m of text.matchAll(re)) {
            const start = s.start + m.index!;
            const end = start + p.length;
            if (inQuote(a, start, end)) continue;
            const matches = matchesOf(ai, si, p);
            if (!matches.length) continue;
            const pool = list.filter((q) => q !== p && !new RegExp(`(?<![\\p{L}])${esc(q)}(?![\\p{L}])`, 'u').test(all));
            if (!pool.length) continue;
            const replacement = pool[fnv(`${story}/${ai}/${start}`) % pool.length];
            out.push({ kind: 'place', article: ai, start, end, value: p, replacement: g === 'other' && replacement === 'United States' ? 'the United States' : replacement, agree: matches.length, sentence: text, matches });
          }
        }
      }
      // People the annotator finds.
      for (const m of a.mentions) {
        if (m.type !== 'person' || m.start < s.start || m.end > s.end || inQuote(a, m.start, m.end)) continue;
        const words = m.text.split(/\s+/);
        const surname = words[words.length - 1];
        if (surname.length < 3 || !/^\p{Lu}/u.test(surname)) continue;
        const matches = matchesOf(ai, si, surname);
        if (!matches.length) continue;
        const h = fnv(`${story}/${ai}/${m.start}`);
        const sn = SURNAMES.filter((x) => !all.includes(x))[h % 10];
        const replacement = words.length >= 2 ? `${GIVEN.filter((x) => !all.includes(x))[h % 9]} ${sn}` : sn;
        out.push({ kind: 'name', article: ai, start: m.start, end: m.end, value: m.text, replacement, agree: matches.length, sentence: text, matches });
      }
    });
  });
  return out;
}

export async function run(): Promise<void> {
  const shared = sharedDir();
  const root = shared ? path.join(shared, 'bench', 'conflicts') : null;
  if (!root || !existsSync(root)) {
    process.stdout.write('conflicts-analogues skipped: ../shared is absent\n');
    return;
  }
  const kinds = new Set(process.argv.slice(2).filter((x) => x === 'place' || x === 'name'));
  if (!kinds.size) kinds.add('place').add('name');
  const perStory = Number(process.env.ANALOGUES_PER_STORY ?? 6);
  const cachedAnnotate = cachedAnnotator();
  const tally = new RecallTally();
  const bump = tally.bump.bind(tally);
  const misses: string[] = [];
  for (const source of readdirSync(root).filter((s) => !s.includes('.')).sort()) {
    for (const story of readdirSync(path.join(root, source)).sort()) {
      if (isHeldOut(source, story) || reserved(source, story)) continue;
      if (process.env.ANALOGUES_ONLY && !process.env.ANALOGUES_ONLY.split(',').includes(story)) continue;
      const dir = path.join(root, source, story, 'orig');
      const files = readdirSync(dir).filter((f) => /^\d+\.json$/.test(f)).sort();
      const { articles } = await ingestAll(files.map((f) => path.join(dir, f)));
      const ann = articles.map(cachedAnnotate);
      const byKind = new Map<string, Candidate[]>();
      for (const c of candidates(story, ann)) if (kinds.has(c.kind)) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c]);
      for (const [kind, list] of byKind) {
        // A deterministic sample, at most one change per sentence value.
        const seen = new Set<string>();
        const pick = list.filter((c) => !seen.has(`${c.article}:${c.value}`) && seen.add(`${c.article}:${c.value}`)).sort((x, y) => fnv(`${story}${x.start}${x.value}`) - fnv(`${story}${y.start}${y.value}`)).slice(0, perStory);
        for (const c of pick) {
          const a = articles[c.article];
          const changed: Article = { ...a, text: a.text.slice(0, c.start) + c.replacement + a.text.slice(c.end) };
          const arts = articles.map((x, i) => (i === c.article ? changed : x));
          const { dossier } = buildDossier(arts, { annotate: cachedAnnotate });
          const span = [c.start, c.start + c.replacement.length];
          const touches = dossier.conflicts.filter((k) => k.claims.some((cl) => cl.spans.some((sp) => sp.article === a.id && sp.start < span[1] && span[0] < sp.end)));
          const ofKind = touches.filter((k) => k.kind === kind);
          const outlierExpected = c.agree >= 2;
          const good = ofKind.filter((k) => !outlierExpected || k.outliers.includes(a.id));
          const r = good.length > 0;
          const rc = good.some((k) => (k as { confidence?: string }).confidence !== 'possible');
          const half = fnv(`${source}/${story}/${c.start}`) % 2 ? 'A' : 'B';
          bump(kind, r, rc, ofKind.length > 0);
          bump(`${kind}/${half}`, r, rc, ofKind.length > 0);
          if (!r || process.env.ANALOGUES_ALL) {
            const at = c.start - ann[c.article].sentences.find((s) => s.start <= c.start && c.start < s.end)!.start;
            misses.push(`${r ? 'HIT' : 'MISS'} ${half} ${source}/${story} [${kind}] ${c.value} -> ${c.replacement} agree=${c.agree}${ofKind.length ? ' (found, outlier wrong)' : touches.length ? ` (other kind: ${touches.map((k) => k.kind).join(',')})` : ''}\n  T: ${c.sentence.slice(0, at)}[[${c.replacement}]]${c.sentence.slice(at + c.value.length)}\n${c.matches.map((m) => `  M: ${m}`).join('\n')}${ofKind.map((k) => `\n  C: ${k.confidence} ${k.claims.map((cl) => `${cl.value}:${cl.articles.join(',')}`).join(' / ')} out=${k.outliers.join(',')} target=${a.id} :: ${k.why.slice(0, 300)}`).join('')}`);
          }
        }
      }
    }
  }
  for (const m of misses) process.stdout.write(`${m.replace(/\s*\n\s*(?=[TM]:)/g, '\n  ')}\n`);
  process.stdout.write(tally.lines(8));
}

if (process.argv[1] && path.basename(process.argv[1]).startsWith('conflicts-analogues')) void run();
