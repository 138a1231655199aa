import { isMarkdownFile, maskMarkdown } from './markdownMask';
import { Source } from './source';
import { Token, tokenize } from './tokens';
import { Vocabulary } from './vocabulary';

/**
 * The source's tokens (words with their offsets in the file) at word positions [from, to), read
 * from the sentences holding them only: showing one match then costs a sentence or two, not the
 * whole article. The words read must be the source's indexed words, else (a Markdown construct
 * that only reads differently in its whole file) the whole article's tokens are used; so are they
 * for a position outside the sentences read.
 */
export function passageTokens(source: Source, vocabulary: Vocabulary, from: number, to: number): (position: number) => Token {
  const record = source.record;
  const sentences = record.sentences;
  const count = sentences.length / 4;
  const firstWord = (s: number) => (s < count ? sentences[s * 4 + 3] : record.words.length);
  const markdown = isMarkdownFile(source.file);
  const found = new Map<number, Token>();
  let s = 0;
  while (s + 1 < count && firstWord(s + 1) <= from) {
    s++;
  }
  for (; s < count && firstWord(s) < Math.max(to, from + 1); s++) {
    if (firstWord(s) === firstWord(s + 1)) {
      continue;
    }
    const start = sentences[s * 4];
    const end = sentences[s * 4 + 1];
    const tokens = markdown ? tokenize(maskMarkdown(source.text.slice(start, end))).map((t) => ({ norm: t.norm, start: t.start + start, end: t.end + start })) : tokenize(source.text, start, end);
    const first = firstWord(s);
    if (tokens.length !== firstWord(s + 1) - first || tokens.some((t, k) => vocabulary.word(record.words[first + k]) !== t.norm)) {
      const all = source.tokens;
      return (position) => all[position];
    }
    tokens.forEach((t, k) => found.set(first + k, t));
  }
  return (position) => found.get(position) ?? source.tokens[position];
}
