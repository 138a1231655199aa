import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { VerbatimApi } from '../../../src/extension';
import { activeEditorWhen, open, openCheckedDraft, positionOf, verbatim } from './helpers';

describe('Source editors and Compare with Source', () => {
  let api: VerbatimApi;
  let doc: vscode.TextDocument;

  before(async () => {
    api = await verbatim();
    doc = await openCheckedDraft();
  });

  it('highlights, in a source beside the draft, the passages the draft quotes, by verdict', async () => {
    await open(doc.uri);
    const uri = vscode.Uri.parse(await vscode.commands.executeCommand<string>('verbatim.openSource', { key: 'war-update-2025-belgorod' }));
    const source = await vscode.workspace.openTextDocument(uri);
    const shown = api.services.sourceEditors.highlighted(uri);
    assert.ok(shown, 'the source editor has highlights');
    // Read from the fixture draft: it misquotes “We demand the world’s outrage” and quotes “They were like little suns…” word for word (cited to the wrong source).
    assert.deepEqual(shown.misquoted.map((d) => source.getText(d.range)), ['We demand the world’s outrage']);
    assert.deepEqual(shown.verified.map((d) => source.getText(d.range)), ['They were like little suns in the classroom']);
  });

  it('a highlight’s hover leads back to the quotation in the draft', async () => {
    const uri = vscode.Uri.parse(await vscode.commands.executeCommand<string>('verbatim.openSource', { key: 'war-update-2025-belgorod' }));
    const note = api.services.sourceEditors.highlighted(uri)?.misquoted[0]?.hoverMessage as vscode.MarkdownString | undefined;
    assert.ok(note, 'the highlight has a hover');
    assert.match(note.value.replace(/\\/g, ''), /Misquoted\*\* here in draft\.md, line 5: “We demand the world’s attention”/);
    const link = /\[Go to the quotation\]\(command:verbatim\.revealQuotation\?([^)]+)\)/.exec(note.value);
    assert.ok(link, note.value);
    await vscode.commands.executeCommand('verbatim.revealQuotation', ...(JSON.parse(decodeURIComponent(link[1])) as unknown[]));
    const editor = await activeEditorWhen((e) => e.document.uri.toString() === doc.uri.toString());
    assert.equal(editor.document.getText(editor.selection), 'We demand the world’s attention');
  });

  it('the highlights follow the draft as it changes', async () => {
    const draft = await open({ content: 'Fresh: “They were like little suns in the classroom” [@war-update-2025-belgorod].\n' });
    const uri = vscode.Uri.parse(await vscode.commands.executeCommand<string>('verbatim.openSource', { key: 'war-update-2025-belgorod' }));
    const beside = await vscode.window.showTextDocument(draft.document, vscode.ViewColumn.Beside);
    await beside.edit((b) => b.replace(beside.document.lineAt(0).range, 'Fresh: “They were like little stars in the classroom” [@war-update-2025-belgorod].'));
    const changed = await new Promise<boolean>((resolve) => {
      const sub = api.services.diagnostics.onDidUpdate(() => {
        if (api.services.sourceEditors.highlighted(uri)?.misquoted.length === 1) {
          sub.dispose();
          resolve(true);
        }
      });
    });
    assert.ok(changed);
    assert.equal(api.services.sourceEditors.highlighted(uri)?.verified.length, 0);
  });

  it('Compare with Source opens the diff editor: the quotation as written against the source’s wording', async () => {
    const draft = await open(doc.uri);
    const at = positionOf(doc, 'We demand the world', 3);
    draft.selection = new vscode.Selection(at, at);
    const result = await vscode.commands.executeCommand<{ left: string; right: string; title: string }>('verbatim.compareWithSource');
    assert.equal(result.left, 'We demand the world’s attention\n');
    assert.equal(result.right, 'We demand the world’s outrage\n');
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.ok(tab?.input instanceof vscode.TabInputTextDiff, 'a diff editor is active');
    assert.equal(tab.label, result.title);
    const [left, right] = await Promise.all([vscode.workspace.openTextDocument(tab.input.original), vscode.workspace.openTextDocument(tab.input.modified)]);
    assert.deepEqual([left.getText(), right.getText()], [result.left, result.right]);
  });
});
