import * as assert from 'node:assert/strict';
import { splitParagraphs, splitSentences } from '../../src/core/segment';
import { seedLibrary } from './helpers/seedLibrary';

const library = seedLibrary();
const paragraphs = (text: string) => splitParagraphs(text).map((p) => text.slice(p.start, p.end));
function sentences(text: string): string[] {
  return splitParagraphs(text).flatMap((p, i) => splitSentences(text, p, i).map((s) => text.slice(s.start, s.end)));
}
/** The sentences of a seed paragraph that starts with `start`. */
function seedSentences(key: string, start: string): string[] {
  const source = library.get(key);
  assert.ok(source);
  const index = source.paragraphs.findIndex((p) => source.text.startsWith(start, p.start));
  assert.ok(index >= 0, `paragraph starting ${start}`);
  return source.sentences.filter((s) => s.paragraph === index).map((s) => source.text.slice(s.start, s.end));
}

describe('segment: paragraphs', () => {
  it('splits paragraphs at blank lines (one or more, with stray spaces)', () => {
    assert.deepEqual(paragraphs('First one.\n\nSecond one.\n \n\n\nThird one.\n'), ['First one.', 'Second one.', 'Third one.']);
  });

  it('reads one long line per paragraph, with no blank lines, as separate paragraphs (seed 001)', () => {
    const source = library.get('zelensky-belgorod-kursk');
    assert.ok(source);
    const lines = source.text.split('\n').filter((l) => l.trim() !== '');
    assert.equal(source.paragraphs.length, lines.length);
    assert.deepEqual(source.paragraphs.map((p) => source.text.slice(p.start, p.end)), lines.map((l) => l.trim()));
  });

  it('joins hard-wrapped lines into one paragraph, keeping the original line breaks in its text', () => {
    const text = 'Russian military bloggers and independent analysts say Ukrainian\nforces have advanced three to four kilometers into the region,\nfar short of last summer’s push.\n\nNext paragraph.';
    assert.deepEqual(paragraphs(text), [text.slice(0, text.indexOf('\n\n')), 'Next paragraph.']);
  });

  it('keeps a short line with long ones as separate paragraphs when the long ones are unwrapped', () => {
    const long = 'x'.repeat(150);
    assert.deepEqual(paragraphs(`A Short Heading\n${long} one.\n${long} two.`), ['A Short Heading', `${long} one.`, `${long} two.`]);
  });

  it('does not glue a stand-alone furniture line or dateline onto the lines around it', () => {
    assert.deepEqual(paragraphs('back to top\nFriday, April 18, 2025\n\nHeadline Here'), ['back to top', 'Friday, April 18, 2025', 'Headline Here']);
    assert.deepEqual(paragraphs('City Bridge Set to Reopen\nMarch 5, 2024\n\nBody.'), ['City Bridge Set to Reopen', 'March 5, 2024', 'Body.']);
    const wrapped = 'The bridge closed on\nMarch 5, 2024, after the flood.';
    assert.deepEqual(paragraphs(wrapped), [wrapped], 'a date inside wrapped prose stays in it');
  });

  it('handles CRLF line endings and starts after the front matter', () => {
    const text = '---\ntitle: x\n---\nOne line.\r\n\r\nTwo line.\r\n';
    const body = text.indexOf('One');
    assert.deepEqual(splitParagraphs(text, body).map((p) => text.slice(p.start, p.end)), ['One line.', 'Two line.']);
  });

  it('returns no paragraphs for white space only', () => {
    assert.deepEqual(paragraphs(' \n\n\t\n'), []);
  });
});

describe('segment: sentences', () => {
  it('splits at full stops, question and exclamation marks followed by a capital', () => {
    assert.deepEqual(sentences('Did he go? Yes! He went home. 18 came back.'), ['Did he go?', 'Yes!', 'He went home.', '18 came back.']);
  });

  it('keeps a closing quote mark with the sentence it ends', () => {
    assert.deepEqual(sentences('“We demand outrage.” He left.'), ['“We demand outrage.”', 'He left.']);
  });

  it('does not break after U.S., Gen., Mr. or initials', () => {
    assert.deepEqual(sentences('Gen. Syrskyi met U.S. officials. Mr. Smith and J. R. Tolkien came. Then it ended.'), [
      'Gen. Syrskyi met U.S. officials.',
      'Mr. Smith and J. R. Tolkien came.',
      'Then it ended.',
    ]);
  });

  it('keeps “A well-known U.S.-based research group” in one sentence of seed 001', () => {
    assert.deepEqual(seedSentences('zelensky-belgorod-kursk', 'A well-known U.S.-based'), [
      'A well-known U.S.-based research group also reported that Ukrainian units had made progress near these areas.',
      'The group said Ukrainian soldiers were working to secure territory around Prilesye.',
      'These claims have not yet been independently verified.',
    ]);
  });

  it('keeps “U.S. Senator Lindsey Graham” in one sentence of seed 004', () => {
    const found = seedSentences('ukraine-claims-kursk', 'During a meeting with President Zelensky');
    assert.ok(found[0].startsWith('During a meeting with President Zelensky in Kyiv, U.S. Senator Lindsey Graham praised'), found[0]);
  });

  it('gives offsets inside the paragraph, with no leading or trailing white space', () => {
    const text = 'One.  Two!\n  Three?';
    const [p] = splitParagraphs(text);
    for (const s of splitSentences(text, p, 0)) {
      assert.ok(p.start <= s.start && s.end <= p.end);
      assert.equal(text.slice(s.start, s.end).trim(), text.slice(s.start, s.end));
    }
  });
});
