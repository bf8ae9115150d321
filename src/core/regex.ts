/**
 * Start-up cost of large patterns (issue #16). Owns `compiledOnce`, which makes V8 compile a
 * pattern straight to machine code instead of first to bytecode for its regexp interpreter.
 *
 * Why: V8 compiles a pattern on its first use to bytecode and interprets it, and on the second
 * use compiles it again to machine code ("tier-up"). For a pattern with Unicode letter classes
 * (`\p{L}`: hundreds of ranges, the astral ones matched as surrogate pairs in a two-byte string)
 * or a long word list, the bytecode compiler with its peephole pass costs 5–10 times what the
 * machine-code compiler does (measured on Node 20: a word pattern `[\p{L}\p{N}]+` followed by
 * `(?:['’][\p{L}]+)` repeated, with flags gu, 6.4 ms to bytecode, 0.7 ms to machine code), and a pattern used twice pays both. V8 skips the
 * bytecode when the first subject is long (1,000 characters or more), so running the pattern
 * once over such a string, before its first real use, leaves only the cheap compilation.
 *
 * It never changes what a pattern matches: the warm-up run's result is dropped and `lastIndex`
 * is put back. If a later V8 tiers up differently, only the start-up cost changes. Use it only
 * for the costly patterns of a hot path (the start-up bench, bench/startup.ts, measures it):
 * for a pattern run once on a short string the interpreter alone is cheaper.
 */

/**
 * Long enough to skip V8's interpreter. One subject is enough: the first run on a long subject
 * marks the pattern itself for machine code (V8's `MarkTierUpForNextExec`), so its first run on
 * the other string encoding (a text with a curly quote is a two-byte string) compiles straight to
 * machine code too (`node --trace-regexp-tier-up` shows no bytecode after it). The subject is
 * one-byte because a pattern compiles several times cheaper for one-byte strings (a `\p{L}`
 * class keeps only its Latin-1 ranges), so a pattern that never meets that encoding wastes
 * little; its two-byte code is compiled only if a two-byte subject comes. NUL characters, not
 * spaces: nearly every pattern fails on NUL at once, while 1,000 spaces made a pattern such as
 * `^(.*?)[\s,]+…` backtrack over the whole subject (4.5 ms for one byline pattern; session 16).
 */
const WARM_SUBJECT = '\u0000'.repeat(1000);

/**
 * Whether V8 compiles patterns to bytecode first at all: the `analyze` child of bin/parallax.js
 * runs with `--no-regexp-tier-up`, where every pattern goes straight to machine code on its first
 * use and a warm-up would only compile a one-byte copy that the run may never need.
 */
const TIERS_UP = !(typeof process !== 'undefined' && process.execArgv?.includes('--no-regexp-tier-up'));

const warmed = new WeakSet<RegExp>();

/**
 * `re`, compiled to machine code on the first call (see the module header); later calls only
 * look it up. Call it where the pattern is used, so that a run that never needs it never
 * compiles it. Only this object is compiled so: `matchAll` and `split` run a copy of the pattern
 * (compiled anew), hence `matchesOf` below.
 */
export function compiledOnce<T extends RegExp>(re: T): T {
  if (TIERS_UP && !warmed.has(re)) {
    warmed.add(re);
    const last = re.lastIndex;
    // From the start: a global or sticky pattern whose lastIndex lay past the subject would fail
    // without compiling anything.
    re.lastIndex = 0;
    re.exec(WARM_SUBJECT);
    re.lastIndex = last;
  }
  return re;
}

/**
 * Every match of the global pattern `re` in `text`, as `[...text.matchAll(re)]` gives them, but
 * run on `re` itself (compiled once, see `compiledOnce`) rather than on the copy `matchAll`
 * makes. `re.lastIndex` is 0 before and after.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchesOf needs a global pattern');
  const out: RegExpExecArray[] = [];
  compiledOnce(re).lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (one code point with the u flag), as matchAll does.
    if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}
