// The misquote fix as the smallest edits: only the words that differ from the source change, and
// the draft's own line breaks and spacing stay. No `vscode` here (unit-tested in Node).

/** A replacement of `original[start, end)` by `text`. */
export interface WordEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The edits, and the changed words of the replacement with a word of context, for the fix's title. */
export interface WordingFix {
  readonly edits: readonly WordEdit[];
  /** "…killed 20 civilians…": each changed stretch of the new wording with a word either side. */
  readonly preview: string;
}

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Longer quotations are replaced whole (the word alignment costs the square of the length).
const MAX_ALIGNED_WORDS = 2000;

function words(text: string): Word[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

// Pairs of equal words (indexes in a and b) of a longest common subsequence, in order.
function commonWords(a: readonly Word[], b: readonly Word[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const table = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[at(i, j)] = a[i].text === b[j].text ? table[at(i + 1, j + 1)] + 1 : Math.max(table[at(i + 1, j)], table[at(i, j + 1)]);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i].text === b[j].text) {
      pairs.push([i++, j++]);
    } else if (table[at(i + 1, j)] >= table[at(i, j + 1)]) {
      i++;
    } else {
      j++;
    }
  }
  return pairs;
}

/**
 * The edits that turn `original` (the quotation as written, line breaks and all) into
 * `replacement` (the source's wording) word by word: words both have stay untouched with the white
 * space around them, so a hard-wrapped quotation keeps its lines.
 */
export function wordingFix(original: string, replacement: string): WordingFix {
  const a = words(original);
  const b = words(replacement);
  if (a.length === 0 || b.length === 0 || a.length > MAX_ALIGNED_WORDS || b.length > MAX_ALIGNED_WORDS) {
    return { edits: original === replacement ? [] : [{ start: 0, end: original.length, text: replacement }], preview: replacement };
  }
  const pairs = [...commonWords(a, b), [a.length, b.length] as [number, number]];
  const edits: WordEdit[] = [];
  const changed: [number, number][] = [];
  let prev: [number, number] = [-1, -1];
  for (const next of pairs) {
    const [i0, j0] = [prev[0] + 1, prev[1] + 1];
    const [i1, j1] = next;
    if (i1 > i0 || j1 > j0) {
      edits.push(gapEdit(original, replacement, a, b, [i0, i1], [j0, j1]));
      changed.push([j0, j1]);
    }
    prev = next;
  }
  return { edits, preview: changed.map(([j0, j1]) => context(replacement, b, j0, j1)).join(' ').replace(/… …/g, '…') };
}

// The edit for a stretch of differing words: a[i0, i1) of the original becomes b[j0, j1).
function gapEdit(original: string, replacement: string, a: readonly Word[], b: readonly Word[], [i0, i1]: [number, number], [j0, j1]: [number, number]): WordEdit {
  if (i1 === i0) {
    // Words to insert: after the previous common word with the space before them, or before the next one.
    return j0 > 0
      ? { start: a[i0 - 1].end, end: a[i0 - 1].end, text: replacement.slice(b[j0 - 1].end, b[j1 - 1].end) }
      : { start: a[i0].start, end: a[i0].start, text: replacement.slice(b[j0].start, b[j1].start) };
  }
  if (j1 === j0) {
    // Words to drop, with the white space before them (or after them, at the start).
    return i0 > 0 ? { start: a[i0 - 1].end, end: a[i1 - 1].end, text: '' } : { start: a[i0].start, end: i1 < a.length ? a[i1].start : a[i1 - 1].end, text: '' };
  }
  const start = a[i0].start;
  const end = a[i1 - 1].end;
  let text = replacement.slice(b[j0].start, b[j1 - 1].end);
  if (i1 - i0 === j1 - j0) {
    // As many words as before: each keeps the white space the draft had after it (line breaks too).
    text = b.slice(j0, j1).map((w, k) => w.text + (k < j1 - j0 - 1 ? original.slice(a[i0 + k].end, a[i0 + k + 1].start) : '')).join('');
  } else if (/\n/.test(original.slice(start, end))) {
    // A line break inside the changed words stays at about the same place.
    const share = (original.indexOf('\n', start) - start) / (end - start);
    const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
    const nearest = spaces.sort((x, y) => Math.abs(x / text.length - share) - Math.abs(y / text.length - share))[0];
    if (nearest !== undefined) {
      text = `${text.slice(0, nearest)}\n${text.slice(nearest + 1)}`;
    }
  }
  return { start, end, text };
}

// b[j0, j1) with a word of context either side, "…" where the wording goes on.
function context(text: string, b: readonly Word[], j0: number, j1: number): string {
  const from = Math.max(0, j0 - 1);
  const to = Math.min(b.length, j1 + 1);
  const shown = text.slice(b[from].start, b[to - 1].end).replace(/\s+/g, ' ');
  // The quotation's own trailing comma or colon is no part of the wording shown.
  return to < b.length ? `${from > 0 ? '…' : ''}${shown}…` : `${from > 0 ? '…' : ''}${shown.replace(/[,;:]+$/, '')}`;
}
