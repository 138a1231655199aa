import { Citation, CitationIndex, findCitations } from './citations';
import { Problem } from './diff';
import { Library } from './library';
import { LineIndex } from './lineIndex';
import { maskMarkdown } from './markdownMask';
import { QuoteItem, quoteWordCount, readQuoteItems } from './quoteItems';
import { FoundQuote, findQuotes } from './quoteScanner';
import { normalizedWords } from './tokens';
import { Match } from './match';
import { Verdict, verifyItems } from './verifier';

/** The verdict on one quotation of a draft. */
export type QuoteStatus = 'verified' | 'misquoted' | 'unverified' | 'skipped';

/** One quotation of a draft, checked. */
export interface QuoteCheck {
  /** The quotation as written, without its quote marks, white space collapsed. */
  readonly text: string;
  readonly kind: 'inline' | 'block';
  /** Offsets of the quoted text (inside the quote marks). */
  readonly start: number;
  readonly end: number;
  /** Offsets including the quote marks or blockquote markers. */
  readonly outerStart: number;
  readonly outerEnd: number;
  readonly status: QuoteStatus;
  readonly words: number;
  readonly match: Match | null;
  readonly citation: Citation | null;
  /** Why it is not verified, and anything else to fix (unterminated mark, citation mismatch). */
  readonly problems: readonly Problem[];
  /** For a verified quotation cited to another source: the key of the source that holds it. */
  readonly verifiedIn?: string;
  /** The quoted text corrected to the source's words, ready to replace [start, end). */
  readonly suggestion?: string;
}

/** Options for checking a draft. */
export interface CheckOptions {
  /** Quotations with fewer words are skipped (scare quotes, single words). Default 4. */
  readonly minQuoteWords?: number;
}

/** Marker a writer puts before a quotation to have it skipped: `<!-- verbatim-ignore -->`. */
export const IGNORE_MARKER = '<!-- verbatim-ignore -->';

/** The result of checking a draft. */
export interface DraftCheck {
  quotes: QuoteCheck[];
  citations: Citation[];
}

/** How a quotation's words are judged: {@link verifyItems}, or a cache in front of it. */
export type Verify = (items: readonly QuoteItem[], draft: string, library: Library, citedKeys: readonly string[]) => Verdict;

/** Finds and checks every quotation of a Markdown or plain-text draft. Never throws on any input. */
export function checkDraft(text: string, library: Library, options: CheckOptions = {}): DraftCheck {
  return checkDraftWith(text, library, options, verifyItems);
}

/** {@link checkDraft} with the words judged by `verify` (which must give what verifyItems gives). */
export function checkDraftWith(text: string, library: Library, options: CheckOptions, verify: Verify): DraftCheck {
  const minWords = options.minQuoteWords ?? 4;
  const masked = maskMarkdown(text);
  const citations = findCitations(masked, { has: (k) => library.get(k) !== undefined, sources: library.sources }, text);
  const found = withoutCitedTitles(findQuotes(masked), text, library);
  const ignored = ignoredQuotes(text, found);
  const index = new CitationIndex(citations);
  const quotes = found.map((q) => checkQuote(q, { text, masked, library, citations: index, verify }, ignored.has(q), minWords));
  return { quotes, citations };
}

interface Context {
  readonly text: string;
  readonly masked: string;
  readonly library: Library;
  readonly citations: CitationIndex;
  readonly verify: Verify;
}

function checkQuote(q: FoundQuote, { text, masked, library, citations, verify }: Context, ignored: boolean, minWords: number): QuoteCheck {
  const citation = citationFor(q, citations, masked);
  const segments = citations.outside(q.segments);
  const items = readQuoteItems(masked, segments);
  const words = quoteWordCount(items);
  const start = segments[0]?.start ?? q.start;
  const end = segments[segments.length - 1]?.end ?? q.end;
  const base = {
    text: segments.map((s) => text.slice(s.start, s.end)).join(' ').replace(/\s+/g, ' ').trim(),
    kind: q.kind,
    start,
    end,
    outerStart: q.start,
    outerEnd: q.end,
    words,
    citation,
  };
  const problems: Problem[] = [];
  if (q.unterminated) {
    problems.push({ code: 'unterminated-quote', message: 'opening quote mark has no closing mark; read to the end of the paragraph' });
  }
  if (ignored || words < minWords) {
    const reason: Problem = ignored ? { code: 'ignored', message: `marked ${IGNORE_MARKER}` } : { code: 'short', message: `fewer than ${minWords} words` };
    return { ...base, status: 'skipped', match: null, problems: [reason, ...problems] };
  }
  const known = citation?.keys.filter((k) => library.get(k)) ?? [];
  for (const key of citation?.keys ?? []) {
    if (!library.get(key)) {
      problems.push({ code: 'unknown-citation', message: `citation key "${key}" is not in the library` });
    }
  }
  const verdict = verify(items, text, library, known);
  const match = verdict.match;
  if (verdict.status === 'misquoted' && match) {
    problems.unshift({ code: 'misquoted', message: `Misquote of ${match.source.meta.key}: the source says “${match.text}”` }, ...verdict.problems);
  } else if (verdict.status === 'unverified') {
    problems.unshift({ code: 'unverified', message: 'matches no source in the library' }, ...verdict.problems);
  }
  if (verdict.verifiedIn) {
    problems.push({ code: 'citation-mismatch', message: `cited to ${known.join('; ')}, but the words are in ${verdict.verifiedIn.meta.key}` });
  }
  const suggestion = match && verdict.status === 'misquoted' ? keepEdges(text.slice(start, end), match.suggestion) : undefined;
  return { ...base, status: verdict.status, match, problems, verifiedIn: verdict.verifiedIn?.meta.key, suggestion };
}

