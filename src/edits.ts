import * as vscode from 'vscode';
import { CITATION_STYLES, CitationStyle } from './core/citationFormat';
import { paragraphIndexAt, paragraphNumber, Source } from './core/source';
import { BUNDLED_SCHEME, LibraryService } from './libraryService';

/** True for a document Verbatim may write to: never a source of the library, never a bundled seed. */
export function isWritable(document: vscode.TextDocument, library: LibraryService): boolean {
  return document.uri.scheme !== BUNDLED_SCHEME && document.uri.scheme !== 'output' && !library.isSource(document.uri);
}

/** The style named by a command argument, the configured one when none is given, or undefined when invalid. */
export function styleArg(value: unknown, fallback: CitationStyle): CitationStyle | undefined {
  if (value === undefined || value === null) {
    return fallback;
  }
  return typeof value === 'string' && (CITATION_STYLES as readonly string[]).includes(value) ? (value as CitationStyle) : undefined;
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
 * Adds to `edit` the replacement of `range` by `text` and, when a footnote definition is given and
 * the document does not define that footnote yet, the definition at the end of the document.
 */
export function addCitationEdit(edit: vscode.WorkspaceEdit, document: vscode.TextDocument, range: vscode.Range, text: string, footnoteDefinition?: string): void {
  const all = document.getText();
  const label = footnoteDefinition ? /^\[\^([^\]\s]+)\]:/.exec(footnoteDefinition)?.[1] : undefined;
  if (!footnoteDefinition || (label !== undefined && hasFootnoteDefinition(all, label))) {
    edit.replace(document.uri, range, text);
    return;
  }
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const end = document.positionAt(all.length);
  if (range.end.isEqual(end)) {
    // One edit, so the definition lands after the inserted text rather than racing it at the same position.
    const before = all.slice(0, document.offsetAt(range.start)) + text;
    edit.replace(document.uri, range, text + footnoteAppendix(before, footnoteDefinition, eol));
  } else {
    edit.replace(document.uri, range, text);
    edit.insert(document.uri, end, footnoteAppendix(all, footnoteDefinition, eol));
  }
}

/**
 * Replaces `range` of an editor's document with `text` (plus a footnote definition if one is given
 * and missing) through a WorkspaceEdit, so it is one undo step, then puts the cursor after the text.
 * Returns false when the document may not be edited or the edit was refused.
 */
export async function insertInEditor(editor: vscode.TextEditor, range: vscode.Range, text: string, footnoteDefinition: string | undefined, library: LibraryService): Promise<boolean> {
  const document = editor.document;
  if (!isWritable(document, library)) {
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  addCitationEdit(edit, document, range, text, footnoteDefinition);
  if (!(await vscode.workspace.applyEdit(edit))) {
    return false;
  }
  const end = endOf(range.start, text);
  editor.selection = new vscode.Selection(end, end);
  return true;
}

function endOf(start: vscode.Position, text: string): vscode.Position {
  const lines = text.split('\n');
  const last = lines[lines.length - 1];
  return lines.length === 1 ? start.translate(0, last.length) : new vscode.Position(start.line + lines.length - 1, last.length);
}

/** The `para N` locator of a source offset: N counts the article's own paragraphs. */
export function locatorAt(source: Source, offset: number): string {
  return `para ${paragraphNumber(source, paragraphIndexAt(source, offset))}`;
}

