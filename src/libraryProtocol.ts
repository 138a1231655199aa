import { bundledCatalogOptions } from './bundledSeeds';
import { Library, LibraryIssue, LibraryOptions } from './core/library';
import { SourceMeta } from './core/metadata';
import { WordIndexArrays } from './core/wordIndex';

// The messages between the extension host and the library indexer (a worker thread, or the same
// thread when no worker can start). Only plain data crosses: the worker sends each file's record
// once, then small commits that name the library to assemble from the records sent so far.

/** A source file to index: its name in the library and where its bytes are. */
export interface FileEntry {
  readonly file: string;
  /** A local file system path the indexer reads itself (for `file:` URIs). */
  readonly path?: string;
  /** The bytes, already read by the extension host (for other URI schemes). */
  readonly bytes?: Uint8Array;
}

/** A local workspace folder whose sources the indexer lists itself (no file list crosses threads). */
export interface SourceRoot {
  /** The folder's file system path. */
  readonly path: string;
  /** Put before each file's path relative to the folder to make its library name (`folder/` in a multi-root workspace). */
  readonly prefix: string;
  /** Globs relative to the folder (`verbatim.sources`). */
  readonly globs: readonly string[];
}

/** Finds the library of these files: from memory, from the stored index, or by reading them. */
export interface LoadRequest {
  readonly type: 'load';
  readonly id: number;
  readonly roots: readonly SourceRoot[];
  /** Files besides those of the roots (read by the extension host: not on a local disk). */
  readonly files: readonly FileEntry[];
  readonly includeBundled: boolean;
  /** File of the persisted index (none: nothing is persisted). */
  readonly storePath?: string;
  /** Send partial libraries while many files are indexed. */
  readonly partials: boolean;
}

/** Files changed, added or removed since the last load (from the file watchers). */
export interface UpdateRequest {
  readonly type: 'update';
  readonly id: number;
  readonly changed: readonly FileEntry[];
  readonly removed: readonly string[];
}

export type IndexerRequest = LoadRequest | UpdateRequest | { readonly type: 'resync' };

/** What happened to the stored index on a load. */
export type StoreUse = 'used' | 'missing' | 'ignored' | 'memory' | 'off';

/** What a load or update did, for the log and for tests. */
export interface IndexStats {
  readonly kind: 'load' | 'update';
  readonly store: StoreUse;
  /** Files whose bytes were read (by the indexer, or by the extension host and handed over). */
  readonly filesRead: number;
  /** Files kept from the stored or in-memory index without reading them (size and time unchanged). */
  readonly filesReused: number;
  /** Files whose record was built afresh (new or changed content). */
  readonly filesIndexed: number;
  readonly filesRemoved: number;
  /** Partial libraries sent before the final one. */
  readonly partials: number;
  readonly sources: number;
  /** Time the indexer spent, from request to final library. */
  readonly indexerMs: number;
}

/** A file's record with its typed arrays moved into a shared buffer (see libraryWire.ts). */
export interface WireRecord {
  readonly fields: Record<string, unknown>;
  readonly arrays: Record<string, { readonly type: string; readonly at: number; readonly length: number }>;
}

/** Assembles the library: records sent earlier, minus `removed`, with these words, keys and index. */
export interface Commit {
  readonly type: 'commit';
  readonly id: number;
  readonly final: boolean;
  readonly removed: readonly string[];
  /** Vocabulary words added since the last commit, in id order. */
  readonly words: readonly string[];
  readonly wordTotal: number;
  readonly recordTotal: number;
  readonly sourceTotal: number;
  readonly index: WordIndexArrays;
  /** Metadata of the sources whose metadata (or key) changed since the last commit, by file. */
  readonly metas: readonly (readonly [string, SourceMeta])[];
  readonly issues: readonly LibraryIssue[];
  readonly extraIssues: readonly LibraryIssue[];
  readonly includeBundled: boolean;
  readonly stats?: IndexStats;
}

export type IndexerReply =
  /** The worker is listening (requests sent before are held until then). */
  | { readonly type: 'ready' }
  /** Forget the records and words sent so far (the indexer started a new vocabulary). */
  | { readonly type: 'reset' }
  | { readonly type: 'records'; readonly records: readonly WireRecord[]; readonly buffer: ArrayBuffer }
  | Commit
  /** The library of the last commit again (nothing changed). */
  | { readonly type: 'same'; readonly id: number; readonly final: boolean; readonly stats?: IndexStats }
  /** The same thread: the library itself, no copy. */
  | { readonly type: 'library'; readonly id: number; readonly final: boolean; readonly library: Library; readonly stats?: IndexStats }
  | { readonly type: 'progress'; readonly id: number; readonly done: number; readonly total: number }
  /** The library names of every source file a load found (before it reads them). */
  | { readonly type: 'files'; readonly id: number; readonly files: readonly string[] }
  /** The index was persisted. */
  | { readonly type: 'stored'; readonly sources: number; readonly bytes: number; readonly ms: number }
  | { readonly type: 'log'; readonly level: 'info' | 'warn' | 'error'; readonly message: string }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

/** Hands a reply to the other side, moving the listed buffers instead of copying them. */
export type Post = (reply: IndexerReply, transfer?: ArrayBuffer[]) => void;

let bundledOptions: LibraryOptions | undefined;

/** The options of a library with or without the bundled seeds (their catalog). */
export function libraryOptions(includeBundled: boolean): LibraryOptions {
  if (!includeBundled) {
    return {};
  }
  bundledOptions ??= bundledCatalogOptions();
  return bundledOptions;
}
