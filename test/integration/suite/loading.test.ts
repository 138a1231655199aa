import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Settings } from '../../../src/configuration';
import { checkDraft } from '../../../src/core/checker';
import { Library } from '../../../src/core/library';
import { PassageSearch } from '../../../src/core/search';
import { DiagnosticsController } from '../../../src/diagnostics';
import { Analysis, DraftAnalyzer } from '../../../src/draftAnalysis';
import { LibraryService, LibraryServiceOptions, LibrarySwap } from '../../../src/libraryService';
import { bulkArticle, bulkFile, bulkQuote, captureLog, next, writeBulkSources } from './bulkSources';
import { IndexStats } from '../../../src/libraryProtocol';
import { EXTENSION_ID, verbatim } from './helpers';

const COUNT = 300;
const SEEDS = 5;
// One more source, in a folder that exists from the start: a folder made while the window is open
// (bulk/) may be watched late, and its files' changes missed, by the editor's file watcher.
const WATCHED = 'drafts/watched.source.md';
const FILES = COUNT + 1;
const ALL = FILES + SEEDS;

// A second library service over generated sources in bulk/ (which the extension's own service does
// not read), with its own index storage, so loading, the stored index and updates can be watched.
describe('Loading a large library', () => {
  let settings: Settings;
  let folder: vscode.Uri;
  let storage: string;
  let workerPath: string;
  const services: LibraryService[] = [];

  const service = (options: Partial<LibraryServiceOptions> = {}) => {
    const { log, lines } = captureLog();
    const s = new LibraryService(settings, log, { storageUri: vscode.Uri.file(storage), workerPath, ...options });
    services.push(s);
    return { service: s, lines };
  };
  const storeFile = () => {
    const dir = path.join(storage, 'library-index');
    const stores = fs.readdirSync(dir).filter((f) => f.endsWith('.vidx'));
    assert.equal(stores.length, 1, `one store in ${dir}`);
    return path.join(dir, stores[0]);
  };
  // Resolves with the first update after which the library satisfies `done`.
  const updateWhere = (s: LibraryService, done: (library: Library) => boolean) =>
    new Promise<IndexStats>((resolve) => {
      const sub = s.onDidUpdate((stats) => {
        if (done(s.library)) {
          sub.dispose();
          resolve(stats);
        }
      });
    });
  const keys = (library: Library) => library.sources.map((s) => s.meta.key).sort();
  const bulkKeys = Array.from({ length: FILES }, (_, i) => `bulk-${i}`);

  before(async () => {
    const api = await verbatim();
    console.log(`      activation took ${api.activationMs.toFixed(1)} ms`);
    settings = { ...api.services.settings(), sources: ['bulk/**/*.md', WATCHED], includeBundledSources: true };
    folder = (vscode.workspace.workspaceFolders ?? [])[0].uri;
    writeBulkSources(folder, COUNT);
    fs.writeFileSync(path.join(folder.fsPath, WATCHED), bulkArticle(COUNT));
    storage = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-storage-'));
    workerPath = path.join(vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath ?? '', 'dist', 'libraryWorker.js');
  });

  afterEach(() => {
    services.splice(0).forEach((s) => s.dispose());
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(path.join(folder.fsPath, 'bulk'), { recursive: true, force: true });
    fs.rmSync(path.join(folder.fsPath, WATCHED), { force: true });
    fs.rmSync(storage, { recursive: true, force: true });
  });

  it('reports how long activation took', async () => {
    const api = await verbatim();
    assert.equal(typeof api.activationMs, 'number');
    assert.ok(api.activationMs > 0);
  });

  it('indexes a few hundred sources in a worker, with progress and partial libraries, then all of them; the index is stored', async () => {
    const { service: s } = service();
    const swaps: LibrarySwap[] = [];
    const progress: { done: number; total: number }[] = [];
    s.onDidSwap((swap) => swaps.push(swap));
    s.onDidProgress((p) => progress.push(p));
    const stored = next(s.onDidStore);
    const loading = s.reload();
    assert.equal(s.library.sources.length, SEEDS, 'the bundled seeds are there before anything loads');
    const library = await loading;
    assert.equal(s.mode, 'worker');
    assert.equal(library.sources.length, ALL);
    assert.deepEqual(keys(library).filter((k) => k.startsWith('bulk-')).sort(), [...bulkKeys].sort());
    const partial = swaps.filter((w) => !w.final);
    assert.ok(partial.length >= 1, 'partial libraries arrived');
    assert.ok(partial.every((w) => w.library.sources.length > SEEDS && w.library.sources.length < ALL), 'partial libraries hold part of the sources');
    assert.equal(swaps[swaps.length - 1].final, true);
    assert.ok(progress.some((p) => p.done < p.total), 'progress was reported on the way');
    assert.deepEqual(progress[progress.length - 1], { done: FILES, total: FILES });
    const report = s.lastLoad;
    assert.ok(report);
    assert.equal(report.stats.store, 'missing');
    assert.equal(report.stats.filesRead, FILES);
    assert.equal(report.stats.filesReused, 0);
    console.log(`      cold: ${Math.round(report.ms)} ms, ${report.swaps} swaps, longest ${report.maxSwapMs.toFixed(1)} ms, event-loop delay p99 ${report.loopDelay.p99.toFixed(1)} ms`);
    assert.ok((await stored) > 0);
    const checked = checkDraft(`They said “${bulkQuote(7)}” [@bulk-7].`, library);
    assert.equal(checked.quotes[0].status, 'verified');
    assert.equal(new PassageSearch(library).search('harbour lanterns district 123')[0]?.source.meta.key, 'bulk-123');
  });

  it('a second service starts from the stored index and reads no file', async () => {
    const { service: s } = service();
    const library = await s.reload();
    const stats = s.lastLoad?.stats;
    assert.equal(stats?.store, 'used');
    assert.equal(stats?.filesRead, 0);
    assert.equal(stats?.filesReused, FILES);
    assert.equal(stats?.filesIndexed, 0);
    assert.deepEqual(keys(library).filter((k) => k.startsWith('bulk-')).sort(), [...bulkKeys].sort());
    assert.equal(checkDraft(`“${bulkQuote(123)}” [@bulk-123]`, library).quotes[0].status, 'verified');
    console.log(`      warm: ${Math.round(s.lastLoad?.ms ?? 0)} ms, longest swap ${s.lastLoad?.maxSwapMs.toFixed(1)} ms`);
    // Reload Sources with nothing changed: every file checked, none read, the same library kept.
    const changes: Library[] = [];
    s.onDidChange((l) => changes.push(l));
    assert.equal(await s.reload(), library);
    assert.equal(s.lastLoad?.stats.store, 'memory');
    assert.equal(s.lastLoad?.stats.filesRead, 0);
    assert.equal(s.lastLoad?.stats.filesReused, FILES);
    assert.deepEqual(changes, []);
  });

  it('re-reads only the file changed while no window was open', async () => {
    const changed = path.join(folder.fsPath, bulkFile(11));
    fs.writeFileSync(changed, `${bulkArticle(11)}\nA late paragraph says the ferry timetable was printed on blue paper again.\n`);
    const { service: s } = service();
    const stored = next(s.onDidStore);
    const library = await s.reload();
    const stats = s.lastLoad?.stats;
    assert.equal(stats?.store, 'used');
    assert.equal(stats?.filesRead, 1);
    assert.equal(stats?.filesReused, FILES - 1);
    assert.equal(stats?.filesIndexed, 1);
    assert.match(library.get('bulk-11')?.text ?? '', /printed on blue paper again/);
    await stored;
  });

  it('re-indexes a file changed while the service watches, alone', async () => {
    const { service: s } = service();
    await s.reload();
    const file = path.join(folder.fsPath, WATCHED);
    // The file watcher may still deliver late events for the files written before: wait for the update that has this change.
    const changed = updateWhere(s, (library) => !!library.get(`bulk-${COUNT}`)?.text.includes('harbour lamps'));
    fs.writeFileSync(file, bulkArticle(COUNT).replace('harbour lanterns', 'harbour lamps'));
    const stats = await changed;
    assert.equal(stats.filesIndexed, 1);
    assert.equal(stats.sources, ALL);
    assert.equal(checkDraft(`“${bulkQuote(COUNT)}” [@bulk-${COUNT}]`, s.library).quotes[0].status, 'misquoted');
    assert.equal(checkDraft(`“${bulkQuote(41)}” [@bulk-41]`, s.library).quotes[0].status, 'verified');
    const deleted = updateWhere(s, (library) => !library.get(`bulk-${COUNT}`));
    fs.rmSync(file);
    assert.equal((await deleted).filesRemoved, 1);
    assert.equal(s.library.sources.length, ALL - 1);
    fs.writeFileSync(file, bulkArticle(COUNT));
  });

  it('ignores a corrupt or foreign store with a log line, and indexes the sources again', async () => {
    for (const bytes of [Buffer.from('not an index at all'), Buffer.concat([Buffer.from('VRBTMSTR'), Buffer.from([99, 0, 0, 0, 2, 0, 0, 0]), Buffer.from('{}')])]) {
      fs.writeFileSync(storeFile(), bytes);
      const { service: s, lines } = service();
      const stored = next(s.onDidStore);
      const library = await s.reload();
      assert.equal(s.lastLoad?.stats.store, 'ignored');
      assert.equal(s.lastLoad?.stats.filesRead, FILES);
      assert.equal(library.sources.length, ALL);
      assert.ok(lines.some((l) => /^warn Ignored the stored index/.test(l)), lines.join('\n'));
      await stored;
      s.dispose();
    }
  });

  it('checks drafts while a load is in progress, against what is loaded so far', async () => {
    fs.rmSync(storeFile());
    const { service: s } = service();
    const analyzer = new DraftAnalyzer(s, () => settings.minQuoteWords);
    const diagnostics = new DiagnosticsController(analyzer, s, () => settings);
    try {
      const partials = new Set<Library>();
      s.onDidSwap((swap) => !swap.final && partials.add(swap.library));
      const analyses: Analysis[] = [];
      diagnostics.onDidUpdate((a) => analyses.push(a));
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: `Early: “${bulkQuote(0)}” [@bulk-0].\n\nInvented: “${bulkQuote(0).replace('dusk', 'dawn')}” [@bulk-0].\n` });
      await vscode.window.showTextDocument(doc);
      await s.reload();
      const during = analyses.filter((a) => a.uri.toString() === doc.uri.toString() && partials.has(a.library));
      assert.ok(during.length >= 1, 'the draft was checked against a partial library');
      assert.deepEqual(
        during[0].quotes.map((q) => q.status),
        ['verified', 'misquoted'],
      );
    } finally {
      diagnostics.dispose();
    }
  });

  it('falls back to indexing on the extension host thread, in slices, when the worker cannot start', async () => {
    const { service: s, lines } = service({ workerPath: path.join(storage, 'missing-worker.js'), storageUri: undefined });
    const library = await s.reload();
    assert.equal(s.mode, 'main-thread');
    assert.ok(lines.some((l) => /^warn Indexing sources on the extension host's thread/.test(l)), lines.join('\n'));
    assert.equal(library.sources.length, ALL);
    assert.equal(s.lastLoad?.stats.store, 'off');
    assert.equal(checkDraft(`“${bulkQuote(250)}” [@bulk-250]`, library).quotes[0].status, 'verified');
  });
});
