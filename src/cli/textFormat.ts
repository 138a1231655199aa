import { Finding } from '../core/findings';
import { LineIndex } from '../core/lineIndex';
import { Library } from '../core/library';
import { sourceEntry, Summary } from '../core/report';
import { Source } from '../core/source';
import { printable } from './terminalText';

// Every field that comes from a draft, a source or a file name goes through printable().

/** ESLint-style lines for one draft: `file:line:col  warning  message  code` (columns in UTF-16 code units). */
export function formatFindings(file: string, lines: LineIndex, list: readonly Finding[]): string[] {
  return list.map((f) => {
    const at = lines.lineColumn(f.start);
    return `${printable(file)}:${at.line}:${at.column}  warning  ${printable(f.message)}  ${f.code}`;
  });
}

/** The closing summary of a check. */
export function formatSummary(summary: Summary, problems: number, files: number): string {
  const counts = `${summary.verified} verified, ${summary.misquoted} misquoted, ${summary.unverified} unverified, ${summary.skipped} skipped`;
  const extra = [
    summary.mismatched ? `${summary.mismatched} cited to the wrong source` : '',
    summary.unknownCitations ? `${summary.unknownCitations} unknown citation key${summary.unknownCitations === 1 ? '' : 's'}` : '',
    summary.unterminated ? `${summary.unterminated} unterminated` : '',
  ]
    .filter((s) => s)
    .join(', ');
  const head = problems === 0 ? '✔ no problems' : `✖ ${problems} problem${problems === 1 ? '' : 's'}`;
  return `${head} in ${files} file${files === 1 ? '' : 's'}: ${counts}${extra ? ` (${extra})` : ''}`;
}

/** `file: message` of a skipped file or a warning. */
export function formatIssue(issue: { readonly file: string; readonly message: string }): string {
  return `${printable(issue.file)}: ${printable(issue.message)}`;
}

/** One source of `verbatim sources`: key, title, then outlet, date, passages and file. */
export function formatSource(s: ReturnType<typeof sourceEntry>): string {
  const about = [s.outlet ?? 'outlet unknown', s.date ?? 'date unknown'].map(printable).join(', ');
  return `${printable(s.key)}\n  ${printable(s.title ?? '(untitled)')}\n  ${about} · ${s.passages} passages · ${printable(s.file)}`;
}

/** One search hit: key, paragraph and description, then the passage with the matched words in brackets, on one line. */
export function formatHit(source: Source, paragraph: number, text: string, ranges: readonly { start: number; end: number }[]): string {
  let marked = '';
  let at = 0;
  for (const r of ranges) {
    marked += `${text.slice(at, r.start)}[${text.slice(r.start, r.end)}]`;
    at = r.end;
  }
  return `${printable(source.meta.key)}, para ${paragraph}  (${printable(Library.describe(source))})\n  ${printable((marked + text.slice(at)).replace(/\s+/g, ' '))}`;
}
