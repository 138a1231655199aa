import { bundledSeedInputs, bundledTwin, twinMessage } from './bundledSeeds';
import { contentHash } from './core/contentHash';
import { Library, LibraryIssue, SourceInput } from './core/library';
import { LibraryBuilder } from './core/libraryBuilder';
import { FileStamp, readStore, writeStore } from './indexStore';
import { FileEntry, IndexerRequest, IndexStats, libraryOptions, LoadRequest, Post, StoreUse, UpdateRequest } from './libraryProtocol';
import { RecordSender } from './libraryWire';
import { listRoots, Read, readEntry, readEntrySync, statAsync, statSync } from './sourceReader';

/** Below this many files to index, a load sends no partial libraries (it is over in a moment). */
const PARTIAL_MIN_FILES = 100;
const CHECKPOINTS = [0.25, 0.5, 0.75];
const READ_CONCURRENCY = 16;
const PROGRESS_EVERY_MS = 100;
/** Updates from the file watchers come in bursts: the index is stored once they settle. */
const PERSIST_DELAY_MS = 2000;

/** Where the indexer runs: a worker thread (long slices) or the extension host's own thread (short ones). */
export interface IndexerHost {
  readonly post: Post;
  /** The library itself is posted (same thread), not its records. */
  readonly direct: boolean;
  /** Most milliseconds of reading and indexing between two turns of the event loop. */
  readonly sliceMs: number;
  /** Read files with blocking calls (three times faster; for a worker thread, which nothing waits on). */
  readonly syncReads: boolean;
}

let seeds: SourceInput[] | undefined;

/**
 * Loads and updates the library from source files (Node file system; no editor API), keeping a
 * persisted index current: a load reuses the records of files whose path, size and modification
 * time are unchanged (from memory, else from the store), reads the rest, and sends partial
 * libraries while many files are indexed. Requests run one at a time; a new load cancels a
 * running one at its next slice.
 */
export class LibraryIndexer {
  private library: Library | undefined;
  private stamps = new Map<string, FileStamp>();
  private includeBundled = true;
  private storePath: string | undefined;
  private persisted: Library | undefined;
  private persistTimer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private last: { id: number; stats?: IndexStats } = { id: -1 };
  private queue: Promise<void> = Promise.resolve();
  private readonly sender: RecordSender;

  constructor(private readonly host: IndexerHost) {
    this.sender = new RecordSender(host.post, host.direct);
  }

  /** Queues a request. */
  handle(request: IndexerRequest): void {
    const generation = request.type === 'load' ? ++this.generation : this.generation;
    this.enqueue(async () => {
      if (request.type === 'load') {
        await this.load(request, generation);
      } else if (request.type === 'update') {
        await this.update(request);
      } else if (this.library) {
        this.sender.forget();
        // Answers the last request again, so whatever waits on it is answered even if its reply was lost.
        this.sender.send(this.library, this.last.id, true, this.includeBundled, this.last.stats);
      }
    }, request.type === 'resync' ? -1 : request.id);
  }

  /** Stops the delayed store write (the host is going away). */
  dispose(): void {
    clearTimeout(this.persistTimer);
  }

  private enqueue(work: () => Promise<void>, id: number): void {
    this.queue = this.queue.then(work).catch((e: unknown) => {
      const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
      this.host.post({ type: 'failed', id, message });
    });
  }

