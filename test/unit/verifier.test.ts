import * as assert from 'node:assert/strict';
import { checkDraft, QuoteCheck } from '../../src/core/checker';
import { tokenize } from '../../src/core/tokens';
import { MAX_QUOTE_WORDS } from '../../src/core/verifier';
import { seedLibrary, seedText } from './helpers/seedLibrary';

const library = seedLibrary();
const words = (s: string) => tokenize(s).map((t) => t.norm);
const check = (draft: string): QuoteCheck[] => checkDraft(draft, library).quotes;
function one(draft: string): QuoteCheck {
  const quotes = check(draft);
  assert.equal(quotes.length, 1, draft);
  return quotes[0];
}
const codes = (q: QuoteCheck) => q.problems.map((p) => p.code);

// 48 words of ukraine-claims-kursk, with three figures in it.
const EVACUATION =
  'The situation in the western Russian region has grown increasingly tense, with mass evacuations taking place for civilian safety. An estimated 59,000 additional residents have been instructed to evacuate. The local governor reported that Ukrainian forces have captured 28 villages, resulting in the deaths of 12 civilians.';
const KURSK = 'Commander Oleksandr Syrskyi announced that Ukraine’s offensive in the Kursk region has been ongoing for seven days, showing no signs of slowing down.';
const ACKNOWLEDGED = 'The Ukrainian military has not officially acknowledged the operation.';

const MISQUOTES: [string, string][] = [
  ['a changed word', '“They were like little stars in the classroom,” she told reporters.'],
  ['an added word', '“We are now working toward a response,” he said.'],
  ['a dropped word', '“There must be consequences for the aggressor, even within its territory.”'],
  ['a changed number', `“${EVACUATION.replace('28 villages', '29 villages')}”`],
  ['a dropped negation', `“${ACKNOWLEDGED.replace('not ', '')}”`],
  ['an elision and a changed word', '“A strong response is badly needed … Russia must be forced into peace,” he said.'],
];

describe('verifier: the source text, word for word', () => {
  it('verifies a long quotation that is exactly the source, with similarity 1', () => {
    const q = one(`“${EVACUATION}”`);
    assert.deepEqual([q.status, q.match?.source.meta.key, q.match?.similarity, q.problems], ['verified', 'ukraine-claims-kursk', 1, []]);
    assert.ok(q.match);
    assert.equal(q.match.text, seedText(library, 'ukraine-claims-kursk').slice(q.match.start, q.match.end));
  });

  for (const [from, to] of [['59,000', '58,000'], ['28', '29'], ['12', '21'], ['12', 'twelve']]) {
    it(`never verifies a ${words(EVACUATION).length}-word quotation with one number changed (${from} → ${to})`, () => {
      const q = one(`“${EVACUATION.replace(from, to)}”`);
      assert.equal(q.status, 'misquoted');
      assert.ok(codes(q).includes('changed-number'), JSON.stringify(q.problems));
      assert.ok((q.match?.similarity ?? 1) > 0.9, 'however similar the rest is');
    });
  }

  it('never verifies a changed number word (seven days → eight days)', () => {
    const q = one(`“${KURSK.replace('seven', 'eight')}”`);
    assert.deepEqual([q.status, codes(q).includes('changed-number')], ['misquoted', true]);
  });

  it('never verifies a dropped negation', () => {
    const dropped = one(`“${ACKNOWLEDGED.replace('not ', '')}”`);
    assert.deepEqual([dropped.status, codes(dropped)], ['misquoted', ['misquoted', 'negation']]);
    const noSigns = one(`“${KURSK.replace('showing no signs', 'showing signs')}”`);
    assert.deepEqual([noSigns.status, codes(noSigns).includes('negation')], ['misquoted', true]);
  });

  it('never verifies an added negation', () => {
    const added = one('He said “There must be no consequences for the aggressor, even within its own territory.”');
    assert.deepEqual([added.status, codes(added)], ['misquoted', ['misquoted', 'negation']]);
    const contracted = one('“They don’t continue to defend Ukraine under very difficult conditions.”');
    assert.deepEqual([contracted.status, codes(contracted).includes('negation')], ['misquoted', true]);
  });

  it('never verifies a quotation of page furniture, though its words are in the seed files', () => {
    const furniture = [
      '“Ex-Ald. John Arena is Mayor Johnson’s new Springfield lobbyist. Some alderpeople don’t like it.”',
      '“Israel Revises Account of Paramedic Killings in Gaza After Video Evidence Emerges”',
      '“Lakers’ LeBron James Has Strong Message on Being NBA’s ‘Face of The League’”',
      '“Your email address will not be published. Required fields are marked”',
      '“2025 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.”',
      '“Visited 1 times, 1 visits today”',
      '“Read more Local News”',
    ];
    for (const draft of furniture) {
      const q = one(draft);
      assert.deepEqual([q.status, q.match], ['unverified', null], draft);
    }
  });
});

