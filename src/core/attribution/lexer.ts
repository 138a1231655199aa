import { ABBREVIATIONS } from './lexicon';
import { wordInfo } from './wordClass';

/** A word, a punctuation mark, or a whole quotation standing in the prose around it. */
export interface Tok {
  readonly kind: 'word' | 'punct' | 'quote';
  /** Offsets in the text. */
  readonly start: number;
  readonly end: number;
  /** As written. */
  readonly text: string;
  /** Lower case, without a possessive ’s or an abbreviation's full stop. */
  readonly lower: string;
  /** Starts with a capital letter. */
  readonly cap: boolean;
  /** Ends in a possessive ’s (or a bare ’ after s). */
  readonly poss: boolean;
  /** For a quotation: its index among the paragraph's quotations. */
  readonly quote: number;
  /** The word's classes (bits of `wordClass.ts`), 0 for punctuation and quotations. */
  readonly cls: number;
  /** For a speech verb form: its lemma. */
  readonly lemma: string | undefined;
}

/** Whether a token is a word of class `bit` (see `wordClass.ts`). */
export function isA(t: Tok | undefined, bit: number): boolean {
  return t !== undefined && (t.cls & bit) !== 0;
}

// Character classes, looked up per UTF-16 unit: 1 letter/mark/digit, 2 upper-case letter, 0 other.
const CLASS = new Uint8Array(0x10000);
const CLASS_KNOWN = new Uint8Array(0x10000);
const WORDISH = /^[\p{L}\p{M}\p{N}]$/u;
const UPPER = /^\p{Lu}$/u;

function charClass(c: number): number {
  if (CLASS_KNOWN[c] === 0) {
    CLASS_KNOWN[c] = 1;
    const ch = String.fromCharCode(c);
    // Surrogate halves count as letters: astral letters are rare and never quote marks.
    CLASS[c] = (c >= 0xd800 && c <= 0xdfff) || WORDISH.test(ch) ? (UPPER.test(ch) ? 2 : 1) : 0;
  }
  return CLASS[c];
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const DOT = 0x2e;
const PUNCT = new Set([',', ';', ':', '!', '?', '(', ')', '[', ']', '—', '–', '…', '.']);

/** Splits `text[start, end)` into word and punctuation tokens, appending them to `out`. */
export function lex(text: string, start: number, end: number, out: Tok[]): void {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? ASCII[c] : charClass(c);
    if (k === 0) {
      const ch = text[i];
      if (ch === '-' && text.charCodeAt(i + 1) === 0x2d) {
        let j = i + 2;
        while (j < end && text.charCodeAt(j) === 0x2d) {
          j++;
        }
        out.push(punct('—', i, j));
        i = j;
      } else if (ch === '.' && text.charCodeAt(i + 1) === DOT && text.charCodeAt(i + 2) === DOT) {
        out.push(punct('…', i, i + 3));
        i += 3;
      } else {
        if (PUNCT.has(ch)) {
          out.push(punct(ch === '–' ? '—' : ch, i, i + 1));
        }
        i++;
      }
      continue;
    }
    // A run of letters and digits, joined by an apostrophe, full stop, hyphen or ampersand inside it.
    let j = i + 1;
    for (;;) {
      while (j < end && wordChar(text.charCodeAt(j))) {
        j++;
      }
      const d = text.charCodeAt(j);
      if (j + 1 < end && (d === APOSTROPHE || d === RIGHT_QUOTE || d === DOT || d === 0x2d || d === 0x26) && wordChar(text.charCodeAt(j + 1))) {
        j += 2;
        continue;
      }
      break;
    }
    const last = text.charCodeAt(j - 1);
    // A plural possessive keeps its apostrophe ("Jones’"); a full stop stays with an abbreviation or initial.
    if (j < end && (text.charCodeAt(j) === APOSTROPHE || text.charCodeAt(j) === RIGHT_QUOTE) && (last === 0x73 || last === 0x53)) {
      j++;
    }
    let stop = false;
    if (j < end && text.charCodeAt(j) === DOT) {
      const body = text.slice(i, j);
      if (j - i === 1 || body.includes('.') || ABBREVIATIONS.has(body.toLowerCase())) {
        j++;
      } else {
        stop = true;
      }
    }
    const raw = text.slice(i, j);
    const tail = raw.charCodeAt(raw.length - 1);
    const poss = tail === APOSTROPHE || tail === RIGHT_QUOTE || (raw.length > 2 && (raw.endsWith('’s') || raw.endsWith("'s")));
    let base = raw;
    if (poss) {
      base = tail === APOSTROPHE || tail === RIGHT_QUOTE ? raw.slice(0, -1) : raw.slice(0, -2);
    } else if (tail === DOT) {
      base = raw.slice(0, -1);
    }
    const lower = base.toLowerCase();
    const info = wordInfo(lower);
    out.push(new Token('word', i, j, raw, lower, k === 2, poss, -1, info.cls, info.lemma));
    if (stop) {
      out.push(punct('.', j, j + 1));
      j++;
    }
    i = j;
  }
}

// ASCII classes without a call: digits and lower-case letters 1, upper-case 2.
const ASCII = Uint8Array.from({ length: 128 }, (_, c) => (c >= 0x41 && c <= 0x5a ? 2 : (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) ? 1 : 0));

function wordChar(c: number): boolean {
  return (c < 128 ? ASCII[c] : charClass(c)) !== 0;
}

class Token implements Tok {
  constructor(
    readonly kind: 'word' | 'punct' | 'quote',
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly lower: string,
    readonly cap: boolean,
    readonly poss: boolean,
    readonly quote: number,
    readonly cls: number,
    readonly lemma: string | undefined,
  ) {}
}

function punct(text: string, start: number, end: number): Tok {
  return new Token('punct', start, end, text, text, false, false, -1, 0, undefined);
}

/** A token standing for a whole quotation. */
export function quoteTok(start: number, end: number, index: number, text: string): Tok {
  return new Token('quote', start, end, text, '', false, false, index, 0, undefined);
}

/** Whether a quotation's own words end a sentence ("… right now." or "…?"). */
export function endsSentence(inner: string): boolean {
  return /[.!?…]["'”’»)\]]*\s*$/.test(inner);
}