  private async load(request: LoadRequest, generation: number): Promise<void> {
    const started = performance.now();
    const cancelled = () => generation !== this.generation;
    let store: StoreUse = this.library ? 'memory' : request.storePath ? 'missing' : 'off';
    // Listing the folders waits on the disk while the stored index is decoded.
    const listing = listRoots(request.roots, this.host.syncReads ? undefined : turn);
    if (!this.library && request.storePath) {
      const read = await readStore(request.storePath);
      if (read.ok) {
        this.library = read.library;
        this.persisted = read.library;
        this.stamps = read.stamps;
        store = 'used';
      } else if (!read.missing) {
        store = 'ignored';
        this.log('warn', `Ignored the stored index ${request.storePath}: ${read.reason}; indexing the sources again`);
      }
    }
    if (request.storePath !== this.storePath) {
      this.persisted = store === 'used' ? this.persisted : undefined;
    }
    this.storePath = request.storePath;
    this.includeBundled = request.includeBundled;
    const listed = await listing;
    const files = dedupe([...request.files, ...listed.entries]);
    if (cancelled()) {
      return;
    }
    this.host.post({ type: 'files', id: request.id, files: files.map((f) => f.file) });
    const base = this.library;
    const baseRecords = new Map((base?.records ?? []).map((r) => [r.file, r]));
    const builder = new LibraryBuilder(libraryOptions(request.includeBundled), base);
    // The stamps go with the library: a load cancelled half-way must leave both as they were.
    const stamps = new Map(this.stamps);
    const bundled = request.includeBundled ? (seeds ??= bundledSeedInputs()) : [];
    const wanted = new Set([...files.map((f) => f.file), ...bundled.map((s) => s.file)]);
    let removed = 0;
    for (const file of baseRecords.keys()) {
      if (!wanted.has(file)) {
        builder.remove(file);
        stamps.delete(file);
        removed++;
      }
    }
    bundled.forEach((s) => builder.add(s));
    // Files the extension host read itself (not on a local disk) have no stamp and are always handed over.
    const unchanged = await this.unchanged(files.filter((f) => !f.bytes && baseRecords.has(f.file)));
    const toRead = files.filter((f) => !unchanged.has(f.file));
    let read = 0;
    const checkpoints = request.partials && toRead.length >= PARTIAL_MIN_FILES ? CHECKPOINTS.map((c) => Math.floor(c * toRead.length)) : [];
    const unreadable: LibraryIssue[] = [...listed.issues];
    listed.issues.forEach((i) => this.log('warn', `Skipped ${i.file}: ${i.message}`));
    let partials = 0;
    let lastProgress = 0;
    for (let done = 0; done < toRead.length; ) {
      const sliceStart = performance.now();
      while (done < toRead.length && performance.now() - sliceStart < this.host.sliceMs) {
        const chunk = toRead.slice(done, Math.min(done + READ_CONCURRENCY, checkpoints.find((c) => c > done) ?? toRead.length));
        this.apply(builder, chunk, await this.read(chunk), unreadable, stamps);
        done += chunk.length;
        read += chunk.length;
        if (checkpoints.includes(done)) {
          break;
        }
      }
      if (cancelled()) {
        return;
      }
      if (performance.now() - lastProgress >= PROGRESS_EVERY_MS || done === toRead.length) {
        lastProgress = performance.now();
        this.host.post({ type: 'progress', id: request.id, done, total: toRead.length });
      }
      if (checkpoints.includes(done) && done < toRead.length) {
        partials++;
        this.sender.send(builder.build(unreadable), request.id, false, request.includeBundled);
      }
      await turn();
    }
    // Nothing changed since the stored (or last) library: it is the library, no index to build again.
    const same = base && read === 0 && removed === 0 && unreadable.length === 0 && base.extraIssues.length === 0 && bundled.every((b) => baseRecords.get(b.file)?.hash === contentHash(b.bytes));
    const library = same ? base : builder.build(unreadable);
    this.library = library;
    this.stamps = stamps;
    const indexed = library.records.filter((r) => baseRecords.get(r.file) !== r).length;
    const stats: IndexStats = { kind: 'load', store, filesRead: read, filesReused: unchanged.size, filesIndexed: indexed, filesRemoved: removed, partials, sources: library.sources.length, indexerMs: performance.now() - started };
    this.last = { id: request.id, stats };
    this.sender.send(library, request.id, true, request.includeBundled, stats);
    if (read > 0 || removed > 0 || store !== 'used') {
      this.persistSoon(0);
    }
  }

