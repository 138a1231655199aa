import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { printable, jsonText } from '../../src/cli/terminalText';
import { checkDraft, IGNORE_MARKER } from '../../src/core/checker';
import { decodeSource } from '../../src/core/decode';
import { readFrontMatter } from '../../src/core/frontMatter';
import { Library } from '../../src/core/library';
import { LineIndex } from '../../src/core/lineIndex';
import { NEGATIVE_PREDICATES, QUESTIONS, START_HEDGES } from '../../src/core/meaningWords';
import { Source } from '../../src/core/source';
import { isNegation, normalizeWord, Token, tokenize } from '../../src/core/tokens';
import { seedLibrary } from './helpers/seedLibrary';

const library = seedLibrary();

interface SeedSentence {
  readonly source: Source;
  readonly text: string;
  readonly tokens: readonly Token[];
}
const SENTENCES: SeedSentence[] = library.sources.flatMap((source) =>
  source.sentences.map((s) => {
    const text = source.text.slice(s.start, s.end);
    return { source, text, tokens: tokenize(text) };
  }),
);
const LONG = SENTENCES.filter((s) => s.tokens.length >= 6);
const VOCABULARY = [...new Set(library.sources.flatMap((s) => s.tokens.map((t) => s.text.slice(t.start, t.end))))];

/** True when the words occur one after another in the article text of a source (a brute-force oracle). */
function inArticle(source: Source, norms: readonly string[]): boolean {
  outer: for (let i = 0; i + norms.length <= source.tokens.length; i++) {
    for (let k = 0; k < norms.length; k++) {
      if (source.tokens[i + k].norm !== norms[k]) {
        continue outer;
      }
    }
    return true;
  }
  return false;
}
const norms = (text: string) => tokenize(text).map((t) => t.norm);
// A writer nesting quotations turns the passage's own double quotes into single ones.
const nested = (text: string) => text.replace(/“/g, '‘').replace(/”/g, '’').replace(/"/g, "'");

/** A run of 6+ consecutive words of a seed sentence, exactly as the seed writes it. */
const seedPassage = fc
  .constantFrom(...LONG)
  .chain((sentence) =>
    fc
      .integer({ min: 6, max: sentence.tokens.length })
      .chain((length) => fc.record({ sentence: fc.constant(sentence), from: fc.integer({ min: 0, max: sentence.tokens.length - length }), length: fc.constant(length) })),
  )
  .map(({ sentence, from, length }) => ({
    sentence,
    from,
    length,
    text: sentence.text.slice(sentence.tokens[from].start, sentence.tokens[from + length - 1].end),
  }));

const fragment = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom(...SENTENCES.map((s) => s.text)),
  fc.constantFrom('“', '”', '"', "'", '‘', '’', '«', '»', '„', '‚', '‹', '›', '「', '」', '『', '』', 'ʼ'),
  fc.constantFrom('[', ']', '(', ')', '[…]', '[on]', '[@cnn-2025-belgorod]', '[@nobody, para 2]', '[^1]', '\n[^1]: ', '(CNN, n.d.)', '](https://x.example/a)'),
  fc.constantFrom('…', '...', '. . .', '`', '``', '\n```\n', '~~~', '<!--', '-->', IGNORE_MARKER, '<b>', '---'),
  fc.constantFrom('\n', '\n\n', '\n> ', '> ', '\n    ', '\r\n', ' ', '— ', '\u00a0'),
);
const draft = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

function assertWellFormed(text: string): void {
  const { quotes, citations } = checkDraft(text, library);
  for (const c of citations) {
    assert.ok(0 <= c.start && c.start <= c.end && c.end <= text.length, 'citation range');
  }
  for (const q of quotes) {
    assert.ok(0 <= q.outerStart && q.outerStart <= q.start && q.start <= q.end && q.end <= q.outerEnd && q.outerEnd <= text.length, 'quote range');
    if (q.match) {
      const { source, start, end } = q.match;
      assert.ok(0 <= start && start <= end && end <= source.text.length, 'match range');
      assert.equal(q.match.text, source.text.slice(start, end));
    }
    // A verdict with words behind it has a match; the others do not.
    assert.equal(q.match !== null, q.status === 'verified' || q.status === 'misquoted', q.status);
    if (q.status === 'verified') {
      assert.equal(q.match?.similarity, 1);
    }
  }
}

