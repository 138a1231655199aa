import * as assert from 'node:assert/strict';
import { checkDraft } from '../../src/core/checker';
import { Library } from '../../src/core/library';
import { normalizedWords } from '../../src/core/tokens';
import { syntheticInputs } from './helpers/syntheticSources';

// Big enough that the quotations' rarest words occur thousands of times, as at ten thousand articles.
const library = Library.fromInputs(syntheticInputs(3000, 5));

/**
 * Stretches of `length` words that occur once in the library, from its second half, whose rarest
 * word is as common as can be: the hardest exact quotations to find by their words.
 */
function commonestStretches(length: number, count: number): string[] {
  const { index } = library;
  const stretches: { text: string; ids: Uint32Array; rarest: number }[] = [];
  for (let s = library.sources.length / 2; s < library.sources.length; s++) {
    const source = library.sources[s];
    const tokens = source.tokens;
    for (let x = 0; x + length <= tokens.length; x += length) {
      const text = source.text.slice(tokens[x].start, tokens[x + length - 1].end);
      if (/^[\p{L}\p{N} ,;:'’-]+$/u.test(text)) {
        const ids = source.wordIds.subarray(x, x + length);
        stretches.push({ text, ids, rarest: Math.min(...Array.from(ids, (id) => index.frequencyOf(id))) });
      }
    }
  }
  const once: string[] = [];
  for (const c of stretches.sort((a, b) => b.rarest - a.rarest)) {
    if (once.length < count && occurrences(c.ids) === 1) {
      once.push(c.text);
    }
  }
  return once;
}

// How many times the words occur in this order in the library: every place of the first word, checked.
function occurrences(ids: Uint32Array): number {
  let n = 0;
  for (const p of library.index.positionsOf(ids[0])) {
    const source = library.index.sourceAt(p);
    const words = library.sources[source].wordIds;
    const x = p - library.index.sourceStarts[source];
    n += ids.every((id, k) => words[x + k] === id) ? 1 : 0;
  }
  return n;
}

describe('verifier: a library of three thousand articles', () => {
  for (const length of [5, 8, 14]) {
    it(`verifies exact ${length}-word quotations made of the library’s commonest words, each in one article only`, () => {
      const quotes = commonestStretches(length, 8);
      assert.equal(quotes.length, 8);
      for (const text of quotes) {
        const [q] = checkDraft(`He wrote: “${text}.”`, library).quotes;
        assert.equal(q?.status, 'verified', text);
        assert.equal(normalizedWords(q.match?.text ?? ''), normalizedWords(text));
      }
    });
  }

  it('finds the near miss of such a quotation whose rarest word is changed to a rare word, or a word dropped: misquoted', () => {
    // The library's rarest word: rarer than any of the quotation's, so it is looked up first.
    let rare = 0;
    for (let id = 1; id < library.vocabulary.size; id++) {
      rare = library.index.frequencyOf(id) < library.index.frequencyOf(rare) ? id : rare;
    }
    for (const text of commonestStretches(10, 8)) {
      const tokens = text.split(' ');
      const rarest = tokens.reduce((best, w, i) => (library.index.frequency(normalizedWords(w)) < library.index.frequency(normalizedWords(tokens[best])) ? i : best), 0);
      for (const changed of [tokens.map((w, i) => (i === rarest ? library.vocabulary.word(rare) : w)), tokens.filter((_, i) => i !== 4)]) {
        const [q] = checkDraft(`He wrote: “${changed.join(' ')}.”`, library).quotes;
        assert.equal(q?.status, 'misquoted', changed.join(' '));
        assert.ok((q.match?.similarity ?? 0) >= 0.9, `${changed.join(' ')}: ${q.match?.text}`);
      }
    }
  });
});
