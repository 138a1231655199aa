import { Speaker } from './attribution/attribute';
import { recordQuotations } from './attribution/sourceQuotes';
import { Library, LibraryIssue, LibraryOptions } from './library';
import { MetaDraft } from './metadata';
import { FileRecord, SourceRecord } from './sourceRecord';
import { Vocabulary } from './vocabulary';
import { WordIndex } from './wordIndex';

const MAGIC = 'VRBTMIDX';
// 2: "cannot" is two words. 3: each source's quotations and their speakers.
const VERSION = 3;
const HEADER = 32;

type StoredRecord =
  | { kind: 'skipped'; file: string; hash: string; reason: string }
  | { kind: 'source'; file: string; hash: string; textBytes: number; paragraphs: number; sentences: number; words: number; quotations: number; speakers: readonly Speaker[]; front: Partial<MetaDraft>; guessed: Omit<MetaDraft, 'key'>; warnings: readonly string[]; meta: MetaDraft };

interface StoredLibrary {
  readonly records: StoredRecord[];
  readonly issues: readonly LibraryIssue[];
  readonly extraIssues: readonly LibraryIssue[];
  readonly options: { catalog?: { entries: [string, Partial<MetaDraft>][]; problems: readonly string[] }; catalogFile?: string; maxSourceBytes?: number };
  readonly vocabulary: number;
  readonly vocabularyText: number;
}

/**
 * Writes a library as bytes: per-file records (text, segmentation, word ids, quotations and their
 * speakers, metadata, content hash), the vocabulary and the word index, so {@link deserializeLibrary} gives the same library
 * without decoding, segmenting, tokenising, attributing or indexing anything again (every source's
 * quotations are attributed now if they were not yet). Numbers are stored in the
 * machine's byte order (little-endian everywhere Verbatim runs); a store from another order is refused.
 */
export function serializeLibrary(library: Library): Uint8Array {
  const encoder = new TextEncoder();
  const numbers: Uint32Array[] = [];
  const texts: Uint8Array[] = [];
  const metas = new Map(library.sources.map((s) => [s.record, s.meta]));
  const records: StoredRecord[] = library.records.map((r) => {
    if (r.kind === 'skipped') {
      return r;
    }
    // Every source is attributed before it is stored (a warm start never attributes anything).
    const quoted = recordQuotations(r);
    numbers.push(r.paragraphs, r.sentences, r.paragraphWords, r.words, quoted.quotations);
    const text = encoder.encode(r.text);
    texts.push(text);
    const { text: _t, paragraphs, sentences, words, paragraphWords: _p, quotations: _q, speakers: _s, kind, ...rest } = r;
    return { ...rest, kind, textBytes: text.length, paragraphs: paragraphs.length, sentences: sentences.length, words: words.length, quotations: quoted.quotations.length, speakers: quoted.speakers, meta: metas.get(r) as MetaDraft };
  });
  const index = library.index.arrays();
  numbers.push(index.sourceStarts, index.offsets, index.positions);
  const vocabularyText = encoder.encode(library.vocabulary.words().join('\n'));
  texts.push(vocabularyText);
  const catalog = library.options.catalog;
  const stored: StoredLibrary = {
    records,
    issues: library.issues,
    extraIssues: library.extraIssues,
    options: { ...library.options, catalog: catalog ? { entries: [...catalog.entries], problems: catalog.problems } : undefined },
    vocabulary: library.vocabulary.size,
    vocabularyText: vocabularyText.length,
  };
  const json = encoder.encode(JSON.stringify(stored));
  const text = new Uint8Array(texts.reduce((n, t) => n + t.length, 0));
  let textAt = 0;
  for (const t of texts) {
    text.set(t, textAt);
    textAt += t.length;
  }
  const count = numbers.reduce((n, a) => n + a.length, 0);
  const out = new Uint8Array(HEADER + count * 4 + json.length + text.length);
  out.set(encoder.encode(MAGIC), 0);
  new Uint32Array(out.buffer, 8, 6).set([VERSION, 0x01020304, count, json.length, text.length, 0]);
  const body = new Uint32Array(out.buffer, HEADER, count);
  let at = 0;
  for (const a of numbers) {
    body.set(a, at);
    at += a.length;
  }
  out.set(json, HEADER + count * 4);
  out.set(text, HEADER + count * 4 + json.length);
  return out;
}

