import * as vscode from 'vscode';
import { Analysis, toRange } from './draftAnalysis';
import { Services } from './services';

/**
 * Registers the quiet mark of verified quotations: a check after the closing quote mark of each
 * verified quotation in the drafts' editors (after the last line of a blockquote), in a muted
 * colour. Off when `verbatim.decorations.verified` is false.
 */
export function registerVerifiedMarks(services: Services): vscode.Disposable[] {
  const mark = vscode.window.createTextEditorDecorationType({
    after: { contentText: ' ✓', color: new vscode.ThemeColor('verbatim.verifiedMarkForeground'), fontWeight: 'normal' },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  const decorate = (editor: vscode.TextEditor, analysis?: Analysis) => {
    if (!services.settings().verifiedMarks || !services.analyzer.isDraft(editor.document, services.settings().languages)) {
      editor.setDecorations(mark, []);
      return;
    }
    const a = analysis ?? services.analyzer.analyze(editor.document);
    const verified = a.quotes.filter((q) => q.status === 'verified' && !q.verifiedIn);
    editor.setDecorations(
      mark,
      verified.map((q) => ({ range: toRange(a.lines, q.outerEnd, q.outerEnd), hoverMessage: 'Verbatim: verified — the source has these words' })),
    );
  };
  const decorateAll = () => vscode.window.visibleTextEditors.forEach((e) => decorate(e));
  decorateAll();
  return [
    mark,
    services.diagnostics.onDidUpdate((analysis) => {
      for (const editor of vscode.window.visibleTextEditors) {
        if (editor.document.uri.toString() === analysis.uri.toString() && editor.document.version === analysis.version) {
          decorate(editor, analysis);
        }
      }
    }),
    vscode.window.onDidChangeVisibleTextEditors(decorateAll),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('verbatim') && setImmediate(decorateAll)),
  ];
}
