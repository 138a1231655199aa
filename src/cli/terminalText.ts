// Text that comes from the library (titles, outlets, keys, file names, source text) or from the
// user's files is printed through these, so a hostile source cannot colour the terminal, open an
// OSC-8 hyperlink, move the cursor, rewrite a line with a carriage return or forge a finding line.

// C0 controls (tab and line breaks included), DEL, C1 controls, the line and paragraph separators,
// and the bidirectional embeddings, overrides and isolates that reorder what a terminal shows.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// What JSON.stringify leaves raw: DEL, C1, separators and bidirectional controls (C0 it escapes).
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escape(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** One field of text output: every control character shown as an escape (`\x1b`, `\n`, `\u202e`). */
export function printable(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** A whole line (or lines) of text output: escapes as {@link printable}, but keeps its line breaks. */
export function printableLines(text: string): string {
  return text.replace(UNSAFE_BUT_NEWLINE, escape);
}

/**
 * JSON output: exact (it parses to the same values), with no raw control character either; the
 * characters JSON.stringify leaves raw are written as `\u` escapes.
 */
export function jsonText(value: unknown): string {
  return escapeJson(JSON.stringify(value, null, 2));
}

/** JSON text (from JSON.stringify) with the characters it leaves raw written as `\u` escapes. */
export function escapeJson(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
