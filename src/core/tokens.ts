import { isNegationWord } from './meaningWords';
import { scanWords } from './wordScanner';

/** A word of a text, normalised for matching, with its offsets in the original text. */
export interface Token {
  /** Normalised form: NFKC, lower case, one apostrophe, numbers without thousands separators. */
  readonly norm: string;
  /** Offset of the first character in the original text. */
  readonly start: number;
  /** Offset just past the last character in the original text. */
  readonly end: number;
}

// A word is a run of letters, marks and digits; an apostrophe between letters stays inside it
// (Russia’s, can't) and so does a decimal or thousands separator between digits (1,000, 2.5).
// Everything else (punctuation, dashes, quote marks, ellipses, spaces, line breaks) separates words,
// which is what makes dash variants, quote styles and line wraps irrelevant to matching.
/** The word pattern (global: callers reset `lastIndex`). */
export const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+|(?<=\p{N})[.,]\p{N}+)*/gu;
const APOSTROPHES = /[’ʼ]/g;
const DIGITS_WITH_COMMAS = /^\p{N}[\p{N},.]*$/u;

/** Normalises one word for comparison. */
export function normalizeWord(word: string): string {
  let n = word.normalize('NFKC').toLowerCase().replace(APOSTROPHES, "'");
  if (DIGITS_WITH_COMMAS.test(n)) {
    n = n.replace(/,/g, '');
  }
  return n;
}

// Normalised forms of recently seen spellings: tokenising a source again costs no NFKC.
let norms = new Map<string, string>();

/** Splits `text[start, end)` into normalised words that keep their original offsets. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  scanWords(text, Math.max(0, start), Math.min(end, text.length), (from, to) => {
    const raw = text.slice(from, to);
    let norm = norms.get(raw);
    if (norm === undefined) {
      norm = normalizeWord(raw);
      if (norms.size >= 100000) {
        norms = new Map();
      }
      norms.set(raw, norm);
    }
    tokens.push({ norm, start: from, end: to });
  });
  return tokens;
}

/** A string's normalised words joined by single spaces: two strings with the same words compare equal. */
export function normalizedWords(text: string): string {
  return tokenize(text).map((t) => t.norm).join(' ');
}

/** Counts the words in a string the way {@link tokenize} does. */
export function countWords(text: string): number {
  let count = 0;
  scanWords(text, 0, text.length, () => count++);
  return count;
}



/** True for words that negate: a flipped negation is always a misquote (the list: `meaningWords.ts`). */
export const isNegation = isNegationWord;

/** True for numbers, written with digits or as number words. */
export function isNumber(norm: string): boolean {
  return /\p{N}/u.test(norm) || NUMBER_WORDS.has(norm);
}

// "one", "first", "second" and "half" are left out: as pronouns and ordinals they are rarely figures.
// Multiples ("doubled", "twice") are figures too: "[doubled]" for "increased significantly" adds one.
const NUMBER_WORDS = new Set([
  'double', 'doubled', 'twice', 'triple', 'tripled', 'thrice', 'quadrupled', 'halved',
  'zero', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands',
  'million', 'millions', 'billion', 'billions', 'dozen', 'dozens',
]);

/**
 * Folds characters that differ only typographically (curly quotes, dashes, non-breaking spaces)
 * to one form without changing the string's length, so offsets found in the folded text are
 * offsets in the original.
 */
export function foldForSearch(text: string): string {
  return text.replace(/[‘’ʼ‛′]/g, "'").replace(/[“”„‟″«»]/g, '"').replace(/[‐‑‒–—―−]/g, '-').replace(/[\u00a0\u2007\u202f]/g, ' ');
}
