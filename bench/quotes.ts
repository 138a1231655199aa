import { NEGATIVE_PREDICATES, QUESTIONS, START_HEDGES } from '../src/core/meaningWords';
import { isNegation, isNumber, Token, tokenize } from '../src/core/tokens';
import { Article } from './corpus';
import { NgramFilter } from './ngramFilter';
import { Random } from './random';

/** What a quotation of the test draft is, by construction, and the verdict that is right for it. */
export type QuoteKind = 'exact' | 'word-changed' | 'number-changed' | 'word-dropped' | 'absent';
export type Verdict = 'verified' | 'misquoted' | 'unverified';

export const EXPECTED: Record<QuoteKind, Verdict> = {
  exact: 'verified',
  'word-changed': 'misquoted',
  'number-changed': 'misquoted',
  'word-dropped': 'misquoted',
  absent: 'unverified',
};

/** A quotation with its ground truth. */
export interface TestQuote {
  readonly kind: QuoteKind;
  readonly expected: Verdict;
  readonly text: string;
  /** The library article it was taken from (none for absent quotations). */
  readonly article?: Article;
}

// Characters a quotation may hold so that it reads as one plain quotation in a Markdown draft: no
// quote marks, brackets (editorial insertions), ellipses (elisions) or Markdown syntax.
const SAFE = /^[\p{L}\p{N} ,;:.'’$%—-]+$/u;

/** A run of `min`..`max` words of one sentence of the article, as written there, or undefined. */
export function pickSpan(article: Article, random: Random, min: number, max: number, needNumber = false): string | undefined {
  for (let attempt = 0; attempt < 20; attempt++) {
    const paragraph = random.pick(article.paragraphs);
    const sentence = random.pick(paragraph);
    const tokens = tokenize(sentence);
    const numbers = tokens.map((t, i) => (/\p{N}/u.test(t.norm) ? i : -1)).filter((i) => i >= 0);
    if (tokens.length < min || (needNumber && numbers.length === 0)) {
      continue;
    }
    const length = Math.min(tokens.length, random.range(min, max));
    const lo = needNumber ? Math.max(0, random.pick(numbers) - random.int(length)) : random.int(tokens.length - length + 1);
    const from = Math.min(lo, tokens.length - length);
    // A verbatim run that starts just after a negation, a doubt, a question or a hedge, or stops
    // just before a negation or a doubt, changes what its sentence says: a misquote by rule
    // (cut-at-negation, cut-at-hedge), so no "exact" quotation of the draft.
    const before = tokens.slice(Math.max(0, from - 6), from);
    const after = tokens.slice(from + length, from + length + 3);
    const denies = (t: Token) => isNegation(t.norm) || NEGATIVE_PREDICATES.has(t.norm);
    if (before.some((t) => denies(t) || START_HEDGES.has(t.norm) || QUESTIONS.has(t.norm)) || after.some(denies)) {
      continue;
    }
    const text = sentence.slice(tokens[from].start, tokens[from + length - 1].end);
    if (SAFE.test(text) && !/\.\.|--|\s[.,;:]|(?<!\p{L})['’]|['’](?!\p{L})/u.test(text) && (!needNumber || /\p{N}/u.test(text))) {
      return text;
    }
  }
  return undefined;
}

/**
 * Alters a verbatim quotation the way writers misquote: one word changed, a number changed or a
 * word dropped. The result is only returned when the filter proves it is not verbatim anywhere in
 * the library.
 */
export function alter(text: string, kind: 'word-changed' | 'number-changed' | 'word-dropped', random: Random, filler: () => string, filter: NgramFilter): string | undefined {
  const tokens = tokenize(text);
  const words = tokens.map((t) => t.norm);
  const replaceAt = (i: number, word: string) => text.slice(0, tokens[i].start) + word + text.slice(tokens[i].end);
  for (let attempt = 0; attempt < 10; attempt++) {
    let out: string | undefined;
    let from = 0;
    let to = 0;
    if (kind === 'word-changed') {
      const choices = indices(tokens, (t) => /^\p{L}{4,}$/u.test(t.norm) && !isNumber(t.norm) && !isNegation(t.norm));
      const replacement = fillerWord(filler, random);
      if (choices.length === 0 || !replacement) {
        continue;
      }
      const i = random.pick(choices);
      if (replacement.toLowerCase() === words[i]) {
        continue;
      }
      const original = text.slice(tokens[i].start, tokens[i].end);
      out = replaceAt(i, /^\p{Lu}/u.test(original) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement.toLowerCase());
      from = to = i;
    } else if (kind === 'number-changed') {
      const choices = indices(tokens, (t) => /\p{N}/u.test(t.norm));
      if (choices.length === 0) {
        return undefined;
      }
      const i = random.pick(choices);
      const original = text.slice(tokens[i].start, tokens[i].end);
      const last = original.search(/\d(?=\D*$)/);
      if (last < 0) {
        continue;
      }
      const digit = (Number(original[last]) + random.range(1, 8)) % 10;
      out = replaceAt(i, original.slice(0, last) + digit + original.slice(last + 1));
      from = to = i;
    } else {
      if (tokens.length < 7) {
        return undefined;
      }
      const i = random.range(1, tokens.length - 2);
      out = text.slice(0, tokens[i].start) + text.slice(tokens[i + 1].start);
      from = i - 1;
      to = i;
    }
    const altered = tokenize(out).map((t) => t.norm);
    if (filter.someRunAbsent(altered, from, to)) {
      return out;
    }
  }
  return undefined;
}

/** A quotation from a held-out text that shares no run of five words with the library. */
export function absentQuote(heldOut: readonly Article[], random: Random, filter: NgramFilter): string | undefined {
  for (let attempt = 0; attempt < 50; attempt++) {
    const text = pickSpan(random.pick(heldOut), random, 8, 20);
    if (text && filter.allRunsAbsent(tokenize(text).map((t) => t.norm))) {
      return text;
    }
  }
  return undefined;
}

/** A realistic search query: a few words of a sentence of the article, lower case, with a typo if asked. */
export function searchQuery(article: Article, random: Random, typo: boolean): { query: string; intended: string } | undefined {
  for (let attempt = 0; attempt < 50; attempt++) {
    const sentence = random.pick(random.pick(article.paragraphs));
    const words = tokenize(sentence).map((t) => sentence.slice(t.start, t.end));
    const n = random.range(3, 5);
    if (words.length < n) {
      continue;
    }
    const from = random.int(words.length - n + 1);
    const picked = words.slice(from, from + n);
    if (!picked.every((w) => /^\p{L}+$/u.test(w)) || !picked.some((w) => w.length >= 6)) {
      continue;
    }
    const intended = picked.join(' ').toLowerCase();
    if (!typo) {
      return { query: intended, intended };
    }
    const long = picked.map((w, i) => (w.length >= 6 ? i : -1)).filter((i) => i >= 0);
    const i = random.pick(long);
    const w = picked[i].toLowerCase();
    const at = random.range(1, w.length - 3);
    picked[i] = w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
    return { query: picked.join(' ').toLowerCase(), intended };
  }
  return undefined;
}

function indices(tokens: readonly Token[], keep: (t: Token) => boolean): number[] {
  return tokens.flatMap((t, i) => (keep(t) ? [i] : []));
}

// A word drawn from generated prose, so replacements follow the corpus's word frequencies.
function fillerWord(filler: () => string, random: Random): string | undefined {
  const words = filler()
    .split(/[^\p{L}]+/u)
    
    .filter((w) => w.length >= 4 && !isNumber(w.toLowerCase()) && !isNegation(w.toLowerCase()));
  return words.length > 0 ? random.pick(words) : undefined;
}
