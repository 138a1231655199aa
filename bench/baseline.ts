import Fuse from 'fuse.js';
import { normalizedWords } from '../src/core/tokens';
import { Article } from './corpus';
import { TestDraft } from './drafts';
import { Keystroke, KeystrokeTimes, Query, timeKeystrokes } from './keystrokes';
import { Verdict } from './quotes';
import { collectGarbage, heapMB, summarize, Summary, timed } from './stats';
import { Accuracy, score } from './verify';

/** A passage for Fuse.js: one sentence of a library article. */
interface Passage {
  readonly text: string;
  readonly file: string;
}

// The options Verbatim's search used with Fuse.js before issue 5: every word of the query must
// match (extended search), fuzzily, anywhere in the sentence.
const SEARCH_OPTIONS = { keys: ['text'], includeScore: true, includeMatches: true, ignoreLocation: true, useExtendedSearch: true, threshold: 0.4, minMatchCharLength: 2 };
// As a verifier: the whole quotation is one fuzzy pattern; the top hit decides.
const VERIFY_OPTIONS = { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.4 };
/**
 * A top hit at or under this Fuse.js score that does not hold the quotation's words is called a
 * misquote. Fuse.js weighs scores by sentence length, so a verbatim quotation of a long sentence
 * scores about 0.4 and a one-word change 0.4 to 0.7, while unrelated text scores 0.8 and more:
 * 0.7 is the cut that serves Fuse.js best on this data.
 */
export const FUSE_MISQUOTE_SCORE = 0.7;

export interface BaselineResult {
  readonly passages: number;
  readonly buildMs: number;
  readonly heapMB: number;
  readonly search: KeystrokeTimes;
  readonly verify: { readonly quotes: number; readonly perQuoteMs: Summary; readonly accuracy: Accuracy; readonly sample: readonly number[] };
}

/** Every sentence of the library, as the passages both searches run over. */
export function passagesOf(articles: readonly Article[]): Passage[] {
  return articles.flatMap((a) => a.paragraphs.flatMap((p) => p.map((text) => ({ text, file: a.file }))));
}

/** Quotation indices to verify with Fuse.js: `perVerdict` of each expected verdict, spread over the draft. */
export function verifySample(draft: TestDraft, perVerdict: number): number[] {
  const out: number[] = [];
  for (const verdict of ['verified', 'misquoted', 'unverified'] as Verdict[]) {
    const of = draft.quotes.map((q, i) => (q.expected === verdict ? i : -1)).filter((i) => i >= 0);
    for (let k = 0; k < Math.min(perVerdict, of.length); k++) {
      out.push(of[Math.floor(((k + 0.5) * of.length) / Math.min(perVerdict, of.length))]);
    }
  }
  return out.sort((a, b) => a - b);
}

/**
 * Fuse.js used directly over the same sentences: index build, heap, keystroke search (sampled to
 * fit `budgetMs`), and verification of the sampled quotations.
 */
export function runBaseline(
  articles: readonly Article[],
  queries: readonly Query[],
  strokes: readonly Keystroke[],
  draft: TestDraft,
  sample: readonly number[],
  runs: number,
  budgetMs: number,
): BaselineResult {
  // The heap Fuse.js needs is the passages' text (copied here, so it is counted), the records and the index.
  collectGarbage();
  const before = heapMB().total;
  const passages = passagesOf(articles).map((p) => ({ text: Buffer.from(p.text, 'utf8').toString('utf8'), file: p.file }));
  const build = timed(() => Fuse.createIndex(SEARCH_OPTIONS.keys, passages));
  const searcher = new Fuse(passages, SEARCH_OPTIONS, build.value);
  const verifier = new Fuse(passages, VERIFY_OPTIONS, build.value);
  collectGarbage();
  const heap = heapMB().total - before;

  const search = timeKeystrokes((text) => fuseSearch(searcher, text), queries, strokes, runs, budgetMs, 10);

  // The sample is taken in turns across the expected verdicts until the time budget is spent.
  const verdicts: Verdict[] = draft.quotes.map(() => 'unverified');
  const times: number[] = [];
  const verified: number[] = [];
  for (const i of interleave(draft, sample)) {
    if (verified.length >= 3 && times.reduce((a, b) => a + b, 0) > budgetMs) {
      break;
    }
    const t = timed(() => fuseVerdict(verifier, draft.quotes[i].text));
    times.push(t.ms);
    verdicts[i] = t.value;
    verified.push(i);
  }
  return {
    passages: passages.length,
    buildMs: build.ms,
    heapMB: heap,
    search,
    verify: { quotes: verified.length, perQuoteMs: summarize(times), accuracy: score(draft, verdicts, new Set(verified)), sample: verified },
  };
}

function interleave(draft: TestDraft, sample: readonly number[]): number[] {
  const groups = (['verified', 'misquoted', 'unverified'] as Verdict[]).map((v) => sample.filter((i) => draft.quotes[i].expected === v));
  const out: number[] = [];
  for (let k = 0; groups.some((g) => k < g.length); k++) {
    groups.forEach((g) => k < g.length && out.push(g[k]));
  }
  return out;
}

function fuseSearch(fuse: Fuse<Passage>, text: string): Passage[] {
  const terms = text.split(/\s+/).filter((t) => t.length > 0);
  if (terms.length === 0) {
    return [];
  }
  return fuse.search(terms.join(' '), { limit: 30 }).map((r) => r.item);
}

function fuseVerdict(fuse: Fuse<Passage>, quote: string): Verdict {
  const top = fuse.search(quote, { limit: 1 })[0];
  if (!top) {
    return 'unverified';
  }
  if (` ${normalizedWords(top.item.text)} `.includes(` ${normalizedWords(quote)} `)) {
    return 'verified';
  }
  return (top.score ?? 1) <= FUSE_MISQUOTE_SCORE ? 'misquoted' : 'unverified';
}
