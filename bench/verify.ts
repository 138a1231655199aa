import { checkDraft, QuoteCheck } from '../src/core/checker';
import { DraftChecker } from '../src/core/draftChecker';
import { Library } from '../src/core/library';
import { TestDraft } from './drafts';
import { QuoteKind, Verdict } from './quotes';
import { summarize, Summary, timed } from './stats';

export type Actual = Verdict | 'skipped' | 'missing';

/** How the verdicts compare with the ground truth. */
export interface Accuracy {
  readonly total: number;
  readonly correct: number;
  readonly accuracy: number;
  /** expected → actual → count. */
  readonly confusion: Record<Verdict, Partial<Record<Actual, number>>>;
  readonly byKind: Partial<Record<QuoteKind, { total: number; correct: number }>>;
}

/** Scores verdicts (in the draft's quotation order) against the ground truth. */
export function score(draft: TestDraft, verdicts: readonly Actual[], only?: ReadonlySet<number>): Accuracy {
  const confusion: Accuracy['confusion'] = { verified: {}, misquoted: {}, unverified: {} };
  const byKind: Accuracy['byKind'] = {};
  let correct = 0;
  let total = 0;
  draft.quotes.forEach((q, i) => {
    if (only && !only.has(i)) {
      return;
    }
    const actual = verdicts[i];
    total++;
    confusion[q.expected][actual] = (confusion[q.expected][actual] ?? 0) + 1;
    const kind = (byKind[q.kind] ??= { total: 0, correct: 0 });
    kind.total++;
    if (actual === q.expected) {
      correct++;
      kind.correct++;
    }
  });
  return { total, correct, accuracy: total > 0 ? correct / total : NaN, confusion, byKind };
}

/** The engine's verdict for each quotation of the draft, found by position. */
export function verdictsOf(draft: TestDraft, checks: readonly QuoteCheck[]): Actual[] {
  return draft.quotes.map((q) => checks.find((c) => c.outerStart <= q.start && q.start < c.outerEnd)?.status ?? 'missing');
}

/** Timing and accuracy of checking the 200-quotation draft with checkDraft. */
export function measureVerification(library: Library, draft: TestDraft, runs: number): { ms: Summary; perQuoteMs: number; accuracy: Accuracy; verdicts: Actual[] } {
  const times: number[] = [];
  let checks: QuoteCheck[] = [];
  for (let r = 0; r < runs; r++) {
    const t = timed(() => checkDraft(draft.text, library));
    times.push(t.ms);
    checks = t.value.quotes;
  }
  const verdicts = verdictsOf(draft, checks);
  const ms = summarize(times);
  return { ms, perQuoteMs: ms.median / draft.quotes.length, accuracy: score(draft, verdicts), verdicts };
}

/** Re-check figures for a long draft. */
export interface Recheck {
  readonly fullCheckMs: Summary;
  readonly firstCheckMs: number;
  readonly quoteEditMs: Summary;
  readonly proseEditMs: Summary;
  /** DraftChecker gave the same verdicts as checkDraft on the edited drafts. */
  readonly sameAsCheckDraft: boolean;
}

/**
 * Re-checking a long draft after one-word edits: DraftChecker.check alternating between the draft
 * and the edited draft, so every call sees a one-word change. The full checkDraft time is measured
 * too, for comparison.
 */
export function measureRecheck(library: Library, draft: TestDraft, quoteEdit: string, proseEdit: string, runs: number): Recheck {
  const full: number[] = [];
  for (let r = 0; r < Math.max(1, Math.min(runs, 3)); r++) {
    full.push(timed(() => checkDraft(draft.text, library)).ms);
  }
  const fullCheckMs = summarize(full);
  const checker = new DraftChecker(library);
  const first = timed(() => checker.check(draft.text));
  const alternate = (edited: string) => {
    const times: number[] = [];
    for (let r = 0; r < Math.max(runs, 10); r++) {
      times.push(timed(() => checker.check(edited)).ms);
      times.push(timed(() => checker.check(draft.text)).ms);
    }
    return summarize(times);
  };
  const quoteEditMs = alternate(quoteEdit);
  const proseEditMs = alternate(proseEdit);
  const same = [quoteEdit, proseEdit, draft.text].every((text) => {
    const a = checker.check(text).quotes.map((q) => `${q.outerStart}:${q.status}`).join(' ');
    const b = checkDraft(text, library).quotes.map((q) => `${q.outerStart}:${q.status}`).join(' ');
    return a === b;
  });
  return { fullCheckMs, firstCheckMs: first.ms, quoteEditMs, proseEditMs, sameAsCheckDraft: same };
}