describe('verifier: misquotes come with the source’s wording', () => {
  for (const [what, draft] of MISQUOTES) {
    it(`suggests the source’s words for ${what}, and the corrected draft verifies`, () => {
      const q = one(draft);
      assert.equal(q.status, 'misquoted');
      assert.ok(q.suggestion, 'a suggestion');
      assert.ok(q.match && q.match.similarity > 0 && q.match.similarity < 1, `similarity ${q.match?.similarity}`);
      const fixed = draft.slice(0, q.start) + q.suggestion + draft.slice(q.end);
      const again = one(fixed);
      assert.deepEqual([again.status, again.match?.source.meta.key], ['verified', q.match.source.meta.key], fixed);
      assert.equal(again.match?.similarity, 1);
    });

    it(`gives a word diff for ${what} that rebuilds both the quotation and the source passage`, () => {
      const q = one(draft);
      assert.ok(q.match);
      const parts = q.match.diff;
      assert.ok(parts.some((p) => p.op !== 'equal' && p.op !== 'elision'));
      const quoteSide = parts.filter((p) => p.op !== 'delete').map((p) => p.quote ?? '').join(' ');
      assert.deepEqual(words(quoteSide), words(q.text));
      const sourceSide = parts.filter((p) => p.op !== 'insert').map((p) => p.source ?? '').join(' ');
      assert.deepEqual(words(sourceSide), words(q.match.text));
      for (const p of parts) {
        if (p.op === 'insert') {
          assert.equal(p.source, undefined, 'an added word has no source text');
        } else if (p.op === 'delete') {
          assert.equal(p.quote, undefined, 'a dropped word has no quotation text');
        } else {
          assert.ok(p.quote && p.source, JSON.stringify(p));
        }
      }
    });
  }

  it('names the source and what it says in the misquote problem', () => {
    const q = one(MISQUOTES[0][1]);
    assert.equal(q.problems[0].message, 'Misquote of war-update-2025-belgorod: the source says “They were like little suns in the classroom”');
    assert.equal(q.suggestion, 'They were like little suns in the classroom,', 'the writer’s comma is kept');
  });
});

describe('verifier: citations and limits', () => {
  it('reports a citation mismatch naming the cited key and the key that holds the words', () => {
    const q = one('“They were like little suns in the classroom,” she said [@cnn-2025-belgorod].');
    assert.deepEqual([q.status, q.verifiedIn], ['verified', 'war-update-2025-belgorod']);
    const mismatch = q.problems.find((p) => p.code === 'citation-mismatch');
    assert.ok(mismatch);
    assert.match(mismatch.message, /cnn-2025-belgorod/);
    assert.match(mismatch.message, /war-update-2025-belgorod/);
  });

  it('prefers the cited source when several hold the words, with no mismatch', () => {
    for (const key of ['zelensky-belgorod-kursk', 'kyiv-independent-belgorod']) {
      const q = one(`Analysts cite “reports from Russian military bloggers” [@${key}].`);
      assert.deepEqual([q.status, q.match?.source.meta.key, q.problems], ['verified', key, []]);
    }
  });

  it('reports a citation key that is not in the library, and still checks the words', () => {
    const q = one('“We are not asking for pity,” he said [@vilkul-2025-pity].');
    assert.equal(q.status, 'verified');
    assert.deepEqual(q.problems, [{ code: 'unknown-citation', message: 'citation key "vilkul-2025-pity" is not in the library' }]);
  });

  /** The article text of a seed (furniture left out) as one paragraph without quote marks. */
  const flatArticle = (key: string) => {
    const source = library.get(key);
    assert.ok(source);
    const paragraphs = source.paragraphs.filter((p) => !p.furniture).map((p) => source.text.slice(p.start, p.end));
    return { text: paragraphs.join(' ').replace(/[“”"]/g, '').replace(/\s+/g, ' '), words: source.tokens.length };
  };

  it(`reports a quotation longer than ${MAX_QUOTE_WORDS} words as too long to check`, () => {
    const article = flatArticle('war-update-2025-belgorod');
    const q = one(`“${article.text} ${article.text}”`);
    assert.equal(q.words, 2 * article.words);
    assert.ok(q.words > MAX_QUOTE_WORDS);
    assert.equal(q.status, 'unverified');
    assert.ok(codes(q).includes('too-long'));
  });

  it('still checks and verifies a quotation of a whole thousand-word article', () => {
    const article = flatArticle('war-update-2025-belgorod');
    assert.ok(article.words > 1000 && article.words <= MAX_QUOTE_WORDS);
    const q = one(`“${article.text}”`);
    assert.deepEqual([q.status, q.words, q.match?.source.meta.key], ['verified', article.words, 'war-update-2025-belgorod']);
  });
});
