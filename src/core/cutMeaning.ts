import { Step } from './align';
import { bracketProblem } from './bracketMeaning';
import { DraftContext, edgeCut, edgeSpan, quoted } from './cutEdges';
import { Problem } from './diff';
import { CLAIM_VERBS, CONTRASTS, HEDGE_PHRASES, HEDGE_VERBS, HEDGES, isNegationWord, LIMITERS, MODAL_CLASS, NEGATIVE_PREDICATES, NUMBER_BOUNDS, QUANTIFIERS, SENTENCE_ADVERBS, SPEECH_VERBS } from './meaningWords';
import { Break, lastBreak, nextBreak, PassageView, phraseAt } from './passageView';
import { QuoteItem } from './quoteItems';
import { isNumber, tokenize } from './tokens';

export { Break } from './passageView';
export type { PassageView } from './passageView';

/** The cuts that change the meaning, and what a correction puts back. */
export interface CutReview {
  readonly problems: Problem[];
  /** Items (elisions and brackets) whose source words the correction restores. */
  readonly restore: ReadonlySet<number>;
  /** Source words [from, to) the corrected quotation covers (wider than the quotation's own when it cut a negation off). */
  readonly from: number;
  readonly to: number;
}

/** Limiters that open a phrase or clause limiting the whole claim (not "only", which limits its next word). */
const CLAUSE_LIMITERS = new Set([...LIMITERS].filter((w) => w !== 'only'));
// Words before a qualifier that make it something else: "as if", "even if", "all but", "not yet".
const NOT_QUALIFYING: Readonly<Record<string, ReadonlySet<string>>> = {
  if: new Set(['as', 'even', 'what']),
  but: new Set(['all', 'nothing', 'anything', 'everything', 'none', 'last']),
  yet: new Set(['not', "n't", 'as']),
  only: new Set(['not', 'if']),
};
/** Words of the draft around a quotation read for what it carries on (see `edgeCut`). */
const DRAFT_CONTEXT = 4;

/**
 * Reviews an alignment's cuts for changes to what the source means, each problem naming in plain
 * words the source words it drops or changes:
 * - `elision-drops-negation`: an elision skips a negation whose scope (the rest of its clause, or of
 *   its sentence when the negation ends its clause: "did not, as feared, attack") keeps quoted words;
 * - `elision-drops-qualifier`: an elision skips a contrast, a limit, a hedge or modal, or a bound on
 *   a figure whose scope keeps quoted words ("supports the concept … on how", dropping "but needs
 *   clarity"; "having advanced … 30 kilometers", dropping "up to"), or cuts a condition or an
 *   exception out of the middle of a sentence ("all villages … were retaken");
 * - `bracket-changes-meaning`: see `bracketProblem`;
 * - `cut-at-negation`: see `edgeCut`.
 * Asides and whole sentences with negations in them may be skipped freely. Positions in `steps`
 * are source word positions; `start` and `end` are the source words the quotation covers; `draft`
 * is the text the items' offsets point into, and `context` its words around the quotation. Unless
 * `full`, only brackets are reviewed (for an alignment that is not word for word anyway).
 */
export function reviewCuts(
  items: readonly QuoteItem[],
  steps: readonly Step[],
  start: number,
  end: number,
  view: PassageView,
  draft: string,
  full = true,
  context: () => DraftContext = () => draftContext(items, draft),
): CutReview {
  const problems: Problem[] = [];
  const restore = new Set<number>();
  let from = start;
  let to = end;
  // The source words the quotation keeps (brackets keep what they stand for), when an elision needs them.
  let kept: Set<number> | undefined;
  const keptWords = () => (kept ??= keptPositions(items, steps));
  for (const s of steps) {
    if (s.op !== 'wildcard') {
      continue;
    }
    const item = items[s.item];
    if (item.kind === 'bracket') {
      const words = item.words.map((w) => w.norm);
      const [a, b] = s.from === s.to ? edgeSpan(steps, s, words.length, view) : [s.from, s.to];
      const p = bracketProblem(words, a, b, view, draft.slice(item.start, item.end));
      if (p) {
        problems.push(p);
        restore.add(s.item);
        from = Math.min(from, a);
        to = Math.max(to, b);
      }
    } else if (full && s.to > s.from) {
      const p = elisionProblem(s.from, s.to, keptWords(), view);
      if (p) {
        problems.push(p);
        restore.add(s.item);
      }
    }
  }
  if (full && start < end && items.length > 0) {
    const e = edgeCut(start, end, view, context);
    if (e) {
      problems.push(e.problem);
      from = Math.min(from, e.from);
      to = Math.max(to, e.to);
    }
  }
  return { problems, restore, from, to };
}

