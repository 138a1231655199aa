import * as vscode from 'vscode';
import { CompareArgs, COMPARE_COMMAND } from './compareCommand';
import { FixedDiagnostics, quickFixes } from './core/editor/quickFixes';
import { toRange } from './draftAnalysis';
import { addTextEdits, isWritable } from './edits';
import { registerForDrafts } from './featureHelpers';
import { Services } from './services';

/**
 * Registers the quick fixes for quotations in drafts (see core/editor/quickFixes.ts): replace a
 * misquote with the source's wording, compare it with the source, cite the source that holds a
 * mis-cited quotation, add a citation to a verified one, and ignore a quotation. Re-registers when
 * the draft languages change, so the selector follows the settings.
 */
export function registerCodeActions(services: Services): vscode.Disposable[] {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(document, range, context) {
      if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) {
        return [];
      }
      if (!services.analyzer.isDraft(document, services.settings().languages) || !isWritable(document, services.library)) {
        return [];
      }
      const analysis = services.analyzer.analyze(document);
      const fixes = quickFixes(analysis, document.offsetAt(range.start), document.offsetAt(range.end), services.settings().citationStyle);
      return fixes.map((fix) => {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        const diagnostics = fix.fixes ? matching(context, toRange(analysis.lines, fix.fixes.start, fix.fixes.end), fix.fixes) : [];
        if (diagnostics.length > 0) {
          action.diagnostics = diagnostics;
        }
        if (fix.kind === 'compare') {
          const args: CompareArgs = { uri: document.uri.toString(), offset: fix.offset };
          action.command = { command: COMPARE_COMMAND, title: fix.title, arguments: [args] };
          return action;
        }
        action.edit = new vscode.WorkspaceEdit();
        addTextEdits(action.edit, document, fix.edits);
        if (fix.preferred) {
          action.isPreferred = true;
        }
        return action;
      });
    },
  };
  return [registerForDrafts(services, (selector) => vscode.languages.registerCodeActionsProvider(selector, provider, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }))];
}

/** The diagnostics of the request that a fix resolves: over its range, with one of its codes. */
function matching(context: vscode.CodeActionContext, range: vscode.Range, fixed: FixedDiagnostics): vscode.Diagnostic[] {
  return context.diagnostics.filter((d) => {
    const code = typeof d.code === 'object' ? d.code.value : d.code;
    return d.range.isEqual(range) && (fixed.codes as readonly string[]).includes(String(code));
  });
}
