import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { passageTokens } from '../../src/core/passageTokens';
import { seedLibrary, utf8 } from './helpers/seedLibrary';
import { syntheticInputs } from './helpers/syntheticSources';

// Markdown whose paragraphs read differently on their own: a comment and a code fence spanning
// blank lines, and inline markup the mask blanks.
const TRICKY = [
  'Words before a comment. <!-- a note\n\nhidden words --> and visible words after it.\n\nA paragraph with <span class="x">markup</span>, a [link](https://example.com/a "title") and https://example.com/b/c here.\n',
  'Words before the fence.\n\n```\ncode inside\n\nstill code\n```\n\nWords after the fence, with `a code span` in them.\n\n    indented code\n\nThe last words.\n',
  '---\ntitle: Front matter\n---\n\nFirst paragraph of the article.\n\n[ref]: https://example.com/ref "A reference"\n\nSecond paragraph, ending here.\n',
];

const library = seedLibrary([...syntheticInputs(60, 3), ...TRICKY.map((text, i) => ({ file: `sources/tricky-${i}.md`, bytes: utf8(text) }))]);

describe('passage tokens: a match is shown from its own sentences', () => {
  it('gives exactly the article’s tokens at every position of every source', () => {
    for (const source of library.sources) {
      const tokenAt = passageTokens(source, library.vocabulary, 0, source.wordCount);
      source.tokens.forEach((t, p) => assert.deepEqual(tokenAt(p), t, `${source.file} word ${p}`));
    }
  });

  it('gives the article’s tokens for any stretch of any source, and beyond it', () => {
    fc.assert(
      fc.property(fc.nat({ max: library.sources.length - 1 }), fc.nat(), fc.nat({ max: 80 }), fc.nat(), (s, at, length, probe) => {
        const source = library.sources[s];
        const from = at % source.wordCount;
        const to = Math.min(source.wordCount, from + length);
        const tokenAt = passageTokens(source, library.vocabulary, from, to);
        for (let p = from; p < to; p++) {
          assert.deepEqual(tokenAt(p), source.tokens[p]);
        }
        const outside = probe % source.wordCount;
        assert.deepEqual(tokenAt(outside), source.tokens[outside]);
      }),
      { numRuns: 300 },
    );
  });
});
