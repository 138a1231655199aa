import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { VerbatimApi } from '../../../src/extension';
import type { Notice } from '../../../src/notices';

export const EXTENSION_ID = 'verbatim.verbatim';

/** Activates Verbatim and waits for its library to load. */
export async function verbatim(): Promise<VerbatimApi> {
  const ext = vscode.extensions.getExtension<VerbatimApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  const api = await ext.activate();
  await api.services.library.ready();
  return api;
}

/** Activates Verbatim, opens the test workspace's drafts/draft.md and waits for its four findings. */
export async function openCheckedDraft(): Promise<vscode.TextDocument> {
  await verbatim();
  const doc = (await open(workspaceUri('drafts/draft.md'))).document;
  await diagnosticsWhen(doc.uri, (d) => d.length >= 4);
  return doc;
}

/** A file of the test workspace. */
export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** Opens a document in an editor. */
export async function open(uriOrContent: vscode.Uri | { content: string; language?: string }): Promise<vscode.TextEditor> {
  const doc = uriOrContent instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uriOrContent) : await vscode.workspace.openTextDocument({ language: uriOrContent.language ?? 'markdown', content: uriOrContent.content });
  return vscode.window.showTextDocument(doc);
}

/** Verbatim's diagnostics for a document. */
export function verbatimDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Verbatim');
}

/**
 * Resolves with the document's Verbatim diagnostics as soon as they satisfy `ready` — now, or at a
 * later onDidChangeDiagnostics event. Rejects with what was last seen after `timeoutMs`.
 */
export function diagnosticsWhen(uri: vscode.Uri, ready: (ds: vscode.Diagnostic[]) => boolean, timeoutMs = 15000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const ds = verbatimDiagnostics(uri);
      if (ready(ds)) {
        done();
        resolve(ds);
        return true;
      }
      return false;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) {
        check();
      }
    });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`diagnostics for ${uri.toString()} never matched; last seen: ${JSON.stringify(verbatimDiagnostics(uri).map((d) => [d.code, d.message]))}`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      sub.dispose();
    };
    check();
  });
}

/** The offset of `needle` in a document (fails the test when absent). */
export function offsetOf(doc: vscode.TextDocument, needle: string): number {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not in ${doc.uri.toString()}`);
  return at;
}

/** The position just inside `needle` (+ `delta` characters). */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 1): vscode.Position {
  return doc.positionAt(offsetOf(doc, needle) + delta);
}

/** The text of all MarkdownString and string contents of hovers. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

/** Codes of a list of diagnostics, sorted. */
export function codes(ds: readonly vscode.Diagnostic[]): string[] {
  return ds.map((d) => String(d.code)).sort();
}

/**
 * Resolves with the active editor as soon as `ready(editor)` holds — now, or after an editor,
 * selection or visible-range change. Rejects with what was last seen after `timeoutMs`.
 */
export function activeEditorWhen(ready: (editor: vscode.TextEditor) => boolean, timeoutMs = 15000): Promise<vscode.TextEditor> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const editor = vscode.window.activeTextEditor;
      if (editor && ready(editor)) {
        done();
        resolve(editor);
      }
    };
    const subs = [
      vscode.window.onDidChangeActiveTextEditor(check),
      vscode.window.onDidChangeTextEditorSelection(check),
      vscode.window.onDidChangeTextEditorVisibleRanges(check),
    ];
    const timer = setTimeout(() => {
      done();
      const e = vscode.window.activeTextEditor;
      reject(new Error(`the active editor never matched; last seen: ${e?.document.uri.toString()} selection ${JSON.stringify(e?.selection)} visible ${JSON.stringify(e?.visibleRanges)}`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      subs.forEach((s) => s.dispose());
    };
    check();
  });
}

/** Resolves with the next notice Verbatim shows that satisfies `match` (listening from this call on). */
export function nextNotice(api: VerbatimApi, match: (n: Notice) => boolean, timeoutMs = 15000): Promise<Notice> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error('no such notice was shown'));
    }, timeoutMs);
    const sub = api.services.notices.onDidNotify((n) => {
      if (match(n)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(n);
      }
    });
  });
}
