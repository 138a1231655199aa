import { normalizeWord } from './tokens';

// Distinct spellings cached before the cache starts over: bounds its memory on huge or hostile input.
const MAX_SPELLINGS = 1 << 20;

/**
 * The library's distinct normalised words, each with a small integer id. Sources store their words
 * as ids, so a word's string exists once however often it occurs, and comparing words is comparing
 * numbers. Ids are only ever added: a library built from another keeps the ids it shares with it.
 */
export class Vocabulary {
  private readonly list: string[];
  private ids: Map<string, number> | undefined;
  // Raw spellings (as written) and their ids, in an open-addressing table keyed by hash:
  // normalisation (NFKC, case) runs once per distinct spelling, and a known one costs no string.
  private spellings: string[] = [];
  private spellingIds: Int32Array = new Int32Array(1024);
  private spellingHashes: Int32Array = new Int32Array(1024);
  private table: Int32Array = new Int32Array(1024);

  /** A vocabulary holding `words` under the ids 0, 1, 2… (e.g. as read back from a store). */
  constructor(words: readonly string[] = []) {
    this.list = [...words];
  }

  /** Number of distinct words. */
  get size(): number {
    return this.list.length;
  }

  /** The normalised word with this id. */
  word(id: number): string {
    return this.list[id];
  }

  /** The id of a normalised word, or -1 when no source has it. */
  idOf(norm: string): number {
    return this.map().get(norm) ?? -1;
  }

  /** The id of a word as written, adding its normalised form if it is new. */
  intern(raw: string): number {
    let hash = 0x811c9dc5;
    for (let j = 0; j < raw.length; j++) {
      hash = Math.imul(hash ^ raw.charCodeAt(j), 0x01000193);
    }
    return this.internRange(raw, 0, raw.length, hash);
  }

  /**
   * The id of the word `text[start, end)` as written, whose FNV-1a hash is `hash` (as
   * `scanWords` gives it): a spelling seen before is found without making a string.
   */
  internRange(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    let mask = this.table.length - 1;
    let slot = hash & mask;
    for (let e = this.table[slot]; e !== 0; e = this.table[slot]) {
      if (this.spellingHashes[e - 1] === hash) {
        const spelling = this.spellings[e - 1];
        if (spelling.length === length && sameUnits(text, start, spelling)) {
          return this.spellingIds[e - 1];
        }
      }
      slot = (slot + 1) & mask;
    }
    const raw = text.slice(start, end);
    const norm = normalizeWord(raw);
    const map = this.map();
    let id = map.get(norm);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(norm);
      map.set(norm, id);
    }
    if (this.spellings.length >= MAX_SPELLINGS) {
      this.dropCaches();
      mask = this.table.length - 1;
      slot = hash & mask;
    }
    const n = this.spellings.length;
    if (n === this.spellingIds.length) {
      this.spellingIds = grow(this.spellingIds);
      this.spellingHashes = grow(this.spellingHashes);
    }
    this.spellings.push(raw);
    this.spellingIds[n] = id;
    this.spellingHashes[n] = hash;
    this.table[slot] = n + 1;
    if (this.spellings.length * 2 > this.table.length) {
      this.rehash(this.table.length * 2);
    }
    return id;
  }

  /** Every word in id order (for storing). */
  words(): readonly string[] {
    return this.list;
  }

  /** Frees the spelling cache (it refills as words are interned again). */
  dropCaches(): void {
    this.spellings = [];
    this.spellingIds = new Int32Array(1024);
    this.spellingHashes = new Int32Array(1024);
    this.table = new Int32Array(1024);
  }

  private rehash(size: number): void {
    this.table = new Int32Array(size);
    const mask = size - 1;
    for (let i = 0; i < this.spellings.length; i++) {
      let slot = this.spellingHashes[i] & mask;
      while (this.table[slot] !== 0) {
        slot = (slot + 1) & mask;
      }
      this.table[slot] = i + 1;
    }
  }

  // Built on first use: a library read back from a store may only ever need ids, never this map.
  private map(): Map<string, number> {
    if (!this.ids) {
      this.ids = new Map();
      this.list.forEach((w, i) => this.ids?.set(w, i));
    }
    return this.ids;
  }
}

function sameUnits(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    if (text.charCodeAt(start + i) !== word.charCodeAt(i)) {
      return false;
    }
  }
  return true;
}

function grow(a: Int32Array): Int32Array {
  const out = new Int32Array(a.length * 2);
  out.set(a);
  return out;
}
