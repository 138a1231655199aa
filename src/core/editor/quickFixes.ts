// The quick fixes of a draft's quotations as text edits in offsets of the draft, for VS Code's
// WorkspaceEdit and LSP's alike: replace a misquote with the source's wording, compare it with the
// source, cite the source that holds a mis-cited quotation, add a citation, ignore a quotation.
import { IGNORE_MARKER, QuoteCheck } from '../checker';
import { CitationStyle, formatCitation } from '../citationFormat';
import { Citation } from '../citations';
import { FindingCode } from '../findings';
import { shorten } from '../render/markdownText';
import { sourceName } from '../render/sourceNames';
import { DraftAnalysis } from './draftAnalyses';
import { citationEdits, eolOf, lineAt, TextEdit } from './textEdits';
import { wordingFix } from './wordingFix';

export type { TextEdit } from './textEdits';

/** The diagnostics a fix resolves: those over these offsets with one of these codes. */
export interface FixedDiagnostics {
  readonly start: number;
  readonly end: number;
  readonly codes: readonly FindingCode[];
}

/** A quick fix: edits of the draft, or the comparison of the quotation at `offset` with its source. */
export type QuickFix =
  | { readonly kind: 'edit'; readonly title: string; readonly edits: readonly TextEdit[]; readonly fixes?: FixedDiagnostics; readonly preferred: boolean }
  | { readonly kind: 'compare'; readonly title: string; readonly offset: number; readonly fixes: FixedDiagnostics };

// The key syntax of citations.ts: a key ends at the first character that cannot continue it.
const KEY_AT = /@(?:\{([^}]+)\}|([\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])?))/gu;

/** The fixes of the quotations whose quote marks or citation touch the offsets `from`–`to`. */
export function quickFixes(analysis: DraftAnalysis<unknown>, from: number, to: number, citationStyle: CitationStyle): QuickFix[] {
  const touches = (start: number, end: number) => start <= to && from <= end;
  const fixes: QuickFix[] = [];
  // Two quotations sharing one mis-cited citation offer its fix once.
  const recited = new Set<string>();
  for (const quote of analysis.quotes) {
    if (touches(quote.outerStart, quote.outerEnd) || (quote.citation && touches(quote.citation.start, quote.citation.end))) {
      fixes.push(...fixesOf(quote, analysis, citationStyle, recited));
    }
  }
  return fixes;
}

