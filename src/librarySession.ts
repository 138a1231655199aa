import * as path from 'node:path';
import { contentHash } from './core/contentHash';
import { Library } from './core/library';
import { IndexingMode, LibraryLoader, Swap } from './libraryLoader';
import { FileEntry, IndexStats, SourceRoot } from './libraryProtocol';
import { LoadReport, LoadTimer } from './loadTimer';
import { seedLibrary } from './seedLibrary';

/** What a load is asked to read: local folders (listed by the indexer) and files read by the host. */
export interface FoundSources {
  readonly roots: readonly SourceRoot[];
  readonly entries: readonly FileEntry[];
}

/** A library swapped in: partial while a load goes on, then final. */
export interface LibrarySwap {
  readonly library: Library;
  readonly final: boolean;
  /** The longest this thread was busy in one go taking it in: assembling it, preparing it, or telling every listener. */
  readonly blockedMs: number;
}

/** What a session tells its host (an editor's library service, the language server). */
export interface SessionListener {
  /** The library was swapped for another one (partial or final). */
  changed(library: Library): void;
  /** Every swap, saying whether the library is final and how long the swap took. */
  swapped(swap: LibrarySwap): void;
  /** A load has finished. */
  loaded(report: LoadReport, library: Library): void;
  /** An update of changed files has been applied. */
  updated(stats: IndexStats, library: Library): void;
  /** The index was persisted (`bytes` long). */
  stored(bytes: number): void;
  /** A load has indexed `done` of `total` files. */
  progress(done: number, total: number): void;
  /** The library names of the source files the current load found. */
  files(files: readonly string[]): void;
  log(level: 'debug' | 'info' | 'warn' | 'error', message: string): void;
}

/** What a load reads and where it keeps its index. */
export interface LoadPlan {
  /** Finds the sources; undefined when cancelled on the way (`cancelled` says whether a newer load started). */
  readonly find: (cancelled: () => boolean) => Promise<FoundSources | undefined>;
  readonly includeBundled: boolean;
  /** File of the persisted index (none: nothing is persisted). */
  readonly storePath?: string;
}

/**
 * The library of a host, kept in one place: it runs the indexer (a worker thread, see
 * libraryLoader.ts) and swaps in each library the indexer sends — the bundled seeds at once,
 * partial libraries while many files load, then the whole — in order, each after its lazily built
 * tables were built in turns of their own, so that no single turn of this thread does it all.
 * No editor API: VS Code's library service and the language server both run one.
 */
export class LibrarySession {
  private current: Library | undefined;
  private loader: LibraryLoader | undefined;
  private readonly timer = new LoadTimer();
  private requestId = 0;
  private loadId = 0;
  private loading: Promise<Library> | undefined;
  private readonly waiters = new Map<number, (library: Library) => void>();
  private report: LoadReport | undefined;
  private swaps: Promise<void> = Promise.resolve();
  private lastPlan: LoadPlan | undefined;
  private disposed = false;

  constructor(
    private readonly workerPath: string | undefined,
    private readonly listener: SessionListener,
    private includeBundled = true,
  ) {}

  /** The library as it is now: while loading, the part loaded so far (see {@link ready}). */
  get library(): Library {
    this.current ??= this.bundledOnly();
    return this.current;
  }

  /** What the last finished load did. */
  get lastLoad(): LoadReport | undefined {
    return this.report;
  }

  /** Where indexing runs (worker thread, or this thread when no worker could start). */
  get mode(): IndexingMode | undefined {
    return this.loader?.mode;
  }

  /** True while a load goes on. */
  get isLoading(): boolean {
    return this.waiters.size > 0;
  }

  /** Resolves once the library has finished loading. */
  ready(): Promise<Library> {
    return this.loading ?? Promise.resolve(this.library);
  }

  /** Loads the library the plan describes; resolves with it once final (or once a newer load has finished). */
  reload(plan: LoadPlan): Promise<Library> {
    const id = ++this.requestId;
    this.loadId = id;
    this.lastPlan = plan;
    this.includeBundled = plan.includeBundled;
    this.loading = new Promise((resolve) => this.waiters.set(id, resolve));
    this.timer.start();
    void this.startLoad(id, plan).catch((e: unknown) => this.settle(id, `Loading the sources failed: ${e instanceof Error ? e.message : String(e)}`));
    return this.loading;
  }

  /** Sends changed and removed files to the indexer (file watchers). */
  update(changed: readonly FileEntry[], removed: readonly string[]): void {
    this.loader?.send({ type: 'update', id: ++this.requestId, changed, removed });
  }

  private async startLoad(id: number, plan: LoadPlan): Promise<void> {
    // The caller finishes first; the worker comes a turn later.
    await new Promise((resolve) => setImmediate(resolve));
    const found = await plan.find(() => id !== this.loadId);
    if (id !== this.loadId || !found) {
      return;
    }
    if (found.roots.length === 0 && found.entries.length === 0) {
      // No folder to read: the library is the bundled seeds, indexed at build time; no worker needed.
      const library = this.bundledOnly();
      const stats: IndexStats = { kind: 'load', store: 'off', filesRead: 0, filesReused: 0, filesIndexed: 0, filesRemoved: 0, partials: 0, sources: library.sources.length, indexerMs: 0 };
      this.swap({ library, id, final: true, stats, assembleMs: 0 });
      return;
    }
    this.loader ??= new LibraryLoader(this.workerPath, {
      swap: (s) => this.prepare(s),
      progress: (requestId, done, total) => requestId === this.loadId && this.listener.progress(done, total),
      stored: (bytes) => this.listener.stored(bytes),
      files: (requestId, files) => requestId === this.loadId && this.listener.files(files),
      log: (level, message) => this.listener.log(level, message),
      failed: (requestId, message) => this.settle(requestId, `The library indexer failed: ${message}`),
      lost: () => this.lastPlan && void this.reload(this.lastPlan),
    });
    this.loader.send({ type: 'load', id, roots: found.roots, files: found.entries, includeBundled: plan.includeBundled, storePath: plan.storePath, partials: true });
  }

