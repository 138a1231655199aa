import { formatDate } from './dates';
import type { FileReader, LibraryIssue, LibraryOptions, LibraryParts, SourceInput } from './libraryTypes';
import { generateKey, MetaDraft } from './metadata';
import { RecordCollection } from './recordCollection';
import { Source } from './source';
import { FileRecord, recordMeta, SourceRecord } from './sourceRecord';
import { normalizedWords } from './tokens';
import { Vocabulary } from './vocabulary';
import { WordIndex } from './wordIndex';

export type { FileReader, LibraryIssue, LibraryOptions, LibraryParts, SourceInput } from './libraryTypes';

/**
 * The indexed collection of source articles. Files that cannot be sources are skipped with an issue
 * naming the file; the rest always loads.
 */
export class Library {
  readonly sources: readonly Source[];
  readonly issues: readonly LibraryIssue[];
  readonly index: WordIndex;
  readonly vocabulary: Vocabulary;
  readonly options: LibraryOptions;
  /** Every file's record (sources and skipped files), sorted by file. */
  readonly records: readonly FileRecord[];
  /** Issues about files that have no record (unreadable ones). */
  readonly extraIssues: readonly LibraryIssue[];
  private readonly byKey: ReadonlyMap<string, number>;
  private titles: ReadonlySet<string> | undefined;

  /** Assembles a library from per-file records, settling keys and indexing the words. */
  constructor(parts: LibraryParts) {
    this.records = [...parts.records].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    this.options = parts.options;
    this.vocabulary = parts.vocabulary;
    this.extraIssues = parts.extraIssues ?? [];
    const issues: LibraryIssue[] = [...this.extraIssues];
    for (const problem of parts.options.catalog?.problems ?? []) {
      issues.push({ file: parts.options.catalogFile ?? 'catalog.json', severity: 'warning', message: problem });
    }
    const kept: SourceRecord[] = [];
    for (const r of this.records) {
      if (r.kind === 'skipped') {
        issues.push({ file: r.file, severity: 'skipped', message: r.reason });
        continue;
      }
      for (const w of r.warnings) {
        issues.push({ file: r.file, severity: 'warning', message: w });
      }
      kept.push(r);
    }
    const catalog = parts.options.catalog?.entries;
    const metas = parts.metas ?? settleKeys(kept.map((r) => ({ file: r.file, meta: recordMeta(r, catalog?.get(r.file) ?? catalog?.get(baseName(r.file))) })), issues);
    this.sources = kept.map((r, i) => new Source({ ...metas[i], key: metas[i].key as string }, r, this.vocabulary));
    this.issues = parts.metas && parts.issues ? parts.issues : issues;
    this.index = parts.index ?? WordIndex.build(this.vocabulary, kept.map((r) => r.words));
    this.byKey = new Map(this.sources.map((s, i) => [s.meta.key, i]));
  }

  /** Builds a library from file contents. Never throws for bad input. */
  static fromInputs(inputs: readonly SourceInput[], options: LibraryOptions = {}): Library {
    const builder = new RecordCollection(options);
    for (const input of inputs) {
      builder.add(input);
    }
    return new Library(builder.parts());
  }

