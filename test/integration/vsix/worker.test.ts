import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { VerbatimApi } from '../../../src/extension';
import { EXTENSION_ID } from '../suite/helpers';

// The packaged build ships dist/libraryWorker.js and indexes the sources in it.
describe('Packaged extension: library worker', () => {
  it('loads the workspace sources in the worker thread and stores the index', async () => {
    const ext = vscode.extensions.getExtension<VerbatimApi>(EXTENSION_ID);
    assert.ok(ext, 'the .vsix did not install verbatim.verbatim');
    const api = await ext.activate();
    const library = api.services.library;
    await library.ready();
    assert.equal(library.mode, 'worker');
    assert.equal(library.lastLoad?.mode, 'worker');
    assert.ok((library.lastLoad?.stats.filesRead ?? 0) >= 1, 'the workspace source was read');
    assert.ok(library.library.sources.some((s) => s.file.startsWith('sources/')), 'the workspace source is in the library');
    assert.ok(library.storeFile?.includes('library-index'), `the index is kept in global storage, not ${library.storeFile}`);
  });
});
