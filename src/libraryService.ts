import * as vscode from 'vscode';
import { Settings } from './configuration';
import { SettingsChange } from './core/editor/settings';
import { Library } from './core/library';
import { Source } from './core/source';
import { IndexingMode } from './libraryLoader';
import { IndexStats } from './libraryProtocol';
import { describeLoad, LibrarySession, LibrarySwap, loadSentence, storeFileFor } from './librarySession';
import { LoadProgress } from './loadProgress';
import { LoadReport } from './loadTimer';
import { bundledSourcePaths } from './seedLibrary';
import { SourceFiles } from './sourceFiles';

export type { LibrarySwap } from './librarySession';
export type { LoadReport } from './loadTimer';
export { bundledSourcePaths } from './seedLibrary';

/** URI scheme of the bundled seed articles: a read-only file system served from memory. */
export const BUNDLED_SCHEME = 'verbatim-source';

/** Where a library service keeps its index and finds its worker. */
export interface LibraryServiceOptions {
  /** Folder for the persisted index (the extension's global storage); none: nothing is persisted. */
  readonly storageUri?: vscode.Uri;
  /** dist/libraryWorker.js; none, or one that cannot start: indexing runs on this thread in slices. */
  readonly workerPath?: string;
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
  private readonly session: LibrarySession;
  private readonly files: SourceFiles;
  private readonly progress: LoadProgress;

  constructor(
    private settings: Settings,
    private readonly log: vscode.LogOutputChannel,
    private readonly options: LibraryServiceOptions = {},
  ) {
    this.files = new SourceFiles((changed, removed) => this.session.update(changed, removed), log);
    this.progress = new LoadProgress();
    this.session = new LibrarySession(
      options.workerPath,
      {
        changed: (library) => this.changed.fire(library),
        swapped: (swap) => this.swapped.fire(swap),
        loaded: (report, library) => {
          this.log.info(this.loadSentence(library, report.ms));
          this.log.debug(describeLoad(report, this.settings.includeBundledSources, "extension host's thread"));
          this.loaded.fire(report);
        },
        updated: (stats) => this.updated.fire(stats),
        stored: (bytes) => this.stored.fire(bytes),
        progress: (done, total) => this.progress.report(done, total),
        files: (files) => this.files.listed(files),
        log: (level, message) => this.log[level](message),
      },
      settings.includeBundledSources,
    );
  }

  /** The library as it is now: while loading, the part loaded so far (see {@link ready}). */
  get library(): Library {
    return this.session.library;
  }

  /** What the last finished load did. */
  get lastLoad(): LoadReport | undefined {
    return this.session.lastLoad;
  }

  /** The file the index of this window's sources is persisted in (none: not persisted). */
  get storeFile(): string | undefined {
    return this.storePath();
  }

  /** Where indexing runs (worker thread, or this thread when no worker could start). */
  get mode(): IndexingMode | undefined {
    return this.session.mode;
  }

  /** Fires with the files indexed so far and the number to index, while a load goes on. */
  get onDidProgress(): vscode.Event<{ readonly done: number; readonly total: number }> {
    return this.progress.onDidProgress;
  }

  /** Resolves once the library has finished loading. */
  ready(): Promise<Library> {
    return this.session.ready();
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
    const loading = this.session.reload({ find: (cancelled) => this.files.find(this.settings.sources, cancelled), includeBundled: this.settings.includeBundledSources, storePath: this.storeFile });
    this.progress.start(loading);
    return loading;
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

  // "Loaded 6 sources (1 from sources/) in 0.4 s".
  private loadSentence(library: Library, ms: number): string {
    const total = library.sources.length;
    const own = library.sources.filter((src) => this.files.uriOf(src.file) !== undefined).length;
    return loadSentence(total, own, this.settings, ms);
  }

  // One store per set of workspace folders, in global storage: never anywhere near the sources.
  private storePath(): string | undefined {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const storage = this.options.storageUri;
    if (!storage || storage.scheme !== 'file' || folders.length === 0) {
      return undefined;
    }
    return storeFileFor(storage.fsPath, folders.map((f) => f.uri.toString()));
  }

  dispose(): void {
    this.files.dispose();
    this.progress.dispose();
    this.session.dispose();
    [this.changed, this.swapped, this.loaded, this.updated, this.stored].forEach((e) => e.dispose());
  }
}
