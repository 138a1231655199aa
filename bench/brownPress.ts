import { brownBlocks, brownWord, detokenize, taggedWord } from './corpus';

/** A Brown corpus text as plain prose, with the quotations its own quote marks delimit. */
export interface BrownText {
  readonly id: string;
  readonly text: string;
  /** Paragraph offsets (paragraphs are separated by a blank line). */
  readonly paragraphs: readonly { readonly start: number; readonly end: number }[];
  /** Each `` … '' span, in order: offsets with the marks, and of the words inside. An opening mark with no closing one runs to the next opening mark or the paragraph's end. */
  readonly quotes: readonly { readonly start: number; readonly end: number; readonly innerStart: number; readonly innerEnd: number }[];
}

/**
 * Renders a tagged Brown text (`ca01` …) as prose: tags dropped, one paragraph per block, headlines
 * as paragraphs of their own. The quotations are read from the corpus's `` and '' tokens, so they
 * do not depend on Verbatim's quote scanner.
 */
export function brownText(id: string): BrownText {
  const paragraphs: string[] = [];
  for (const block of brownBlocks(id)) {
    const sentences: string[] = [];
    for (const tagged of block) {
      const words = tagged.map((t) => brownWord(taggedWord(t)));
      const headline = tagged.some((t) => /-hl$/.test(t)) && tagged.every((t) => /-hl$/.test(t) || t === '``/``' || t === "''/''");
      if (headline) {
        if (sentences.length > 0) {
          paragraphs.push(sentences.join(' '));
          sentences.length = 0;
        }
        paragraphs.push(detokenize(words));
        continue;
      }
      sentences.push(detokenize(words));
    }
    if (sentences.length > 0) {
      paragraphs.push(sentences.join(' '));
    }
  }
  const text = paragraphs.join('\n\n');
  const spans: { start: number; end: number }[] = [];
  let at = 0;
  for (const p of paragraphs) {
    spans.push({ start: at, end: at + p.length });
    at += p.length + 2;
  }
  const quotes: { start: number; end: number; innerStart: number; innerEnd: number }[] = [];
  for (const p of spans) {
    let open = -1;
    const close = (end: number, markEnd: number) => {
      let innerEnd = end;
      while (innerEnd > open + 1 && /\s/.test(text[innerEnd - 1])) {
        innerEnd--;
      }
      quotes.push({ start: open, end: markEnd, innerStart: open + 1, innerEnd });
      open = -1;
    };
    for (let i = p.start; i < p.end; i++) {
      if (text[i] === '“') {
        if (open >= 0) {
          close(i, i);
        }
        open = i;
      } else if (text[i] === '”' && open >= 0) {
        close(i, i + 1);
      }
    }
    if (open >= 0) {
      close(p.end, p.end);
    }
  }
  return { id, text, paragraphs: spans, quotes };
}
