import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhen, open, verbatim } from './helpers';

describe('Search Sources and Insert Citation', () => {
  before(verbatim);

  it('inserts the best passage for a query with typos, with its citation, at the cursor', async () => {
    const editor = await open({ content: 'Teacher: \n' });
    editor.selection = new vscode.Selection(0, 9, 0, 9);
    const result = await vscode.commands.executeCommand<{ text: string; key: string; inserted: boolean }>('verbatim.searchSources', { query: 'litle sunz classroom', style: 'pandoc' });
    assert.equal(result?.key, 'war-update-2025-belgorod');
    assert.equal(result?.inserted, true);
    const text = editor.document.getText();
    assert.match(text, /^Teacher: “‘They were like little suns in the classroom,’ she told reporters\.” \[@war-update-2025-belgorod\]\n$/);
    await diagnosticsWhen(editor.document.uri, (d) => d.length === 0);
  });

  it('lists rows that show the matched words, with outlet and date, and the title', async () => {
    type Row = { label: string; description: string; detail: string; key: string };
    const rows = await vscode.commands.executeCommand<Row[]>('verbatim.searchSources', { query: 'relentles asaults on its own citys', list: true });
    assert.equal(rows[0]?.key, 'war-update-2025-belgorod');
    assert.match(rows[0].label, /^….*relentless assaults on its own cities/);
    assert.equal(rows[0].description, '18 April 2025');
    assert.match(rows[0].detail, /^Ukraine War Update: Zelenskyy Confirms Ukrainian Troop Activity in… · para \d+$/);
    const numbers = await vscode.commands.executeCommand<Row[]>('verbatim.searchSources', { query: '121000 peple evacuated', list: true });
    assert.match(numbers[0]?.label ?? '', /121,000 people had been evacuated/);
    const harbour = await vscode.commands.executeCommand<Row[]>('verbatim.searchSources', { query: 'waited nine yeers', list: true });
    assert.equal(harbour[0]?.description, 'Coastal Gazette · 2 March 2025');
  });

  it('writes a footnote reference and its definition in footnote style', async () => {
    const editor = await open({ content: 'Text. \n' });
    editor.selection = new vscode.Selection(0, 6, 0, 6);
    await vscode.commands.executeCommand('verbatim.searchSources', { query: 'Putin wants to negotiate', style: 'footnote' });
    const text = editor.document.getText();
    assert.match(text, /“Putin wants to negotiate over territory from a stronger position\.” \[\^cnn-2025-belgorod\]/);
    assert.match(text, /\n\n\[\^cnn-2025-belgorod\]: \[@cnn-2025-belgorod\]\.\n$/);
  });

  it('inserts a citation for a chosen source, and stores the citation style', async () => {
    const editor = await open({ content: 'As reported ' });
    editor.selection = new vscode.Selection(0, 12, 0, 12);
    await vscode.commands.executeCommand('verbatim.setCitationStyle', 'inline');
    assert.equal(vscode.workspace.getConfiguration('verbatim').get('citationStyle'), 'inline');
    try {
      await vscode.commands.executeCommand('verbatim.insertCitation', { key: 'war-update-2025-belgorod' });
      assert.equal(editor.document.getText(), 'As reported (war-update-2025-belgorod, 18 April 2025)');
    } finally {
      await vscode.workspace.getConfiguration('verbatim').update('citationStyle', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
