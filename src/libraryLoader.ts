import { Worker } from 'node:worker_threads';
import { Library } from './core/library';
import { LibraryIndexer } from './libraryIndexer';
import { IndexerReply, IndexerRequest, IndexStats } from './libraryProtocol';
import { LibraryMirror } from './libraryWire';

/** Where the library is indexed. */
export type IndexingMode = 'worker' | 'main-thread';

/** A library the indexer sent, ready to be swapped in. */
export interface Swap {
  readonly library: Library;
  /** The request it answers (-1: a resend). */
  readonly id: number;
  /** False for a partial library sent while a load goes on. */
  readonly final: boolean;
  readonly stats?: IndexStats;
  /** Time the extension host spent assembling it from the message. */
  readonly assembleMs: number;
}

/** What the loader reports to its owner. */
export interface LoaderListener {
  swap(swap: Swap): void;
  progress(id: number, done: number, total: number): void;
  /** The index was persisted (`bytes` long). */
  stored(bytes: number): void;
  /** The library names of the source files a load found. */
  files(id: number, files: readonly string[]): void;
  log(level: 'info' | 'warn' | 'error', message: string): void;
  /** A request failed in the indexer (a bug: bad input never fails). */
  failed(id: number, message: string): void;
  /** The worker stopped after it had started; requests in flight are lost and indexing moved to this thread. */
  lost(): void;
}

// Indexing on the extension host's own thread gives the event loop a turn this often.
const MAIN_THREAD_SLICE_MS = 12;

/**
 * Runs the library indexer in a worker thread (dist/libraryWorker.js) and assembles the libraries it
 * sends; when no worker can start, runs the indexer on this thread in short slices instead.
 */
export class LibraryLoader {
  private worker: Worker | undefined;
  private indexer: LibraryIndexer | undefined;
  private held: IndexerRequest[] | undefined = [];
  private readonly mirror = new LibraryMirror();
  private resyncing = false;
  private disposed = false;

  constructor(
    workerPath: string | undefined,
    private readonly listener: LoaderListener,
  ) {
    if (!workerPath) {
      this.fallBack('no worker script', false);
      return;
    }
    try {
      const worker = new Worker(workerPath, { name: 'Verbatim library indexer' });
      worker.on('message', (reply: IndexerReply) => this.receive(reply));
      worker.on('error', (e) => this.stopped(worker, e.message));
      worker.on('exit', (code) => this.stopped(worker, `exited with code ${code}`));
      this.worker = worker;
    } catch (e) {
      this.fallBack(e instanceof Error ? e.message : String(e), false);
    }
  }

  /** Where indexing runs now. */
  get mode(): IndexingMode {
    return this.indexer ? 'main-thread' : 'worker';
  }

  /** Sends a request to the indexer (held until the worker listens). */
  send(request: IndexerRequest): void {
    if (this.indexer) {
      this.indexer.handle(request);
    } else if (this.held) {
      this.held.push(request);
    } else {
      this.worker?.postMessage(request, transferable(request));
    }
  }

  dispose(): void {
    this.disposed = true;
    this.indexer?.dispose();
    void this.worker?.terminate();
  }

  private receive(reply: IndexerReply): void {
    switch (reply.type) {
      case 'ready': {
        const held = this.held ?? [];
        this.held = undefined;
        held.forEach((r) => this.send(r));
        return;
      }
      case 'progress':
        return this.listener.progress(reply.id, reply.done, reply.total);
      case 'log':
        return this.listener.log(reply.level, reply.message);
      case 'stored':
        return this.listener.stored(reply.bytes);
      case 'files':
        return this.listener.files(reply.id, reply.files);
      case 'failed':
        return this.listener.failed(reply.id, reply.message);
    }
    const started = performance.now();
    let library: Library | undefined;
    try {
      if (reply.type === 'reset') {
        this.resyncing = false;
      }
      library = this.mirror.receive(reply);
    } catch (e) {
      if (!this.resyncing) {
        this.resyncing = true;
        this.listener.log('warn', `Asking the indexer for the whole library again: ${e instanceof Error ? e.message : String(e)}`);
        this.send({ type: 'resync' });
      }
      return;
    }
    if (library && (reply.type === 'commit' || reply.type === 'library' || reply.type === 'same')) {
      this.listener.swap({ library, id: reply.id, final: reply.final, stats: reply.stats, assembleMs: performance.now() - started });
    }
  }

  private stopped(worker: Worker, reason: string): void {
    if (this.disposed || worker !== this.worker) {
      return;
    }
    this.worker = undefined;
    void worker.terminate();
    const started = this.held === undefined;
    this.fallBack(`the worker ${started ? 'stopped' : 'could not start'}: ${reason}`, started);
  }

  private fallBack(reason: string, lost: boolean): void {
    this.listener.log('warn', `Indexing sources on the extension host's thread, in slices (${reason})`);
    this.indexer = new LibraryIndexer({ post: (reply) => this.receive(reply), direct: true, sliceMs: MAIN_THREAD_SLICE_MS, syncReads: false });
    const held = this.held ?? [];
    this.held = undefined;
    held.forEach((r) => this.send(r));
    if (lost) {
      this.listener.lost();
    }
  }
}

// The bytes handed over with a request are moved, not copied, when they own their whole buffer.
function transferable(request: IndexerRequest): ArrayBuffer[] {
  const entries = request.type === 'load' ? request.files : request.type === 'update' ? request.changed : [];
  const buffers = new Set<ArrayBuffer>();
  const shared = new Set<ArrayBufferLike>();
  for (const e of entries) {
    const b = e.bytes?.buffer;
    if (!b || !e.bytes || b instanceof SharedArrayBuffer) {
      continue;
    }
    if (e.bytes.byteOffset !== 0 || e.bytes.byteLength !== b.byteLength || buffers.has(b)) {
      shared.add(b);
    }
    buffers.add(b);
  }
  return [...buffers].filter((b) => !shared.has(b));
}
