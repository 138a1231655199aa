import * as assert from 'node:assert/strict';
import { checkDraft } from '../../src/core/checker';
import { findingsOf } from '../../src/core/findings';
import { Library } from '../../src/core/library';
import { clauseLines, comparisonOf } from '../../src/core/render/comparison';
import { bundledPaths, nameWithOutlet, sourceName } from '../../src/core/render/sourceNames';
import { seedLibrary, utf8 } from './helpers/seedLibrary';

const library = seedLibrary();
const DRAFT = 'A missile attack “killed 25 civilians,\nincluding nine children” [@war-update-2025-belgorod]. “They were like little suns in the classroom” [@cnn-2025-belgorod].';

describe('sources are named by title, never by file or bare key', () => {
  it('the bundled articles’ documents are named after their titles, or their first sentence', () => {
    const paths = bundledPaths(library.sources);
    assert.deepEqual([...paths.values()].sort(), [
      '/Ukraine Claims Control Over 1,000 Square Kilometers of Russian….txt',
      '/Ukraine War Update Zelenskyy Confirms Ukrainian Troop Activity….txt',
      '/Ukraine launches attacks in new Russian region as it faces….txt',
      '/Ukrainian President Volodymyr Zelensky has confirmed that….txt',
      '/Ukrainian forces have advanced three to four kilometers….txt',
    ]);
    assert.ok([...paths.values()].every((p) => !/[0-9a-f]{16}/.test(p)));
  });

  it('two sources with one title get distinct names', () => {
    const twins = Library.fromInputs([
      { file: 'a.md', bytes: utf8('---\ntitle: Same / Title\n---\nOne text here.\n') },
      { file: 'b.md', bytes: utf8('---\ntitle: Same / Title\n---\nAnother text here.\n') },
    ]);
    assert.deepEqual([...bundledPaths(twins.sources).values()], ['/Same Title.txt', '/Same Title (2).txt']);
  });

  it('a name holds the outlet when the title does not', () => {
    assert.equal(nameWithOutlet(library.get('kyiv-independent-belgorod')!), 'Ukrainian forces have advanced three to four kilometers… (Kyiv Independent)');
    assert.equal(sourceName(library.get('cnn-2025-belgorod')!, 30), 'Ukraine launches attacks in…');
  });

  it('Problems messages name the sources by title when asked; the checker’s own messages keep the keys', () => {
    const quotes = checkDraft(DRAFT, library).quotes;
    const named = findingsOf(quotes, { name: (s) => sourceName(s, 40), library });
    // What changes the meaning leads (the changed number), then the misquote, naming the source by title.
    assert.equal(named[0].message, 'Number changed: source has “20”, quote has “25”; misquote of Ukraine War Update: Zelenskyy Confirms… — the source says “killed 20 civilians, including nine children”');
    assert.equal(named[0].changesMeaning, true);
    assert.equal(named[1].message, 'Cited to Ukraine launches attacks in new…, but the words are in Ukraine War Update: Zelenskyy Confirms…');
    const keyed = findingsOf(quotes);
    assert.match(keyed[0].message, /; misquote of war-update-2025-belgorod: /);
    assert.match(keyed[1].message, /war-update-2025-belgorod/);
  });
});

describe('Compare with Source: one clause per line on both sides', () => {
  it('the quotation as written and the source’s wording line up clause by clause', () => {
    const q = checkDraft(DRAFT, library).quotes[0];
    assert.deepEqual(comparisonOf(q), { written: 'killed 25 civilians,\nincluding nine children\n', source: 'killed 20 civilians,\nincluding nine children\n' });
  });

  it('an elision stands on a line of its own; sentences and clauses end lines', () => {
    assert.equal(clauseLines('A strong response is urgently needed … Russia must be forced\ninto peace, he said. Then “no”; yes.'), 'A strong response is urgently needed\n…\nRussia must be forced into peace,\nhe said.\nThen “no”;\nyes.\n');
  });

  it('an unverified quotation has nothing to compare with', () => {
    assert.equal(comparisonOf(checkDraft('“We are burning our best brigades for a few fields on the wrong side”', library).quotes[0]), undefined);
  });
});
