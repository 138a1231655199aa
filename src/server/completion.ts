import { CompletionItemKind, CompletionList, MarkupKind } from 'vscode-languageserver';
import { keyCompletions } from '../core/editor/citationCompletion';
import { escapeMarkdown } from '../core/render/markdownText';
import { openDraft, ServerContext } from './serverContext';
import { sourcePlace } from './sourcePlaces';

/** Most keys sent at once: a library of thousands is narrowed as the key is typed (the list is marked incomplete). */
const MAX_ITEMS = 200;

/** Citation keys after `[@` and `[^` (core/editor/citationCompletion.ts), each with its title and outlet. */
export function registerCompletion(context: ServerContext): void {
  context.connection.onCompletion(({ textDocument, position }): CompletionList | null => {
    const document = openDraft(context, textDocument.uri);
    if (!document) {
      return null;
    }
    const before = document.getText({ start: { line: position.line, character: 0 }, end: position });
    const offered = keyCompletions(before, context.library.library, MAX_ITEMS);
    if (!offered) {
      return null;
    }
    const range = { start: { line: position.line, character: position.character - offered.typed }, end: position };
    const items = offered.items.map((c) => ({
      label: c.key,
      kind: CompletionItemKind.Reference,
      detail: c.detail,
      documentation: { kind: MarkupKind.Markdown, value: [c.outletAndDate, sourcePlace(context, c.source)].filter((p) => p).map(escapeMarkdown).join(' · ') },
      filterText: c.filterText,
      textEdit: { range, newText: c.key },
    }));
    return { isIncomplete: !offered.complete, items };
  });
}
