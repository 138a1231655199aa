import { IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { IndexingMode } from './libraryLoader';
import { IndexStats } from './libraryProtocol';

/** What the last load did (also logged). */
export interface LoadReport {
  readonly mode: IndexingMode;
  readonly stats: IndexStats;
  /** From the reload request to the final library. */
  readonly ms: number;
  readonly swaps: number;
  /** The longest time one swap kept this thread busy in one go (assembling, preparing, or every listener's reaction). */
  readonly maxSwapMs: number;
  /** The longest time one swap took to assemble the library from the indexer's message. */
  readonly maxAssembleMs: number;
  /** Event-loop delay of this thread while the load ran (ms beyond the monitor's resolution). */
  readonly loopDelay: { readonly p50: number; readonly p99: number; readonly max: number };
}

/** A load still going after this long gets a progress notification… */
const SHOW_AFTER_MS = 1000;
/** …and at once when it has this many files to index. */
const SHOW_MIN_FILES = 1000;
const MONITOR_RESOLUTION_MS = 10;

const count = new Intl.NumberFormat('en-US');

/**
 * The user-visible and measured side of a load: a progress notification with counts ("Indexing
 * sources: 2,400 of 10,000") when a load is large or slow, and the figures of the load report —
 * how long each swap kept the extension host busy and its event-loop delay while the load ran.
 */
export class LoadProgress implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<{ readonly done: number; readonly total: number }>();
  readonly onDidProgress = this.emitter.event;
  private monitor: IntervalHistogram | undefined;
  private started = 0;
  private swaps = 0;
  private maxSwapMs = 0;
  private maxAssembleMs = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private loading: Promise<unknown> | undefined;
  private shown = false;
  private reporter: ((done: number, total: number) => void) | undefined;

  /** A load begins; `done` settles when it (or a load replacing it) has finished. */
  start(done: Promise<unknown>): void {
    this.monitor?.disable();
    this.monitor = monitorEventLoopDelay({ resolution: MONITOR_RESOLUTION_MS });
    this.monitor.enable();
    this.started = performance.now();
    this.swaps = 0;
    this.maxSwapMs = 0;
    this.maxAssembleMs = 0;
    this.shown = false;
    this.reporter = undefined;
    this.loading = done;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.show(), SHOW_AFTER_MS);
    void done.finally(() => clearTimeout(this.timer));
  }

  /** The indexer has indexed `done` of `total` files. */
  report(done: number, total: number): void {
    this.emitter.fire({ done, total });
    if (!this.shown && total >= SHOW_MIN_FILES) {
      this.show();
    }
    this.reporter?.(done, total);
  }

  /** A library was swapped in, keeping this thread busy for `blockedMs`, `assembleMs` of it to assemble the library. */
  swapped(blockedMs: number, assembleMs: number): void {
    this.swaps++;
    this.maxSwapMs = Math.max(this.maxSwapMs, blockedMs);
    this.maxAssembleMs = Math.max(this.maxAssembleMs, assembleMs);
  }

  /** The load is over: its report. */
  finish(mode: IndexingMode, stats: IndexStats): LoadReport {
    clearTimeout(this.timer);
    const h = this.monitor;
    h?.disable();
    this.monitor = undefined;
    const ms = (ns: number) => Math.max(0, ns / 1e6 - MONITOR_RESOLUTION_MS);
    const loopDelay = h && h.count > 0 ? { p50: ms(h.percentile(50)), p99: ms(h.percentile(99)), max: ms(h.max) } : { p50: 0, p99: 0, max: 0 };
    return { mode, stats, ms: performance.now() - this.started, swaps: this.swaps, maxSwapMs: this.maxSwapMs, maxAssembleMs: this.maxAssembleMs, loopDelay };
  }

  private show(): void {
    const loading = this.loading;
    if (this.shown || !loading) {
      return;
    }
    this.shown = true;
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Verbatim' }, (progress) => {
      let reported = 0;
      progress.report({ message: 'Loading the sources…' });
      this.reporter = (done, total) => {
        const share = total > 0 ? (done / total) * 100 : 0;
        progress.report({ message: `Indexing sources: ${count.format(done)} of ${count.format(total)}`, increment: share - reported });
        reported = share;
      };
      return loading;
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.monitor?.disable();
    this.emitter.dispose();
  }
}
