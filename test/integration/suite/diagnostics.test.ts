import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codes, diagnosticsWhen, nextNotice, open, verbatim, verbatimDiagnostics, workspaceUri } from './helpers';

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
    assert.match(misquote.message, /^Misquote of Ukraine War Update: Zelenskyy Confirms Ukrainian Troop… — the source says “We demand the world’s outrage”/);
    assert.equal(misquote.severity, vscode.DiagnosticSeverity.Warning);
    // The related information leads with the title, and its document is named after it, not a hash.
    const related = misquote.relatedInformation?.[0];
    assert.equal(related?.location.uri.scheme, 'verbatim-source');
    assert.equal(related?.location.uri.path, '/Ukraine War Update Zelenskyy Confirms Ukrainian Troop Activity….txt');
    assert.equal(related?.message, '“We demand the world’s outrage”');
    const source = await vscode.workspace.openTextDocument(related!.location.uri);
    assert.equal(source.getText(related!.location.range), 'We demand the world’s outrage');
    const mismatch = ds.find((d) => d.code === 'citation-mismatch');
    assert.equal(doc.getText(mismatch?.range), '[@cnn-2025-belgorod]');
    assert.equal(mismatch?.message, 'Cited to Ukraine launches attacks in new Russian region as it faces…, but the words are in Ukraine War Update: Zelenskyy Confirms Ukrainian Troop…');
    assert.ok(ds.filter((d) => d.code === 'unverified').every((d) => d.severity === vscode.DiagnosticSeverity.Information), 'unverified is information by default');
    const verifiedLine = doc.getText().split('\n').findIndex((l) => l.includes('continue to defend Ukraine'));
    assert.ok(ds.every((d) => d.range.start.line !== verifiedLine), 'a verified quote has no diagnostic');
  });

  it('weighs a changed number and a dropped negation as errors, other misquotes as warnings', async () => {
    const editor = await open({ content: 'A missile attack “killed 25 civilians,\nincluding nine children” [@war-update-2025-belgorod].\n\n“We are asking for pity,” he said [@war-update-2025-belgorod].\n\n“We demand the world’s attention” [@war-update-2025-belgorod].\n' });
    const ds = await diagnosticsWhen(editor.document.uri, (d) => d.length === 3);
    const severityOf = (needle: string) => ds.find((d) => editor.document.getText(d.range).includes(needle))?.severity;
    assert.equal(severityOf('killed 25'), vscode.DiagnosticSeverity.Error);
    assert.equal(severityOf('We are asking'), vscode.DiagnosticSeverity.Error);
    assert.equal(severityOf('We demand'), vscode.DiagnosticSeverity.Warning);
    assert.ok(ds.every((d) => d.code === 'misquoted'), 'the code of every misquote stays misquoted');
    const config = vscode.workspace.getConfiguration('verbatim');
    await config.update('severity.meaningChanged', 'hint', vscode.ConfigurationTarget.Workspace);
    try {
      await diagnosticsWhen(editor.document.uri, (d) => d.filter((x) => x.severity === vscode.DiagnosticSeverity.Hint).length === 2);
    } finally {
      await config.update('severity.meaningChanged', undefined, vscode.ConfigurationTarget.Workspace);
    }
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

  it('checks every draft of the workspace with the Check Quotes in Workspace command, and ends with a summary', async () => {
    const api = await verbatim();
    const summary = nextNotice(api, (n) => /drafts:/.test(n.message));
    const result = await vscode.commands.executeCommand<{ drafts: number; verified: number; misquoted: number; unverified: number }>('verbatim.checkWorkspace');
    assert.equal(result.drafts, 2, 'drafts/draft.md and drafts/notes.txt; the source folder is not a draft');
    // Read from the fixture: draft.md has 4 verified (one cited to the wrong source), 1 misquoted, 2 unverified; notes.txt 1 misquoted.
    assert.deepEqual([result.verified, result.misquoted, result.unverified], [4, 2, 2]);
    const notice = await summary;
    assert.equal(notice.message, 'Verbatim checked 2 drafts: 4 verified, 2 misquoted, 2 unverified (1 cited to the wrong source).');
    assert.deepEqual(notice.actions, ['Show Problems']);
    assert.equal(verbatimDiagnostics(workspaceUri('drafts/notes.txt')).length, 1);
  });
});
