// Runs inside the extension host of code-server (see bench/editor.ts): Verbatim opens a workspace
// whose sources/ folder holds the benchmark library; this measures the load as a user gets it.
import * as fs from 'node:fs';
import { Session } from 'node:inspector';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { VerbatimApi } from '../src/extension';
import { LibraryService, LoadReport } from '../src/libraryService';
import { quantile } from './stats';

const EXTENSION_ID = 'verbatim.verbatim';
const WARM_RUNS = 3;
// bench/editor.ts reads it back.
const RESULTS_FILE = '.verbatim-editor-bench.json';

function once<T>(event: vscode.Event<T>): Promise<T> {
  return new Promise((resolve) => {
    const sub = event((value) => {
      sub.dispose();
      resolve(value);
    });
  });
}

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined, trace: () => undefined } as unknown as vscode.LogOutputChannel;

// Edits the draft while the library loads, one character at a time, timing each edit's round trip
// (extension host → window → extension host): what stalls when the extension host is busy.
async function typeWhile(editor: vscode.TextEditor, until: Promise<unknown>, origin: number): Promise<{ at: number; ms: number }[]> {
  let loading = true;
  void until.then(() => (loading = false));
  const times: { at: number; ms: number }[] = [];
  while (loading) {
    const started = performance.now();
    await editor.edit((e) => e.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, 'x'));
    times.push({ at: started - origin, ms: performance.now() - started });
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return times;
}

describe('Verbatim in the editor at scale', function () {
  this.timeout(0);

  it('loads the workspace library, warm starts, updates a file', async () => {
    const folder = (vscode.workspace.workspaceFolders ?? [])[0].uri;
    const ext = vscode.extensions.getExtension<VerbatimApi>(EXTENSION_ID);
    if (!ext) {
      throw new Error('Verbatim is not installed');
    }
    // A CPU profile of the extension host's thread during the cold load, for a look in DevTools.
    const session = new Session();
    session.connect();
    const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
    await post('Profiler.enable');
    await post('Profiler.start');
    const editor = await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, 'draft.md'));
    const origin = performance.now();
    const api = await ext.activate();
    const library = api.services.library;
    const swaps: { at: number; final: boolean; blockedMs: number }[] = [];
    const swapSub = library.onDidSwap((w) => swaps.push({ at: performance.now() - origin, final: w.final, blockedMs: w.blockedMs }));
    const stored = once(library.onDidStore);
    const firstSwap = once(library.onDidSwap);
    const typed = typeWhile(editor, library.ready(), origin);
    await library.ready();
    const cold = library.lastLoad as LoadReport;
    const typing = await typed;
    const edits = typing.map((e) => e.ms);
    swapSub.dispose();
    const { profile } = (await post('Profiler.stop')) as { profile: object };
    fs.writeFileSync(path.join(folder.fsPath, '.verbatim-editor-bench.cpuprofile'), JSON.stringify(profile));
    session.disconnect();
    const storeBytes = await stored;
    // The whole extension host process (this thread and the worker), and this thread's heap.
    const memory = process.memoryUsage();
    const storeFile = library.storeFile as string;
    const seedsAtStart = (await firstSwap).library.sources.length;

    const warm: LoadReport[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      const s = new LibraryService(api.services.settings(), silent, { storageUri: vscode.Uri.file(path.dirname(path.dirname(storeFile))), workerPath: path.join(ext.extensionPath, 'dist', 'libraryWorker.js') });
      await s.reload();
      warm.push(s.lastLoad as LoadReport);
      s.dispose();
    }

    const source = library.library.sources[Math.floor(library.library.sources.length / 2)];
    const file = library.uriOf(source).fsPath;
    const updated = once(library.onDidUpdate);
    const started = performance.now();
    fs.appendFileSync(file, '\nOne more paragraph, added by the editor benchmark.\n');
    const update = await updated;
    const updateMs = performance.now() - started;

    const results = {
      activationMs: api.activationMs,
      sources: library.library.sources.length,
      seedsAtFirstSwap: seedsAtStart,
      storeMB: storeBytes / 1e6,
      memoryMB: { rss: memory.rss / 1e6, heapUsed: memory.heapUsed / 1e6, external: memory.external / 1e6 },
      cold,
      warm,
      update: { ms: updateMs, stats: update },
      editsDuringLoad: { count: edits.length, p50: quantile(edits, 0.5), p99: quantile(edits, 0.99), max: Math.max(0, ...edits) },
      slowestEdits: [...typing].sort((a, b) => b.ms - a.ms).slice(0, 5),
      swaps,
    };
    fs.writeFileSync(path.join(folder.fsPath, RESULTS_FILE), JSON.stringify(results, null, 2));
  });
});
