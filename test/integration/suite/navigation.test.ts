import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { open, openCheckedDraft, positionOf, workspaceUri } from './helpers';

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

  it('completes citation keys after [@ with title and outlet', async () => {
    const editor = await open({ content: 'See [@cn' });
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(0, 8), '@');
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'cnn-2025-belgorod');
    assert.ok(item, 'cnn-2025-belgorod is offered');
    assert.match(String(item.detail), /Ukraine launches attacks/);
  });
});
