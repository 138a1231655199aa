import { DETERMINERS, HONORIFICS, NAME_PARTICLES, ROLE_WORDS } from './lexicon';

/** A person's name split into what identifies them. */
export interface NameParts {
  /** Given names and initials, as written ("Volodymyr", "J.", "M."). */
  readonly given: readonly string[];
  /** The surname as written ("Zelenskyy", "von der Leyen"). */
  readonly surname: string;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', '2', '3', 'esq']);
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*\.?/gu;

/**
 * Splits a name into given names and surname: titles, roles and honorifics in front ("President",
 * "Gov.", "Mr.") and suffixes behind ("Jr.") are left out, lower-case particles join the surname
 * ("Ursula von der Leyen": given ["Ursula"], surname "von der Leyen"). Undefined for a string with
 * no word.
 */
export function nameParts(name: string): NameParts | undefined {
  const words = (name.match(WORD) ?? []).map((w) => w.replace(/['’]s$/, ''));
  while (words.length > 1 && isTitle(words[0])) {
    words.shift();
  }
  while (words.length > 1 && SUFFIXES.has(bare(words[words.length - 1]))) {
    words.pop();
  }
  if (words.length === 0) {
    return undefined;
  }
  if (!isCapitalised(words[words.length - 1])) {
    // A description ("the jury", "a House Democratic leader"): its head noun and what qualifies it.
    return { given: words.slice(0, -1).map((w) => w.toLowerCase()), surname: words[words.length - 1].toLowerCase() };
  }
  // The name is the run of capitalised words (and particles inside it) at the end.
  let first = words.length - 1;
  while (first > 0 && (isCapitalised(words[first - 1]) || NAME_PARTICLES.has(words[first - 1])) && !isTitle(words[first - 1])) {
    first--;
  }
  let s = words.length - 1;
  while (s > first && NAME_PARTICLES.has(words[s - 1])) {
    s--;
  }
  return { given: words.slice(first, s).filter((w) => !NAME_PARTICLES.has(w)), surname: words.slice(s).join(' ') };
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function bare(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

function isTitle(word: string): boolean {
  const w = bare(word);
  return ROLE_WORDS.has(w) || HONORIFICS.has(w) || DETERMINERS.has(w);
}

/**
 * A spelling-tolerant key for one name: letters without accents, lower case, and the usual
 * variants of romanised Slavic, Arabic and German names folded together: -yy, -iy, -yi, -ii and
 * -y (Zelenskyy, Zelenskiy, Zelensky; Syrskyi, Syrsky), w/v (Wolodymyr, Volodymyr), kh/h,
 * ts/tz/c, j/y before a vowel at the start (Jurij, Yuriy), ph/f, doubled letters, -off/-ov, and the
 * Ukrainian/Russian -iy/-ij endings. Names that differ in more than that (Podolyak and Podolyaka)
 * keep different keys.
 */
export function foldName(name: string): string {
  let folded = foldCache.get(name);
  if (folded === undefined) {
    folded = fold(name);
    if (foldCache.size > 50000) {
      foldCache.clear();
    }
    foldCache.set(name, folded);
  }
  return folded;
}

const foldCache = new Map<string, string>();

function fold(name: string): string {
  let s = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`.\-\s]/g, '');
  s = s
    .replace(/^j(?=[aeiou])/, 'y')
    .replace(/^ye/, 'e')
    .replace(/w/g, 'v')
    .replace(/kh/g, 'h')
    .replace(/(?:ts|tz|tch|tsch)/g, 'c')
    .replace(/ph/g, 'f')
    .replace(/sch/g, 'sh')
    .replace(/ck/g, 'k')
    .replace(/off$/, 'ov')
    .replace(/(?:iy|yi|ij|ii|yy|yj|i)$/, 'y')
    .replace(/(.)\1+/g, '$1');
  return s;
}

/** The key two spellings of one surname share ({@link foldName} of the surname), or "" for no name. */
export function surnameKey(name: string): string {
  const parts = nameParts(name);
  return parts ? foldName(parts.surname) : '';
}

/** What identifies a name for comparison: its folded surname and given names. */
export interface NameKey {
  /** {@link foldName} of the surname ("" for no name). */
  readonly surname: string;
  /** Folded given names that are not initials. */
  readonly given: readonly string[];
  /** First letter of the first given name or initial (folded), or "". */
  readonly initial: string;
}

const keyCache = new Map<string, NameKey>();

/** The {@link NameKey} of a name (cached). */
export function nameKey(name: string): NameKey {
  let k = keyCache.get(name);
  if (k === undefined) {
    const parts = nameParts(name);
    const given = parts ? parts.given.filter((w) => !/^\p{L}\.?$/u.test(w)).map(foldName) : [];
    k = { surname: parts ? foldName(parts.surname) : '', given, initial: parts && parts.given.length > 0 ? foldName(parts.given[0])[0] ?? '' : '' };
    if (keyCache.size > 50000) {
      keyCache.clear();
    }
    keyCache.set(name, k);
  }
  return k;
}

// Two given names are compatible when one is missing, one is the other's initial, or they fold alike.
function givenCompatible(a: NameKey, b: NameKey): boolean {
  if (a.given.length > 0 && b.given.length > 0) {
    return a.given[0] === b.given[0] || a.given[0].startsWith(b.given[0]) || b.given[0].startsWith(a.given[0]);
  }
  const ia = a.initial;
  const ib = b.initial;
  return ia === '' || ib === '' || ia === ib || (ia === 'y' && ib === 'e') || (ia === 'e' && ib === 'y');
}

/** Whether two name keys can be one person (see {@link sameSpeaker}). */
export function sameKey(a: NameKey, b: NameKey): boolean {
  if (a.surname === '' || b.surname === '') {
    return false;
  }
  if (a.surname === b.surname) {
    return givenCompatible(a, b);
  }
  // One word alone may be the other's first name too: "Xi" and "Xi Jinping", "Mickey" and "Mickey Mantle".
  return firstNameAlone(a, b) || firstNameAlone(b, a);
}

// A familiar form counts too: "Frankie" for Frank Sinatra.
function firstNameAlone(p: NameKey, q: NameKey): boolean {
  if (p.initial !== '' || q.given.length !== 1) {
    return false;
  }
  const a = p.surname;
  const b = q.given[0];
  return a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));
}

/**
 * Whether two names can be the same person: the surnames match under {@link foldName} and the
 * given names do not conflict ("President Volodymyr Zelensky", "Zelenskyy" and "V. Zelenskiy" are one
 * person; "Walter H. Jones" and "Bill Jones" are two); a single word may also be the other's first
 * name ("Xi", "Xi Jinping"). Titles and honorifics are ignored. For a description rather than a
 * name ("the jury", "a Kremlin spokesman") the head nouns and what qualifies them are compared.
 */
export function sameSpeaker(a: string, b: string): boolean {
  return sameKey(nameKey(a), nameKey(b));
}
