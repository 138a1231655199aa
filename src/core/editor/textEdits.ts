// Edits of a draft's text in offsets, and what they need to know about its lines.

/** A replacement of the text's `[start, end)` by `text` (an insertion when start equals end). */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The line break a text uses (its first one; `\n` when it has none), as an editor's document does. */
export function eolOf(text: string): string {
  return /\r\n?|\n/.exec(text)?.[0] === '\r\n' ? '\r\n' : '\n';
}

/** The line holding an offset: where it starts, where its text ends (before the line break), and its first character that is not a space or tab. */
export function lineAt(text: string, offset: number): { start: number; end: number; firstNonWhitespace: number } {
  const start = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const rest = /[\r\n]/.exec(text.slice(start));
  const end = rest ? start + rest.index : text.length;
  const first = /[^ \t]/.exec(text.slice(start, end));
  return { start, end, firstNonWhitespace: first ? start + first.index : end };
}

/** True when the text already defines the footnote `[^label]:`. */
function hasFootnoteDefinition(text: string, label: string): boolean {
  return new RegExp(`^ {0,3}\\[\\^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\]:`, 'm').test(text);
}

/**
 * The text that appends a footnote definition to a document ending in `before`: the definition on a
 * line of its own after a blank line, and a final line break.
 */
function footnoteAppendix(before: string, definition: string, eol: string): string {
  if (before.trim() === '') {
    return definition + eol;
  }
  const trailing = /\s*$/.exec(before)?.[0] ?? '';
  const newlines = (trailing.match(/\n/g) ?? []).length;
  const needed = before.endsWith('\n') ? Math.max(0, 2 - newlines) : Math.max(1, 2 - newlines);
  return eol.repeat(needed) + definition + eol;
}

/**
 * The edits that replace `[start, end)` of the text with a citation and, when a footnote
 * definition is given and the text does not define that footnote yet, add the definition at the end.
 */
export function citationEdits(text: string, start: number, end: number, citation: string, footnoteDefinition?: string): TextEdit[] {
  const label = footnoteDefinition ? /^\[\^([^\]\s]+)\]:/.exec(footnoteDefinition)?.[1] : undefined;
  if (!footnoteDefinition || (label !== undefined && hasFootnoteDefinition(text, label))) {
    return [{ start, end, text: citation }];
  }
  const eol = eolOf(text);
  if (end === text.length) {
    // One edit, so the definition lands after the inserted text rather than racing it at the same position.
    return [{ start, end, text: citation + footnoteAppendix(text.slice(0, start) + citation, footnoteDefinition, eol) }];
  }
  return [
    { start, end, text: citation },
    { start: text.length, end: text.length, text: footnoteAppendix(text, footnoteDefinition, eol) },
  ];
}
