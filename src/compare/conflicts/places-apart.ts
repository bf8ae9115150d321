/**
 * A city the place lexicon knows against a local place name it does not know, read by the story's
 * own construction rather than by a gazetteer. Owns the test of whether such an unknown name is
 * written anywhere in the story as a part of a city (a district, a suburb, a slum, a
 * neighbourhood), which is what made the two incomparable before: "in Rocinha" / "in Rio de
 * Janeiro" may both be right.
 *
 * Why: the lexicon lists capitals and large cities only, so the second of two towns of one region
 * ("in Nairobi" / "in Mombasa", "in Buffalo" / "in Lockport") is most often a name it does not
 * know. Refusing every known / unknown pair made a place swap visible only when both towns were
 * known or both unknown (the injected set's held-out place recall, 0.20, against 1.00 on a dev part
 * whose swapped places happened all to be known). A district is told as one by its construction:
 * a part-of-city head word after it ("the Kibera slum", "Rocinha favela", "the Karen
 * neighbourhood"), an apposition that calls it one ("Karen, a suburb of Nairobi"), a known city after it in
 * apposition or after "in" ("Rocinha, in Rio", "Karen, Nairobi"); and the finders already drop
 * two places any sentence of the story names together (slots.ts namedTogetherIn). With none of
 * these, the two may be compared, and the card is only ever `possible` (swaps.ts): a district
 * the story never marks as one ("in Brooklyn" / "in New York") stays possible, for a reader to check.
 */
import type { Entity } from '../../core/dossier-schema.js';
import type { AnnotatedArticle } from '../../core/schema.js';
import { PLACE_SUFFIXES, PLACES, placeLevel, WIDE_PLACE_NAMES } from '../../annotate/lexicon/places.js';

/** Head words of a part of a city or of a settlement inside another (after the name: "the Kibera slum"). */
const PART_HEAD_AFTER = /^[\s-]+(?:district|neighbou?rhood|suburb|borough|quarter|slum|favela|township|ward|precinct|section|area|estate|enclave|camp|compound|barrio|arrondissement|zone|sector|locality)s?\b/i;
/** A name whose own last word is such a head ("Kibera Slum", "Karen Estate"). */
const PART_HEAD_NAME = /\s(?:district|neighbou?rhood|suburb|borough|quarter|slum|favela|township|ward|precinct|section|area|estate|enclave|camp|compound|barrio|arrondissement|zone|sector|locality)s?$/i;
/**
 * Last words that make a name a site, not a town: a facility or a feature (the lexicon's
 * PLACE_SUFFIXES: "Stadium", "Airport", "Square", …; and a few more heads below: "Field",
 * "Center", "Hospital", …). A site lies in some town, so set against a known city it may well be in it ("at Dessouk
 * Field" / "at Cairo": a stadium and its city). The suffixes that also end town names
 * ("Kansas City", "Niagara Falls", "Virginia Beach", "Shaker Heights") are left out.
 */
const SITE_HEADS = new Set([...PLACE_SUFFIXES].filter((w) => !['City', 'Falls', 'Beach', 'Heights', 'Springs'].includes(w)).concat(['Field', 'Fields', 'Center', 'Centre', 'Hospital', 'Clinic', 'Court', 'Courthouse', 'School', 'College', 'University', 'Church', 'Mosque', 'Synagogue', 'Hotel', 'Club', 'Farm', 'Ranch', 'Market', 'Terminal', 'Complex', 'Campus', 'Course', 'Dome', 'Coliseum', 'Speedway']));
/** An apposition that makes the name a part of a place ("Karen, a leafy suburb of Nairobi", "Kibera, the capital's largest slum"). */
const PART_APPOSITION_AFTER = /^\s*,\s*(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,3}(?:district|neighbou?rhood|suburb|borough|quarter|slum|favela|township|ward|precinct|section|area|enclave|barrio|arrondissement)s?\b/iu;
/**
 * A name followed by a comma or "in" and a capitalised name: its container ("Karen, Nairobi",
 * "Rocinha, in Rio de Janeiro"), when that name is a known city (a town followed by its state or
 * country, "Mombasa, Kenya", is a town, not a part of a city).
 */
const CONTAINER_AFTER = /^\s*(?:,\s*(?:in\s+)?|\s+in\s+)((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:de|do|da|del|\p{Lu}[\p{L}'’.-]*)){0,3})/u;

/** Whether an entity is a local place the lexicon knows (a city: in PLACES, neither a country nor a wider region). */
export function knownCity(e: Entity): boolean {
  const names = e.aliases.map((x) => x.text);
  return placeLevel(names) === 'local' && names.some((n) => PLACES.has(n) || WIDE_PLACE_NAMES.has(n));
}

/**
 * Whether the story writes the unknown place `e` as a part of another place anywhere: a
 * part-of-city head after one of its mentions or in one of its names, a name ending in a site's
 * head (SITE_HEADS), an apposition calling it a
 * part of a place, or a known city after it in apposition or after "in" (CONTAINER_AFTER). Work:
 * the entity's mentions only.
 */
export function toldAsPart(e: Entity, byId: Map<string, AnnotatedArticle>): boolean {
  if (e.aliases.some((x) => PART_HEAD_NAME.test(x.text) || (/\s/.test(x.text.trim()) && SITE_HEADS.has(x.text.trim().split(/\s+/).pop()!)))) return true;
  for (const m of e.mentions) {
    const a = byId.get(m.article);
    if (!a) continue;
    const after = a.text.slice(m.end, m.end + 60);
    if (PART_HEAD_AFTER.test(after) || PART_APPOSITION_AFTER.test(after)) return true;
    const c = CONTAINER_AFTER.exec(after);
    // The container's name may run on into the next words ("Rio de Janeiro Monday"): any known city it starts with.
    const words = c ? c[1].split(/\s+/) : [];
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).join(' ');
      if (PLACES.has(name) && placeLevel([name]) === 'local') return true;
    }
  }
  return false;
}

/**
 * Two local places, one a city the lexicon knows and the other a place name it does not know (typed
 * a place by the annotator, from its construction: "in X", "from X to Y", a dateline), that the
 * story never writes as a part of another place (toldAsPart): they may be two places of one slot.
 * False for any other pair (two known or two unknown places are compared as before).
 */
export function knownCityAgainstTown(articles: AnnotatedArticle[]): (a: Entity, b: Entity) => boolean {
  const byId = new Map(articles.map((x) => [x.id, x]));
  // Read once per entity (the finders ask for many pairs).
  const part = new Map<string, boolean>();
  return (a, b) => {
    const [city, other] = knownCity(a) ? [a, b] : knownCity(b) ? [b, a] : [null, null];
    if (!city || !other || knownCity(other)) return false;
    const names = other.aliases.map((x) => x.text);
    if (other.type !== 'place' || placeLevel(names) !== 'local' || names.some((n) => PLACES.has(n) || WIDE_PLACE_NAMES.has(n))) return false;
    // An article that names both tells of both: a town and the county or city it lies in, whose
    // level the lexicon may not know ("at a church in Leigh-on-Sea" and "in Essex" in one report,
    // Essex listed as a place, not as a region; read on an AllSides dev story).
    if (city.articles.some((x) => other.articles.includes(x))) return false;
    if (!part.has(other.id)) part.set(other.id, toldAsPart(other, byId));
    return !part.get(other.id)!;
  };
}
