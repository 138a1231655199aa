import * as vscode from 'vscode';
import { analyzeText as analyzeDraftText, DRAFT_SCHEMES, DraftAnalyses, DraftAnalysis } from './core/editor/draftAnalyses';
import { Library } from './core/library';
import { LineIndex } from './core/lineIndex';
import { LibraryService } from './libraryService';

export { DRAFT_SCHEMES, itemAt } from './core/editor/draftAnalyses';


/** The checked quotations and citations of one version of a draft. */
export type Analysis = DraftAnalysis<vscode.Uri>;

/**
 * The analyses of the window's drafts (see DraftAnalyses): one check per edit, shared by hover,
 * code actions, definitions and diagnostics, against the library as it is now.
 */
export class DraftAnalyzer {
  private readonly analyses: DraftAnalyses<vscode.Uri>;

  constructor(
    private readonly library: LibraryService,
    minQuoteWords: () => number,
  ) {
    this.analyses = new DraftAnalyses(minQuoteWords);
  }

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
    return this.analyses.analyze(document.uri.toString(), document.uri, document.version, () => document.getText(), this.library.library);
  }

  /** Forgets a closed document. */
  forget(uri: vscode.Uri): void {
    this.analyses.forget(uri.toString());
  }

  /** Forgets everything (settings changed). */
  clear(): void {
    this.analyses.clear();
  }
}

/** Checks a draft's text outside any open document (used for the workspace check). */
export function analyzeText(uri: vscode.Uri, version: number, text: string, library: Library, minQuoteWords: number): Analysis {
  return analyzeDraftText(uri, version, text, library, minQuoteWords);
}

/** A VS Code range from draft offsets. */
export function toRange(lines: LineIndex, start: number, end: number): vscode.Range {
  const a = lines.position(start);
  const b = lines.position(end);
  return new vscode.Range(a.line, a.character, b.line, b.character);
}
