import { contentHash } from './contentHash';
import { DEFAULT_MAX_SOURCE_BYTES } from './decode';
import type { LibraryIssue, LibraryOptions, LibraryParts, SourceInput } from './libraryTypes';
import { buildRecord, FileRecord } from './sourceRecord';
import { Vocabulary } from './vocabulary';

/**
 * Collects files' records, one file at a time, for a library to be assembled from. Started from an
 * existing library's records, it keeps those of files whose content hash is unchanged, so re-adding
 * them costs only the hash.
 */
export class RecordCollection {
  private readonly records = new Map<string, FileRecord>();
  private readonly vocabulary: Vocabulary;

  constructor(
    private readonly options: LibraryOptions = {},
    base?: { readonly vocabulary: Vocabulary; readonly records: readonly FileRecord[] },
  ) {
    this.vocabulary = base?.vocabulary ?? new Vocabulary();
    for (const r of base?.records ?? []) {
      this.records.set(r.file, r);
    }
  }

  /** Adds a file, or replaces the file of the same name; a file with unchanged bytes keeps its record. */
  add(input: SourceInput): void {
    const hash = contentHash(input.bytes);
    if (this.records.get(input.file)?.hash === hash) {
      return;
    }
    this.records.set(input.file, buildRecord(input.file, input.bytes, this.vocabulary, this.options.maxSourceBytes ?? DEFAULT_MAX_SOURCE_BYTES, hash));
  }

  /** Removes a file (nothing happens if it is not there). */
  remove(file: string): void {
    this.records.delete(file);
  }

  /** Number of files added (skipped ones included). */
  get size(): number {
    return this.records.size;
  }

  /** The parts of the library of the files added so far. */
  parts(extraIssues: readonly LibraryIssue[] = []): LibraryParts {
    return { records: [...this.records.values()], options: this.options, vocabulary: this.vocabulary, extraIssues };
  }
}
