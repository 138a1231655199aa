/** The result of turning a file's bytes into text, or the reason it cannot be a source. */
export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/** Files larger than this are not read as sources by default (10 MB). */
export const DEFAULT_MAX_SOURCE_BYTES = 10 * 1024 * 1024;

/**
 * Decodes a source file (or a draft) as UTF-8, refusing what cannot be an article: empty, binary,
 * oversized, UTF-16 or invalid UTF-8 content. The reason names what was wrong so the user can act
 * on it. Lone CR line ends are read as LF.
 */
export function decodeSource(bytes: Uint8Array, maxBytes = DEFAULT_MAX_SOURCE_BYTES): DecodeResult {
  if (bytes.length === 0) {
    return { ok: false, reason: 'empty file' };
  }
  if (bytes.length > maxBytes) {
    return { ok: false, reason: tooLarge(bytes.length, maxBytes) };
  }
  const head = bytes.subarray(0, 8192);
  const wide = wideEncoding(head);
  if (wide) {
    return { ok: false, reason: `${wide} text: save it as UTF-8` };
  }
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b === 0) {
      return { ok: false, reason: 'binary file (contains NUL bytes)' };
    }
    if (b < 9 || (b > 13 && b < 32)) {
      controls++;
    }
  }
  if (controls > head.length / 10) {
    return { ok: false, reason: 'binary file (mostly control characters)' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // A lone CR (an old Mac line end) is a line end: read as LF, one character for one, so every
    // offset stays the file's and every scanner sees one kind of line end (CRLF is left as it is).
    return { ok: true, text: text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text };
  } catch {
    return { ok: false, reason: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); save it as UTF-8` };
  }
}

/**
 * `UTF-16` or `UTF-32` when the bytes are text in one of those encodings: a byte order mark, or
 * (without one) Latin-script text, whose characters have their zero bytes always in the same places.
 */
export function wideEncoding(head: Uint8Array): 'UTF-16' | 'UTF-32' | undefined {
  const [a, b, c, d] = head;
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)) {
    return 'UTF-32';
  }
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
    return 'UTF-16';
  }
  // Zero bytes by position in each group of four: UTF-32 has three zeros in every character,
  // UTF-16 one in every other byte; binary files have them anywhere.
  const zeros = [0, 0, 0, 0];
  const groups = head.length >> 2;
  for (let i = 0; i < groups * 4; i++) {
    zeros[i & 3] += head[i] === 0 ? 1 : 0;
  }
  if (groups < 2) {
    return undefined;
  }
  const many = (k: number) => zeros[k] >= groups * 0.3;
  const none = (k: number) => zeros[k] <= groups * 0.02;
  if ((none(0) && many(1) && many(2) && many(3)) || (many(0) && many(1) && many(2) && none(3))) {
    return 'UTF-32';
  }
  if ((none(0) && none(2) && many(1) && many(3)) || (many(0) && many(2) && none(1) && none(3))) {
    return 'UTF-16';
  }
  return undefined;
}

/** Why a file of `size` bytes is refused when the limit is `maxBytes`. */
export function tooLarge(size: number, maxBytes: number): string {
  return `too large (${formatBytes(size)}; the limit is ${formatBytes(maxBytes)})`;
}

/** A size as people read it: `1.5 MB`, `12 KB`. */
export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) {
      return i;
    }
    for (let k = 1; k < len; k++) {
      if ((bytes[i + k] & 0xc0) !== 0x80) {
        return i;
      }
    }
    i += len;
  }
  return i;
}