  private async update(request: UpdateRequest): Promise<void> {
    const base = this.library;
    if (!base) {
      return;
    }
    const started = performance.now();
    const baseRecords = new Map(base.records.map((r) => [r.file, r]));
    const builder = new LibraryBuilder(libraryOptions(this.includeBundled), base);
    request.removed.forEach((file) => {
      builder.remove(file);
      this.stamps.delete(file);
    });
    const unreadable: LibraryIssue[] = [];
    for (let i = 0; i < request.changed.length; i += READ_CONCURRENCY) {
      const chunk = request.changed.slice(i, i + READ_CONCURRENCY);
      this.apply(builder, chunk, await this.read(chunk), unreadable, this.stamps);
    }
    const touched = new Set([...request.removed, ...request.changed.map((c) => c.file)]);
    const library = builder.build([...base.extraIssues.filter((i) => !touched.has(i.file)), ...unreadable]);
    this.library = library;
    const indexed = library.records.filter((r) => baseRecords.get(r.file) !== r).length;
    const removed = base.records.length - library.records.filter((r) => baseRecords.has(r.file)).length;
    const stats: IndexStats = { kind: 'update', store: 'memory', filesRead: request.changed.length, filesReused: 0, filesIndexed: indexed, filesRemoved: removed, partials: 0, sources: library.sources.length, indexerMs: performance.now() - started };
    this.last = { id: request.id, stats };
    this.sender.send(library, request.id, true, this.includeBundled, stats);
    this.persistSoon(PERSIST_DELAY_MS);
  }

  private apply(builder: LibraryBuilder, entries: readonly FileEntry[], reads: readonly Read[], unreadable: LibraryIssue[], stamps: Map<string, FileStamp>): void {
    entries.forEach((entry, i) => {
      const read = reads[i];
      const twin = read.ok && this.includeBundled ? bundledTwin(read.bytes) : undefined;
      const r: Read = twin ? { ok: false, issue: { file: entry.file, severity: 'skipped', message: twinMessage(twin) } } : read;
      if (r.ok) {
        builder.add({ file: entry.file, bytes: r.bytes });
        if (r.stamp) {
          stamps.set(entry.file, r.stamp);
        } else {
          stamps.delete(entry.file);
        }
      } else {
        builder.remove(entry.file);
        stamps.delete(entry.file);
        unreadable.push({ ...r.issue, file: entry.file });
        this.log('warn', `Skipped ${entry.file}: ${r.issue.message}`);
      }
    });
  }

  private read(entries: readonly FileEntry[]): Promise<Read[]> | Read[] {
    return this.host.syncReads ? entries.map(readEntrySync) : Promise.all(entries.map(readEntry));
  }

  // The files whose path, size and modification time are those recorded when they were read.
  private async unchanged(entries: readonly FileEntry[]): Promise<Set<string>> {
    const same = new Set<string>();
    const stat = (e: FileEntry) => (this.host.syncReads ? statSync(e) : statAsync(e));
    for (let i = 0; i < entries.length; i += 64) {
      const chunk = entries.slice(i, i + 64);
      const stats = await Promise.all(chunk.map(stat));
      chunk.forEach((e, k) => {
        const was = this.stamps.get(e.file);
        const now = stats[k];
        if (was && now && was.path === e.path && was.size === now.size && was.mtimeMs === now.mtimeMs) {
          same.add(e.file);
        }
      });
    }
    return same;
  }

  private persistSoon(delay: number): void {
    clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => this.enqueue(() => this.persist(), -1), delay);
  }

  private async persist(): Promise<void> {
    const library = this.library;
    const file = this.storePath;
    if (!library || !file || library === this.persisted) {
      return;
    }
    const started = performance.now();
    const present = new Set(library.records.map((r) => r.file));
    const stamps = new Map([...this.stamps].filter(([f]) => present.has(f)));
    try {
      const bytes = await writeStore(file, library, stamps);
      this.persisted = library;
      const ms = performance.now() - started;
      this.log('info', `Stored the index of ${library.sources.length} sources (${(bytes / 1e6).toFixed(1)} MB) in ${Math.round(ms)} ms`);
      this.host.post({ type: 'stored', sources: library.sources.length, bytes, ms });
    } catch (e) {
      this.log('warn', `Could not store the index in ${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private log(level: 'info' | 'warn' | 'error', message: string): void {
    this.host.post({ type: 'log', level, message });
  }
}

// In name order (partial libraries fill in predictably), each file once.
function dedupe(entries: readonly FileEntry[]): FileEntry[] {
  const byName = new Map(entries.map((e) => [e.file, e]));
  return [...byName.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
