import * as vscode from 'vscode';
import { Citation, citedParagraph } from './core/citations';
import { articleParagraph, articleStart, Source } from './core/source';
import { Analysis, itemAt } from './draftAnalysis';
import { registerForDrafts, sourcePosition } from './featureHelpers';
import { Services } from './services';

/**
 * Registers Go to Definition for drafts: on a citation, the cited source at the paragraph its
 * `para N` locator names, else at the start of the article text (one location per known key); on a
 * matched quotation, the passage of the source it was matched to.
 */
export function registerDefinitions(services: Services): vscode.Disposable[] {
  const provider: vscode.DefinitionProvider = {
    provideDefinition(document, position) {
      if (!services.analyzer.isDraft(document, services.settings().languages)) {
        return undefined;
      }
      const analysis = services.analyzer.analyze(document);
      const { quote, citation } = itemAt(analysis, document.offsetAt(position));
      const cited = citation ? citationLocations(services, analysis, citation) : [];
      if (cited.length > 0) {
        return cited;
      }
      const m = quote?.match;
      if (m) {
        return new vscode.Location(services.library.uriOf(m.source), new vscode.Range(sourcePosition(m.source, m.start), sourcePosition(m.source, m.end)));
      }
      return undefined;
    },
  };
  return [registerForDrafts(services, (selector) => vscode.languages.registerDefinitionProvider(selector, provider))];
}

function citationLocations(services: Services, analysis: Analysis, citation: Citation): vscode.Location[] {
  return citation.keys
    .map((key) => analysis.library.get(key))
    .filter((s): s is Source => s !== undefined)
    .map((source) => {
      const n = citedParagraph(citation, source.meta.key);
      const paragraph = n === undefined ? undefined : articleParagraph(source, n);
      const range = paragraph
        ? new vscode.Range(sourcePosition(source, paragraph.start), sourcePosition(source, paragraph.end))
        : new vscode.Range(sourcePosition(source, articleStart(source)), sourcePosition(source, articleStart(source)));
      return new vscode.Location(services.library.uriOf(source), range);
    });
}
