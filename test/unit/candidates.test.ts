import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { align, DEFAULT_LIMITS } from '../../src/core/align';
import { findCandidates } from '../../src/core/candidates';
import { exactPassages } from '../../src/core/exactPassages';
import { Library } from '../../src/core/library';
import { readQuoteItems } from '../../src/core/quoteItems';
import { quoteShape } from '../../src/core/quoteShape';
import { syntheticInputs } from './helpers/syntheticSources';

const library = Library.fromInputs(syntheticInputs(400, 11));
const COMMON = ['the', 'of', 'in', 'and', 'to', 'a', 'said', 'that', 'region', 'ukrainian'];

const shapeOf = (text: string) => {
  const items = readQuoteItems(text, [{ start: 0, end: text.length }]);
  return { items, shape: quoteShape(items, library.index, DEFAULT_LIMITS) };
};

/** Every place where the quotation's words are the source's words, by looking at every position of every source. */
function wordForWord(text: string, cited: ReadonlySet<number>): { source: number; start: number }[] {
  const { shape } = shapeOf(text);
  const found: { source: number; start: number }[] = [];
  library.sources.forEach((s, source) => {
    const words = s.wordIds;
    for (let start = 0; start + shape.length <= words.length; start++) {
      if (shape.ids.every((id, i) => words[start + i] === id)) {
        found.push({ source, start });
      }
    }
  });
  return [...found.filter((f) => cited.has(f.source)), ...found.filter((f) => !cited.has(f.source))];
}

// A stretch of a source, as written.
const span = (min: number, max: number) =>
  fc.record({ source: fc.nat({ max: library.sources.length - 1 }), at: fc.nat(), length: fc.integer({ min, max }) }).map(({ source, at, length }) => {
    const s = library.sources[source];
    const from = at % Math.max(1, s.tokens.length - length);
    return { source, from, words: s.tokens.slice(from, from + length).map((t) => s.text.slice(t.start, t.end)) };
  });

describe('candidates: exact passages', () => {
  it('are every place a quotation is word for word, cited sources first, then in library order', () => {
    const quote = fc.oneof(
      span(3, 30).map((s) => s.words.join(' ')),
      fc.array(fc.constantFrom(...COMMON), { minLength: 2, maxLength: 6 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(quote, fc.array(fc.nat({ max: library.sources.length - 1 }), { maxLength: 3 }), (text, cited) => {
        const must = new Set(cited);
        const { shape } = shapeOf(text);
        const got = [...exactPassages(shape, library, must)].map((c) => ({ source: c.source, start: c.lo }));
        assert.deepEqual(got, wordForWord(text, must), text);
      }),
      { numRuns: 300 },
    );
  });

  it('include a passage across an elision or a bracket, within their limits', () => {
    fc.assert(
      fc.property(span(8, 30), fc.constantFrom(' … ', ' [it] '), fc.integer({ min: 1, max: 5 }), ({ source, from, words }, mark, cut) => {
        const half = Math.floor(words.length / 2);
        const text = `${words.slice(0, half).join(' ')}${mark}${words.slice(half + Math.min(cut, words.length - half - 1)).join(' ')}`;
        const { items, shape } = shapeOf(text);
        const found = [...exactPassages(shape, library)].some((c) => {
          const s = library.sources[c.source];
          return align(items, shape.ids, s.wordIds, s.tokenParagraph, c.lo, c.hi, DEFAULT_LIMITS).cost === 0;
        });
        // Unless the cut crosses a paragraph break, which an elision may not do.
        const s = library.sources[source];
        const oneParagraph = s.tokenParagraph[from] === s.tokenParagraph[from + words.length - 1];
        assert.ok(found || !oneParagraph, text);
      }),
      { numRuns: 200 },
    );
  });

  it('are none for a quotation with a word no source has', () => {
    const { shape } = shapeOf('the ukrainian forces said zqxvbrt region');
    assert.deepEqual([...exactPassages(shape, library)], []);
  });
});

describe('candidates: near misses', () => {
  // A stretch with one change: a word replaced by a made-up or a common word, dropped, or added.
  const nearMiss = fc.tuple(span(5, 30), fc.nat(), fc.constantFrom('replace', 'drop', 'add'), fc.constantFrom('zqxvbrt', ...COMMON)).map(([s, at, how, word]) => {
    const words = [...s.words];
    const i = at % words.length;
    if (how === 'replace') {
      words[i] = word;
    } else if (how === 'drop') {
      words.splice(i, 1);
    } else {
      words.splice(i, 0, word);
    }
    return { ...s, text: words.join(' ') };
  });
  const bestCost = (text: string, cited: ReadonlySet<number>, only?: number) => {
    const { items, shape } = shapeOf(text);
    const costs = findCandidates(shape, library, 8, cited)
      .filter((c) => only === undefined || c.source === only)
      .map((c) => {
        const s = library.sources[c.source];
        return align(items, shape.ids, s.wordIds, s.tokenParagraph, c.lo, c.hi, DEFAULT_LIMITS).cost;
      });
    return Math.min(Infinity, ...costs);
  };

  it('include a passage within one edit of a quotation made with one edit', () => {
    fc.assert(
      fc.property(nearMiss, ({ text }) => {
        assert.ok(bestCost(text, new Set()) <= 1, text);
      }),
      { numRuns: 300, seed: 20250405 },
    );
  });

  it('include the cited source’s passage within one edit, whatever the rest of the library holds', () => {
    fc.assert(
      fc.property(nearMiss, ({ source, text }) => {
        assert.ok(bestCost(text, new Set([source]), source) <= 1, text);
      }),
      { numRuns: 300, seed: 20250406 },
    );
  });
});
