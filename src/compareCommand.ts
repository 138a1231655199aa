import * as vscode from 'vscode';
import { QuoteCheck } from './core/checker';
import { comparisonOf } from './core/render/comparison';
import { itemAt } from './draftAnalysis';
import { commandLink, shorten } from './core/render/markdownText';
import { Services } from './services';
import { sourceName } from './core/render/sourceNames';
import { COMMANDS } from './server/protocol';

/** Command id of "Verbatim: Compare with Source". */
export const COMPARE_COMMAND = COMMANDS.compareWithSource;
const SCHEME = 'verbatim-compare';
// Comparisons kept for their diff editors to read (and read again after a reload of the window).
const KEPT = 50;

/** Arguments of `verbatim.compareWithSource`: a draft and an offset inside one of its quotations. */
export interface CompareArgs {
  readonly uri: string;
  readonly offset: number;
}

/** What the command opened: the two documents and the diff editor's title. */
export interface CompareResult {
  readonly left: string;
  readonly right: string;
  readonly title: string;
}

/** A `command:` link that compares a quotation of a draft with its source. */
export function compareLink(uri: vscode.Uri, q: QuoteCheck): string {
  const args: CompareArgs = { uri: uri.toString(), offset: q.start };
  return commandLink(COMPARE_COMMAND, args);
}

/**
 * Registers "Verbatim: Compare with Source": VS Code's diff editor with the quotation as written
 * (left) against the source's wording (right), one clause per line. Acts on the quotation under
 * the cursor, or on the one a {@link CompareArgs} names.
 */
export function registerCompareCommand(services: Services): vscode.Disposable[] {
  const contents = new Map<string, string>();
  let next = 0;
  const provider: vscode.TextDocumentContentProvider = { provideTextDocumentContent: (uri) => contents.get(uri.toString()) ?? '' };
  const keep = (uri: vscode.Uri, text: string) => {
    contents.set(uri.toString(), text);
    if (contents.size > KEPT) {
      contents.delete(contents.keys().next().value as string);
    }
  };
  const compare = async (args?: CompareArgs): Promise<CompareResult | undefined> => {
    const document = args ? await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri)) : vscode.window.activeTextEditor?.document;
    const editor = vscode.window.activeTextEditor;
    if (!document || !services.analyzer.isDraft(document, services.settings().languages)) {
      void vscode.window.showInformationMessage('Verbatim: open a draft and put the cursor in a quotation to compare it with its source.');
      return undefined;
    }
    const offset = args ? args.offset : document.offsetAt((editor as vscode.TextEditor).selection.active);
    const quote = itemAt(services.analyzer.analyze(document), offset).quote;
    const sides = quote && comparisonOf(quote);
    if (!quote?.match || !sides) {
      void vscode.window.showInformationMessage('Verbatim: this quotation matches no source, so there is nothing to compare it with.');
      return undefined;
    }
    const id = ++next;
    const draftName = document.uri.path.split('/').pop() ?? 'draft';
    const left = vscode.Uri.from({ scheme: SCHEME, path: `/As written in ${draftName}`, query: String(id) });
    const right = vscode.Uri.from({ scheme: SCHEME, path: `/${sourceName(quote.match.source, 60).replace(/[\\/]/g, ' ')}`, query: String(id) });
    keep(left, sides.written);
    keep(right, sides.source);
    const title = `“${shorten(quote.text, 40)}” ↔ ${sourceName(quote.match.source, 40)}`;
    await vscode.commands.executeCommand('vscode.diff', left, right, title, { preview: true });
    return { left: sides.written, right: sides.source, title };
  };
  return [vscode.workspace.registerTextDocumentContentProvider(SCHEME, provider), services.notices.registerCommand(COMPARE_COMMAND, (args) => compare(args as CompareArgs | undefined))];
}
