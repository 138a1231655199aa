import { Catalog } from './catalog';
import { decodeSource, DEFAULT_MAX_SOURCE_BYTES } from './decode';
import { formatDate } from './dates';
import { generateKey } from './metadata';
import { buildSource, Source, SourceDraft } from './source';
import { normalizedWords } from './tokens';
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
  /** Metadata for files by name, e.g. the bundled seeds' catalog. */
  readonly catalog?: Catalog;
  /** Name to report catalog problems under. */
  readonly catalogFile?: string;
  readonly maxSourceBytes?: number;
}

/** The host's way of reading files, so the core never touches a file system itself. */
export interface FileReader {
  readFile(path: string): Promise<Uint8Array>;
}

/**
 * The indexed collection of source articles. Files that cannot be sources are skipped with an issue
 * naming the file; the rest always loads.
 */
export class Library {
  readonly index: WordIndex;
  private readonly byKey: ReadonlyMap<string, Source>;
  private titles: ReadonlySet<string> | undefined;

  private constructor(
    readonly sources: readonly Source[],
    readonly issues: readonly LibraryIssue[],
  ) {
    this.index = new WordIndex(sources);
    this.byKey = new Map(sources.map((s) => [s.meta.key, s]));
  }

  /** Builds a library from file contents. Never throws for bad input. */
  static fromInputs(inputs: readonly SourceInput[], options: LibraryOptions = {}): Library {
    const issues: LibraryIssue[] = [];
    for (const problem of options.catalog?.problems ?? []) {
      issues.push({ file: options.catalogFile ?? 'catalog.json', severity: 'warning', message: problem });
    }
    const drafts: SourceDraft[] = [];
    const sorted = [...inputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    for (const input of sorted) {
      const decoded = decodeSource(input.bytes, options.maxSourceBytes ?? DEFAULT_MAX_SOURCE_BYTES);
      if (!decoded.ok) {
        issues.push({ file: input.file, severity: 'skipped', message: decoded.reason });
        continue;
      }
      const name = input.file.split(/[\\/]/).pop() ?? input.file;
      const draft = buildSource(input.file, decoded.text, options.catalog?.entries.get(name));
      if (draft.tokens.length === 0) {
        issues.push({ file: input.file, severity: 'skipped', message: 'no article text (only page furniture or front matter)' });
        continue;
      }
      for (const w of draft.warnings) {
        issues.push({ file: input.file, severity: 'warning', message: w });
      }
      drafts.push(draft);
    }
    return new Library(settleKeys(drafts, issues), issues);
  }

  /** Reads the named files through the host's reader and builds a library; unreadable files are skipped. */
  static async load(files: readonly string[], reader: FileReader, options: LibraryOptions = {}): Promise<Library> {
    const inputs: SourceInput[] = [];
    const unreadable: LibraryIssue[] = [];
    for (const file of files) {
      try {
        inputs.push({ file, bytes: await reader.readFile(file) });
      } catch (e) {
        unreadable.push({ file, severity: 'skipped', message: `cannot be read: ${e instanceof Error ? e.message : String(e)}` });
      }
    }
    const library = Library.fromInputs(inputs, options);
    return unreadable.length === 0 ? library : new Library(library.sources, [...unreadable, ...library.issues]);
  }

  /** The sources' titles as normalised words (for telling a cited title from a quotation), built once. */
  get titleWords(): ReadonlySet<string> {
    this.titles ??= new Set(this.sources.flatMap((s) => (s.meta.title ? [normalizedWords(s.meta.title)] : [])));
    return this.titles;
  }

  /** The source with this citation key. */
  get(key: string): Source | undefined {
    return this.byKey.get(key);
  }

  /** A short human label for a source: its title, else its outlet, else its key. */
  static label(source: Source): string {
    return source.meta.title ?? source.meta.outlet ?? source.meta.key;
  }

  /** "Outlet, 7 April 2025" style description, with what is known. */
  static describe(source: Source): string {
    const parts = [source.meta.outlet, source.meta.date ? formatDate(source.meta.date) : null].filter((p) => p);
    return parts.length > 0 ? parts.join(', ') : source.meta.key;
  }
}

// Explicit keys (catalog, front matter) are claimed first; generated keys take what is left, adding
// -2, -3 in file order, so a key only changes when its own file or an earlier clash changes.
function settleKeys(drafts: readonly SourceDraft[], issues: LibraryIssue[]): Source[] {
  const taken = new Set<string>();
  const keys = new Map<SourceDraft, string>();
  for (const d of drafts) {
    if (d.metaDraft.key === null) {
      continue;
    }
    if (taken.has(d.metaDraft.key)) {
      issues.push({ file: d.file, severity: 'warning', message: `citation key "${d.metaDraft.key}" is already used by another source; a new key was made` });
      continue;
    }
    taken.add(d.metaDraft.key);
    keys.set(d, d.metaDraft.key);
  }
  for (const d of drafts) {
    if (keys.has(d)) {
      continue;
    }
    const base = generateKey(d.metaDraft, d.file.split(/[\\/]/).pop() ?? d.file);
    let key = base;
    for (let n = 2; taken.has(key); n++) {
      key = `${base}-${n}`;
    }
    taken.add(key);
    keys.set(d, key);
  }
  return drafts.map((d) => {
    const { metaDraft, warnings: _warnings, ...rest } = d;
    return { ...rest, meta: { ...metaDraft, key: keys.get(d) as string } };
  });
}
