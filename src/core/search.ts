import Fuse, { FuseResultMatch } from 'fuse.js';
import { Library } from './library';
import { Source, paragraphNumber } from './source';
import { SentenceTable } from './sentenceTable';
import { matchTerm, TermMatch } from './termMatcher';
import { foldForSearch, tokenize } from './tokens';

/** A passage found by search: a sentence of a source, with the ranges that matched the query. */
export interface SearchHit {
  readonly source: Source;
  /** Offsets of the passage in the source file. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** 1-based paragraph number among the article's own paragraphs (for "para N" locators). */
  readonly paragraph: number;
  /** Ranges of the passage text (0-based, end exclusive) that matched the query. */
  readonly ranges: readonly { readonly start: number; readonly end: number }[];
  /** 0 is a perfect match, 1 no match at all (Fuse.js score). */
  readonly score: number;
}

interface Found {
  readonly sentence: number;
  readonly score: number;
}

interface Entry {
  readonly folded: string;
  /** For each character of `folded`, its offset in the passage (absent: the same offset). */
  readonly offsets?: Int32Array;
  readonly source: Source;
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
}

// Fuse.js scores above this are noise: a word or two matched by a few letters.
const MAX_SCORE = 0.65;
const FUSE_OPTIONS = { keys: ['folded'], includeScore: true, includeMatches: true, ignoreLocation: true, useExtendedSearch: true, threshold: 0.4, minMatchCharLength: 2 };
const TERM_CACHE = 64;
// Words this common or rarer have their sentences listed as a bitset (a few milliseconds at most).
const FILTER_OCCURRENCES = 200000;
// Most sentences scanned for a query of common words.
const SCAN_LIMIT = 30000;

/**
 * Fuzzy passage search over the sentences of the library. Every word of the query must match
 * a word of the passage, allowing typos and a word still being typed (a prefix); results are ranked
 * by Fuse.js (extended search: space is AND, each term fuzzy).
 *
 * The word index narrows the library to the sentences that can match, and only the most promising
 * of those (by Fuse.js's own scoring: fewest edits, then shortest sentence) are handed to Fuse.js,
 * so a keystroke costs milliseconds at ten thousand articles.
 */
export class PassageSearch {
  private readonly table: SentenceTable;
  private readonly terms = new Map<string, TermMatch>();
  private readonly sentenceSets = new WeakMap<TermMatch, Uint32Array>();
  private readonly sourceWords: readonly Uint32Array[];
  // The query's words in the order `estimate` looks for them, and its per-word results.
  private order: number[] = [];
  private bests = new Float64Array(0);

  constructor(readonly library: Library) {
    this.table = new SentenceTable(library);
    this.sourceWords = library.sources.map((s) => s.wordIds);
  }

