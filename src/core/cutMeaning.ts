import { Step } from './align';
import { Problem } from './diff';
import {
  AFFIRMING_IDIOMS, AUXILIARIES, CONTRASTS, HEDGES, isNegationWord, LIMITERS, MODAL_CLASS, QUANTIFIERS, SENTENCE_ADVERBS,
} from './meaningWords';
import { QuoteItem } from './quoteItems';
import { isNumber } from './tokens';

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

/** The cuts that change the meaning, and what a correction puts back. */
export interface CutReview {
  readonly problems: Problem[];
  /** Items (elisions and brackets) whose source words the correction restores. */
  readonly restore: ReadonlySet<number>;
  /** Source words [from, to) the corrected quotation covers (wider than the quotation's own when it cut a negation off). */
  readonly from: number;
  readonly to: number;
}

/** Most words of a dropped stretch quoted in a message. */
const QUOTED_WORDS = 6;
/** How far before a quotation a negation still governs its first words ("has not yet shared …"). */
const LOOK_BACK = 3;
/** Limiters that open a phrase or clause limiting the whole claim (not "only", which limits its next word). */
const CLAUSE_LIMITERS = new Set([...LIMITERS].filter((w) => w !== 'only'));
// Words before a qualifier that make it something else: "as if", "even if", "all but", "not yet".
const NOT_QUALIFYING: Readonly<Record<string, ReadonlySet<string>>> = {
  if: new Set(['as', 'even', 'what']),
  but: new Set(['all', 'nothing', 'anything', 'everything', 'none', 'last']),
  yet: new Set(['not', "n't", 'as']),
  only: new Set(['not', 'if']),
};

/**
 * Reviews an alignment's cuts for changes to what the source means, each problem naming in plain
 * words the source words it drops or changes:
 * - `elision-drops-negation`: an elision skips a negation whose scope (the rest of its clause, or of
 *   its sentence when the negation ends its clause: "did not, as feared, attack") keeps quoted words;
 * - `elision-drops-qualifier`: an elision skips a contrasting or limiting word whose scope keeps
 *   quoted words ("supports the concept … on how", dropping "but needs clarity"), or cuts a
 *   condition or exception out of the middle of a sentence ("all villages … were retaken");
 * - `bracket-changes-meaning`: a bracket drops a negation of the words it replaces, adds a number or
 *   a negation, or changes a modal, hedge or quantifier (could → will, nearly → none, some → all);
 * - `cut-at-negation`: the quotation starts within a few words after a negation of its own clause
 *   ("no sign of …"), or ends on an auxiliary right before one ("… would" | "not be delayed").
 * Asides and whole sentences with negations in them may be skipped freely. Positions in `steps`
 * are source word positions; `start` and `end` are the source words the quotation covers; `draft`
 * is the text the items' offsets point into. Unless `full`, only brackets are reviewed (for an
 * alignment that is not word for word anyway).
 */
export function reviewCuts(items: readonly QuoteItem[], steps: readonly Step[], start: number, end: number, view: PassageView, draft: string, full = true): CutReview {
  const problems: Problem[] = [];
  const restore = new Set<number>();
  let from = start;
  let to = end;
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
      const p = elisionProblem(s.from, s.to, kept, view);
      if (p) {
        problems.push(p);
        restore.add(s.item);
      }
    }
  }
  if (full && start < end) {
    const b = boundaryProblem(start, end, view);
    if (b) {
      problems.push(b.problem);
      from = Math.min(from, b.from);
      to = Math.max(to, b.to);
    }
  }
  return { problems, restore, from, to };
}

