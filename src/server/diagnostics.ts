import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DraftAnalysis } from '../core/editor/draftAnalyses';
import { draftDiagnostics } from '../core/editor/draftDiagnostics';
import { SeverityName } from '../core/editor/settings';
import { rangeOf, sourceRangeOf } from './drafts';
import { ServerContext } from './serverContext';

/** How long typing may go on before a draft is checked again. */
const DEBOUNCE_MS = 250;

const SEVERITIES: Record<SeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The LSP diagnostics of an analysed draft. */
export function lspDiagnostics(context: ServerContext, analysis: DraftAnalysis<string>): Diagnostic[] {
  return draftDiagnostics(analysis.quotes, analysis.library, context.settings.current).map((f) => {
    const d: Diagnostic = { range: rangeOf(analysis.lines, f.start, f.end), message: f.message, severity: SEVERITIES[f.severity], source: 'Verbatim', code: f.code };
    if (f.related) {
      d.relatedInformation = [{ location: { uri: context.library.uriOf(f.related.source), range: sourceRangeOf(f.related.source, f.related.start, f.related.end) }, message: f.related.message }];
    }
    return d;
  });
}

/**
 * Pushes the diagnostics of open drafts (`textDocument/publishDiagnostics`, which every client
 * takes, Neovim 0.7 included): at once when a draft opens, after a pause in typing when it
 * changes (a run for an outdated version is dropped), and for every open draft when the library
 * or the settings change; cleared when a draft closes.
 */
export class DiagnosticsPublisher {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly published = new Set<string>();

  constructor(private readonly context: ServerContext) {
    const { documents, library, drafts } = context;
    // Opening a document fires onDidOpen and then onDidChangeContent: its first version is checked at once.
    const opening = new Set<string>();
    documents.onDidOpen(({ document }) => {
      opening.add(document.uri);
      this.schedule(document, 0);
    });
    documents.onDidChangeContent(({ document }) => !opening.delete(document.uri) && this.schedule(document, DEBOUNCE_MS));
    documents.onDidClose(({ document }) => {
      this.cancel(document.uri);
      drafts.forget(document.uri);
      this.clear(document.uri);
    });
    library.onDidChange(() => this.refreshAll());
  }

  /** Checks every open draft again (library or settings changed). */
  refreshAll(): void {
    for (const document of this.context.documents.all()) {
      this.schedule(document, 0);
    }
  }

  private schedule(document: TextDocument, delay: number): void {
    this.cancel(document.uri);
    const version = document.version;
    this.timers.set(
      document.uri,
      setTimeout(() => {
        this.timers.delete(document.uri);
        const current = this.context.documents.get(document.uri);
        if (current && current.version === version) {
          this.publish(current);
        }
      }, delay),
    );
  }

  private publish(document: TextDocument): void {
    if (!this.context.drafts.isDraft(document)) {
      this.clear(document.uri);
      return;
    }
    const analysis = this.context.drafts.analyze(document);
    this.published.add(document.uri);
    void this.context.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: lspDiagnostics(this.context, analysis) });
  }

  private clear(uri: string): void {
    if (this.published.delete(uri)) {
      void this.context.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }

  private cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.timers.clear();
  }
}
