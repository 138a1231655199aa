import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expectedDiagnostics, ROOT, sortDiagnostics } from './cliExpectations';
import { LspClient, PushedDiagnostic } from './lspClient';

// The language server as any editor drives it: dist/server.js over stdio, a real JSON-RPC client,
// the example workspace copied to a temporary folder.
describe('language server over stdio (dist/server.js)', function () {
  this.timeout(60000);
  let workspace: string;
  let storage: string;
  let draftPath: string;
  let draftUri: string;
  let client: LspClient;
  const simplify = (list: readonly PushedDiagnostic[]) => sortDiagnostics(list.map((d) => ({ code: String(d.code), range: d.range })));

  before(async () => {
    assert.ok(fs.existsSync(path.join(ROOT, 'dist/server.js')), 'dist/server.js is missing: run npm run build');
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-lsp-'));
    storage = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-lsp-storage-'));
    fs.cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
    draftPath = path.join(workspace, 'draft.md');
    draftUri = pathToFileURL(draftPath).href;
    client = LspClient.start(path.join(ROOT, 'dist/server.js'), ['--stdio']);
    const init = await client.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'demo' }],
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
      initializationOptions: { storagePath: storage },
    });
    assert.ok(init.capabilities.hoverProvider && init.capabilities.definitionProvider && init.capabilities.codeActionProvider && init.capabilities.completionProvider);
    const ready = client.waitFor<{ state: string; sources: number; indexer?: string }>('verbatim/libraryStatus', (s) => s.state === 'ready', 30000, 'library ready');
    await client.connection.sendNotification('initialized', {});
    const status = await ready;
    assert.equal(status.sources, 6, 'the five bundled reports and the example’s own source');
    assert.equal(status.indexer, 'worker', 'the sources are indexed off the server’s event loop');
  });

  after(async () => {
    client?.kill();
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(storage, { recursive: true, force: true });
  });

  it('pushes, for the example draft, the diagnostics that verbatim check --format json reports', async () => {
    const pushed = client.waitFor<{ uri: string; diagnostics: PushedDiagnostic[] }>('textDocument/publishDiagnostics', (p) => p.uri === draftUri, 20000, 'diagnostics of draft.md');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text: fs.readFileSync(draftPath, 'utf8') } });
    const { diagnostics } = await pushed;
    assert.deepEqual(simplify(diagnostics), expectedDiagnostics(draftPath, path.join(workspace, 'sources')));
    const number = diagnostics.find((d) => d.message.startsWith('Number changed'));
    assert.equal(number?.severity, 1, 'a changed number is an error');
    const related = number?.relatedInformation?.[0];
    assert.ok(related, 'the source passage comes as related information');
    const lines = fs.readFileSync(new URL(related.location.uri), 'utf8').split(/\r\n|\n|\r/);
    assert.equal(lines[related.location.range.start.line].slice(related.location.range.start.character, related.location.range.end.character), 'killed 20 civilians, including nine children');
    assert.ok(client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'), 'the server asks to be told of changed files');
  });

  it('answers a hover on the misquote with the verdict first, in plain symbols for an editor that is not VS Code', async () => {
    const text = fs.readFileSync(draftPath, 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('killed 25'));
    const hover = await client.connection.sendRequest<{ contents: { kind: string; value: string } }>('textDocument/hover', { textDocument: { uri: draftUri }, position: { line, character: text.split('\n')[line].indexOf('killed 25') + 3 } });
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /^✗ \*\*Misquoted, and the meaning changes\*\*/);
    assert.match(hover.contents.value, /\*\*Number changed:\*\* 25 → 20/);
    assert.doesNotMatch(hover.contents.value, /\$\(|command:/, 'no VS Code theme icons or command links');
  });

  it('offers the quick fix that puts in the source’s number, as a WorkspaceEdit of that word alone', async () => {
    const diagnostics = client.diagnosticsOf(draftUri) ?? [];
    const number = diagnostics.find((d) => d.message.startsWith('Number changed')) as PushedDiagnostic;
    const actions = await client.connection.sendRequest<{ title: string; kind: string; isPreferred?: boolean; diagnostics?: unknown[]; edit?: { changes: Record<string, { range: PushedDiagnostic['range']; newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri: draftUri },
      range: number.range,
      context: { diagnostics: [number] },
    });
    const fix = actions.find((a) => a.title.startsWith('Replace with source wording'));
    assert.ok(fix, actions.map((a) => a.title).join('\n'));
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.diagnostics?.length, 1);
    const edits = fix.edit?.changes[draftUri] ?? [];
    assert.equal(edits.length, 1);
    assert.equal(edits[0].newText, '20');
    assert.equal(edits[0].range.end.character - edits[0].range.start.character, 2);
    assert.ok(!actions.some((a) => a.title === 'Compare with source'), 'compare is a command of the VS Code client only');
    assert.ok(actions.some((a) => a.title === 'Ignore this quotation'));
  });

  it('leads Go to Definition from a citation to the passage, in a read-only copy of the bundled article', async () => {
    const text = fs.readFileSync(draftPath, 'utf8');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('nine children” [@war-update-2025-belgorod]'));
    const locations = await client.connection.sendRequest<{ uri: string; range: PushedDiagnostic['range'] }[]>('textDocument/definition', { textDocument: { uri: draftUri }, position: { line, character: lines[line].indexOf('[@war') + 4 } });
    assert.equal(locations.length, 1);
    const file = new URL(locations[0].uri);
    assert.ok(file.pathname.startsWith(pathToFileURL(storage).pathname), `${file.href} is in the cache folder, never among the user's files`);
    const sourceLines = fs.readFileSync(file, 'utf8').split(/\r\n|\n|\r/);
    const r = locations[0].range;
    assert.equal(sourceLines[r.start.line].slice(r.start.character, r.end.character), 'killed 20 civilians, including nine children');
    assert.equal(fs.statSync(file).mode & 0o222, 0, 'the copy is read-only');
  });

  it('completes citation keys after [@, with titles', async () => {
    const text = fs.readFileSync(draftPath, 'utf8');
    const lastLine = text.split('\n').length - 1;
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: draftUri, version: 2 }, contentChanges: [{ range: { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: 0 } }, text: 'As reported [@cnn' }] });
    const list = await client.connection.sendRequest<{ isIncomplete: boolean; items: { label: string; detail?: string; textEdit?: { newText: string } }[] }>('textDocument/completion', { textDocument: { uri: draftUri }, position: { line: lastLine, character: 'As reported [@cnn'.length } });
    assert.equal(list.isIncomplete, false, 'six sources are all sent');
    const items = list.items;
    const cnn = items.find((i) => i.label === 'cnn-2025-belgorod');
    assert.ok(cnn, items.map((i) => i.label).join(', '));
    assert.ok(cnn.detail && !cnn.detail.includes('cnn-2025'), 'the detail is the title');
    assert.equal(items.length, 6);
  });

  it('answers the custom requests: search, sources, the analysis of the draft', async () => {
    const hits = await client.connection.sendRequest<{ key: string; text: string; label: string }[]>('verbatim/search', { query: 'litle sunz classroom' });
    assert.equal(hits[0].key, 'war-update-2025-belgorod');
    assert.match(hits[0].text, /little suns in the classroom/);
    const sources = await client.connection.sendRequest<{ sources: { key: string; bundled: boolean }[] }>('verbatim/sources', {});
    assert.equal(sources.sources.length, 6);
    assert.equal(sources.sources.filter((s) => !s.bundled).length, 1);
    const analysis = await client.connection.sendRequest<{ tally: Record<string, number> }>('verbatim/analysis', { uri: draftUri });
    assert.deepEqual(analysis.tally, { verified: 7, misquoted: 2, unverified: 1, skipped: 1, mismatched: 1 });
  });

  it('follows the verbatim.* settings it reads through workspace/configuration when they change', async () => {
    client.settings = { severity: { meaningChanged: 'hint' } };
    const quieter = client.waitFor<{ uri: string; diagnostics: PushedDiagnostic[] }>('textDocument/publishDiagnostics', (p) => p.uri === draftUri && p.diagnostics.some((d) => d.message.startsWith('Number changed') && d.severity === 4), 20000, 'the changed number as a hint');
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await quieter;
    client.settings = {};
    const back = client.waitFor<{ uri: string; diagnostics: PushedDiagnostic[] }>('textDocument/publishDiagnostics', (p) => p.uri === draftUri && p.diagnostics.some((d) => d.message.startsWith('Number changed') && d.severity === 1), 20000, 'the changed number as an error again');
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await back;
  });

  it('takes a new source from a watched-file change: the unverified quotation is found in it', async () => {
    const quote = 'We are burning our best brigades for a few fields on the wrong side of the border.';
    const before = (client.diagnosticsOf(draftUri) ?? []).filter((d) => d.code === 'unverified');
    assert.equal(before.length, 1);
    const file = path.join(workspace, 'sources', 'northern-front.md');
    fs.writeFileSync(file, `---\ntitle: Officers on the northern front speak out\noutlet: Front Line Daily\ndate: 2025-04-20\n---\n\nA senior officer told reporters: “${quote}” The brigade has lost men.\n`);
    const updated = client.waitFor<{ uri: string; diagnostics: PushedDiagnostic[] }>('textDocument/publishDiagnostics', (p) => p.uri === draftUri && !p.diagnostics.some((d) => d.code === 'unverified'), 20000, 'diagnostics without the unverified quotation');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 1 }] });
    const { diagnostics } = await updated;
    const mismatch = diagnostics.filter((d) => d.code === 'citation-mismatch').find((d) => d.message.includes('Officers on the northern front'));
    assert.ok(mismatch, `the quotation is now verified in the new source, and its citation names another: ${diagnostics.map((d) => d.message).join(' | ')}`);
  });

  it('shuts down and exits with code 0 when asked', async () => {
    assert.equal(await client.stop(), 0);
  });

  it('verbatim lsp without a transport is a usage error (exit code 2), not a server waiting on nothing', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'lsp'], { encoding: 'utf8', timeout: 10000 });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /lsp takes --stdio/);
    assert.equal(run.stdout, '');
  });
});
