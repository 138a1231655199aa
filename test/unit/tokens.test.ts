import * as assert from 'node:assert/strict';
import { checkDraft } from '../../src/core/checker';
import fc from 'fast-check';
import { countWords, foldForSearch, isNegation, isNumber, normalizeWord, tokenize, WORD } from '../../src/core/tokens';
import { scanWords } from '../../src/core/wordScanner';
import { seedLibrary } from './helpers/seedLibrary';

const norms = (text: string) => tokenize(text).map((t) => t.norm);
const library = seedLibrary();
const verdict = (draft: string) => checkDraft(draft, library).quotes.map((q) => [q.status, q.match?.source.meta.key ?? null]);

describe('tokens: words are compared after normalisation', () => {
  it('treats fullwidth letters and the ﬁ ligature as the ordinary letters (NFKC)', () => {
    assert.deepEqual(norms('Ｒｕｓｓｉａ ﬁve ﬁnal'), ['russia', 'five', 'final']);
    assert.equal(normalizeWord('ﬁ'), 'fi');
  });

  it('ignores case', () => {
    assert.deepEqual(norms('BELGOROD Belgorod belgorod'), ['belgorod', 'belgorod', 'belgorod']);
  });

  it('treats curly, straight and modifier apostrophes alike and keeps them inside the word', () => {
    assert.deepEqual(norms('Russia’s Russia\'s Russiaʼs can’t'), ["russia's", "russia's", "russia's", "can't"]);
  });

  it('splits words at every kind of dash, so war—it, war–it and war-it read the same', () => {
    for (const dash of ['-', '‐', '‑', '‒', '–', '—', '―', '−']) {
      assert.deepEqual(norms(`war${dash}it`), ['war', 'it'], JSON.stringify(dash));
    }
  });

  it('treats line wraps (LF and CRLF) as plain spaces', () => {
    assert.deepEqual(norms('active\noperations\r\nin   the\tborder'), norms('active operations in the border'));
  });

  it('reads 1,000 and 1000 as the same number, and keeps decimals', () => {
    assert.deepEqual(norms('1,000 1000 1,000,000 2.5'), ['1000', '1000', '1000000', '2.5']);
  });

  it('does not count punctuation, quote marks or ellipses as words', () => {
    assert.deepEqual(norms('“Hello,” she said… — (yes!) «non»'), ['hello', 'she', 'said', 'yes', 'non']);
    assert.equal(countWords('“Hello,” she said… — (yes!)'), 4);
  });

  it('keeps each word’s offsets in the original text', () => {
    const text = 'Ｒｕｓｓｉａ’s  1,000\nkm—“away”';
    for (const t of tokenize(text)) {
      assert.equal(normalizeWord(text.slice(t.start, t.end)), t.norm);
    }
    const inner = tokenize(text, 10, 20);
    assert.deepEqual(inner.map((t) => text.slice(t.start, t.end)), ['1,000', 'km']);
  });

  it('knows negations and numbers, including number words', () => {
    for (const w of ['not', 'never', 'no', 'nobody', "don't", "can't", 'cannot', 'without']) {
      assert.ok(isNegation(w), w);
    }
    assert.ok(!isNegation('note') && !isNegation('know'));
    for (const w of ['24', '1000', 'twenty', 'thousands', 'dozen']) {
      assert.ok(isNumber(w), w);
    }
    assert.ok(!isNumber('one') && !isNumber('troops'));
  });

  it('folds typographic variants for search without changing the length', () => {
    const text = '“Russia’s war — it’s «over»”\u00a0now';
    const folded = foldForSearch(text);
    assert.equal(folded.length, text.length);
    assert.equal(folded, '"Russia\'s war - it\'s "over""' + ' now');
  });
});

describe('tokens: normalisation lets real quotations match the seeds', () => {
  it('verifies a quotation typed with straight apostrophes and quote marks against curly source text', () => {
    assert.deepEqual(verdict('He said "We continue to conduct active operations in the border areas on the enemy\'s territory."'), [
      ['verified', 'war-update-2025-belgorod'],
    ]);
  });

  it('verifies a quotation whose “1000” is “1,000” in the source', () => {
    assert.deepEqual(verdict('CNN: they “seized more than 1000 square kilometers last August.”'), [['verified', 'cnn-2025-belgorod']]);
  });

  it('verifies a quotation with an em dash where the source has an en dash, and in capitals', () => {
    assert.deepEqual(verdict('“WE EXPECT A RESPONSE — A SERIOUS ONE.”'), [['verified', 'cnn-2025-belgorod']]);
  });

  it('verifies a quotation typed with fullwidth letters and a ligature', () => {
    assert.deepEqual(verdict('“They were like little suns in the classroom” and “Ｔｈｅｙ were like little suns in the classroom” and “troops had penetrated Russia’s ﬁrst line of defense”'), [
      ['verified', 'war-update-2025-belgorod'],
      ['verified', 'war-update-2025-belgorod'],
      ['verified', 'kyiv-independent-belgorod'],
    ]);
  });
});

describe('tokens: the word scanner finds exactly the words of the word pattern', () => {
  it('on any text', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 6, unit: 'grapheme' }),
      fc.string({ maxLength: 6, unit: 'binary' }),
      fc.constantFrom("'", '’', 'ʼ', '.', ',', '1', '٣', 'a', 'é', 'e\u0301', '𝟘', '𝐀', '\ud800', ' ', '1,000', '2.5', "can't", '½'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
        const slice = text.slice(start, end);
        const expected: string[] = [];
        WORD.lastIndex = 0;
        for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
          expected.push(`${start + m.index}:${m[0]}`);
        }
        const found: string[] = [];
        scanWords(text, start, end, (from, to) => found.push(`${from}:${text.slice(from, to)}`));
        assert.deepEqual(found, expected);
      }),
      { numRuns: 3000 },
    );
  });
});
