/**
 * Whether a named body lies at one site (issue #10, session 22): a name whose last word is a
 * building or an institution of one site ("Hennepin County Medical Center", "St. Marel Hospital",
 * "Dorsk Central Station") names one place, so two reports giving its place state one claim
 * (swaps.ts hostOf). A company, a chain or a system ("Marel Health Systems", "Korvel Bank",
 * "Tarn Group") has sites in many places: "Marel Health Systems in Dorsk" may be another of its
 * sites than "… in Karvik", and a report naming that one backed the wrong side of a place card
 * and named a false outlier (invented text). The head noun decides, as the entity layer reads
 * facility names by their last word (lexicon/places.ts PLACE_SUFFIXES).
 */
import { PLACE_SUFFIXES } from '../../annotate/lexicon/places.js';

/** Heads of institutions that stand at one site (beyond PLACE_SUFFIXES' buildings and features). */
const SITE_HEADS = new Set(['Hospital', 'Center', 'Centre', 'Clinic', 'Infirmary', 'Hospice', 'School', 'College', 'University', 'Academy', 'Institute', 'Church', 'Mosque', 'Synagogue', 'Chapel', 'Hotel', 'Refinery', 'Factory', 'Mill', 'Mine', 'Courthouse', 'Embassy', 'Consulate', 'Barracks', 'Camp', 'Observatory']);

/** Whether the written name of a body ends with a head that names one site. */
export function namesOneSite(name: string): boolean {
  const last = name.trim().split(/\s+/).pop()?.replace(/[^\p{L}]/gu, '') ?? '';
  return SITE_HEADS.has(last) || PLACE_SUFFIXES.has(last);
}

/**
 * Whether the written name ends with the head of an institution of one site (SITE_HEADS alone:
 * "… Medical Center", "… Hospital", "… School"), not a place suffix. The entity layer types such a
 * name as a place where it is where an act happened ("died at Hennepin County Medical Center"),
 * and as an organisation elsewhere; either way the institution stands at one site. A place suffix
 * alone does not tell one site for a place-typed name: many counties, cities and rivers share a
 * name across states ("Jefferson County", "Kansas City"), or span several.
 */
export function namesInstitution(name: string): boolean {
  const last = name.trim().split(/\s+/).pop()?.replace(/[^\p{L}]/gu, '') ?? '';
  return SITE_HEADS.has(last);
}
