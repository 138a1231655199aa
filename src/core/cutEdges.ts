import { Step } from './align';
import { Problem } from './diff';
import { AFFIRMING_IDIOMS, AUXILIARIES, HEDGES, isNegationWord, NEGATIVE_PREDICATES, QUESTIONS, START_HEDGES } from './meaningWords';
import { Break, PassageView, sameClause } from './passageView';

/** How far before a quotation a negation still governs its first words ("has not yet shared …"). */
const LOOK_BACK = 3;
/** How far before a quotation a question still holds it ("or whether the move is an effort | to relieve …"). */
const QUESTION_LOOK_BACK = 6;
/** Auxiliaries and copulas between a quotation's end and the negation of its claim ("remains unlikely"). */
const LOOK_AHEAD = 2;
/** Most words of a stretch quoted in a message. */
const QUOTED_WORDS = 6;

/** The draft's words just outside a quotation, normalised: the last few before it, the first few after. */
export interface DraftContext {
  readonly before: readonly string[];
  readonly after: readonly string[];
}

/** A cut at a quotation's edge that changes its meaning, and the source words a correction covers. */
export interface EdgeCut {
  readonly problem: Problem;
  readonly from: number;
  readonly to: number;
}

/**
 * Cuts at a quotation's edges that change its meaning:
 * - `cut-at-negation`: the quotation [start, end) starts within a few words after a negation or a
 *   doubt of its own clause ("no sign of …", "has not yet shared …", "It is unclear whether …"), or
 *   stops where its clause goes on to deny it: on an auxiliary right before "not" ("… would" |
 *   "not be delayed"), or right before a copula and a doubting adjective ("… a major
 *   breakthrough" | "remains unlikely");
 *   A question counts as a doubt: "analysts have asked whether | the cost … is too high";
 * - `cut-at-hedge`: it starts right after the reporter's hedge ("appears to be | aimed at …",
 *   "reportedly").
 * Not when the writer's own words around the quote marks carry the denial or the hedge on:
 * `context` gives the draft's last words before the quotation and its first words after,
 * normalised (asked for only when a denial or hedge is at an edge).
 */
export function edgeCut(start: number, end: number, view: PassageView, context: () => DraftContext): EdgeCut | undefined {
  // Words first: the breaks (which read the source's text) only where a denial or hedge is near.
  // A denial anywhere in reach comes before a hedge nearer the quotation ("unclear whether").
  let found: { p: number; family: Family } | undefined;
  for (let p = start - 1; p >= Math.max(0, start - QUESTION_LOOK_BACK); p--) {
    const w = view.word(p);
    const family = start - p <= LOOK_BACK ? familyOf(w, view.word(p + 1)) : QUESTIONS.has(w) ? 'denial' : undefined;
    if (family && (!found || (found.family === 'hedge' && family === 'denial')) && sameClause(view, p, start)) {
      found = { p, family };
    }
  }
  if (found && !carried(found.family, context().before)) {
    const { p, family } = found;
    const w = view.word(p);
    const problem: Problem =
      family === 'denial'
        ? { code: 'cut-at-negation', message: `the quotation starts right after the source’s “${view.text(p, start)}”: the source ${QUESTIONS.has(w) ? 'only asks whether' : 'says the opposite'} (“${quoted(view, p, end)}”)` }
        : { code: 'cut-at-hedge', message: `the quotation starts right after the source’s “${view.text(p, start)}”: the source only supposes what the quotation states (“${quoted(view, p, end)}”)` };
    return { problem, from: p, to: end };
  }
  let q = end;
  while (q < view.length && q - end < LOOK_AHEAD && AUXILIARIES.has(view.word(q))) {
    q++;
  }
  if (q >= view.length) {
    return undefined;
  }
  const w = view.word(q);
  // Right after the quotation, the denial must follow an auxiliary: the quotation's last word, or one of the source's.
  // "… would" | "not be delayed" denies the quotation's own verb; "… a strong response" | "would not
  // be delayed" only the delay, but "… a major breakthrough" | "remains unlikely" the whole claim.
  const doubted = NEGATIVE_PREDICATES.has(w);
  const denies = q === end ? AUXILIARIES.has(view.word(end - 1)) && (doubted || (isNegationWord(w) && !affirming(w, view.word(q + 1) ?? ''))) : doubted;
  if (denies && sameClause(view, end - 1, q) && !carried('denial', context().after)) {
    const problem: Problem = { code: 'cut-at-negation', message: `the quotation stops right before the source’s “${view.text(end, q + 1)}”: the source says the opposite (“…${view.text(Math.max(start, end - 3), q + 1)}”)` };
    return { problem, from: start, to: q + 1 };
  }
  return undefined;
}

/**
 * A bracket at the start or end of a quotation lines up with no source words (the source's ends
 * are free), yet it stands for the words just before or after: as many as it has, within the clause.
 */
export function edgeSpan(steps: readonly Step[], s: Step & { op: 'wildcard' }, count: number, view: PassageView): [number, number] {
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

function affirming(negation: string, next: string): boolean {
  return AFFIRMING_IDIOMS.some(([a, b]) => a === negation && b === next);
}

type Family = 'denial' | 'hedge';

// Which kind of word, if any, takes back what follows it: a denial or a question ("no",
// "unclear", "whether") or the reporter's hedge ("appears", "reportedly").
function familyOf(word: string, next: string): Family | undefined {
  if ((isNegationWord(word) && !affirming(word, next)) || NEGATIVE_PREDICATES.has(word) || QUESTIONS.has(word)) {
    return 'denial';
  }
  return START_HEDGES.has(word) ? 'hedge' : undefined;
}

// The writer's own words carry the source's denial or hedge on, just outside the quote marks:
// Russia has shown no “sign of slowing …”; neither Kyiv nor Moscow “has officially confirmed …”.
function carried(family: Family, draft: readonly string[]): boolean {
  return draft.some((w) => familyOf(w, '') === family || (family === 'hedge' && HEDGES.has(w)));
}

/** Source words from p up to `to` (at most a few), as the source writes them. */
export function quoted(view: PassageView, p: number, to: number): string {
  const end = Math.min(to, p + QUOTED_WORDS);
  return view.text(p, end) + (end < to ? ' …' : '');
}
