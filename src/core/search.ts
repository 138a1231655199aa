import Fuse, { FuseResultMatch } from 'fuse.js';
import { Library } from './library';
import { Source, paragraphNumber } from './source';
import { foldForSearch } from './tokens';

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

interface Entry {
  readonly folded: string;
  readonly source: Source;
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
}

// Fuse.js scores above this are noise: a word or two matched by a few letters.
const MAX_SCORE = 0.65;

/**
 * Fuzzy passage search over the sentences of the library. Every word of the query must match
 * (Fuse.js extended search: space is AND, each term fuzzy), so typos and partial words still find
 * the passage, and results are ranked by Fuse.js.
 */
export class PassageSearch {
  private readonly fuse: Fuse<Entry>;

  constructor(library: Library) {
    const entries: Entry[] = [];
    for (const source of library.sources) {
      for (const s of source.sentences) {
        entries.push({ folded: foldForSearch(source.text.slice(s.start, s.end)), source, start: s.start, end: s.end, paragraph: paragraphNumber(source, s.paragraph) });
      }
    }
    this.fuse = new Fuse(entries, {
      keys: ['folded'],
      includeScore: true,
      includeMatches: true,
      ignoreLocation: true,
      useExtendedSearch: true,
      threshold: 0.4,
      minMatchCharLength: 2,
    });
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
    // Extended-search operators (=, ', !, ^, $, |) in the user's words are taken literally as words.
    const pattern = terms.map((t) => (/^[='!^]|[$|]/.test(t) ? `"${t.replace(/"/g, '')}"` : t)).join(' ');
    return this.fuse.search(pattern, { limit }).filter((r) => (r.score ?? 1) <= MAX_SCORE).map((r) => ({
      source: r.item.source,
      start: r.item.start,
      end: r.item.end,
      text: r.item.source.text.slice(r.item.start, r.item.end),
      paragraph: r.item.paragraph,
      ranges: mergeRanges(r.matches ?? []),
      score: r.score ?? 1,
    }));
  }
}

function mergeRanges(matches: readonly FuseResultMatch[]): { start: number; end: number }[] {
  const all = matches.flatMap((m) => m.indices.map(([s, e]) => ({ start: s, end: e + 1 }))).sort((a, b) => a.start - b.start);
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
