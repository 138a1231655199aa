import { Step } from './align';
import { ProblemCode } from './problemCodes';
import { QuoteItem } from './quoteItems';
import { isNegation, isNumber, Token } from './tokens';

/** A part of the word-level difference between a quotation and its source. */
export interface DiffPart {
  /** equal; replace (changed words); insert (words the quotation adds); delete (source words it drops); elision; bracket. */
  readonly op: 'equal' | 'replace' | 'insert' | 'delete' | 'elision' | 'bracket';
  /** The quotation's text for this part, as written. */
  readonly quote?: string;
  /** The source's text for this part, as written. */
  readonly source?: string;
}

/** A named reason a quotation is not verified, or something else worth fixing. */
export interface Problem {
  readonly code: ProblemCode;
  readonly message: string;
}

interface Group {
  op: DiffPart['op'];
  quote: Token[];
  source: Token[];
  marker?: { start: number; end: number };
}

/**
 * Groups alignment steps into runs of equal words, changes, and elisions or brackets. `sourceToken`
 * gives the source's token at a word position (only its `norm` is needed for {@link changeProblems}).
 */
export function groupSteps(steps: readonly Step[], items: readonly QuoteItem[], sourceToken: (position: number) => Token): Group[] {
  const groups: Group[] = [];
  for (const s of steps) {
    if (s.op === 'wildcard') {
      const it = items[s.item];
      if (it.kind !== 'word') {
        const source: Token[] = [];
        for (let p = s.from; p < s.to; p++) {
          source.push(sourceToken(p));
        }
        groups.push({ op: it.kind, quote: it.kind === 'bracket' ? [...it.words] : [], source, marker: it });
      }
      continue;
    }
    const kind = s.op === 'equal' ? 'equal' : 'change';
    const last = groups[groups.length - 1];
    const group = last && (kind === 'equal' ? last.op === 'equal' : last.op !== 'equal' && !last.marker) ? last : undefined;
    const target = group ?? { op: kind === 'equal' ? 'equal' : s.op, quote: [], source: [] };
    if (!group) {
      groups.push(target);
    }
    if (s.op !== 'delete') {
      const it = items[s.item];
      if (it.kind === 'word') {
        target.quote.push(it.token);
      }
    }
    if (s.op !== 'insert') {
      target.source.push(sourceToken(s.source));
    }
    if (target.op !== 'equal') {
      target.op = target.quote.length === 0 ? 'delete' : target.source.length === 0 ? 'insert' : 'replace';
    }
  }
  return groups;
}

function spanText(text: string, tokens: readonly Token[]): string | undefined {
  return tokens.length === 0 ? undefined : text.slice(tokens[0].start, tokens[tokens.length - 1].end);
}

/** The word diff as text parts of the draft and the source. */
export function diffParts(groups: readonly Group[], draft: string, source: string): DiffPart[] {
  return groups.map((g) => ({
    op: g.op,
    quote: g.marker ? draft.slice(g.marker.start, g.marker.end) : spanText(draft, g.quote),
    source: spanText(source, g.source),
  }));
}

/**
 * What the quotation should say: the source's words for each run, keeping the writer's elisions
 * and brackets (but those in `restore`, which give way to the source's words), dropping words the
 * source does not have.
 */
export function suggestion(groups: readonly Group[], draft: string, source: string, restore: ReadonlySet<object> = new Set()): string {
  const out: string[] = [];
  let run: Token[] = [];
  const flush = () => {
    const t = spanText(source, run);
    if (t !== undefined) {
      out.push(t);
    }
    run = [];
  };
  for (const g of groups) {
    if (g.marker && !restore.has(g.marker)) {
      flush();
      out.push(draft.slice(g.marker.start, g.marker.end));
    } else {
      run.push(...g.source);
    }
  }
  flush();
  return out.join(' ').replace(/\s+/g, ' ');
}

/** Problems a changed stretch signals beyond "words differ": numbers, negations, reordering (brackets: see `reviewCuts`). */
export function changeProblems(groups: readonly Group[]): Problem[] {
  const problems: Problem[] = [];
  for (const g of groups) {
    if (g.op === 'equal' || g.op === 'elision' || g.op === 'bracket') {
      continue;
    }
    const q = g.quote.map((t) => t.norm);
    const s = g.source.map((t) => t.norm);
    const qNums = q.filter(isNumber);
    const sNums = s.filter(isNumber);
    if (qNums.join(' ') !== sNums.join(' ')) {
      problems.push({ code: 'changed-number', message: `number changed: source has “${sNums.join(' ') || '(none)'}”, quote has “${qNums.join(' ') || '(none)'}”` });
    }
    const qNeg = q.filter(isNegation);
    const sNeg = s.filter(isNegation);
    if (qNeg.length > sNeg.length) {
      problems.push({ code: 'negation', message: `negation added: “${qNeg.join(' ')}” is not in the source` });
    } else if (sNeg.length > qNeg.length) {
      problems.push({ code: 'negation', message: `negation dropped: the source says “${sNeg.join(' ')}”` });
    }
    if (q.length > 1 && q.length === s.length && [...q].sort().join(' ') === [...s].sort().join(' ')) {
      problems.push({ code: 'reordered', message: 'words reordered' });
    }
  }
  return problems;
}
