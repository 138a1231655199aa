import { align, AlignLimits, Alignment, DEFAULT_LIMITS } from './align';
import { findCandidates } from './candidates';
import { changeProblems, DiffPart, diffParts, groupSteps, Problem, suggestion } from './diff';
import { Library } from './library';
import { QuoteItem, quoteWordCount } from './quoteItems';
import { paragraphNumber, Source } from './source';

/** Where a quotation was found in a source, and how it differs. */
export interface Match {
  readonly source: Source;
  /** Offsets in the source file of the passage the quotation covers. */
  readonly start: number;
  readonly end: number;
  /** The source's exact wording of that passage. */
  readonly text: string;
  /** 1 for the same words; the share of words in common otherwise. */
  readonly similarity: number;
  readonly diff: readonly DiffPart[];
  /** The quotation corrected to the source's words, keeping its elisions and brackets. */
  readonly suggestion: string;
}

/** The engine's judgement of one quotation's words (citations aside). */
export interface Verdict {
  readonly status: 'verified' | 'misquoted' | 'unverified';
  readonly match: Match | null;
  readonly problems: readonly Problem[];
  /** Set when the words are verified in a source other than the cited one. */
  readonly verifiedIn?: Source;
}

/** Quotations longer than this are not aligned (the cost grows with the square of the length). */
export const MAX_QUOTE_WORDS = 1500;
const MAX_CANDIDATES = 8;
const RELAXED: AlignLimits = { maxElision: 400, maxBracket: 6, elisionAcrossParagraphs: true };

interface Tried {
  readonly sourceIndex: number;
  readonly alignment: Alignment;
  readonly problems: Problem[];
  readonly exact: boolean;
  readonly similarity: number;
  /** Source token range of a reordered quotation: the words it rearranges. */
  readonly reordered?: { readonly start: number; readonly end: number };
}

/**
 * Decides whether a quotation's words are a source's words. Candidates come from the word index;
 * each is aligned word by word; only an alignment with no edits (elisions and brackets within their
 * limits, brackets not adding a number or negation) verifies. Near misses are misquotes with a
 * diff; the rest are unverified.
 */
export function verifyItems(items: readonly QuoteItem[], draft: string, library: Library, citedKeys: readonly string[] = []): Verdict {
  const words = quoteWordCount(items);
  if (words > MAX_QUOTE_WORDS) {
    return { status: 'unverified', match: null, problems: [{ code: 'too-long', message: `too long to check (${words} words; the limit is ${MAX_QUOTE_WORDS})` }] };
  }
  const cited = new Set(citedKeys.map((k) => library.sources.findIndex((s) => s.meta.key === k)).filter((i) => i >= 0));
  const candidates = findCandidates(items, library.index, DEFAULT_LIMITS, MAX_CANDIDATES, cited);
  const tried = candidates.map((c) => evaluate(items, library.sources[c.source], c.source, c.lo, c.hi, DEFAULT_LIMITS));

  const exact = tried.filter((t) => t.exact);
  if (exact.length > 0) {
    const inCited = exact.find((t) => cited.has(t.sourceIndex));
    const best = inCited ?? exact[0];
    const source = library.sources[best.sourceIndex];
    const mismatch = cited.size > 0 && !inCited;
    return { status: 'verified', match: toMatch(items, draft, source, best), problems: [], verifiedIn: mismatch ? source : undefined };
  }

  const ranked = [...tried].sort((a, b) => b.similarity - a.similarity || Number(cited.has(b.sourceIndex)) - Number(cited.has(a.sourceIndex)));
  const best = ranked[0];
  if (!best) {
    return { status: 'unverified', match: null, problems: [] };
  }
  if (items.some((it) => it.kind === 'elision')) {
    const relaxed = relaxedExact(items, library, tried);
    if (relaxed) {
      const source = library.sources[relaxed.sourceIndex];
      const problem = { code: 'elision-too-far', message: 'the elided fragments are in the source, but in different paragraphs or far apart: an elision joins words of one passage' };
      return { status: 'misquoted', match: toMatch(items, draft, source, relaxed), problems: [problem] };
    }
  }
  const stitched = stitchedPart(items, library, best);
  const problems = stitched ? [...best.problems, stitched] : best.problems;
  if (best.alignment.matched >= 3 && (best.similarity >= 0.5 || stitched)) {
    return { status: 'misquoted', match: toMatch(items, draft, library.sources[best.sourceIndex], best), problems };
  }
  return { status: 'unverified', match: null, problems: [] };
}

