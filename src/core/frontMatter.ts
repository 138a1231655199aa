import { parse } from 'yaml';

/** What a source's YAML front matter says, and where its body starts. */
export interface FrontMatter {
  readonly fields: Readonly<Record<string, unknown>>;
  /** Offset of the first character after the closing fence (0 when there is no front matter). */
  readonly bodyStart: number;
  /** Set when the block is there but cannot be read; the fields are then empty. */
  readonly error?: string;
}

const OPEN = /^\uFEFF?---[ \t]*(?:\r\n?|\n)/;
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
  const refused = beyondParser(yamlText);
  if (refused) {
    return { fields: {}, bodyStart, error: `front matter ${refused}; its fields are ignored` };
  }
  try {
    // logLevel: the parser's warnings would go to the process's standard error, not to the user.
    const value: unknown = parse(yamlText, { prettyErrors: false, logLevel: 'error' });
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

// The YAML parser recurses once per level of nesting and slows down sharply with deep complex keys
// (`? ? ? …`) and thousands of keys: metadata needs none of that, so such a block is refused before
// it is parsed (a stack overflow inside the parser can take the whole process down).
const MAX_YAML_CHARS = 64 * 1024;
const MAX_BLOCK_COLUMN = 64;
const MAX_FLOW_DEPTH = 16;

/** Why a front matter block is not handed to the YAML parser, or undefined when it can be. */
function beyondParser(yamlText: string): string | undefined {
  if (yamlText.length > MAX_YAML_CHARS) {
    return `is too long (over ${MAX_YAML_CHARS / 1024} KB)`;
  }
  let flow = 0;
  for (const line of yamlText.split(/\r\n?|\n/)) {
    // The column where a line's node starts: its indentation plus its block indicators (`- `, `? `, `: `).
    let i = 0;
    while (line[i] === ' ') {
      i++;
    }
    while ((line[i] === '-' || line[i] === '?' || line[i] === ':') && (i + 1 === line.length || line[i + 1] === ' ' || line[i + 1] === '\t')) {
      i += 2;
      while (line[i] === ' ') {
        i++;
      }
    }
    if (i > MAX_BLOCK_COLUMN) {
      return 'is nested too deeply';
    }
    for (let k = i; k < line.length; k++) {
      const c = line[k];
      if (c === '[' || c === '{') {
        if (++flow > MAX_FLOW_DEPTH) {
          return 'is nested too deeply';
        }
      } else if ((c === ']' || c === '}') && flow > 0) {
        flow--;
      }
    }
  }
  return undefined;
}

// One `key: value` line whose value is a double- or single-quoted string without escapes, a plain
// date, or plain words that YAML reads as text (no number, boolean, null, comment or nesting).
// A plain value ends on a character that is not a space, so the spaces before the end of the line
// belong to one part of the pattern only: a long run of them costs one pass, not one per space.
const SIMPLE_LINE = /^([A-Za-z][A-Za-z0-9_-]*):[ \t]+(?:"([^"\\]*)"|'([^']*)'|(\d{4}-\d{2}-\d{2})|(\p{L}(?:[\p{L}\p{M}0-9 .,'’()&/-]*[\p{L}\p{M}0-9.,'’()&/-])?))[ \t]*$/u;
const NOT_TEXT = /^(?:true|false|null|y|n|yes|no|on|off)$/i;

/**
 * The fields of front matter made only of simple `key: value` lines, exactly as the YAML parser
 * reads them, without running it (most sources' front matter is this simple); undefined for anything
 * else, which the parser then reads.
 */
export function simpleFields(yamlText: string): Record<string, string> | undefined {
  const fields: Record<string, string> = {};
  for (const line of yamlText.split(/\r\n?|\n/)) {
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
