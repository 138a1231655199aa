import type { Speaker } from './attribution/attribute';
import { contentHash } from './contentHash';
import { decodeSource } from './decode';
import { readFrontMatter } from './frontMatter';
import { sourceWordText } from './markdownMask';
import { guessMetadata, MetaDraft, readMetaFields } from './metadata';
import { splitParagraphs, splitSentences } from './segment';
import { Vocabulary } from './vocabulary';
import { scanWords } from './wordScanner';

/**
 * Everything the library derives from one file on its own, in compact form: the unit that is kept,
 * stored and reused when other files change. Offsets are UTF-16 offsets into `text`.
 */
export interface SourceRecord {
  readonly kind: 'source';
  readonly file: string;
  /** {@link contentHash} of the file's bytes. */
  readonly hash: string;
  readonly text: string;
  /** `[start, end, furniture (0 or 1)]` for every paragraph, in file order. */
  readonly paragraphs: Uint32Array;
  /** `[start, end, paragraph index, first word]` for every sentence of the article text. */
  readonly sentences: Uint32Array;
  /** The index of each paragraph's first word, and the word count at the end (paragraphs + 1 entries). */
  readonly paragraphWords: Uint32Array;
  /** Vocabulary ids of the article's words, in order. */
  readonly words: Uint32Array;
  /**
   * The article's quotations and who speaks them, packed (see `attribution/sourceQuotes.ts`), once
   * computed: on first use (`recordQuotations`), or read from the stored index.
   */
  readonly quotations?: Uint32Array;
  /** The speakers `quotations` refer to. */
  readonly speakers?: readonly Speaker[];
  /** Metadata from the YAML front matter. */
  readonly front: Partial<MetaDraft>;
  /** Metadata guessed from the text (used for fields neither catalog nor front matter give). */
  readonly guessed: Omit<MetaDraft, 'key'>;
  readonly warnings: readonly string[];
}

/** A file that is not in the library, and why. */
export interface SkippedRecord {
  readonly kind: 'skipped';
  readonly file: string;
  readonly hash: string;
  readonly reason: string;
}

export type FileRecord = SourceRecord | SkippedRecord;

/** Decodes, segments and tokenises one file. Never throws for bad input. */
export function buildRecord(file: string, bytes: Uint8Array, vocabulary: Vocabulary, maxBytes: number, hash = contentHash(bytes)): FileRecord {
  const decoded = decodeSource(bytes, maxBytes);
  if (!decoded.ok) {
    return { kind: 'skipped', file, hash, reason: decoded.reason };
  }
  const record = recordFromText(file, hash, decoded.text, vocabulary);
  return record.words.length === 0 ? { kind: 'skipped', file, hash, reason: 'no article text (only page furniture or front matter)' } : record;
}

function recordFromText(file: string, hash: string, text: string, vocabulary: Vocabulary): SourceRecord {
  const warnings: string[] = [];
  const front = readFrontMatter(text);
  if (front.error) {
    warnings.push(front.error);
  }
  const fmProblems: string[] = [];
  const fromFront = readMetaFields(front.fields, fmProblems);
  warnings.push(...fmProblems.map((p) => `front matter: ${p}`));

  const paragraphs = splitParagraphs(text, front.bodyStart);
  const wordText = sourceWordText(file, text);
  const paragraphData = new Uint32Array(paragraphs.length * 3);
  const paragraphWords = new Uint32Array(paragraphs.length + 1);
  const sentences = new Growable();
  const words = new Growable();
  paragraphs.forEach((p, i) => {
    paragraphData[i * 3] = p.start;
    paragraphData[i * 3 + 1] = p.end;
    paragraphData[i * 3 + 2] = p.furniture ? 1 : 0;
    paragraphWords[i] = words.length;
    if (p.furniture) {
      return;
    }
    const own = splitSentences(text, p, i);
    let next = 0;
    scanWords(wordText, p.start, p.end, (start, end, hash) => {
      // A sentence's first word is the first word at or after its start.
      while (next < own.length && own[next].start <= start) {
        sentences.push4(own[next].start, own[next].end, i, words.length);
        next++;
      }
      words.push(vocabulary.internRange(wordText, start, end, hash));
    });
    for (; next < own.length; next++) {
      sentences.push4(own[next].start, own[next].end, i, words.length);
    }
  });
  paragraphWords[paragraphs.length] = words.length;
  // Only the title and the date are guessed, and only used where the front matter has none.
  const guessed =
    fromFront.title !== undefined && fromFront.date !== undefined
      ? { title: null, author: null, outlet: null, date: null, url: null }
      : guessMetadata(paragraphs.filter((p) => !p.furniture).map((p) => text.slice(p.start, p.end)));
  return {
    kind: 'source',
    file,
    hash,
    text,
    paragraphs: paragraphData,
    sentences: sentences.toArray(),
    paragraphWords,
    words: words.toArray(),
    front: fromFront,
    guessed,
    warnings,
  };
}

// A list of 32-bit numbers growing in one typed array (no boxed numbers, no garbage per item).
class Growable {
  private data = new Uint32Array(1024);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      this.grow();
    }
    this.data[this.length++] = v;
  }

  push4(a: number, b: number, c: number, d: number): void {
    if (this.length + 4 > this.data.length) {
      this.grow();
    }
    const data = this.data;
    data[this.length] = a;
    data[this.length + 1] = b;
    data[this.length + 2] = c;
    data[this.length + 3] = d;
    this.length += 4;
  }

  toArray(): Uint32Array {
    return this.data.slice(0, this.length);
  }

  private grow(): void {
    const data = new Uint32Array(this.data.length * 2);
    data.set(this.data);
    this.data = data;
  }
}

/** The metadata of a record: catalog entry first, then front matter, then what was guessed. */
export function recordMeta(record: SourceRecord, catalogEntry: Partial<MetaDraft> | undefined): MetaDraft {
  const pick = <K extends Exclude<keyof MetaDraft, 'key'>>(k: K): MetaDraft[K] =>
    (catalogEntry?.[k] !== undefined ? catalogEntry[k] : record.front[k] !== undefined ? record.front[k] : catalogEntry ? null : record.guessed[k]) as MetaDraft[K];
  return {
    key: catalogEntry?.key ?? record.front.key ?? null,
    title: pick('title'),
    author: pick('author'),
    outlet: pick('outlet'),
    date: pick('date'),
    url: pick('url'),
  };
}
