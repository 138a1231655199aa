import * as vscode from 'vscode';
import { CITATION_STYLES, CitationStyle } from './core/citationFormat';
import { citationEdits, TextEdit } from './core/editor/textEdits';
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

/** Adds edits in offsets of a document's text to a WorkspaceEdit. */
export function addTextEdits(edit: vscode.WorkspaceEdit, document: vscode.TextDocument, edits: readonly TextEdit[]): void {
  for (const e of edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text);
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
  addTextEdits(edit, document, citationEdits(document.getText(), document.offsetAt(range.start), document.offsetAt(range.end), text, footnoteDefinition));
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