// The citation of a quotation is the first one after it in its paragraph or blockquote; a blockquote
// may also be cited at the start of the paragraph right after it.
function citationFor(q: FoundQuote, citations: CitationIndex, masked: string): Citation | null {
  const inside = citations.firstWithin(q.end, q.blockEnd) ?? (q.kind === 'block' ? citations.firstWithin(q.start, q.end) : undefined);
  if (inside) {
    return inside;
  }
  if (q.kind === 'block') {
    const after = /^\s*(?:[—–-]+\s*)?/.exec(masked.slice(q.blockEnd, q.blockEnd + 200));
    const at = q.blockEnd + (after?.[0].length ?? 0);
    return citations.startingAt(at) ?? null;
  }
  return null;
}

// A marker applies to the first quotation after it, in its paragraph or the next one.
// Markers and quotations are both in text order, so each marker's quotation is found by moving on;
// of several markers before one quotation only the nearest is tested (if it is a paragraph too far,
// all are), so thousands of markers cost one pass, not one pass each.
function ignoredQuotes(text: string, quotes: readonly FoundQuote[]): Set<FoundQuote> {
  const nearest = new Map<FoundQuote, number>();
  let k = 0;
  for (let i = text.indexOf(IGNORE_MARKER); i !== -1; i = text.indexOf(IGNORE_MARKER, i + 1)) {
    const at = i + IGNORE_MARKER.length;
    while (k < quotes.length && quotes[k].start < at) {
      k++;
    }
    if (k < quotes.length) {
      nearest.set(quotes[k], at);
    }
  }
  return new Set([...nearest].filter(([next, at]) => !/\n[ \t]*\n[\s\S]*\n[ \t]*\n/.test(text.slice(at, next.start))).map(([next]) => next));
}

// A source's title in quote marks inside a footnote definition ([^key]: “Title”, *Outlet*, …)
// names the source; it is not a quotation to check.
// Each line's start is found by binary search and its definition prefix read once: a line of
// thousands of quotations is not scanned back to its start for each of them.
function withoutCitedTitles(quotes: readonly FoundQuote[], text: string, library: Library): FoundQuote[] {
  const titles = library.titleWords;
  const lines = new LineIndex(text);
  const definitionEnds = new Map<number, number>();
  const definition = / {0,3}\[\^[^\]\s]+\]:/y;
  return quotes.filter((q) => {
    if (q.kind !== 'inline' || titles.size === 0) {
      return true;
    }
    const lineStart = q.start - lines.position(q.start).character;
    let end = definitionEnds.get(lineStart);
    if (end === undefined) {
      definition.lastIndex = lineStart;
      end = definition.test(text) ? definition.lastIndex : -1;
      definitionEnds.set(lineStart, end);
    }
    const inDefinition = end !== -1 && end <= q.start;
    return !(inDefinition && titles.has(normalizedWords(text.slice(q.segments[0].start, q.segments[0].end))));
  });
}

// Keep the writer's punctuation around the words ("…right," stays "…right,").
function keepEdges(quoted: string, words: string): string {
  const lead = /^[^\p{L}\p{N}[…]*/u.exec(quoted)?.[0] ?? '';
  // Tried only where a run of marks starts (the lookbehind): from inside a long run of commas, each
  // start would rescan the run to the word after it.
  const trail = /(?<![^\p{L}\p{N}\]…])[^\p{L}\p{N}\]…]*$/u.exec(quoted)?.[0] ?? '';
  return lead + words + trail;
}