// A bracket at the start or end of a quotation lines up with no source words (the source's ends
// are free), yet it stands for the words just before or after: as many as it has, within the clause.
function edgeSpan(steps: readonly Step[], s: Step & { op: 'wildcard' }, count: number, view: PassageView): [number, number] {
  const k = steps.indexOf(s);
  const words = (list: readonly Step[]) => list.some((t) => t.op === 'equal' || t.op === 'replace');
  if (!words(steps.slice(0, k))) {
    let a = s.from;
    while (a > 0 && s.from - a < count && view.breakBefore(a) === Break.None) {
      a--;
    }
    return [a, s.from];
  }
  if (!words(steps.slice(k + 1))) {
    let b = s.to;
    while (b < view.length && b - s.to < count && view.breakBefore(b) === Break.None) {
      b++;
    }
    return [s.to, b];
  }
  return [s.from, s.to];
}

function elisionProblem(from: number, to: number, kept: ReadonlySet<number>, view: PassageView): Problem | undefined {
  for (let p = from; p < to; p++) {
    const w = view.word(p);
    const negation = isNegationWord(w);
    const qualifier = !negation && isQualifier(view, p);
    if (!negation && !qualifier) {
      continue;
    }
    const dangling = !SENTENCE_ADVERBS.has(w);
    const [a, b] = scope(view, p, dangling);
    let inScope = false;
    for (let q = a; q < b && !inScope; q++) {
      inScope = kept.has(q);
    }
    const excised = CLAUSE_LIMITERS.has(w) && !inScope && cutsMidSentence(view, p, kept);
    if (!inScope && !excised) {
      continue;
    }
    const dropped = quoted(view, p, to);
    if (negation) {
      return { code: 'elision-drops-negation', message: `the elision drops “${dropped}”: the source says the opposite` };
    }
    const what = LIMITERS.has(w) ? 'limits' : 'qualifies';
    return { code: 'elision-drops-qualifier', message: `the elision drops “${dropped}”, which ${what} what the source says: without it the quotation claims more` };
  }
  return undefined;
}

function isQualifier(view: PassageView, p: number): boolean {
  const w = view.word(p);
  if (!CONTRASTS.has(w) && !SENTENCE_ADVERBS.has(w) && !LIMITERS.has(w)) {
    return false;
  }
  const before = p > 0 && view.breakBefore(p) === Break.None ? view.word(p - 1) : '';
  return !NOT_QUALIFYING[w]?.has(before);
}

// The words a negation or qualifier at p governs: the rest of its clause, or when it ends its
// clause (a negation interrupted by an aside), the rest of its sentence.
function scope(view: PassageView, p: number, dangling: boolean): [number, number] {
  let end = p + 1;
  while (end < view.length && view.breakBefore(end) === Break.None) {
    end++;
  }
  if (end === p + 1 && dangling) {
    while (end < view.length && view.breakBefore(end) < Break.Sentence) {
      end++;
    }
  }
  return [p + 1, end];
}

// Quoted words both before p's clause and after it, within p's sentence: the cut takes a
// condition or an exception out of the middle of a claim.
function cutsMidSentence(view: PassageView, p: number, kept: ReadonlySet<number>): boolean {
  let clauseStart = p;
  while (clauseStart > 0 && view.breakBefore(clauseStart) === Break.None) {
    clauseStart--;
  }
  let clauseEnd = p + 1;
  while (clauseEnd < view.length && view.breakBefore(clauseEnd) === Break.None) {
    clauseEnd++;
  }
  let before = false;
  for (let q = clauseStart - 1; q >= 0 && !before; q--) {
    before = kept.has(q);
    if (view.breakBefore(q + 1) >= Break.Sentence) {
      break;
    }
  }
  if (!before) {
    return false;
  }
  for (let q = clauseEnd; q < view.length; q++) {
    if (kept.has(q)) {
      return true;
    }
    if (q + 1 < view.length && view.breakBefore(q + 1) >= Break.Sentence) {
      return false;
    }
  }
  return false;
}

