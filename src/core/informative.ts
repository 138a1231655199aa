import { Alignment } from './align';
import { FUNCTION_WORDS } from './functionWords';
import { QuoteItem } from './quoteItems';

/** What weighing a quotation's words needs: its items, their word ids, and the library's words. */
export interface Weighing {
  readonly items: readonly QuoteItem[];
  readonly ids: Int32Array;
  readonly library: {
    readonly index: { frequencyOf(id: number): number; readonly sourceStarts: Uint32Array };
    readonly vocabulary: { word(id: number): string };
  };
}

/**
 * How clearly an alignment points at its passage: the share of the information that it lines up,
 * on the quotation's side and on the passage's, whichever is less. A word's information is its
 * rarity in the library (the log of how many words the library has per use of it; a word no
 * source has weighs most); function words ("the", "is", "of", "over") weigh nothing. A quotation
 * that shares only those with a passage, or only a few of the passage's distinctive words, does
 * not point at it. With `from`, the alignment is of items [from, to) (its steps count from `from`).
 */
export function informativeShare(w: Weighing, alignment: Alignment, sourceWords: Uint32Array, from = 0, to = w.items.length): number {
  const { index, vocabulary } = w.library;
  const total = index.sourceStarts[index.sourceStarts.length - 1] ?? 0;
  const weight = (id: number) => (id >= 0 && FUNCTION_WORDS.has(vocabulary.word(id)) ? 0 : Math.log((total + 1) / ((id >= 0 ? index.frequencyOf(id) : 0) + 1)));
  let quoted = 0;
  for (let i = from; i < to; i++) {
    if (w.items[i].kind === 'word') {
      quoted += weight(w.ids[i]);
    }
  }
  let matched = 0;
  let passage = 0;
  const skipped = new Set<number>();
  for (const s of alignment.steps) {
    if (s.op === 'equal') {
      matched += weight(w.ids[from + s.item]);
    } else if (s.op === 'wildcard') {
      for (let p = s.from; p < s.to; p++) {
        skipped.add(p);
      }
    }
  }
  // The passage is as long as the quotation: words the quotation adds at either end stand for
  // the source's words there, which it did not line up.
  const steps = alignment.steps;
  let lead = 0;
  while (lead < steps.length && steps[lead].op === 'insert') {
    lead++;
  }
  let trail = 0;
  while (trail < steps.length - lead && steps[steps.length - 1 - trail].op === 'insert') {
    trail++;
  }
  const start = Math.max(0, alignment.sourceStart - lead);
  const end = Math.min(sourceWords.length, alignment.sourceEnd + trail);
  for (let p = start; p < end; p++) {
    passage += skipped.has(p) ? 0 : weight(sourceWords[p]);
  }
  return quoted > 0 && passage > 0 ? Math.min(matched / quoted, matched / passage) : 0;
}
