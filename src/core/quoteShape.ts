import { AlignLimits } from './align';
import { QuoteItem } from './quoteItems';
import { WordIndex } from './wordIndex';

/** What the passage searches need of a library: its word index and each source's word ids. */
export interface Corpus {
  readonly index: WordIndex;
  readonly sources: readonly { readonly wordIds: Uint32Array }[];
}

/** A stretch of one source where a quotation may come from: token range [lo, hi). */
export interface Candidate {
  readonly source: number;
  readonly lo: number;
  readonly hi: number;
  /** How well the quotation's words line up there (higher is better; only comparable within one search). */
  readonly score: number;
}

/**
 * A quotation as the passage searches see it: each item's word id and frequency, and where each
 * item can lie in a source relative to the quotation's start. Word items are one source word each;
 * an elision or bracket item stands for 0 to its limit of source words, so the items after it may
 * shift by -1 up to that limit minus 1.
 */
export interface QuoteShape {
  readonly length: number;
  /** Vocabulary id of each word item; -1 for elisions, brackets and words no source has. */
  readonly ids: Int32Array;
  /** How often each word item's word occurs in the library (0 for the others). */
  readonly freq: Float64Array;
  /** The run of consecutive word items (between elisions and brackets) each item belongs to; -1 for those. */
  readonly run: Int32Array;
  /** Item ranges [from, to) of the runs. */
  readonly runs: readonly { readonly from: number; readonly to: number }[];
  /** Least and most shift of each item: item i lies at start + i + shift, low[i] <= shift <= high[i]. */
  readonly low: Int32Array;
  readonly high: Int32Array;
  /** Most shift after the last item: the quotation covers at most `length + spread` source words. */
  readonly spread: number;
  /** Number of word items. */
  readonly words: number;
  /** Whether every word item's word occurs in the library (else no alignment can be exact). */
  readonly known: boolean;
}

/** Reads a quotation's items into a {@link QuoteShape}. */
export function quoteShape(items: readonly QuoteItem[], index: WordIndex, limits: AlignLimits): QuoteShape {
  const n = items.length;
  const ids = new Int32Array(n).fill(-1);
  const freq = new Float64Array(n);
  const run = new Int32Array(n).fill(-1);
  const low = new Int32Array(n + 1);
  const high = new Int32Array(n + 1);
  const runs: { from: number; to: number }[] = [];
  let words = 0;
  let known = true;
  for (let i = 0; i < n; i++) {
    const it = items[i];
    low[i + 1] = low[i];
    high[i + 1] = high[i];
    if (it.kind === 'word') {
      const id = index.vocabulary.idOf(it.token.norm);
      ids[i] = id;
      freq[i] = index.frequencyOf(id);
      known &&= freq[i] > 0;
      words++;
      if (i === 0 || run[i - 1] < 0) {
        runs.push({ from: i, to: i + 1 });
      } else {
        runs[runs.length - 1].to = i + 1;
      }
      run[i] = runs.length - 1;
    } else {
      low[i + 1] -= 1;
      high[i + 1] += (it.kind === 'elision' ? limits.maxElision : limits.maxBracket) - 1;
    }
  }
  return { length: n, ids, freq, run, runs, low: low.subarray(0, n), high: high.subarray(0, n), spread: high[n], words, known: known && words > 0 };
}

/** Where item `b` can lie relative to item `a` of the same placement of the quotation: [min, max] source words. */
export function offsetRange(shape: QuoteShape, a: number, b: number): [number, number] {
  return b >= a
    ? [b - a + shape.low[b] - shape.low[a], b - a + shape.high[b] - shape.high[a]]
    : [b - a - (shape.high[a] - shape.high[b]), b - a - (shape.low[a] - shape.low[b])];
}

/**
 * The token range to align when item `a` of the quotation lies at source position `x`: every place
 * the quotation can start and end, widened by `slack` words for added and dropped words.
 */
export function windowAround(shape: QuoteShape, a: number, x: number, slack: number, sourceLength: number): { lo: number; hi: number } {
  const lo = x - a - shape.high[a] - slack;
  const hi = x - a - shape.low[a] + shape.length + shape.spread + slack;
  return { lo: Math.max(0, lo), hi: Math.min(sourceLength, hi) };
}
