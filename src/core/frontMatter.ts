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
