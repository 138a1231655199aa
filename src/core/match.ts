import { DiffPart, diffParts, groupSteps, suggestion } from './diff';
import { passageTokens } from './passageTokens';
import { Source } from './source';
import type { Judging, Tried } from './judging';

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

/** A judged alignment as the writer sees it: the source passage, the diff, the corrected wording. */
export function toMatch(j: Judging, source: Source, tried: Tried): Match {
  const { items, draft, library } = j;
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
  // A correction of a cut that changed the meaning covers the negation the quotation's ends left out.
  const from = Math.min(alignment.sourceStart, tried.cuts?.from ?? Infinity);
  const to = Math.max(alignment.sourceEnd, tried.cuts?.to ?? 0);
  const tokenAt = passageTokens(source, library.vocabulary, Math.min(lo, from), Math.max(hi, to));
  const groups = groupSteps(alignment.steps, items, tokenAt);
  const first = tokenAt(from);
  const last = tokenAt(Math.max(from, to - 1));
  const restore = new Set([...(tried.cuts?.restore ?? [])].map((i) => items[i]));
  const before = from < alignment.sourceStart ? source.text.slice(first.start, tokenAt(alignment.sourceStart).start) : '';
  const after = to > alignment.sourceEnd ? source.text.slice(tokenAt(alignment.sourceEnd - 1).end, last.end) : '';
  return {
    source,
    start: first.start,
    end: last.end,
    text: source.text.slice(first.start, last.end),
    similarity: Math.round(tried.similarity * 1000) / 1000,
    diff: diffParts(groups, draft, source.text),
    suggestion: (before + suggestion(groups, draft, source.text, restore) + after).replace(/\s+/g, ' '),
  };
}

/** The quotation's words, in another order, are the source's words from where the alignment starts. */
export function reorderedSpan(ids: Int32Array, words: Uint32Array, start: number): { start: number; end: number } | undefined {
  const count = ids.length;
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

