import * as vscode from 'vscode';
import { QuoteCheck } from './core/checker';
import { Analysis } from './draftAnalysis';
import { sourceRange } from './sourceRanges';
import { boldStretches } from './core/render/hoverContent';
import { commandLink, escapeMarkdown, shorten } from './core/render/markdownText';
import { BaseServices } from './baseServices';
import { COMMANDS } from './server/protocol';

/** Command id of "go to a quotation in its draft" (the links of highlighted passages). */
export const REVEAL_QUOTATION_COMMAND = COMMANDS.revealQuotation;

/** Arguments of `verbatim.revealQuotation`: a draft and the offsets of the quotation in it. */
export interface RevealQuotationArgs {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
}

// How long a Go to Definition target waits for its editor to open.
const PENDING_MS = 10_000;

/**
 * Source editors that read like articles: each source document is word-wrapped the first time an
 * editor shows it (unless wrapping is already on), a passage opened from a draft is selected and
 * centred (Go to Definition included), and the passages the active draft quotes are highlighted
 * by verdict, each leading back to its quotation.
 */
export class SourceEditors implements vscode.Disposable {
  private readonly wrapped = new Map<string, Promise<void>>();
  private pending: { uri: string; range: vscode.Range; until: number }[] = [];
  private lastDraft: vscode.Uri | undefined;
  private readonly shown = new Map<string, { verified: vscode.DecorationOptions[]; misquoted: vscode.DecorationOptions[] }>();
  private readonly verified = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('verbatim.verifiedPassageBackground'),
    overviewRulerColor: new vscode.ThemeColor('verbatim.verifiedPassageBackground'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly misquoted = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('verbatim.misquotedPassageBackground'),
    overviewRulerColor: new vscode.ThemeColor('verbatim.misquotedPassageBackground'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly services: BaseServices) {
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor((editor) => void this.activated(editor)),
      vscode.window.onDidChangeTextEditorSelection((e) => void this.selected(e.textEditor)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.decorateAll()),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.wrapped.delete(d.uri.toString());
        this.shown.delete(d.uri.toString());
      }),
      services.diagnostics.onDidUpdate((analysis) => analysis.uri.toString() === this.lastDraft?.toString() && this.decorateAll()),
      services.library.onDidChange(() => this.decorateAll()),
      vscode.commands.registerCommand(REVEAL_QUOTATION_COMMAND, (args: RevealQuotationArgs) => revealQuotation(args)),
    ];
    void this.activated(vscode.window.activeTextEditor);
  }

  /** Opens a source document with the passage `range` selected, word-wrapped and centred. */
  async showPassage(uri: vscode.Uri, range: vscode.Range, options: { preview?: boolean } = {}): Promise<vscode.TextEditor> {
    const editor = await vscode.window.showTextDocument(uri, { selection: new vscode.Selection(range.start, range.end), preview: options.preview });
    await this.wrap(editor);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
    return editor;
  }

  /**
   * Expects an editor of `uri` to open at the start of `range` (VS Code's Go to Definition opens
   * the target with the cursor at its start): when it does, the passage is selected and centred.
   */
  expect(uri: vscode.Uri, range: vscode.Range): void {
    const now = Date.now();
    this.pending = [...this.pending.filter((p) => p.until > now && p.uri !== uri.toString()), { uri: uri.toString(), range, until: now + PENDING_MS }];
  }

  /** The draft whose quotations the source editors show: the active editor's, or the last one active. */
  get draft(): vscode.TextDocument | undefined {
    const uri = this.lastDraft?.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri && !d.isClosed);
  }

  private async activated(editor: vscode.TextEditor | undefined): Promise<void> {
    if (!editor) {
      return;
    }
    const document = editor.document;
    if (this.services.analyzer.isDraft(document, this.services.settings().languages)) {
      if (this.lastDraft?.toString() !== document.uri.toString()) {
        this.lastDraft = document.uri;
        this.decorateAll();
      }
      return;
    }
    if (this.services.library.isSource(document.uri)) {
      const wrappedNow = !this.wrapped.has(document.uri.toString());
      await this.wrap(editor);
      await this.selected(editor);
      // Opened at a passage by VS Code itself (a link in Problems): centred in the wrapped text.
      if (wrappedNow && !editor.selection.isEmpty) {
        editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }
    }
  }

  private async selected(editor: vscode.TextEditor): Promise<void> {
    const uri = editor.document.uri.toString();
    const target = this.pending.find((p) => p.uri === uri && p.until > Date.now() && editor.selection.isEmpty && editor.selection.active.isEqual(p.range.start));
    if (!target) {
      return;
    }
    this.pending = this.pending.filter((p) => p !== target);
    await this.wrap(editor);
    editor.selection = new vscode.Selection(target.range.start, target.range.end);
    editor.revealRange(target.range, vscode.TextEditorRevealType.InCenter);
  }

  // Word wrap is a per-language setting; a single document is wrapped with the editor's own toggle,
  // which acts on the active editor and lasts as long as the document is open. Every caller waits
  // for the one toggle, so that a passage is centred in the wrapped text.
  private wrap(editor: vscode.TextEditor): Promise<void> {
    const key = editor.document.uri.toString();
    let done = this.wrapped.get(key);
    if (!done) {
      if (vscode.window.activeTextEditor !== editor) {
        return Promise.resolve();
      }
      const setting = vscode.workspace.getConfiguration('editor', { uri: editor.document.uri, languageId: editor.document.languageId }).get<string>('wordWrap', 'off');
      done = setting === 'off' ? Promise.resolve(vscode.commands.executeCommand('editor.action.toggleWordWrap')).then(() => undefined) : Promise.resolve();
      this.wrapped.set(key, done);
    }
    return done;
  }

  private decorateAll(): void {
    const draft = this.draft;
    const analysis = draft ? this.services.analyzer.analyze(draft) : undefined;
    for (const editor of vscode.window.visibleTextEditors) {
      if (this.services.library.isSource(editor.document.uri)) {
        this.decorate(editor, analysis);
      }
    }
  }

  private decorate(editor: vscode.TextEditor, analysis: Analysis | undefined): void {
    const verified: vscode.DecorationOptions[] = [];
    const misquoted: vscode.DecorationOptions[] = [];
    const uri = editor.document.uri.toString();
    for (const q of analysis?.quotes ?? []) {
      const m = q.match;
      if (!m || (q.status !== 'verified' && q.status !== 'misquoted') || this.services.library.uriOf(m.source).toString() !== uri) {
        continue;
      }
      const hoverMessage = quotationNote(q, analysis as Analysis);
      for (const stretch of boldStretches(m)) {
        (q.status === 'verified' ? verified : misquoted).push({ range: sourceRange(m.source, stretch.start, stretch.end), hoverMessage });
      }
    }
    editor.setDecorations(this.verified, verified);
    editor.setDecorations(this.misquoted, misquoted);
    this.shown.set(editor.document.uri.toString(), { verified, misquoted });
  }

  /** The passages last highlighted in the editor of a source, by verdict (for tests and other extensions). */
  highlighted(uri: vscode.Uri): { readonly verified: readonly vscode.DecorationOptions[]; readonly misquoted: readonly vscode.DecorationOptions[] } | undefined {
    return this.shown.get(uri.toString());
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.verified.dispose();
    this.misquoted.dispose();
  }
}

// The hover of a highlighted passage: which quotation of which draft takes it, and a link there.
function quotationNote(q: QuoteCheck, analysis: Analysis): vscode.MarkdownString {
  const line = analysis.lines.position(q.start).line + 1;
  const name = analysis.uri.path.split('/').pop() ?? analysis.uri.toString();
  const verdict = q.status === 'verified' ? '$(pass) **Verified** quotation' : '$(warning) **Misquoted** here';
  const args: RevealQuotationArgs = { uri: analysis.uri.toString(), start: q.start, end: q.end };
  const md = new vscode.MarkdownString(
    `${verdict} in ${escapeMarkdown(name)}, line ${line}: “${escapeMarkdown(shorten(q.text, 160))}”\n\n[Go to the quotation](${commandLink(REVEAL_QUOTATION_COMMAND, args)})`,
    true,
  );
  md.isTrusted = { enabledCommands: [REVEAL_QUOTATION_COMMAND] };
  return md;
}

async function revealQuotation(args: RevealQuotationArgs): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri));
  const range = new vscode.Range(document.positionAt(args.start), document.positionAt(args.end));
  const editor = await vscode.window.showTextDocument(document, { selection: new vscode.Selection(range.start, range.end) });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
