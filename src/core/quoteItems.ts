import { normalizeWord, Token, tokenize } from './tokens';

/** One element of a quotation as the matcher sees it. */
export type QuoteItem =
  | { readonly kind: 'word'; readonly token: Token }
  /** A marked elision (… or ... or […]): the source may skip some words here. */
  | { readonly kind: 'elision'; readonly start: number; readonly end: number }
  /** A bracketed insertion or substitution: stands for a few source words. */
  | { readonly kind: 'bracket'; readonly start: number; readonly end: number; readonly words: readonly Token[] };

/** A stretch of the draft that belongs to a quotation. */
export interface Segment {
  readonly start: number;
  readonly end: number;
}

// Elisions: […], [...], …, ... and ". . .". Brackets: [words], unless they open a Markdown link.
// Every part is bounded or a single character class, so one pass over any line stays linear.
const MARKERS = /\[\s*(?:…|\.(?:\s?\.){2,})\s*\]|…|\.(?:\s?\.){2,}|\[([^[\]\n]{0,80})\](?![([:])/g;
const LETTERS = /^[\p{L}\p{M}]+$/u;
const LETTER_AT = /[\p{L}\p{M}]/u;

/**
 * Reads a quotation's segments into words, elisions and brackets. Elisions at the very start or end
 * of a quotation mark nothing and are dropped; runs of elisions collapse into one. A bracket that
 * holds no word (`[]`, `[ ]`, `[—]`) is no bracket: it stands for no source words. A bracket inside
 * a word (`[T]he`, `refuse[d]`) is the editor's change of a letter: the word is read as written.
 */
export function readQuoteItems(text: string, segments: readonly Segment[]): QuoteItem[] {
  const items: QuoteItem[] = [];
  for (const seg of segments) {
    const body = text.slice(seg.start, seg.end);
    let from = 0;
    MARKERS.lastIndex = 0;
    for (let m = MARKERS.exec(body); m; m = MARKERS.exec(body)) {
      const start = seg.start + m.index;
      const end = start + m[0].length;
      if (m[1] !== undefined && inWord(text, start, end, seg)) {
        // Left for the word scan below: the whole word is read from the text with the brackets taken out.
        continue;
      }
      pushWords(items, text, seg.start + from, start, seg);
      if (m[1] !== undefined) {
        const words = tokenize(text, start + 1, end - 1);
        if (words.length > 0) {
          items.push({ kind: 'bracket', start, end, words });
        }
      } else if (items.length > 0 && items[items.length - 1].kind !== 'elision') {
        items.push({ kind: 'elision', start, end });
      }
      from = m.index + m[0].length;
    }
    pushWords(items, text, seg.start + from, seg.end, seg);
  }
  while (items.length > 0 && items[items.length - 1].kind === 'elision') {
    items.pop();
  }
  return items;
}

// A bracket of letters touching a letter on either side, within the segment: part of a word.
function inWord(text: string, start: number, end: number, seg: Segment): boolean {
  if (!LETTERS.test(text.slice(start + 1, end - 1))) {
    return false;
  }
  return (start > seg.start && LETTER_AT.test(text[start - 1])) || (end < seg.end && LETTER_AT.test(text[end]));
}

function pushWords(items: QuoteItem[], text: string, start: number, end: number, seg: Segment): void {
  const span = text.slice(start, end);
  if (!span.includes('[')) {
    for (const token of tokenize(text, start, end)) {
      items.push({ kind: 'word', token });
    }
    return;
  }
  // In-word brackets: their marks are read as letters (same length, so offsets hold) to keep the
  // word whole, then left out of its spelling: "[T]he" is the word "the" spanning the brackets.
  const joined = span.replace(/\[([\p{L}\p{M}]+)\]/gu, (whole, inner: string, at: number) =>
    inWord(text, start + at, start + at + whole.length, seg) ? `x${inner}x` : whole,
  );
  for (const token of tokenize(joined)) {
    const raw = span.slice(token.start, token.end);
    const norm = raw.includes('[') ? normalizeWord(raw.replace(/[[\]]/g, '')) : token.norm;
    items.push({ kind: 'word', token: { norm, start: start + token.start, end: start + token.end } });
  }
}

/** Number of words a quotation claims, bracketed words included. */
export function quoteWordCount(items: readonly QuoteItem[]): number {
  return items.reduce((n, it) => n + (it.kind === 'word' ? 1 : it.kind === 'bracket' ? it.words.length : 0), 0);
}

/** Number of elisions and brackets in a quotation. */
export function cutCount(items: readonly QuoteItem[]): number {
  return items.reduce((n, it) => n + (it.kind === 'word' ? 0 : 1), 0);
}
