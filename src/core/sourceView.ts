import { Break, PassageView } from './passageView';
import { passageTokens } from './passageTokens';
import { Source } from './source';
import { lowerBound } from './postings';
import { Vocabulary } from './vocabulary';

// Between two words: a semicolon or colon ends a clause as firmly as a sentence end; commas,
// parentheses, brackets and dashes (a spaced hyphen or a double one too) set off a clause or an
// aside. Quote marks do not: a scare-quoted word sits inside its clause.
const SENTENCE_MARKS = /[;:]/;
const CLAUSE_MARKS = /[,()[\]{}—–]|\s-{1,2}\s|--/;

/**
 * Whether a sentence or a paragraph of the source starts at word p, from its segmentation alone
 * (no text is read: colons and semicolons, which {@link sourceView} counts too, are not seen).
 */
export function startsSentenceAt(source: Source, p: number): boolean {
  const record = source.record;
  const i = lowerBound(record.paragraphWords, p);
  return p <= 0 || (i < record.paragraphWords.length && record.paragraphWords[i] === p) || startsSentence(record.sentences, p);
}

/**
 * A {@link PassageView} of a source around the words [lo, hi): sentence and paragraph breaks from
 * the source's segmentation, clause breaks from the characters between words. Words are read from
 * the sentences around [lo, hi) only, when a break or a text is first asked for.
 */
export function sourceView(source: Source, vocabulary: Vocabulary, lo: number, hi: number): PassageView {
  const record = source.record;
  let tokenAt: ReturnType<typeof passageTokens> | undefined;
  const token = (p: number) => (tokenAt ??= passageTokens(source, vocabulary, Math.max(0, lo - 8), Math.min(source.wordCount, hi + 8)))(p);
  const startsParagraph = (p: number) => {
    const i = lowerBound(record.paragraphWords, p);
    return i < record.paragraphWords.length && record.paragraphWords[i] === p;
  };
  return {
    length: source.wordCount,
    word: (p) => source.wordAt(p),
    breakBefore(p) {
      if (p <= 0 || startsParagraph(p)) {
        return Break.Paragraph;
      }
      if (startsSentence(record.sentences, p)) {
        return Break.Sentence;
      }
      const gap = source.text.slice(token(p - 1).end, token(p).start);
      return SENTENCE_MARKS.test(gap) ? Break.Sentence : CLAUSE_MARKS.test(gap) ? Break.Clause : Break.None;
    },
    text(from, to) {
      if (to <= from) {
        return '';
      }
      const start = token(from).start;
      let end = token(to - 1).end;
      // A quote mark opened in the words is closed with them: “clarity”, not “clarity.
      const words = source.text.slice(start, end);
      if (count(words, '“') > count(words, '”') && source.text[end] === '”') {
        end++;
      }
      return source.text.slice(start, end);
    },
  };
}

// Whether a sentence's first word is at p: `sentences` holds [start, end, paragraph, first word]
// per sentence, in order.
function startsSentence(sentences: Uint32Array, p: number): boolean {
  let lo = 0;
  let hi = sentences.length / 4;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid * 4 + 3] < p) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo < sentences.length / 4 && sentences[lo * 4 + 3] === p;
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) {
    n++;
  }
  return n;
}
