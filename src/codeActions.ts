import * as vscode from 'vscode';
import { IGNORE_MARKER, QuoteCheck } from './core/checker';
import { formatCitation } from './core/citationFormat';
import { Citation } from './core/citations';
import { CompareArgs, COMPARE_COMMAND } from './compareCommand';
import { Analysis, toRange } from './draftAnalysis';
import { addCitationEdit, isWritable } from './edits';
import { registerForDrafts } from './featureHelpers';
import { shorten } from './core/render/markdownText';
import { Services } from './services';
import { sourceName } from './core/render/sourceNames';
import { wordingFix } from './core/editor/wordingFix';

// The key syntax of citations.ts: a key ends at the first character that cannot continue it.
const KEY_AT = /@(?:\{([^}]+)\}|([\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])?))/gu;

/**
 * Registers the quick fixes for quotations in drafts: replace a misquote with the source's wording,
 * cite the source that holds a mis-cited quotation, add a citation to a verified one, and ignore a
 * quotation. Re-registers when the draft languages change, so the selector follows the settings.
 */
export function registerCodeActions(services: Services): vscode.Disposable[] {
  const provider = new QuoteActions(services);
  return [registerForDrafts(services, (selector) => vscode.languages.registerCodeActionsProvider(selector, provider, { providedCodeActionKinds: QuoteActions.kinds }))];
}

class QuoteActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly services: Services) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) {
      return [];
    }
    if (!this.services.analyzer.isDraft(document, this.services.settings().languages) || !isWritable(document, this.services.library)) {
      return [];
    }
    const analysis = this.services.analyzer.analyze(document);
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    const touches = (start: number, end: number) => start <= to && from <= end;
    const actions: vscode.CodeAction[] = [];
    // Two quotations sharing one mis-cited citation offer its fix once.
    const recited = new Set<string>();
    for (const quote of analysis.quotes) {
      if (touches(quote.outerStart, quote.outerEnd) || (quote.citation && touches(quote.citation.start, quote.citation.end))) {
        actions.push(...this.actionsFor(quote, analysis, document, context, recited));
      }
    }
    return actions;
  }

  private actionsFor(quote: QuoteCheck, analysis: Analysis, document: vscode.TextDocument, context: vscode.CodeActionContext, recited: Set<string>): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const quoteRange = toRange(analysis.lines, quote.start, quote.end);
    const library = analysis.library;

    const suggestion = quote.suggestion === undefined ? undefined : nestable(quote.suggestion, document.getText().charAt(quote.outerStart), quote.kind);
    const written = document.getText(quoteRange);
    if (quote.status === 'misquoted' && suggestion !== undefined && suggestion !== written) {
      // Only the words that differ change: the draft's line breaks and spacing stay.
      const fix = wordingFix(written, suggestion);
      const edit = new vscode.WorkspaceEdit();
      for (const e of fix.edits) {
        edit.replace(document.uri, toRange(analysis.lines, quote.start + e.start, quote.start + e.end), e.text);
      }
      actions.push(action(`Replace with source wording: “${shorten(fix.preview, 70)}”`, edit, matching(context, quoteRange, ['misquoted']), true));
    }
    if (quote.match && quote.status === 'misquoted') {
      const compare = new vscode.CodeAction('Compare with source', vscode.CodeActionKind.QuickFix);
      const args: CompareArgs = { uri: document.uri.toString(), offset: quote.start };
      compare.command = { command: COMPARE_COMMAND, title: 'Compare with source', arguments: [args] };
      compare.diagnostics = matching(context, quoteRange, ['misquoted']);
      actions.push(compare);
    }

    const right = quote.verifiedIn ? library.get(quote.verifiedIn) : undefined;
    if (right && quote.citation && !recited.has(`${quote.citation.start}:${right.meta.key}`)) {
      recited.add(`${quote.citation.start}:${right.meta.key}`);
      const citationRange = toRange(analysis.lines, quote.citation.start, quote.citation.end);
      const edit = new vscode.WorkspaceEdit();
      const keyAt = quote.citation.style === 'pandoc' ? wrongKey(document.getText(citationRange), quote.citation, (k) => library.get(k) !== undefined) : undefined;
      if (keyAt) {
        const start = quote.citation.start + keyAt.offset;
        edit.replace(document.uri, toRange(analysis.lines, start, start + keyAt.length), right.meta.key);
      } else {
        // A footnote label or an inline (Outlet, date) does not spell the key: write the citation anew.
        const formatted = formatCitation(right.meta, quote.citation.style);
        addCitationEdit(edit, document, citationRange, formatted.text, formatted.footnoteDefinition);
      }
      actions.push(action(`Cite ${sourceName(right, 50)} instead (${right.meta.key})`, edit, matching(context, citationRange, ['citation-mismatch']), true));
    }

    const source = quote.match?.source;
    // An unterminated quotation runs to the end of its paragraph: a citation there would be read as quoted.
    const unterminated = quote.problems.some((p) => p.code === 'unterminated-quote');
    if (quote.status === 'verified' && !quote.citation && source && !unterminated) {
      const formatted = formatCitation(source.meta, this.services.settings().citationStyle);
      const at = document.positionAt(quote.outerEnd);
      const edit = new vscode.WorkspaceEdit();
      addCitationEdit(edit, document, new vscode.Range(at, at), ` ${formatted.text}`, formatted.footnoteDefinition);
      actions.push(action(`Add citation to ${sourceName(source, 50)} (${formatted.text})`, edit, [], false));
    }

    if (quote.status === 'misquoted' || quote.status === 'unverified') {
      const edit = new vscode.WorkspaceEdit();
      ignoreEdit(edit, document, quote);
      actions.push(action('Ignore this quotation', edit, matching(context, quoteRange, ['misquoted', 'unverified']), false));
    }
    return actions;
  }
}

