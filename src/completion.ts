import * as vscode from 'vscode';
import { registerForDrafts, sourceLocation } from './featureHelpers';
import { escapeMarkdown } from './core/render/markdownText';
import { outletAndDate, sourceName } from './core/render/sourceNames';
import { Services } from './services';

// A citation item of a Pandoc bracket group being typed: `[@par`, `[see @par`, `[@a; @par`, `[-@par`.
// The @ must follow the bracket, white space or `;`, so an e-mail address in brackets does not count.
const PANDOC_PARTIAL = /(?:^|[\s;])-?@([\p{L}\p{N}_:.#$%&+?<>~/-]*)$/u;
// A footnote reference being typed: `[^par`.
const FOOTNOTE_PARTIAL = /^\^([^\]\s]*)$/;

/**
 * Registers citation-key completion in drafts: after `[@` (or `; @`, `[see @` inside a bracket
 * group) and after `[^`, every source of the library is offered by key, with its title as detail;
 * typing words of the title or the outlet finds it too.
 */
export function registerCompletion(services: Services): vscode.Disposable[] {
  const provider: vscode.CompletionItemProvider = {
    provideCompletionItems(document, position) {
      if (!services.analyzer.isDraft(document, services.settings().languages)) {
        return undefined;
      }
      const partial = partialKey(document.lineAt(position.line).text.slice(0, position.character));
      if (partial === undefined) {
        return undefined;
      }
      const range = new vscode.Range(position.translate(0, -partial.length), position);
      return services.library.library.sources.map((source) => {
        const { key, title, outlet } = source.meta;
        const item = new vscode.CompletionItem(key, vscode.CompletionItemKind.Reference);
        item.detail = sourceName(source);
        item.documentation = new vscode.MarkdownString([outletAndDate(source), sourceLocation(services, source)].filter((p) => p).map(escapeMarkdown).join(' · '));
        item.filterText = [key, title ?? sourceName(source), outlet].filter((p) => p).join(' ');
        item.range = range;
        return item;
      });
    },
  };
  return [registerForDrafts(services, (selector) => vscode.languages.registerCompletionItemProvider(selector, provider, '@', '^'))];
}

/** The part of a key typed so far, when the text before the cursor is inside an open citation bracket. */
function partialKey(before: string): string | undefined {
  const open = before.lastIndexOf('[');
  if (open < 0 || before.indexOf(']', open) >= 0) {
    return undefined;
  }
  const inside = before.slice(open + 1);
  return (FOOTNOTE_PARTIAL.exec(inside) ?? PANDOC_PARTIAL.exec(inside))?.[1];
}
