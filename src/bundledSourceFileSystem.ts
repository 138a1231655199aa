import * as vscode from 'vscode';
import { SourceInput } from './core/library';

/**
 * Serves the bundled seed articles as a read-only file system, so they open in editors marked
 * read-only and no edit can ever be saved into the installed extension.
 */
export class BundledSourceFileSystem implements vscode.FileSystemProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;

  /** `paths`: the document path of each input, by its file (see bundledSourcePaths). */
  constructor(
    private readonly inputs: readonly SourceInput[],
    private readonly paths: ReadonlyMap<string, string>,
  ) {}

  private find(uri: vscode.Uri): SourceInput {
    const input = this.inputs.find((b) => (this.paths.get(b.file) ?? `/${b.file}`) === uri.path);
    if (!input) {
      throw vscode.FileSystemError.FileNotFound(uri);
    }
    return input;
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    if (uri.path === '/') {
      return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0, permissions: vscode.FilePermission.Readonly };
    }
    return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: this.find(uri).bytes.length, permissions: vscode.FilePermission.Readonly };
  }

  readDirectory(): [string, vscode.FileType][] {
    return this.inputs.map((i) => [(this.paths.get(i.file) ?? i.file).split('/').pop() ?? i.file, vscode.FileType.File]);
  }

  readFile(uri: vscode.Uri): Uint8Array {
    return this.find(uri).bytes;
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  createDirectory(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  writeFile(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
}
