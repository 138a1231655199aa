import { Finding } from '../core/findings';
import { LineIndex } from '../core/lineIndex';
import { Summary } from '../core/report';

/** ESLint-style lines for one draft: `file:line:col  warning  message  code`. */
export function formatFindings(file: string, lines: LineIndex, list: readonly Finding[]): string[] {
  return list.map((f) => {
    const at = lines.lineColumn(f.start);
    return `${file}:${at.line}:${at.column}  warning  ${f.message}  ${f.code}`;
  });
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
