import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { wordingFix, WordEdit } from '../../src/core/editor/wordingFix';

function apply(text: string, edits: readonly WordEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return out;
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the misquote fix changes only the words that differ', () => {
  it('a hard-wrapped quotation keeps its line break; only “25” changes', () => {
    const written = 'killed 25 civilians,\nincluding nine children';
    const fix = wordingFix(written, 'killed 20 civilians, including nine children');
    assert.deepEqual(fix.edits, [{ start: 7, end: 9, text: '20' }]);
    assert.equal(apply(written, fix.edits), 'killed 20 civilians,\nincluding nine children');
    assert.equal(fix.preview, 'killed 20 civilians,…');
  });

  it('words added and dropped keep the draft’s spacing around the words that stay', () => {
    assert.equal(apply('We are\nasking for pity', wordingFix('We are\nasking for pity', 'We are not asking for pity').edits), 'We are not\nasking for pity');
    assert.equal(apply('a very\nbig deal', wordingFix('a very\nbig deal', 'a big deal').edits), 'a\nbig deal');
    assert.equal(wordingFix('We demand the world’s attention', 'We demand the world’s outrage').preview, '…world’s outrage');
  });

  it('a line break inside a changed stretch of a different length stays near its place', () => {
    const out = apply('one two\nthree four five', wordingFix('one two\nthree four five', 'one six seven eight five').edits);
    assert.equal(flat(out), 'one six seven eight five');
    assert.equal((out.match(/\n/g) ?? []).length, 1);
  });

  it('nothing to change, nothing to edit', () => {
    assert.deepEqual(wordingFix('same words\nhere', 'same words here').edits, []);
  });

  it('always produces the source’s words, in order, whatever the two texts (property)', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'said', '20', '25', 'not', '—');
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', '\n', '  ')), { minLength: 1, maxLength: 12 }).map((ws) => ws.map(([w, s]) => w + s).join('').trim());
    fc.assert(
      fc.property(text, text, (written, source) => {
        const out = apply(written, wordingFix(written, source).edits);
        assert.equal(flat(out), flat(source));
      }),
      { numRuns: 500 },
    );
  });
});
