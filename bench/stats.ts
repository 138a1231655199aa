/** Median and 95th percentile of a sample (nearest-rank), with how many values it has. */
export interface Summary {
  readonly median: number;
  readonly p95: number;
  readonly n: number;
}

/** The value at quantile `q` (0..1) of the sample, by nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) {
    return NaN;
  }
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function summarize(values: readonly number[]): Summary {
  return { median: quantile(values, 0.5), p95: quantile(values, 0.95), n: values.length };
}

/** Milliseconds taken by `work`, with its result. */
export function timed<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

export async function timedAsync<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** Runs a full garbage collection when node was started with --expose-gc; says whether it could. */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) {
    return false;
  }
  gc();
  gc();
  return true;
}

/** Heap in use plus array buffers (typed arrays live outside the JS heap), in MB. */
export function heapMB(): { heap: number; arrayBuffers: number; total: number } {
  const m = process.memoryUsage();
  const heap = m.heapUsed / 1024 / 1024;
  const arrayBuffers = m.arrayBuffers / 1024 / 1024;
  return { heap, arrayBuffers, total: heap + arrayBuffers };
}
