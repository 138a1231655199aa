// What the language server needs from the library, whatever runs it: a Node process (a worker
// thread indexes the sources, see nodeLibrary.ts) or, later, a web worker.
import type { Settings } from '../core/editor/settings';
import type { Library } from '../core/library';
import type { Source } from '../core/source';
import type { LibraryStatus } from './protocol';

/** A workspace folder as the client names it. */
export interface Folder {
  readonly uri: string;
  readonly name: string;
}

/** A file the client saw created, changed or deleted. */
export interface FileChange {
  readonly uri: string;
  readonly type: 'created' | 'changed' | 'deleted';
}

/** The library of the server's workspace, loaded off the event loop and kept current. */
export interface LibraryHost {
  /** The library as it is now: while loading, the part loaded so far. */
  readonly library: Library;
  /** Where the library stands now. */
  readonly status: LibraryStatus;
  /** Calls `listener` after every swap of the library (partial or final). */
  onDidChange(listener: (library: Library) => void): void;
  /** Calls `listener` when the status changes (a load starts, goes on or ends, an update is applied). */
  onDidChangeStatus(listener: (status: LibraryStatus) => void): void;
  /** Loads the library of these folders with these settings; resolves with it once final. */
  load(folders: readonly Folder[], settings: Settings): Promise<Library>;
  /** Takes in files the client saw change (only sources matter). */
  filesChanged(changes: readonly FileChange[]): void;
  /** True for a document that is a source of the library (never checked as a draft). */
  isSource(uri: string): boolean;
  /** True for a bundled article (not one of the workspace's files). */
  isBundled(source: Source): boolean;
  /** The URI under which the client can open a source. */
  uriOf(source: Source): string;
  /** Resolves once the current load has finished. */
  ready(): Promise<Library>;
  dispose(): void;
}