  /** Reads the named files through the host's reader and builds a library; unreadable files are skipped. */
  static async load(files: readonly string[], reader: FileReader, options: LibraryOptions = {}): Promise<Library> {
    const builder = new RecordCollection(options);
    const unreadable: LibraryIssue[] = [];
    // Reads run ahead (bounded, so memory stays small) while earlier files are built, in file order,
    // so the host's I/O overlaps the CPU work instead of waiting file by file.
    const reads: Promise<Uint8Array | Error>[] = [];
    const start = (i: number) => {
      if (i < files.length) {
        reads[i] = reader.readFile(files[i]).then(
          (bytes) => bytes,
          (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
        );
      }
    };
    for (let i = 0; i < READ_AHEAD; i++) {
      start(i);
    }
    for (let i = 0; i < files.length; i++) {
      const got = await reads[i];
      delete reads[i];
      start(i + READ_AHEAD);
      if (got instanceof Error) {
        unreadable.push({ file: files[i], severity: 'skipped', message: `cannot be read: ${got.message}` });
      } else {
        builder.add({ file: files[i], bytes: got });
      }
    }
    return new Library(builder.parts(unreadable));
  }

  /**
   * A library with some files changed, added or removed: unchanged files keep their records (no
   * decoding or tokenising again); keys, issues and the index are derived afresh, so the result
   * equals a fresh build of the same files.
   */
  update(changed: readonly SourceInput[], removed: readonly string[] = []): Library {
    const builder = new RecordCollection(this.options, this);
    for (const file of removed) {
      builder.remove(file);
    }
    for (const input of changed) {
      builder.add(input);
    }
    const touched = new Set([...removed, ...changed.map((c) => c.file)]);
    return new Library(builder.parts(this.extraIssues.filter((i) => !touched.has(i.file))));
  }

  /** The sources' titles as normalised words (for telling a cited title from a quotation), built once. */
  get titleWords(): ReadonlySet<string> {
    this.titles ??= new Set(this.sources.flatMap((s) => (s.meta.title ? [normalizedWords(s.meta.title)] : [])));
    return this.titles;
  }

  /** The source with this citation key. */
  get(key: string): Source | undefined {
    const i = this.byKey.get(key);
    return i === undefined ? undefined : this.sources[i];
  }

  /** The index in `sources` of the source with this key, or -1. */
  indexOf(key: string): number {
    return this.byKey.get(key) ?? -1;
  }

  /** Content hash of every file with a record (sources and skipped files), by file. */
  fileHashes(): Map<string, string> {
    return new Map(this.records.map((r) => [r.file, r.hash]));
  }

  /**
   * A short human name for a source: its title, else the start of its first sentence
   * ("Ukrainian forces have advanced three to four kilometers…"), else its outlet, else its key.
   */
  static label(source: Source): string {
    if (source.meta.title) {
      return source.meta.title;
    }
    let label = labels.get(source);
    if (label === undefined) {
      label = sentenceStart(source) ?? source.meta.outlet ?? source.meta.key;
      labels.set(source, label);
    }
    return label;
  }

  /** "Outlet, 7 April 2025" style description, with what is known. */
  static describe(source: Source): string {
    const parts = [source.meta.outlet, source.meta.date ? formatDate(source.meta.date) : null].filter((p) => p);
    return parts.length > 0 ? parts.join(', ') : source.meta.key;
  }
}

// Files being read ahead of the one being built.
const READ_AHEAD = 16;

// A name made from the first sentence is at most this long.
const LABEL_CHARS = 60;
const labels = new WeakMap<Source, string>();

// The first sentence of the article, cut at a word break to LABEL_CHARS with "…"; read from the
// record's offsets, since a library of thousands is sorted by label.
function sentenceStart(source: Source): string | undefined {
  const offsets = source.record.sentences;
  if (offsets.length < 2) {
    return undefined;
  }
  const sentence = source.text.slice(offsets[0], offsets[1]).replace(/\s+/g, ' ').trim().replace(/^#+\s*/, '');
  if (sentence.length <= LABEL_CHARS) {
    return sentence.replace(/[.:;,]$/, '') || undefined;
  }
  const cut = sentence.slice(0, LABEL_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > LABEL_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:–—-]+$/, '')}…`;
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

// Explicit keys (catalog, front matter) are claimed first; generated keys take what is left, adding
// -2, -3 in file order, so a key only changes when its own file or an earlier clash changes.
function settleKeys(drafts: readonly { file: string; meta: MetaDraft }[], issues: LibraryIssue[]): MetaDraft[] {
  const taken = new Set<string>();
  const keys: (string | undefined)[] = drafts.map(() => undefined);
  drafts.forEach((d, i) => {
    if (d.meta.key === null) {
      return;
    }
    if (taken.has(d.meta.key)) {
      issues.push({ file: d.file, severity: 'warning', message: `citation key "${d.meta.key}" is already used by another source; a new key was made` });
      return;
    }
    taken.add(d.meta.key);
    keys[i] = d.meta.key;
  });
  drafts.forEach((d, i) => {
    if (keys[i] !== undefined) {
      return;
    }
    const base = generateKey(d.meta, baseName(d.file));
    let key = base;
    for (let n = 2; taken.has(key); n++) {
      key = `${base}-${n}`;
    }
    taken.add(key);
    keys[i] = key;
  });
  return drafts.map((d, i) => ({ ...d.meta, key: keys[i] as string }));
}
