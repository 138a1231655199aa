// A search result as a picker row that shows why it matched: the label is a window of the passage
// around the matched words, the description the outlet and date, the detail the source's name.
// No `vscode` here (unit-tested in Node).
import { SearchHit } from '../search';
import { outletAndDate, sourceName } from './sourceNames';

/** The texts of one row. */
export interface SearchRow {
  readonly label: string;
  readonly description: string;
  readonly detail: string;
}

/** At most this many characters of passage in a row's label. */
export const ROW_CHARS = 64;
// The label and the description share one line of the picker, about this many characters wide:
// a longer label would push the outlet and date out of sight.
const LINE_CHARS = 74;
const MIN_LABEL_CHARS = 36;
// Words shown before the first matched word when the window starts mid-passage.
const LEAD_CHARS = 16;

/** The row of a search hit: the label leaves room on its line for the description. */
export function searchRow(hit: SearchHit): SearchRow {
  const description = outletAndDate(hit.source) || hit.source.meta.key;
  const width = Math.min(ROW_CHARS, Math.max(MIN_LABEL_CHARS, LINE_CHARS - description.length - 2));
  return { label: matchWindow(hit.text, hit.ranges, width), description, detail: `${sourceName(hit.source, 68)} · para ${hit.paragraph}` };
}

/**
 * At most `width` characters of `text` (white space collapsed) holding as many of the matched
 * `ranges` as fit, from a word break a little before the first: "…" leads when the window starts
 * mid-passage and ends it when the passage goes on.
 */
export function matchWindow(text: string, ranges: readonly { readonly start: number; readonly end: number }[], width = ROW_CHARS): string {
  // Collapse white space, keeping a map from the collapsed text back to `text`.
  let flat = '';
  const offsetOf: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const space = /\s/.test(text[i]);
    if (space && (flat.length === 0 || flat.endsWith(' '))) {
      continue;
    }
    flat += space ? ' ' : text[i];
    offsetOf.push(i);
  }
  flat = flat.trimEnd();
  if (flat.length <= width) {
    return flat;
  }
  const toFlat = (offset: number) => {
    const k = offsetOf.findIndex((o) => o >= offset);
    return k < 0 ? flat.length : k;
  };
  const matched = ranges.map((r) => ({ start: toFlat(r.start), end: toFlat(r.end) })).filter((r) => r.end > r.start);
  if (matched.length === 0) {
    return cut(flat, 0, width);
  }
  // The window holding the most matched characters: short query words also match inside other
  // words early in the passage, so the first range is not always where the match is.
  const room = width - 2;
  let best = { first: matched[0].start, last: matched[0].end, score: -1 };
  for (const r of matched) {
    const inside = matched.filter((x) => x.start >= r.start && x.end - r.start <= room);
    const score = inside.reduce((sum, x) => sum + (x.end - x.start), 0);
    if (score > best.score) {
      best = { first: r.start, last: Math.max(...inside.map((x) => x.end)), score };
    }
  }
  const { first, last } = best;
  // Room for a leading and a trailing "…".
  let start = Math.max(0, first - LEAD_CHARS, last - (width - 2));
  // A few words from the end of the passage: show them rather than more before the match.
  const toEnd = flat.length - (width - 1);
  if (toEnd > start && toEnd <= first && flat.length - last <= LEAD_CHARS) {
    start = toEnd;
  }
  if (start > 0 && flat[start - 1] !== ' ') {
    // Start at the next word, if that is still before the first matched word.
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  return cut(flat, start, width, last);
}

// flat[start, …) within `width` characters, "…" on the side(s) where text is left out; ends at a
// word break, but not before `keep`.
function cut(flat: string, start: number, width: number, keep = 0): string {
  const lead = start > 0 ? '…' : '';
  const room = width - lead.length;
  if (flat.length - start <= room) {
    return lead + flat.slice(start);
  }
  let end = start + room - 1;
  if (/\S/.test(flat[end] ?? '') && /\S/.test(flat[end - 1] ?? '')) {
    const space = flat.lastIndexOf(' ', end);
    end = space > Math.max(keep - 1, start + room / 2) ? space : end;
  }
  return `${lead}${flat.slice(start, end).trimEnd()}…`;
}
