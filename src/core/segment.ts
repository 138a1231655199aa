import { parseDate } from './dates';
import { isFurniture } from './furniture';

/** A paragraph of a source file: offsets into the original text. */
export interface Paragraph {
  readonly start: number;
  readonly end: number;
  /** Page furniture (share buttons, teasers, counters): kept for display, never matched. */
  readonly furniture: boolean;
}

/** A sentence inside a paragraph: offsets into the original text. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Index into the paragraph list. */
  readonly paragraph: number;
}

// Above this width a line is an unwrapped paragraph of its own; at or below it, a block of lines
// is hard-wrapped prose and one paragraph.
const WRAP_WIDTH = 100;

/**
 * Splits `text[bodyStart..]` into paragraphs. Blank lines always separate paragraphs; inside a block
 * of lines, each line is its own paragraph unless the block looks hard-wrapped.
 */
export function splitParagraphs(text: string, bodyStart = 0): Paragraph[] {
  const lines = lineRanges(text, bodyStart);
  const paragraphs: Paragraph[] = [];
  let block: { start: number; end: number }[] = [];
  const flush = () => {
    if (block.length === 0) {
      return;
    }
    // Stand-alone lines at the edges of a block ("back to top", a dateline under a title) are
    // paragraphs of their own, not the first or last line of hard-wrapped prose.
    let first = 0;
    let last = block.length - 1;
    while (first < last && standsAlone(text.slice(block[first].start, block[first].end))) {
      first++;
    }
    while (last > first && standsAlone(text.slice(block[last].start, block[last].end))) {
      last--;
    }
    const head = block.slice(0, first);
    const tail = block.slice(last + 1);
    block = block.slice(first, last + 1);
    const wrapped = block.length > 1 && block.every((l) => l.end - l.start <= WRAP_WIDTH);
    const parts = [...head, ...(wrapped ? [{ start: block[0].start, end: block[block.length - 1].end }] : block), ...tail];
    for (const p of parts) {
      const raw = text.slice(p.start, p.end);
      const lead = raw.length - raw.replace(/^[ \t]+/, '').length;
      const trail = raw.length - raw.trimEnd().length;
      paragraphs.push({ start: p.start + lead, end: p.end - trail, furniture: isFurniture(raw) });
    }
    block = [];
  };
  for (const line of lines) {
    if (text.slice(line.start, line.end).trim() === '') {
      flush();
    } else {
      block.push(line);
    }
  }
  flush();
  return paragraphs;
}

/**
 * The lines of `text[from..]`, without their line ends: a line ends at `\n`, `\r\n` or a lone `\r`
 * (old Mac files), as editors count lines.
 */
export function lineRanges(text: string, from = 0): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  const re = /\r\n?|\n/g;
  re.lastIndex = from;
  let start = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

// A line that is page furniture, or a short dateline ("Friday, April 18, 2025") that does not end a sentence.
function standsAlone(line: string): boolean {
  const t = line.trim();
  return isFurniture(line) || (t.length < 40 && !/[.,;:]$/.test(t) && parseDate(t) !== null);
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'maj', 'st', 'jr', 'sr',
  'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'no', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec',
  'approx', 'est', 'fig', 'vol', 'pp', 'p', 'ca', 'cf', 'al',
]);

// A sentence ends at . ! ? or an ellipsis, then any closing quotes or brackets, then white space
// and something that can start a sentence. A match starts only at the start of a run of end marks:
// tried from inside a long run (a line of dots), each start would rescan the rest of the run.
const BOUNDARY = /(?<![.!?…])[.!?…]+["”’)\]]*(?=\s+["“‘(\[]?[\p{Lu}\p{N}])/gu;

/** Splits one paragraph into sentences, not breaking after abbreviations and initials (U.S., Gen.). */
export function splitSentences(text: string, paragraph: Paragraph, index: number): Sentence[] {
  const body = text.slice(paragraph.start, paragraph.end);
  const sentences: Sentence[] = [];
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
    if (m[0][0] === '.' && isAbbreviation(body, m.index)) {
      continue;
    }
    const end = m.index + m[0].length;
    sentences.push({ start: paragraph.start + from, end: paragraph.start + end, paragraph: index });
    from = end;
    while (from < body.length && /\s/.test(body[from])) {
      from++;
    }
  }
  if (from < body.length) {
    sentences.push({ start: paragraph.start + from, end: paragraph.end, paragraph: index });
  }
  return sentences;
}

function isAbbreviation(body: string, dot: number): boolean {
  const word = wordBefore(body, dot);
  if (word.length === 0) {
    return false;
  }
  // Initials and dotted abbreviations: "J.", "U.S.", "a.m."
  if (/^\p{Lu}$/u.test(word) || /\p{L}\.\p{L}/u.test(word)) {
    return true;
  }
  return ABBREVIATIONS.has(word.toLowerCase());
}

const LETTER = /^\p{L}$/u;

// The letters and dots right before `dot`, at most 12 units back (a letter whose surrogate pair is
// cut by that limit does not count): what /([\p{L}.]+)$/u finds in the 12 units before it.
function wordBefore(body: string, dot: number): string {
  const lo = Math.max(0, dot - 12);
  let i = dot;
  while (i > lo) {
    const c = body.charCodeAt(i - 1);
    if (c < 128) {
      const lower = c | 0x20;
      if (c === 0x2e || (lower >= 0x61 && lower <= 0x7a)) {
        i--;
        continue;
      }
      break;
    }
    if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= lo) {
      const high = body.charCodeAt(i - 2);
      if (high >= 0xd800 && high <= 0xdbff) {
        if (!LETTER.test(body.slice(i - 2, i))) {
          break;
        }
        i -= 2;
        continue;
      }
    }
    if (!LETTER.test(body[i - 1])) {
      break;
    }
    i--;
  }
  return body.slice(i, dot);
}
