import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeEditorWhen, open, openCheckedDraft, positionOf, workspaceUri } from './helpers';

describe('Navigation and completion', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    doc = await openCheckedDraft();
  });

  it('Go to Definition on a citation opens the source', async () => {
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, '[@gazette-2025-harbour]', 3));
    const uri = 'targetUri' in locations[0] ? locations[0].targetUri : locations[0].uri;
    assert.equal(uri.toString(), workspaceUri('sources/harbour-report.md').toString());
  });

  it('Go to Definition on a matched quote selects the passage in the bundled source', async () => {
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, 'continue to defend', 3));
    const loc = locations[0];
    const uri = 'targetUri' in loc ? loc.targetUri : loc.uri;
    const range = 'targetRange' in loc ? loc.targetRange : loc.range;
    assert.equal(uri.scheme, 'verbatim-source');
    const source = await vscode.workspace.openTextDocument(uri);
    assert.equal(source.getText(range), 'continue to defend Ukraine under very difficult conditions');
  });

  it('Go to Definition opens the source with the passage selected and in the middle of the view', async () => {
    const draft = await open(doc.uri);
    draft.selection = new vscode.Selection(positionOf(doc, 'We demand the world', 3), positionOf(doc, 'We demand the world', 3));
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    const editor = await activeEditorWhen(
      (e) => e.document.uri.scheme === 'verbatim-source' && e.document.getText(e.selection) === 'We demand the world’s outrage' && e.visibleRanges.some((r) => r.contains(e.selection)),
    );
    assert.equal(editor.document.uri.path, '/Ukraine War Update Zelenskyy Confirms Ukrainian Troop Activity….txt');
    const visible = editor.visibleRanges[0];
    assert.ok(visible.start.line < editor.selection.start.line && editor.selection.end.line < visible.end.line, `the passage (line ${editor.selection.start.line}) is inside the view (${visible.start.line}–${visible.end.line}), not at its edge`);
  });

  it('Go to Definition on a citation selects the passage of the quotation it cites', async () => {
    const draft = await open(doc.uri);
    const at = positionOf(doc, '[@gazette-2025-harbour]', 3);
    draft.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    const editor = await activeEditorWhen((e) => e.document.uri.toString() === workspaceUri('sources/harbour-report.md').toString() && !e.selection.isEmpty);
    assert.equal(editor.document.getText(editor.selection), 'We have waited nine years for this work');
  });

  it('Open Source without a passage opens the article at its text, past the page furniture', async () => {
    const opened = vscode.Uri.parse(await vscode.commands.executeCommand<string>('verbatim.openSource', { key: 'war-update-2025-belgorod' }));
    const editor = await activeEditorWhen((e) => e.document.uri.toString() === opened.toString());
    assert.ok(editor.selection.start.line > 0, 'not on “back to top”');
  });

  it('completes citation keys after [@ with title and outlet', async () => {
    const editor = await open({ content: 'See [@cn' });
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(0, 8), '@');
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'cnn-2025-belgorod');
    assert.ok(item, 'cnn-2025-belgorod is offered');
    assert.match(String(item.detail), /Ukraine launches attacks/);
  });
});
