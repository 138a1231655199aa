import { CodeAction, CodeActionKind, Diagnostic, TextEdit } from 'vscode-languageserver';
import { FixedDiagnostics, quickFixes } from '../core/editor/quickFixes';
import { rangeOf } from './drafts';
import { COMMANDS } from './protocol';
import { openDraft, ServerContext } from './serverContext';

/**
 * The quick fixes of drafts (core/editor/quickFixes.ts) as code actions with WorkspaceEdits: replace
 * a misquote with the source's wording, cite the right source, add a citation, ignore a quotation;
 * for VS Code's client also "Compare with source", a command of that client.
 */
export function registerCodeActions(context: ServerContext): void {
  context.connection.onCodeAction(({ textDocument, range, context: request }): CodeAction[] => {
    if (request.only && !request.only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`) || kind === CodeActionKind.Empty)) {
      return [];
    }
    const document = openDraft(context, textDocument.uri);
    if (!document) {
      return [];
    }
    const analysis = context.drafts.analyze(document);
    const fixes = quickFixes(analysis, document.offsetAt(range.start), document.offsetAt(range.end), context.settings.current.citationStyle);
    const actions: CodeAction[] = [];
    for (const fix of fixes) {
      const diagnostics = fix.fixes ? matching(request.diagnostics, fix.fixes, analysis.lines) : [];
      if (fix.kind === 'compare') {
        if (context.options.client === 'vscode') {
          actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics, command: { title: fix.title, command: COMMANDS.compareWithSource, arguments: [{ uri: document.uri, offset: fix.offset }] } });
        }
        continue;
      }
      const edits: TextEdit[] = fix.edits.map((e) => ({ range: rangeOf(analysis.lines, e.start, e.end), newText: e.text }));
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics, isPreferred: fix.preferred || undefined, edit: { changes: { [document.uri]: edits } } });
    }
    return actions;
  });
}

/** The request's diagnostics that a fix resolves: over its range, with one of its codes. */
function matching(diagnostics: readonly Diagnostic[], fixed: FixedDiagnostics, lines: Parameters<typeof rangeOf>[0]): Diagnostic[] {
  const range = rangeOf(lines, fixed.start, fixed.end);
  const same = (a: Diagnostic['range']) => a.start.line === range.start.line && a.start.character === range.start.character && a.end.line === range.end.line && a.end.character === range.end.character;
  return diagnostics.filter((d) => same(d.range) && (fixed.codes as readonly unknown[]).includes(d.code));
}