function boundaryProblem(start: number, end: number, view: PassageView): { problem: Problem; from: number; to: number } | undefined {
  // Words first: the breaks (which read the source's text) only where a negation is near.
  for (let p = start - 1; p >= Math.max(0, start - LOOK_BACK); p--) {
    const w = view.word(p);
    if (isNegationWord(w) && !affirming(w, view.word(p + 1)) && sameClause(view, p, start)) {
      const problem = { code: 'cut-at-negation', message: `the quotation starts right after the source’s “${view.text(p, start)}”: the source says the opposite (“${quoted(view, p, end)}”)` };
      return { problem, from: p, to: end };
    }
  }
  if (end < view.length && isNegationWord(view.word(end)) && AUXILIARIES.has(view.word(end - 1)) && sameClause(view, end - 1, end)) {
    const problem = { code: 'cut-at-negation', message: `the quotation stops right before the source’s “${view.text(end, end + 1)}”: the source says the opposite (“…${view.text(Math.max(start, end - 3), Math.min(view.length, end + 3))}”)` };
    return { problem, from: start, to: end + 1 };
  }
  return undefined;
}

// No break between word p and word q (p < q).
function sameClause(view: PassageView, p: number, q: number): boolean {
  for (let k = p + 1; k <= q; k++) {
    if (view.breakBefore(k) !== Break.None) {
      return false;
    }
  }
  return true;
}

function affirming(negation: string, next: string): boolean {
  return AFFIRMING_IDIOMS.some(([a, b]) => a === negation && b === next);
}

function bracketProblem(words: readonly string[], from: number, to: number, view: PassageView, written: string): Problem | undefined {
  const source: string[] = [];
  for (let p = from; p < to; p++) {
    source.push(view.word(p));
  }
  const added: string[] = [];
  const dropped: string[] = [];
  const changed: string[] = [];
  const negations = (ws: readonly string[]) => ws.filter(isNegationWord);
  const [qNeg, sNeg] = [negations(words), negations(source)];
  if (sNeg.length > qNeg.length) {
    dropped.push(...sNeg.slice(qNeg.length));
  }
  added.push(...words.filter((w) => (isNegationWord(w) && qNeg.length > sNeg.length) || (isNumber(w) && !source.includes(w))));
  const modals = (ws: readonly string[]) => ws.filter((w) => MODAL_CLASS.has(w));
  const [qMod, sMod] = [modals(words), modals(source)];
  if (qMod.map((w) => MODAL_CLASS.get(w)).join() !== sMod.map((w) => MODAL_CLASS.get(w)).join()) {
    if (qMod.length > 0 && sMod.length > 0) {
      changed.push(`${sMod.join(' ')} → ${qMod.join(' ')}`);
    } else if (qMod.length > 0) {
      added.push(...qMod);
    } else {
      dropped.push(...sMod);
    }
  }
  for (const set of [HEDGES, QUANTIFIERS]) {
    const q = words.filter((w) => set.has(w));
    const s = source.filter((w) => set.has(w));
    if ([...q].sort().join() === [...s].sort().join()) {
      continue;
    }
    if (q.length > 0 && s.length > 0) {
      changed.push(`${s.join(' ')} → ${q.join(' ')}`);
    } else {
      (q.length > 0 ? added : dropped).push(...(q.length > 0 ? q : s));
    }
  }
  if (added.length + dropped.length + changed.length === 0) {
    return undefined;
  }
  const replaces = to > from ? ` replaces the source’s “${view.text(from, to)}”` : ' adds words the source does not have';
  const what = [
    ...changed,
    ...(dropped.length > 0 ? [`dropping “${dropped.join(' ')}”`] : []),
    ...(added.length > 0 ? [`adding “${added.join(' ')}”, which the source does not say`] : []),
  ].join(', ');
  const opposite = sNeg.length !== qNeg.length ? ': the source says the opposite' : '';
  return { code: 'bracket-changes-meaning', message: `the bracket “${written}”${replaces}: ${what}${opposite}` };
}

// Source words from p up to `to` (at most a few), as the source writes them.
function quoted(view: PassageView, p: number, to: number): string {
  const end = Math.min(to, p + QUOTED_WORDS);
  return view.text(p, end) + (end < to ? ' …' : '');
}
