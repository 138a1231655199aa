import { align, Alignment, DEFAULT_LIMITS, Step } from './align';
import { changeProblems, DiffPart, diffParts, groupSteps, Problem } from './diff';
import { FUNCTION_WORDS } from './functionWords';
import { informativeShare } from './informative';
import { passageTokens } from './passageTokens';
import { QuoteItem } from './quoteItems';
import { paragraphNumber } from './source';
import { sourceView, startsSentenceAt } from './sourceView';
import type { Match } from './match';
import type { Judging, Tried } from './judging';

// Share of the quotation's words, between the first and the last in its passage, that a stitched
// quotation's passage must hold in place.
const STITCHED_PASSAGE = 0.75;
// A part of a stitched quotation: at least this many words in place, and this share of its words
// and of their information.
const PART_WORDS = 3;
const PART_SHARE = 0.5;

/** One part of a quotation stitched from two places of one passage: items [from, to) aligned on their own. */
export interface StitchPart {
  readonly from: number;
  readonly to: number;
  readonly alignment: Alignment;
}

/** A quotation stitched from parts of one passage without an elision mark. */
export interface Stitch {
  readonly sourceIndex: number;
  /** The parts, in the quotation's order. */
  readonly parts: readonly StitchPart[];
  readonly problems: readonly Problem[];
}

/**
 * A quotation whose best alignment lines up a solid part of it, and whose words before or after
 * that part line up elsewhere in the same passage (that paragraph or the next one either side) —
 * in the other order, or with other words between them and no elision mark. "We demand the
 * world's attention and we are not asking for pity", from an official's two sentences, is such a
 * quotation: a misquote of that passage, not words that match no source.
 */
export function stitchedWithin(j: Judging, best: Tried): Stitch | undefined {
  const span = solidSpan(best.alignment.steps) ?? longestRun(best.alignment.steps);
  if (!span) {
    return undefined;
  }
  const source = j.library.sources[best.sourceIndex];
  const paragraph = source.tokenParagraph[best.alignment.sourceStart];
  const firstWords = source.record.paragraphWords;
  const lo = firstWords[Math.max(0, paragraph - 1)];
  const hi = firstWords[Math.min(firstWords.length - 1, paragraph + 2)];
  const main: StitchPart = { from: span.first, to: span.after, alignment: restrict(best.alignment, span.first, span.after) };
  if (!isPart(j, main, source.wordIds)) {
    return undefined;
  }
  const parts: StitchPart[] = [main];
  let inWindow: Set<number> | undefined;
  for (const [from, to] of [[0, span.first], [span.after, j.items.length]]) {
    if (j.items.slice(from, to).filter((it) => it.kind === 'word').length < PART_WORDS) {
      continue;
    }
    // Aligning is worth it only if enough of the part's words are in the passage at all.
    inWindow ??= new Set(source.wordIds.subarray(lo, hi));
    let present = 0;
    for (let i = from; i < to; i++) {
      present += j.ids[i] >= 0 && inWindow.has(j.ids[i]) ? 1 : 0;
    }
    if (present < PART_WORDS) {
      continue;
    }
    const part = { from, to, alignment: align(j.items.slice(from, to), j.ids.subarray(from, to), source.wordIds, source.tokenParagraph, lo, hi, DEFAULT_LIMITS) };
    const [first, second] = from < main.from ? [part, main] : [main, part];
    if (apart(first.alignment, second.alignment, (p) => startsSentenceAt(source, p)) && isPart(j, part, source.wordIds)) {
      parts.push(part);
    }
  }
  if (parts.length === 1) {
    return undefined;
  }
  parts.sort((a, b) => a.from - b.from);
  const reversed = parts.some((p, k) => k > 0 && p.alignment.sourceStart < parts[k - 1].alignment.sourceStart);
  const pieces = parts.map((p) => `“${written(j.draft, j.items.slice(p.from, p.to))}”`).join(' and ');
  const how = reversed ? 'in the other order' : 'apart, with other words between them';
  const problems: Problem[] = [{ code: 'stitched', message: `stitched from two parts of one passage without an elision mark: ${pieces} are ${how} in the source; quote them separately, or in the source's order with … between` }];
  for (const p of parts) {
    problems.push(...changeProblems(groupSteps(shifted(p), j.items, (q) => ({ norm: source.wordAt(q), start: -1, end: -1 }))));
  }
  return { sourceIndex: best.sourceIndex, parts, problems };
}

