import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codes, diagnosticsWhen, EXTENSION_ID, open, workspaceUri } from '../suite/helpers';

// Runs against the packaged .vsix installed into code-server, over a copy of examples/.
describe('Packaged extension', () => {
  it('is installed from the .vsix and shows diagnostics on examples/draft.md', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'the .vsix did not install verbatim.verbatim');
    assert.doesNotMatch(ext.extensionPath, /\/work\/main$/, 'must be the installed copy, not the repo');
    const draft = workspaceUri('draft.md');
    await open(draft);
    const ds = await diagnosticsWhen(draft, (d) => d.length >= 4);
    assert.deepEqual(codes(ds), ['citation-mismatch', 'misquoted', 'misquoted', 'unverified']);
  });
});
