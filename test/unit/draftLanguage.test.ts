import * as assert from 'node:assert/strict';
import { draftLanguage } from '../../src/server/drafts';

describe('language server: what other editors call Markdown and plain text', () => {
  it('reads VS Code’s IDs as they are, and other editors’ names for the same languages', () => {
    assert.equal(draftLanguage('markdown', 'file:///a.md'), 'markdown');
    assert.equal(draftLanguage('plaintext', 'file:///a.txt'), 'plaintext');
    assert.equal(draftLanguage('text', 'file:///a.txt'), 'plaintext', 'Neovim, Eglot');
    assert.equal(draftLanguage('Plain Text', 'file:///a.txt'), 'plaintext', 'Zed');
    assert.equal(draftLanguage('Markdown', 'file:///a.md'), 'markdown', 'Zed');
    assert.equal(draftLanguage('markdown.pandoc', 'file:///a.md'), 'markdown', 'a compound Neovim filetype');
  });

  it('goes by the extension when a client sends no language, and leaves other languages alone', () => {
    assert.equal(draftLanguage('', 'file:///notes/draft.MD'), 'markdown');
    assert.equal(draftLanguage('', 'file:///notes/draft.txt'), 'plaintext');
    assert.equal(draftLanguage('', 'file:///notes/data.json'), '');
    assert.equal(draftLanguage('typescript', 'file:///a.ts'), 'typescript');
  });
});