/** The passage a stitched quotation was made from, the diff part by part, and its parts in the source's order. */
export function stitchMatch(j: Judging, stitch: Stitch): Match {
  const source = j.library.sources[stitch.sourceIndex];
  const lo = Math.min(...stitch.parts.map((p) => p.alignment.sourceStart));
  const hi = Math.max(...stitch.parts.map((p) => p.alignment.sourceEnd));
  const tokenAt = passageTokens(source, j.library.vocabulary, lo, hi);
  const diff: DiffPart[] = [];
  for (const p of stitch.parts) {
    diff.push(...diffParts(groupSteps(shifted(p), j.items, tokenAt), j.draft, source.text));
  }
  const inSourceOrder = [...stitch.parts].sort((a, b) => a.alignment.sourceStart - b.alignment.sourceStart);
  const suggestion = inSourceOrder.map((p) => source.text.slice(tokenAt(p.alignment.sourceStart).start, tokenAt(p.alignment.sourceEnd - 1).end)).join(' … ');
  const start = tokenAt(lo).start;
  const end = tokenAt(hi - 1).end;
  const matched = stitch.parts.reduce((n, p) => n + p.alignment.matched, 0);
  const words = j.items.filter((it) => it.kind === 'word').length;
  return { source, start, end, text: source.text.slice(start, end), similarity: Math.round((Math.min(0.99, matched / Math.max(1, words)) * 1000)) / 1000, diff, suggestion: suggestion.replace(/\s+/g, ' ') };
}

/**
 * A misquote that leaves out source words between two of its runs without an elision mark: a
 * phrase ("reinforcements … to Belgorod" over "from Goptarovka in Kursk", two words or more), or
 * whatever runs the passage's sentences together ("… is unclear. One Russian military blogger …"
 * over a dropped sentence; "one-sided, and there must be …" over the reporter's attribution).
 */
export function joinedSentences(j: Judging, best: Tried): Problem | undefined {
  const source = j.library.sources[best.sourceIndex];
  let last = -1;
  let deleted = 0;
  let replaced = false;
  for (const s of best.alignment.steps) {
    if (s.op === 'delete') {
      deleted++;
    } else if (s.op === 'replace' || s.op === 'insert') {
      replaced = true;
    }
    if (s.op !== 'equal') {
      continue;
    }
    if (last >= 0 && s.source > last + 1 && (deleted > 0 || replaced)) {
      let sentences = false;
      for (let q = last + 1; q <= s.source && !sentences; q++) {
        sentences = startsSentenceAt(source, q);
      }
      if (sentences || (deleted >= 2 && !replaced)) {
        const dropped = sourceView(source, j.library.vocabulary, last, s.source).text(last + 1, s.source);
        return sentences
          ? { code: 'stitched', message: `joins sentences without an elision mark, dropping “${dropped}”; mark the cut with …` }
          : { code: 'stitched', message: `drops “${dropped}” without an elision mark; mark the cut with …` };
      }
    }
    last = s.source;
    deleted = 0;
    replaced = false;
  }
  return undefined;
}

/**
 * A quotation whose start or end matches nothing in its passage, but is word for word elsewhere,
 * was stitched from two passages without an elision mark. The passage must hold the rest of the
 * quotation, nearly word for word: a few words scattered over it are no passage of the quotation.
 * `exactly` finds where a run of the quotation's items is word for word.
 */
export function stitchedElsewhere(j: Judging, best: Tried, exactly: (run: readonly QuoteItem[]) => Tried | undefined): Problem | undefined {
  const span = solidSpan(best.alignment.steps);
  if (!span) {
    return undefined;
  }
  for (const run of [j.items.slice(0, span.first), j.items.slice(span.after)]) {
    if (run.filter((it) => it.kind === 'word').length < PART_WORDS) {
      continue;
    }
    // A run of function words ("that had been") is word for word almost anywhere: no evidence.
    const t = run.some((it) => it.kind === 'word' && !FUNCTION_WORDS.has(it.token.norm)) ? exactly(run) : undefined;
    if (t) {
      const source = j.library.sources[t.sourceIndex];
      const where = `${source.meta.key}, paragraph ${paragraphNumber(source, source.tokenParagraph[t.alignment.sourceStart])}`;
      return { code: 'stitched', message: `stitched from two passages: “${written(j.draft, run)}” comes from elsewhere (${where}); mark the join with … or quote them separately` };
    }
  }
  return undefined;
}

