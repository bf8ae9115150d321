/**
 * The corpus search syntax, parsed once for every backend. It is SQLite FTS5's query syntax
 * (what `parallax search` has always taken): words (all must occur), "exact phrases", prefix*,
 * OR, AND, NOT (binary: `a NOT b`), parentheses and column filters (`title: floods`). SQLite
 * hands the query to FTS5 itself; the PostgreSQL backend compiles this tree into tsquery tests
 * (store/pg.ts), so both accept and refuse the same queries. Precedence as in FTS5: NOT binds
 * tightest, then AND (also implicit between terms), then OR.
 */
import { UserError } from '../core/errors.js';

export type QueryNode =
  | { kind: 'term'; text: string; prefix: boolean; phrase: boolean; column: 'title' | 'text' | null }
  | { kind: 'and' | 'or'; left: QueryNode; right: QueryNode }
  | { kind: 'not'; left: QueryNode; right: QueryNode };

export const SEARCH_COLUMNS = ['title', 'text'] as const;

type Token =
  | { t: 'word'; v: string; at: number }
  | { t: 'phrase'; v: string; at: number }
  | { t: '(' | ')' | '*' | ':' | 'AND' | 'OR' | 'NOT'; at: number };

/** FTS5 barewords: letters, digits, underscore and any non-ASCII character; anything else must be quoted. */
const BARE = /[A-Za-z0-9_\u0080-\uFFFF]/;

function tokenize(q: string, fail: (why: string) => never): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"') {
      // A phrase; "" inside it is a literal quote (FTS5's escape).
      let v = '';
      let j = i + 1;
      for (;;) {
        if (j >= q.length) fail('unterminated string');
        if (q[j] === '"') {
          if (q[j + 1] === '"') {
            v += '"';
            j += 2;
            continue;
          }
          break;
        }
        v += q[j++];
      }
      out.push({ t: 'phrase', v, at: i });
      i = j + 1;
    } else if (c === '(' || c === ')' || c === '*' || c === ':') {
      out.push({ t: c, at: i });
      i++;
    } else if (BARE.test(c)) {
      let j = i;
      while (j < q.length && BARE.test(q[j])) j++;
      const v = q.slice(i, j);
      if (v === 'AND' || v === 'OR' || v === 'NOT') out.push({ t: v, at: i });
      else out.push({ t: 'word', v, at: i });
      i = j;
    } else {
      fail(`syntax error near "${c}"`);
    }
  }
  return out;
}

/** Parse a search query; a malformed one is a UserError saying what is wrong, as SQLite's would. */
export function parseSearchQuery(query: string): QueryNode {
  const fail = (why: string): never => {
    throw new UserError(null, `invalid search query '${query}' (${why}; the syntax: https://sqlite.org/fts5.html#full_text_query_syntax)`);
  };
  if (query.trim() === '') throw new UserError(null, 'empty search query');
  const toks = tokenize(query, fail);
  let p = 0;
  const peek = (): Token | undefined => toks[p];
  const near = (): string => {
    const t = toks[p];
    if (!t) return 'syntax error at the end';
    return `syntax error near "${t.t === 'word' || t.t === 'phrase' ? t.v : t.t}"`;
  };

  function primary(): QueryNode {
    const t = peek();
    if (!t) fail(near());
    if (t!.t === '(') {
      p++;
      const inner = or();
      if (peek()?.t !== ')') fail(near());
      p++;
      return inner;
    }
    if (t!.t === 'word' && toks[p + 1]?.t === ':') {
      const col = (t as { v: string }).v.toLowerCase();
      if (!(SEARCH_COLUMNS as readonly string[]).includes(col)) fail(`no such column: ${(t as { v: string }).v}`);
      p += 2;
      return withColumn(primary(), col as 'title' | 'text');
    }
    if (t!.t === 'word' || t!.t === 'phrase') {
      p++;
      const prefix = peek()?.t === '*';
      if (prefix) p++;
      return { kind: 'term', text: (t as { v: string }).v, prefix, phrase: t!.t === 'phrase', column: null };
    }
    return fail(near());
  }
  function not(): QueryNode {
    let left = primary();
    while (peek()?.t === 'NOT') {
      p++;
      left = { kind: 'not', left, right: primary() };
    }
    return left;
  }
  function and(): QueryNode {
    let left = not();
    for (;;) {
      const t = peek();
      if (!t || t.t === 'OR' || t.t === ')') return left;
      if (t.t === 'AND') p++;
      left = { kind: 'and', left, right: not() };
    }
  }
  function or(): QueryNode {
    let left = and();
    while (peek()?.t === 'OR') {
      p++;
      left = { kind: 'or', left, right: and() };
    }
    return left;
  }
  const tree = or();
  if (p < toks.length) fail(near());
  return tree;
}

function withColumn(n: QueryNode, column: 'title' | 'text'): QueryNode {
  if (n.kind === 'term') return { ...n, column: n.column ?? column };
  return { ...n, left: withColumn(n.left, column), right: withColumn(n.right, column) };
}