/**
 * The draft's words just outside a quotation (normalised, a few each side): the verdict on its
 * edges depends on them (Russia has shown no “sign of slowing …” carries the "no" on).
 */
export function draftContext(items: readonly QuoteItem[], draft: string): DraftContext {
  if (items.length === 0) {
    return { before: [], after: [] };
  }
  const first = itemStart(items[0]);
  const last = itemEnd(items[items.length - 1]);
  const before = tokenize(draft, Math.max(0, first - 80), first).map((t) => t.norm).slice(-DRAFT_CONTEXT);
  const after = tokenize(draft, last, Math.min(draft.length, last + 80)).map((t) => t.norm).slice(0, DRAFT_CONTEXT);
  return { before, after };
}

const itemStart = (it: QuoteItem) => (it.kind === 'word' ? it.token.start : it.start);
const itemEnd = (it: QuoteItem) => (it.kind === 'word' ? it.token.end : it.end);

function keptPositions(items: readonly QuoteItem[], steps: readonly Step[]): Set<number> {
  const kept = new Set<number>();
  for (const s of steps) {
    if (s.op === 'equal' || s.op === 'replace') {
      kept.add(s.source);
    } else if (s.op === 'wildcard' && items[s.item].kind === 'bracket') {
      for (let p = s.from; p < s.to; p++) {
        kept.add(p);
      }
    }
  }
  return kept;
}

type Kind = 'negation' | 'contrast' | 'limit' | 'hedge' | 'bound' | 'quantity' | 'time';

function elisionProblem(from: number, to: number, kept: ReadonlySet<number>, view: PassageView): Problem | undefined {
  for (let p = from; p < to; p++) {
    const kind = kindAt(view, p);
    if (!kind) {
      continue;
    }
    const w = view.word(p);
    let inScope = false;
    if (kind === 'time') {
      // What it bounds comes before it: "highest intensity | yet this year".
      inScope = kept.has(p - 1);
    } else if (kind === 'bound') {
      // The figure it bounds, just after it, is quoted.
      const phrase = BOUNDS_BY_WORD.get(w)?.find((b) => phraseAt(view, p, b)) ?? [w];
      inScope = kept.has(p + phrase.length);
    } else {
      const phrase = kind === 'hedge' ? HEDGES_BY_WORD.get(w)?.find((h) => phraseAt(view, p, h)) : undefined;
      const [a, b] = scope(view, p + (phrase ? phrase.length - 1 : 0));
      for (let q = a; q < b && !inScope; q++) {
        inScope = kept.has(q);
      }
    }
    const excised = kind === 'limit' && CLAUSE_LIMITERS.has(w) && !inScope && cutsMidSentence(view, p, kept);
    // "Russian sources said … those forces were stopped" may drop "They claimed": it still says whose claim it is.
    const attributed = CLAIM_VERBS.has(w) && [...kept].some((q) => q < from && SPEECH_VERBS.has(view.word(q)));
    if ((!inScope && !excised) || attributed) {
      continue;
    }
    const dropped = quoted(view, p, to);
    switch (kind) {
      case 'negation':
        return { code: 'elision-drops-negation', message: `the elision drops “${dropped}”: the source says the opposite` };
      case 'hedge':
        return { code: 'elision-drops-qualifier', message: `the elision drops “${dropped}”, which hedges what the source says: without it the quotation states it as certain` };
      case 'bound':
        return { code: 'elision-drops-qualifier', message: `the elision drops “${dropped}”, which bounds the figure: without it the quotation states a flat number` };
      case 'time':
        return { code: 'elision-drops-qualifier', message: `the elision drops “${dropped}”, which bounds the claim in time: without it the quotation claims more` };
      case 'quantity':
        return { code: 'elision-drops-qualifier', message: `the elision drops “${dropped}”, which says how many: without it the quotation speaks for all` };
      default:
        return { code: 'elision-drops-qualifier', message: `the elision drops “${dropped}”, which ${kind === 'limit' ? 'limits' : 'qualifies'} what the source says: without it the quotation claims more` };
    }
  }
  return undefined;
}

