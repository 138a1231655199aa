import { Hover, MarkupKind } from 'vscode-languageserver';
import { itemAt } from '../core/editor/draftAnalyses';
import { commandLink } from '../core/render/markdownText';
import { citationHover, HoverLinks, quoteHover } from '../core/render/hoverContent';
import { rangeOf, sourceRangeOf } from './drafts';
import { COMMANDS } from './protocol';
import { openDraft, ServerContext } from './serverContext';
import { sourcePlace } from './sourcePlaces';

// What other editors show for VS Code's theme icons, which only VS Code draws.
const ICONS: Record<string, string> = { pass: '✓', error: '✗', warning: '⚠', question: '?', book: '📖' };

/**
 * Hovers of drafts, rendered by core/render/hoverContent.ts: for VS Code's client with its theme
 * icons and `command:` links to its commands; for other editors with plain symbols and links to
 * the source files themselves.
 */
export function registerHover(context: ServerContext): void {
  const vscode = context.options.client === 'vscode';
  context.connection.onHover(({ textDocument, position }): Hover | null => {
    const document = openDraft(context, textDocument.uri);
    if (!document || !context.settings.current.hoverEnabled) {
      return null;
    }
    const analysis = context.drafts.analyze(document);
    const { quote, citation } = itemAt(analysis, document.offsetAt(position));
    const links: HoverLinks = {
      where: (source) => sourcePlace(context, source),
      openSource: (key, start, end) => {
        if (vscode) {
          return commandLink(COMMANDS.openSource, { key, start, end });
        }
        const source = analysis.library.get(key);
        const line = source && start !== undefined ? sourceRangeOf(source, start, start).start.line + 1 : undefined;
        return source ? `${context.library.uriOf(source)}${line ? `#L${line}` : ''}` : '';
      },
      compare: vscode ? (q) => (q.match ? commandLink(COMMANDS.compareWithSource, { uri: document.uri, offset: q.start }) : undefined) : undefined,
    };
    const render = (markdown: string) => (vscode ? markdown : markdown.replace(/(?<!\\)\$\(([a-z-]+)\)/g, (all, name: string) => ICONS[name] ?? all));
    if (citation) {
      return { contents: { kind: MarkupKind.Markdown, value: render(citationHover(citation, analysis.quotes, analysis.library, links)) }, range: rangeOf(analysis.lines, citation.start, citation.end) };
    }
    if (quote) {
      return { contents: { kind: MarkupKind.Markdown, value: render(quoteHover(quote, analysis.library, links)) }, range: rangeOf(analysis.lines, quote.outerStart, quote.outerEnd) };
    }
    return null;
  });
}
