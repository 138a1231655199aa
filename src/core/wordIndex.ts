import { Vocabulary } from './vocabulary';

// Positions per block of the position-to-source table.
const BLOCK = 10;

/**
 * For each block of `2^shift` positions, the index of the range holding its first position, where
 * range i is [starts[i], starts[i + 1]): a lookup then scans a step or two instead of searching.
 */
export function blockStarts(starts: Uint32Array, shift: number): Uint32Array {
  const total = starts[starts.length - 1] ?? 0;
  const blocks = new Uint32Array((total >> shift) + 1);
  let r = 0;
  for (let b = 0; b < blocks.length; b++) {
    while (r + 2 < starts.length && starts[r + 1] <= b << shift) {
      r++;
    }
    blocks[b] = r;
  }
  return blocks;
}

/** A place in the library: a source and a token position in it. */
export interface Posting {
  readonly source: number;
  readonly position: number;
}

/** The typed arrays an index is made of (what a store keeps). */
export interface WordIndexArrays {
  /** Global position of each source's first word; one more entry at the end (the total word count). */
  readonly sourceStarts: Uint32Array;
  /** `offsets[id] … offsets[id + 1]` is where word `id`'s positions are in `positions`. */
  readonly offsets: Uint32Array;
  /** Global word positions, grouped by word, ascending within each word. */
  readonly positions: Uint32Array;
}

/**
 * Inverted index from normalised word to every place it occurs in the library. The verifier asks it
 * for candidate passages instead of scanning every source for every quote. Positions are global (the
 * library's words numbered in library order) and kept in two typed arrays (compressed sparse rows),
 * built by counting sort: a few bytes per word of the library, whatever its size.
 */
export class WordIndex {
  readonly sourceStarts: Uint32Array;
  readonly offsets: Uint32Array;
  readonly positions: Uint32Array;
  /** Number of tokens of each source, by source index. */
  readonly sourceLengths: Uint32Array;
  private blocks: Uint32Array | undefined;

  constructor(
    readonly vocabulary: Vocabulary,
    arrays: WordIndexArrays,
  ) {
    this.sourceStarts = arrays.sourceStarts;
    this.offsets = arrays.offsets;
    this.positions = arrays.positions;
    const n = Math.max(0, this.sourceStarts.length - 1);
    this.sourceLengths = new Uint32Array(n);
    for (let s = 0; s < n; s++) {
      this.sourceLengths[s] = this.sourceStarts[s + 1] - this.sourceStarts[s];
    }
  }

  /** Indexes the word ids of each source, in library order. */
  static build(vocabulary: Vocabulary, sourceWords: readonly Uint32Array[]): WordIndex {
    const sourceStarts = new Uint32Array(sourceWords.length + 1);
    sourceWords.forEach((w, s) => (sourceStarts[s + 1] = sourceStarts[s] + w.length));
    const offsets = new Uint32Array(vocabulary.size + 1);
    for (const words of sourceWords) {
      for (let i = 0; i < words.length; i++) {
        offsets[words[i] + 1]++;
      }
    }
    for (let id = 0; id < vocabulary.size; id++) {
      offsets[id + 1] += offsets[id];
    }
    const fill = offsets.slice(0, vocabulary.size);
    const positions = new Uint32Array(sourceStarts[sourceWords.length]);
    sourceWords.forEach((words, s) => {
      const base = sourceStarts[s];
      for (let i = 0; i < words.length; i++) {
        positions[fill[words[i]]++] = base + i;
      }
    });
    return new WordIndex(vocabulary, { sourceStarts, offsets, positions });
  }

  /** How many times a word occurs in the library. */
  frequency(norm: string): number {
    return this.frequencyOf(this.vocabulary.idOf(norm));
  }

  /** How many times the word with this id occurs in the library (0 for an unknown id). */
  frequencyOf(id: number): number {
    return id >= 0 && id + 1 < this.offsets.length ? this.offsets[id + 1] - this.offsets[id] : 0;
  }

  /** Global positions of a word id, ascending. */
  positionsOf(id: number): Uint32Array {
    return id >= 0 && id + 1 < this.offsets.length ? this.positions.subarray(this.offsets[id], this.offsets[id + 1]) : new Uint32Array(0);
  }

  /** Every occurrence of a word, in library order. */
  *occurrences(norm: string): Iterable<Posting> {
    const positions = this.positionsOf(this.vocabulary.idOf(norm));
    let source = 0;
    for (let i = 0; i < positions.length; i++) {
      while (positions[i] >= this.sourceStarts[source + 1]) {
        source++;
      }
      yield { source, position: positions[i] - this.sourceStarts[source] };
    }
  }

  /** The source holding a global word position. */
  sourceAt(position: number): number {
    this.blocks ??= blockStarts(this.sourceStarts, BLOCK);
    let s = this.blocks[Math.min(position >> BLOCK, this.blocks.length - 1)];
    while (s + 2 < this.sourceStarts.length && this.sourceStarts[s + 1] <= position) {
      s++;
    }
    return s;
  }

  /** Number of distinct words that occur in the library. */
  get size(): number {
    let n = 0;
    for (let id = 0; id + 1 < this.offsets.length; id++) {
      n += this.offsets[id + 1] > this.offsets[id] ? 1 : 0;
    }
    return n;
  }

  /** The arrays this index is made of. */
  arrays(): WordIndexArrays {
    return { sourceStarts: this.sourceStarts, offsets: this.offsets, positions: this.positions };
  }
}