// A part lines up enough of its words, and of their information, to be a part of the passage.
function isPart(j: Judging, part: StitchPart, words: Uint32Array): boolean {
  const count = j.items.slice(part.from, part.to).filter((it) => it.kind === 'word').length;
  const { matched } = part.alignment;
  return matched >= PART_WORDS && matched >= PART_SHARE * count && informativeShare(j, part.alignment, words, part.from, part.to) >= PART_SHARE;
}

// Two parts of a quotation, in its order, come from places of the source apart: the other way
// round, or with source words between them that the quotation leaves out (two or more, or a
// sentence's end) — not a part and the word that was changed next to it.
function apart(first: Alignment, second: Alignment, startsSentence: (p: number) => boolean): boolean {
  if (second.sourceStart < first.sourceEnd) {
    return second.sourceEnd <= first.sourceStart;
  }
  for (let p = first.sourceEnd; p <= second.sourceStart; p++) {
    if (p > first.sourceEnd && startsSentence(p)) {
      return true;
    }
  }
  return second.sourceStart - first.sourceEnd >= 2;
}

// The items of the longest run of words in place.
function longestRun(steps: readonly Step[]): { first: number; after: number } | undefined {
  let best: { first: number; after: number } | undefined;
  let run: { first: number; after: number } | undefined;
  for (const s of steps) {
    if (s.op === 'equal') {
      run = run ? { first: run.first, after: s.item + 1 } : { first: s.item, after: s.item + 1 };
      if (!best || run.after - run.first > best.after - best.first) {
        best = run;
      }
    } else {
      run = undefined;
    }
  }
  return best;
}

// The items from the first to the last in place, when most of those in between are in place too.
function solidSpan(steps: readonly Step[]): { first: number; after: number } | undefined {
  const equal = steps.flatMap((s) => (s.op === 'equal' ? [s.item] : []));
  if (equal.length === 0) {
    return undefined;
  }
  const first = Math.min(...equal);
  const after = Math.max(...equal) + 1;
  return equal.length >= STITCHED_PASSAGE * (after - first) ? { first, after } : undefined;
}

// The steps of an alignment that concern items [from, to), and the source words dropped between them.
function restrict(alignment: Alignment, from: number, to: number): Alignment {
  const steps: Step[] = [];
  let inside = false;
  for (const s of alignment.steps) {
    if (s.op === 'delete') {
      if (inside) {
        steps.push(s);
      }
      continue;
    }
    inside = s.item >= from && s.item < to - 1;
    if (s.item >= from && s.item < to) {
      steps.push({ ...s, item: s.item - from } as Step);
    }
  }
  while (steps.length > 0 && steps[steps.length - 1].op === 'delete') {
    steps.pop();
  }
  const covered = steps.flatMap((s) => (s.op === 'equal' || s.op === 'replace' || s.op === 'delete' ? [s.source] : []));
  const sourceStart = Math.min(...covered);
  const sourceEnd = Math.max(...covered) + 1;
  return { cost: steps.filter((s) => s.op !== 'equal' && s.op !== 'wildcard').length, steps, sourceStart, sourceEnd, matched: steps.filter((s) => s.op === 'equal').length };
}

// A part's steps with item numbers of the whole quotation.
function shifted(p: StitchPart): Step[] {
  return p.alignment.steps.map((s) => (s.op === 'delete' ? s : ({ ...s, item: s.item + p.from } as Step)));
}

// Items of a quotation as the draft writes them, white space collapsed.
function written(draft: string, items: readonly QuoteItem[]): string {
  const start = (it: QuoteItem) => (it.kind === 'word' ? it.token.start : it.start);
  const end = (it: QuoteItem) => (it.kind === 'word' ? it.token.end : it.end);
  return items.length === 0 ? '' : draft.slice(start(items[0]), end(items[items.length - 1])).replace(/\s+/g, ' ');
}
