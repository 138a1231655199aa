import * as assert from 'node:assert/strict';
import { maskMarkdown } from '../../src/core/markdownMask';
import { FoundQuote, findQuotes } from '../../src/core/quoteScanner';

const found = (text: string) => findQuotes(maskMarkdown(text));
/** The quoted text of each quotation, segments joined by " | ". */
const texts = (text: string) => found(text).map((q) => q.segments.map((s) => text.slice(s.start, s.end)).join(' | '));
const only = (text: string): FoundQuote => {
  const quotes = found(text);
  assert.equal(quotes.length, 1, JSON.stringify(quotes));
  return quotes[0];
};

describe('quote scanner: inline quotations', () => {
  const STYLES: [string, string, string][] = [
    ['curly double', '“', '”'],
    ['straight double', '"', '"'],
    ['curly single', '‘', '’'],
    ['straight single', "'", "'"],
    ['guillemets', '«', '»'],
    ['German low-high', '„', '“'],
    ['German single low-high', '‚', '‘'],
    ['single guillemets', '‹', '›'],
    ['CJK corner brackets', '「', '」'],
  ];
  for (const [name, open, close] of STYLES) {
    it(`finds a quotation in ${name} marks ${open}…${close}`, () => {
      const text = `He said ${open}we continue to conduct active operations${close} on Monday.`;
      const q = only(text);
      assert.equal(text.slice(q.segments[0].start, q.segments[0].end), 'we continue to conduct active operations');
      assert.equal(text.slice(q.start, q.end), `${open}we continue to conduct active operations${close}`);
      assert.equal(q.kind, 'inline');
      assert.equal(q.unterminated, false);
    });
  }

  it('keeps a nested quotation inside the outer one (single in double, and double in double)', () => {
    assert.deepEqual(texts('She said “they want fake ‘conditions’ to buy time” today.'), ['they want fake ‘conditions’ to buy time']);
    assert.deepEqual(texts('She said “he told me “go home now” and left” then.'), ['he told me “go home now” and left']);
    assert.deepEqual(texts('He wrote ‘they call it “active operations” now.’'), ['they call it “active operations” now.']);
  });

  it('finds several quotations in one paragraph, in order', () => {
    assert.deepEqual(texts('“One two three,” he said, “four five six.” And "seven eight".'), ['One two three,', 'four five six.', 'seven eight']);
  });

  it('never opens a quotation at an apostrophe', () => {
    assert.deepEqual(texts("Russia’s troops, rock 'n' roll, the ’90s, it's fine, the boys' toys and Zelenskyy’s message."), []);
    assert.deepEqual(texts('Russia’s “active operations in Kursk” and Ukraine’s reply.'), ['active operations in Kursk']);
  });

  it('bounds an unterminated quotation at the end of its paragraph and flags it', () => {
    const text = 'He said “this never ends and goes on\nacross a line break.\n\nNext paragraph has “a closed one here”.';
    const [open, closed] = found(text);
    assert.equal(open.unterminated, true);
    assert.equal(open.end, text.indexOf('\n\n'));
    assert.equal(text.slice(open.segments[0].start, open.segments[0].end), 'this never ends and goes on\nacross a line break.');
    assert.equal(closed.unterminated, false);
    assert.equal(text.slice(closed.segments[0].start, closed.segments[0].end), 'a closed one here');
  });

  it('bounds an unterminated straight quote too, and still pairs the marks of the next paragraph', () => {
    const text = 'He said "unterminated straight quote\n\nThen "a fine one" and "another fine one".';
    assert.deepEqual(found(text).map((q) => q.unterminated), [true, false, false]);
    assert.deepEqual(texts(text), ['unterminated straight quote', 'a fine one', 'another fine one']);
  });

  it('accepts the multi-paragraph convention: each paragraph reopens with “ and only the last closes', () => {
    const text = '“We will hold the line in Kursk.\n\n“We will hold it in Belgorod too.\n\n“And we will not stop,” he said.';
    const quotes = found(text);
    assert.deepEqual(texts(text), ['We will hold the line in Kursk.', 'We will hold it in Belgorod too.', 'And we will not stop,']);
    assert.deepEqual(quotes.map((q) => q.unterminated), [false, false, false]);
  });

  it('does not take a scare quote’s closing mark for a new opening', () => {
    assert.deepEqual(texts('The so-called "special operation" and the "ceasefire" talks.'), ['special operation', 'ceasefire']);
  });
});

describe('quote scanner: blockquotes', () => {
  it('reads a Markdown blockquote as one quotation, one segment per line', () => {
    const text = 'Intro.\n\n> We continue to conduct active operations\n> in the border areas on the enemy’s territory.\n\nAfter.';
    const q = only(text);
    assert.equal(q.kind, 'block');
    assert.deepEqual(texts(text), ['We continue to conduct active operations | in the border areas on the enemy’s territory.']);
    assert.equal(text.slice(q.start, q.end), '> We continue to conduct active operations\n> in the border areas on the enemy’s territory.');
  });

  it('leaves the attribution line (— Name) out of the quotation', () => {
    for (const dash of ['—', '–', '--']) {
      const text = `> We are not asking for pity.\n> We demand the world’s outrage.\n> ${dash} Oleksandr Vilkul`;
      assert.deepEqual(texts(text), ['We are not asking for pity. | We demand the world’s outrage.'], dash);
    }
  });

  it('drops quote marks that wrap the whole blockquote', () => {
    assert.deepEqual(texts('> “This war cannot be one-sided.”'), ['This war cannot be one-sided.']);
    assert.deepEqual(texts('> “We are not asking for pity.\n> We demand the world’s outrage.”'), ['We are not asking for pity. | We demand the world’s outrage.']);
  });

  it('does not find the quotations inside a blockquote separately', () => {
    const q = only('> “We are not asking for pity,” said Vilkul.\n> “We demand the world’s outrage.”');
    assert.equal(q.kind, 'block');
    assert.equal(q.segments.length, 2);
  });

  it('separates two blockquotes with a blank line between them', () => {
    assert.deepEqual(texts('> line one\n> line two\n\n> other block'), ['line one | line two', 'other block']);
  });

  it('reads nested > markers as part of the same blockquote', () => {
    assert.deepEqual(texts('> > deeply quoted words here\n> more words'), ['deeply quoted words here | more words']);
  });
});
