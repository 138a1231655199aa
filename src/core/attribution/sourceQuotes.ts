import { sourceWordText } from '../markdownMask';
import { Paragraph } from '../segment';
import type { SourceRecord } from '../sourceRecord';
import { countWords } from '../tokens';
import { attributeText, CueKind, findParagraphQuotes, Speaker } from './attribute';
import { SPEECH_NOUNS, SPEECH_VERBS } from './lexicon';

/** Numbers stored per quotation in a record: see {@link packQuotations}. */
export const QUOTE_FIELDS = 8;

const CUES: readonly (CueKind | null)[] = [null, 'verb', 'according-to', 'colon', 'words', 'noun', 'continuation'];
const CUE_WORDS: readonly string[] = [...SPEECH_VERBS, ...SPEECH_NOUNS];

/** The quotations of a source's article text and who speaks them, packed for its record. */
export interface PackedQuotations {
  /**
   * {@link QUOTE_FIELDS} numbers per quotation, in text order: start and end offsets with the quote
   * marks, start and end offsets of the words inside, the word range [first, end) (filled in by
   * {@link fillWordRanges}), speaker index + 1 (0: none), and cue (low 8 bits) with the cue word's
   * index + 1 above them.
   */
  readonly quotations: Uint32Array;
  readonly speakers: readonly Speaker[];
}

const NONE: PackedQuotations = { quotations: new Uint32Array(0), speakers: [] };

/**
 * The quotations of a record and their speakers: as the record carries them (read from the stored
 * index, or computed before), else computed now from its text and kept on it, so each source is
 * attributed once. About a millisecond for a news article; nothing for a text with no quote mark.
 */
export function recordQuotations(record: SourceRecord): PackedQuotations {
  if (record.quotations && record.speakers) {
    return { quotations: record.quotations, speakers: record.speakers };
  }
  const text = sourceWordText(record.file, record.text);
  const p = record.paragraphs;
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < p.length; i += 3) {
    paragraphs.push({ start: p[i], end: p[i + 1], furniture: p[i + 2] === 1 });
  }
  const packed = packQuotations(text, paragraphs) ?? NONE;
  fillWordRanges(packed.quotations, text, p, record.paragraphWords);
  // Kept on the record (not a field anything else writes), so the stored index and the worker's messages carry it.
  Object.assign(record, { quotations: packed.quotations, speakers: packed.speakers });
  return packed;
}

/**
 * Finds and attributes the quotations of a source's article paragraphs (`text` is the text words are
 * read from: masked for Markdown). Undefined when the article has no quotation, which costs one
 * regular-expression scan of the text.
 */
export function packQuotations(text: string, paragraphs: readonly Paragraph[]): PackedQuotations | undefined {
  const article = paragraphs.filter((p) => !p.furniture);
  const quotes = findParagraphQuotes(text, article);
  if (!quotes.some((q) => q.length > 0)) {
    return undefined;
  }
  const result = attributeText(text, article, quotes);
  const out = new Uint32Array(result.quotes.length * QUOTE_FIELDS);
  result.quotes.forEach((q, i) => {
    const o = i * QUOTE_FIELDS;
    out[o] = q.start;
    out[o + 1] = q.end;
    out[o + 2] = q.innerStart;
    out[o + 3] = q.innerEnd;
    out[o + 6] = q.speaker + 1;
    out[o + 7] = CUES.indexOf(q.cue) | ((q.verb === null ? 0 : CUE_WORDS.indexOf(q.verb) + 1) << 8);
  });
  return { quotations: out, speakers: result.speakers };
}

/**
 * Fills in the word ranges of packed quotations from a record's paragraphs (`[start, end, furniture]`
 * each) and the index of each paragraph's first word: a quotation's words are the words read inside
 * its marks, counted the way the record's words are read.
 */
export function fillWordRanges(quotations: Uint32Array, text: string, paragraphs: Uint32Array, paragraphWords: Uint32Array): void {
  const count = paragraphs.length / 3;
  let p = -1;
  // Words counted from the paragraph's start up to `at` (boundaries only grow, so counting goes on from there).
  let at = 0;
  let counted = 0;
  for (let o = 0; o < quotations.length; o += QUOTE_FIELDS) {
    for (let k = 0; k < 2; k++) {
      const offset = quotations[o + 2 + k];
      let q = Math.max(p, 0);
      while (q + 1 < count && paragraphs[(q + 1) * 3] <= offset) {
        q++;
      }
      if (q !== p) {
        p = q;
        at = paragraphs[p * 3];
        counted = 0;
      }
      const end = Math.min(offset, paragraphs[p * 3 + 1]);
      if (end > at) {
        // countWords reads words as the word scanner does, without making its hot call site polymorphic.
        counted += countWords(text.slice(at, end));
        at = end;
      }
      quotations[o + 4 + k] = paragraphWords[p] + counted;
    }
  }
}

