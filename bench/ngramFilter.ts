import { tokenize } from '../src/core/tokens';
import { Article } from './corpus';
import { hashString } from './random';

/** Length of the word runs the filter remembers. */
export const GRAM = 5;
const BITS = 2 ** 29;

/**
 * Every run of {@link GRAM} words (the engine's normalised words) in the library, as a Bloom
 * filter: `has` is never false for a run the library contains, and rarely true for one it does not
 * (about 1 in 1,000 at 50 MB). A quotation with a run the filter does not know cannot be verbatim
 * in the library; a false "has" only makes the bench reject a quotation it could have used.
 */
export class NgramFilter {
  private readonly bits = new Uint8Array(BITS / 8);
  private readonly wordHashes = new Map<string, number>();

  constructor(articles: readonly Article[]) {
    for (const a of articles) {
      const body = a.paragraphs.map((p) => p.join(' ')).join('\n\n');
      const hashes = this.hashes(tokenize(body).map((t) => t.norm));
      for (let i = 0; i + GRAM <= hashes.length; i++) {
        const [x, y] = windowHashes(hashes, i);
        this.bits[x >>> 3] |= 1 << (x & 7);
        this.bits[y >>> 3] |= 1 << (y & 7);
      }
    }
  }

  /** True when the run of words starting at `words[at]` may be in the library. */
  has(words: readonly string[], at: number): boolean {
    const [x, y] = windowHashes(this.hashes(words.slice(at, at + GRAM)), 0);
    return (this.bits[x >>> 3] & (1 << (x & 7))) !== 0 && (this.bits[y >>> 3] & (1 << (y & 7))) !== 0;
  }

  /** True when some run of words covering `words[from..to]` (inclusive) is certainly not in the library. */
  someRunAbsent(words: readonly string[], from: number, to: number): boolean {
    for (let s = Math.max(0, to - GRAM + 1); s <= Math.min(from, words.length - GRAM); s++) {
      if (!this.has(words, s)) {
        return true;
      }
    }
    return false;
  }

  /** True when no run of words of `words` is in the library. */
  allRunsAbsent(words: readonly string[]): boolean {
    for (let s = 0; s + GRAM <= words.length; s++) {
      if (this.has(words, s)) {
        return false;
      }
    }
    return words.length >= GRAM;
  }

  private hashes(words: readonly string[]): Uint32Array {
    const out = new Uint32Array(words.length);
    words.forEach((w, i) => {
      let h = this.wordHashes.get(w);
      if (h === undefined) {
        h = hashString(w);
        this.wordHashes.set(w, h);
      }
      out[i] = h;
    });
    return out;
  }
}

function windowHashes(hashes: Uint32Array, at: number): [number, number] {
  let x = 0x2545f491;
  let y = 0x6c8e9cf5;
  for (let k = 0; k < GRAM; k++) {
    x = Math.imul(x ^ hashes[at + k], 0x9e3779b1);
    x ^= x >>> 15;
    y = Math.imul(y ^ hashes[at + k], 0x85ebca77);
    y ^= y >>> 13;
  }
  return [(x >>> 0) % BITS, (y >>> 0) % BITS];
}