// A quotation whose start or end matches nothing in its passage, but is word for word elsewhere,
// was stitched from two passages without an elision mark.
function stitchedPart(items: readonly QuoteItem[], library: Library, best: Tried): Problem | undefined {
  const equal = best.alignment.steps.flatMap((s) => (s.op === 'equal' ? [s.item] : []));
  if (equal.length === 0) {
    return undefined;
  }
  const runs = [items.slice(0, Math.min(...equal)), items.slice(Math.max(...equal) + 1)];
  for (const run of runs) {
    if (run.filter((it) => it.kind === 'word').length < 3) {
      continue;
    }
    for (const c of findCandidates(run, library.index, DEFAULT_LIMITS, MAX_CANDIDATES)) {
      const source = library.sources[c.source];
      const t = evaluate(run, source, c.source, c.lo, c.hi, DEFAULT_LIMITS);
      if (t.exact) {
        const where = `${source.meta.key}, paragraph ${paragraphNumber(source, source.tokenParagraph[t.alignment.sourceStart])}`;
        return { code: 'stitched', message: `stitched from two passages: “${quoteText(run)}” comes from elsewhere (${where}); mark the join with … or quote them separately` };
      }
    }
  }
  return undefined;
}

function quoteText(items: readonly QuoteItem[]): string {
  return items.flatMap((it) => (it.kind === 'word' ? [it.token.norm] : it.kind === 'bracket' ? it.words.map((w) => w.norm) : ['…'])).join(' ');
}

function evaluate(items: readonly QuoteItem[], source: Source, sourceIndex: number, lo: number, hi: number, limits: AlignLimits): Tried {
  const alignment = align(items, source.tokens, source.tokenParagraph, lo, hi, limits);
  const groups = groupSteps(alignment.steps, items, source.tokens);
  const problems = changeProblems(groups);
  const own = items.filter((it) => it.kind === 'word').length;
  const bracketed = quoteWordCount(items) - own;
  let consumed = 0;
  for (const s of alignment.steps) {
    if (s.op === 'wildcard') {
      consumed += s.to - s.from;
    }
  }
  const spanWords = alignment.sourceEnd - alignment.sourceStart - consumed;
  const similarity = alignment.matched / Math.max(own, spanWords, 1);
  if (alignment.cost === 0 && bracketed > own) {
    problems.push({ code: 'mostly-brackets', message: 'most of the quotation is in brackets: too little of it is the source’s own words' });
  }
  const exact = alignment.cost === 0 && alignment.matched > 0 && problems.length === 0;
  const reordered = exact || bracketed > 0 ? undefined : reorderedSpan(items, source, alignment.sourceStart, own);
  if (reordered) {
    problems.push({ code: 'reordered', message: 'the source has these words in another order' });
  }
  return { sourceIndex, alignment, problems, exact, similarity: exact ? 1 : Math.min(similarity, 0.99), reordered };
}

// The quotation's words, in another order, are the source's words from where the alignment starts.
function reorderedSpan(items: readonly QuoteItem[], source: Source, start: number, count: number): { start: number; end: number } | undefined {
  if (items.some((it) => it.kind !== 'word') || start + count > source.tokens.length) {
    return undefined;
  }
  const quoteWords = items.map((it) => (it.kind === 'word' ? it.token.norm : ''));
  const sourceWords = source.tokens.slice(start, start + count).map((t) => t.norm);
  const same = [...quoteWords].sort().join(' ') === [...sourceWords].sort().join(' ');
  return same && quoteWords.join(' ') !== sourceWords.join(' ') ? { start, end: start + count } : undefined;
}

function relaxedExact(items: readonly QuoteItem[], library: Library, tried: readonly Tried[]): Tried | undefined {
  const seen = new Set<number>();
  for (const t of tried) {
    if (seen.has(t.sourceIndex)) {
      continue;
    }
    seen.add(t.sourceIndex);
    const source = library.sources[t.sourceIndex];
    const lo = Math.max(0, t.alignment.sourceStart - RELAXED.maxElision);
    const hi = Math.min(source.tokens.length, t.alignment.sourceEnd + RELAXED.maxElision);
    const again = evaluate(items, source, t.sourceIndex, lo, hi, RELAXED);
    if (again.exact) {
      return again;
    }
  }
  return undefined;
}

function toMatch(items: readonly QuoteItem[], draft: string, source: Source, tried: Tried): Match {
  const { alignment, reordered } = tried;
  if (reordered) {
    const from = source.tokens[reordered.start].start;
    const to = source.tokens[reordered.end - 1].end;
    const text = source.text.slice(from, to);
    const quoted = items[0].kind === 'word' && items[items.length - 1].kind === 'word' ? draft.slice(items[0].token.start, (items[items.length - 1] as { token: { end: number } }).token.end) : '';
    return { source, start: from, end: to, text, similarity: Math.round(tried.similarity * 1000) / 1000, diff: [{ op: 'replace', quote: quoted, source: text }], suggestion: text };
  }
  const groups = groupSteps(alignment.steps, items, source.tokens);
  const first = source.tokens[alignment.sourceStart];
  const last = source.tokens[Math.max(alignment.sourceStart, alignment.sourceEnd - 1)];
  return {
    source,
    start: first.start,
    end: last.end,
    text: source.text.slice(first.start, last.end),
    similarity: Math.round(tried.similarity * 1000) / 1000,
    diff: diffParts(groups, draft, source.text),
    suggestion: suggestion(groups, draft, source.text),
  };
}
