import { QuoteItem } from './quoteItems';
import { WordIndex } from './wordIndex';
import { AlignLimits } from './align';

/** A stretch of one source where a quotation may come from: token range [lo, hi). */
export interface Candidate {
  readonly source: number;
  readonly lo: number;
  readonly hi: number;
  /** How many distinct anchor words of the quotation fall in it. */
  readonly votes: number;
}

const MAX_ANCHORS = 12;
const COMMON = 5000;

/**
 * Finds the stretches of the library worth aligning a quotation against. The quotation's rarest words
 * vote for their positions shifted back to where the quotation would start there; nearby votes in
 * one source form a candidate. The cost depends on how often those rare words occur, not on the size
 * of the library.
 */
export function findCandidates(
  items: readonly QuoteItem[],
  index: WordIndex,
  limits: AlignLimits,
  maxCandidates: number,
  mustInclude: ReadonlySet<number> = new Set(),
): Candidate[] {
  const words: { norm: string; at: number; freq: number }[] = [];
  items.forEach((it, at) => {
    if (it.kind === 'word') {
      words.push({ norm: it.token.norm, at, freq: index.frequency(it.token.norm) });
    }
  });
  const usable = words.filter((w) => w.freq > 0).sort((a, b) => a.freq - b.freq || a.at - b.at);
  const anchors = usable.filter((w, i) => w.freq <= COMMON || i < 3).slice(0, MAX_ANCHORS);
  const wildcards = items.filter((it) => it.kind !== 'word');
  const spread = wildcards.reduce((s, it) => s + (it.kind === 'elision' ? limits.maxElision : limits.maxBracket), 0);
  const tolerance = 16 + Math.ceil(items.length / 4) + spread;
  // Common words chain votes across a whole article; a group never spans more than one quotation.
  const maxSpan = items.length + spread + 2 * tolerance;

  const bySource = new Map<number, { diag: number; word: string }[]>();
  for (const a of anchors) {
    for (const p of index.occurrences(a.norm)) {
      let list = bySource.get(p.source);
      if (!list) {
        list = [];
        bySource.set(p.source, list);
      }
      list.push({ diag: p.position - a.at, word: a.norm });
    }
  }
  const candidates: Candidate[] = [];
  for (const [source, votes] of bySource) {
    votes.sort((a, b) => a.diag - b.diag);
    let start = 0;
    for (let i = 1; i <= votes.length; i++) {
      if (i === votes.length || votes[i].diag - votes[i - 1].diag > tolerance || votes[i].diag - votes[start].diag > maxSpan) {
        const group = votes.slice(start, i);
        const slack = 8 + Math.ceil(items.length / 4);
        candidates.push({
          source,
          lo: Math.max(0, group[0].diag - slack),
          hi: Math.min(index.sourceLengths[source], group[group.length - 1].diag + items.length + slack + spread),
          votes: new Set(group.map((g) => g.word)).size,
        });
        start = i;
      }
    }
  }
  candidates.sort((a, b) => b.votes - a.votes || a.source - b.source || a.lo - b.lo);
  const chosen = candidates.slice(0, maxCandidates);
  for (const source of mustInclude) {
    chosen.push(...candidates.filter((c) => c.source === source && !chosen.includes(c)).slice(0, 2));
  }
  return chosen;
}