// The phrases of a list by their first word: most words start none, and are passed over at once.
function byFirstWord(phrases: readonly (readonly string[])[]): ReadonlyMap<string, readonly (readonly string[])[]> {
  const map = new Map<string, (readonly string[])[]>();
  for (const p of phrases) {
    map.set(p[0], [...(map.get(p[0]) ?? []), p]);
  }
  return map;
}
const BOUNDS_BY_WORD = byFirstWord(NUMBER_BOUNDS);
const HEDGES_BY_WORD = byFirstWord(HEDGE_PHRASES);

// What a source word does to the claim around it, if anything a cut must keep.
function kindAt(view: PassageView, p: number): Kind | undefined {
  const w = view.word(p);
  if (isNegationWord(w) || NEGATIVE_PREDICATES.has(w)) {
    return 'negation';
  }
  if (QUANTIFIERS.has(w)) {
    return 'quantity';
  }
  if (BOUNDS_BY_WORD.get(w)?.some((b) => phraseAt(view, p, b) && p + b.length < view.length && isNumber(view.word(p + b.length)))) {
    return 'bound';
  }
  if (HEDGES.has(w) || HEDGE_VERBS.has(w) || MODAL_CLASS.has(w) || HEDGES_BY_WORD.get(w)?.some((h) => phraseAt(view, p, h))) {
    return 'hedge';
  }
  if (!CONTRASTS.has(w) && !SENTENCE_ADVERBS.has(w) && !LIMITERS.has(w)) {
    return undefined;
  }
  const before = p > 0 && view.breakBefore(p) === Break.None ? view.word(p - 1) : '';
  if (NOT_QUALIFYING[w]?.has(before)) {
    return undefined;
  }
  // "the highest intensity yet this year": "yet" after a word of its clause bounds it in time.
  if (w === 'yet' && before !== '' && !CONTRASTS.has(before)) {
    return 'time';
  }
  return LIMITERS.has(w) ? 'limit' : 'contrast';
}

// Contrasts that govern the whole sentence they open ("However, later reports …", "But Zelensky
// …"); "Though attacks have occurred, this is …" opens a clause of its own, the main one follows.
const SENTENCE_OPENERS = new Set([...SENTENCE_ADVERBS, 'but', 'yet']);

// The words a word at p governs: the rest of its clause; when it ends its clause (a negation
// interrupted by an aside: "did not, as feared, attack") or opens its sentence as a contrast
// ("However, later reports …"), the rest of its sentence. A sentence adverb between commas ("Ukraine, however,
// has …") governs nothing a cut could drop.
function scope(view: PassageView, p: number): [number, number] {
  const w = view.word(p);
  const opensSentence = view.breakBefore(p) >= Break.Sentence;
  let end = nextBreak(view, p, Break.Clause);
  if ((end === p + 1 && !SENTENCE_ADVERBS.has(w)) || (opensSentence && SENTENCE_OPENERS.has(w))) {
    end = nextBreak(view, p, Break.Sentence);
  }
  return [p + 1, end];
}

// The cut takes a condition or an exception away from a claim it goes on quoting: quoted words
// before p in its sentence, and quoted words after p's clause (in that sentence or the next:
// "allies may grow uneasy … However, …" drops "if strikes extend too far").
function cutsMidSentence(view: PassageView, p: number, kept: ReadonlySet<number>): boolean {
  const clauseEnd = nextBreak(view, p, Break.Clause);
  const sentenceStart = lastBreak(view, p, Break.Sentence);
  let before = false;
  for (let q = sentenceStart; q < p && !before; q++) {
    before = kept.has(q);
  }
  return before && [...kept].some((q) => q >= clauseEnd);
}
