import { parseDate, yearOf } from './dates';

/** What Verbatim knows about a source article. Unknown fields are null, never guessed. */
export interface SourceMeta {
  /** Citation key: unique in the library, stable across runs, readable (`cnn-2025-belgorod`). */
  readonly key: string;
  readonly title: string | null;
  readonly author: string | null;
  readonly outlet: string | null;
  /** ISO 8601, possibly partial: `2025-04-18`, `2025-04` or `2025`. */
  readonly date: string | null;
  readonly url: string | null;
}

/** Metadata before a key has been settled: an explicit key if one was given. */
export type MetaDraft = Omit<SourceMeta, 'key'> & { key: string | null };

/** Pandoc's citation key syntax: a letter, digit or _ first, then those and internal punctuation. */
export const KEY_PATTERN = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])?$/u;

const STOP_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'as', 'is', 'are', 'was',
  'its', 'it', 'this', 'that', 'after', 'over', 'into', 'amid', 'new', 'update', 'says', 'said',
]);

/** Lower-case ASCII words of a string, accents removed. */
export function slugWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * Builds a readable key from what is known: outlet, year and a word of the title
 * (`cnn-2025-belgorod`); without an outlet, two title words and the year; failing all, the file name.
 */
export function generateKey(meta: Omit<MetaDraft, 'key'>, fileName: string): string {
  const year = yearOf(meta.date);
  const titleWords = slugWords(meta.title ?? '').filter((w) => !STOP_WORDS.has(w));
  const outlet = meta.outlet ? slugWords(meta.outlet).filter((w) => w !== 'the').join('-') : '';
  let parts: string[];
  if (outlet) {
    parts = [outlet, year ?? '', titleWords[0] ?? ''];
  } else if (titleWords.length > 0) {
    parts = [...titleWords.slice(0, 2), year ?? ''];
  } else {
    parts = [slugWords(fileName.replace(/\.[^.]+$/, '')).join('-') || 'source', year ?? ''];
  }
  return parts.filter((p) => p).join('-').slice(0, 48).replace(/-+$/, '');
}

/**
 * Guesses metadata for a source with neither catalog entry nor front matter: the first short line
 * that is not a sentence is the title, and a date near the top is the date.
 */
export function guessMetadata(paragraphTexts: readonly string[]): Omit<MetaDraft, 'key'> {
  let title: string | null = null;
  let date: string | null = null;
  for (const raw of paragraphTexts.slice(0, 6)) {
    const text = raw.replace(/^#+\s*/, '').trim();
    const found = parseDate(text);
    if (found && text.length < 60) {
      date ??= found;
      continue;
    }
    if (title === null && text.length >= 8 && text.length <= 160 && !/[.:;,]$/.test(text) && !/\.\s+\p{Lu}/u.test(text)) {
      title = text;
    }
  }
  return { title, author: null, outlet: null, date, url: null };
}

/** Reads metadata fields from front matter or a catalog entry, reporting fields of the wrong type. */
export function readMetaFields(fields: Readonly<Record<string, unknown>>, problems: string[]): Partial<MetaDraft> {
  const out: { -readonly [K in keyof MetaDraft]?: MetaDraft[K] } = {};
  for (const name of ['key', 'title', 'outlet', 'url'] as const) {
    const v = fields[name];
    if (typeof v === 'string' && v.trim()) {
      out[name] = v.trim();
    } else if (v !== undefined && v !== null) {
      problems.push(`"${name}" should be text`);
    }
  }
  const author = fields.author;
  if (typeof author === 'string' && author.trim()) {
    out.author = author.trim();
  } else if (Array.isArray(author) && author.every((a) => typeof a === 'string')) {
    out.author = author.join(', ');
  } else if (author !== undefined && author !== null) {
    problems.push('"author" should be text or a list of names');
  }
  const date = fields.date;
  if (date instanceof Date) {
    out.date = date.toISOString().slice(0, 10);
  } else if (typeof date === 'string' || typeof date === 'number') {
    const parsed = parseDate(String(date));
    if (parsed) {
      out.date = parsed;
    } else {
      problems.push(`"date" is not a date I can read: ${JSON.stringify(date)}`);
    }
  } else if (date !== undefined && date !== null) {
    problems.push('"date" should be a date such as 2025-04-07');
  }
  if (typeof out.key === 'string' && !KEY_PATTERN.test(out.key)) {
    problems.push(`"key" ${JSON.stringify(out.key)} is not a valid citation key (letters, digits, _ and -: e.g. cnn-2025-belgorod)`);
    delete out.key;
  }
  return out;
}
