import { IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';
import { IndexingMode } from './libraryLoader';
import { IndexStats } from './libraryProtocol';

const MONITOR_RESOLUTION_MS = 10;

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

/**
 * The measured side of a load: how long it took, how long each swap kept this thread busy, and
 * this thread's event-loop delay while it ran.
 */
export class LoadTimer {
  private monitor: IntervalHistogram | undefined;
  private started = 0;
  private swaps = 0;
  private maxSwapMs = 0;
  private maxAssembleMs = 0;

  /** A load begins. */
  start(): void {
    this.monitor?.disable();
    this.monitor = monitorEventLoopDelay({ resolution: MONITOR_RESOLUTION_MS });
    this.monitor.enable();
    this.started = performance.now();
    this.swaps = 0;
    this.maxSwapMs = 0;
    this.maxAssembleMs = 0;
  }

  /** A library was swapped in, keeping this thread busy for `blockedMs`, `assembleMs` of it to assemble the library. */
  swapped(blockedMs: number, assembleMs: number): void {
    this.swaps++;
    this.maxSwapMs = Math.max(this.maxSwapMs, blockedMs);
    this.maxAssembleMs = Math.max(this.maxAssembleMs, assembleMs);
  }

  /** The load is over: its report. */
  finish(mode: IndexingMode, stats: IndexStats): LoadReport {
    const h = this.monitor;
    h?.disable();
    this.monitor = undefined;
    const ms = (ns: number) => Math.max(0, ns / 1e6 - MONITOR_RESOLUTION_MS);
    const loopDelay = h && h.count > 0 ? { p50: ms(h.percentile(50)), p99: ms(h.percentile(99)), max: ms(h.max) } : { p50: 0, p99: 0, max: 0 };
    return { mode, stats, ms: performance.now() - this.started, swaps: this.swaps, maxSwapMs: this.maxSwapMs, maxAssembleMs: this.maxAssembleMs, loopDelay };
  }

  /** Stops measuring (the owner is going away). */
  dispose(): void {
    this.monitor?.disable();
  }
}
