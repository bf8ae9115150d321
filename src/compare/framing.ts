/**
 * Framing: how each outlet labels each main actor, side by side. Labels come from three places,
 * all verbatim spans of the article: the title or role the annotator split off a name ("Syria's
 * interim President"), an appositive right after a name ("Sharaa, a former leader of …,"), and
 * descriptive phrases that stand for a person without naming them ("the ousted leader", "the
 * dictator"), resolved to a person named just before.
 */
import type { Framing } from '../core/dossier-schema.js';
import type { AnnotatedArticle } from '../core/schema.js';
import type { EntityIndex } from './entities.js';
import { articleOrder, cmp } from './lex.js';

interface Label {
  article: string;
  label: string;
  start: number;
  end: number;
}

// Honorifics say nothing about how an outlet sees someone.
const BARE_HONORIFIC = /^(mr|mrs|ms|dr|sir|dame|mister)\.?$/i;
// Head nouns of descriptions that stand in for a named person. Only definite descriptions ("the
// ousted leader") point back to someone already named; "a Syrian official" introduces a new one.
const PERSON_HEAD = 'leader|ruler|president|dictator|strongman|autocrat|despot|tyrant|premier|prime minister|chancellor|monarch|king|queen|general|commander|minister|chief|spokes(?:man|woman|person)|official|envoy|warlord|militant|jihadist';
// Modifiers that mark someone out of power: such a description refers to a person whom the
// story reports as removed, not to whoever was named last.
const FORMER = /\b(former|ousted|deposed|toppled|exiled|fallen|overthrown|late|ex-)\b/i;
const DESCRIPTION = new RegExp(`\\b(?:the|The)\\s+((?:[\\p{Ll}'’-]+\\s+|[\\p{Lu}][\\p{Ll}]+\\s+){0,3}?(?:${PERSON_HEAD}))\\b(?!\\s+(?:of\\s+)?\\p{Lu})`, 'gu');
// Words that turn the description into something else ("the leader's", "the president of the bank").
const NOT_PERSON_AFTER = /^\s*(?:'s|’s|of\s+the\s+(?:bank|board|company|club|committee))/i;
const REMOVAL = /\b(toppl\w*|overthr\w*|oust\w*|depos\w*|fall of|fled|exile\w*|ouster of)\b/i;

function sentenceIndex(a: AnnotatedArticle, pos: number): number {
  let lo = 0;
  let hi = a.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a.sentences[mid].end <= pos) lo = mid + 1;
    else if (a.sentences[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}

export function buildFraming(articles: AnnotatedArticle[], ents: EntityIndex, maxActors = 8): Framing[] {
  const labels = new Map<string, Label[]>();
  const add = (entity: string | null, l: Label): void => {
    if (!entity) return;
    const text = l.label.replace(/\s+/g, ' ').trim();
    if (!text || BARE_HONORIFIC.test(text) || text.length > 90) return;
    const list = labels.get(entity) ?? [];
    if (!list.some((x) => x.article === l.article && x.label.toLowerCase() === text.toLowerCase())) list.push({ ...l, label: text });
    labels.set(entity, list);
  };

  // Which people the story reports as removed from power (a removal verb right before a mention,
  // not "toppled by X", where X is the one doing it).
  const removed = new Map<string, number>();
  for (const a of articles) {
    for (const m of a.mentions) {
      if (m.type !== 'person') continue;
      const before = a.text.slice(Math.max(0, (m.role?.start ?? m.start) - 60), m.role?.start ?? m.start);
      if (REMOVAL.test(before.split(/[.;]/).pop() ?? '') && !/\bby\s+(?:\S+\s+){0,2}$/.test(before)) {
        const id = ents.at(a.id, m.start, m.end);
        if (id) removed.set(id, (removed.get(id) ?? 0) + 1);
      }
    }
  }

  for (const a of articles) {
    const persons = a.mentions.filter((m) => m.type === 'person').sort((x, y) => x.start - y.start);
    const appositives: Array<[number, number]> = [];
    for (const m of persons) {
      const id = ents.at(a.id, m.start, m.end);
      if (m.role) add(id, { article: a.id, label: m.role.text, start: m.role.start, end: m.role.end });
      // Appositive: "Name, a former leader of the Syrian branch of Al Qaeda, led …".
      const after = a.text.slice(m.end, m.end + 120);
      const app = /^,\s+((?:a|an|the)\s+[^,;.()"“”]{3,90}?),/.exec(after);
      if (app && !/\b(?:said|says|told)\b/.test(app[1])) {
        // "a reformist who took office three years ago" labels her "a reformist"; the relative
        // clause is a fact about her, not a label.
        const label = app[1].split(/\s+(?:who|which|whose|whom|that)\s/)[0];
        const off = m.end + after.indexOf(app[1]);
        add(id, { article: a.id, label, start: off, end: off + label.length });
        appositives.push([off, off + app[1].length]);
      }
    }
    // Descriptions that stand in for a person.
    for (const d of a.text.matchAll(DESCRIPTION)) {
      const phrase = d[1];
      const start = d.index! + d[0].length - phrase.length;
      const end = start + phrase.length;
      if (NOT_PERSON_AFTER.test(a.text.slice(end, end + 30))) continue;
      // Inside an appositive ("a close ally of the prime minister") the description is someone
      // else, the one the appositive relates its person to.
      if (appositives.some(([s0, e0]) => start >= s0 && end <= e0)) continue;
      // A description that introduces a name ("the president, Ahmed al-Sharaa") is a role, not a stand-in.
      if (persons.some((m) => m.start >= end && m.start - end <= 3)) continue;
      const si = sentenceIndex(a, start);
      const windowStart = si > 1 ? a.sentences[si - 2].start : 0;
      let cands = persons.filter((m) => m.end <= start && m.start >= windowStart);
      if (FORMER.test(phrase)) {
        const out = cands.filter((m) => (removed.get(ents.at(a.id, m.start, m.end) ?? '') ?? 0) > 0);
        cands = out;
      }
      const ref = cands[cands.length - 1];
      if (!ref) continue;
      add(ents.at(a.id, ref.start, ref.end), { article: a.id, label: phrase, start, end });
    }
  }

  const main = ents.entities
    .filter((e) => e.type === 'person' && labels.has(e.id))
    .sort((x, y) => y.articles.length - x.articles.length || labels.get(y.id)!.length - labels.get(x.id)!.length || cmp(x.id, y.id))
    .slice(0, maxActors);
  return main.map((e) => ({
    entity: e.id,
    name: e.name,
    labels: labels.get(e.id)!.sort((x, y) => articleOrder(x.article, y.article) || x.start - y.start),
  }));
}