  /** Passages for a query, best first. An empty query finds nothing. */
  search(query: string, limit = 20): SearchHit[] {
    const terms = foldForSearch(query)
      .split(/\s+/)
      .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
      .filter((t) => t.length > 0);
    if (terms.length === 0) {
      return [];
    }
    const words = [...new Set(terms.flatMap((t) => tokenize(t).map((w) => w.norm)))];
    const matches = words.map((w) => this.match(w));
    if (matches.length === 0 || matches.some((m) => m.ids.length === 0)) {
      return [];
    }
    const entries: Entry[] = this.candidates(matches, Math.max(30, limit + 10)).map((i) => {
      const source = this.library.sources[this.table.source[i]];
      const { start, end, paragraph } = this.table.offsets(i);
      return { ...withoutThousandsSeparators(foldForSearch(source.text.slice(start, end))), source, start, end, paragraph: paragraphNumber(source, paragraph) };
    });
    // Extended-search operators (=, ', !, ^, $, |) in the user's words are taken literally as words.
    const pattern = terms.map((t) => withoutThousandsSeparators(t).folded).map((t) => (/^[='!^]|[$|]/.test(t) ? `"${t.replace(/"/g, '')}"` : t)).join(' ');
    return new Fuse(entries, FUSE_OPTIONS)
      .search(pattern, { limit })
      .filter((r) => (r.score ?? 1) <= MAX_SCORE)
      .map((r) => ({
        source: r.item.source,
        start: r.item.start,
        end: r.item.end,
        text: r.item.source.text.slice(r.item.start, r.item.end),
        paragraph: r.item.paragraph,
        ranges: mergeRanges(r.matches ?? [], r.item.offsets),
        score: r.score ?? 1,
      }));
  }

  // Query words repeat from one keystroke to the next: their matches are kept.
  private match(word: string): TermMatch {
    let m = this.terms.get(word);
    if (m) {
      this.terms.delete(word);
    } else {
      m = matchTerm(word, this.table, this.library.index);
      if (this.terms.size >= TERM_CACHE) {
        this.terms.delete(this.terms.keys().next().value as string);
      }
    }
    this.terms.set(word, m);
    return m;
  }

  // The `count` sentences with the best estimated score in which every query word matches, in library order.
  private candidates(matches: readonly TermMatch[], count: number): number[] {
    const [rarest] = [...matches].sort((a, b) => a.occurrences - b.occurrences);
    const filter = this.filter(matches, rarest);
    this.order = matches.map((_, t) => t).sort((a, b) => Number(this.sentenceSets.has(matches[a])) - Number(this.sentenceSets.has(matches[b])) || a - b);
    this.bests = new Float64Array(matches.length);
    // Common words: the shortest sentences are scanned first (they score best for the same edits),
    // for at most as long as reading the rarest word's occurrences would take.
    const found = this.scanShortest(matches, count, Math.min(SCAN_LIMIT, Math.max(2000, rarest.occurrences)), filter) ?? this.readFiltered(matches, filter, count);
    found.sort((a, b) => a.score - b.score || a.sentence - b.sentence);
    return found
      .slice(0, count)
      .map((f) => f.sentence)
      .sort((a, b) => a - b);
  }

  // The sentences holding the rarest query word and every other one not much more common, as a
  // bitset: a sentence outside it cannot match, so it is passed over without reading its words.
  // A word's sentences are kept with its match, as the next keystroke usually repeats the word.
  private filter(matches: readonly TermMatch[], rarest: TermMatch): Uint32Array {
    let filter: Uint32Array | undefined;
    for (const m of matches) {
      let bits = this.sentenceSets.get(m);
      if (!bits && (m === rarest || m.occurrences <= Math.max(FILTER_OCCURRENCES, 4 * rarest.occurrences))) {
        bits = this.table.sentencesWith(m.ids, (id) => this.library.index.positionsOf(id));
        this.sentenceSets.set(m, bits);
      }
      if (!bits) {
        continue;
      }
      if (!filter) {
        filter = bits.slice();
      } else {
        for (let i = 0; i < filter.length; i++) {
          filter[i] &= bits[i];
        }
      }
    }
    return filter as Uint32Array;
  }

  // The `count` best sentences of the filter in which every query word matches, with their estimated
  // scores (sentences come in ascending order, so one that only ties the `count`th best is worse).
  private readFiltered(matches: readonly TermMatch[], filter: Uint32Array, count: number): Found[] {
    const found: Found[] = [];
    let kth = Infinity;
    for (let i = 0; i < filter.length; i++) {
      for (let bits = filter[i]; bits !== 0; bits &= bits - 1) {
        const sentence = (i << 5) | (31 - Math.clz32(bits & -bits));
        const score = this.estimate(sentence, matches);
        if (score < kth) {
          found.push({ sentence, score });
          if (found.length === 4 * count) {
            found.sort((a, b) => a.score - b.score || a.sentence - b.sentence).length = count;
            kth = found[count - 1].score;
          }
        }
      }
    }
    return found;
  }

  // Sentences from the shortest up, until no longer one can beat the `count` best found; undefined
  // when that takes more than `budget` sentences.
  private scanShortest(matches: readonly TermMatch[], count: number, budget: number, filter: Uint32Array): Found[] | undefined {
    const order = this.table.byLength;
    const best = matches.reduce((sum, m) => sum + Math.max(0.001, m.fewestEdits / m.word.length), 0) / matches.length;
    const found: Found[] = [];
    let kth = Infinity;
    for (let k = 0; k < order.length; k++) {
      const sentence = order[k];
      if (found.length >= count && kth <= fuseScore(best, this.table.wordCount(sentence))) {
        return found;
      }
      // Past the budget, enough matches are good enough (Fuse.js ranks them); too few, and the
      // rarest word's occurrences are read instead.
      if (k >= budget) {
        return found.length >= count ? found : undefined;
      }
      if ((filter[sentence >> 5] & (1 << (sentence & 31))) === 0) {
        continue;
      }
      const score = this.estimate(sentence, matches);
      if (score < Infinity) {
        found.push({ sentence, score });
        if (found.length % count === 0) {
          found.sort((a, b) => a.score - b.score || a.sentence - b.sentence).length = count;
          kth = found[count - 1].score;
        }
      }
    }
    return found;
  }

  // Fuse.js's score for the sentence, estimated from whole words; Infinity if a query word has no match in it.
  // Words the filter does not cover are looked for first: they are the ones that may be missing.
  private estimate(sentence: number, matches: readonly TermMatch[]): number {
    const table = this.table;
    const source = table.source[sentence];
    const words = this.sourceWords[source];
    const base = this.library.index.sourceStarts[source];
    const from = table.firstWord[sentence] - base;
    const to = table.firstWord[sentence + 1] - base;
    const bests = this.bests;
    for (let k = 0; k < this.order.length; k++) {
      const t = this.order[k];
      const marks = matches[t].marks;
      let best = 0;
      for (let i = from; i < to && best !== 1; i++) {
        const v = marks[words[i]];
        if (v !== 0 && (best === 0 || v < best)) {
          best = v;
        }
      }
      if (best === 0) {
        return Infinity;
      }
      bests[t] = best;
    }
    let total = 0;
    for (let t = 0; t < matches.length; t++) {
      total += Math.max(0.001, (bests[t] - 1) / matches[t].word.length);
    }
    return fuseScore(total / matches.length, to - from);
  }
}

// Fuse.js weighs a match by the length of the text: score ^ (1 / √words), rounded as Fuse.js does.
function fuseScore(score: number, words: number): number {
  return score ** (Math.round(1000 / Math.sqrt(Math.max(1, words))) / 1000);
}

// "1,200" and "1200" are one number to the word index (see normalizeWord); Fuse.js compares
// characters, so the passages it ranks, and the query, lose the commas between digit groups. The
// offsets say where each remaining character was, for the ranges of the hit.
const THOUSANDS_SEPARATOR = /(?<=\p{N}),(?=\p{N}{3}(?!\p{N}))/gu;

function withoutThousandsSeparators(text: string): { folded: string; offsets?: Int32Array } {
  if (!THOUSANDS_SEPARATOR.test(text)) {
    return { folded: text };
  }
  THOUSANDS_SEPARATOR.lastIndex = 0;
  const offsets: number[] = [];
  let folded = '';
  let at = 0;
  for (const m of text.matchAll(THOUSANDS_SEPARATOR)) {
    folded += text.slice(at, m.index);
    for (let i = at; i < m.index; i++) {
      offsets.push(i);
    }
    at = m.index + 1;
  }
  folded += text.slice(at);
  for (let i = at; i < text.length; i++) {
    offsets.push(i);
  }
  return { folded, offsets: Int32Array.from(offsets) };
}

function mergeRanges(matches: readonly FuseResultMatch[], offsets?: Int32Array): { start: number; end: number }[] {
  const at = (i: number) => (offsets ? offsets[i] : i);
  const all = matches.flatMap((m) => m.indices.map(([s, e]) => ({ start: at(s), end: at(e) + 1 }))).sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const r of all) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) {
      last.end = Math.max(last.end, r.end);
    } else {
      out.push({ ...r });
    }
  }
  return out;
}
