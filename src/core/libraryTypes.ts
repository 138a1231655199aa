import { Catalog } from './catalog';
import { MetaDraft } from './metadata';
import { FileRecord } from './sourceRecord';
import { Vocabulary } from './vocabulary';
import { WordIndex } from './wordIndex';

/** A file offered to the library: its path as the host names it, and its bytes. */
export interface SourceInput {
  readonly file: string;
  readonly bytes: Uint8Array;
}

/** Something the user should know about a file of the library. */
export interface LibraryIssue {
  readonly file: string;
  /** `skipped`: the file is not in the library; `warning`: it is, but something was off. */
  readonly severity: 'skipped' | 'warning';
  readonly message: string;
}

/** Options for building a library. */
export interface LibraryOptions {
  /** Metadata for files by library name (`seeds/a.txt`), or by file name alone (`a.txt`). */
  readonly catalog?: Catalog;
  /** Name to report catalog problems under. */
  readonly catalogFile?: string;
  readonly maxSourceBytes?: number;
}

/** The host's way of reading files, so the core never touches a file system itself. */
export interface FileReader {
  readFile(path: string): Promise<Uint8Array>;
}

/** The parts a library is assembled from (see the library builder and the library store). */
export interface LibraryParts {
  readonly records: readonly FileRecord[];
  readonly options: LibraryOptions;
  readonly vocabulary: Vocabulary;
  /** Issues about files that are not among the records (e.g. unreadable ones), listed first. */
  readonly extraIssues?: readonly LibraryIssue[];
  /** The settled metadata of the source records, in order, when already known (skips settling). */
  readonly metas?: readonly MetaDraft[];
  /** A ready index of the source records (skips indexing). */
  readonly index?: WordIndex;
  /** The library's issues, when already known (with `metas`: a library read back from a store). */
  readonly issues?: readonly LibraryIssue[];
}
