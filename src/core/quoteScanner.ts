import { Segment } from './quoteItems';

/** A quotation found in a draft, before it is checked. */
export interface FoundQuote {
  readonly kind: 'inline' | 'block';
  /** Offsets of the whole quotation, quote marks (or `>` markers) included. */
  readonly start: number;
  readonly end: number;
  /** The quoted text: one segment inline, one per line for a blockquote. */
  readonly segments: readonly Segment[];
  /** The opening mark had no closing mark before the paragraph ended. */
  readonly unterminated: boolean;
  /** The paragraph (or blockquote) holding it, for finding its citation. */
  readonly blockStart: number;
  readonly blockEnd: number;
}

const CLOSERS: Readonly<Record<string, string>> = {
  '“': '”', '„': '“”', '«': '»', '‹': '›', '"': '"', '‘': '’', '‚': '‘’', "'": "'", '「': '」', '『': '』',
};
const SINGLE = new Set(['‘', '‚', "'", '‹']);
const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const OPEN_CONTEXT = /[\s([{\-–—/“"‘'«„‚>*_]/;

/**
 * Finds quotations in a masked draft (see `maskMarkdown`): inline quotations in any of the usual
 * quote mark styles, and each Markdown blockquote as one quotation. An opening mark without a
 * closing one is bounded at the end of its paragraph and flagged, so it never swallows the rest of
 * the draft. Apostrophes (Russia’s, rock 'n' roll, ’90s) do not open quotations.
 */
export function findQuotes(masked: string): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  for (const block of blocks(masked)) {
    if (block.quoteLines) {
      const q = blockquote(masked, block.start, block.end, block.quoteLines);
      if (q) {
        quotes.push(q);
      }
    } else {
      scanParagraph(masked, block.start, block.end, quotes);
    }
  }
  return quotes;
}

interface Block {
  start: number;
  end: number;
  quoteLines?: Segment[];
}

// Paragraphs (runs of non-blank lines) and blockquotes (runs of `>` lines) of the draft.
function blocks(text: string): Block[] {
  const out: Block[] = [];
  let current: Block | undefined;
  for (let pos = 0; pos <= text.length; ) {
    const nl = text.indexOf('\n', pos);
    // A CRLF line ends before its CR, as an LF line ends before its LF.
    const end = nl === -1 ? text.length : nl > pos && text[nl - 1] === '\r' ? nl - 1 : nl;
    const line = text.slice(pos, end);
    const marker = /^ {0,3}(?:>[ \t]?)+/.exec(line);
    if (marker) {
      if (!current?.quoteLines) {
        current = { start: pos, end, quoteLines: [] };
        out.push(current);
      }
      current.end = end;
      current.quoteLines?.push({ start: pos + marker[0].length, end });
    } else if (line.trim() === '') {
      current = undefined;
    } else {
      if (!current || current.quoteLines) {
        current = { start: pos, end };
        out.push(current);
      }
      current.end = end;
    }
    if (nl === -1) {
      break;
    }
    pos = nl + 1;
  }
  return out;
}

function blockquote(text: string, start: number, end: number, lines: Segment[]): FoundQuote | undefined {
  // Attribution lines ("— Volodymyr Zelensky") belong to the writer, not the quotation.
  const segments = lines
    .map((l) => trim(text, l))
    .filter((l) => l.end > l.start && !/^(?:—|–|―|--)/.test(text.slice(l.start, l.end)));
  if (segments.length === 0) {
    return undefined;
  }
  const first = segments[0];
  const last = segments[segments.length - 1];
  // A blockquote wrapped in its own quote marks: the marks are not part of the quotation.
  const open = text[first.start];
  if (CLOSERS[open] && !SINGLE.has(open) && CLOSERS[open].includes(text[last.end - 1]) && (segments.length > 1 || last.end - first.start > 1)) {
    segments[0] = { start: first.start + 1, end: first.end };
    segments[segments.length - 1] = { start: segments[segments.length - 1].start, end: last.end - 1 };
  }
  return { kind: 'block', start, end, segments, unterminated: false, blockStart: start, blockEnd: end };
}

function scanParagraph(text: string, start: number, end: number, out: FoundQuote[]): void {
  const closes = new Closes(text, start, end);
  let i = start;
  while (i < end) {
    const c = text[i];
    if (CLOSERS[c] && opens(text, i, start, end)) {
      const close = closes.of(c, i);
      if (close !== -1) {
        const seg = trim(text, { start: i + 1, end: close });
        const inner = text.slice(seg.start, seg.end);
        // A single-quoted word must be a real word to count: rock 'n' roll holds no quotation.
        if (!SINGLE.has(c) || /\s/.test(inner) || inner.length >= 3) {
          out.push({ kind: 'inline', start: i, end: close + 1, segments: [seg], unterminated: false, blockStart: start, blockEnd: end });
        }
        i = close + 1;
        continue;
      }
      if (!SINGLE.has(c)) {
        // Multi-paragraph quotations reopen each paragraph and close only at the last: not an error.
        let next = end;
        while (next < text.length && SPACE.test(text[next])) {
          next++;
        }
        const continues = text[next] === c;
        out.push({ kind: 'inline', start: i, end, segments: [trim(text, { start: i + 1, end })], unterminated: !continues, blockStart: start, blockEnd: end });
        return;
      }
    }
    i++;
  }
}

// Marks whose nested openings count (the others close at their first closing mark).
const NESTING = (open: string) => open !== '"' && open !== "'" && open !== '‘';

/**
 * Where the opening marks of one paragraph close ({@link findClose}), each paragraph scanned at most
 * once per mark style for marks that never close: a line of thousands of unclosed single quotes
 * (which do not end the paragraph's quotations, as an unclosed double quote does) would otherwise be
 * rescanned to the paragraph's end from each of them.
 */
class Closes {
  /** Mark styles without nesting known to have no closing mark after a position. */
  private readonly noneAfter = new Map<string, number>();
  /** For nesting mark styles: the closing mark of each opening mark, paired in one pass. */
  private readonly pairs = new Map<string, Map<number, number>>();

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
  ) {}

  of(open: string, i: number): number {
    if (!SINGLE.has(open)) {
      return findClose(this.text, open, i + 1, this.end);
    }
    if (NESTING(open)) {
      let pairs = this.pairs.get(open);
      if (!pairs) {
        pairs = this.pair(open);
        this.pairs.set(open, pairs);
      }
      return pairs.get(i) ?? -1;
    }
    // Without nesting, the first closing mark after i closes it: none after i means none after any later mark.
    const none = this.noneAfter.get(open);
    if (none !== undefined && none <= i) {
      return -1;
    }
    const close = findClose(this.text, open, i + 1, this.end);
    if (close === -1) {
      this.noneAfter.set(open, i);
    }
    return close;
  }

  // Opening marks pushed, closing marks popped: what findClose gives each opening mark, in one pass.
  private pair(open: string): Map<number, number> {
    const { text, start, end } = this;
    const pairs = new Map<number, number>();
    const stack: number[] = [];
    for (let j = start; j < end; j++) {
      const c = text[j];
      if (c === open && opens(text, j, start, end)) {
        stack.push(j);
      } else if (stack.length > 0 && isClose(text, open, j, end)) {
        pairs.set(stack.pop() as number, j);
      }
    }
    return pairs;
  }
}

function opens(text: string, i: number, start: number, end: number): boolean {
  const prev = i > start ? text[i - 1] : ' ';
  const next = i + 1 < end ? text[i + 1] : ' ';
  switch (text[i]) {
    case '„':
    case '‚':
    case '«':
    case '「':
    case '『':
      return true;
    case '“':
    case '‹':
      return !SPACE.test(next) && !LETTER.test(prev);
    case '"':
      return !SPACE.test(next) && OPEN_CONTEXT.test(prev);
    default:
      // ‘ and ': only before a word, and only after a space or an opening mark (not it's, ’90s).
      return LETTER.test(next) && OPEN_CONTEXT.test(prev);
  }
}

function findClose(text: string, open: string, from: number, end: number): number {
  const nesting = NESTING(open);
  let depth = 0;
  for (let j = from; j < end; j++) {
    const c = text[j];
    if (nesting && c === open && opens(text, j, from, end)) {
      depth++;
      continue;
    }
    if (!isClose(text, open, j, end)) {
      continue;
    }
    if (depth > 0) {
      depth--;
      continue;
    }
    return j;
  }
  return -1;
}

// Whether text[j] can close a quotation opened with `open`.
function isClose(text: string, open: string, j: number, end: number): boolean {
  if (!CLOSERS[open].includes(text[j])) {
    return false;
  }
  const prev = text[j - 1];
  const next = j + 1 < end ? text[j + 1] : ' ';
  if (SINGLE.has(open) && LETTER.test(next)) {
    return false; // an apostrophe inside a word
  }
  if ((open === '"' || open === "'") && SPACE.test(prev) && !SPACE.test(next) && !/[.,;:!?)\]]/.test(next)) {
    return false; // looks like the opening of another quotation
  }
  return true;
}

function trim(text: string, seg: Segment): Segment {
  let { start, end } = seg;
  while (start < end && SPACE.test(text[start])) {
    start++;
  }
  while (end > start && SPACE.test(text[end - 1])) {
    end--;
  }
  return { start, end };
}
