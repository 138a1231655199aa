import * as vscode from 'vscode';
import { BundledSourceFileSystem } from './bundledSourceFileSystem';
import { bundledCatalogOptions, bundledSeedInputs } from './bundledSeeds';
import { Settings } from './configuration';
import { Library, SourceInput } from './core/library';
import { Source } from './core/source';

/** URI scheme of the bundled seed articles: a read-only file system served from memory. */
export const BUNDLED_SCHEME = 'verbatim-source';

const RELOAD_DELAY_MS = 150;

/**
 * The source library of the window: the bundled seeds (unless turned off) plus workspace files
 * matching `verbatim.sources`, read through `vscode.workspace.fs` and kept current by file watchers.
 */
export class LibraryService implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Library>();
  /** Fires after the library was rebuilt (a source added, changed, removed, or settings changed). */
  readonly onDidChange = this.changed.event;
  private current: Library = Library.fromInputs([]);
  private readonly workspaceInputs = new Map<string, SourceInput>();
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly bundled = bundledSeedInputs();
  private watchers: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private loading: Promise<Library> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private settings: Settings,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions.push(
      vscode.workspace.registerFileSystemProvider(BUNDLED_SCHEME, new BundledSourceFileSystem(this.bundled), { isReadonly: true, isCaseSensitive: true }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reload()),
    );
  }

  /** The library as it is now (possibly still loading: see {@link ready}). */
  get library(): Library {
    return this.current;
  }

  /** Resolves once the library has finished loading. */
  ready(): Promise<Library> {
    return this.loading ?? Promise.resolve(this.current);
  }

  /** Applies new settings; reloads when they change what the library holds. */
  updateSettings(settings: Settings): void {
    const reload = settings.includeBundledSources !== this.settings.includeBundledSources || settings.sources.join('\n') !== this.settings.sources.join('\n');
    this.settings = settings;
    if (reload) {
      void this.reload();
    }
  }

  /** Finds every workspace source again, re-creates the watchers and rebuilds the library. */
  reload(): Promise<Library> {
    this.loading = this.loadAll();
    return this.loading;
  }

  /** Where a source can be opened: its workspace file, or the read-only bundled document. */
  uriOf(source: Source): vscode.Uri {
    return this.uris.get(source.file) ?? vscode.Uri.from({ scheme: BUNDLED_SCHEME, path: `/${source.file}` });
  }

  /** True for a document that is a source of the library (never checked as a draft). */
  isSource(uri: vscode.Uri): boolean {
    return uri.scheme === BUNDLED_SCHEME || this.workspaceInputs.has(uri.toString());
  }

  private async loadAll(): Promise<Library> {
    const started = Date.now();
    this.watchers.forEach((w) => w.dispose());
    this.watchers = [];
    this.workspaceInputs.clear();
    this.uris.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of this.settings.sources) {
        const pattern = new vscode.RelativePattern(folder, glob);
        const watcher = vscode.workspace.createFileSystemWatcher(pattern);
        watcher.onDidCreate((uri) => void this.readOne(uri).then(() => this.scheduleRebuild()));
        watcher.onDidChange((uri) => void this.readOne(uri).then(() => this.scheduleRebuild()));
        watcher.onDidDelete((uri) => {
          this.workspaceInputs.delete(uri.toString());
          this.scheduleRebuild();
        });
        this.watchers.push(watcher);
        for (const uri of await vscode.workspace.findFiles(pattern, '**/node_modules/**')) {
          await this.readOne(uri);
        }
      }
    }
    const library = this.rebuild();
    this.log.info(`Loaded ${library.sources.length} sources (${this.settings.includeBundledSources ? 'bundled seeds included' : 'no bundled seeds'}, ${this.workspaceInputs.size} workspace files) in ${Date.now() - started} ms`);
    return library;
  }

  private async readOne(uri: vscode.Uri): Promise<void> {
    const file = vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      this.workspaceInputs.set(uri.toString(), { file, bytes });
      this.uris.set(file, uri);
    } catch (e) {
      this.workspaceInputs.delete(uri.toString());
      this.log.warn(`Skipped ${file}: cannot be read (${e instanceof Error ? e.message : String(e)})`);
    }
  }

  private scheduleRebuild(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.rebuild(), RELOAD_DELAY_MS);
  }

  private rebuild(): Library {
    const inputs = [...(this.settings.includeBundledSources ? this.bundled : []), ...this.workspaceInputs.values()];
    this.current = Library.fromInputs(inputs, this.settings.includeBundledSources ? bundledCatalogOptions() : {});
    for (const issue of this.current.issues) {
      (issue.severity === 'skipped' ? this.log.warn : this.log.info).call(this.log, `${issue.severity === 'skipped' ? 'Skipped' : 'Note on'} ${issue.file}: ${issue.message}`);
    }
    this.changed.fire(this.current);
    return this.current;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.watchers.forEach((w) => w.dispose());
    this.subscriptions.forEach((s) => s.dispose());
    this.changed.dispose();
  }
}