describe('properties: any draft', () => {
  it('is checked without throwing, and every range returned lies inside the draft or the source', () => {
    fc.assert(
      fc.property(draft, (text) => {
        assertWellFormed(text);
      }),
      { numRuns: 300 },
    );
  });

  it('checks a 1 MB one-line draft full of quote marks and backticks without throwing', () => {
    const pieces = ['“', 'We continue to conduct ', '`', '"', 'active operations ', '«', "'", '‘', '… ', '[', '> ', '”', '»', '’'];
    let text = '';
    for (let i = 0; text.length < 1024 * 1024; i++) {
      text += pieces[(i * 7) % pieces.length] + pieces[i % pieces.length];
    }
    assertWellFormed(text);
  });
});

// Hostile material: long runs of one small unit (punctuation, quote marks, brackets, @, control
// characters, CR line ends), mixed with seed sentences and the ordinary fragments above.
const hostileUnit = fc.constantFrom(
  '.', ',', '!?', '…', ';:', '“', '”', '"', "'", '‘', '’', '‚', '‹', '«', '„', '[', ']', '[@', '@', '@{', '[^', '](', '(', ')', '{', '}',
  '\r', '\r\r', '\r\n', '\n', ' ', '\t', '\u001b[31m', '\u001b]8;;x\u001b\\', '\u009b', '\u0000', '\u202e', '> ', '`', '---\n', '? ', '- ', 'a', ' \'a',
);
const hostileRun = fc.tuple(hostileUnit, fc.integer({ min: 1, max: 3000 })).map(([unit, n]) => unit.repeat(n));
const hostileDraft = fc.array(fc.oneof(hostileRun, fragment), { maxLength: 12 }).map((parts) => parts.join(''));

