import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhen, open, verbatim, workspaceUri } from './helpers';

const LATE = 'the ferry service will resume on the first of June after repairs';

describe('Source watcher', () => {
  it('a source file added to sources/ verifies a quote, and deleting it makes it unverified again', async () => {
    const api = await verbatim();
    const draft = workspaceUri('drafts/draft.md');
    await open(draft);
    const lateIsUnverified = (ds: vscode.Diagnostic[]) => ds.some((d) => d.code === 'unverified' && d.message.includes('the ferry service'));
    await diagnosticsWhen(draft, lateIsUnverified);
    const file = workspaceUri('sources/ferry-update.md');
    const loaded = new Promise((resolve) => api.services.library.onDidChange(resolve));
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(`Ferry update\n\nOfficials said ${LATE}, weather permitting.\n`));
    await loaded;
    assert.ok(api.services.library.library.sources.some((s) => s.file.endsWith('ferry-update.md')));
    await diagnosticsWhen(draft, (ds) => !lateIsUnverified(ds) && ds.length >= 3);
    await vscode.workspace.fs.delete(file);
    await diagnosticsWhen(draft, lateIsUnverified);
  });
});
