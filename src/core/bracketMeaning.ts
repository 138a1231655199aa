import { Problem } from './diff';
import { FREQUENCIES, HEDGE_VERBS, HEDGES, isNegationWord, LIMITERS, MODAL_CLASS, NEGATING_PREFIXES, NUMBER_BOUNDS, QUANTIFIERS } from './meaningWords';
import { PassageView } from './passageView';
import { isNumber } from './tokens';

/**
 * The problem of a bracket (its words `words`, normalised; written as `written`) that stands for
 * source words [from, to): it drops a negation of those words or adds one, adds a number, or
 * changes a modal (beyond the tense of reported speech), a hedge ("[prove]" for "suggest"), a
 * limit ("only"), a bound on a figure, a quantifier or a frequency ("[rarely]" for
 * "increasingly"). A negating prefix counts as a negation ("[acceptable]" for "unacceptable"). A name for a pronoun, a tense, a letter's case change nothing of that.
 */
export function bracketProblem(words: readonly string[], from: number, to: number, view: PassageView, written: string): Problem | undefined {
  const source: string[] = [];
  for (let p = from; p < to; p++) {
    source.push(view.word(p));
  }
  const added: string[] = [];
  const dropped: string[] = [];
  const changed: string[] = [];
  // A negating prefix counts as a negation where the bracket has the word without it: "[acceptable]" for "unacceptable".
  const prefixed = (ws: readonly string[], others: readonly string[]) => ws.filter((w) => NEGATING_PREFIXES.some((p) => w.startsWith(p) && others.includes(w.slice(p.length))));
  const [qPrefixed, sPrefixed] = [prefixed(words, source), prefixed(source, words)];
  const [qNeg, sNeg] = [[...words.filter(isNegationWord), ...qPrefixed], [...source.filter(isNegationWord), ...sPrefixed]];
  if (sNeg.length > qNeg.length) {
    dropped.push(...sNeg.slice(qNeg.length).map((w) => (sPrefixed.includes(w) ? negatingPrefix(w) : w)));
  } else if (qNeg.length > sNeg.length) {
    added.push(...qNeg.slice(sNeg.length).map((w) => (qPrefixed.includes(w) ? negatingPrefix(w) : w)));
  }
  added.push(...words.filter((w) => isNumber(w) && !source.includes(w)));
  const modals = (ws: readonly string[]) => ws.filter((w) => MODAL_CLASS.has(w) && !isNegationWord(w));
  compare(modals(words), modals(source), (ws) => ws.map((w) => MODAL_CLASS.get(w)).join(), added, dropped, changed);
  for (const set of [HEDGES, HEDGE_VERBS, LIMITERS, QUANTIFIERS, FREQUENCIES]) {
    const pick = (ws: readonly string[]) => ws.filter((w) => set.has(w));
    compare(pick(words), pick(source), (ws) => [...ws].sort().join(), added, dropped, changed);
  }
  // A bound is a bound when a figure follows it: in the words, or right after them in the source.
  const figureAfter = to < view.length && isNumber(view.word(to));
  compare(bounds(words, figureAfter), bounds(source, figureAfter), (ws) => [...ws].sort().join(), added, dropped, changed);
  if (added.length + dropped.length + changed.length === 0) {
    return undefined;
  }
  const replaces = to > from ? ` replaces the source’s “${view.text(from, to)}”` : ' adds words the source does not have';
  // Dropped words in the source's order: "could not", not "not could".
  dropped.sort((a, b) => source.indexOf(a) - source.indexOf(b));
  const what = [
    ...changed,
    ...(dropped.length > 0 ? [`dropping “${dropped.join(' ')}”`] : []),
    ...(added.length > 0 ? [`adding “${added.join(' ')}”, which the source does not say`] : []),
  ].join(', ');
  const opposite = sNeg.length !== qNeg.length ? ': the source says the opposite' : '';
  return { code: 'bracket-changes-meaning', message: `the bracket “${written}”${replaces}: ${what}${opposite}` };
}

// The negating prefix of a word, named as such: "the “un-” of “unacceptable”".
function negatingPrefix(word: string): string {
  const prefix = NEGATING_PREFIXES.find((p) => word.startsWith(p)) ?? '';
  return `${prefix}-” of “${word}`;
}

// Records how two lists of meaning words differ, when their keys do.
function compare(quote: readonly string[], source: readonly string[], key: (ws: readonly string[]) => string, added: string[], dropped: string[], changed: string[]): void {
  if (key(quote) === key(source)) {
    return;
  }
  if (quote.length > 0 && source.length > 0) {
    changed.push(`${source.join(' ')} → ${quote.join(' ')}`);
  } else {
    (quote.length > 0 ? added : dropped).push(...(quote.length > 0 ? quote : source));
  }
}

// The bounds on figures among some words ("up to", "nearly"), each as one phrase; `figureAfter`
// says whether a figure follows the last word.
function bounds(words: readonly string[], figureAfter: boolean): string[] {
  const out: string[] = [];
  const figure = (i: number) => (i === words.length ? figureAfter : isNumber(words[i] ?? ''));
  for (let i = 0; i < words.length; i++) {
    const b = NUMBER_BOUNDS.find((phrase) => phrase.every((w, k) => words[i + k] === w) && figure(i + phrase.length));
    if (b) {
      out.push(b.join(' '));
      i += b.length - 1;
    }
  }
  return out;
}
