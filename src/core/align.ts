import { QuoteItem } from './quoteItems';
import { Token } from './tokens';

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
 * tokens [lo, hi). Elisions and brackets skip source words at no cost within their limits.
 */
export function align(
  items: readonly QuoteItem[],
  tokens: readonly Token[],
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
      const w = item.token.norm;
      cost[row] = cost[prev] + 1;
      op[row] = INSERT;
      for (let j = 1; j <= m; j++) {
        const same = tokens[lo + j - 1].norm === w;
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
      const span = item.kind === 'elision' ? limits.maxElision : limits.maxBracket;
      for (let j = 0; j <= m; j++) {
        let best = Infinity;
        let bestK = j;
        for (let k = j; k >= Math.max(0, j - span); k--) {
          if (k < j && !limits.elisionAcrossParagraphs && k > 0 && j < m && paragraphOf[lo + k - 1] !== paragraphOf[lo + j]) {
            break;
          }
          if (cost[prev + k] < best) {
            best = cost[prev + k];
            bestK = k;
          }
        }
        cost[row + j] = best;
        op[row + j] = WILDCARD;
        from[row + j] = bestK;
      }
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
