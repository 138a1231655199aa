import * as vscode from 'vscode';
import { itemAt, toRange } from './draftAnalysis';
import { COMPARE_COMMAND, compareLink } from './compareCommand';
import { OPEN_SOURCE_COMMAND, openSourceLink, registerForDrafts, sourceLocation } from './featureHelpers';
import { citationHover, HoverLinks, quoteHover } from './core/render/hoverContent';
import { Services } from './services';

/**
 * Registers the hover of drafts (rendered by hoverContent.ts): on a quotation, its verdict and
 * what differs, the source passage, and the source card; on a citation, the cited source's card,
 * its passage and the verdicts of the quotations it cites. Off when `verbatim.hover.enabled` is false.
 */
export function registerHover(services: Services): vscode.Disposable[] {
  const provider: vscode.HoverProvider = {
    provideHover(document, position) {
      // Read per hover so toggling the setting applies without a reload.
      const settings = services.settings();
      if (!settings.hoverEnabled || !services.analyzer.isDraft(document, settings.languages)) {
        return undefined;
      }
      const analysis = services.analyzer.analyze(document);
      const { quote, citation } = itemAt(analysis, document.offsetAt(position));
      const links: HoverLinks = {
        where: (source) => sourceLocation(services, source),
        openSource: (key, start, end) => openSourceLink({ key, start, end }),
        compare: (q) => (q.match ? compareLink(document.uri, q) : undefined),
      };
      if (citation) {
        return new vscode.Hover(trusted(citationHover(citation, analysis.quotes, analysis.library, links)), toRange(analysis.lines, citation.start, citation.end));
      }
      if (quote) {
        return new vscode.Hover(trusted(quoteHover(quote, analysis.library, links)), toRange(analysis.lines, quote.outerStart, quote.outerEnd));
      }
      return undefined;
    },
  };
  return [registerForDrafts(services, (selector) => vscode.languages.registerHoverProvider(selector, provider))];
}

function trusted(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value, true);
  // Only these links may run; no other command can be smuggled in through source text.
  md.isTrusted = { enabledCommands: [OPEN_SOURCE_COMMAND, COMPARE_COMMAND] };
  return md;
}
