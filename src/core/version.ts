/**
 * The version of Parallax's JSON output formats, in a module of its own: commands and the
 * compare stage need the constant without loading zod and the schemas (start-up time).
 */
export const FORMAT_VERSION = '1.0';
