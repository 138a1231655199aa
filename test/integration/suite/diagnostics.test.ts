import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codes, diagnosticsWhen, open, verbatim, verbatimDiagnostics, workspaceUri } from './helpers';

describe('Diagnostics on a draft', () => {
  const draft = workspaceUri('drafts/draft.md');

  before(async () => {
    await verbatim();
    await open(draft);
  });

  it('reports the misquote, the invented quote, the citation mismatch and the unverified late quote — and nothing for verified ones', async () => {
    const ds = await diagnosticsWhen(draft, (d) => d.length >= 4);
    assert.deepEqual(codes(ds), ['citation-mismatch', 'misquoted', 'unverified', 'unverified']);
    const doc = await vscode.workspace.openTextDocument(draft);
    const misquote = ds.find((d) => d.code === 'misquoted');
    assert.ok(misquote);
    assert.equal(doc.getText(misquote.range), 'We demand the world’s attention');
    assert.match(misquote.message, /the source says “We demand the world’s outrage”/);
    assert.equal(misquote.severity, vscode.DiagnosticSeverity.Warning);
    const related = misquote.relatedInformation?.[0];
    assert.equal(related?.location.uri.scheme, 'verbatim-source');
    assert.match(related?.location.uri.path ?? '', /000_a54880ab26165d88\.txt$/);
    const mismatch = ds.find((d) => d.code === 'citation-mismatch');
    assert.equal(doc.getText(mismatch?.range), '[@cnn-2025-belgorod]');
    assert.match(mismatch?.message ?? '', /war-update-2025-belgorod/);
    const verifiedLine = doc.getText().split('\n').findIndex((l) => l.includes('continue to defend Ukraine'));
    assert.ok(ds.every((d) => d.range.start.line !== verifiedLine), 'a verified quote has no diagnostic');
  });

  it('takes the severity from settings and applies a change without a reload', async () => {
    const config = vscode.workspace.getConfiguration('verbatim');
    await config.update('severity.misquoted', 'error', vscode.ConfigurationTarget.Workspace);
    try {
      const ds = await diagnosticsWhen(draft, (d) => d.some((x) => x.code === 'misquoted' && x.severity === vscode.DiagnosticSeverity.Error));
      assert.ok(ds.length >= 4);
    } finally {
      await config.update('severity.misquoted', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhen(draft, (d) => d.some((x) => x.code === 'misquoted' && x.severity === vscode.DiagnosticSeverity.Warning));
  });

  it('updates as the user types', async () => {
    const editor = await open({ content: 'She said “They were like little suns in the classroom” today.\n' });
    const uri = editor.document.uri;
    await diagnosticsWhen(uri, (d) => d.length === 0);
    await editor.edit((b) => b.replace(new vscode.Range(0, 0, 1, 0), 'She said “They were like little stars in the classroom” today.\n'));
    const ds = await diagnosticsWhen(uri, (d) => d.length === 1);
    assert.equal(ds[0].code, 'misquoted');
    await editor.edit((b) => b.replace(new vscode.Range(0, 0, 1, 0), 'She said “They were like little suns in the classroom” today.\n'));
    await diagnosticsWhen(uri, (d) => d.length === 0);
  });

  it('checks plain-text drafts but never the source files themselves', async () => {
    const notes = workspaceUri('drafts/notes.txt');
    const source = workspaceUri('sources/harbour-report.md');
    await open(source);
    await open(notes);
    const ds = await diagnosticsWhen(notes, (d) => d.length === 1);
    assert.equal(ds[0].code, 'misquoted');
    assert.deepEqual(verbatimDiagnostics(source), []);
  });

  it('checks every draft of the workspace with the Check Quotes in Workspace command', async () => {
    const count = await vscode.commands.executeCommand<number>('verbatim.checkWorkspace');
    assert.equal(count, 2, 'drafts/draft.md and drafts/notes.txt; the source folder is not a draft');
    assert.equal(verbatimDiagnostics(workspaceUri('drafts/notes.txt')).length, 1);
  });
});
