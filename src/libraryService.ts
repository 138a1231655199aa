import * as path from 'node:path';
import * as vscode from 'vscode';
import { Settings } from './configuration';
import { SettingsChange } from './core/editor/settings';
import { contentHash } from './core/contentHash';
import { Library } from './core/library';
import { Source } from './core/source';
import { IndexingMode, LibraryLoader, Swap } from './libraryLoader';
import { FileEntry, IndexStats } from './libraryProtocol';
import { LoadProgress, LoadReport } from './loadProgress';

export type { LoadReport } from './loadProgress';
import { seedLibrary } from './seedLibrary';
import { SourceFiles } from './sourceFiles';
import { bundledPaths } from './core/render/sourceNames';

/** URI scheme of the bundled seed articles: a read-only file system served from memory. */
export const BUNDLED_SCHEME = 'verbatim-source';

let bundledPathsByFile: Map<string, string> | undefined;

/** The paths of the bundled articles' documents, by library file (`seeds/…`): made from their titles. */
export function bundledSourcePaths(): ReadonlyMap<string, string> {
  bundledPathsByFile ??= bundledPaths(seedLibrary().sources);
  return bundledPathsByFile;
}

/** Where a library service keeps its index and finds its worker. */
export interface LibraryServiceOptions {
  /** Folder for the persisted index (the extension's global storage); none: nothing is persisted. */
  readonly storageUri?: vscode.Uri;
  /** dist/libraryWorker.js; none, or one that cannot start: indexing runs on this thread in slices. */
  readonly workerPath?: string;
}

/** A library swapped in: partial while a load goes on, then final. */
export interface LibrarySwap {
  readonly library: Library;
  readonly final: boolean;
  /** The longest this thread was busy in one go taking it in: assembling it, preparing it, or telling every listener. */
  readonly blockedMs: number;
}

/**
 * The source library of the window: the bundled seeds (unless turned off) plus workspace files
 * matching `verbatim.sources`. Files are read and indexed off this thread (see libraryLoader.ts);
 * this service finds them, keeps them current through file watchers, and swaps in each library
 * the indexer sends — the bundled seeds at once, partial libraries while many files load, then the
 * whole. The index is persisted in global storage, so the next window re-reads only changed files.
 */
