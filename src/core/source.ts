import { recordQuotations, SourceAttribution } from './attribution/sourceQuotes';
import { sourceWordText } from './markdownMask';
import { SourceMeta } from './metadata';
import { Paragraph, Sentence } from './segment';
import { SourceRecord } from './sourceRecord';
import { Token, tokenize } from './tokens';
import { Vocabulary } from './vocabulary';

interface Details {
  paragraphs?: readonly Paragraph[];
  sentences?: readonly Sentence[];
  tokens?: readonly Token[];
  tokenParagraph?: Int32Array;
  attribution?: SourceAttribution;
}

// Objects for a source's paragraphs, sentences and words are made when something asks for them
// (the verifier's chosen passage, a hover, a search hit) and kept for the most recent sources only:
// at ten thousand articles, keeping them all would take gigabytes.
const DETAIL_CACHE = 256;
const details = new Map<Source, Details>();

function detailsOf(source: Source): Details {
  let d = details.get(source);
  if (d) {
    details.delete(source);
  } else {
    d = {};
    if (details.size >= DETAIL_CACHE) {
      details.delete(details.keys().next().value as Source);
    }
  }
  details.set(source, d);
  return d;
}

// A source's detail `key`, made on first use.
function detail<K extends keyof Details>(source: Source, key: K, make: () => NonNullable<Details[K]>): NonNullable<Details[K]> {
  const d = detailsOf(source);
  return (d[key] ??= make());
}

/** An article of the library: its text, segmented and tokenised, with offsets into the file. */
export class Source {
  readonly #record: SourceRecord;
  readonly #vocabulary: Vocabulary;

  constructor(
    readonly meta: SourceMeta,
    record: SourceRecord,
    vocabulary: Vocabulary,
  ) {
    this.#record = record;
    this.#vocabulary = vocabulary;
  }

  /** The file's path as the host gave it (for the bundled library, `seeds/<name>`). */
  get file(): string {
    return this.#record.file;
  }

  get text(): string {
    return this.#record.text;
  }

  /** Content hash of the file's bytes (see {@link contentHash}). */
  get hash(): string {
    return this.#record.hash;
  }

  /** The compact per-file data this source was made from. */
  get record(): SourceRecord {
    return this.#record;
  }

  /**
   * The article's quotations and who speaks them; every other word is the reporter's narration.
   * Computed once per source (on first use, or when the index is stored) and kept in the stored index.
   */
  get attribution(): SourceAttribution {
    return detail(this, 'attribution', () => {
      const q = recordQuotations(this.#record);
      return new SourceAttribution(q.quotations, q.speakers);
    });
  }

  /** Vocabulary ids of the article's words, in order (the same words as {@link tokens}). */
  get wordIds(): Uint32Array {
    return this.#record.words;
  }

  /** The normalised word at a word position. */
  wordAt(position: number): string {
    return this.#vocabulary.word(this.#record.words[position]);
  }

  /** Number of words of the article text. */
  get wordCount(): number {
    return this.#record.words.length;
  }

  /** Number of sentences of the article text. */
  get sentenceCount(): number {
    return this.#record.sentences.length / 4;
  }

  /** Every paragraph, furniture included (flagged), in file order. */
  get paragraphs(): readonly Paragraph[] {
    return detail(this, 'paragraphs', () => {
      const p = this.#record.paragraphs;
      const out: Paragraph[] = [];
      for (let i = 0; i < p.length; i += 3) {
        out.push({ start: p[i], end: p[i + 1], furniture: p[i + 2] === 1 });
      }
      return out;
    });
  }

  /** Sentences of the article text (no furniture). */
  get sentences(): readonly Sentence[] {
    return detail(this, 'sentences', () => {
      const s = this.#record.sentences;
      const out: Sentence[] = [];
      for (let i = 0; i < s.length; i += 4) {
        out.push({ start: s[i], end: s[i + 1], paragraph: s[i + 2] });
      }
      return out;
    });
  }

  /** Words of the article text (no furniture), in order. */
  get tokens(): readonly Token[] {
    return detail(this, 'tokens', () => {
      const text = sourceWordText(this.file, this.text);
      const p = this.#record.paragraphs;
      const out: Token[] = [];
      for (let i = 0; i < p.length; i += 3) {
        if (p[i + 2] === 0) {
          for (const t of tokenize(text, p[i], p[i + 1])) {
            out.push(t);
          }
        }
      }
      return out;
    });
  }

  /** For each token, the index of its paragraph in `paragraphs`. */
  get tokenParagraph(): Int32Array {
    return detail(this, 'tokenParagraph', () => {
      const starts = this.#record.paragraphWords;
      const out = new Int32Array(this.wordCount);
      for (let p = 0; p + 1 < starts.length; p++) {
        out.fill(p, starts[p], starts[p + 1]);
      }
      return out;
    });
  }
}

/** The 1-based number of a paragraph among the article's own paragraphs (furniture not counted). */
export function paragraphNumber(source: Source, paragraphIndex: number): number {
  // Read from the record, not `paragraphs`: search numbers every candidate passage on each keystroke.
  const p = source.record.paragraphs;
  let n = 0;
  for (let i = 0; i <= paragraphIndex && i * 3 < p.length; i++) {
    if (p[i * 3 + 2] === 0) {
      n++;
    }
  }
  return n;
}

/** The index in `source.paragraphs` of the paragraph holding a source offset (the nearest before it). */
export function paragraphIndexAt(source: Source, offset: number): number {
  let found = 0;
  source.paragraphs.forEach((p, i) => {
    if (p.start <= offset) {
      found = i;
    }
  });
  return found;
}

/** Offsets of the 1-based article paragraph `n` (page furniture not counted), if the source has it. */
export function articleParagraph(source: Source, n: number): { start: number; end: number } | undefined {
  let count = 0;
  for (const p of source.paragraphs) {
    if (!p.furniture && ++count === n) {
      return { start: p.start, end: p.end };
    }
  }
  return undefined;
}

/** How many article paragraphs (page furniture not counted) a source has. */
export function articleParagraphCount(source: Source): number {
  return source.paragraphs.filter((p) => !p.furniture).length;
}

/** Where the article text starts: its first paragraph that is not page furniture. */
export function articleStart(source: Source): number {
  return source.paragraphs.find((p) => !p.furniture)?.start ?? 0;
}

/** The paragraph number a locator names ("para 3", "paragraph 3", "¶ 3", "paras 3–4" gives 3). */
export function locatorParagraph(locator: string | undefined): number | undefined {
  const n = Number(/(?:\bpara(?:graph)?s?\.?|¶)\s*(\d+)/i.exec(locator ?? '')?.[1]);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}
