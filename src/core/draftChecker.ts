import { CheckOptions, checkDraftWith, DraftCheck } from './checker';
import { draftContext } from './cutMeaning';
import { Library } from './library';
import { QuoteItem } from './quoteItems';
import { Verdict, verifyItems } from './verifier';

/**
 * Checks a draft again and again as it is edited, verifying only the quotations whose verdict
 * inputs changed: a verdict depends only on the quotation's words and marks as written (and their
 * places relative to each other), the keys it is cited to and the library — and, where the source
 * has a negation at its edge, the draft's few words around it (see `draftContext`) — so a
 * quotation that merely moved keeps its verdict. Everything else (offsets, citations, skipping) is worked out
 * afresh on every check, so {@link check} gives exactly what {@link checkDraft} gives.
 */
export class DraftChecker {
  private verdicts = new Map<string, Judged>();
  private verifiedLast = 0;

  constructor(
    readonly library: Library,
    readonly options: CheckOptions = {},
  ) {}

  /** The draft's quotations and citations, as `checkDraft(text, library, options)` gives them. */
  check(text: string): DraftCheck {
    const next = new Map<string, Judged>();
    let verified = 0;
    const result = checkDraftWith(text, this.library, this.options, (items, draft, library, citedKeys) => {
      const key = verdictKey(items, draft, citedKeys);
      let judged = next.get(key) ?? this.verdicts.get(key);
      // A verdict that depended on the words around the quotation holds while they are the same.
      if (judged?.context !== undefined && judged.context !== contextKey(items, draft)) {
        judged = undefined;
      }
      if (!judged) {
        const verdict = verifyItems(items, draft, library, citedKeys);
        judged = { verdict, context: verdict.contextual ? contextKey(items, draft) : undefined };
        verified++;
      }
      next.set(key, judged);
      return judged.verdict;
    });
    this.verdicts = next;
    this.verifiedLast = verified;
    return result;
  }

  /** How many quotations the last {@link check} had to verify (the others kept their verdicts). */
  get verifiedInLastCheck(): number {
    return this.verifiedLast;
  }
}

interface Judged {
  readonly verdict: Verdict;
  /** The words around the quotation the verdict depended on, if it did. */
  readonly context: string | undefined;
}

// The quotation's text from its first item to its last, the items' places in it, and the cited keys.
function verdictKey(items: readonly QuoteItem[], draft: string, citedKeys: readonly string[]): string {
  if (items.length === 0) {
    return `\u0001${citedKeys.join('\u0001')}`;
  }
  const first = items[0];
  const last = items[items.length - 1];
  const base = first.kind === 'word' ? first.token.start : first.start;
  const end = last.kind === 'word' ? last.token.end : last.end;
  const places = items.map((it) => (it.kind === 'word' ? `${it.token.start - base}-${it.token.end - base}` : `${it.kind[0]}${it.start - base}-${it.end - base}`));
  return `${citedKeys.join('\u0001')}\u0002${places.join(',')}\u0002${draft.slice(base, end)}`;
}

function contextKey(items: readonly QuoteItem[], draft: string): string {
  const { before, after } = draftContext(items, draft);
  return `${before.join(' ')}\u0002${after.join(' ')}`;
}
