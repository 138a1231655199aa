import { parse } from 'yaml';

/** What a source's YAML front matter says, and where its body starts. */
export interface FrontMatter {
  readonly fields: Readonly<Record<string, unknown>>;
  /** Offset of the first character after the closing fence (0 when there is no front matter). */
  readonly bodyStart: number;
  /** Set when the block is there but cannot be read; the fields are then empty. */
  readonly error?: string;
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/** Reads a leading `---` YAML block. Malformed YAML is reported, never thrown. */
export function readFrontMatter(text: string): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) {
    return { fields: {}, bodyStart: 0 };
  }
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) {
    return { fields: {}, bodyStart: 0, error: 'front matter has no closing "---" line' };
  }
  const yamlText = rest.slice(0, close.index);
  let bodyStart = open[0].length + close.index + close[0].length;
  if (text[bodyStart] === '\r') {
    bodyStart++;
  }
  if (text[bodyStart] === '\n') {
    bodyStart++;
  }
  const simple = simpleFields(yamlText);
  if (simple) {
    return { fields: simple, bodyStart };
  }
  try {
    const value: unknown = parse(yamlText, { prettyErrors: false });
    if (value === null || value === undefined) {
      return { fields: {}, bodyStart };
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
      return { fields: {}, bodyStart, error: 'front matter is not a set of "key: value" fields' };
    }
    return { fields: value as Record<string, unknown>, bodyStart };
  } catch (e) {
    const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { fields: {}, bodyStart, error: `malformed front matter${line ? ` (line ${line + 1})` : ''}: ${message}` };
  }
}

// One `key: value` line whose value is a double- or single-quoted string without escapes, a plain
// date, or plain words that YAML reads as text (no number, boolean, null, comment or nesting).
const SIMPLE_LINE = /^([A-Za-z][A-Za-z0-9_-]*):[ \t]+(?:"([^"\\]*)"|'([^']*)'|(\d{4}-\d{2}-\d{2})|([\p{L}][\p{L}\p{M}0-9 .,'’()&/-]*?))[ \t]*$/u;
const NOT_TEXT = /^(?:true|false|null|y|n|yes|no|on|off)$/i;

/**
 * The fields of front matter made only of simple `key: value` lines, exactly as the YAML parser
 * reads them, without running it (most sources' front matter is this simple); undefined for anything
 * else, which the parser then reads.
 */
export function simpleFields(yamlText: string): Record<string, string> | undefined {
  const fields: Record<string, string> = {};
  for (const line of yamlText.split('\n')) {
    if (line === '') {
      continue;
    }
    const m = SIMPLE_LINE.exec(line);
    if (!m || Object.prototype.hasOwnProperty.call(fields, m[1])) {
      return undefined;
    }
    const value = m[2] ?? m[3] ?? m[4] ?? m[5];
    if (NOT_TEXT.test(m[1]) || (m[5] !== undefined && NOT_TEXT.test(m[5]))) {
      return undefined;
    }
    fields[m[1]] = value;
  }
  return fields;
}
