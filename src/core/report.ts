import { QuoteCheck } from './checker';
import { Library, LibraryIssue } from './library';
import { LineColumn, LineIndex } from './lineIndex';
import { Source } from './source';

/** A range as 1-based lines and columns. */
export interface ReportRange {
  readonly start: LineColumn;
  readonly end: LineColumn;
}

/** One quotation in the JSON report (format version 1). */
export interface QuoteReport {
  readonly text: string;
  readonly range: ReportRange;
  readonly status: QuoteCheck['status'];
  readonly source: { key: string; file: string; title: string | null; range: ReportRange } | null;
  readonly sourceText: string | null;
  readonly similarity: number;
  readonly diff: readonly { op: string; quote?: string; source?: string }[];
  readonly citation: { key: string; keys: readonly string[]; style: string; locator?: string; range: ReportRange } | null;
  readonly verifiedIn: string | null;
  readonly suggestion: string | null;
  readonly problems: readonly { code: string; message: string }[];
}

/** Counts of verdicts across files. */
export interface Summary {
  verified: number;
  misquoted: number;
  unverified: number;
  skipped: number;
  /** Verified quotations cited to the wrong source. */
  mismatched: number;
  /** Quotations with an opening mark and no closing one. */
  unterminated: number;
  /** Citation keys that name no source of the library. */
  unknownCitations: number;
}

/** The JSON shape of a source in reports. */
export function sourceEntry(s: Source): { key: string; title: string | null; outlet: string | null; date: string | null; url: string | null; author: string | null; file: string; passages: number } {
  return { key: s.meta.key, title: s.meta.title, outlet: s.meta.outlet, date: s.meta.date, url: s.meta.url, author: s.meta.author, file: s.file, passages: s.sentenceCount };
}

/** Converts checked quotations of one draft to the report shape, with line and column positions. */
export function quoteReports(text: string, quotes: readonly QuoteCheck[]): QuoteReport[] {
  const lines = new LineIndex(text);
  const range = (idx: LineIndex, start: number, end: number): ReportRange => ({ start: idx.lineColumn(start), end: idx.lineColumn(end) });
  const sourceLines = new Map<Source, LineIndex>();
  return quotes.map((q) => {
    const m = q.match;
    let source: QuoteReport['source'] = null;
    if (m) {
      let idx = sourceLines.get(m.source);
      if (!idx) {
        idx = new LineIndex(m.source.text);
        sourceLines.set(m.source, idx);
      }
      source = { key: m.source.meta.key, file: m.source.file, title: m.source.meta.title, range: range(idx, m.start, m.end) };
    }
    const c = q.citation;
    return {
      text: q.text,
      range: range(lines, q.start, q.end),
      status: q.status,
      source,
      sourceText: m?.text ?? null,
      similarity: q.status === 'verified' ? 1 : (m?.similarity ?? 0),
      diff: m && q.status !== 'verified' ? m.diff : [],
      citation: c ? { key: c.keys[0], keys: c.keys, style: c.style, locator: c.locator, range: range(lines, c.start, c.end) } : null,
      verifiedIn: q.verifiedIn ?? null,
      suggestion: q.suggestion ?? null,
      problems: q.problems,
    };
  });
}

/** Adds one draft's verdicts to a summary. */
export function addToSummary(summary: Summary, quotes: readonly QuoteCheck[]): Summary {
  for (const q of quotes) {
    summary[q.status]++;
    if (q.verifiedIn) {
      summary.mismatched++;
    }
    if (q.problems.some((p) => p.code === 'unterminated-quote')) {
      summary.unterminated++;
    }
    summary.unknownCitations += q.problems.filter((p) => p.code === 'unknown-citation').length;
  }
  return summary;
}

/** An empty summary. */
export function emptySummary(): Summary {
  return { verified: 0, misquoted: 0, unverified: 0, skipped: 0, mismatched: 0, unterminated: 0, unknownCitations: 0 };
}

/** True when a draft needs the writer's attention: any finding beyond verified and skipped quotations. */
export function hasFindings(summary: Summary): boolean {
  return summary.misquoted + summary.unverified + summary.mismatched + summary.unterminated + summary.unknownCitations > 0;
}

/** The library part of a report: its sources and the files it skipped. */
export function libraryReport(library: Library): { sources: ReturnType<typeof sourceEntry>[]; skipped: LibraryIssue[]; warnings: LibraryIssue[] } {
  return {
    sources: library.sources.map(sourceEntry),
    skipped: library.issues.filter((i) => i.severity === 'skipped'),
    warnings: library.issues.filter((i) => i.severity === 'warning'),
  };
}
