/** How strongly two neighbouring source words are set apart. */
export const enum Break {
  None = 0,
  /** A comma, a dash, a parenthesis. */
  Clause = 1,
  /** A sentence end, a semicolon or a colon. */
  Sentence = 2,
  Paragraph = 3,
}

/** What the cut checks read of a source: its words, and the breaks between them. */
export interface PassageView {
  /** Number of words of the source. */
  readonly length: number;
  /** The normalised word at a position. */
  word(position: number): string;
  /** The break between word `position - 1` and word `position` (a paragraph break before the first word). */
  breakBefore(position: number): Break;
  /** Source words [from, to) as the source writes them. */
  text(from: number, to: number): string;
}

/** The first word after p that a break of at least `strength` comes before (or the end). */
export function nextBreak(view: PassageView, p: number, strength: Break): number {
  let end = p + 1;
  while (end < view.length && view.breakBefore(end) < strength) {
    end++;
  }
  return end;
}

/** The first word of the stretch holding p that a break of at least `strength` opens. */
export function lastBreak(view: PassageView, p: number, strength: Break): number {
  let start = p;
  while (start > 0 && view.breakBefore(start) < strength) {
    start--;
  }
  return start;
}

/** No break between word p and word q (p < q). */
export function sameClause(view: PassageView, p: number, q: number): boolean {
  for (let k = p + 1; k <= q; k++) {
    if (view.breakBefore(k) !== Break.None) {
      return false;
    }
  }
  return true;
}

/** Whether the words starting at p are `phrase`, within one clause. */
export function phraseAt(view: PassageView, p: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) {
    if (p + k >= view.length || view.word(p + k) !== phrase[k] || (k > 0 && view.breakBefore(p + k) !== Break.None)) {
      return false;
    }
  }
  return true;
}
