import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

/** A diagnostic as a client sees it: 0-based range, code, and whether it is an error. */
export interface ExpectedDiagnostic {
  readonly code: string;
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

interface JsonRange {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

const FINDING_CODES = new Set(['misquoted', 'unverified', 'citation-mismatch', 'unknown-citation', 'unterminated-quote']);

/**
 * The diagnostics `verbatim check --format json` implies for a draft: one per finding code, over the
 * quotation (citation problems over the citation), in 0-based lines and UTF-16 characters, sorted.
 */
export function expectedDiagnostics(draft: string, sourcesDir: string): ExpectedDiagnostic[] {
  let json: string;
  try {
    json = execFileSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', '--sources', sourcesDir, draft], { encoding: 'utf8' });
  } catch (e) {
    // Exit code 1: problems were found, which is what this draft is for.
    json = (e as { stdout: string }).stdout;
  }
  const report = JSON.parse(json) as { files: { quotes: { range: JsonRange; citation: { range: JsonRange } | null; problems: { code: string }[] }[] }[] };
  const zero = (r: JsonRange) => ({ start: { line: r.start.line - 1, character: r.start.column - 1 }, end: { line: r.end.line - 1, character: r.end.column - 1 } });
  const out: ExpectedDiagnostic[] = [];
  for (const q of report.files[0].quotes) {
    for (const p of q.problems.filter((p) => FINDING_CODES.has(p.code))) {
      const onCitation = (p.code === 'citation-mismatch' || p.code === 'unknown-citation') && q.citation;
      out.push({ code: p.code, range: zero(onCitation && q.citation ? q.citation.range : q.range) });
    }
  }
  return sortDiagnostics(out);
}

/** Diagnostics in document order, then by code. */
export function sortDiagnostics<T extends ExpectedDiagnostic>(list: readonly T[]): T[] {
  const key = (d: ExpectedDiagnostic) => [d.range.start.line, d.range.start.character, d.code] as const;
  return [...list].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0);
  });
}
