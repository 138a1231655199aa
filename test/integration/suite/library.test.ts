import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { verbatim } from './helpers';

describe('Library: bundled seeds plus the workspace sources folder', () => {
  it('activates and loads the five seeds and the workspace source with their keys', async () => {
    const api = await verbatim();
    const keys = api.services.library.library.sources.map((s) => s.meta.key).sort();
    assert.deepEqual(keys, ['cnn-2025-belgorod', 'gazette-2025-harbour', 'kyiv-independent-belgorod', 'ukraine-claims-kursk', 'war-update-2025-belgorod', 'zelensky-belgorod-kursk']);
    const gazette = api.services.library.library.get('gazette-2025-harbour');
    assert.equal(gazette?.meta.outlet, 'Coastal Gazette');
    assert.equal(gazette?.meta.date, '2025-03-02');
  });

  it('opens a bundled source read-only, from a virtual document', async () => {
    await verbatim();
    const opened = await vscode.commands.executeCommand<string>('verbatim.openSource', { key: 'cnn-2025-belgorod' });
    const uri = vscode.Uri.parse(opened);
    assert.equal(uri.scheme, 'verbatim-source');
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.match(doc.getText(), /^Ukraine launches attacks in new Russian region/);
    const stat = await vscode.workspace.fs.stat(uri);
    assert.equal(stat.permissions, vscode.FilePermission.Readonly);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('tampered'))), /NoPermissions|permission/i);
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), /^Ukraine launches attacks/);
  });

  it('follows the includeBundledSources setting without a reload', async () => {
    const api = await verbatim();
    const config = vscode.workspace.getConfiguration('verbatim');
    const changed = new Promise((resolve) => api.services.library.onDidChange(resolve));
    await config.update('includeBundledSources', false, vscode.ConfigurationTarget.Workspace);
    await changed;
    try {
      assert.deepEqual(api.services.library.library.sources.map((s) => s.meta.key), ['gazette-2025-harbour']);
    } finally {
      const back = new Promise((resolve) => api.services.library.onDidChange(resolve));
      await config.update('includeBundledSources', undefined, vscode.ConfigurationTarget.Workspace);
      await back;
    }
    assert.equal(api.services.library.library.sources.length, 6);
  });
});
