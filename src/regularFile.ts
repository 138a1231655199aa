import * as fs from 'node:fs';
import { tooLarge } from './core/decode';

/** A file's bytes and the stat they were read under, or why it was not read. */
export type FileRead = { readonly ok: true; readonly bytes: Uint8Array; readonly stat: fs.Stats } | { readonly ok: false; readonly reason: string };

// Opening a FIFO for reading waits for a writer, and a terminal device may become the process's
// controlling terminal: neither may happen to a file given as a source, draft or catalog.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);
const CHUNK = 64 * 1024;

/** What a file is when it is not a regular file ("a folder", "a FIFO"…), or undefined for a regular file. */
export function notRegular(stat: fs.Stats): string | undefined {
  if (stat.isFile()) {
    return undefined;
  }
  if (stat.isDirectory()) {
    return 'a folder';
  }
  if (stat.isFIFO()) {
    return 'a FIFO';
  }
  if (stat.isSocket()) {
    return 'a socket';
  }
  if (stat.isCharacterDevice() || stat.isBlockDevice()) {
    return 'a device';
  }
  return 'not a regular file';
}

/** Why a file is refused from its stat alone (not a regular file, or over `maxBytes`), else undefined. */
export function refusalOf(stat: fs.Stats, maxBytes: number): string | undefined {
  const kind = notRegular(stat);
  if (kind) {
    return kind === 'not a regular file' ? kind : `not a regular file (${kind})`;
  }
  return stat.size > maxBytes ? tooLarge(stat.size, maxBytes) : undefined;
}

/** A file system error as a user reads it: "permission denied (EACCES)". */
export function describeError(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  const text = typeof code === 'string' ? ERRORS[code] : undefined;
  if (text) {
    return `${text} (${code})`;
  }
  const message = e instanceof Error ? e.message : String(e);
  // Node's messages repeat the path after a comma: "EIO: i/o error, read 'x'".
  return message.replace(/, \w+ '.*'$/s, '').split('\n')[0];
}

const ERRORS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  ELOOP: 'symbolic link loop',
  ENAMETOOLONG: 'name too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EPIPE: 'the reading end of the pipe was closed',
  EAGAIN: 'the file is not ready to be read',
  ENXIO: 'no such device',
  EBUSY: 'the file is busy',
  EINVAL: 'invalid argument',
};

/**
 * Reads a regular file of at most `maxBytes`, refusing anything else before reading: the path's
 * stat is checked first (a folder, FIFO, socket or device is never opened; an oversized file is
 * never read), the file is opened without blocking and checked again, and no more than
 * `maxBytes` are ever read, whatever the stat said. Never throws.
 */
export function readRegularFileSync(path: string, maxBytes: number): FileRead {
  try {
    const before = refusalOf(fs.statSync(path), maxBytes);
    if (before) {
      return { ok: false, reason: before };
    }
    const fd = fs.openSync(path, OPEN_FLAGS);
    try {
      const stat = fs.fstatSync(fd);
      const refused = refusalOf(stat, maxBytes);
      if (refused) {
        return { ok: false, reason: refused };
      }
      const bytes = new Bytes(stat.size, maxBytes);
      for (let space = bytes.space(); space; space = bytes.space()) {
        if (!bytes.add(fs.readSync(fd, space, bytes.length, space.length - bytes.length, null))) {
          return { ok: true, bytes: bytes.read, stat };
        }
      }
      return { ok: false, reason: tooLarge(bytes.length, maxBytes) };
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    return { ok: false, reason: describeError(e) };
  }
}

/** {@link readRegularFileSync} without blocking the thread. */
export async function readRegularFile(path: string, maxBytes: number): Promise<FileRead> {
  try {
    const before = refusalOf(await fs.promises.stat(path), maxBytes);
    if (before) {
      return { ok: false, reason: before };
    }
    const handle = await fs.promises.open(path, OPEN_FLAGS);
    try {
      const stat = await handle.stat();
      const refused = refusalOf(stat, maxBytes);
      if (refused) {
        return { ok: false, reason: refused };
      }
      const bytes = new Bytes(stat.size, maxBytes);
      for (let space = bytes.space(); space; space = bytes.space()) {
        if (!bytes.add((await handle.read(space, bytes.length, space.length - bytes.length, null)).bytesRead)) {
          return { ok: true, bytes: bytes.read, stat };
        }
      }
      return { ok: false, reason: tooLarge(bytes.length, maxBytes) };
    } finally {
      await handle.close();
    }
  } catch (e) {
    return { ok: false, reason: describeError(e) };
  }
}

// The bytes read so far: at most maxBytes + 1 of them (one more tells a file that grew past the limit).
class Bytes {
  private buffer: Buffer;
  length = 0;

  constructor(
    size: number,
    private readonly maxBytes: number,
  ) {
    this.buffer = Buffer.allocUnsafe(Math.min(size, maxBytes) + 1);
  }

  /** The buffer to read into after `length`, grown if full; undefined once past the limit. */
  space(): Buffer | undefined {
    if (this.length > this.maxBytes) {
      return undefined;
    }
    if (this.length === this.buffer.length) {
      const larger = Buffer.allocUnsafe(Math.min(Math.max(this.buffer.length * 2, CHUNK), this.maxBytes + 1));
      this.buffer.copy(larger, 0, 0, this.length);
      this.buffer = larger;
    }
    return this.buffer;
  }

  /** Counts `n` bytes just read; false at the end of the file. */
  add(n: number): boolean {
    this.length += n;
    return n > 0;
  }

  get read(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}
