import { Source } from './source';

const POSITION_BITS = 2 ** 24;

/** A place in the library: a source and a token position in it. */
export interface Posting {
  readonly source: number;
  readonly position: number;
}

/**
 * Inverted index from normalised word to every place it occurs in the library. The verifier asks it
 * for candidate passages instead of scanning every source for every quote.
 */
export class WordIndex {
  private readonly postings = new Map<string, number[]>();
  /** Number of tokens of each source, by source index. */
  readonly sourceLengths: readonly number[];

  constructor(sources: readonly Source[]) {
    this.sourceLengths = sources.map((s) => s.tokens.length);
    sources.forEach((source, s) => {
      source.tokens.forEach((token, position) => {
        let list = this.postings.get(token.norm);
        if (!list) {
          list = [];
          this.postings.set(token.norm, list);
        }
        list.push(s * POSITION_BITS + position);
      });
    });
  }

  /** How many times a word occurs in the library. */
  frequency(norm: string): number {
    return this.postings.get(norm)?.length ?? 0;
  }

  /** Every occurrence of a word, in library order. */
  *occurrences(norm: string): Iterable<Posting> {
    for (const id of this.postings.get(norm) ?? []) {
      yield { source: Math.floor(id / POSITION_BITS), position: id % POSITION_BITS };
    }
  }

  /** Number of distinct words. */
  get size(): number {
    return this.postings.size;
  }
}
