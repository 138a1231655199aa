import { WordIndex } from './wordIndex';

/** The first index of a sorted array (within [lo, hi)) whose value is at least `target`. */
export function lowerBound(values: Uint32Array, target: number, lo = 0, hi = values.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < target) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/**
 * The first index from `at` on of a sorted array whose value is at least `target`, found by
 * galloping: steps of 1, 2, 4… then a binary search, so walking a long list towards ascending
 * targets costs the logarithm of each step rather than the list's length.
 */
export function gallop(values: Uint32Array, at: number, target: number): number {
  if (at >= values.length || values[at] >= target) {
    return at;
  }
  let lo = at;
  let step = 1;
  let hi = at + 1;
  while (hi < values.length && values[hi] < target) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  return lowerBound(values, target, lo + 1, Math.min(hi, values.length));
}

/** The values v of `p` (sorted) for which `q` (sorted) holds v + delta. */
export function shiftedIntersection(p: Uint32Array, q: Uint32Array, delta: number): Uint32Array {
  const out = new Uint32Array(Math.min(p.length, q.length));
  let n = 0;
  let j = 0;
  for (let i = 0; i < p.length && j < q.length; i++) {
    j = gallop(q, j, p[i] + delta);
    if (j < q.length && q[j] === p[i] + delta) {
      out[n++] = p[i];
    }
  }
  return out.subarray(0, n);
}

/** Whether the word `id` occurs in the library between global positions `from` and `to` (inclusive). */
export function occursBetween(index: WordIndex, id: number, from: number, to: number): boolean {
  const positions = index.positionsOf(id);
  const i = lowerBound(positions, from);
  return i < positions.length && positions[i] <= to;
}
