/** Most answers a table keeps before its memo is emptied (SortedLines.memo). */
const MEMO_MAX = 50_000;

/**
 * Lookup in a generated text table of lines "KEY REST", sorted by KEY (JavaScript string order)
 * and keys unique, without parsing the table: each lookup is a binary search over the text's
 * character positions (the line around a position is found with lastIndexOf/indexOf), and only
 * the lines looked up are ever sliced. The word prior and the synonym table (20,000 lines each)
 * are read this way, so a run pays for the few thousand stems it meets instead of building two
 * 20,000-entry maps at start-up — nor even an index of the line starts (a scan of every line of
 * the three tables, ~10 ms of a cold `analyze`).
 */
export class SortedLines {
  /**
   * Answers already looked up, by key (null for a key the table lacks). A run asks the same few
   * keys again and again: the example's dossier makes ~16,500 lookups of ~2,100 distinct keys
   * (issue #16, start-up), and each binary search scans ~15 lines. Emptied when it reaches
   * MEMO_MAX entries, so a long-running server's memory stays bounded; the answer is a pure
   * function of the key, so emptying it changes nothing but time.
   */
  private readonly memo = new Map<string, string | null>();

  constructor(private readonly text: string) {}

  /** REST of the line whose KEY is `key`, or null when there is none. */
  get(key: string): string | null {
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    if (this.memo.size >= MEMO_MAX) this.memo.clear();
    const found = this.search(key);
    this.memo.set(key, found);
    return found;
  }

  /** The binary search behind get. */
  private search(key: string): string | null {
    const t = this.text;
    // Invariant: `lo` is a line start; the line holding `key`, if any, starts in [lo, hi).
    let lo = 0;
    let hi = t.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // The start of the line holding position `mid` (at or after `lo`, itself a line start).
      const s = mid === 0 ? 0 : t.lastIndexOf('\n', mid - 1) + 1;
      let end = t.indexOf('\n', s);
      if (end < 0) end = t.length;
      let sp = t.indexOf(' ', s);
      if (sp < 0 || sp > end) sp = end;
      const k = t.slice(s, sp);
      if (k === key) return t.slice(Math.min(sp + 1, end), end);
      if (k < key) lo = end + 1;
      else hi = s;
    }
    return null;
  }
}
