// Citation keys offered while a citation is typed: after `[@` (or `; @`, `[see @` inside a bracket
// group) and after `[^`, every source of the library, found by key, title or outlet.
import { Library } from '../library';
import { outletAndDate, sourceName } from '../render/sourceNames';
import { Source } from '../source';

// A citation item of a Pandoc bracket group being typed: `[@par`, `[see @par`, `[@a; @par`, `[-@par`.
// The @ must follow the bracket, white space or `;`, so an e-mail address in brackets does not count.
const PANDOC_PARTIAL = /(?:^|[\s;])-?@([\p{L}\p{N}_:.#$%&+?<>~/-]*)$/u;
// A footnote reference being typed: `[^par`.
const FOOTNOTE_PARTIAL = /^\^([^\]\s]*)$/;

/** One key offered. */
export interface KeyCompletion {
  readonly key: string;
  readonly source: Source;
  /** The source's name (its title). */
  readonly detail: string;
  /** "Outlet · 7 April 2025", or empty. */
  readonly outletAndDate: string;
  /** What typing may match: the key, the name and the outlet. */
  readonly filterText: string;
}

/** The part of a key typed so far, when the text before the cursor is inside an open citation bracket. */
export function partialKey(before: string): string | undefined {
  const open = before.lastIndexOf('[');
  if (open < 0 || before.indexOf(']', open) >= 0) {
    return undefined;
  }
  const inside = before.slice(open + 1);
  return (FOOTNOTE_PARTIAL.exec(inside) ?? PANDOC_PARTIAL.exec(inside))?.[1];
}

/**
 * The keys to offer with the line's text before the cursor, and how many characters before the
 * cursor they replace; undefined where no citation is being typed. Beyond `limit` sources, only
 * those that match what was typed, and not all of them (`complete` is false).
 */
export function keyCompletions(lineBefore: string, library: Library, limit = Infinity): { readonly typed: number; readonly items: KeyCompletion[]; readonly complete: boolean } | undefined {
  const partial = partialKey(lineBefore);
  if (partial === undefined) {
    return undefined;
  }
  const item = (source: Source): KeyCompletion => {
    const { key, title, outlet } = source.meta;
    return { key, source, detail: sourceName(source), outletAndDate: outletAndDate(source), filterText: [key, title ?? sourceName(source), outlet].filter((p) => p).join(' ') };
  };
  if (library.sources.length <= limit) {
    return { typed: partial.length, items: library.sources.map(item), complete: true };
  }
  // A large library: the sources whose key starts with what was typed first, then those whose
  // key, title or outlet holds it, up to the limit; the editor asks again as typing goes on.
  const typed = partial.toLowerCase();
  const starts: Source[] = [];
  const holds: Source[] = [];
  for (const source of library.sources) {
    if (starts.length >= limit) {
      break;
    }
    const { key, title, outlet } = source.meta;
    if (key.toLowerCase().startsWith(typed)) {
      starts.push(source);
    } else if (holds.length < limit && [key, title ?? '', outlet ?? ''].some((t) => t.toLowerCase().includes(typed))) {
      holds.push(source);
    }
  }
  return { typed: partial.length, items: [...starts, ...holds].slice(0, limit).map(item), complete: false };
}
