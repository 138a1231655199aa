import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { open, verbatim, workspaceUri } from './helpers';

describe('Bibliography', () => {
  before(verbatim);

  it('exports the library as CSL-JSON and adds it to the draft’s front matter', async () => {
    const editor = await open({ content: '---\ntitle: My draft\n---\n\nText “Putin wants to negotiate over territory” [@cnn-2025-belgorod].\n' });
    const target = workspaceUri('refs.json');
    const result = await vscode.commands.executeCommand<{ entries: number; frontMatterUpdated: boolean }>('verbatim.exportBibliography', { target: target.toString(), addToFrontMatter: true });
    assert.equal(result.entries, 6);
    const items = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target))) as { id: string; title?: string; 'container-title'?: string }[];
    const cnn = items.find((i) => i.id === 'cnn-2025-belgorod');
    assert.equal(cnn?.['container-title'], 'CNN');
    assert.equal(items.find((i) => i.id === 'gazette-2025-harbour')?.title, 'Harbour dredging to start in spring');
    assert.equal(result.frontMatterUpdated, true);
    assert.match(editor.document.getText(), /^---\ntitle: My draft\nbibliography: .*refs\.json\n---\n/);
    await vscode.workspace.fs.delete(target);
  });

  it('refuses to write the bibliography over a source article', async () => {
    const source = workspaceUri('sources/harbour-report.md');
    const before = await vscode.workspace.fs.readFile(source);
    assert.equal(await vscode.commands.executeCommand('verbatim.exportBibliography', { target: source.toString() }), undefined);
    assert.deepEqual(await vscode.workspace.fs.readFile(source), before);
  });

  it('inserts a References section of the cited sources, and refreshes it in place', async () => {
    const editor = await open({ content: 'A “We have waited nine years for this work” [@gazette-2025-harbour].\n' });
    await vscode.commands.executeCommand('verbatim.insertBibliography');
    const first = editor.document.getText();
    assert.match(first, /## References\n\n- Harbour dredging to start in spring\. \*Coastal Gazette\*, 2 March 2025\.\n/);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'B “Putin wants to negotiate over territory” [@cnn-2025-belgorod].\n\n'));
    await vscode.commands.executeCommand('verbatim.insertBibliography');
    const second = editor.document.getText();
    assert.equal(second.match(/## References/g)?.length, 1, 'the section is refreshed, not repeated');
    assert.match(second, /- Ukraine launches attacks .*\*CNN\*, 2025\.\n- Harbour dredging/);
  });
});
