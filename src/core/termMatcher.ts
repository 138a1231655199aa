import { SentenceTable } from './sentenceTable';
import { WordIndex } from './wordIndex';

/** The library words a query word matches. */
export interface TermMatch {
  /** The query word (normalised). */
  readonly word: string;
  /** For each vocabulary id: 0 if it does not match, else 1 + the edits needed. */
  readonly marks: Uint8Array;
  /** The matching ids. */
  readonly ids: Uint32Array;
  /** How often the matching words occur in the library, together. */
  readonly occurrences: number;
  /** The fewest edits any matching word needs. */
  readonly fewestEdits: number;
}

/** Edits a query word of this length may need to match: Fuse.js's threshold of 0.4. */
export function allowedEdits(length: number): number {
  return Math.floor(length * 0.4 + 1e-9);
}

/**
 * The vocabulary words that start with `word`, allowing {@link allowedEdits} edits (so "litle"
 * finds "little", "negot" finds "negotiate" and "sunz" finds "suns"). The sorted vocabulary is walked
 * as a trie (the words under a prefix are a range of it) with one edit-distance row per prefix,
 * and a prefix within the allowed edits takes all the words under it at once.
 */
export function matchTerm(word: string, table: SentenceTable, index: WordIndex): TermMatch {
  const words = table.sortedWords;
  const n = word.length;
  const k = allowedEdits(n);
  const marks = new Uint8Array(index.vocabulary.size);
  const ids: number[] = [];
  let occurrences = 0;
  let fewestEdits = k;
  const take = (lo: number, hi: number, edits: number) => {
    for (let i = lo; i < hi; i++) {
      const id = table.sortedIds[i];
      if (marks[id] === 0) {
        ids.push(id);
        occurrences += index.frequencyOf(id);
      }
      marks[id] = edits + 1;
    }
    fewestEdits = Math.min(fewestEdits, edits);
  };
  // Words under a prefix within `limit` edits are taken; deeper prefixes may need fewer edits.
  const walk = (depth: number, lo: number, hi: number, row: Int32Array, limit: number) => {
    if (row[n] <= limit) {
      take(lo, hi, row[n]);
      limit = row[n] - 1;
    }
    let i = lo;
    while (i < hi && words[i].length === depth) {
      i++;
    }
    while (i < hi) {
      const c = words[i].charCodeAt(depth);
      const j = firstAfter(words, i, hi, depth, c);
      const next = new Int32Array(n + 1);
      next[0] = depth + 1;
      let best = next[0];
      for (let p = 1; p <= n; p++) {
        next[p] = Math.min(row[p - 1] + (word.charCodeAt(p - 1) === c ? 0 : 1), row[p] + 1, next[p - 1] + 1);
        best = Math.min(best, next[p]);
      }
      if (best <= limit) {
        walk(depth + 1, i, j, next, limit);
      }
      i = j;
    }
  };
  walk(0, 0, words.length, Int32Array.from({ length: n + 1 }, (_, p) => p), k);
  return { word, marks, ids: Uint32Array.from(ids), occurrences, fewestEdits };
}

// The first index in [lo, hi) whose word has a unit above `c` at `depth` (all words there are
// longer than `depth` and sorted, so those with `c` come first).
function firstAfter(words: readonly string[], lo: number, hi: number, depth: number, c: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].charCodeAt(depth) <= c) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}
