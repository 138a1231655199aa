import { Library } from './core/library';
import { SourceMeta } from './core/metadata';
import { FileRecord } from './core/sourceRecord';
import { Vocabulary } from './core/vocabulary';
import { WordIndex, WordIndexArrays } from './core/wordIndex';
import { Commit, IndexerReply, IndexStats, libraryOptions, Post, WireRecord } from './libraryProtocol';

// Records go in messages of about this size, so taking one in never holds the extension host long.
const BATCH_BYTES = 1 << 20;
const BATCH_RECORDS = 256;

type View = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;
const VIEWS: Record<string, new (buffer: ArrayBuffer, at: number, length: number) => View> = { Uint8Array, Uint16Array, Uint32Array, Int32Array, Float64Array };

/**
 * The indexer's side: sends each record once (packed, its arrays moved in one buffer per message),
 * then a commit naming the library; a record already sent is never sent again, so a commit after a
 * one-file change costs that file and the library's keys and index.
 */
export class RecordSender {
  private sent = new Map<string, FileRecord>();
  private sentMetas = new Map<string, string>();
  private vocabulary: Vocabulary | undefined;
  private wordsSent = 0;
  private last: Library | undefined;

  constructor(
    private readonly post: Post,
    /** Same thread: post the library itself. */
    private readonly direct = false,
  ) {}

  /** Sends `library` to the other side, which swaps it in. */
  send(library: Library, id: number, final: boolean, includeBundled: boolean, stats?: IndexStats): void {
    if (this.direct) {
      this.post({ type: 'library', id, final, library, stats });
      return;
    }
    if (library === this.last && library.vocabulary === this.vocabulary) {
      this.post({ type: 'same', id, final, stats });
      return;
    }
    this.last = library;
    if (library.vocabulary !== this.vocabulary) {
      this.post({ type: 'reset' });
      this.sent.clear();
      this.sentMetas.clear();
      this.vocabulary = library.vocabulary;
      this.wordsSent = 0;
    }
    const fresh = library.records.filter((r) => this.sent.get(r.file) !== r);
    const present = new Set(library.records.map((r) => r.file));
    const removed = [...this.sent.keys()].filter((f) => !present.has(f));
    removed.forEach((f) => {
      this.sent.delete(f);
      this.sentMetas.delete(f);
    });
    for (let i = 0; i < fresh.length; ) {
      const batch: FileRecord[] = [];
      let bytes = 0;
      while (i < fresh.length && batch.length < BATCH_RECORDS && bytes < BATCH_BYTES) {
        bytes += recordBytes(fresh[i]);
        batch.push(fresh[i++]);
      }
      const { records, buffer } = pack(batch);
      this.post({ type: 'records', records, buffer }, [buffer]);
      batch.forEach((r) => this.sent.set(r.file, r));
    }
    // Keys and metadata rarely change once sent (a key moves only when another file claims it).
    const metas: [string, SourceMeta][] = [];
    for (const source of library.sources) {
      const json = JSON.stringify(source.meta);
      if (this.sentMetas.get(source.file) !== json) {
        this.sentMetas.set(source.file, json);
        metas.push([source.file, source.meta]);
      }
    }
    const words = library.vocabulary.words().slice(this.wordsSent);
    this.wordsSent += words.length;
    const index = copyArrays(library.index.arrays());
    const commit: Commit = {
      type: 'commit',
      id,
      final,
      removed,
      words,
      wordTotal: this.wordsSent,
      recordTotal: library.records.length,
      index,
      metas,
      sourceTotal: library.sources.length,
      issues: library.issues,
      extraIssues: library.extraIssues,
      includeBundled,
      stats,
    };
    this.post(commit, [index.sourceStarts.buffer, index.offsets.buffer, index.positions.buffer] as ArrayBuffer[]);
  }

  /** Sends everything again on the next {@link send} (the other side lost track). */
  forget(): void {
    this.vocabulary = undefined;
  }
}

