import * as vscode from 'vscode';
import { keyCompletions } from './core/editor/citationCompletion';
import { escapeMarkdown } from './core/render/markdownText';
import { registerForDrafts, sourceLocation } from './featureHelpers';
import { Services } from './services';

/**
 * Registers citation-key completion in drafts (see core/editor/citationCompletion.ts): after `[@`
 * and after `[^`, every source of the library by key, with its title as detail.
 */
export function registerCompletion(services: Services): vscode.Disposable[] {
  const provider: vscode.CompletionItemProvider = {
    provideCompletionItems(document, position) {
      if (!services.analyzer.isDraft(document, services.settings().languages)) {
        return undefined;
      }
      const offered = keyCompletions(document.lineAt(position.line).text.slice(0, position.character), services.library.library);
      if (!offered) {
        return undefined;
      }
      const range = new vscode.Range(position.translate(0, -offered.typed), position);
      return offered.items.map((c) => {
        const item = new vscode.CompletionItem(c.key, vscode.CompletionItemKind.Reference);
        item.detail = c.detail;
        item.documentation = new vscode.MarkdownString([c.outletAndDate, sourceLocation(services, c.source)].filter((p) => p).map(escapeMarkdown).join(' · '));
        item.filterText = c.filterText;
        item.range = range;
        return item;
      });
    },
  };
  return [registerForDrafts(services, (selector) => vscode.languages.registerCompletionItemProvider(selector, provider, '@', '^'))];
}