describe('properties: hostile drafts and sources', () => {
  it('checks any hostile draft without throwing, every range inside the draft or the source', () => {
    fc.assert(
      fc.property(hostileDraft, (text) => {
        assertWellFormed(text);
      }),
      { numRuns: 200 },
    );
  });

  it('finds the same quotations, verdicts and line and column positions whatever the line ends (LF, CRLF, CR)', () => {
    const lines = fc.array(fc.oneof(fragment, fc.constantFrom(...LONG.map((s) => `“${s.text}”`))), { maxLength: 12 }).map((parts) => parts.join('').replace(/\r/g, ''));
    fc.assert(
      fc.property(lines, (lf) => {
        const verdicts = (text: string) => {
          const decoded = decodeSource(new TextEncoder().encode(text));
          if (!decoded.ok) {
            return decoded.reason;
          }
          const index = new LineIndex(text);
          return checkDraft(decoded.text, library).quotes.map((q) => ({ status: q.status, at: index.lineColumn(q.start), to: index.lineColumn(q.end), words: q.text }));
        };
        const expected = verdicts(lf);
        assert.deepEqual(verdicts(lf.replace(/\n/g, '\r')), expected, 'CR');
        assert.deepEqual(verdicts(lf.replace(/\n/g, '\r\n')), expected, 'CRLF');
      }),
      { numRuns: 200 },
    );
  });

  it('loads any hostile source without throwing, paragraphs and sentences in order and in bounds; a seed sentence in a plain-text one still verifies', () => {
    const passage = fc.constantFrom(...LONG);
    fc.assert(
      fc.property(hostileDraft, hostileDraft, passage, fc.constantFrom('a.txt', 'b.md'), (before, after, sentence, file) => {
        const text = `${before}\n\n${sentence.text}\n\n${after}`;
        const lib = Library.fromInputs([{ file, bytes: new TextEncoder().encode(text) }]);
        for (const source of lib.sources) {
          let at = 0;
          for (const p of source.paragraphs) {
            assert.ok(at <= p.start && p.start <= p.end && p.end <= source.text.length, 'paragraph range');
            at = p.end;
          }
          for (const s of source.sentences) {
            assert.ok(0 <= s.start && s.start <= s.end && s.end <= source.text.length, 'sentence range');
          }
        }
        // In Markdown an unclosed fence or comment rightly hides the rest of the file: the words are checked in plain text.
        fc.pre(file === 'a.txt' && lib.sources.length === 1 && readFrontMatter(text).bodyStart === 0);
        const quoted = checkDraft(`He said “${nested(sentence.text)}” then.`, lib).quotes;
        assert.equal(quoted[0]?.status, 'verified', sentence.text);
      }),
      { numRuns: 150 },
    );
  });

  it('prints any text with no control character, and JSON that parses back to the same text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), hostileDraft), (text) => {
        assert.doesNotMatch(printable(text), /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
        const json = jsonText({ text });
        assert.doesNotMatch(json.replace(/\n/g, ''), /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
        assert.equal((JSON.parse(json) as { text: string }).text, text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('properties: seed passages', () => {
  it('verifies any run of six or more consecutive words of a seed sentence, quoted with “ ”, unless it is cut at a negation or a hedge', () => {
    fc.assert(
      fc.property(seedPassage, ({ sentence, text, from, length }) => {
        const q = checkDraft(`He said “${nested(text)}” then.`, library).quotes;
        assert.equal(q.length, 1);
        // A run that starts just after a negation, or stops just before one, is a misquote: and the negation is there.
        const near = sentence.tokens.slice(Math.max(0, from - 3), from).concat(sentence.tokens.slice(from + length, from + length + 3));
        if (q[0].status === 'misquoted' && q[0].problems.every((p) => p.code === 'misquoted' || p.code === 'cut-at-negation' || p.code === 'cut-at-hedge')) {
          const around = sentence.tokens.slice(Math.max(0, from - 6), from).concat(near);
          assert.ok(around.some((t) => isNegation(t.norm) || NEGATIVE_PREDICATES.has(t.norm) || START_HEDGES.has(t.norm) || QUESTIONS.has(t.norm)), `${text}\n${JSON.stringify(q[0].problems)}`);
          return;
        }
        assert.equal(q[0].status, 'verified', `${text}\n${JSON.stringify(q[0].problems)}`);
        const found = q[0].match?.source;
        assert.ok(found === sentence.source || (found && inArticle(found, norms(text))), `found in ${found?.meta.key}`);
      }),
      { numRuns: 300 },
    );
  });

  it('never verifies such a run with one word replaced by a different word', () => {
    const otherWord = fc.oneof(fc.constantFrom(...VOCABULARY), fc.stringMatching(/^[a-z]{1,12}$/));
    const replaced = seedPassage
      .filter(({ text }) => !text.includes('['))
      .chain((p) => fc.record({ p: fc.constant(p), at: fc.integer({ min: p.from, max: p.from + p.length - 1 }), word: otherWord }))
      .filter(({ p, at, word }) => tokenize(word).length === 1 && normalizeWord(word) !== p.sentence.tokens[at].norm);
    fc.assert(
      fc.property(replaced, ({ p, at, word }) => {
        const base = p.sentence.tokens[p.from].start;
        const t = p.sentence.tokens[at];
        const text = p.text.slice(0, t.start - base) + word + p.text.slice(t.end - base);
        const changed = norms(text);
        // Unless the changed words happen to be another passage of the library, word for word.
        fc.pre(!library.sources.some((s) => inArticle(s, changed)));
        const q = checkDraft(`He said “${nested(text)}” then.`, library).quotes;
        assert.equal(q.length, 1);
        assert.notEqual(q[0].status, 'verified', `${p.text}\n→ ${text}`);
      }),
      { numRuns: 300 },
    );
  });
});