  // The library without workspace sources: the bundled seeds, indexed at build time, or nothing.
  private bundledOnly(): Library {
    return this.includeBundled ? seedLibrary() : Library.fromInputs([]);
  }

  // A new library's lazily built tables (the titles' words, the vocabulary's lookup) are built
  // each in its own turn of the event loop before it is swapped in, so that no single turn does
  // it all and the first check of a draft against it is quick. Libraries are swapped in order.
  private prepare(s: Swap): void {
    let longest = s.assembleMs;
    const step = (work: () => unknown) => async () => {
      await new Promise((resolve) => setImmediate(resolve));
      const started = performance.now();
      work();
      longest = Math.max(longest, performance.now() - started);
    };
    this.swaps = this.swaps
      .then(step(() => s.library.titleWords))
      .then(step(() => s.library.vocabulary.idOf('')))
      .then(step(() => !this.disposed && this.swap(s, longest)))
      .catch((e: unknown) => this.listener.log('error', `Swapping in the library failed: ${e instanceof Error ? e.message : String(e)}`));
  }

  private swap(s: Swap, longestStepMs = s.assembleMs): void {
    const started = performance.now();
    // The indexer may answer with the library it sent last (nothing changed): no one needs telling.
    if (s.library !== this.current) {
      this.current = s.library;
      this.listener.changed(s.library);
    }
    const blockedMs = Math.max(longestStepMs, performance.now() - started);
    this.timer.swapped(blockedMs, s.assembleMs);
    this.listener.swapped({ library: s.library, final: s.final, blockedMs });
    if (s.final && s.stats?.kind === 'update') {
      this.logIssues(s.library);
      this.listener.updated(s.stats, s.library);
    }
    if (s.final && s.stats?.kind === 'load' && s.id === this.loadId) {
      this.report = this.timer.finish(this.loader?.mode ?? 'main-thread', s.stats);
      this.logIssues(s.library);
      this.listener.loaded(this.report, s.library);
    }
    if (s.final) {
      this.resolveUpTo(s.id);
    }
  }

  private settle(id: number, error: string): void {
    this.listener.log('error', error);
    this.resolveUpTo(id);
  }

  private resolveUpTo(id: number): void {
    for (const [waiting, resolve] of this.waiters) {
      if (waiting <= id) {
        this.waiters.delete(waiting);
        resolve(this.library);
      }
    }
  }

  private logIssues(library: Library): void {
    for (const issue of library.issues) {
      this.listener.log(issue.severity === 'skipped' ? 'warn' : 'info', `${issue.severity === 'skipped' ? 'Skipped' : 'Note on'} ${issue.file}: ${issue.message}`);
    }
  }

  dispose(): void {
    this.disposed = true;
    this.timer.dispose();
    this.loader?.dispose();
    this.resolveUpTo(Infinity);
  }
}

/** The debug line of a load: what it read, reused and indexed, and how it held up this thread. */
export function describeLoad(r: LoadReport, bundled: boolean, thread: string): string {
  const s = r.stats;
  const store = { used: 'from the stored index', missing: 'no stored index yet', ignored: 'stored index ignored', memory: 'from memory', off: 'no index storage' }[s.store];
  return (
    `Loaded ${s.sources} sources (${bundled ? 'bundled seeds included' : 'no bundled seeds'}) in ${Math.round(r.ms)} ms on the ${r.mode === 'worker' ? 'worker thread' : thread}: ` +
    `${s.filesRead} files read, ${s.filesReused} reused ${store}, ${s.filesIndexed} indexed, ${s.filesRemoved} removed; ` +
    `${r.swaps} swaps, the longest blocked ${r.maxSwapMs.toFixed(1)} ms (assembling ${r.maxAssembleMs.toFixed(1)} ms); event-loop delay p50 ${r.loopDelay.p50.toFixed(1)} ms, p99 ${r.loopDelay.p99.toFixed(1)} ms, max ${r.loopDelay.max.toFixed(1)} ms`
  );
}

/** "Loaded 6 sources (1 from sources/) in 0.4 s": `own` of the `total` are the workspace's. */
export function loadSentence(total: number, own: number, settings: { readonly sources: readonly string[]; readonly includeBundledSources: boolean }, ms: number): string {
  const globs = settings.sources;
  const folder = globs.length === 1 ? /^[^*?{[]*\//.exec(globs[0])?.[0] : undefined;
  const where = folder ? `from ${folder}` : 'from the workspace';
  const part = settings.includeBundledSources ? `${own} ${where}` : `${where}; the bundled reports left out`;
  return `Loaded ${total} ${total === 1 ? 'source' : 'sources'} (${part}) in ${(ms / 1000).toFixed(1)} s`;
}

/** The stored index of a set of workspace folders (by URI), in a storage folder: one store per set, never near the sources. */
export function storeFileFor(storageDir: string, folderUris: readonly string[]): string {
  const key = contentHash(new TextEncoder().encode(folderUris.join('\n')));
  return path.join(storageDir, 'library-index', `${key}.vidx`);
}
