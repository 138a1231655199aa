import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { align, AlignLimits } from '../../src/core/align';
import { QuoteItem } from '../../src/core/quoteItems';

/**
 * The first, straightforward alignment: an elision or bracket row looks at every column it may
 * skip from, nearest first, stopping at a paragraph break. The sliding-window row must give the
 * same costs and the same choices.
 */
function reference(items: readonly QuoteItem[], itemIds: Int32Array, words: Uint32Array, paragraphOf: Int32Array, lo: number, hi: number, limits: AlignLimits) {
  const n = items.length;
  const m = hi - lo;
  const width = m + 1;
  const cost = new Int32Array((n + 1) * width);
  const from = new Int32Array((n + 1) * width).fill(-1);
  for (let i = 1; i <= n; i++) {
    const item = items[i - 1];
    const row = i * width;
    const prev = (i - 1) * width;
    if (item.kind === 'word') {
      cost[row] = cost[prev] + 1;
      for (let j = 1; j <= m; j++) {
        const same = words[lo + j - 1] === itemIds[i - 1];
        cost[row + j] = Math.min(cost[prev + j - 1] + (same ? 0 : 1), cost[prev + j] + 1, cost[row + j - 1] + 1);
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
        from[row + j] = bestK;
      }
    }
  }
  return { cost, from };
}

const word = (id: number): QuoteItem => ({ kind: 'word', token: { norm: `w${id}`, start: 0, end: 0 } });
const elision: QuoteItem = { kind: 'elision', start: 0, end: 0 };
const bracket: QuoteItem = { kind: 'bracket', start: 0, end: 0, words: [] };

describe('align: elisions and brackets', () => {
  it('skip exactly the source words the straightforward alignment skips, paragraphs and limits included', () => {
    const input = fc.record({
      source: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 60 }),
      breaks: fc.array(fc.nat({ max: 59 }), { maxLength: 6 }),
      quote: fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }).map(word), fc.constant(elision), fc.constant(bracket)), { minLength: 1, maxLength: 10 }),
      lo: fc.nat({ max: 59 }),
      span: fc.nat({ max: 60 }),
      maxElision: fc.integer({ min: 0, max: 30 }),
      maxBracket: fc.integer({ min: 0, max: 6 }),
      across: fc.boolean(),
    });
    fc.assert(
      fc.property(input, ({ source, breaks, quote, lo: at, span, maxElision, maxBracket, across }) => {
        const words = Uint32Array.from(source);
        const paragraphOf = Int32Array.from(source, (_, p) => breaks.filter((b) => b <= p).length);
        const lo = at % source.length;
        const hi = Math.min(source.length, lo + span);
        const ids = Int32Array.from(quote, (it) => (it.kind === 'word' ? Number(it.token.norm.slice(1)) : -1));
        const limits = { maxElision, maxBracket, elisionAcrossParagraphs: across };
        const got = align(quote, ids, words, paragraphOf, lo, hi, limits);
        const want = reference(quote, ids, words, paragraphOf, lo, hi, limits);
        const width = hi - lo + 1;
        const last = quote.length * width;
        assert.equal(got.cost, Math.min(...want.cost.subarray(last, last + width)));
        for (const step of got.steps) {
          if (step.op === 'wildcard') {
            // The skip the alignment took is the one the straightforward row picks at that column.
            const row = (step.item + 1) * width;
            assert.equal(step.from - lo, want.from[row + step.to - lo]);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a quotation whose elision skips 85 words, with the relaxed 400-word limit, in a 5,000-word window', () => {
    const words = Uint32Array.from({ length: 5000 }, (_, p) => p % 97);
    const items = [word(3), word(4), elision, word(90), word(91)];
    const ids = Int32Array.from([3, 4, -1, 90, 91]);
    const got = align(items, ids, words, new Int32Array(5000), 0, 5000, { maxElision: 400, maxBracket: 6, elisionAcrossParagraphs: true });
    assert.equal(got.cost, 0);
    assert.equal(got.sourceEnd - got.sourceStart, 89);
  });
});