function fixesOf(quote: QuoteCheck, analysis: DraftAnalysis<unknown>, citationStyle: CitationStyle, recited: Set<string>): QuickFix[] {
  const { text, library } = analysis;
  const fixes: QuickFix[] = [];
  const onQuote = (codes: FindingCode[]): FixedDiagnostics => ({ start: quote.start, end: quote.end, codes });
  const suggestion = quote.suggestion === undefined ? undefined : nestable(quote.suggestion, text.charAt(quote.outerStart), quote.kind);
  const written = text.slice(quote.start, quote.end);
  if (quote.status === 'misquoted' && suggestion !== undefined && suggestion !== written) {
    // Only the words that differ change: the draft's line breaks and spacing stay.
    const fix = wordingFix(written, suggestion);
    const edits = fix.edits.map((e) => ({ start: quote.start + e.start, end: quote.start + e.end, text: e.text }));
    fixes.push({ kind: 'edit', title: `Replace with source wording: “${shorten(fix.preview, 70)}”`, edits, fixes: onQuote(['misquoted']), preferred: true });
  }
  if (quote.match && quote.status === 'misquoted') {
    fixes.push({ kind: 'compare', title: 'Compare with source', offset: quote.start, fixes: onQuote(['misquoted']) });
  }

  const right = quote.verifiedIn ? library.get(quote.verifiedIn) : undefined;
  if (right && quote.citation && !recited.has(`${quote.citation.start}:${right.meta.key}`)) {
    const citation = quote.citation;
    recited.add(`${citation.start}:${right.meta.key}`);
    const keyAt = citation.style === 'pandoc' ? wrongKey(text.slice(citation.start, citation.end), citation, (k) => library.get(k) !== undefined) : undefined;
    let edits: TextEdit[];
    if (keyAt) {
      const start = citation.start + keyAt.offset;
      edits = [{ start, end: start + keyAt.length, text: right.meta.key }];
    } else {
      // A footnote label or an inline (Outlet, date) does not spell the key: write the citation anew.
      const formatted = formatCitation(right.meta, citation.style);
      edits = citationEdits(text, citation.start, citation.end, formatted.text, formatted.footnoteDefinition);
    }
    const title = `Cite ${sourceName(right, 50)} instead (${right.meta.key})`;
    fixes.push({ kind: 'edit', title, edits, fixes: { start: citation.start, end: citation.end, codes: ['citation-mismatch'] }, preferred: true });
  }

  const source = quote.match?.source;
  // An unterminated quotation runs to the end of its paragraph: a citation there would be read as quoted.
  const unterminated = quote.problems.some((p) => p.code === 'unterminated-quote');
  if (quote.status === 'verified' && !quote.citation && source && !unterminated) {
    const formatted = formatCitation(source.meta, citationStyle);
    const edits = citationEdits(text, quote.outerEnd, quote.outerEnd, ` ${formatted.text}`, formatted.footnoteDefinition);
    fixes.push({ kind: 'edit', title: `Add citation to ${sourceName(source, 50)} (${formatted.text})`, edits, preferred: false });
  }

  if (quote.status === 'misquoted' || quote.status === 'unverified') {
    fixes.push({ kind: 'edit', title: 'Ignore this quotation', edits: [ignoreEdit(text, quote)], fixes: onQuote(['misquoted', 'unverified']), preferred: false });
  }
  return fixes;
}

/**
 * Puts the ignore marker before a quotation. A line that starts with `<!--` is an HTML block in
 * Markdown and would cut its paragraph in two, so a quotation opening a line gets the marker on a
 * line of its own when it opens its paragraph (or is a blockquote), else at the end of the line before.
 */
export function ignoreEdit(text: string, quote: QuoteCheck): TextEdit {
  const at = quote.outerStart;
  const line = lineAt(text, at);
  if (quote.kind === 'inline' && at > line.firstNonWhitespace) {
    return { start: at, end: at, text: `${IGNORE_MARKER} ` };
  }
  const previous = line.start > 0 ? lineAt(text, line.start - 1) : undefined;
  const previousText = previous ? text.slice(previous.start, previous.end) : '';
  if (quote.kind === 'inline' && previous && previousText.trim() !== '' && !/^ {0,3}(?:`{3,}|~{3,})/.test(previousText)) {
    return { start: previous.end, end: previous.end, text: ` ${IGNORE_MARKER}` };
  }
  const indent = text.slice(line.start, line.firstNonWhitespace);
  return { start: line.start, end: line.start, text: `${indent}${IGNORE_MARKER}${eolOf(text)}` };
}

/**
 * The source's wording ready to go between the writer's quote marks: inside double quotes, the
 * source's own double quotes become single ones (as formatQuotation does), since a double mark
 * there would end or reopen the quotation.
 */
function nestable(suggestion: string, openingMark: string, kind: QuoteCheck['kind']): string {
  if (kind !== 'inline' || !'“"„«'.includes(openingMark)) {
    return suggestion;
  }
  return suggestion.replace(/[“"„](?=\S)/g, '‘').replace(/(?<=\S)[”"]/g, '’');
}

/**
 * Where, in a pandoc citation's text, the key to replace is written (the first key of the library
 * it names, else its first key): offset and length of the key characters, braces excluded.
 */
function wrongKey(text: string, citation: Citation, known: (key: string) => boolean): { offset: number; length: number } | undefined {
  const target = citation.keys.find(known) ?? citation.keys[0];
  for (const m of text.matchAll(KEY_AT)) {
    const key = m[1] ?? m[2];
    if (key === target) {
      return { offset: m.index + (m[1] !== undefined ? 2 : 1), length: key.length };
    }
  }
  return undefined;
}
