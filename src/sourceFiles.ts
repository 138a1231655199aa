import * as vscode from 'vscode';
import { DEFAULT_MAX_SOURCE_BYTES, tooLarge } from './core/decode';
import { WALK_LIMITS } from './fileWalker';
import { FileEntry, SourceRoot } from './libraryProtocol';

/** File watcher events come in bursts (a checkout, a copy): they are sent to the indexer together. */
const UPDATE_DELAY_MS = 150;
const READ_CONCURRENCY = 16;

/** What a load is asked to read: local folders (listed by the indexer) and files read here. */
export interface FoundSources {
  readonly roots: readonly SourceRoot[];
  readonly entries: readonly FileEntry[];
}

/**
 * The workspace's source files, named as the library names them (relative to the workspace) and
 * watched. Local folders are listed and read by the indexer itself, off this thread (ten thousand
 * URIs never cross into the extension host); folders of other schemes are searched with
 * `findFiles` and read here through `vscode.workspace.fs`. Changes are batched into updates.
 */
export class SourceFiles implements vscode.Disposable {
  private watchers: vscode.Disposable[] = [];
  /** Library names of every source; for sources not on a local disk, their URI. */
  private readonly names = new Map<string, vscode.Uri | undefined>();
  private readonly changed = new Map<string, vscode.Uri>();
  private readonly removed = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly onUpdate: (changed: readonly FileEntry[], removed: readonly string[]) => void,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** True for a workspace file that is a source. */
  has(uri: vscode.Uri): boolean {
    return this.names.size > 0 && this.names.has(this.nameOf(uri));
  }

  /** The workspace file of a library file name. */
  uriOf(file: string): vscode.Uri | undefined {
    if (!this.names.has(file)) {
      return undefined;
    }
    const known = this.names.get(file);
    if (known) {
      return known;
    }
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 1) {
      return vscode.Uri.joinPath(folders[0].uri, file);
    }
    const slash = file.indexOf('/');
    const folder = folders.find((f) => f.name === file.slice(0, slash));
    return folder && vscode.Uri.joinPath(folder.uri, file.slice(slash + 1));
  }

  /** The sources the indexer found in the local folders. */
  listed(files: readonly string[]): void {
    for (const f of files) {
      if (!this.names.has(f)) {
        this.names.set(f, undefined);
      }
    }
  }

  /** Watches the sources matching the globs; says where to find them. Undefined when cancelled on the way. */
  async find(globs: readonly string[], cancelled: () => boolean): Promise<FoundSources | undefined> {
    this.watchers.forEach((w) => w.dispose());
    this.watchers = [];
    this.names.clear();
    this.changed.clear();
    this.removed.clear();
    clearTimeout(this.timer);
    const folders = vscode.workspace.workspaceFolders ?? [];
    const roots: SourceRoot[] = [];
    const remote: vscode.Uri[] = [];
    for (const folder of folders) {
      for (const glob of globs) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        watcher.onDidCreate((uri) => this.onChanged(uri));
        watcher.onDidChange((uri) => this.onChanged(uri));
        watcher.onDidDelete((uri) => this.onDeleted(uri));
        this.watchers.push(watcher);
      }
      if (folder.uri.scheme === 'file') {
        roots.push({ path: folder.uri.fsPath, prefix: folders.length > 1 ? `${folder.name}/` : '', globs });
        continue;
      }
      for (const glob of globs) {
        // The same bound as a local walk: a huge remote folder is not listed without end.
        const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), '**/node_modules/**', WALK_LIMITS.maxFiles + 1);
        if (found.length > WALK_LIMITS.maxFiles) {
          this.log.warn(`Stopped listing ${glob} in ${folder.name}: more than ${WALK_LIMITS.maxFiles.toLocaleString('en')} files; narrow verbatim.sources`);
        }
        remote.push(...found.slice(0, WALK_LIMITS.maxFiles));
        if (cancelled()) {
          return undefined;
        }
      }
    }
    return { roots, entries: await this.read(remote) };
  }

  private nameOf(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  }

  private onChanged(uri: vscode.Uri): void {
    const name = this.nameOf(uri);
    this.names.set(name, uri.scheme === 'file' ? undefined : uri);
    this.removed.delete(name);
    this.changed.set(name, uri);
    this.schedule();
  }

  // A deleted folder may come as one event: every source below it goes.
  private onDeleted(uri: vscode.Uri): void {
    const name = this.nameOf(uri);
    const below = `${name}/`;
    for (const known of this.names.keys()) {
      if (known === name || known.startsWith(below)) {
        this.changed.delete(known);
        this.removed.add(known);
      }
    }
    this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), UPDATE_DELAY_MS);
  }

  private async flush(): Promise<void> {
    const removed = [...this.removed];
    const changed = [...this.changed];
    this.removed.clear();
    this.changed.clear();
    removed.forEach((name) => this.names.delete(name));
    const entries: FileEntry[] = changed.filter(([, u]) => u.scheme === 'file').map(([file, u]) => ({ file, path: u.fsPath }));
    entries.push(...(await this.read(changed.filter(([, u]) => u.scheme !== 'file').map(([, u]) => u))));
    if (entries.length > 0 || removed.length > 0) {
      this.onUpdate(entries, removed);
    }
  }

  private async read(uris: readonly vscode.Uri[]): Promise<FileEntry[]> {
    const entries: FileEntry[] = [];
    for (let i = 0; i < uris.length; i += READ_CONCURRENCY) {
      const chunk = uris.slice(i, i + READ_CONCURRENCY);
      const reads = await Promise.all(chunk.map((u) => readRemote(u).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))))));
      chunk.forEach((uri, k) => {
        const file = this.nameOf(uri);
        this.names.set(file, uri);
        const r = reads[k];
        if (r instanceof Error) {
          this.log.warn(`Skipped ${file}: ${r.message}`);
        } else {
          entries.push({ file, bytes: r });
        }
      });
    }
    return entries;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.watchers.forEach((w) => w.dispose());
  }
}

// A source on another file system, read as a local one is: only a file, and only when small enough (from its stat).
async function readRemote(uri: vscode.Uri): Promise<Uint8Array | Error> {
  const stat = await vscode.workspace.fs.stat(uri);
  if (!(stat.type & vscode.FileType.File)) {
    return new Error('not a regular file');
  }
  if (stat.size > DEFAULT_MAX_SOURCE_BYTES) {
    return new Error(tooLarge(stat.size, DEFAULT_MAX_SOURCE_BYTES));
  }
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch (e) {
    return new Error(`cannot be read (${e instanceof Error ? e.message : String(e)})`);
  }
}
