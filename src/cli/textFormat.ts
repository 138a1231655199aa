import { QuoteReport, SKIP_CODES, Summary } from '../core/report';

/** A line of the text report: where, what, and the problem code. */
interface Finding {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly code: string;
}

const SUB_PROBLEMS = new Set(['changed-number', 'negation', 'reordered', 'stitched', 'elision-too-far', 'bracket-changes-meaning', 'mostly-brackets', 'too-long']);

/** Findings of one draft: one per misquoted or unverified quotation, plus citation and quote-mark problems. */
export function findings(quotes: readonly QuoteReport[]): Finding[] {
  const out: Finding[] = [];
  for (const q of quotes) {
    const at = q.range.start;
    const details = q.problems.filter((p) => SUB_PROBLEMS.has(p.code)).map((p) => p.message);
    for (const p of q.problems) {
      if (SKIP_CODES.has(p.code) || SUB_PROBLEMS.has(p.code)) {
        continue;
      }
      let message = p.message;
      if (p.code === 'misquoted' || p.code === 'unverified') {
        const head = p.code === 'unverified' ? `Unverified quotation “${short(q.text)}”: ${p.message}` : p.message;
        message = [head, ...details].join('; ');
      } else {
        message = p.message[0].toUpperCase() + p.message.slice(1);
      }
      const where = p.code === 'citation-mismatch' || p.code === 'unknown-citation' ? (q.citation?.range.start ?? at) : at;
      out.push({ line: where.line, column: where.column, message, code: p.code });
    }
  }
  return out;
}

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** ESLint-style lines for one draft: `file:line:col  warning  message  code`. */
export function formatFindings(file: string, list: readonly Finding[]): string[] {
  return list.map((f) => `${file}:${f.line}:${f.column}  warning  ${f.message}  ${f.code}`);
}

/** The closing summary of a check. */
export function formatSummary(summary: Summary, problems: number, files: number): string {
  const counts = `${summary.verified} verified, ${summary.misquoted} misquoted, ${summary.unverified} unverified, ${summary.skipped} skipped`;
  const extra = [summary.mismatched ? `${summary.mismatched} cited to the wrong source` : '', summary.unterminated ? `${summary.unterminated} unterminated` : '']
    .filter((s) => s)
    .join(', ');
  const head = problems === 0 ? '✔ no problems' : `✖ ${problems} problem${problems === 1 ? '' : 's'}`;
  return `${head} in ${files} file${files === 1 ? '' : 's'}: ${counts}${extra ? ` (${extra})` : ''}`;
}
