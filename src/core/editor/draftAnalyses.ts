// The checked quotations of a draft, shared by everything an editor shows for it (diagnostics,
// hovers, quick fixes, definitions), whichever editor asks: VS Code's extension or the language server.
import { checkDraft, QuoteCheck } from '../checker';
import { Citation } from '../citations';
import { DraftChecker } from '../draftChecker';
import { Library } from '../library';
import { LineIndex } from '../lineIndex';

/**
 * URI schemes of documents that can be drafts: files (local, remote, virtual as in vscode.dev) and
 * untitled documents; never an output panel or a virtual side of a comparison.
 */
export const DRAFT_SCHEMES: readonly string[] = ['file', 'untitled', 'vscode-remote', 'vscode-userdata', 'vscode-vfs'];

/** The checked quotations and citations of one version of a draft; `U` is how the editor names documents. */
export interface DraftAnalysis<U = string> {
  readonly uri: U;
  readonly version: number;
  readonly library: Library;
  readonly quotes: readonly QuoteCheck[];
  readonly citations: readonly Citation[];
  readonly lines: LineIndex;
  /** The text that was checked. */
  readonly text: string;
}

/**
 * Checks drafts on demand and remembers the result per document version and library, so that
 * every feature shares one check per edit. Each open draft has its own DraftChecker, so after a
 * keystroke only the quotations whose words changed are verified again; a new library starts a
 * new checker, and {@link clear} (new settings) starts them all anew.
 */
export class DraftAnalyses<U = string> {
  private readonly cache = new Map<string, DraftAnalysis<U>>();
  private readonly checkers = new Map<string, DraftChecker>();

  constructor(private readonly minQuoteWords: () => number) {}

  /** The analysis of a document's text at a version; `key` names the document (its URI as a string). */
  analyze(key: string, uri: U, version: number, text: () => string, library: Library): DraftAnalysis<U> {
    const cached = this.cache.get(key);
    if (cached && cached.version === version && cached.library === library) {
      return cached;
    }
    let checker = this.checkers.get(key);
    if (!checker || checker.library !== library) {
      checker = new DraftChecker(library, { minQuoteWords: this.minQuoteWords() });
      this.checkers.set(key, checker);
    }
    const current = text();
    const { quotes, citations } = checker.check(current);
    const analysis: DraftAnalysis<U> = { uri, version, library, quotes, citations, lines: new LineIndex(current), text: current };
    this.cache.set(key, analysis);
    return analysis;
  }

  /** Forgets a closed document. */
  forget(key: string): void {
    this.cache.delete(key);
    this.checkers.delete(key);
  }

  /** Forgets everything (settings changed). */
  clear(): void {
    this.cache.clear();
    this.checkers.clear();
  }
}

/** Checks a draft's text outside any open document (a workspace check). */
export function analyzeText<U>(uri: U, version: number, text: string, library: Library, minQuoteWords: number): DraftAnalysis<U> {
  const { quotes, citations } = checkDraft(text, library, { minQuoteWords });
  return { uri, version, library, quotes, citations, lines: new LineIndex(text), text };
}

/** The quotation or citation at an offset of the draft, if any. */
export function itemAt(analysis: DraftAnalysis<unknown>, offset: number): { quote?: QuoteCheck; citation?: Citation } {
  const citation = analysis.citations.find((c) => c.start <= offset && offset <= c.end);
  const quote = analysis.quotes.find((q) => q.outerStart <= offset && offset <= q.outerEnd);
  return { quote, citation };
}
