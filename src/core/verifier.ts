import { align, AlignLimits, DEFAULT_LIMITS, reachEnds } from './align';
import { findCandidates } from './candidates';
import { CutReview, draftContext, reviewCuts } from './cutMeaning';
import { changeProblems, groupSteps, Problem } from './diff';
import { exactPassages } from './exactPassages';
import { informativeShare } from './informative';
import { Library } from './library';
import { cutCount, QuoteItem, quoteWordCount } from './quoteItems';
import { QuoteShape, quoteShape } from './quoteShape';
import { Judging, Tried } from './judging';
import { Match, reorderedSpan, toMatch } from './match';
import { Source } from './source';
import { sourceView } from './sourceView';
import { joinedSentences, Stitch, stitchedElsewhere, stitchedWithin, stitchMatch } from './stitched';

/** The engine's judgement of one quotation's words (citations aside). */
export interface Verdict {
  readonly status: 'verified' | 'misquoted' | 'unverified';
  readonly match: Match | null;
  readonly problems: readonly Problem[];
  /** Set when the words are verified in a source other than the cited one. */
  readonly verifiedIn?: Source;
  /** Set when the verdict depends on the draft's words around the quotation (see `draftContext`). */
  readonly contextual?: true;
}

/** Quotations longer than this are not aligned (the cost grows with the square of the length). */
export const MAX_QUOTE_WORDS = 1500;
/** Most elisions and brackets one quotation may use: each widens the stretch of source to align. */
export const MAX_CUTS = 12;
const MAX_CANDIDATES = 8;
const NO_PARAGRAPHS = new Int32Array(0);
// Places an exact search aligns at most: the first one is word for word unless the quotation has
// elisions or brackets, whose reach alignment alone decides.
const MAX_EXACT_TRIES = 16;
const RELAXED: AlignLimits = { maxElision: 400, maxBracket: 6, elisionAcrossParagraphs: true };
// A misquote must line up at least this many words, carrying at least this share of the
// quotation's information (see `informativeShare`)...
const MIN_MATCHED = 3;
const MIN_SHARE = 0.5;
// ...or nearly all its words in place, with a run of this many together.
const CLOSE = 0.8;
const CLOSE_RUN = 4;

/**
 * Decides whether a quotation's words are a source's words. Only an alignment with no edits
 * (elisions and brackets within their limits) whose cuts keep the source's meaning verifies (see
 * `reviewCuts`). The places where the quotation may be word for word are aligned first, cited
 * sources first, and the first that verifies is the answer; otherwise the best near misses the
 * word index gives are aligned, and the closest is a misquote with a diff when it lines up the
 * passage's informative words, or the quotation is unverified.
 */
export function verifyItems(items: readonly QuoteItem[], draft: string, library: Library, citedKeys: readonly string[] = []): Verdict {
  const words = quoteWordCount(items);
  if (words > MAX_QUOTE_WORDS) {
    return { status: 'unverified', match: null, problems: [{ code: 'too-long', message: `too long to check (${words} words; the limit is ${MAX_QUOTE_WORDS})` }] };
  }
  const cuts = cutCount(items);
  if (cuts > MAX_CUTS) {
    return { status: 'unverified', match: null, problems: [{ code: 'too-many-cuts', message: `too many elisions and brackets to check (${cuts}; the limit is ${MAX_CUTS})` }] };
  }
  const cited = new Set(citedKeys.map((k) => library.indexOf(k)).filter((i) => i >= 0));
  const shape = quoteShape(items, library.index, DEFAULT_LIMITS);
  let contextual = false;
  const context = () => {
    contextual = true;
    return draftContext(items, draft);
  };
  const judging: Judging = { items, ids: shape.ids, draft, library, context };
  const verdict = judge(judging, shape, cited);
  return contextual ? { ...verdict, contextual } : verdict;
}

function judge(judging: Judging, shape: QuoteShape, cited: ReadonlySet<number>): Verdict {
  const { items, library } = judging;
  const found = exactMatch(judging, shape, cited);
  if (found.exact) {
    return verified(judging, found.exact, cited);
  }
  const tried = findCandidates(shape, library, MAX_CANDIDATES, cited).map((c) => evaluate(judging, c.source, c.lo, c.hi, DEFAULT_LIMITS));
  const verifiedSomewhere = tried.filter((t) => t.exact);
  if (verifiedSomewhere.length > 0) {
    return verified(judging, verifiedSomewhere.find((t) => cited.has(t.sourceIndex)) ?? verifiedSomewhere[0], cited);
  }
  // Every word in place, but a cut changes the meaning: a misquote of that passage, whatever else is near.
  if (found.flawed) {
    return misquoted(judging, found.flawed, found.flawed.problems);
  }
  const ranked = [...tried].sort((a, b) => b.similarity - a.similarity || Number(cited.has(b.sourceIndex)) - Number(cited.has(a.sourceIndex)));
  if (!ranked[0]) {
    return { status: 'unverified', match: null, problems: [] };
  }
  // The closest near miss, its ends reaching for the words it left out: what the writer will see.
  const best = evaluate(judging, ranked[0].sourceIndex, ranked[0].lo, ranked[0].hi, DEFAULT_LIMITS, true);
  if (items.some((it) => it.kind === 'elision')) {
    const relaxed = relaxedExact(judging, tried);
    if (relaxed) {
      const problem: Problem = { code: 'elision-too-far', message: 'the elided fragments are in the source, but in different paragraphs or far apart: an elision joins words of one passage' };
      return misquoted(judging, relaxed, [problem]);
    }
  }
  const within = stitchedWithin(judging, best);
  if (within) {
    return stitchVerdict(judging, within);
  }
  const elsewhere = stitchedElsewhere(judging, best, (run) => {
    const runShape = quoteShape(run, library.index, DEFAULT_LIMITS);
    return exactMatch({ ...judging, items: run, ids: runShape.ids }, runShape).exact;
  });
  const clearlyMeant =
    best.alignment.matched >= MIN_MATCHED &&
    (best.similarity >= 0.5 || elsewhere) &&
    (informativeShare(judging, best.alignment, library.sources[best.sourceIndex].wordIds) >= MIN_SHARE || closeRun(best));
  if (clearlyMeant) {
    const stitched = elsewhere ?? (best.problems.some((p) => p.code === 'stitched') ? undefined : joinedSentences(judging, best));
    return misquoted(judging, best, stitched ? [...best.problems, stitched] : best.problems);
  }
  return { status: 'unverified', match: null, problems: [] };
}

