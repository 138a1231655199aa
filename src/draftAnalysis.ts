import * as vscode from 'vscode';
import { checkDraft, QuoteCheck } from './core/checker';
import { Citation } from './core/citations';
import { DraftChecker } from './core/draftChecker';
import { Library } from './core/library';
import { LineIndex } from './core/lineIndex';
import { LibraryService } from './libraryService';

/** URI schemes of documents that can be drafts (the draft selector's too). */
export const DRAFT_SCHEMES: readonly string[] = ['file', 'untitled', 'vscode-remote', 'vscode-userdata'];

/** The checked quotations and citations of one version of a draft. */
export interface Analysis {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly library: Library;
  readonly quotes: readonly QuoteCheck[];
  readonly citations: readonly Citation[];
  readonly lines: LineIndex;
}

/**
 * Checks drafts on demand and remembers the result per document version and library, so hover,
 * code actions, definitions and diagnostics share one check per edit. Each open draft has its own
 * DraftChecker, so after a keystroke only the quotations whose words changed are verified again;
 * a new library (or new settings) starts a new checker.
 */
export class DraftAnalyzer {
  private readonly cache = new Map<string, Analysis>();
  private readonly checkers = new Map<string, DraftChecker>();

  constructor(
    private readonly library: LibraryService,
    private readonly minQuoteWords: () => number,
  ) {}

  /**
   * True for documents Verbatim checks: a configured language, a file (or untitled) document, and
   * not a source of the library — never the Output panel or a virtual document such as a side of
   * "Compare with Source".
   */
  isDraft(document: vscode.TextDocument, languages: readonly string[]): boolean {
    return languages.includes(document.languageId) && DRAFT_SCHEMES.includes(document.uri.scheme) && !this.library.isSource(document.uri);
  }

  /** The analysis of a document's current text. */
  analyze(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const library = this.library.library;
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version && cached.library === library) {
      return cached;
    }
    let checker = this.checkers.get(key);
    if (!checker || checker.library !== library) {
      checker = new DraftChecker(library, { minQuoteWords: this.minQuoteWords() });
      this.checkers.set(key, checker);
    }
    const text = document.getText();
    const { quotes, citations } = checker.check(text);
    const analysis: Analysis = { uri: document.uri, version: document.version, library, quotes, citations, lines: new LineIndex(text) };
    this.cache.set(key, analysis);
    return analysis;
  }

  /** Forgets a closed document. */
  forget(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
    this.checkers.delete(uri.toString());
  }

  /** Forgets everything (settings changed). */
  clear(): void {
    this.cache.clear();
    this.checkers.clear();
  }
}

/** Checks a draft's text outside any open document (used for the workspace check). */
export function analyzeText(uri: vscode.Uri, version: number, text: string, library: Library, minQuoteWords: number): Analysis {
  const { quotes, citations } = checkDraft(text, library, { minQuoteWords });
  return { uri, version, library, quotes, citations, lines: new LineIndex(text) };
}

/** A VS Code range from draft offsets. */
export function toRange(lines: LineIndex, start: number, end: number): vscode.Range {
  const a = lines.position(start);
  const b = lines.position(end);
  return new vscode.Range(a.line, a.character, b.line, b.character);
}

/** The quotation or citation at a position, if any. */
export function itemAt(analysis: Analysis, offset: number): { quote?: QuoteCheck; citation?: Citation } {
  const citation = analysis.citations.find((c) => c.start <= offset && offset <= c.end);
  const quote = analysis.quotes.find((q) => q.outerStart <= offset && offset <= q.outerEnd);
  return { quote, citation };
}
