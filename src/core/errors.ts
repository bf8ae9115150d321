/**
 * User-facing failures. A `UserError` is a problem with what the user gave us (bad input, bad
 * flags): it is printed as one line naming the input and the reason, never with a stack trace.
 * Anything else escaping to the CLI is a bug in Parallax and is reported as such.
 */

/** Exit codes shared by every command. */
export const EXIT = { OK: 0, FAILURE: 1, USAGE: 2 } as const;

export class UserError extends Error {
  constructor(
    /** The input (path, URL, "-", "file.jsonl:12") the problem is about, or null for a usage error. */
    readonly input: string | null,
    readonly reason: string,
    readonly exitCode: number = EXIT.USAGE,
  ) {
    super(input ? `${input}: ${reason}` : reason);
    this.name = 'UserError';
  }
}

/** The one-line form every command prints for a failed input. */
export function formatInputError(input: string, reason: string): string {
  return `parallax: ${input}: ${oneLine(reason)}`;
}

/** Collapse a message to a single line (error text can carry newlines from parsers). */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
