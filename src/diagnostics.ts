import * as vscode from 'vscode';
import { diagnosticSeverity, Settings } from './configuration';
import { draftDiagnostics } from './core/editor/draftDiagnostics';
import { sourceRange } from './sourceRanges';
import { analyzeText, Analysis, DraftAnalyzer, toRange } from './draftAnalysis';
import { LibraryService } from './libraryService';

const DEBOUNCE_MS = 250;

/**
 * Keeps a DiagnosticCollection of misquoted, unverified and mis-cited quotations for open drafts,
 * updated as the user types (debounced; a run for an outdated version is dropped) and whenever the
 * library changes; cleared when a draft closes.
 */
export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('verbatim');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<Analysis>();
  /** Fires after a draft's diagnostics were updated, with its analysis (for the status bar and view). */
  readonly onDidUpdate = this.changed.event;

  constructor(
    private readonly analyzer: DraftAnalyzer,
    private readonly library: LibraryService,
    private settings: () => Settings,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document, DEBOUNCE_MS)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.cancel(d.uri);
        this.analyzer.forget(d.uri);
        this.collection.delete(d.uri);
      }),
      library.onDidChange(() => this.refreshAll()),
    );
  }

  /** Re-checks every open draft now (library or settings changed). */
  refreshAll(): void {
    this.collection.clear();
    for (const d of vscode.workspace.textDocuments) {
      this.schedule(d, 0);
    }
  }

  /** Checks a document now and publishes its diagnostics; returns its analysis. */
  update(document: vscode.TextDocument): Analysis | undefined {
    if (!this.analyzer.isDraft(document, this.settings().languages)) {
      this.collection.delete(document.uri);
      return undefined;
    }
    const analysis = this.analyzer.analyze(document);
    this.publish(analysis);
    return analysis;
  }

  /** Publishes diagnostics for an analysis (also used by the workspace check for unopened files). */
  publish(analysis: Analysis): void {
    this.collection.set(analysis.uri, toDiagnostics(analysis, this.settings(), this.library));
    this.changed.fire(analysis);
  }

  /** Checks every draft file of the workspace, with progress; returns how many drafts were checked and their tally. */
  async checkWorkspace(token?: vscode.CancellationToken): Promise<WorkspaceCheck> {
    const settings = this.settings();
    await this.library.ready();
    const exts = extensionsFor(settings.languages);
    const files = exts.length === 0 ? [] : await vscode.workspace.findFiles(`**/*.{${exts.join(',')}}`, '**/{node_modules,.git,dist,out}/**');
    const drafts = files.filter((u) => !this.library.isSource(u));
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Verbatim: checking quotations', cancellable: true },
      async (progress, cancel) => {
        const tally: WorkspaceCheck = { drafts: 0, verified: 0, misquoted: 0, unverified: 0, mismatched: 0, complete: true };
        for (const uri of drafts) {
          if (cancel.isCancellationRequested || token?.isCancellationRequested) {
            tally.complete = false;
            break;
          }
          progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(1, drafts.length) });
          const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
          let analysis: Analysis | undefined;
          if (open) {
            analysis = this.update(open);
          } else {
            const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
            analysis = analyzeText(uri, -1, text, this.library.library, settings.minQuoteWords);
            this.publish(analysis);
          }
          tally.drafts++;
          for (const q of analysis?.quotes ?? []) {
            if (q.status === 'verified' || q.status === 'misquoted' || q.status === 'unverified') {
              tally[q.status]++;
            }
            tally.mismatched += q.verifiedIn ? 1 : 0;
          }
          // Yield between files so a large workspace never blocks the extension host for long.
          await new Promise((resolve) => setImmediate(resolve));
        }
        return tally;
      },
    );
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (!this.analyzer.isDraft(document, this.settings().languages)) {
      return;
    }
    const key = document.uri.toString();
    this.cancel(document.uri);
    const version = document.version;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed && document.version === version) {
          this.update(document);
        }
      }, delay),
    );
  }

  private cancel(uri: vscode.Uri): void {
    clearTimeout(this.timers.get(uri.toString()));
    this.timers.delete(uri.toString());
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.subscriptions.forEach((s) => s.dispose());
    this.collection.dispose();
    this.changed.dispose();
  }
}

function extensionsFor(languages: readonly string[]): string[] {
  const exts: string[] = [];
  if (languages.includes('markdown')) {
    exts.push('md', 'markdown');
  }
  if (languages.includes('plaintext')) {
    exts.push('txt');
  }
  return exts;
}

/** What "Check Quotes in Workspace" found: drafts checked and their quotations by verdict. */
export interface WorkspaceCheck {
  drafts: number;
  verified: number;
  misquoted: number;
  unverified: number;
  /** Verified, but cited to another source. */
  mismatched: number;
  /** False when the check was cancelled before the last draft. */
  complete: boolean;
}

/** "12 drafts: 80 verified, 3 misquoted, 1 unverified (1 cited to the wrong source)". */
export function describeCheck(c: WorkspaceCheck): string {
  const drafts = `${c.drafts} ${c.drafts === 1 ? 'draft' : 'drafts'}`;
  const mismatched = c.mismatched > 0 ? ` (${c.mismatched} cited to the wrong source)` : '';
  return `${drafts}${c.complete ? '' : ' (cancelled)'}: ${c.verified} verified, ${c.misquoted} misquoted, ${c.unverified} unverified${mismatched}`;
}

/** The diagnostics of one analysed draft. */
function toDiagnostics(analysis: Analysis, settings: Settings, library: LibraryService): vscode.Diagnostic[] {
  return draftDiagnostics(analysis.quotes, analysis.library, settings).map((f) => {
    const d = new vscode.Diagnostic(toRange(analysis.lines, f.start, f.end), f.message, diagnosticSeverity(f.severity));
    d.source = 'Verbatim';
    d.code = f.code;
    if (f.related) {
      // The location is named after the source's title already (see LibraryService.uriOf): the message is the passage.
      const location = new vscode.Location(library.uriOf(f.related.source), sourceRange(f.related.source, f.related.start, f.related.end));
      d.relatedInformation = [new vscode.DiagnosticRelatedInformation(location, f.related.message)];
    }
    return d;
  });
}