export class LibraryService implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Library>();
  /** Fires after the library was swapped (partial or final; a source added, changed, removed, or settings changed). */
  readonly onDidChange = this.changed.event;
  private readonly swapped = new vscode.EventEmitter<LibrarySwap>();
  /** Fires with every swap, saying whether the library is final and how long the swap took. */
  readonly onDidSwap = this.swapped.event;
  private readonly loaded = new vscode.EventEmitter<LoadReport>();
  /** Fires when a load has finished, with what it did. */
  readonly onDidLoad = this.loaded.event;
  private readonly updated = new vscode.EventEmitter<IndexStats>();
  /** Fires when an update from the file watchers has been applied, with what it did. */
  readonly onDidUpdate = this.updated.event;
  private readonly stored = new vscode.EventEmitter<number>();
  /** Fires when the index was persisted, with its size in bytes. */
  readonly onDidStore = this.stored.event;
  private current: Library | undefined;
  private loader: LibraryLoader | undefined;
  private readonly files: SourceFiles;
  private readonly progress: LoadProgress;
  private requestId = 0;
  private loadId = 0;
  private loading: Promise<Library> | undefined;
  private readonly waiters = new Map<number, (library: Library) => void>();
  private report: LoadReport | undefined;
  private swaps: Promise<void> = Promise.resolve();
  private disposed = false;

  constructor(
    private settings: Settings,
    private readonly log: vscode.LogOutputChannel,
    private readonly options: LibraryServiceOptions = {},
  ) {
    this.files = new SourceFiles((changed, removed) => this.sendUpdate(changed, removed), log);
    this.progress = new LoadProgress();
  }

  /** The library as it is now: while loading, the part loaded so far (see {@link ready}). */
  get library(): Library {
    this.current ??= this.bundledOnly();
    return this.current;
  }

  /** What the last finished load did. */
  get lastLoad(): LoadReport | undefined {
    return this.report;
  }

  /** The file the index of this window's sources is persisted in (none: not persisted). */
  get storeFile(): string | undefined {
    return this.storePath();
  }

  /** Where indexing runs (worker thread, or this thread when no worker could start). */
  get mode(): IndexingMode | undefined {
    return this.loader?.mode;
  }

  /** Fires with the files indexed so far and the number to index, while a load goes on. */
  get onDidProgress(): vscode.Event<{ readonly done: number; readonly total: number }> {
    return this.progress.onDidProgress;
  }

  /** Resolves once the library has finished loading. */
  ready(): Promise<Library> {
    return this.loading ?? Promise.resolve(this.library);
  }

  /** Applies new settings; reloads when they change what the library holds. */
  updateSettings({ settings, changed }: SettingsChange): void {
    this.settings = settings;
    if (changed.has('sources') || changed.has('includeBundledSources')) {
      void this.reload();
    }
  }

  /** Finds every workspace source again, re-creates the watchers and loads the library. */
  reload(): Promise<Library> {
    const id = ++this.requestId;
    this.loadId = id;
    this.loading = new Promise((resolve) => this.waiters.set(id, resolve));
    this.progress.start(this.loading);
    void this.startLoad(id).catch((e: unknown) => this.settle(id, `Loading the sources failed: ${e instanceof Error ? e.message : String(e)}`));
    return this.loading;
  }

  /** Where a source can be opened: its workspace file, or the read-only bundled document (named by its title). */
  uriOf(source: Source): vscode.Uri {
    return this.files.uriOf(source.file) ?? vscode.Uri.from({ scheme: BUNDLED_SCHEME, path: bundledSourcePaths().get(source.file) ?? `/${source.file}` });
  }

  /** The paths on this machine of every file of the library (sources and skipped files): never to be written. */
  localFiles(): string[] {
    return this.library.records.flatMap((r) => {
      const uri = this.files.uriOf(r.file);
      return uri?.scheme === 'file' ? [uri.fsPath] : [];
    });
  }

  /** True for a document that is a source of the library (never checked as a draft). */
  isSource(uri: vscode.Uri): boolean {
    return uri.scheme === BUNDLED_SCHEME || this.files.has(uri);
  }

  private async startLoad(id: number): Promise<void> {
    // The caller (activation) finishes first; the watchers and the worker come a turn later.
    await new Promise((resolve) => setImmediate(resolve));
    const found = await this.files.find(this.settings.sources, () => id !== this.loadId);
    if (id !== this.loadId || !found) {
      return;
    }
    if (found.roots.length === 0 && found.entries.length === 0) {
      // No workspace folder: the library is the bundled seeds, indexed at build time; no worker needed.
      const library = this.bundledOnly();
      const stats: IndexStats = { kind: 'load', store: 'off', filesRead: 0, filesReused: 0, filesIndexed: 0, filesRemoved: 0, partials: 0, sources: library.sources.length, indexerMs: 0 };
      this.swap({ library, id, final: true, stats, assembleMs: 0 });
      return;
    }
    this.loader ??= new LibraryLoader(this.options.workerPath, {
      swap: (s) => this.prepare(s),
      progress: (requestId, done, total) => requestId === this.loadId && this.progress.report(done, total),
      stored: (bytes) => this.stored.fire(bytes),
      files: (requestId, files) => requestId === this.loadId && this.files.listed(files),
      log: (level, message) => this.log[level](message),
      failed: (requestId, message) => this.settle(requestId, `The library indexer failed: ${message}`),
      lost: () => void this.reload(),
    });
    this.loader.send({ type: 'load', id, roots: found.roots, files: found.entries, includeBundled: this.settings.includeBundledSources, storePath: this.storeFile, partials: true });
  }

  // The library without workspace sources: the bundled seeds, indexed at build time, or nothing.
  private bundledOnly(): Library {
    return this.settings.includeBundledSources ? seedLibrary() : Library.fromInputs([]);
  }

  private sendUpdate(changed: readonly FileEntry[], removed: readonly string[]): void {
    this.loader?.send({ type: 'update', id: ++this.requestId, changed, removed });
  }

  // A new library's lazily built tables (the titles' words, the vocabulary's lookup) are built
  // each in its own turn of the event loop before it is swapped in, so that no single turn does
  // it all and the first check of a draft against it is quick. Libraries are swapped in order.
  private prepare(s: Swap): void {
    let longest = s.assembleMs;
    const step = (work: () => unknown) => async () => {
      await new Promise((resolve) => setImmediate(resolve));
      const started = performance.now();
      work();
      longest = Math.max(longest, performance.now() - started);
    };
    this.swaps = this.swaps
      .then(step(() => s.library.titleWords))
      .then(step(() => s.library.vocabulary.idOf('')))
      .then(step(() => !this.disposed && this.swap(s, longest)))
      .catch((e: unknown) => this.log.error(`Swapping in the library failed: ${e instanceof Error ? e.message : String(e)}`));
  }

  private swap(s: Swap, longestStepMs = s.assembleMs): void {
    const started = performance.now();
    // The indexer may answer with the library it sent last (nothing changed): no one needs telling.
    if (s.library !== this.current) {
      this.current = s.library;
      this.changed.fire(s.library);
    }
    const blockedMs = Math.max(longestStepMs, performance.now() - started);
    this.progress.swapped(blockedMs, s.assembleMs);
    this.swapped.fire({ library: s.library, final: s.final, blockedMs });
    if (s.final && s.stats?.kind === 'update') {
      this.logIssues(s.library);
      this.updated.fire(s.stats);
    }
    if (s.final && s.stats?.kind === 'load' && s.id === this.loadId) {
      this.report = this.progress.finish(this.loader?.mode ?? 'main-thread', s.stats);
      this.logIssues(s.library);
      this.log.info(this.loadSentence(s.library, this.report.ms));
      this.log.debug(describe(this.report, this.settings.includeBundledSources));
      this.loaded.fire(this.report);
    }
    if (s.final) {
      this.resolveUpTo(s.id);
    }
  }

  // "Loaded 6 sources (1 from sources/) in 0.4 s".
  private loadSentence(library: Library, ms: number): string {
    const total = library.sources.length;
    const own = library.sources.filter((src) => this.files.uriOf(src.file) !== undefined).length;
    const globs = this.settings.sources;
    const folder = globs.length === 1 ? /^[^*?{[]*\//.exec(globs[0])?.[0] : undefined;
    const where = folder ? `from ${folder}` : 'from the workspace';
    const part = this.settings.includeBundledSources ? `${own} ${where}` : `${where}; the bundled reports left out`;
    return `Loaded ${total} ${total === 1 ? 'source' : 'sources'} (${part}) in ${(ms / 1000).toFixed(1)} s`;
  }

  private settle(id: number, error: string): void {
    this.log.error(error);
    this.resolveUpTo(id);
  }

  private resolveUpTo(id: number): void {
    for (const [waiting, resolve] of this.waiters) {
      if (waiting <= id) {
        this.waiters.delete(waiting);
        resolve(this.library);
      }
    }
  }

  private logIssues(library: Library): void {
    for (const issue of library.issues) {
      (issue.severity === 'skipped' ? this.log.warn : this.log.info).call(this.log, `${issue.severity === 'skipped' ? 'Skipped' : 'Note on'} ${issue.file}: ${issue.message}`);
    }
  }

  // One store per set of workspace folders, in global storage: never anywhere near the sources.
  private storePath(): string | undefined {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const storage = this.options.storageUri;
    if (!storage || storage.scheme !== 'file' || folders.length === 0) {
      return undefined;
    }
    const key = contentHash(new TextEncoder().encode(folders.map((f) => f.uri.toString()).join('\n')));
    return path.join(storage.fsPath, 'library-index', `${key}.vidx`);
  }

  dispose(): void {
    this.disposed = true;
    this.files.dispose();
    this.progress.dispose();
    this.loader?.dispose();
    this.resolveUpTo(Infinity);
    [this.changed, this.swapped, this.loaded, this.updated, this.stored].forEach((e) => e.dispose());
  }
}

function describe(r: LoadReport, bundled: boolean): string {
  const s = r.stats;
  const store = { used: 'from the stored index', missing: 'no stored index yet', ignored: 'stored index ignored', memory: 'from memory', off: 'no index storage' }[s.store];
  return (
    `Loaded ${s.sources} sources (${bundled ? 'bundled seeds included' : 'no bundled seeds'}) in ${Math.round(r.ms)} ms on the ${r.mode === 'worker' ? 'worker thread' : "extension host's thread"}: ` +
    `${s.filesRead} files read, ${s.filesReused} reused ${store}, ${s.filesIndexed} indexed, ${s.filesRemoved} removed; ` +
    `${r.swaps} swaps, the longest blocked ${r.maxSwapMs.toFixed(1)} ms (assembling ${r.maxAssembleMs.toFixed(1)} ms); event-loop delay p50 ${r.loopDelay.p50.toFixed(1)} ms, p99 ${r.loopDelay.p99.toFixed(1)} ms, max ${r.loopDelay.max.toFixed(1)} ms`
  );
}
