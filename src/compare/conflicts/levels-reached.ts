/**
 * Figures told as the level a tally reached on a day ("The death toll rose to 430 on Tuesday",
 * "climbed to 500", "reached 400 on Monday", "bringing the toll to 430"): a wire series reports
 * one tally as it moves, each report with the level of its own day (issue #10, session 29's
 * unseen reading: 400 → 430 → 500 a day apart). Two such sentences differ in two values at once,
 * the level and its day, and both differences are the tally moving, not two errors:
 * - the two days are the moments of two levels, not two dates of one act (`levelMoments`: a
 *   confident false date card "Monday" / "Tuesday" / "Wednesday" on invented text, since the
 *   matcher aligns such sentences as one fact);
 * - the two levels are two moments of one tally (`levelsOverTime`), which the update test
 *   (conflicts.ts isUpdate) then orders by publication; occasions.ts otherDaysOfActs withheld
 *   them as figures of two occasions, so the series showed nothing.
 *
 * Why the construction and not the counted noun: a verb of change with "to", "reached", "hit" or
 * "stood at" before a figure says that the figure is where something stood at that moment (a
 * state of a changing quantity), whatever is counted; a figure without it ("killed 400 people on
 * Monday") is the size of one act, whose day is that act's. Each day must be its report's own day
 * or the day before (the news of that report): a level reached on a day far from the report is
 * background, told for comparison, and stays as it was read.
 *
 * Read in a bounded window before the figure, inside its sentence: constant work per pair.
 */
import { compatible, type ClaimItem } from '../claims/claims.js';

/**
 * A verb of change with "to", or a verb of reaching, right before the figure (a hedge between:
 * "rose to at least 430"); "bringing/raising/pushing the (death) toll to". The figure is then the
 * level reached, not an amount added ("rose by 30" is no level: "by" is not matched).
 */
const LEVEL_BEFORE = /\b(?:(?:rose|risen|rises|rising|climbed|climbs|climbing|increased|increases|jumped|jumps|grew|grown|swelled|soared|mounted|surged)\s+to|reached|reaches|hit|hits|(?:stood|stands|standing)\s+at|(?:bringing|brought|brings|raising|raised|raises|pushing|pushed|pushes|taking|took|takes)\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,2}to)\s+(?:(?:at\s+least|more\s+than|about|nearly|almost|some|over|around|roughly)\s+)?$/iu;

/** Whether a figure is told as the level a changing quantity reached (LEVEL_BEFORE). */
export function levelReached(c: ClaimItem): boolean {
  if (c.kind !== 'number') return false;
  const rel = c.start - c.sentence.start;
  return LEVEL_BEFORE.test(c.sentence.text.slice(Math.max(0, rel - 60), rel));
}

/** How far (days) before its report's day a level's date may lie and still be that report's news. */
const NEWS_DAYS = 1;

/** A date of one day that is its report's own day or the day before (publishedDay: claims.ts). */
function ownNewsDay(d: ClaimItem): boolean {
  return d.kind === 'date' && d.precision === 'day' && d.from === d.to && d.publishedDay !== undefined && d.from <= d.publishedDay && d.from >= d.publishedDay - NEWS_DAYS;
}

const ofSentence = (c: ClaimItem, claimsOfSentence: Map<string, ClaimItem[]>): ClaimItem[] => claimsOfSentence.get(`${c.article}:${c.sentence.start}`) ?? [];

/** LEVEL_BEFORE's words followed by the figure, anywhere in a sentence (a level with no counted noun, "rose to 430", is no claim). */
const LEVEL_FIGURE = new RegExp(`${LEVEL_BEFORE.source.slice(0, -1)}(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s+(million|billion))?(?![\\d,]*\\d)`, 'giu');
const SCALE: Record<string, number> = { million: 1e6, billion: 1e9 };

/** The levels a sentence tells reached, as numbers (LEVEL_FIGURE). */
function levelsOf(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(LEVEL_FIGURE)) out.push(Number(m[1].replace(/,/g, '')) * (m[2] ? SCALE[m[2].toLowerCase()] : 1));
  return out;
}

/**
 * Two dates whose sentences each tell a level reached, on the report's own news day, and whose
 * levels all differ: the days of two levels of one tally, not two dates of one act. The levels
 * are read from the sentences' words, since a level told without a counted noun ("the death toll
 * rose to 430") is no claim.
 */
export function levelMoments(x: ClaimItem, y: ClaimItem): boolean {
  if (x.kind !== 'date' || y.kind !== 'date' || !ownNewsDay(x) || !ownNewsDay(y)) return false;
  const lx = levelsOf(x.sentence.text);
  const ly = levelsOf(y.sentence.text);
  return lx.length > 0 && ly.length > 0 && lx.every((a) => ly.every((b) => a !== b));
}

/**
 * Two figures told as levels reached, each dated to its own report's news day, the later report's
 * level the higher: two moments of one growing tally, to be compared (and shown as an update),
 * not set apart as two occasions. `xFirst`: whether x's report was published first (null: unknown,
 * then they are not read so).
 */
export function levelsOverTime(x: ClaimItem, y: ClaimItem, xFirst: boolean | null, claimsOfSentence: Map<string, ClaimItem[]>): boolean {
  if (xFirst === null || !levelReached(x) || !levelReached(y)) return false;
  const dated = (c: ClaimItem): boolean => {
    const ds = ofSentence(c, claimsOfSentence).filter((d) => d.kind === 'date' && !d.statement);
    return ds.length > 0 && ds.every(ownNewsDay);
  };
  if (!dated(x) || !dated(y)) return false;
  const [early, late] = xFirst ? [x, y] : [y, x];
  const low = (c: ClaimItem): number => (c.limit !== null ? c.figure : c.low);
  const high = (c: ClaimItem): number => (c.limit !== null ? c.figure : c.high);
  return low(late) > high(early);
}
