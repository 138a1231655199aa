import { Token, tokenize } from './tokens';

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
const MARKERS = /\[\s*(?:…|\.(?:\s?\.){2,})\s*\]|…|\.(?:\s?\.){2,}|\[([^[\]\n]{0,80})\](?![([:])/g;

/**
 * Reads a quotation's segments into words, elisions and brackets. Elisions at the very start or end
 * of a quotation mark nothing and are dropped; runs of elisions collapse into one.
 */
export function readQuoteItems(text: string, segments: readonly Segment[]): QuoteItem[] {
  const items: QuoteItem[] = [];
  for (const seg of segments) {
    const body = text.slice(seg.start, seg.end);
    let from = 0;
    MARKERS.lastIndex = 0;
    for (let m = MARKERS.exec(body); m; m = MARKERS.exec(body)) {
      pushWords(items, text, seg.start + from, seg.start + m.index);
      const start = seg.start + m.index;
      const end = start + m[0].length;
      if (m[1] !== undefined) {
        items.push({ kind: 'bracket', start, end, words: tokenize(text, start + 1, end - 1) });
      } else if (items.length > 0 && items[items.length - 1].kind !== 'elision') {
        items.push({ kind: 'elision', start, end });
      }
      from = m.index + m[0].length;
    }
    pushWords(items, text, seg.start + from, seg.end);
  }
  while (items.length > 0 && items[items.length - 1].kind === 'elision') {
    items.pop();
  }
  return items;
}

function pushWords(items: QuoteItem[], text: string, start: number, end: number): void {
  for (const token of tokenize(text, start, end)) {
    items.push({ kind: 'word', token });
  }
}

/** Number of words a quotation claims, bracketed words included. */
export function quoteWordCount(items: readonly QuoteItem[]): number {
  return items.reduce((n, it) => n + (it.kind === 'word' ? 1 : it.kind === 'bracket' ? it.words.length : 0), 0);
}
