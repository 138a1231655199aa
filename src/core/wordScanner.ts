// Character classes of the word pattern {@link WORD} in tokens.ts, looked up per UTF-16 unit.
const UNKNOWN = 0;
const OTHER = 1;
const LETTER = 2;
const NUMBER = 3;
const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();
const IS_NUMBER = /^\p{N}$/u;
const IS_LETTER = /^[\p{L}\p{M}]$/u;
// ASCII, the bulk of most text, without a function call.
const ASCII = Uint8Array.from({ length: 128 }, (_, c) => (c >= 0x30 && c <= 0x39 ? NUMBER : (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? LETTER : OTHER));

function classify(char: string): number {
  return IS_NUMBER.test(char) ? NUMBER : IS_LETTER.test(char) ? LETTER : OTHER;
}

// The class of the code point at i, and in `width` how many units it takes.
let width = 1;
function classAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      width = 2;
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let k = astral.get(cp);
      if (k === undefined) {
        k = classify(String.fromCodePoint(cp));
        astral.set(cp, k);
      }
      return k;
    }
  }
  width = 1;
  let k = bmp[c];
  if (k === UNKNOWN) {
    k = c >= 0xd800 && c <= 0xdfff ? OTHER : classify(String.fromCharCode(c));
    bmp[c] = k;
  }
  return k;
}

/**
 * Calls `visit(start, end, hash)` for every word of `text[start, end)`, exactly the words the
 * pattern {@link WORD} finds, without a regular expression or a string per word: `hash` is an
 * FNV-1a hash of the word's UTF-16 units (a signed 32-bit integer), for looking the word up without slicing it.
 */
export function scanWords(text: string, start: number, end: number, visit: (start: number, end: number, hash: number) => void): void {
  const emit = (from: number, to: number, hash: number) => (to - from === 6 && isCannot(text, from) ? splitCannot(text, from, visit) : visit(from, to, hash));
  let i = start;
  while (i < end) {
    const c0 = text.charCodeAt(i);
    let k = c0 < 128 ? ASCII[c0] : classAt(text, i, end);
    if (k === OTHER) {
      i += c0 < 128 ? 1 : width;
      continue;
    }
    const from = i;
    // The common case, ASCII letters and digits up to a space, a line break or the end, hashed as it is read.
    let fast = 0x811c9dc5;
    let j = i;
    for (; j < end; j++) {
      const c = text.charCodeAt(j);
      if (c >= 128 || ASCII[c] === OTHER) {
        break;
      }
      fast = Math.imul(fast ^ c, 0x01000193);
    }
    if (j === end || text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x0a) {
      emit(from, j, fast);
      i = j;
      continue;
    }
    let lastNumber = false;
    // A run of letters, marks and digits; then, while they follow, an apostrophe and another run,
    // or a decimal or thousands separator after a digit and a run of digits.
    let run = true;
    for (;;) {
      while (run && i < end) {
        const c = text.charCodeAt(i);
        if (c < 128) {
          k = ASCII[c];
          if (k === OTHER) {
            break;
          }
          i++;
        } else {
          k = classAt(text, i, end);
          if (k === OTHER) {
            break;
          }
          i += width;
        }
        lastNumber = k === NUMBER;
      }
      if (i + 1 >= end) {
        break;
      }
      const c = text.charCodeAt(i);
      if ((c === 0x27 || c === 0x2019 || c === 0x2bc) && classAt(text, i + 1, end) !== OTHER) {
        i++;
        run = true;
        continue;
      }
      if ((c === 0x2e || c === 0x2c) && lastNumber && classAt(text, i + 1, end) === NUMBER) {
        i++;
        while (i < end && classAt(text, i, end) === NUMBER) {
          i += width;
        }
        lastNumber = true;
        run = false;
        continue;
      }
      break;
    }
    let hash = 0x811c9dc5;
    for (let j = from; j < i; j++) {
      hash = Math.imul(hash ^ text.charCodeAt(j), 0x01000193);
    }
    emit(from, i, hash);
  }
}

// "cannot" is "can not": two words, so the one spelling matches the other and its negation counts.
function isCannot(text: string, at: number): boolean {
  return (text.charCodeAt(at) | 0x20) === 0x63 && text.slice(at, at + 6).toLowerCase() === 'cannot';
}

function splitCannot(text: string, at: number, visit: (start: number, end: number, hash: number) => void): void {
  for (const [from, to] of [[at, at + 3], [at + 3, at + 6]]) {
    let hash = 0x811c9dc5;
    for (let j = from; j < to; j++) {
      hash = Math.imul(hash ^ text.charCodeAt(j), 0x01000193);
    }
    visit(from, to, hash);
  }
}
