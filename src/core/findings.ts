import { QuoteCheck } from './checker';
import { Library } from './library';
import { ProblemCode } from './problemCodes';
import { Source } from './source';

/** Something in a draft the writer should fix, as a linter reports it. */
export interface Finding {
  /** The finding's code: a quotation's problem that is reported on its own. */
  readonly code: FindingCode;
  readonly message: string;
  /** Offsets in the draft: the quotation, or its citation for citation problems. */
  readonly start: number;
  readonly end: number;
  readonly quote: QuoteCheck;
  /**
   * The misquote changes what the source means: a number, a negation, or a cut or bracket that
   * drops a negation or a qualification ({@link MEANING_CODES}). Such findings weigh more.
   */
  readonly changesMeaning: boolean;
}

/** Problem codes that detail a misquote: they are folded into its message rather than reported alone. */
export const DETAIL_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'changed-number', 'negation', 'reordered', 'stitched', 'elision-too-far', 'bracket-changes-meaning', 'mostly-brackets', 'too-long',
  'elision-drops-negation', 'elision-drops-qualifier', 'cut-at-negation', 'cut-at-hedge', 'too-many-cuts',
]);
/** Problem codes of a misquote that changes what the source means, not only its wording. */
export const MEANING_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'changed-number',
  'negation',
  'bracket-changes-meaning',
  'elision-drops-negation',
  'elision-drops-qualifier',
  'cut-at-negation',
  'cut-at-hedge',
]);
/** Codes that say why a quotation was skipped: not findings. */
export const SKIP_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>(['short', 'ignored']);

/** The codes of findings: the problems reported on their own (the others detail a misquote or say why a quotation was skipped). */
export type FindingCode = Extract<ProblemCode, 'misquoted' | 'unverified' | 'citation-mismatch' | 'unknown-citation' | 'unterminated-quote'>;

/** How findings name sources. */
export interface FindingOptions {
  /**
   * Names the sources in the messages of misquotes and citation mismatches (e.g. by title, for
   * people reading an editor); without it, they are named by citation key, as the checker does.
   */
  readonly name?: (source: Source) => string;
  /** Finds cited sources by key (with `name`). */
  readonly library?: Library;
}

/**
 * The findings of checked quotations: one per misquoted or unverified quotation (its details in
 * the message), plus citation mismatches, unknown citation keys and unterminated quote marks.
 */
export function findingsOf(quotes: readonly QuoteCheck[], options: FindingOptions = {}): Finding[] {
  const out: Finding[] = [];
  for (const q of quotes) {
    const details = q.problems.filter((p) => DETAIL_CODES.has(p.code)).map((p) => p.message);
    const changesMeaning = q.status === 'misquoted' && q.problems.some((p) => MEANING_CODES.has(p.code));
    for (const p of q.problems) {
      if (DETAIL_CODES.has(p.code) || SKIP_CODES.has(p.code)) {
        continue;
      }
      let message: string;
      if (p.code === 'misquoted') {
        // What changes the meaning comes first: it is what the writer must fix.
        const meaning = q.problems.filter((d) => MEANING_CODES.has(d.code)).map((d) => d.message);
        const others = q.problems.filter((d) => DETAIL_CODES.has(d.code) && !MEANING_CODES.has(d.code)).map((d) => d.message);
        const misquote = options.name && q.match ? `Misquote of ${options.name(q.match.source)} — the source says “${q.match.text}”` : p.message;
        message = meaning.length > 0 ? capitalised([...meaning, lowerFirst(misquote), ...others].join('; ')) : [misquote, ...details].join('; ');
      } else if (p.code === 'citation-mismatch' && options.name && q.match && q.citation) {
        const { name, library } = options;
        const cited = q.citation.keys.map((k) => library?.get(k)).filter((s): s is Source => s !== undefined);
        message = `Cited to ${cited.length > 0 ? cited.map(name).join('; ') : q.citation.keys.join('; ')}, but the words are in ${name(q.match.source)}`;
      } else if (p.code === 'unverified') {
        message = [`Unverified quotation “${short(q.text)}”: ${p.message}`, ...details].join('; ');
      } else {
        message = capitalised(p.message);
      }
      const onCitation = (p.code === 'citation-mismatch' || p.code === 'unknown-citation') && q.citation;
      out.push({ code: p.code as FindingCode, message, start: onCitation ? q.citation!.start : q.start, end: onCitation ? q.citation!.end : q.end, quote: q, changesMeaning: p.code === 'misquoted' && changesMeaning });
    }
  }
  return out;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