/** A quotation of a source, with its place in the text and among the source's words, and its speaker. */
export interface SourceQuotation {
  /** Index among the source's quotations. */
  readonly index: number;
  /** Offsets in the source text, quote marks included. */
  readonly start: number;
  readonly end: number;
  /** Offsets of the words inside the marks. */
  readonly innerStart: number;
  readonly innerEnd: number;
  /** The source's word positions [firstWord, endWord) inside the marks (see `Source.wordIds`). */
  readonly firstWord: number;
  readonly endWord: number;
  /** Who speaks the words, or null: not speech (a term, a title, a scare quote) or no speaker named. */
  readonly speaker: Speaker | null;
  /** How the speaker was found, or null. */
  readonly cue: CueKind | null;
  /** The speech verb's lemma ("say") or noun ("remark") of the cue, or null. */
  readonly cueWord: string | null;
}

/** What a word range of a source is: inside one quotation (whose speaker may be null), or partly narration. */
export interface RangeOwner {
  /** The quotation holding the whole range, if one does. */
  readonly quotation: SourceQuotation | null;
  /** Word ranges [from, to) of the range outside every quotation: the reporter's own words. */
  readonly narration: readonly (readonly [number, number])[];
  /** The quotations the range overlaps, in order. */
  readonly quotations: readonly SourceQuotation[];
}

/**
 * The quotations of one source and who speaks them, read from its record's packed numbers: every
 * word of the article is either inside a quotation or the reporter's narration.
 */
export class SourceAttribution {
  readonly count: number;

  constructor(
    private readonly packed: Uint32Array,
    /** The source's speakers, each once (one person under several spellings is one speaker). */
    readonly speakers: readonly Speaker[],
  ) {
    this.count = packed.length / QUOTE_FIELDS;
  }

  /** Quotation `i`. */
  quotation(i: number): SourceQuotation {
    const q = this.packed;
    const o = i * QUOTE_FIELDS;
    const cue = q[o + 7];
    const word = cue >>> 8;
    return {
      index: i,
      start: q[o],
      end: q[o + 1],
      innerStart: q[o + 2],
      innerEnd: q[o + 3],
      firstWord: q[o + 4],
      endWord: q[o + 5],
      speaker: q[o + 6] > 0 ? (this.speakers[q[o + 6] - 1] ?? null) : null,
      cue: CUES[cue & 0xff] ?? null,
      cueWord: word > 0 ? (CUE_WORDS[word - 1] ?? null) : null,
    };
  }

  /** Every quotation, in text order. */
  get quotations(): SourceQuotation[] {
    return Array.from({ length: this.count }, (_, i) => this.quotation(i));
  }

  /** Index of the first quotation whose words end after word `a` (binary search). */
  private firstEndingAfter(a: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.packed[mid * QUOTE_FIELDS + 5] <= a) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The quotation whose words hold all of word range [a, b), or undefined. */
  quotationAt(a: number, b: number): SourceQuotation | undefined {
    const i = this.firstEndingAfter(a);
    if (i < this.count && this.packed[i * QUOTE_FIELDS + 4] <= a && b <= this.packed[i * QUOTE_FIELDS + 5]) {
      return this.quotation(i);
    }
    return undefined;
  }

  /** Who speaks word range [a, b): the speaker of the quotation holding all of it, or null (narration, part narration, or a quotation with no speaker). */
  speakerOf(a: number, b: number): Speaker | null {
    return this.quotationAt(a, b)?.speaker ?? null;
  }

  /** Which words of [a, b) are the reporter's narration, which quotations it overlaps, and the one holding it all. */
  owner(a: number, b: number): RangeOwner {
    const narration: [number, number][] = [];
    const quotations: SourceQuotation[] = [];
    let at = a;
    for (let i = this.firstEndingAfter(a); i < this.count && at < b; i++) {
      const first = this.packed[i * QUOTE_FIELDS + 4];
      const end = this.packed[i * QUOTE_FIELDS + 5];
      if (first >= b) {
        break;
      }
      if (first > at) {
        narration.push([at, first]);
      }
      if (end > first) {
        quotations.push(this.quotation(i));
      }
      at = Math.max(at, end);
    }
    if (at < b) {
      narration.push([at, b]);
    }
    const whole = quotations.length === 1 && narration.length === 0 ? quotations[0] : null;
    return { quotation: whole, narration, quotations };
  }

  /** Word ranges of [a, b) that are narration (outside every quotation). */
  narrationIn(a: number, b: number): (readonly [number, number])[] {
    return [...this.owner(a, b).narration];
  }
}
