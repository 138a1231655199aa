import { Alignment } from './align';
import { DraftContext } from './cutEdges';
import { CutReview } from './cutMeaning';
import { Problem } from './diff';
import { Library } from './library';
import { QuoteItem } from './quoteItems';

/** One alignment of a quotation with a stretch of a source, judged. */
export interface Tried {
  readonly sourceIndex: number;
  /** The stretch of source words aligned with. */
  readonly lo: number;
  readonly hi: number;
  readonly alignment: Alignment;
  readonly problems: Problem[];
  /** Word for word, within the limits of elisions and brackets, and no cut changes the meaning. */
  readonly exact: boolean;
  readonly similarity: number;
  /** Source token range of a reordered quotation: the words it rearranges. */
  readonly reordered?: { readonly start: number; readonly end: number };
  /** Cuts that change the meaning, and what the correction puts back. */
  readonly cuts?: CutReview;
}

/** What judging one quotation needs besides its items. */
export interface Judging {
  readonly items: readonly QuoteItem[];
  readonly ids: Int32Array;
  readonly draft: string;
  readonly library: Library;
  /** The draft's words around the quotation, asked for when an edge of it meets a negation. */
  readonly context: () => DraftContext;
}