/** The extension host's side: keeps the records received and assembles a library at each commit. */
export class LibraryMirror {
  private readonly records = new Map<string, FileRecord>();
  private readonly metas = new Map<string, SourceMeta>();
  private words: string[] = [];
  private last: Library | undefined;

  /** Takes in a reply; returns the library a commit names, else undefined. Throws if out of step. */
  receive(reply: IndexerReply): Library | undefined {
    switch (reply.type) {
      case 'reset':
        this.records.clear();
        this.metas.clear();
        this.words = [];
        this.last = undefined;
        return undefined;
      case 'same':
        if (!this.last) {
          throw new Error('library mirror out of step: no library to repeat');
        }
        return this.last;
      case 'records':
        for (const r of reply.records) {
          const record = unpack(r, reply.buffer);
          this.records.set(record.file, record);
        }
        return undefined;
      case 'commit':
        this.last = this.assemble(reply);
        return this.last;
      case 'library':
        return reply.library;
      default:
        return undefined;
    }
  }

  private assemble(commit: Commit): Library {
    commit.removed.forEach((f) => {
      this.records.delete(f);
      this.metas.delete(f);
    });
    commit.metas.forEach(([file, meta]) => this.metas.set(file, meta));
    for (const w of commit.words) {
      this.words.push(w);
    }
    // In the library's order (the order Library sorts its records in), each source with its metadata.
    const records = [...this.records.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const metas = records.flatMap((r) => (r.kind === 'source' ? [this.metas.get(r.file)] : []));
    if (this.words.length !== commit.wordTotal || records.length !== commit.recordTotal || metas.length !== commit.sourceTotal || metas.includes(undefined)) {
      throw new Error(`library mirror out of step: ${records.length} records, ${metas.length} sources, ${this.words.length} words; the indexer has ${commit.recordTotal}, ${commit.sourceTotal} and ${commit.wordTotal}`);
    }
    const vocabulary = new Vocabulary(this.words);
    return new Library({
      records,
      options: libraryOptions(commit.includeBundled),
      vocabulary,
      extraIssues: commit.extraIssues,
      metas: metas as SourceMeta[],
      index: new WordIndex(vocabulary, commit.index),
      issues: commit.issues,
    });
  }
}

function isView(v: unknown): v is View {
  return ArrayBuffer.isView(v) && !(v instanceof DataView) && v.constructor.name in VIEWS;
}

function recordBytes(record: FileRecord): number {
  let n = 0;
  for (const v of Object.values(record)) {
    n += typeof v === 'string' ? v.length * 2 : isView(v) ? v.byteLength : 0;
  }
  return n;
}

// Every typed array of the records goes into one buffer (8-byte aligned), the rest stays as it is.
function pack(batch: readonly FileRecord[]): { records: WireRecord[]; buffer: ArrayBuffer } {
  const align = (n: number) => (n + 7) & ~7;
  let size = 0;
  for (const r of batch) {
    for (const v of Object.values(r)) {
      size += isView(v) ? align(v.byteLength) : 0;
    }
  }
  const buffer = new ArrayBuffer(size);
  const bytes = new Uint8Array(buffer);
  let at = 0;
  const records = batch.map((r) => {
    const wire: WireRecord = { fields: {}, arrays: {} };
    for (const [k, v] of Object.entries(r)) {
      if (isView(v)) {
        bytes.set(new Uint8Array(v.buffer, v.byteOffset, v.byteLength), at);
        wire.arrays[k] = { type: v.constructor.name, at, length: v.length };
        at += align(v.byteLength);
      } else {
        wire.fields[k] = v;
      }
    }
    return wire;
  });
  return { records, buffer };
}

function unpack(wire: WireRecord, buffer: ArrayBuffer): FileRecord {
  const record: Record<string, unknown> = { ...wire.fields };
  for (const [k, a] of Object.entries(wire.arrays)) {
    record[k] = new VIEWS[a.type](buffer, a.at, a.length);
  }
  return record as unknown as FileRecord;
}

function copyArrays(a: WordIndexArrays): WordIndexArrays {
  return { sourceStarts: a.sourceStarts.slice(), offsets: a.offsets.slice(), positions: a.positions.slice() };
}
