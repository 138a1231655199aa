import { QuoteItem } from './quoteItems';

/** One step of an alignment between a quotation and a source. */
export type Step =
  | { readonly op: 'equal' | 'replace'; readonly item: number; readonly source: number }
  /** A word of the quotation that the source does not have here. */
  | { readonly op: 'insert'; readonly item: number }
  /** A word of the source that the quotation drops (without an elision mark). */
  | { readonly op: 'delete'; readonly source: number }
  /** An elision or bracket item standing for source words [from, to). */
  | { readonly op: 'wildcard'; readonly item: number; readonly from: number; readonly to: number };

/** The best way to read a quotation as a stretch of a source. */
export interface Alignment {
  /** Word edits needed: 0 means the quotation's words are the source's words. */
  readonly cost: number;
  readonly steps: readonly Step[];
  /** Source token range [start, end) the quotation covers. */
  readonly sourceStart: number;
  readonly sourceEnd: number;
  /** Quotation words equal to source words. */
  readonly matched: number;
}

/** Limits on what elisions and brackets may stand for. */
export interface AlignLimits {
  /** Most source words one elision may skip. */
  readonly maxElision: number;
  /** Most source words one bracket may stand for. */
  readonly maxBracket: number;
  /** Whether an elision may skip across a paragraph break. */
  readonly elisionAcrossParagraphs: boolean;
}

export const DEFAULT_LIMITS: AlignLimits = { maxElision: 60, maxBracket: 6, elisionAcrossParagraphs: false };

const EQUAL = 1, REPLACE = 2, INSERT = 3, DELETE = 4, WILDCARD = 5;

/**
 * Semi-global word alignment (edit distance with free source ends) of a quotation against source
 * words [lo, hi). Words are compared by vocabulary id: `itemIds[i]` is the id of item i's word (-1 for
 * a word no source has, and for elisions and brackets), `words` the source's word ids.
 * Elisions and brackets skip source words at no cost within their limits.
 */
export function align(
  items: readonly QuoteItem[],
  itemIds: Int32Array,
  words: Uint32Array,
  paragraphOf: Int32Array,
  lo: number,
  hi: number,
  limits: AlignLimits = DEFAULT_LIMITS,
): Alignment {
  const n = items.length;
  const m = hi - lo;
  const width = m + 1;
  const cost = new Int32Array((n + 1) * width);
  const op = new Uint8Array((n + 1) * width);
  const from = new Int32Array((n + 1) * width);
  for (let i = 1; i <= n; i++) {
    const item = items[i - 1];
    const row = i * width;
    const prev = (i - 1) * width;
    if (item.kind === 'word') {
      const w = itemIds[i - 1];
      cost[row] = cost[prev] + 1;
      op[row] = INSERT;
      for (let j = 1; j <= m; j++) {
        const same = words[lo + j - 1] === w;
        let best = cost[prev + j - 1] + (same ? 0 : 1);
        let how = same ? EQUAL : REPLACE;
        if (cost[prev + j] + 1 < best) {
          best = cost[prev + j] + 1;
          how = INSERT;
        }
        if (cost[row + j - 1] + 1 < best) {
          best = cost[row + j - 1] + 1;
          how = DELETE;
        }
        cost[row + j] = best;
        op[row + j] = how;
      }
    } else {
      wildcardRow(cost, prev, row, from, op, m, item.kind === 'elision' ? limits.maxElision : limits.maxBracket, paragraphOf, lo, limits.elisionAcrossParagraphs);
    }
  }
  let endJ = 0;
  // On a tie, end on a word pair: "world’s attention" vs "world’s outrage" is one changed word,
  // not an added one (a longer unmatched tail stays added words).
  const last = n * width;
  for (let j = 1; j <= m; j++) {
    const better = cost[last + j] < cost[last + endJ];
    const tieOnPair =
      cost[last + j] === cost[last + endJ] && op[last + j] === REPLACE && op[last + endJ] === INSERT && n > 1 && j > 1 && op[last - width + j - 1] === EQUAL;
    if (better || tieOnPair) {
      endJ = j;
    }
  }
  const steps: Step[] = [];
  let matched = 0;
  let i = n;
  let j = endJ;
  while (i > 0) {
    const at = i * width + j;
    switch (op[at]) {
      case EQUAL:
      case REPLACE:
        steps.push({ op: op[at] === EQUAL ? 'equal' : 'replace', item: i - 1, source: lo + j - 1 });
        matched += op[at] === EQUAL ? 1 : 0;
        i--;
        j--;
        break;
      case INSERT:
        steps.push({ op: 'insert', item: i - 1 });
        i--;
        break;
      case DELETE:
        steps.push({ op: 'delete', source: lo + j - 1 });
        j--;
        break;
      default:
        steps.push({ op: 'wildcard', item: i - 1, from: lo + from[at], to: lo + j });
        j = from[at];
        i--;
    }
  }
  steps.reverse();
  const covered = steps.flatMap((s) => (s.op === 'equal' || s.op === 'replace' || s.op === 'delete' ? [s.source] : []));
  const sourceStart = covered.length > 0 ? Math.min(...covered) : lo + j;
  const sourceEnd = covered.length > 0 ? Math.max(...covered) + 1 : sourceStart;
  return { cost: cost[n * width + endJ], steps, sourceStart, sourceEnd, matched };
}

let columns = new Int32Array(64);