/**
 * Reads a library written by {@link serializeLibrary} without decoding, segmenting, tokenising or
 * indexing: the numbers are used in place, and each source's text is decoded when first asked
 * for. The library keeps views into `bytes`, which must not be changed afterwards. Throws an Error
 * saying why for bytes that are not such a store (another version, truncated, corrupt): the host
 * then builds the library from its files.
 */
export function deserializeLibrary(bytes: Uint8Array): Library {
  const decoder = new TextDecoder('utf-8');
  if (bytes.length < HEADER || decoder.decode(bytes.subarray(0, 8)) !== MAGIC) {
    throw new Error('not a Verbatim library index');
  }
  const head = new Uint32Array(bytes.slice(8, HEADER).buffer);
  if (head[1] !== 0x01020304) {
    throw new Error('library index written on a machine with another byte order');
  }
  if (head[0] !== VERSION) {
    throw new Error(`library index version ${head[0]}, expected ${VERSION}`);
  }
  const [count, jsonLength, textLength] = [head[2], head[3], head[4]];
  const jsonAt = HEADER + count * 4;
  if (jsonAt + jsonLength + textLength !== bytes.length) {
    throw new Error('library index is truncated or corrupt');
  }
  const body = (bytes.byteOffset + HEADER) % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + HEADER, count) : new Uint32Array(bytes.slice(HEADER, jsonAt).buffer);
  const stored = JSON.parse(decoder.decode(bytes.subarray(jsonAt, jsonAt + jsonLength))) as StoredLibrary;
  let at = 0;
  const take = (n: number) => {
    if (at + n > body.length) {
      throw new Error('library index is truncated or corrupt');
    }
    at += n;
    return body.subarray(at - n, at);
  };
  let textAt = jsonAt + jsonLength;
  const textBytes = (n: number) => {
    if (textAt + n > bytes.length) {
      throw new Error('library index is truncated or corrupt');
    }
    textAt += n;
    return bytes.subarray(textAt - n, textAt);
  };
  const metas: MetaDraft[] = [];
  const records: FileRecord[] = stored.records.map((r) => {
    if (r.kind === 'skipped') {
      return r;
    }
    const { meta, textBytes: length, paragraphs, sentences, words, quotations, ...rest } = r;
    metas.push(meta);
    const utf8 = textBytes(length);
    let text: string | undefined;
    const record: SourceRecord = {
      ...rest,
      get text() {
        text ??= decoder.decode(utf8);
        return text;
      },
      paragraphs: take(paragraphs),
      sentences: take(sentences),
      paragraphWords: take(paragraphs / 3 + 1),
      words: take(words),
      quotations: take(quotations),
    };
    return record;
  });
  const sources = records.length - records.filter((r) => r.kind === 'skipped').length;
  const vocabularyText = decoder.decode(textBytes(stored.vocabularyText));
  const vocabulary = new Vocabulary(stored.vocabulary === 0 ? [] : vocabularyText.split('\n'));
  const index = new WordIndex(vocabulary, { sourceStarts: take(sources + 1), offsets: take(stored.vocabulary + 1), positions: take(body.length - at) });
  const catalog = stored.options.catalog;
  const options: LibraryOptions = { ...stored.options, catalog: catalog ? { entries: new Map(catalog.entries), problems: catalog.problems } : undefined };
  return new Library({ records, options, vocabulary, extraIssues: stored.extraIssues, metas, index, issues: stored.issues });
}