// Nearly every word in place, a run of several of them together: a passage is meant even when
// most of its words are function words ("know that some of [those] are").
function closeRun(t: Tried): boolean {
  let run = 0;
  let longest = 0;
  for (const s of t.alignment.steps) {
    run = s.op === 'equal' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return t.similarity >= CLOSE && longest >= CLOSE_RUN;
}

function verified(j: Judging, best: Tried, cited: ReadonlySet<number>): Verdict {
  const source = j.library.sources[best.sourceIndex];
  const mismatch = cited.size > 0 && !cited.has(best.sourceIndex);
  return { status: 'verified', match: toMatch(j, source, best), problems: [], verifiedIn: mismatch ? source : undefined };
}

function misquoted(j: Judging, tried: Tried, problems: readonly Problem[]): Verdict {
  return { status: 'misquoted', match: toMatch(j, j.library.sources[tried.sourceIndex], tried), problems };
}

function stitchVerdict(j: Judging, stitch: Stitch): Verdict {
  return { status: 'misquoted', match: stitchMatch(j, stitch), problems: [...stitch.problems] };
}

/**
 * The first place where the quotation is word for word (cited sources first), aligned to be sure;
 * and the first place where its words are all there but a cut changes the meaning.
 */
export function exactMatch(j: Judging, shape: QuoteShape, cited: ReadonlySet<number> = new Set()): { exact?: Tried; flawed?: Tried } {
  let tries = 0;
  let flawed: Tried | undefined;
  for (const c of exactPassages(shape, j.library, cited)) {
    const t = evaluate(j, c.source, c.lo, c.hi, DEFAULT_LIMITS);
    if (t.exact) {
      return { exact: t, flawed };
    }
    if (!flawed && t.alignment.cost === 0 && t.problems.length > 0 && !t.problems.some((p) => p.code === 'mostly-brackets')) {
      flawed = t;
    }
    if (++tries === MAX_EXACT_TRIES) {
      break;
    }
  }
  return { flawed };
}

/**
 * Aligns the quotation with source words [lo, hi) and judges the alignment; with `reach`, an
 * alignment that is not word for word reaches past its ends for words it left out (`reachEnds`).
 */
export function evaluate(j: Judging, sourceIndex: number, lo: number, hi: number, limits: AlignLimits, reach = false): Tried {
  const { items, ids, library } = j;
  const source = library.sources[sourceIndex];
  const wild = items.some((it) => it.kind !== 'word');
  // Paragraphs only matter to elisions and brackets: a plain quotation does without them.
  const aligned = align(items, ids, source.wordIds, wild ? source.tokenParagraph : NO_PARAGRAPHS, lo, hi, limits);
  const alignment = reach && aligned.cost > 0 ? reachEnds(aligned, ids, source.wordIds, lo, hi) : aligned;
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
  let cuts: CutReview | undefined;
  const full = alignment.cost === 0 && alignment.matched > 0 && problems.length === 0;
  if (full || wild) {
    // What the cuts and the quotation's ends leave out decides a word-for-word alignment.
    const view = sourceView(source, library.vocabulary, alignment.sourceStart, alignment.sourceEnd);
    cuts = reviewCuts(items, alignment.steps, alignment.sourceStart, alignment.sourceEnd, view, j.draft, full, j.context);
    problems.push(...cuts.problems);
  }
  const exact = alignment.cost === 0 && alignment.matched > 0 && problems.length === 0;
  const reordered = exact || wild ? undefined : reorderedSpan(ids, source.wordIds, alignment.sourceStart);
  if (reordered) {
    problems.push({ code: 'reordered', message: 'the source has these words in another order' });
  }
  return { sourceIndex, lo, hi, alignment, problems, exact, similarity: exact ? 1 : Math.min(similarity, 0.99), reordered, cuts: cuts?.problems.length ? cuts : undefined };
}

function relaxedExact(j: Judging, tried: readonly Tried[]): Tried | undefined {
  const seen = new Set<number>();
  for (const t of tried) {
    if (seen.has(t.sourceIndex)) {
      continue;
    }
    seen.add(t.sourceIndex);
    const source = j.library.sources[t.sourceIndex];
    const lo = Math.max(0, t.alignment.sourceStart - RELAXED.maxElision);
    const hi = Math.min(source.wordCount, t.alignment.sourceEnd + RELAXED.maxElision);
    const again = evaluate(j, t.sourceIndex, lo, hi, RELAXED);
    if (again.exact) {
      return again;
    }
  }
  return undefined;
}
