import { align, AlignLimits, Alignment, DEFAULT_LIMITS } from './align';
import { findCandidates } from './candidates';
import { exactPassages } from './exactPassages';
import { changeProblems, DiffPart, diffParts, groupSteps, Problem, suggestion } from './diff';
import { Library } from './library';
import { QuoteItem, quoteWordCount } from './quoteItems';
import { QuoteShape, quoteShape } from './quoteShape';
import { passageTokens } from './passageTokens';
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
const NO_PARAGRAPHS = new Int32Array(0);
// Share of the quotation's words, between the first and the last in its passage, that a stitched
// quotation's passage must hold in place.
const STITCHED_PASSAGE = 0.75;
// Places an exact search aligns at most: the first one is word for word unless the quotation has
// elisions or brackets, whose reach alignment alone decides.
const MAX_EXACT_TRIES = 16;
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
 * Decides whether a quotation's words are a source's words. Only an alignment with no edits
 * (elisions and brackets within their limits, brackets not adding a number or negation) verifies.
 * The places where the quotation may be word for word are aligned first, cited sources first, and
 * the first that verifies is the answer; otherwise the best near misses the word index gives are
 * aligned, and the closest is a misquote with a diff, or the quotation is unverified.
 */
export function verifyItems(items: readonly QuoteItem[], draft: string, library: Library, citedKeys: readonly string[] = []): Verdict {
  const words = quoteWordCount(items);
  if (words > MAX_QUOTE_WORDS) {
    return { status: 'unverified', match: null, problems: [{ code: 'too-long', message: `too long to check (${words} words; the limit is ${MAX_QUOTE_WORDS})` }] };
  }
  const cited = new Set(citedKeys.map((k) => library.indexOf(k)).filter((i) => i >= 0));
  const shape = quoteShape(items, library.index, DEFAULT_LIMITS);
  const ids = shape.ids;
  const found = exactMatch(items, shape, library, cited);
  const tried = found ? [] : findCandidates(shape, library, MAX_CANDIDATES, cited).map((c) => evaluate(items, ids, library.sources[c.source], c.source, c.lo, c.hi, DEFAULT_LIMITS));

  const exact = found ? [found] : tried.filter((t) => t.exact);
  if (exact.length > 0) {
    const inCited = exact.find((t) => cited.has(t.sourceIndex));
    const best = inCited ?? exact[0];
    const source = library.sources[best.sourceIndex];
    const mismatch = cited.size > 0 && !inCited;
    return { status: 'verified', match: toMatch(items, draft, library, source, best), problems: [], verifiedIn: mismatch ? source : undefined };
  }

  const ranked = [...tried].sort((a, b) => b.similarity - a.similarity || Number(cited.has(b.sourceIndex)) - Number(cited.has(a.sourceIndex)));
  const best = ranked[0];
  if (!best) {
    return { status: 'unverified', match: null, problems: [] };
  }
  if (items.some((it) => it.kind === 'elision')) {
    const relaxed = relaxedExact(items, ids, library, tried);
    if (relaxed) {
      const source = library.sources[relaxed.sourceIndex];
      const problem = { code: 'elision-too-far', message: 'the elided fragments are in the source, but in different paragraphs or far apart: an elision joins words of one passage' };
      return { status: 'misquoted', match: toMatch(items, draft, library, source, relaxed), problems: [problem] };
    }
  }
  const stitched = stitchedPart(items, library, best);
  const problems = stitched ? [...best.problems, stitched] : best.problems;
  if (best.alignment.matched >= 3 && (best.similarity >= 0.5 || stitched)) {
    return { status: 'misquoted', match: toMatch(items, draft, library, library.sources[best.sourceIndex], best), problems };
  }
  return { status: 'unverified', match: null, problems: [] };
}

// A quotation whose start or end matches nothing in its passage, but is word for word elsewhere,
// was stitched from two passages without an elision mark. The passage must hold the rest of the
// quotation, nearly word for word: a few words scattered over it are no passage of the quotation.
function stitchedPart(items: readonly QuoteItem[], library: Library, best: Tried): Problem | undefined {
  const equal = best.alignment.steps.flatMap((s) => (s.op === 'equal' ? [s.item] : []));
  if (equal.length === 0) {
    return undefined;
  }
  const first = Math.min(...equal);
  const after = Math.max(...equal) + 1;
  if (equal.length < STITCHED_PASSAGE * (after - first)) {
    return undefined;
  }
  for (const run of [items.slice(0, first), items.slice(after)]) {
    if (run.filter((it) => it.kind === 'word').length < 3) {
      continue;
    }
    const t = exactMatch(run, quoteShape(run, library.index, DEFAULT_LIMITS), library);
    if (t) {
      const source = library.sources[t.sourceIndex];
      const where = `${source.meta.key}, paragraph ${paragraphNumber(source, source.tokenParagraph[t.alignment.sourceStart])}`;
      return { code: 'stitched', message: `stitched from two passages: “${quoteText(run)}” comes from elsewhere (${where}); mark the join with … or quote them separately` };
    }
  }
  return undefined;
}

