import { detokenize } from './corpus';
import { Random } from './random';

const START = 0;
const END = 1;
const MAX_SENTENCE_TOKENS = 60;
// One step in four follows only the previous word: the text keeps the corpus's word frequencies
// and local grammar without copying long runs of it.
const BACKOFF = 0.25;

/**
 * A word trigram model with bigram back-off, trained on real sentences. Transitions are kept as
 * sorted numbers (context * V + next), so a context's followers are a contiguous range, drawn in
 * proportion to how often they followed it.
 */
export class TextModel {
  private readonly words: string[] = ['<s>', '</s>'];
  private readonly trigrams: Float64Array;
  private readonly bigrams: Float64Array;

  constructor(sentences: readonly (readonly string[])[]) {
    const ids = new Map<string, number>();
    const idOf = (w: string) => {
      let id = ids.get(w);
      if (id === undefined) {
        id = this.words.length;
        this.words.push(w);
        ids.set(w, id);
      }
      return id;
    };
    const seqs = sentences.map((s) => [START, START, ...s.map(idOf), END]);
    const total = seqs.reduce((n, s) => n + s.length - 2, 0);
    const v = this.words.length;
    this.trigrams = new Float64Array(total);
    this.bigrams = new Float64Array(total);
    let k = 0;
    for (const s of seqs) {
      for (let i = 2; i < s.length; i++, k++) {
        this.trigrams[k] = (s[i - 2] * v + s[i - 1]) * v + s[i];
        this.bigrams[k] = s[i - 1] * v + s[i];
      }
    }
    this.trigrams.sort();
    this.bigrams.sort();
  }

  /** Size of the vocabulary the model was trained on. */
  get vocabulary(): readonly string[] {
    return this.words;
  }

  /** One sentence of generated prose, capitalised and ending with punctuation. */
  sentence(random: Random): string {
    const tokens: string[] = [];
    let a = START;
    let b = START;
    while (tokens.length < MAX_SENTENCE_TOKENS) {
      const next = this.follow(random, a, b);
      if (next === END) {
        break;
      }
      tokens.push(this.words[next]);
      a = b;
      b = next;
    }
    while (tokens.length > 0 && /^[,;:—]$/.test(tokens[tokens.length - 1])) {
      tokens.pop();
    }
    if (tokens.length === 0) {
      return this.sentence(random);
    }
    if (!/^[.?!]$/.test(tokens[tokens.length - 1])) {
      tokens.push('.');
    }
    const text = detokenize(tokens);
    return text[0].toUpperCase() + text.slice(1);
  }

  private follow(random: Random, a: number, b: number): number {
    const v = this.words.length;
    if (b !== START && random.chance(BACKOFF)) {
      return this.draw(random, this.bigrams, b * v, v);
    }
    return this.draw(random, this.trigrams, (a * v + b) * v, v);
  }

  private draw(random: Random, table: Float64Array, base: number, v: number): number {
    const lo = lowerBound(table, base);
    const hi = lowerBound(table, base + v);
    if (hi <= lo) {
      return END;
    }
    return table[lo + random.int(hi - lo)] - base;
  }
}

function lowerBound(table: Float64Array, value: number): number {
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (table[mid] < value) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}
