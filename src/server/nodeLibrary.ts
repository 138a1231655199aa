import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { URI } from 'vscode-uri';
import { bundledSeedInputs } from '../bundledSeeds';
import type { Settings } from '../core/editor/settings';
import type { Library } from '../core/library';
import type { Source } from '../core/source';
import type { FileEntry, SourceRoot } from '../libraryProtocol';
import { describeLoad, LibrarySession, loadSentence, storeFileFor } from '../librarySession';
import { bundledSourcePaths } from '../seedLibrary';
import type { FileChange, Folder, LibraryHost } from './libraryHost';
import type { InitializationOptions, LibraryStatus } from './protocol';
import type { Log } from './serverContext';

/** File watcher events come in bursts (a checkout, a copy): they are sent to the indexer together. */
const UPDATE_DELAY_MS = 150;

/**
 * The library of a language server in a Node process: local workspace folders are listed, read
 * and indexed in a worker thread (dist/libraryWorker.js beside the server; where none can start,
 * on this thread in short slices), the index is stored in a cache folder, and files the client
 * reports changed are read again on their own. Bundled articles are opened through the client's
 * own scheme where it has one (VS Code), else from read-only copies in the cache folder.
 */
export class NodeLibrary implements LibraryHost {
  private readonly session: LibrarySession;
  private folders: readonly Folder[] = [];
  private settings: Settings | undefined;
  /** Library names of the workspace's source files. */
  private readonly names = new Set<string>();
  private matches: (relative: string) => boolean = () => false;
  private readonly changed = new Map<string, string>();
  private readonly removed = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private current: LibraryStatus = { state: 'loading', done: 0, total: 0, sources: 0 };
  private readonly statusListeners: ((status: LibraryStatus) => void)[] = [];
  private readonly changeListeners: ((library: Library) => void)[] = [];
  private readonly storageDir: string;
  private readonly bundledCopies = new Map<string, string>();

