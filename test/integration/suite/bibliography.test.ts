import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeEditorWhen, nextNotice, open, verbatim, workspaceUri } from './helpers';

describe('Bibliography', () => {
  before(verbatim);

  it('exports the library as CSL-JSON and adds it to the draft’s front matter, saying where it wrote, with “Open”', async () => {
    const api = await verbatim();
    const editor = await open({ content: '---\ntitle: My draft\n---\n\nText “Putin wants to negotiate over territory” [@cnn-2025-belgorod].\n' });
    const target = workspaceUri('refs.json');
    const told = nextNotice(api, (n) => /exported/.test(n.message));
    const result = await vscode.commands.executeCommand<{ entries: number; frontMatterUpdated: boolean }>('verbatim.exportBibliography', { target: target.toString(), addToFrontMatter: true });
    const notice = await told;
    assert.equal(notice.message, 'Verbatim: exported 6 sources as CSL-JSON to refs.json.');
    assert.deepEqual(notice.actions, ['Open']);
    await notice.run('Open');
    await activeEditorWhen((e) => e.document.uri.toString() === target.toString());
    await vscode.window.showTextDocument(editor.document);
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
    const section = await vscode.commands.executeCommand<string>('verbatim.insertBibliography');
    const first = editor.document.getText();
    assert.match(first, /## References\n\n- Harbour dredging to start in spring\. \*Coastal Gazette\*, 2 March 2025\.\n/);
    assert.equal(editor.document.getText(editor.selection), section, 'the section it wrote is selected');
    assert.ok(editor.visibleRanges.some((r) => r.contains(editor.selection.start)), 'and in view');
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'B “Putin wants to negotiate over territory” [@cnn-2025-belgorod].\n\n'));
    await vscode.commands.executeCommand('verbatim.insertBibliography');
    const second = editor.document.getText();
    assert.equal(second.match(/## References/g)?.length, 1, 'the section is refreshed, not repeated');
    assert.match(second, /- Ukraine launches attacks .*\*CNN\*, 2025\.\n- Harbour dredging/);
  });

  it('names a cited source without a title by its first sentence, not its key', async () => {
    const editor = await open({ content: 'A “continue to defend Ukraine under very difficult conditions” [@zelensky-belgorod-kursk].\n' });
    await vscode.commands.executeCommand('verbatim.insertBibliography');
    assert.match(editor.document.getText(), /\n- Ukrainian President Volodymyr Zelensky has confirmed that…\n/);
  });

  it('a failing command says so, with “Show Log”', async () => {
    const api = await verbatim();
    const told = nextNotice(api, (n) => n.severity === 'error');
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('verbatim.searchSources', { query: 'little suns', style: 'chicago' })), /unknown citation style/);
    const notice = await told;
    assert.match(notice.message, /^Verbatim: verbatim\.searchSources: unknown citation style "chicago"/);
    assert.deepEqual(notice.actions, ['Show Log']);
  });
});