function quoteText(items: readonly QuoteItem[]): string {
  return items.flatMap((it) => (it.kind === 'word' ? [it.token.norm] : it.kind === 'bracket' ? it.words.map((w) => w.norm) : ['…'])).join(' ');
}

// The first place where the quotation is word for word (cited sources first), aligned to be sure.
function exactMatch(items: readonly QuoteItem[], shape: QuoteShape, library: Library, cited: ReadonlySet<number> = new Set()): Tried | undefined {
  let tries = 0;
  for (const c of exactPassages(shape, library, cited)) {
    const t = evaluate(items, shape.ids, library.sources[c.source], c.source, c.lo, c.hi, DEFAULT_LIMITS);
    if (t.exact) {
      return t;
    }
    if (++tries === MAX_EXACT_TRIES) {
      return undefined;
    }
  }
  return undefined;
}

function evaluate(items: readonly QuoteItem[], ids: Int32Array, source: Source, sourceIndex: number, lo: number, hi: number, limits: AlignLimits): Tried {
  const wild = items.some((it) => it.kind !== 'word');
  // Paragraphs only matter to elisions and brackets: a plain quotation does without them.
  const alignment = align(items, ids, source.wordIds, wild ? source.tokenParagraph : NO_PARAGRAPHS, lo, hi, limits);
  // Problems need only the source's words, not their offsets: no tokenising here.
  const groups = groupSteps(alignment.steps, items, (p) => ({ norm: source.wordAt(p), start: -1, end: -1 }));
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
  const reordered = exact || wild ? undefined : reorderedSpan(ids, source, alignment.sourceStart);
  if (reordered) {
    problems.push({ code: 'reordered', message: 'the source has these words in another order' });
  }
  return { sourceIndex, alignment, problems, exact, similarity: exact ? 1 : Math.min(similarity, 0.99), reordered };
}

// The quotation's words, in another order, are the source's words from where the alignment starts.
function reorderedSpan(ids: Int32Array, source: Source, start: number): { start: number; end: number } | undefined {
  const count = ids.length;
  const words = source.wordIds;
  if (start + count > words.length) {
    return undefined;
  }
  let inOrder = true;
  for (let k = 0; k < count && inOrder; k++) {
    inOrder = words[start + k] === ids[k];
  }
  // A word no source has (id -1) is never among the source's words.
  const quoted = Int32Array.from(ids).sort();
  const found = Int32Array.from(words.subarray(start, start + count)).sort();
  return !inOrder && quoted.every((id, k) => id === found[k]) ? { start, end: start + count } : undefined;
}

function relaxedExact(items: readonly QuoteItem[], ids: Int32Array, library: Library, tried: readonly Tried[]): Tried | undefined {
  const seen = new Set<number>();
  for (const t of tried) {
    if (seen.has(t.sourceIndex)) {
      continue;
    }
    seen.add(t.sourceIndex);
    const source = library.sources[t.sourceIndex];
    const lo = Math.max(0, t.alignment.sourceStart - RELAXED.maxElision);
    const hi = Math.min(source.wordCount, t.alignment.sourceEnd + RELAXED.maxElision);
    const again = evaluate(items, ids, source, t.sourceIndex, lo, hi, RELAXED);
    if (again.exact) {
      return again;
    }
  }
  return undefined;
}

function toMatch(items: readonly QuoteItem[], draft: string, library: Library, source: Source, tried: Tried): Match {
  const { alignment, reordered } = tried;
  if (reordered) {
    const tokenAt = passageTokens(source, library.vocabulary, reordered.start, reordered.end);
    const from = tokenAt(reordered.start).start;
    const to = tokenAt(reordered.end - 1).end;
    const text = source.text.slice(from, to);
    const quoted = items[0].kind === 'word' && items[items.length - 1].kind === 'word' ? draft.slice(items[0].token.start, (items[items.length - 1] as { token: { end: number } }).token.end) : '';
    return { source, start: from, end: to, text, similarity: Math.round(tried.similarity * 1000) / 1000, diff: [{ op: 'replace', quote: quoted, source: text }], suggestion: text };
  }
  let lo = alignment.sourceStart;
  let hi = alignment.sourceEnd;
  for (const s of alignment.steps) {
    if (s.op === 'wildcard') {
      lo = Math.min(lo, s.from);
      hi = Math.max(hi, s.to);
    }
  }
  const tokenAt = passageTokens(source, library.vocabulary, lo, hi);
  const groups = groupSteps(alignment.steps, items, tokenAt);
  const first = tokenAt(alignment.sourceStart);
  const last = tokenAt(Math.max(alignment.sourceStart, alignment.sourceEnd - 1));
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
