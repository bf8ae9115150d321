/**
 * Lookup in a generated text table of lines "KEY REST", sorted by KEY (JavaScript string order)
 * and keys unique, without parsing the table: the first lookup finds the line starts (one scan),
 * each lookup is a binary search, and only the lines looked up are ever sliced. The word prior
 * and the synonym table (20,000 lines each) are read this way, so a run pays for the few
 * thousand stems it meets instead of building two 20,000-entry maps at start-up.
 */
export class SortedLines {
  private starts: Int32Array | null = null;

  constructor(private readonly text: string) {}

  private lineStarts(): Int32Array {
    const t = this.text;
    let n = 1;
    for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) n++;
    const starts = new Int32Array(n);
    let k = 1;
    for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) starts[k++] = i + 1;
    return starts;
  }

  /** REST of the line whose KEY is `key`, or null when there is none. */
  get(key: string): string | null {
    const t = this.text;
    const starts = (this.starts ??= this.lineStarts());
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = starts[mid];
      const end = mid + 1 < starts.length ? starts[mid + 1] - 1 : t.length;
      let sp = t.indexOf(' ', s);
      if (sp < 0 || sp > end) sp = end;
      const k = t.slice(s, sp);
      if (k === key) return t.slice(Math.min(sp + 1, end), end);
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }
}
