import * as assert from 'node:assert/strict';
import { maskMarkdown } from '../../src/core/markdownMask';
import { findQuotes } from '../../src/core/quoteScanner';

/** Masks and checks the offset contract: same length, masked characters blanked, the rest untouched. */
function mask(text: string): string {
  const masked = maskMarkdown(text);
  assert.equal(masked.length, text.length);
  for (let i = 0; i < text.length; i++) {
    if (masked[i] !== text[i]) {
      assert.equal(masked[i], ' ', `offset ${i}: a masked character becomes a space`);
      assert.ok(text[i] !== '\n' && text[i] !== '\r', `offset ${i}: line breaks are kept`);
    }
  }
  return masked;
}
const quoted = (text: string) => findQuotes(mask(text)).map((q) => text.slice(q.segments[0].start, q.segments[q.segments.length - 1].end));
/** True when `part` of `text` survives masking unchanged. */
const kept = (text: string, part: string) => {
  const at = text.indexOf(part);
  assert.ok(at >= 0);
  return mask(text).slice(at, at + part.length) === part;
};
const blanked = (text: string, part: string) => {
  const at = text.indexOf(part);
  assert.ok(at >= 0);
  return mask(text).slice(at, at + part.length).trim() === '';
};

describe('markdown mask: parts of a draft that never hold quotations', () => {
  it('masks YAML front matter', () => {
    const text = '---\ntitle: "A quoted title here"\n---\nBody with “a real quote here”.';
    assert.ok(blanked(text, 'title: "A quoted title here"'));
    assert.deepEqual(quoted(text), ['a real quote here']);
  });

  it('masks inline code spans, including double-backtick spans', () => {
    const text = 'Run `grep "not a quote" file` or ``say `x` "nor this"`` but “this one counts”.';
    assert.ok(blanked(text, '`grep "not a quote" file`'));
    assert.ok(blanked(text, '``say `x` "nor this"``'));
    assert.deepEqual(quoted(text), ['this one counts']);
  });

  it('leaves an unmatched backtick alone', () => {
    const text = 'A stray ` backtick and “a quote after it”.';
    assert.ok(kept(text, 'A stray ` backtick'));
    assert.deepEqual(quoted(text), ['a quote after it']);
  });

  it('masks fenced code blocks (``` and ~~~), even unclosed ones', () => {
    const text = '```js\nconst s = "a quote in code";\n```\n\n~~~\n“tilde fenced”\n~~~\n\n“kept quote here”\n\n```\n“never closed”';
    assert.deepEqual(quoted(text), ['kept quote here']);
  });

  it('masks indented code blocks, but not indented list continuations', () => {
    const text = 'Para.\n\n    “indented code quote”\n\n- item\n\n    “list continuation quote”';
    assert.ok(blanked(text, '“indented code quote”'));
    assert.ok(kept(text, '“list continuation quote”'));
  });

  it('masks HTML comments and tags, keeping the text between tags', () => {
    const text = '<!-- “commented out” -->\n<span title="a b c">“inside a span”</span> and <!-- open “comment';
    assert.ok(blanked(text, '<!-- “commented out” -->'));
    assert.ok(blanked(text, '<span title="a b c">'));
    assert.deepEqual(quoted(text), ['inside a span']);
  });

  it('masks link destinations and titles but keeps the link text', () => {
    const text = 'See [“the report” here](https://example.com/“a” "The “title”") and <https://example.com/x"y>.';
    assert.ok(kept(text, '[“the report” here]'));
    assert.ok(blanked(text, '(https://example.com/“a” "The “title”")'.slice(1)));
    assert.ok(blanked(text, '<https://example.com/x"y>'));
    assert.deepEqual(quoted(text), ['the report']);
  });

  it('masks bare URLs and reference definitions, not footnote definitions', () => {
    const text = 'Go to https://example.com/o\'brien‘s’/path now.\n\n[ref]: https://example.com "Ref “title”"\n[^1]: “Footnote text stays”';
    assert.ok(blanked(text, 'https://example.com/o\'brien‘s’/path'));
    assert.ok(kept(text, ' now.'));
    assert.ok(blanked(text, '[ref]: https://example.com "Ref “title”"'));
    assert.ok(kept(text, '[^1]: “Footnote text stays”'));
  });

  it('keeps offsets: text outside the masked parts is unchanged, line breaks included', () => {
    const text = '---\r\nkey: v\r\n---\r\nA “quote” `code`\r\n\r\n```\r\nx\r\n```\r\n<!--\r\nc\r\n-->\r\nEnd.';
    const masked = mask(text);
    assert.equal(masked.split('\n').length, text.split('\n').length);
    assert.ok(kept(text, 'A “quote” '));
    assert.ok(masked.endsWith('End.'));
  });
});