/**
 * One row of an elision or bracket item: each column takes the cheapest column of the row above
 * that the item may skip from (at most `span` words back, and within the paragraph unless
 * `across`), the nearest on a tie. A sliding-window minimum makes it linear in the row's length,
 * so a long elision limit (the relaxed search) costs no more than a short one.
 */
function wildcardRow(cost: Int32Array, prev: number, row: number, from: Int32Array, op: Uint8Array, m: number, span: number, paragraphOf: Int32Array, lo: number, across: boolean): void {
  if (columns.length < m + 1) {
    columns = new Int32Array(2 * (m + 1));
  }
  // Columns k of the row above, ascending, with costs strictly ascending: columns[head] is the cheapest.
  let head = 0;
  let tail = 0;
  let first = 0;
  for (let j = 0; j <= m; j++) {
    while (tail > head && cost[prev + columns[tail - 1]] >= cost[prev + j]) {
      tail--;
    }
    columns[tail++] = j;
    if (j === m && !across) {
      // Past the last word no paragraph is left to stay inside of.
      let best = j;
      for (let k = j - 1; k >= Math.max(0, j - span); k--) {
        if (cost[prev + k] < cost[prev + best]) {
          best = k;
        }
      }
      cost[row + j] = cost[prev + best];
      op[row + j] = WILDCARD;
      from[row + j] = best;
      continue;
    }
    let least = Math.max(0, j - span);
    if (!across) {
      // Skipping from k elides source words [k, j): the word before k must be in j's paragraph,
      // whose first word is at `first` (the start of the columns counts as in it).
      if (j > 0 && paragraphOf[lo + j] !== paragraphOf[lo + j - 1]) {
        first = j;
      }
      if (first >= 1 && j >= 2) {
        least = Math.max(least, Math.min(first + 1, j));
      }
    }
    while (columns[head] < least) {
      head++;
    }
    cost[row + j] = cost[prev + columns[head]];
    op[row + j] = WILDCARD;
    from[row + j] = columns[head];
  }
}

/** How far past an alignment's ends {@link reachEnds} looks for the quotation's words it left out. */
const REACH = 12;

/**
 * An alignment whose first or last quotation words are left out as added words, though the
 * source has them, word for word, a few words further on: those words lined up, and the source
 * words in between dropped instead ("moved reinforcements | to Belgorod" over "from Goptarovka in
 * Kursk"). Edit distance prefers adding two words to dropping four; a reader sees the words the
 * source has, and which of its words the quotation leaves out.
 */
export function reachEnds(alignment: Alignment, itemIds: Int32Array, words: Uint32Array, lo: number, hi: number): Alignment {
  const ends = alignment.steps;
  if (ends.length === 0 || (ends[0].op !== 'insert' && ends[ends.length - 1].op !== 'insert')) {
    return alignment;
  }
  const steps = [...ends];
  let { cost, matched, sourceStart, sourceEnd } = alignment;
  const tail = trailingInserts(steps);
  if (tail.length > 0 && tail.length < steps.length) {
    const at = findRun(tail.map((s) => itemIds[s]), words, sourceEnd, Math.min(hi, sourceEnd + REACH + tail.length));
    if (at >= 0) {
      steps.splice(steps.length - tail.length, tail.length);
      for (let p = sourceEnd; p < at; p++) {
        steps.push({ op: 'delete', source: p });
      }
      tail.forEach((item, k) => steps.push({ op: 'equal', item, source: at + k }));
      cost += at - sourceEnd - tail.length;
      matched += tail.length;
      sourceEnd = at + tail.length;
    }
  }
  const head = leadingInserts(steps);
  if (head.length > 0 && head.length < steps.length) {
    const at = findRun(head.map((s) => itemIds[s]), words, Math.max(lo, sourceStart - REACH - head.length), sourceStart, true);
    if (at >= 0) {
      const lead: Step[] = head.map((item, k) => ({ op: 'equal', item, source: at + k }));
      for (let p = at + head.length; p < sourceStart; p++) {
        lead.push({ op: 'delete', source: p });
      }
      steps.splice(0, head.length, ...lead);
      cost += sourceStart - at - 2 * head.length;
      matched += head.length;
      sourceStart = at;
    }
  }
  return { cost, steps, sourceStart, sourceEnd, matched };
}

function trailingInserts(steps: readonly Step[]): number[] {
  const out: number[] = [];
  for (let k = steps.length - 1; k >= 0 && steps[k].op === 'insert'; k--) {
    out.unshift((steps[k] as { item: number }).item);
  }
  return out;
}

function leadingInserts(steps: readonly Step[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < steps.length && steps[k].op === 'insert'; k++) {
    out.push((steps[k] as { item: number }).item);
  }
  return out;
}

// Where the run of ids starts within words [from, to), the nearest to `from` (or to `to` when `last`).
function findRun(ids: readonly number[], words: Uint32Array, from: number, to: number, last = false): number {
  if (ids.some((id) => id < 0)) {
    return -1;
  }
  const fits = (p: number) => ids.every((id, k) => words[p + k] === id);
  if (last) {
    for (let p = to - ids.length; p >= from; p--) {
      if (fits(p)) {
        return p;
      }
    }
    return -1;
  }
  for (let p = from; p + ids.length <= to; p++) {
    if (fits(p)) {
      return p;
    }
  }
  return -1;
}
