import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhen, open, positionOf, verbatim } from './helpers';

async function fixes(doc: vscode.TextDocument, needle: string): Promise<vscode.CodeAction[]> {
  const at = positionOf(doc, needle, 2);
  // The built-in Markdown extension cancels its own code-action requests while its language server
  // starts, which rejects the whole command: ask again (a request, not a wait) a few times.
  for (let attempt = 1; ; attempt++) {
    try {
      return await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(at, at), vscode.CodeActionKind.QuickFix.value);
    } catch (e) {
      if (attempt >= 5 || !/Canceled/.test(String(e))) {
        throw e;
      }
    }
  }
}

async function apply(action: vscode.CodeAction | undefined): Promise<void> {
  assert.ok(action?.edit, 'expected a quick fix with an edit');
  assert.equal(await vscode.workspace.applyEdit(action.edit), true);
}

describe('Quick fixes', () => {
  before(verbatim);

  it('replaces a misquote with the source’s wording, undoably, touching nothing else', async () => {
    const original = 'Intro line.\n\nThe official said: “We demand the world’s attention,” and left [@war-update-2025-belgorod].\n';
    const editor = await open({ content: original });
    const doc = editor.document;
    await diagnosticsWhen(doc.uri, (d) => d.some((x) => x.code === 'misquoted'));
    const action = (await fixes(doc, 'We demand')).find((a) => /source/i.test(a.title) && /word/i.test(a.title));
    assert.ok(action?.isPreferred, 'the source-wording fix is the preferred one');
    assert.equal(action.title, 'Replace with source wording: “…world’s outrage”');
    await apply(action);
    assert.equal(doc.getText(), original.replace('attention', 'outrage'));
    await diagnosticsWhen(doc.uri, (d) => d.length === 0);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), original);
  });

  it('changes only the words that differ in a hard-wrapped quotation, keeping its line breaks', async () => {
    const original = 'In Kryvyi Rih a missile attack “killed 25 civilians,\nincluding nine children” [@war-update-2025-belgorod].\n';
    const doc = (await open({ content: original })).document;
    await diagnosticsWhen(doc.uri, (d) => d.some((x) => x.code === 'misquoted'));
    const actions = await fixes(doc, 'killed 25');
    const action = actions.find((a) => a.title.startsWith('Replace with source wording'));
    assert.equal(action?.title, 'Replace with source wording: “killed 20 civilians,…”');
    assert.equal(action.edit?.get(doc.uri).length, 1, 'one edit: the number');
    await apply(action);
    assert.equal(doc.getText(), original.replace('25', '20'));
    assert.ok(actions.some((a) => a.title === 'Compare with source' && a.command?.command === 'verbatim.compareWithSource'), 'a Compare with source entry');
  });

  it('changes the citation to the source that holds the quote', async () => {
    const doc = (await open({ content: 'A teacher: “They were like little suns in the classroom” [@cnn-2025-belgorod].\n' })).document;
    await diagnosticsWhen(doc.uri, (d) => d.some((x) => x.code === 'citation-mismatch'));
    await apply((await fixes(doc, 'They were like')).find((a) => a.title === 'Cite Ukraine War Update: Zelenskyy Confirms Ukrainian… instead (war-update-2025-belgorod)'));
    assert.equal(doc.getText(), 'A teacher: “They were like little suns in the classroom” [@war-update-2025-belgorod].\n');
    await diagnosticsWhen(doc.uri, (d) => d.length === 0);
  });

  it('adds a citation after a verified quote that has none', async () => {
    const doc = (await open({ content: 'He said “Putin wants to negotiate over territory from a stronger position.”\n' })).document;
    await diagnosticsWhen(doc.uri, (d) => d.length === 0);
    await apply((await fixes(doc, 'Putin wants')).find((a) => /citation/i.test(a.title)));
    assert.equal(doc.getText(), 'He said “Putin wants to negotiate over territory from a stronger position.” [@cnn-2025-belgorod]\n');
  });

  it('ignores a quotation with a marker the checker honours', async () => {
    const doc = (await open({ content: 'Rumour has it: “a triumph of planning and of courage” here.\n' })).document;
    await diagnosticsWhen(doc.uri, (d) => d.some((x) => x.code === 'unverified'));
    await apply((await fixes(doc, 'a triumph')).find((a) => /ignore/i.test(a.title)));
    assert.equal(doc.getText(), 'Rumour has it: <!-- verbatim-ignore --> “a triumph of planning and of courage” here.\n');
    await diagnosticsWhen(doc.uri, (d) => d.length === 0);
  });
});
