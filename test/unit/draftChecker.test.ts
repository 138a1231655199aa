import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkDraft } from '../../src/core/checker';
import { DraftChecker } from '../../src/core/draftChecker';
import { seedLibrary } from './helpers/seedLibrary';

const library = seedLibrary();
const sentences = library.sources.flatMap((s) => s.sentences.map((x) => s.text.slice(x.start, x.end)));
const keys = library.sources.map((s) => s.meta.key);

// Drafts made of seed sentences, quoted or not, sometimes altered, cited or not.
const piece = fc.oneof(
  fc.record({ sentence: fc.constantFrom(...sentences), cite: fc.option(fc.constantFrom(...keys, 'nobody')), alter: fc.boolean() }).map(({ sentence, cite, alter }) => {
    const words = sentence.replace(/[“”"]/g, '').split(' ');
    const text = alter && words.length > 4 ? [...words.slice(0, 2), 'never', ...words.slice(3)].join(' ') : words.join(' ');
    return `He said “${text}”${cite ? ` [@${cite}]` : ''}. `;
  }),
  fc.constantFrom('Meanwhile, nothing happened. ', '\n\n', '> “A strong response is needed”\n\n', '“Short one” ', '<!-- verbatim-ignore -->', ' … ', '[on] '),
);
const draft = fc.array(piece, { minLength: 1, maxLength: 12 }).map((p) => p.join(''));
// An edit: insert, delete or replace a few characters anywhere.
const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 6 }), insert: fc.constantFrom('', 'x', ' the', '“', '”', 'said ', 'no ', ' not', '\n\n', '[@cnn-2025-belgorod]', '…') });

describe('draft checker: re-checking after edits gives exactly what a fresh check gives', () => {
  it('judges a quotation again when the writer’s words right outside its marks change', () => {
    const checker = new DraftChecker(library);
    const cut = 'Russia has shown “sign of slowing its military aggression”.';
    assert.equal(checker.check(cut).quotes[0].status, 'misquoted');
    const carried = cut.replace('shown “', 'shown no “');
    assert.equal(checker.check(carried).quotes[0].status, 'verified');
    assert.equal(checker.verifiedInLastCheck, 1);
  });

  it('after any sequence of random edits, every field of every quotation equals checkDraft', () => {
    fc.assert(
      fc.property(draft, fc.array(edit, { maxLength: 8 }), fc.integer({ min: 1, max: 6 }), (start, edits, minQuoteWords) => {
        const checker = new DraftChecker(library, { minQuoteWords });
        let text = start;
        assert.deepStrictEqual(checker.check(text), checkDraft(text, library, { minQuoteWords }));
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.length);
          assert.deepStrictEqual(checker.check(text), checkDraft(text, library, { minQuoteWords }), text);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('verifies no quotation again after an edit outside the quotations, and one after an edit inside one', () => {
    const text = sentences.slice(0, 12).map((s) => `He said “${s.replace(/[“”"]/g, '')}”.`).join('\n\n');
    const checker = new DraftChecker(library);
    checker.check(text);
    const quotes = checkDraft(text, library).quotes.filter((q) => q.status !== 'skipped').length;
    assert.equal(checker.verifiedInLastCheck, quotes);
    checker.check(`Meanwhile, ${text}`);
    assert.equal(checker.verifiedInLastCheck, 0, 'moved quotations keep their verdicts');
    const inside = text.indexOf('“', text.length / 2) + 3;
    const edited = `${text.slice(0, inside)}x${text.slice(inside)}`;
    assert.deepStrictEqual(checker.check(edited), checkDraft(edited, library));
    assert.equal(checker.verifiedInLastCheck, 1);
  });
});
