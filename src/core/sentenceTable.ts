import { Library } from './library';
import { blockStarts } from './wordIndex';

/**
 * Every sentence of the library in library order, with the range of global word positions it holds:
 * what passage search narrows down before ranking. Built once per library in a few typed arrays.
 */
export class SentenceTable {
  /** Source index of each sentence. */
  readonly source: Uint32Array;
  /** Global position of each sentence's first word; one more entry at the end (all words). */
  readonly firstWord: Uint32Array;
  /** Index of each source's first sentence; one more entry at the end. */
  readonly sourceFirst: Uint32Array;
  /** Sentence indexes ordered by word count, shortest first (ties in library order). */
  readonly byLength: Uint32Array;
  /** Vocabulary ids ordered by their words (UTF-16 order): a prefix is a range of it. */
  readonly sortedIds: Uint32Array;
  /** The words in that order. */
  readonly sortedWords: readonly string[];
  private blocks: Uint32Array | undefined;

  constructor(readonly library: Library) {
    const sources = library.sources;
    const starts = library.index.sourceStarts;
    this.sourceFirst = new Uint32Array(sources.length + 1);
    sources.forEach((s, i) => (this.sourceFirst[i + 1] = this.sourceFirst[i] + s.sentenceCount));
    const count = this.sourceFirst[sources.length];
    this.source = new Uint32Array(count);
    this.firstWord = new Uint32Array(count + 1);
    sources.forEach((s, i) => {
      const data = s.record.sentences;
      for (let k = 0, at = this.sourceFirst[i]; k < data.length; k += 4, at++) {
        this.source[at] = i;
        this.firstWord[at] = starts[i] + data[k + 3];
      }
    });
    this.firstWord[count] = starts[sources.length] ?? 0;
    this.byLength = countingSort(count, (i) => this.firstWord[i + 1] - this.firstWord[i]);
    const vocabulary = library.vocabulary;
    const ids = Array.from({ length: vocabulary.size }, (_, i) => i).sort((a, b) => {
      const x = vocabulary.word(a);
      const y = vocabulary.word(b);
      return x < y ? -1 : x > y ? 1 : 0;
    });
    this.sortedIds = Uint32Array.from(ids);
    this.sortedWords = ids.map((id) => vocabulary.word(id));
  }

  /** Number of sentences. */
  get size(): number {
    return this.source.length;
  }

  /** Number of words of a sentence. */
  wordCount(sentence: number): number {
    return this.firstWord[sentence + 1] - this.firstWord[sentence];
  }

  /** The sentence holding a global word position. */
  sentenceAt(position: number): number {
    this.blocks ??= blockStarts(this.firstWord, 5);
    let s = this.blocks[Math.min(position >> 5, this.blocks.length - 1)];
    while (s + 2 < this.firstWord.length && this.firstWord[s + 1] <= position) {
      s++;
    }
    return s;
  }

  /**
   * The sentences holding any of the words `ids` (each id's global positions from `positionsOf`),
   * as a bitset: bit `s & 31` of element `s >> 5` is set for sentence `s`.
   */
  sentencesWith(ids: Uint32Array, positionsOf: (id: number) => Uint32Array): Uint32Array {
    const bits = new Uint32Array((this.size + 31) >> 5);
    this.blocks ??= blockStarts(this.firstWord, 5);
    const blocks = this.blocks;
    const firstWord = this.firstWord;
    const last = blocks.length - 1;
    for (let k = 0; k < ids.length; k++) {
      const positions = positionsOf(ids[k]);
      for (let i = 0; i < positions.length; i++) {
        const position = positions[i];
        let s = blocks[Math.min(position >> 5, last)];
        while (s + 2 < firstWord.length && firstWord[s + 1] <= position) {
          s++;
        }
        bits[s >> 5] |= 1 << (s & 31);
      }
    }
    return bits;
  }

  /** A sentence's offsets in its source and its paragraph index. */
  offsets(sentence: number): { start: number; end: number; paragraph: number } {
    const s = this.source[sentence];
    const data = this.library.sources[s].record.sentences;
    const k = (sentence - this.sourceFirst[s]) * 4;
    return { start: data[k], end: data[k + 1], paragraph: data[k + 2] };
  }

  /** The vocabulary ids of a sentence's words. */
  words(sentence: number): Uint32Array {
    const s = this.source[sentence];
    const base = this.library.index.sourceStarts[s];
    return this.library.sources[s].wordIds.subarray(this.firstWord[sentence] - base, this.firstWord[sentence + 1] - base);
  }
}

// Indexes 0…n-1 ordered by key, stable.
function countingSort(n: number, key: (i: number) => number): Uint32Array {
  let max = 0;
  for (let i = 0; i < n; i++) {
    max = Math.max(max, key(i));
  }
  const counts = new Uint32Array(max + 2);
  for (let i = 0; i < n; i++) {
    counts[key(i) + 1]++;
  }
  for (let k = 1; k < counts.length; k++) {
    counts[k] += counts[k - 1];
  }
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    out[counts[key(i)]++] = i;
  }
  return out;
}