  constructor(
    private readonly options: InitializationOptions,
    private readonly log: Log,
    workerPath: string | undefined = defaultWorkerPath(),
  ) {
    this.storageDir = options.storagePath ?? path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'verbatim');
    this.session = new LibrarySession(workerPath, {
      changed: (library) => this.changeListeners.forEach((l) => l(library)),
      swapped: () => undefined,
      loaded: (report, library) => {
        const own = library.sources.filter((s) => this.names.has(s.file)).length;
        const message = loadSentence(library.sources.length, own, this.settings ?? { sources: [], includeBundledSources: true }, report.ms);
        this.log('info', message);
        this.log('debug', describeLoad(report, this.settings?.includeBundledSources ?? true, "server's thread"));
        this.setStatus({ state: 'ready', done: report.stats.filesRead, total: report.stats.filesRead, sources: library.sources.length, message, indexer: report.mode });
      },
      updated: (_stats, library) => this.setStatus({ ...this.current, sources: library.sources.length }),
      stored: () => undefined,
      progress: (done, total) => this.setStatus({ state: 'loading', done, total, sources: this.session.library.sources.length }),
      files: (files) => files.forEach((f) => this.names.add(f)),
      log: (level, message) => this.log(level, message),
    });
  }

  get library(): Library {
    return this.session.library;
  }

  get status(): LibraryStatus {
    return this.current;
  }

  onDidChange(listener: (library: Library) => void): void {
    this.changeListeners.push(listener);
  }

  onDidChangeStatus(listener: (status: LibraryStatus) => void): void {
    this.statusListeners.push(listener);
  }

  load(folders: readonly Folder[], settings: Settings): Promise<Library> {
    this.folders = folders;
    this.settings = settings;
    this.names.clear();
    this.changed.clear();
    this.removed.clear();
    clearTimeout(this.timer);
    this.matches = picomatch([...settings.sources], { dot: true });
    this.setStatus({ state: 'loading', done: 0, total: 0, sources: this.session.library.sources.length });
    const local = folders.filter((f) => URI.parse(f.uri).scheme === 'file');
    folders.filter((f) => !local.includes(f)).forEach((f) => this.log('warn', `Sources in ${f.uri} are not read: only folders on this machine are`));
    const roots: SourceRoot[] = local.map((f) => ({ path: URI.parse(f.uri).fsPath, prefix: folders.length > 1 ? `${f.name}/` : '', globs: settings.sources }));
    const storePath = local.length > 0 ? storeFileFor(path.join(this.storageDir), local.map((f) => f.uri)) : undefined;
    return this.session.reload({ find: async () => ({ roots, entries: [] }), includeBundled: settings.includeBundledSources, storePath });
  }

  filesChanged(changes: readonly FileChange[]): void {
    for (const change of changes) {
      const name = this.nameOf(change.uri);
      if (name === undefined) {
        continue;
      }
      if (change.type === 'deleted') {
        // A deleted folder may come as one event: every source below it goes.
        for (const known of this.names) {
          if (known === name || known.startsWith(`${name}/`)) {
            this.changed.delete(known);
            this.removed.add(known);
          }
        }
      } else if (this.matches(this.relative(name))) {
        this.removed.delete(name);
        this.changed.set(name, URI.parse(change.uri).fsPath);
      }
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), UPDATE_DELAY_MS);
  }

  isSource(uri: string): boolean {
    const parsed = URI.parse(uri);
    if (this.options.bundledScheme && parsed.scheme === this.options.bundledScheme) {
      return true;
    }
    if (parsed.scheme === 'file' && [...this.bundledCopies.values()].includes(parsed.fsPath)) {
      return true;
    }
    const name = this.nameOf(uri);
    return name !== undefined && this.names.has(name);
  }

  isBundled(source: Source): boolean {
    return !this.names.has(source.file);
  }

  uriOf(source: Source): string {
    if (this.names.has(source.file)) {
      const folder = this.folders.length === 1 ? this.folders[0] : this.folders.find((f) => source.file.startsWith(`${f.name}/`));
      if (folder) {
        const relative = this.folders.length === 1 ? source.file : source.file.slice(folder.name.length + 1);
        return URI.file(path.join(URI.parse(folder.uri).fsPath, relative)).toString();
      }
    }
    const documentPath = bundledSourcePaths().get(source.file) ?? `/${source.file}`;
    if (this.options.bundledScheme) {
      return URI.from({ scheme: this.options.bundledScheme, path: documentPath }).toString();
    }
    return URI.file(this.bundledCopy(source.file, documentPath)).toString();
  }

  ready(): Promise<Library> {
    return this.session.ready();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.session.dispose();
  }

  private flush(): void {
    const removed = [...this.removed];
    const changed: FileEntry[] = [...this.changed].map(([file, p]) => ({ file, path: p }));
    this.removed.clear();
    this.changed.clear();
    removed.forEach((name) => this.names.delete(name));
    changed.forEach((e) => this.names.add(e.file));
    if (changed.length > 0 || removed.length > 0) {
      this.session.update(changed, removed);
    }
  }

  // The library name of a file of a workspace folder (`folder/…` in a multi-root workspace).
  private nameOf(uri: string): string | undefined {
    const parsed = URI.parse(uri);
    if (parsed.scheme !== 'file') {
      return undefined;
    }
    for (const folder of this.folders) {
      const root = URI.parse(folder.uri).fsPath;
      const relative = path.relative(root, parsed.fsPath);
      if (relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)) {
        const name = relative.split(path.sep).join('/');
        return this.folders.length > 1 ? `${folder.name}/${name}` : name;
      }
    }
    return undefined;
  }

  private relative(name: string): string {
    return this.folders.length > 1 ? name.slice(name.indexOf('/') + 1) : name;
  }

  // A read-only copy of a bundled article for editors that open sources as files (the article's
  // bytes, named after its title); written once, in the cache folder, never among the user's files.
  private bundledCopy(file: string, documentPath: string): string {
    const known = this.bundledCopies.get(file);
    if (known) {
      return known;
    }
    const target = path.join(this.storageDir, 'bundled', documentPath);
    const input = bundledSeedInputs().find((s) => s.file === file);
    try {
      if (input && !sameBytes(target, input.bytes)) {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        const temp = `${target}.${process.pid}.tmp`;
        fs.writeFileSync(temp, input.bytes, { mode: 0o444 });
        fs.renameSync(temp, target);
      }
    } catch (e) {
      this.log('warn', `Could not write the bundled article ${path.basename(target)} to ${path.dirname(target)}: ${e instanceof Error ? e.message : String(e)}`);
    }
    this.bundledCopies.set(file, target);
    return target;
  }

  private setStatus(status: LibraryStatus): void {
    this.current = status;
    this.statusListeners.forEach((l) => l(status));
  }
}

function sameBytes(file: string, bytes: Uint8Array): boolean {
  try {
    return Buffer.compare(fs.readFileSync(file), bytes) === 0;
  } catch {
    return false;
  }
}

// dist/libraryWorker.js beside this bundle (dist/server.js or dist/cli.js); none when it is missing.
function defaultWorkerPath(): string | undefined {
  const candidate = path.join(__dirname, 'libraryWorker.js');
  return fs.existsSync(candidate) ? candidate : undefined;
}