/**
 * Puts the ignore marker before a quotation. A line that starts with `<!--` is an HTML block in
 * Markdown and would cut its paragraph in two, so a quotation opening a line gets the marker on a
 * line of its own when it opens its paragraph (or is a blockquote), else at the end of the line before.
 */
function ignoreEdit(edit: vscode.WorkspaceEdit, document: vscode.TextDocument, quote: QuoteCheck): void {
  const at = document.positionAt(quote.outerStart);
  const line = document.lineAt(at.line);
  if (quote.kind === 'inline' && at.character > line.firstNonWhitespaceCharacterIndex) {
    edit.insert(document.uri, at, `${IGNORE_MARKER} `);
    return;
  }
  const previous = at.line > 0 ? document.lineAt(at.line - 1) : undefined;
  if (quote.kind === 'inline' && previous && !previous.isEmptyOrWhitespace && !/^ {0,3}(?:`{3,}|~{3,})/.test(previous.text)) {
    edit.insert(document.uri, previous.range.end, ` ${IGNORE_MARKER}`);
    return;
  }
  const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  edit.insert(document.uri, line.range.start, `${indent}${IGNORE_MARKER}${eol}`);
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

function action(title: string, edit: vscode.WorkspaceEdit, diagnostics: vscode.Diagnostic[], preferred: boolean): vscode.CodeAction {
  const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  a.edit = edit;
  if (diagnostics.length > 0) {
    a.diagnostics = diagnostics;
  }
  if (preferred) {
    a.isPreferred = true;
  }
  return a;
}

/** The diagnostics of the request that are about this range, with one of these codes. */
function matching(context: vscode.CodeActionContext, range: vscode.Range, codes: readonly string[]): vscode.Diagnostic[] {
  return context.diagnostics.filter((d) => {
    const code = typeof d.code === 'object' ? d.code.value : d.code;
    return d.range.isEqual(range) && codes.includes(String(code));
  });
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
